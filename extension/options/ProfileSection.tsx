import { Phase, Role } from '@cpd-lens/core';
import { PHASE_LABELS, ROLE_LABELS } from './labels.ts';
import { addObjective, addTarget, editRow, form, removeRow } from './model.ts';

/** Role, phase, subjects, SDP objectives and PD targets (each target optionally linked to an objective). */
export function ProfileSection() {
  return (
    <section aria-labelledby="you">
      <h2 id="you">You</h2>
      <label for="role">Your role</label>
      <select id="role" value={form.role.value} onChange={(e) => (form.role.value = e.currentTarget.value as Role)}>
        {Role.options.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <label for="phase">Phase</label>
      <select id="phase" value={form.phase.value} onChange={(e) => (form.phase.value = e.currentTarget.value as Phase | '')}>
        <option value="">Not set</option>
        {Phase.options.map((p) => (
          <option key={p} value={p}>
            {PHASE_LABELS[p]}
          </option>
        ))}
      </select>
      <label for="subjects">Subjects you teach or lead</label>
      <span class="hint" id="subjects-hint">Separate them with commas, for example: maths, science</span>
      <input id="subjects" type="text" aria-describedby="subjects-hint" value={form.subjects.value} onInput={(e) => (form.subjects.value = e.currentTarget.value)} />

      <h3>School development plan objectives</h3>
      <p class="hint">The objectives your targets can link to. Use the codes your school uses.</p>
      {form.objectives.value.map((o, i) => (
        <fieldset key={o.id}>
          <legend>Objective {i + 1}</legend>
          <label for={`${o.id}-code`}>Code (optional)</label>
          <input id={`${o.id}-code`} type="text" value={o.code} onInput={(e) => editRow(form.objectives, o.id, { code: e.currentTarget.value })} />
          <label for={`${o.id}-title`}>Objective</label>
          <input id={`${o.id}-title`} type="text" value={o.title} onInput={(e) => editRow(form.objectives, o.id, { title: e.currentTarget.value })} />
          <p>
            <button type="button" class="danger" onClick={() => removeRow(form.objectives, o.id)}>
              Remove objective {i + 1}
            </button>
          </p>
        </fieldset>
      ))}
      <button type="button" class="secondary" onClick={addObjective}>
        Add an objective
      </button>

      <h3>Your PD targets</h3>
      <p class="hint">What you are working on this year. Do not include health or personal circumstances.</p>
      {form.targets.value.map((t, i) => (
        <fieldset key={t.id}>
          <legend>Target {i + 1}</legend>
          <label for={`${t.id}-text`}>Target</label>
          <textarea id={`${t.id}-text`} value={t.text} onInput={(e) => editRow(form.targets, t.id, { text: e.currentTarget.value })} />
          <label for={`${t.id}-objective`}>Linked objective</label>
          <select id={`${t.id}-objective`} value={t.objectiveId} onChange={(e) => editRow(form.targets, t.id, { objectiveId: e.currentTarget.value })}>
            <option value="">None</option>
            {form.objectives.value
              .filter((o) => o.title.trim())
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.code ? `${o.code}: ` : ''}
                  {o.title}
                </option>
              ))}
          </select>
          <p>
            <button type="button" class="danger" onClick={() => removeRow(form.targets, t.id)}>
              Remove target {i + 1}
            </button>
          </p>
        </fieldset>
      ))}
      <button type="button" class="secondary" onClick={addTarget}>
        Add a target
      </button>
    </section>
  );
}
