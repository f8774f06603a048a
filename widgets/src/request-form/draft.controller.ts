import type { RequestDraft, SimpleCollection } from '@cpd-lens/core/store';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mergeTyped, valuesFromDraft, type FormValues } from './values.ts';

const SAVE_DELAY_MS = 600;

/** An element whose answers are kept as a draft on this device. */
export type DraftHost = ReactiveControllerHost & { values: FormValues };

/** Where the draft lives and what goes in it, from the element that owns it. */
export interface DraftOptions {
  /** The draft's name (the form's `draft-key`). */
  key(): string;
  /** Drafts, in the best store that works (database, then this browser's Web Storage, then memory). */
  store(): Promise<SimpleCollection<RequestDraft> | undefined>;
  /** What is saved: the answers and what the form keeps beside them. */
  record(): Record<string, unknown>;
  /** A saved draft was read back: everything in it but the answers, which are merged already. */
  restored(saved: Record<string, unknown>, updatedAt: string): void;
  /** Said after each save: whether it was kept. */
  saved(ok: boolean): void;
  /** A change is waiting to be saved (a "Saved as draft" line no longer holds). */
  changed(): void;
}

/**
 * A form's draft: answers saved on the device as they are typed (once typing pauses, and at once when
 * the page is hidden or the element leaves it) and brought back after a reload. Answers typed before the
 * saved draft was read win over the draft's; no save writes over a draft not read yet.
 */
export class DraftController implements ReactiveController {
  /** Whether the saved draft has been read (or found missing). */
  done = false;
  /** Fields typed before the saved draft was read: they win over the draft's (see `mergeTyped`). */
  readonly typedEarly = new Set<keyof FormValues>();
  /** Resolves once the saved draft has been read (or found missing): no save may overwrite it before. */
  declare readonly read: Promise<void>;
  private declare readonly host: DraftHost;
  private declare readonly options: DraftOptions;
  private declare timer: ReturnType<typeof setTimeout> | undefined;
  private markRead: () => void = () => {};

  constructor(host: DraftHost, options: DraftOptions) {
    this.host = host;
    this.options = options;
    this.read = new Promise<void>((ok) => (this.markRead = ok));
    host.addController(this);
  }

  /** Saves at once when the page is hidden with a change waiting. */
  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onHidden);
  }

  /** Stops watching the page, and saves a change still waiting. */
  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onHidden);
    if (this.timer !== undefined) void this.save();
  }

  private readonly onHidden = (): void => {
    if (document.visibilityState === 'hidden' && this.timer !== undefined) void this.save();
  };

  private get id(): string {
    return `draft:${this.options.key().replace(/[^\w.:-]/g, '-')}`;
  }

  /** Notes fields typed before the draft was read, so the draft does not bring back older answers over them. */
  typed(keys: Iterable<string>): void {
    if (!this.done) for (const key of keys) this.typedEarly.add(key as keyof FormValues);
  }

  /** Reads the saved draft (awaiting `alongside` with it), typed answers winning; the rest goes to `restored`. */
  async restore(alongside?: Promise<unknown>): Promise<void> {
    // The store stack loads after the first render: the fields take input meanwhile, and it is merged here.
    const [drafts] = await Promise.all([this.options.store().catch(() => undefined), alongside]);
    const draft = await drafts?.get(this.id).catch(() => undefined);
    this.done = true;
    if (draft) {
      const saved = draft.values as Record<string, unknown>;
      this.host.values = mergeTyped(valuesFromDraft(saved), this.host.values, this.typedEarly);
      this.options.restored(saved, draft.updatedAt);
    }
    this.markRead();
    if (this.typedEarly.size) this.schedule(); // what was typed meanwhile, now with the draft
  }

  /** Saves once typing pauses. */
  schedule(): void {
    this.options.changed();
    this.stopTimer();
    this.timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** Saves now (after the saved draft has been read) and reports the outcome to `saved`. */
  async save(): Promise<void> {
    this.stopTimer();
    await this.read; // never write over a draft not read yet
    const record = { id: this.id, updatedAt: new Date().toISOString(), values: this.options.record() };
    let ok = true;
    try {
      const drafts = await this.options.store();
      if (!drafts) throw new Error('no storage');
      await drafts.put(record);
    } catch {
      ok = false;
    }
    this.options.saved(ok);
  }

  /** Deletes the saved draft (a change waiting is dropped with it). */
  async clear(): Promise<void> {
    this.stopTimer();
    await this.read;
    await (await this.options.store().catch(() => undefined))?.delete(this.id).catch(() => undefined);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
