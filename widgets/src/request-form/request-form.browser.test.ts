import { encodeHandoff } from '@cpd-lens/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import './request-form.ts';
import type { CpdRequestForm } from './request-form.component.ts';

let forms = 0;
const page = location.href.split('#')[0]!;

/** A request form on a database of its own (its outbox and drafts), as an intranet page would place it. */
async function open(db: string): Promise<CpdRequestForm> {
  const form = document.createElement('cpd-request-form');
  form.setAttribute('endpoint', 'https://school.example/api/cpd-requests');
  form.setAttribute('db-name', db);
  form.setAttribute('lang', 'en');
  document.body.append(form);
  await vi.waitFor(() => expect(form.phase).toBe('editing'), { timeout: 5000 });
  return form;
}

/** Types into a question as a member of staff does. */
function type(form: CpdRequestForm, id: string, text: string): void {
  const input = form.shadowRoot!.getElementById(id) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', page);
});

describe('<cpd-request-form> composing its controllers', () => {
  it('brings back what was typed in a new form on the same device', async () => {
    const db = `cpd-lens-form-${Date.now()}-${forms++}`;
    const first = await open(db);
    type(first, 'name', 'Sam Jones');
    await first.draft.save();
    expect(first.status?.key).toMatch(/^status\.saved/);
    first.remove();
    const second = await open(db);
    expect(second.values.name).toBe('Sam Jones');
    expect(second.notice?.key).toBe('form.draftRestored');
  });

  it('fills the course from a hand-off link once, and the link leaves the address', async () => {
    const db = `cpd-lens-form-${Date.now()}-${forms++}`;
    history.replaceState(null, '', encodeHandoff({ v: 1, course: { title: 'Early reading' }, targets: [], objectiveIds: [] }));
    const first = await open(db);
    await vi.waitFor(() => expect(first.values.courseTitle).toBe('Early reading'));
    expect(location.hash).toBe('');
    type(first, 'course-title', 'Early reading, second cohort');
    await first.draft.save();
    first.remove();
    const second = await open(db);
    expect(second.values.courseTitle).toBe('Early reading, second cohort'); // the draft's edit, not the link again
  });
});
