import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '@cpd-lens/core';
import { fieldId } from './draft.ts';
import type { EditorKey } from './strings.ts';

type Say = (key: EditorKey, params?: Record<string, string | number>) => string;

/** What the file sections need from the editor: text, state and its actions. */
export interface FileView {
  say: Say;
  errorTitle: string;
  describe: (problem: Problem) => string;
  problems: readonly Problem[];
  summaryShown: boolean;
  loadProblems: { file: string; problems: Problem[] } | null;
  publishUrl: string | undefined;
  schemaHref: string | undefined;
  publishing: boolean;
  onFile: (event: Event) => void;
  resetToDefault: () => void;
  download: () => void;
  publish: () => void;
  focusField: (event: Event, path: string) => void;
}

/** GOV.UK's error summary, shown once the user tries to save, each problem a link to its field. */
export function errorSummary(view: FileView): TemplateResult | typeof nothing {
  if (!view.summaryShown || !view.problems.length) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="pe-summary-title">
    <h2 id="pe-summary-title">${view.errorTitle}</h2>
    <ul>
      ${view.problems.map((p) => html`<li><a href="#${fieldId(p.path)}" @click=${(e: Event) => view.focusField(e, p.path)}>${view.describe(p)}</a></li>`)}
    </ul>
  </div>`;
}

/** Why a loaded file was refused, each problem naming its setting. */
export function loadProblems(view: FileView): TemplateResult | typeof nothing {
  const failed = view.loadProblems;
  if (!failed) return nothing;
  return html`<div class="error-summary" part="load-error" role="alert">
    <h2>${view.errorTitle}</h2>
    <p>${view.say('pe.notLoaded', { file: failed.file })}</p>
    <ul>
      ${failed.problems.map((p) => html`<li>${p.path ? view.describe(p) : p.message}</li>`)}
    </ul>
  </div>`;
}

/** Where editing starts: a policy file, or the default policy. */
export function startSection(view: FileView): TemplateResult {
  return html`<section class="block start" aria-labelledby="start-title">
    <h3 id="start-title" class="section-title">${view.say('pe.start')}</h3>
    <div class="field">
      <label for="pe-load">${view.say('pe.load')}</label>
      <span id="pe-load-hint" class="hint">${view.say('pe.loadHint')}</span>
      <input id="pe-load" type="file" accept=".json,application/json" aria-describedby="pe-load-hint" @change=${view.onFile} />
    </div>
    <button type="button" class="secondary" @click=${view.resetToDefault}>${view.say('pe.startDefault')}</button>
  </section>`;
}

/** Saving: whether the policy has problems, download, publish (or how to publish), and the schema. */
export function saveSection(view: FileView): TemplateResult {
  const count = view.problems.length;
  return html`<section class="block save" aria-labelledby="save-title">
    <h3 id="save-title" class="section-title">${view.say('pe.save')}</h3>
    <p part="status" class=${count ? 'status bad' : 'status'}>${count ? (count === 1 ? view.say('pe.problem') : view.say('pe.problems', { count })) : view.say('pe.ok')}</p>
    <div class="buttons">
      <button type="button" part="download" @click=${view.download}>${view.say('pe.download')}</button>
      ${view.publishUrl ? html`<button type="button" part="publish" class="secondary" ?disabled=${view.publishing} @click=${view.publish}>${view.say(view.publishing ? 'pe.publishing' : 'pe.publish')}</button>` : nothing}
    </div>
    ${view.schemaHref ? html`<p><a href=${view.schemaHref} rel="noopener">${view.say('pe.schema')}</a> (policy.schema.json).</p>` : nothing}
    ${view.publishUrl
      ? nothing
      : html`<details>
          <summary>${view.say('pe.howToPublish')}</summary>
          <ol>
            <li>${view.say('pe.howToPublish1')}</li>
            <li>${view.say('pe.howToPublish2')}</li>
            <li>${view.say('pe.howToPublish3')}</li>
          </ol>
        </details>`}
  </section>`;
}
