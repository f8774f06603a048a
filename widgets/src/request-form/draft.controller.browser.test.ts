import type { RequestDraft, SimpleCollection } from '@cpd-lens/core/store';
import { LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftController } from './draft.controller.ts';
import { emptyValues, type FormValues } from './values.ts';

/** Drafts in memory, with a gate that holds reads until the test opens it (a slow device's store). */
class MemoryDrafts implements SimpleCollection<RequestDraft> {
  readonly rows = new Map<string, RequestDraft>();
  puts = 0;
  private gate: Promise<void> = Promise.resolve();
  private open = () => {};
  hold(): void {
    this.gate = new Promise((ok) => (this.open = ok));
  }
  release(): void {
    this.open();
  }
  async get(id: string) {
    await this.gate;
    return this.rows.get(id);
  }
  async all() {
    return [...this.rows.values()];
  }
  async put(value: RequestDraft) {
    this.puts++;
    this.rows.set(value.id, structuredClone(value));
  }
  async delete(id: string) {
    this.rows.delete(id);
  }
}

/** The smallest element a draft belongs to: answers, and what the form keeps beside them (`extra`). */
class DraftHostElement extends LitElement {
  static override properties = { values: { state: true } };
  declare values: FormValues;
  extra = '';
  outcomes: boolean[] = [];
  changes = 0;
  restoredWith: { saved: Record<string, unknown>; updatedAt: string } | undefined;
  readonly draft: DraftController;
  readonly drafts: MemoryDrafts;
  constructor(drafts: MemoryDrafts) {
    super();
    this.drafts = drafts;
    this.values = emptyValues();
    this.draft = new DraftController(this, {
      key: () => 'test form',
      store: async () => this.drafts,
      record: () => ({ ...this.values, extra: this.extra }),
      restored: (saved, updatedAt) => {
        this.restoredWith = { saved, updatedAt };
        if (typeof saved.extra === 'string') this.extra = saved.extra;
      },
      saved: (ok) => this.outcomes.push(ok),
      changed: () => this.changes++,
    });
  }
}
customElements.define('test-draft-host', DraftHostElement);

function mount(drafts: MemoryDrafts): DraftHostElement {
  const el = new DraftHostElement(drafts);
  document.body.append(el);
  return el;
}

/** A host whose saved draft has been read (there was none). */
async function mountRead(drafts = new MemoryDrafts()): Promise<DraftHostElement> {
  const el = mount(drafts);
  await el.draft.restore();
  return el;
}

/** The page goes to the background (another tab, the phone locked), then the timers run. */
async function hidePage(): Promise<void> {
  const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  document.dispatchEvent(new Event('visibilitychange'));
  await vi.advanceTimersByTimeAsync(0);
  hidden.mockRestore();
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('DraftController', () => {
  it('saves the answers under the form’s key and brings them back in a new element', async () => {
    const drafts = new MemoryDrafts();
    const first = await mountRead(drafts);
    first.values = { ...first.values, name: 'Sam Jones', courseTitle: 'Early reading' };
    first.extra = 'kept beside';
    await first.draft.save();
    expect(first.outcomes).toEqual([true]);
    expect([...drafts.rows.keys()]).toEqual(['draft:test-form']); // the key, made safe for an id

    const second = mount(drafts);
    await second.draft.restore();
    expect(second.values.name).toBe('Sam Jones');
    expect(second.values.courseTitle).toBe('Early reading');
    expect(second.extra).toBe('kept beside');
    expect(Date.parse(second.restoredWith!.updatedAt)).not.toBeNaN();
    expect(second.draft.done).toBe(true);
  });

  it('keeps what was typed before the draft was read, and saves it with the draft', async () => {
    vi.useFakeTimers();
    const drafts = new MemoryDrafts();
    await drafts.put({ id: 'draft:test-form', updatedAt: new Date().toISOString(), values: { ...emptyValues(), name: 'Saved name', email: 'saved@school.example' } });
    drafts.hold();
    const el = mount(drafts);
    const restoring = el.draft.restore();
    el.draft.typed(['name']);
    el.values = { ...el.values, name: 'Typed early' };
    drafts.release();
    await restoring;
    expect(el.values.name).toBe('Typed early'); // typed early wins
    expect(el.values.email).toBe('saved@school.example'); // the rest comes from the draft
    await vi.advanceTimersByTimeAsync(600);
    expect((drafts.rows.get('draft:test-form')!.values as Record<string, unknown>).name).toBe('Typed early');
  });

  it('writes nothing over a draft it has not read yet', async () => {
    const drafts = new MemoryDrafts();
    await drafts.put({ id: 'draft:test-form', updatedAt: new Date().toISOString(), values: { ...emptyValues(), name: 'Saved name' } });
    drafts.puts = 0;
    drafts.hold();
    const el = mount(drafts);
    const restoring = el.draft.restore();
    const saving = el.draft.save();
    await new Promise((ok) => setTimeout(ok, 20));
    expect(drafts.puts).toBe(0);
    drafts.release();
    await Promise.all([restoring, saving]);
    expect(drafts.puts).toBe(1);
    expect((drafts.rows.get('draft:test-form')!.values as Record<string, unknown>).name).toBe('Saved name');
  });

  it('notes typing only until the draft is read', async () => {
    const el = mount(new MemoryDrafts());
    el.draft.typed(['name']);
    await el.draft.restore();
    el.draft.typed(['email']);
    expect([...el.draft.typedEarly]).toEqual(['name']);
  });

  it('saves once typing pauses, telling the host a change is waiting', async () => {
    vi.useFakeTimers();
    const drafts = new MemoryDrafts();
    const el = await mountRead(drafts);
    el.draft.schedule();
    el.draft.schedule();
    expect(el.changes).toBe(2);
    await vi.advanceTimersByTimeAsync(599);
    expect(drafts.puts).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(drafts.puts).toBe(1);
  });

  it('reports a save that no store took', async () => {
    const el = await mountRead();
    vi.spyOn(el.drafts, 'put').mockRejectedValue(new Error('quota'));
    await el.draft.save();
    expect(el.outcomes).toEqual([false]);
  });

  it('deletes the saved draft', async () => {
    const drafts = new MemoryDrafts();
    const el = await mountRead(drafts);
    await el.draft.save();
    await el.draft.clear();
    expect(drafts.rows.size).toBe(0);
  });

  it('saves a waiting change when the element leaves the page, and stops watching it', async () => {
    vi.useFakeTimers();
    const drafts = new MemoryDrafts();
    const el = await mountRead(drafts);
    el.draft.schedule();
    el.remove();
    await vi.advanceTimersByTimeAsync(0);
    expect(drafts.puts).toBe(1);
    // the page hidden later with a change waiting: the controller no longer listens to it
    el.draft.schedule();
    await hidePage();
    expect(drafts.puts).toBe(1);
  });

  it('saves at once when the page is hidden with a change waiting', async () => {
    vi.useFakeTimers();
    const drafts = new MemoryDrafts();
    const el = await mountRead(drafts);
    el.draft.schedule();
    await hidePage();
    expect(drafts.puts).toBe(1);
  });
});
