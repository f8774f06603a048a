import { html, nothing, type TemplateResult } from 'lit';
import type { SdpObjective } from '@cpd-lens/core';
import type { MessageKey } from '../internal/i18n.ts';
import type { FieldError, FormValues } from './values.ts';

/** What the PD targets and SDP objectives questions show, and what they do. */
export interface TargetsContext {
  values: FormValues;
  errors: readonly FieldError[];
  /** The school's SDP objectives. */
  objectives: readonly SdpObjective[];
  t: (key: MessageKey, params?: Record<string, string>) => string;
  newTarget: string;
  newTargetObjective: string;
  newTargetError: boolean;
  onToggle: (list: 'targetIds' | 'objectiveIds', id: string, on: boolean) => void;
  onRemove: (id: string) => void;
  onAdd: () => void;
  onNewTarget: (text: string) => void;
  onNewTargetObjective: (id: string) => void;
}

/** An SDP objective in words ("SDP1: Raise attainment…"); undefined for one the school does not have, never its id. */
export function objectiveLabel(objectives: readonly SdpObjective[], id: string | undefined): string | undefined {
  const o = objectives.find((x) => x.id === id);
  return o ? `${o.code ? `${o.code}: ` : ''}${o.title}` : undefined;
}

/**
 * The PD targets (ticked when the course serves them; each by its text, with the objective it is
 * linked to) with a way to add one, then the school's SDP objectives.
 */
export function renderTargets(c: TargetsContext): TemplateResult {
  const objectives = c.objectives;
  const objectiveName = (id: string | undefined) => objectiveLabel(objectives, id);
  const groupError = c.errors.find((e) => e.key === 'v.targets');
  return html`<fieldset class="${groupError ? 'has-error' : ''}" part="section" aria-describedby="targets-hint${groupError ? ' targets-error' : ''}">
    <legend>${c.t('form.targets')}</legend>
    <span id="targets-hint" class="hint">${c.t('form.targetsHint')}</span>
    ${groupError ? html`<p id="targets-error" class="error-message"><span class="visually-hidden">${c.t('error.prefix')}</span> ${c.t('v.targets')}</p>` : nothing}
    ${c.values.targets.length
      ? c.values.targets.map(
          (t) => html`<div class="choice target">
            <input type="checkbox" id="target-${t.id}" .checked=${c.values.targetIds.includes(t.id)} @change=${(e: Event) => c.onToggle('targetIds', t.id, (e.target as HTMLInputElement).checked)} />
            <label for="target-${t.id}">${t.code ? `${t.code}: ` : ''}${t.text}${objectiveName(t.sdpObjectiveId) ? html` <span class="hint inline">(${c.t('form.linkedTo', { objective: objectiveName(t.sdpObjectiveId) ?? '' })})</span>` : nothing}</label>
            <button type="button" class="link" aria-label=${c.t('remove.named', { name: t.text })} @click=${() => c.onRemove(t.id)}>${c.t('remove')}</button>
          </div>`,
        )
      : html`<p class="hint">${c.t('form.noTargets')}</p>`}
    <div class="add-target">
      <div class="field ${c.newTargetError ? 'has-error' : ''}">
        <label for="new-target">${c.t('form.newTarget')}</label>
        ${c.newTargetError ? html`<p id="new-target-error" class="error-message"><span class="visually-hidden">${c.t('error.prefix')}</span> ${c.t('v.newTarget')}</p>` : nothing}
        <input
          id="new-target"
          type="text"
          autocomplete="off"
          .value=${c.newTarget}
          aria-describedby=${c.newTargetError ? 'new-target-error' : nothing}
          @input=${(e: Event) => c.onNewTarget((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              c.onAdd();
            }
          }}
        />
      </div>
      ${objectives.length
        ? html`<div class="field">
            <label for="new-target-objective">${c.t('form.newTargetObjective')} <span class="optional">${c.t('optional')}</span></label>
            <select id="new-target-objective" .value=${c.newTargetObjective} @change=${(e: Event) => c.onNewTargetObjective((e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!c.newTargetObjective}>${c.t('form.noObjective')}</option>
              ${objectives.map((o) => html`<option value=${o.id} ?selected=${c.newTargetObjective === o.id}>${objectiveName(o.id)}</option>`)}
            </select>
          </div>`
        : nothing}
      <button type="button" class="secondary" @click=${() => c.onAdd()}>${c.t('form.addTarget')}</button>
    </div>
  </fieldset>
  ${objectives.length
    ? html`<fieldset part="section" aria-describedby="objectives-hint">
        <legend>${c.t('form.objectives')}</legend>
        <span id="objectives-hint" class="hint">${c.t('form.objectivesHint')}</span>
        ${objectives.map(
          (o) => html`<div class="choice">
            <input type="checkbox" id="objective-${o.id}" .checked=${c.values.objectiveIds.includes(o.id)} @change=${(e: Event) => c.onToggle('objectiveIds', o.id, (e.target as HTMLInputElement).checked)} />
            <label for="objective-${o.id}">${objectiveName(o.id)}</label>
          </div>`,
        )}
      </fieldset>`
    : nothing}`;
}
