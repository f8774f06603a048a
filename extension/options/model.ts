import { signal } from '@preact/signals';
import { Policy, Profile, check, defaultPolicy, parseJson, type PdTarget, type Problem, type Role, type Phase, type SdpObjective } from '@cpd-lens/core';
import { POLICY_ID, PROFILE_ID, withStore } from '../data/setup.ts';
import { applyImport, buildExport, parseImport } from '../data/transfer.ts';
import { browser } from 'wxt/browser';
import { Settings, readSettings, saveSettings } from '../settings/settings.ts';
import { downloadText } from '../ui/download.ts';

/** One row of the targets or objectives editor; ids are kept stable so links between them survive edits. */
export interface TargetRow { id: string; code: string; text: string; objectiveId: string }
export interface ObjectiveRow { id: string; code: string; title: string }

/** The setup form's state. Signals live here; the components only read and call. */
export const form = {
  loaded: signal(false),
  role: signal<Role>('teacher'),
  phase: signal<Phase | ''>(''),
  subjects: signal(''),
  targets: signal<TargetRow[]>([]),
  objectives: signal<ObjectiveRow[]>([]),
  coverRate: signal(''),
  budget: signal(''),
  requestFormUrl: signal(''),
  problems: signal<Problem[]>([]),
  saved: signal(''),
};

/** The policy in force and the state of the policy importer. */
export const policyState = {
  name: signal(defaultPolicy.name),
  source: signal<'default' | 'file' | 'url'>('default'),
  url: signal(''),
  problems: signal<Problem[]>([]),
  problemsWhere: signal(''),
  message: signal(''),
};

/** The state of export and import. */
export const dataState = { problems: signal<Problem[]>([]), message: signal('') };

let counter = 0;
const newId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Fills the form from the store and settings. */
export async function loadForm(): Promise<void> {
  const { settings } = await readSettings();
  const [profile, stored] = await withStore((s) => Promise.all([s.profiles.get(PROFILE_ID), s.policies.get(POLICY_ID)]));
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
  policyState.name.value = stored?.policy.name ?? defaultPolicy.name;
  policyState.source.value = stored ? (stored.sourceUrl ? 'url' : 'file') : 'default';
  policyState.url.value = stored?.sourceUrl ?? settings.policyUrl ?? '';
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

const numberOrUndefined = (raw: string): number | string | undefined => {
  const t = raw.trim().replace(/^£/, '').replace(/,/g, '');
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : raw;
};

/** Checks and saves the profile and settings together; nothing is saved when anything is wrong. */
export async function saveForm(): Promise<void> {
  form.saved.value = '';
  const targets: PdTarget[] = form.targets.value
    .filter((t) => t.text.trim())
    .map((t) => ({ id: t.id, text: t.text.trim(), ...(t.code.trim() ? { code: t.code.trim() } : {}), ...(t.objectiveId ? { sdpObjectiveId: t.objectiveId } : {}) }));
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
    const v = numberOrUndefined(raw);
    if (v === undefined) delete settings[key];
    else settings[key] = v;
  }
  const url = form.requestFormUrl.value.trim();
  if (url) settings.requestFormUrl = url;
  else delete settings.requestFormUrl;

  const checkedProfile = check(Profile, profile);
  const problems: Problem[] = checkedProfile.ok ? [] : checkedProfile.problems.map((p) => ({ ...p, path: `profile.${p.path}` }));
  const checkedSettings = check(Settings, settings);
  if (!checkedSettings.ok) problems.push(...checkedSettings.problems.map((p) => ({ ...p, path: `settings.${p.path}` })));
  form.problems.value = problems.map(friendly);
  if (problems.length || !checkedProfile.ok || !checkedSettings.ok) return;
  await withStore((s) => s.profiles.put(checkedProfile.value));
  await saveSettings(checkedSettings.value);
  form.saved.value = 'Saved. Scores on provider pages now use your setup.';
}

/** Names fields the way the form labels them. */
function friendly(p: Problem): Problem {
  const names: [RegExp, string][] = [
    [/^settings\.supplyCoverDayRate$/, 'Supply-cover day rate'],
    [/^settings\.budget$/, 'Budget'],
    [/^settings\.requestFormUrl$/, 'Request form address'],
  ];
  for (const [re, name] of names) if (re.test(p.path)) return { path: name, message: p.message === 'is not in the expected format' ? 'should start with https:// or http://' : p.message };
  return p;
}

/** Checks a policy file's text and, when it fits, makes it the policy in force; otherwise lists every problem. */
export async function importPolicyText(text: string, where: string, sourceUrl?: string): Promise<boolean> {
  policyState.message.value = '';
  policyState.problemsWhere.value = where;
  const json = parseJson(text);
  const checked = json.ok ? check(Policy, json.value) : json;
  if (!checked.ok) {
    policyState.problems.value = checked.problems;
    return false;
  }
  policyState.problems.value = [];
  await withStore((s) => s.policies.put({ id: POLICY_ID, policy: checked.value, importedAt: new Date().toISOString(), ...(sourceUrl ? { sourceUrl } : {}) }));
  policyState.name.value = checked.value.name;
  policyState.source.value = sourceUrl ? 'url' : 'file';
  policyState.message.value = `Imported “${checked.value.name}”. Scores now use your school’s policy.`;
  return true;
}

/** Fetches the policy the school publishes at a URL (asking for access to that one site first) and imports it. */
export async function importPolicyUrl(raw: string): Promise<void> {
  policyState.message.value = '';
  policyState.problemsWhere.value = 'Policy address';
  let url: URL;
  try {
    url = new URL(raw.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
  } catch {
    policyState.problems.value = [{ path: '', message: 'should be a web address starting with https://' }];
    return;
  }
  const origins = [`${url.origin}/*`];
  const granted = (await browser.permissions.contains({ origins })) || (await browser.permissions.request({ origins }).catch(() => false));
  if (!granted) {
    policyState.problems.value = [{ path: '', message: `CPD Lens needs your permission to read ${url.host}; choose Allow when asked, or download the file and import it instead` }];
    return;
  }
  let text: string;
  try {
    const response = await fetch(url.href, { credentials: 'omit', cache: 'no-store' });
    if (!response.ok) throw new Error(`the site answered ${response.status}`);
    text = await response.text();
  } catch (error) {
    policyState.problems.value = [{ path: '', message: `could not be read (${error instanceof Error ? error.message : 'network error'}); check the address, or download the file and import it instead` }];
    return;
  }
  if (await importPolicyText(text, 'Policy at that address', url.href)) {
    const { settings } = await readSettings();
    await saveSettings({ ...settings, policyUrl: url.href });
  }
}

/** Goes back to CPD Lens's default policy. */
export async function useDefaultPolicy(): Promise<void> {
  await withStore((s) => s.policies.delete(POLICY_ID));
  policyState.problems.value = [];
  policyState.name.value = defaultPolicy.name;
  policyState.source.value = 'default';
  policyState.message.value = 'Using the default policy.';
}

/** Downloads everything as one JSON file. */
export async function exportAll(): Promise<void> {
  const file = await withStore((s) => buildExport(s));
  downloadText(`cpd-lens-data-${file.exportedAt.slice(0, 10)}.json`, `${JSON.stringify(file, null, 2)}\n`);
  dataState.message.value = 'Your data was downloaded as one JSON file.';
}

/** Imports an export file: checked completely first; on any problem nothing changes. */
export async function importAll(text: string): Promise<void> {
  dataState.message.value = '';
  const checked = parseImport(text);
  if (!checked.ok) {
    dataState.problems.value = checked.problems;
    return;
  }
  dataState.problems.value = [];
  try {
    const count = await withStore((s) => applyImport(s, checked.value));
    await loadForm();
    dataState.message.value = `Imported ${count} record${count === 1 ? '' : 's'}. Everything you had before is kept, except records with the same id, which the file replaced.`;
  } catch (error) {
    dataState.problems.value = [{ path: '', message: `could not be imported: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.` }];
  }
}
