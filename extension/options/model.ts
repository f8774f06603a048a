import { signal } from '@preact/signals';
import { Profile, check, type PdTarget, type Phase, type Role, type SdpObjective } from '@cpd-lens/core';
import { PROFILE_ID, withStore } from '../data/setup.ts';
import { fill, messages } from '../i18n/locale.ts';
import { locale } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';
import { Settings, readSettings, saveSettings } from '../settings/settings.ts';
import type { FieldError } from '../ui/ErrorSummary.tsx';
import { safeHref } from '../ui/format.ts';
import { formSitePattern } from '../request/open-form.ts';
import { browser } from 'wxt/browser';
import { loadPolicyState } from './policy.ts';
import { isLocked, type ManagedConfig, type ManagedProblem } from '../managed/config.ts';
import { managedText } from '../i18n/managed.ts';
import { readManaged } from '../managed/read.ts';
import { policySyncItem, type PolicySync } from '../managed/policy-sync.ts';

/** One row of the targets or objectives editor; ids are kept stable so links between them survive edits. */
export interface TargetRow { id: string; code: string; text: string; objectiveId: string }
export interface ObjectiveRow { id: string; code: string; title: string }

/** The setup form's state. Signals live here; the components only read and call. */
export const form = {
  loaded: signal(false),
  role: signal<Role | ''>(''),
  phase: signal<Phase | ''>(''),
  subjects: signal(''),
  targets: signal<TargetRow[]>([]),
  objectives: signal<ObjectiveRow[]>([]),
  coverRate: signal(''),
  budget: signal(''),
  requestFormUrl: signal(''),
  /** England or Wales (issue 25); empty: the policy's, else England. */
  nation: signal<'' | 'england' | 'wales'>(''),
  /** Problems of the last "Save setup", in the order of the fields on the page. */
  errors: signal<FieldError[]>([]),
  saved: signal(false),
  /** What the school's IT pushed, what it pushed that could not be used, whether staff may change it, and how reading its policy went. */
  school: signal<{ config: ManagedConfig; problems: ManagedProblem[]; locked: boolean; sync: PolicySync }>({ config: {}, problems: [], locked: false, sync: { state: 'none' } }),
};

/** Whether a setting is fixed by the school (shown read-only, never saved as the member of staff's own). */
export function fixedBySchool(key: keyof ManagedConfig): boolean {
  const school = form.school.value;
  return school.locked && school.config[key] !== undefined;
}

/**
 * A field's hint: "Set by your school" when fixed, "Suggested by your school" when pushed but open, the
 * school's value that could not be used (so the member of staff knows it is theirs to set), else its own.
 */
export function schoolHintText(key: keyof ManagedConfig, words: { bySchool: string; suggestedBySchool: string }, own?: string): string | undefined {
  const school = form.school.value;
  const unused = school.problems.find((p) => p.path === key);
  if (school.config[key] === undefined) return unused ? fill(messages(managedText, locale.value).fieldIgnored, { value: unused.value ?? '' }) : own;
  return school.locked ? words.bySchool : words.suggestedBySchool;
}

const words = () => messages(optionsText, locale.value);
let counter = 0;
const newId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Fills the form from the store and settings. */
export async function loadForm(): Promise<void> {
  const { settings } = await readSettings();
  const profile = await withStore((s) => s.profiles.get(PROFILE_ID));
  if (profile) {
    form.role.value = profile.role;
    form.phase.value = profile.phase ?? '';
    form.subjects.value = profile.subjects.join(', ');
    form.targets.value = profile.targets.map((t) => ({ id: t.id, code: t.code ?? '', text: t.text, objectiveId: t.sdpObjectiveId ?? '' }));
  }
  form.objectives.value = settings.objectives.map((o) => ({ id: o.id, code: o.code ?? '', title: o.title }));
  form.coverRate.value = settings.supplyCoverDayRate?.toString() ?? '';
  form.budget.value = settings.budget?.toString() ?? '';
  form.requestFormUrl.value = settings.requestFormUrl ?? '';
  form.nation.value = settings.nation ?? '';
  const { config, problems } = await readManaged();
  form.school.value = { config, problems, locked: isLocked(config), sync: await policySyncItem.getValue() };
  // the school's values: fixed ones replace what is shown, suggested ones fill only empty fields
  const show = (key: 'phase' | 'supplyCoverDayRate' | 'requestFormUrl' | 'nation', field: { value: string }) => {
    const value = config[key];
    if (value !== undefined && (fixedBySchool(key) || !field.value)) field.value = String(value);
  };
  show('phase', form.phase as { value: string });
  show('supplyCoverDayRate', form.coverRate);
  show('requestFormUrl', form.requestFormUrl);
  show('nation', form.nation as { value: string });
  await loadPolicyState(settings);
  form.loaded.value = true;
}

/** Adds an empty PD target row. */
export function addTarget(): void {
  form.targets.value = [...form.targets.value, { id: newId('target'), code: '', text: '', objectiveId: '' }];
}
/** Adds an empty SDP objective row. */
export function addObjective(): void {
  form.objectives.value = [...form.objectives.value, { id: newId('sdp'), code: '', title: '' }];
}
/** Changes one field of one row of a list signal. */
export function editRow<T extends { id: string }>(list: { value: T[] }, id: string, patch: Partial<T>): void {
  list.value = list.value.map((r) => (r.id === id ? { ...r, ...patch } : r));
}
/** Removes a row; targets linked to a removed objective lose the link. */
export function removeRow(list: { value: { id: string }[] }, id: string): void {
  list.value = list.value.filter((r) => r.id !== id);
  if (list === form.objectives) form.targets.value = form.targets.value.map((t) => (t.objectiveId === id ? { ...t, objectiveId: '' } : t));
}

/** An amount typed as "£1,250.50" or "180": the number, undefined when empty, NaN when not an amount. */
export function amountOf(raw: string): number | undefined {
  const t = raw.trim().replace(/^£/, '').replace(/,/g, '');
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= 10_000_000 ? n : Number.NaN;
}

/** Checks the answers the way the page shows them, one message per field in page order; empty when all is well. */
export function validateForm(): FieldError[] {
  const v = words().v;
  const errors: FieldError[] = [];
  if (!form.role.value) errors.push({ field: 'role', message: v.role });
  form.objectives.value.forEach((o, i) => {
    if (!o.title.trim() && o.code.trim()) errors.push({ field: `${o.id}-title`, message: fill(v.objective, { n: i + 1 }) });
  });
  form.targets.value.forEach((t, i) => {
    if (!t.text.trim()) errors.push({ field: `${t.id}-text`, message: fill(v.target, { n: i + 1 }) });
  });
  if (Number.isNaN(amountOf(form.coverRate.value))) errors.push({ field: 'cover', message: v.cover });
  if (Number.isNaN(amountOf(form.budget.value))) errors.push({ field: 'budget', message: v.budget });
  const url = form.requestFormUrl.value.trim();
  if (url && !safeHref(url)) errors.push({ field: 'form-url', message: v.formUrl });
  return errors;
}

/**
 * Asks to reach the school form's site, on the Save press itself (browsers ask only on a user's
 * action), so "Start a request" can hand the course and PD targets to the form directly rather than
 * in its address (issue 20). Refused, the address carries the course and its costs only.
 */
export function askForFormSite(): Promise<boolean> {
  const pattern = formSitePattern(form.requestFormUrl.value.trim());
  return pattern ? browser.permissions.request({ origins: [pattern] }).catch(() => false) : Promise.resolve(false);
}

/** Checks and saves the profile and settings together; nothing is saved, and "Saved" is not said, when anything is wrong. */
export async function saveForm(): Promise<void> {
  form.saved.value = false;
  const errors = validateForm();
  form.errors.value = errors;
  if (errors.length) return;
  const targets: PdTarget[] = form.targets.value.map((t) => ({ id: t.id, text: t.text.trim(), ...(t.code.trim() ? { code: t.code.trim() } : {}), ...(t.objectiveId ? { sdpObjectiveId: t.objectiveId } : {}) }));
  const profile = {
    schemaVersion: 1,
    id: PROFILE_ID,
    role: form.role.value,
    ...(form.phase.value ? { phase: form.phase.value } : {}),
    subjects: form.subjects.value.split(',').map((s) => s.trim()).filter(Boolean),
    targets,
  };
  const objectives: SdpObjective[] = form.objectives.value
    .filter((o) => o.title.trim())
    .map((o) => ({ id: o.id, title: o.title.trim(), ...(o.code.trim() ? { code: o.code.trim() } : {}) }));
  const { settings: current } = await readSettings();
  const settings: Record<string, unknown> = { ...current, objectives, configured: true };
  for (const [key, raw] of [['supplyCoverDayRate', form.coverRate.value], ['budget', form.budget.value]] as const) {
    const amount = amountOf(raw);
    if (amount === undefined) delete settings[key];
    else settings[key] = amount;
  }
  if (form.nation.value) settings.nation = form.nation.value;
  else delete settings.nation;
  const url = form.requestFormUrl.value.trim();
  if (url) settings.requestFormUrl = url;
  else delete settings.requestFormUrl;
  // what the school fixed is not the member of staff's own: keep what they had stored
  for (const key of ['supplyCoverDayRate', 'requestFormUrl', 'nation'] as const) {
    if (!fixedBySchool(key)) continue;
    if (current[key] === undefined) delete settings[key];
    else settings[key] = current[key];
  }
  if (fixedBySchool('phase')) delete (profile as { phase?: string }).phase;

  // the schemas still have the last word (lengths, counts); what they refuse is said against the nearest field
  const checkedProfile = check(Profile, profile);
  const checkedSettings = check(Settings, settings);
  const late: FieldError[] = [...(checkedProfile.ok ? [] : checkedProfile.problems), ...(checkedSettings.ok ? [] : checkedSettings.problems)].map((p) => ({ field: fieldOf(p.path), message: fill(words().v.other, { detail: `${p.path} ${p.message}` }) }));
  form.errors.value = late;
  if (!checkedProfile.ok || !checkedSettings.ok) return;
  await withStore((s) => s.profiles.put(checkedProfile.value));
  await saveSettings(checkedSettings.value);
  form.saved.value = true;
}

/** The field a schema path is about, for the error summary's link. */
function fieldOf(path: string): string {
  const target = /^targets\[(\d+)\]/.exec(path);
  if (target) return `${form.targets.value[Number(target[1])]?.id ?? 'targets'}-text`;
  const objective = /^objectives\[(\d+)\]/.exec(path);
  if (objective) return `${form.objectives.value[Number(objective[1])]?.id ?? 'objectives'}-title`;
  const fields: Record<string, string> = { supplyCoverDayRate: 'cover', budget: 'budget', requestFormUrl: 'form-url', subjects: 'subjects', role: 'role', phase: 'phase' };
  return fields[path.split(/[.[]/)[0]!] ?? 'role';
}
