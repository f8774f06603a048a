import { useEffect } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import type { Problem } from '@cpd-lens/core';
import {
  checkDraft,
  checkMessage,
  defaultDraft,
  downloadText,
  editorText,
  fieldId,
  policyFile,
  problemMessage,
  readPolicyFile,
  settingName,
  startEditing,
  type Draft,
  type Editing,
  type EditorKey,
} from '@cpd-lens/widgets/policy-editor/model';
import { POLICY_ID, withStore } from '../data/setup.ts';
import { importPolicyText } from './policy.ts';
import { criterionSays } from '../i18n/core-text.ts';
import { locale, useText } from '../i18n/page.ts';
import { optionsText } from '../i18n/options.ts';
import { ErrorSummary, type FieldError } from '../ui/ErrorSummary.tsx';
import type { EditorView } from './policy-editor/fields.tsx';
import { Input, Block } from './policy-editor/fields.tsx';
import { Bands, Cover, Criteria, Repayment, Unknown, Value, Vat } from './policy-editor/sections.tsx';

type Notice = { key: EditorKey; params?: Record<string, string> } | null;

/**
 * The policy editor on the setup page: the intranet's `<cpd-policy-editor>` sections and checks, drawn
 * with Preact over the same editing steps (`@cpd-lens/widgets/policy-editor/model`), so the extension
 * carries no Lit (whose template factory assigns `innerHTML`: `web-ext lint` warns). It starts from the
 * policy in force; "Use this policy" makes the edited one the policy CPD Lens scores with (through the
 * same import as a policy file). Mount it inside the policy section: `<PolicyEditor />`.
 */
export function PolicyEditor() {
  const editing = useSignal<Editing>(startEditing(defaultDraft()));
  /** The error summary as it was when "Use" or "Download" found problems (it takes focus when it changes). */
  const summary = useSignal<FieldError[]>([]);
  const notice = useSignal<Notice>(null);
  const loadProblems = useSignal<{ file: string; problems: Problem[] } | null>(null);
  const message = useSignal('');
  const page = useText(optionsText);
  const t = page.policy;
  const lang = locale.value;
  useEffect(() => {
    void withStore((s) => s.policies.get(POLICY_ID)).then((stored) => {
      if (stored) editing.value = startEditing(structuredClone(stored.policy) as unknown as Draft);
    });
  }, []);

  const say = (key: EditorKey, params?: Record<string, string | number>) => editorText(lang, key, params);
  const describe = (p: Problem) => `${settingName(p.path, editing.value.draft, say, undefined, (id, label) => criterionSays({ id: String(id ?? ''), label }, lang).text)} ${checkMessage(lang, problemMessage(p))}`;
  const view: EditorView = {
    e: editing.value,
    say,
    prefix: page.errorPrefix,
    describe,
    update: (next) => {
      editing.value = next(editing.value);
      notice.value = null;
      if (!editing.value.problems.length) summary.value = [];
    },
  };
  const start = (draft: Draft, why: Notice) => {
    editing.value = startEditing(draft);
    summary.value = [];
    loadProblems.value = null;
    notice.value = why;
  };
  /** The checked policy file's text, or undefined after showing the error summary. */
  const fileText = (): string | undefined => {
    const checked = checkDraft(editing.value.draft);
    if (checked.ok) return policyFile(checked.policy);
    summary.value = checked.problems.map((p) => ({ field: fieldId(p.path), message: describe(p) }));
    return undefined;
  };
  const onFile = async (ev: Event) => {
    const input = ev.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readPolicyFile(file);
    if (read.ok) return start(read.draft, { key: 'pe.loaded', params: { file: file.name } });
    notice.value = read.notice ?? null;
    loadProblems.value = read.problems ? { file: file.name, problems: read.problems } : null;
  };
  const download = () => {
    const text = fileText();
    if (text === undefined) return;
    downloadText('policy.json', text);
    notice.value = { key: 'pe.downloaded' };
  };
  const use = async () => {
    const text = fileText();
    if (text === undefined) {
      message.value = t.editedProblems;
      return;
    }
    message.value = (await importPolicyText(text, 'Policy editor')) ? t.editedInUse : '';
  };
  const count = editing.value.problems.length;
  return (
    <details class="policy-editor">
      <summary>{t.editor}</summary>
      <h2>{say('pe.title')}</h2>
      <p>{say('pe.intro')}</p>
      <ErrorSummary title={page.errorTitle} errors={summary.value} />
      {loadProblems.value && (
        <div class="error-summary" role="alert">
          <h2>{page.errorTitle}</h2>
          <p>{say('pe.notLoaded', { file: loadProblems.value.file })}</p>
          <ul>
            {loadProblems.value.problems.map((p, i) => (
              <li key={i}>{p.path ? describe(p) : p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status">{notice.value ? say(notice.value.key, notice.value.params) : ''}</p>
      <Block id="pe-start" title={say('pe.start')}>
        <label for="pe-load">{say('pe.load')}</label>
        <span id="pe-load-hint" class="hint">
          {say('pe.loadHint')}
        </span>
        <input id="pe-load" type="file" accept=".json,application/json" aria-describedby="pe-load-hint" onChange={(ev) => void onFile(ev)} />
        <p>
          <button type="button" class="secondary" onClick={() => start(defaultDraft(), { key: 'pe.reset' })}>
            {say('pe.startDefault')}
          </button>
        </p>
      </Block>
      <div>
        <Block id="pe-about" title={say('pe.about')}>
          <Input view={view} path="name" label={say('pe.name')} kind="text" />
          <Input view={view} path="owner" label={say('pe.owner')} kind="text" optional />
        </Block>
        <Criteria view={view} />
        <Bands view={view} />
        <Cover view={view} />
        <Vat view={view} />
        <Value view={view} />
        <Unknown view={view} />
        <Repayment view={view} />
      </div>
      <Block id="pe-save" title={say('pe.save')}>
        <p class={count ? 'error-message' : undefined}>{count ? (count === 1 ? say('pe.problem') : say('pe.problems', { count })) : say('pe.ok')}</p>
        <p class="row">
          <button type="button" onClick={() => void use()}>
            {t.useEdited}
          </button>
          <button type="button" class="secondary" onClick={download}>
            {say('pe.download')}
          </button>
        </p>
        {message.value && <p role="status">{message.value}</p>}
      </Block>
    </details>
  );
}
