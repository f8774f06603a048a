import type { Corrections, ScoreResult } from '@cpd-lens/core';
import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LABEL, type LabelMessages } from '../i18n/label.ts';
import { confirmText } from '../i18n/confirm.ts';
import { fill, messages } from '../i18n/locale.ts';
import { locale } from '../i18n/page.ts';
import { askFromLabel } from '../messaging/ask.ts';
import type { LabelData, Mark } from '../messaging/protocol.ts';
import { Label } from '../ui/breakdown/Label.tsx';
import { watchVisibility } from './visibility.ts';

/** The label's words in the page's language: the member of staff's setting, else the browser's (see i18n/page.ts). */
const text = (): LabelMessages => messages(LABEL, locale.value);

/** The token the badge opened this frame with: it names one course of one frame of this tab, nothing else. */
const token = location.hash.slice(1);

const view = {
  data: signal<LabelData | null>(null),
  failed: signal(false),
  notice: signal(''),
  visible: signal(false),
};

async function load(): Promise<void> {
  const reply = await askFromLabel({ type: 'label-data', token });
  if (reply?.ok) view.data.value = reply.data;
  else view.failed.value = true;
}

/**
 * No answer to an action (the service worker was stopped while it worked): it may have been done all
 * the same. The course's marks, read again, tell; the action is never repeated (a request form must
 * not open twice), and the label never says "Saved" for a course that is not stored.
 */
async function doneAnyway(action: 'save' | 'request'): Promise<{ ok: true; marks: Mark[] } | null> {
  const fresh = await askFromLabel({ type: 'label-data', token });
  const marks = fresh?.ok ? fresh.data.marks : [];
  return marks.includes(action === 'save' ? 'saved' : 'requested') ? { ok: true, marks } : null;
}

async function act(action: 'save' | 'request'): Promise<void> {
  const t = text();
  if (!view.visible.value) {
    view.notice.value = t.hidden;
    return;
  }
  let reply = await askFromLabel({ type: 'label-action', token, action });
  if (!reply) reply = await doneAnyway(action);
  if (reply?.ok) {
    view.notice.value = action === 'save' ? t.savedNotice : t.requestNotice;
    if (view.data.value) view.data.value = { ...view.data.value, marks: reply.marks };
  } else if (reply && reply.error === 'no-form') view.notice.value = t.noForm;
  else if (reply && reply.error === 'confirm') view.notice.value = confirmText[locale.value].labelNotice;
  else if (reply && reply.error === 'past') view.notice.value = t.pastNotice;
  else if (reply && reply.error === 'hidden') view.notice.value = t.hidden;
  else if (reply && reply.error === 'changed') {
    // show the course as the page has it now; the next press goes ahead with it
    view.notice.value = fill(t.changed, { what: reply.changed.map((c) => t.changedParts[c]).join(', ') });
    await load();
  }
  else view.notice.value = t.failed;
}

/** Sends staff's corrections; the background applies them, scores again and answers with the label's new data. */
async function correct(corrections: Corrections): Promise<ScoreResult | null> {
  const reply = await askFromLabel({ type: 'label-correct', token, corrections });
  if (!reply?.ok) return null;
  view.data.value = reply.data;
  return reply.data.result;
}

const closeLabel = () => void askFromLabel({ type: 'label-close', token });

/** The label page framed on the provider's page: reads its course from the background by token. */
export function App() {
  const t = text();
  const actions = useRef<HTMLDivElement>(null);
  useEffect(() => void load(), []);
  // the page's title in the view's language (issue 25: extension pages had English titles only)
  useEffect(() => void (document.title = text().pageTitle), [locale.value]);
  const data = view.data.value;
  useEffect(() => {
    if (!actions.current) return;
    return watchVisibility(actions.current, (v) => (view.visible.value = v));
  }, [data !== null]);
  if (view.failed.value) return <p class="notice">{t.gone}</p>;
  if (!data) return <p class="muted">{t.loading}</p>;
  return (
    <Label
      data={data}
      t={t}
      setupUrl={browser.runtime.getURL('/options.html')}
      notice={view.notice.value}
      onSave={() => void act('save')}
      onRequest={() => void act('request')}
      onClose={closeLabel}
      actionsRef={actions}
      canAct={view.visible.value}
      onCorrect={correct}
    />
  );
}
