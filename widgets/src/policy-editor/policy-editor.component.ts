import { html, type PropertyValues, type TemplateResult } from 'lit';
import { defaultPolicy, type Policy, type Problem } from '@cpd-lens/core';
import { CpdErrorEvent } from '../events/cpd-error.ts';
import { CpdElement } from '../internal/base.ts';
import type { SchoolConfig } from '../internal/config.ts';
import { sharedStyles } from '../internal/shared.styles.ts';
import { checkDraft, defaultDraft, fieldId, policyFile, problemMessage, settingName, type Draft, type Kind } from './draft.ts';
import { bandAdded, conditionAdded, criterionToggled, itemRemoved, repaymentSet, startEditing, typedInto, type Editing } from './editing.ts';
import { downloadText, readPolicyFile } from './files.ts';
import { inputField, type EditorView } from './fields.ts';
import { bandsSection, criteriaSection, unknownSection } from './sections-judging.ts';
import { coverSection, repaymentSection, valueSection, vatSection } from './sections-money.ts';
import { errorSummary, loadProblems, saveSection, startSection, type FileView } from './sections-file.ts';
import { checkMessage, editorText, publishReason, type EditorKey } from './strings.ts';
import { styles } from './policy-editor.styles.ts';

type Notice = { key: EditorKey; params?: Record<string, string> } | null;

/** Core's Welsh sentences, for the default policy's criterion names: loaded by a Welsh editor only, in the widgets' own chunk. */
let welshCore: Readonly<Record<string, string>> | undefined;
let welshLoading: Promise<void> | undefined;
// a chunk that cannot load leaves the names as written (in English) rather than breaking the editor
const loadWelshCore = (): Promise<void> => (welshLoading ??= import('../internal/core-cy.ts').then((m) => void (welshCore = m.CY), () => void (welshCore = {})));

/**
 * A policy editor for the school's CPL leader: criteria on or off and their weights, the judgements
 * (bands), supply cover by phase, VAT, the approval threshold, value-for-money limits, what an unknown
 * criterion counts, and the CPL policy's 4.1 repayment terms, without writing JSON. Every change is
 * checked at once by core's policy check (the same as `cpd policy check`), with GOV.UK error messages
 * beside the fields; the result downloads as `policy.json` or is published to the school's address.
 * An admin tool: load it only on the CPL leader's page (`cpd-policy-editor.js`).
 *
 * @tag cpd-policy-editor
 * @summary Edit the school's CPD policy and download or publish policy.json.
 *
 * @attr publish-url - Where "Publish" POSTs the policy file (https, or this intranet's origin). Without it, the editor explains how to publish the file.
 * @attr schema-href - Address of the policy JSON Schema (`policy.schema.json`), linked beside the download.
 * @attr config-src - URL of the school's JSON configuration; its `policy` is where editing starts.
 * @attr lang - `cy` for Welsh, `en` for English; otherwise the nearest `lang` on the page.
 * @prop {Policy} policy - The policy to start from (wins over the configuration's and the default).
 * @prop {Policy | undefined} value - The edited policy when it has no problems, else undefined (read-only).
 *
 * @fires cpd-error - Publishing failed (kind `delivery-failed`); `detail.message` says why.
 *
 * @csspart error-summary - The "There is a problem" box.
 * @csspart criteria - The criteria table.
 * @csspart band - One judgement (band).
 * @csspart download - The download button.
 * @csspart publish - The publish button.
 * @csspart status - The line saying whether the policy has problems.
 *
 * @cssproperty --cpd-font-family - Font of all text.
 * @cssproperty --cpd-color-accent - Button colour.
 * @cssproperty --cpd-color-error - Error colour.
 */
export class CpdPolicyEditor extends CpdElement {
  static override properties = {
    ...CpdElement.properties,
    publishUrl: { attribute: 'publish-url' },
    schemaHref: { attribute: 'schema-href' },
    policy: { attribute: false },
    draft: { state: true },
    raw: { state: true },
    problems: { state: true },
    summaryShown: { state: true },
    notice: { state: true },
    loadProblems: { state: true },
    publishing: { state: true },
  };

  static override styles = [sharedStyles, styles];

  declare publishUrl: string | undefined;
  declare schemaHref: string | undefined;
  declare policy: Policy | undefined;
  declare draft: Draft;
  declare raw: Record<string, string>;
  declare problems: Problem[];
  declare summaryShown: boolean;
  declare notice: Notice;
  declare loadProblems: { file: string; problems: Problem[] } | null;
  declare publishing: boolean;

  protected override configOptional = true;
  /** Weights of criteria turned off, so turning one back on restores it. */
  private offWeights: Editing['offWeights'] = {};
  /** Whether the draft still follows its source (property, configuration or default) rather than the user's edits. */
  private pristine = true;

  constructor() {
    super();
    this.draft = defaultDraft();
    this.raw = {};
    this.problems = [];
    this.summaryShown = false;
    this.notice = null;
    this.loadProblems = null;
    this.publishing = false;
  }

  /** The edited policy when it passes the check, else undefined. */
  get value(): Policy | undefined {
    const checked = checkDraft(this.draft);
    return checked.ok ? checked.policy : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('policy') && this.policy) this.start(structuredClone(this.policy) as unknown as Draft);
  }

  protected override configChanged(config: SchoolConfig | undefined): void {
    if (this.pristine && !this.policy && config?.policy) this.start(structuredClone(config.policy) as unknown as Draft);
  }

  private start(draft: Draft): void {
    ({ draft: this.draft, raw: this.raw, problems: this.problems, offWeights: this.offWeights } = startEditing(draft));
    this.summaryShown = false;
    this.pristine = true;
  }

  private say = (key: EditorKey, params?: Record<string, string | number>): string => editorText(this.locale, key, params);

  private nameOf = (path: string): string => settingName(path, this.draft, this.say, undefined, (id, label) => this.criterionLabel(id, label));

  private describe = (problem: Problem): string => `${this.nameOf(problem.path)} ${checkMessage(this.locale, problemMessage(problem))}`;

  // ── Editing ───────────────────────────────────────────────────────────────────────────────

  /** The state as core's editing steps see it. */
  private get editing(): Editing {
    return { draft: this.draft, raw: this.raw, problems: this.problems, offWeights: this.offWeights };
  }

  /** Takes the result of an editing step (`editing.ts`, shared with the extension's editor). */
  private apply(next: Editing): void {
    ({ draft: this.draft, raw: this.raw, problems: this.problems, offWeights: this.offWeights } = next);
    this.pristine = false;
    this.notice = null;
    if (!this.problems.length) this.summaryShown = false;
  }

  private readonly onInput = (event: Event): void => {
    const el = event.target as HTMLInputElement | HTMLSelectElement;
    if (el instanceof HTMLInputElement && el.dataset.toggle !== undefined) return this.apply(criterionToggled(this.editing, Number(el.dataset.toggle), el.checked));
    const path = el.dataset.path;
    if (!path) return;
    if (event.type === 'change' && el instanceof HTMLInputElement && el.type === 'text') return; // already taken on input
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) return;
    this.apply(typedInto(this.editing, path, el.value, (el.dataset.kind ?? 'number') as Kind, el.dataset.optional === 'true'));
  };

  private readonly view = (): EditorView => ({
    draft: this.draft,
    raw: this.raw,
    problems: this.problems,
    say: this.say,
    criterion: (id, label) => this.criterionLabel(id, label),
    errorPrefix: this.t('error.prefix'),
    describe: this.describe,
    addBand: () => this.apply(bandAdded(this.editing)),
    removeBand: (i) => this.apply(itemRemoved(this.editing, 'bands', i)),
    addCondition: () => this.apply(conditionAdded(this.editing)),
    removeCondition: (i) => this.apply(itemRemoved(this.editing, 'repayment.conditions', i)),
    setRepayment: (on) => this.apply(repaymentSet(this.editing, on)),
  });

  /** The default policy's criterion names in Welsh from core's table (loaded for a Welsh editor only); a school's own as written. */
  private criterionLabel(id: unknown, label: string): string {
    if (this.locale !== 'cy' || !defaultPolicy.criteria.some((c) => c.id === id && c.label === label)) return label;
    return welshCore?.[`criterion.${String(id)}`] ?? label;
  }

  /** A Welsh editor waits for core's Welsh criterion names too, so it never shows them in English first. */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.locale === 'cy') await loadWelshCore();
    return super.scheduleUpdate();
  }

  // ── Loading, downloading, publishing ──────────────────────────────────────────────────────

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.loadProblems = null;
    const read = await readPolicyFile(file);
    if (read.ok) {
      this.start(read.draft);
      this.pristine = false;
    }
    this.notice = read.ok ? { key: 'pe.loaded', params: { file: file.name } } : read.notice ?? null;
    if (!read.ok && read.problems) this.loadProblems = { file: file.name, problems: read.problems };
  }

  private resetToDefault(): void {
    this.start(defaultDraft());
    this.pristine = false;
    this.loadProblems = null;
    this.notice = { key: 'pe.reset' };
  }

  /** The checked file text, or undefined after showing the error summary. */
  private fileText(): string | undefined {
    const checked = checkDraft(this.draft);
    if (checked.ok) return policyFile(checked.policy);
    this.problems = checked.problems;
    this.summaryShown = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
    return undefined;
  }

  private download(): void {
    const text = this.fileText();
    if (text === undefined) return;
    downloadText('policy.json', text);
    this.notice = { key: 'pe.downloaded' };
  }

  private async publish(): Promise<void> {
    if (this.publishing || !this.publishUrl) return;
    const text = this.fileText();
    if (text === undefined) return;
    this.publishing = true;
    this.notice = null;
    // Loaded on the first publish, with core's delivery code: staff-facing widgets then share none of it up front.
    const { publishPolicy } = await import('./publish.ts');
    const result = await publishPolicy(this.publishUrl, text);
    this.publishing = false;
    if (result.ok) return void (this.notice = { key: 'pe.published' });
    // why, said in the editor's language (issue 25): the receiver's own words are quoted, never mixed in
    const reason = publishReason(this.locale, result.failure);
    this.notice = { key: 'pe.publishFailed', params: { reason } };
    this.dispatchEvent(new CpdErrorEvent('delivery-failed', `publishing the policy: ${publishReason('en', result.failure)}`));
  }

  private focusField(event: Event, path: string): void {
    event.preventDefault();
    const el = (this.renderRoot as ShadowRoot).getElementById(fieldId(path));
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────

  private fileView(): FileView {
    return {
      say: this.say,
      errorTitle: this.t('error.title'),
      describe: this.describe,
      problems: this.problems,
      summaryShown: this.summaryShown,
      loadProblems: this.loadProblems,
      publishUrl: this.publishUrl,
      schemaHref: this.schemaHref,
      publishing: this.publishing,
      onFile: (e) => void this.onFile(e),
      resetToDefault: () => this.resetToDefault(),
      download: () => this.download(),
      publish: () => void this.publish(),
      focusField: (e, path) => this.focusField(e, path),
    };
  }

  override render(): TemplateResult {
    const view = this.view();
    const files = this.fileView();
    return html`<h2>${this.say('pe.title')}</h2>
      <p>${this.say('pe.intro')}</p>
      ${this.renderConfigProblems()} ${errorSummary(files)} ${loadProblems(files)}
      ${this.notice ? html`<p class="notice" role="status">${this.say(this.notice.key, this.notice.params)}</p>` : html`<p class="visually-hidden" role="status"></p>`}
      ${startSection(files)}
      <form novalidate @input=${this.onInput} @change=${this.onInput} @submit=${(e: Event) => e.preventDefault()}>
        <section class="block" aria-labelledby="about-title">
          <h3 id="about-title" class="section-title">${this.say('pe.about')}</h3>
          ${inputField(view, 'name', this.say('pe.name'), { kind: 'text' })} ${inputField(view, 'owner', this.say('pe.owner'), { kind: 'text', optional: true })}
        </section>
        ${criteriaSection(view)} ${bandsSection(view)} ${coverSection(view)} ${vatSection(view)} ${valueSection(view)} ${unknownSection(view)}
        ${repaymentSection(view)}
      </form>
      ${saveSection(files)}`;
  }
}
