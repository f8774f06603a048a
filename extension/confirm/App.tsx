import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Course } from '@cpd-lens/core';
import { markRequested } from '../background/marks.ts';
import { moneyText } from '../i18n/common.ts';
import { confirmText } from '../i18n/confirm.ts';
import { langTag, locale, useText } from '../i18n/page.ts';
import { peekToConfirm, takeToConfirm, type ToConfirm } from '../request/confirm-step.ts';
import { openRequestForm } from '../request/open-form.ts';

const id = location.hash.slice(1);
const shown = signal<ToConfirm | null | undefined>(undefined);
const done = signal(false);

/** The course's dates in words ("Tuesday 5 October 2027"), or undefined when the page gave none. */
function datesOf(course: Course): string | undefined {
  const format = new Intl.DateTimeFormat(langTag(locale.value), { dateStyle: 'full' });
  const days = (course.sessions ?? []).map((s) => Date.parse(s.start)).filter((t) => !Number.isNaN(t));
  return days.length ? [...new Set(days.map((d) => format.format(d)))].join('; ') : undefined;
}

/** Opens the form for the request this tab names, once. */
async function confirm(): Promise<void> {
  const entry = await takeToConfirm(id);
  if (!entry) return void (shown.value = null);
  await openRequestForm(entry.formUrl, entry.handoff);
  await markRequested(entry.handoff.course);
  done.value = true;
}

/** Firefox's confirming step (issue 20, item 2): names the course, price and dates; only its button opens the form. */
export function App() {
  const t = useText(confirmText);
  useEffect(() => {
    document.title = t.pageTitle;
  }, [t]);
  useEffect(() => void peekToConfirm(id).then((e) => (shown.value = e ?? null)), []);
  const entry = shown.value;
  if (entry === undefined) return null;
  if (entry === null) return <main><h1>{t.title}</h1><p role="status">{t.gone}</p></main>;
  const { course } = entry.handoff;
  const price = course.price ? `${moneyText(course.price.amount, locale.value, course.price.currency)}${course.price.text ? ` (${course.price.text})` : ''}` : t.notStated;
  return (
    <main>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <dl>
        <dt>{t.course}</dt>
        <dd>{course.title}</dd>
        <dt>{t.provider}</dt>
        <dd>{course.provider ?? t.notStated}</dd>
        <dt>{t.price}</dt>
        <dd>{price}</dd>
        <dt>{t.dates}</dt>
        <dd>{datesOf(course) ?? t.notStated}</dd>
      </dl>
      {done.value ? <p role="status">{t.opened}</p> : <button type="button" onClick={() => void confirm()}>{t.open}</button>}
    </main>
  );
}
