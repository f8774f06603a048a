import type { Course, Handoff, Profile } from '@cpd-lens/core';
import { HANDOFF_ASK, HANDOFF_TOKEN_KEY, schoolObjectives } from '@cpd-lens/core';
import { CpdErrorEvent } from '../events/cpd-error.ts';
import { formatTime } from '../internal/format.ts';
import { loadScoring, scoring } from '../internal/scoring.ts';
import { HANDOFF_MARK, RequestFormState } from './form-state.ts';
import { CHECK_STEP } from './steps.ts';
import { applyHandoff, emptyValues, mergeTyped, recordFee, valuesFromDraft, type FormValues } from './values.ts';

const SAVE_DELAY_MS = 600;

/** The hand-off fragment in the page's address, or ''. */
const handoffInAddress = (): string => (location.hash.includes(HANDOFF_MARK) ? location.hash : '');

/** The opaque hand-off token in the page's address (issue 20), or ''. */
const TOKEN = new RegExp(`[#&]${HANDOFF_TOKEN_KEY}=([0-9a-f]{32})(?:&|$)`);
const tokenInAddress = (): string => TOKEN.exec(location.hash)?.[1] ?? '';

/**
 * Asks CPD Lens (its bridge on this page) for the hand-off with this token, or without one for a
 * hand-off opened in this tab whose address a sign-in redirect dropped. The answer comes on a port of
 * the form's own, so the page's other `message` listeners never see it: '' when CPD Lens has none.
 */
function askExtension(token: string): Promise<string | undefined> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    if (token) setTimeout(resolve, 5000); // without the extension nobody answers
    port1.onmessage = (e) => resolve(typeof e.data === 'string' ? e.data : '');
    postMessage({ type: HANDOFF_ASK, token }, '/', [port2]);
  });
}

/**
 * The request form's drafts and hand-offs: answers saved on the device as they are typed and brought
 * back after a reload; a hand-off link (`#cpd-request=…`) fills the course fields once per link.
 */
export abstract class RequestFormDrafts extends RequestFormState {
  private get draftId(): string {
    return `draft:${this.draftKey.replace(/[^\w.:-]/g, '-')}`;
  }

  /** Drafts live in the best store that works (database, then this browser's Web Storage, then memory). */
  private async drafts() {
    return this.driver?.drafts();
  }

  /** The draft being brought back: "Continue" pressed meanwhile waits for it rather than being lost. */
  protected restoring: Promise<void> = Promise.resolve();

  /** Brings back the saved draft, then any hand-off in the page address, then any request still in the outbox. */
  protected async restore(): Promise<void> {
    const token = tokenInAddress();
    if (token) history.replaceState(history.state, '', location.href.split('#')[0]); // single use: out of the address at once
    const asked = askExtension(token);
    const fragment = handoffInAddress();
    // The store stack loads after the first render: the fields take input meanwhile, and it is merged below.
    const [drafts] = await Promise.all([this.drafts().catch(() => undefined), fragment ? loadScoring() : undefined]); // a hand-off's fees need the engine
    const draft = await drafts?.get(this.draftId).catch(() => undefined);
    let savedStep = 0; // the step the draft was on (issue 22), shown again once it is read
    this.draftDone = true;
    if (draft) {
      const saved = draft.values as Record<string, unknown>;
      this.values = mergeTyped(valuesFromDraft(saved), this.values, this.typedEarly);
      if (typeof saved.requestId === 'string') this.requestId = saved.requestId;
      if (typeof saved.handoffApplied === 'string') this.handoffApplied = saved.handoffApplied;
      if (typeof saved.submittedId === 'string') this.submittedId = saved.submittedId;
      if (saved.baseCourse && typeof saved.baseCourse === 'object') this.baseCourse = saved.baseCourse as Course;
      this.supplyTouched = saved.supplyTouched === true;
      if (typeof saved.step === 'number' && saved.step >= 0 && saved.step <= CHECK_STEP) savedStep = Math.floor(saved.step);
      this.notice = { key: 'form.draftRestored', params: { time: formatTime(Date.parse(draft.updatedAt), this.locale) } };
    }
    this.restoredDraft();
    if (this.typedEarly.size) this.scheduleSave(); // what was typed meanwhile, now with the draft
    await this.configReady;
    const handoffBefore = this.handoffApplied;
    await this.takeHandoff(fragment);
    // the draft first, then the hand-off wins for the course fields (as a link's does)
    if (token) await this.takeAnswer(await asked, token);
    else void asked.then((json) => this.takeAnswer(json, ''));
    this.phase = 'editing';
    // back on the step the draft was on, unless a new hand-off came (its course is shown for checking first)
    if (this.handoffApplied === handoffBefore) {
      if (savedStep === CHECK_STEP) this.toCheck(false);
      else this.step = savedStep;
    }
    if (this.submittedId) {
      const item = await this.driver?.get(this.submittedId);
      if (item) this.onOutboxChange(item);
    }
  }

  protected scheduleSave(): void {
    // "Saved as draft" only while everything typed is saved: a reload then loses nothing.
    if (this.status?.key === 'status.saved' || this.status?.key === 'status.savedMemory') this.status = null;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveDraft(), SAVE_DELAY_MS);
  }

  protected readonly onHidden = (): void => {
    if (document.visibilityState === 'hidden' && this.saveTimer !== undefined) void this.saveDraft();
  };

  protected async saveDraft(): Promise<void> {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.draftRead; // never write over a draft not read yet
    const record = {
      id: this.draftId,
      updatedAt: new Date().toISOString(),
      values: {
        ...this.values,
        requestId: this.requestId,
        handoffApplied: this.handoffApplied,
        submittedId: this.submittedId,
        supplyTouched: this.supplyTouched,
        step: this.phase === 'checking' ? CHECK_STEP : this.step,
        ...(this.baseCourse ? { baseCourse: this.baseCourse } : {}),
      },
    };
    try {
      const drafts = await this.drafts();
      if (!drafts) throw new Error('no storage');
      await drafts.put(record);
      if (this.phase === 'editing') this.status = { key: this.storage?.layer === 'memory' ? 'status.savedMemory' : 'status.saved' };
    } catch {
      this.status = { key: 'status.saveFailed' };
      this.dispatchEvent(new CpdErrorEvent('storage', this.t('status.saveFailed')));
    }
  }

  protected async clearDraft(): Promise<void> {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.draftRead;
    await (await this.drafts().catch(() => undefined))?.delete(this.draftId).catch(() => undefined);
  }

  // ── Hand-off ──────────────────────────────────────────────────────────────────────────────

  protected readonly onHashChange = (): void => {
    void this.takeHandoff(handoffInAddress());
  };

  /**
   * Applies the hand-off in the page's address, saves it with the draft at once, then takes it out of
   * the address (issue 20): the PD targets and score it carries must not stay in the address bar, this
   * tab's history entry, or what the page's other scripts read from `location` later. Until the draft
   * holds it, the address does, so a reload in between loses nothing.
   */
  private async takeHandoff(fragment: string): Promise<void> {
    if (!fragment) return;
    if (await this.applyHandoffFrom(fragment)) await this.saveDraft();
    if (location.hash === fragment) history.replaceState(history.state, '', location.href.split('#')[0]);
  }

  /** Applies the hand-off CPD Lens answered with and saves it with the draft; says so when a token found none. */
  private async takeAnswer(json: string | undefined, token: string): Promise<void> {
    if (!json) return void (token && (this.notice = { key: 'form.handoffGone' }));
    const read = (await loadScoring()).readHandoffJson(json);
    if (!read.ok) return;
    this.applyHandoff(read.value);
    await this.saveDraft();
  }

  /**
   * Applies a hand-off once per link: true when the form changed. Its decoding comes with the scoring
   * engine, which judges it anyway, so a page without a hand-off downloads neither (issue 14's budget).
   */
  protected async applyHandoffFrom(fragment: string): Promise<boolean> {
    if (!fragment.includes(HANDOFF_MARK)) return false;
    const { decodeHandoff } = await loadScoring();
    const decoded = decodeHandoff(fragment);
    if (!decoded) return false;
    if (!decoded.ok) {
      this.notice = { key: 'form.handoffBroken', params: { reason: decoded.problems.map((p) => `${p.path} ${p.message}`.trim()).join('; ') } };
      return false;
    }
    const key = fragment.length > 200 ? `${fragment.length}:${fragment.slice(-120)}` : fragment;
    if (key === this.handoffApplied) return false;
    this.applyHandoff(decoded.value);
    this.handoffApplied = key;
    return true;
  }

  private applyHandoff(handoff: Handoff): void {
    const engine = scoring(this);
    if (!engine) return void loadScoring().then(() => this.applyHandoff(handoff)); // fees and hours need the engine
    const policy = engine.schoolPolicy(this._config);
    const { servedGoals } = engine;
    // the cost facts as the label showed them, else worked out here as the label would
    const cost = handoff.cost ?? engine.costRecord(handoff.course, policy, { phase: this._config?.phase });
    // Which of the hand-off's targets and the school's objectives the course really serves: only those are ticked.
    const profile: Profile = { schemaVersion: 1, id: 'handoff', role: 'teacher', subjects: [], targets: handoff.targets };
    const served = servedGoals(engine.scoreCourse(handoff.course, policy, profile, this.plan()).targets);
    this.baseCourse = handoff.course;
    this.cost = cost;
    this.values = applyHandoff(this.values, handoff, {
      fee: recordFee(cost) ?? null,
      hours: cost.hours ?? null,
      served,
      objectiveIds: schoolObjectives(this._config).map((o) => o.id),
    });
    this.supplyTouched = false;
    this.suggestSupply();
    this.notice = { key: handoff.targetsLeftOut ? 'form.handoffNoTargets' : 'form.fromHandoff' };
    this.step = 0; // the course it brought is shown for checking first
  }

  /** Clears every answer and the saved draft (the form's "Discard" and a host form's reset). */
  protected async discard(): Promise<void> {
    if (!this.draftDone) for (const key of Object.keys(this.values) as (keyof FormValues)[]) this.typedEarly.add(key); // the draft read later must not come back
    this.values = emptyValues();
    this.errors = [];
    this.step = 0;
    this.baseCourse = undefined;
    this.cost = undefined;
    this.supplyTouched = false;
    this.notice = null;
    this.status = null;
    await this.clearDraft();
  }
}
