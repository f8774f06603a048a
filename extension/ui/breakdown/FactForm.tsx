import { FUNDING_ROUTES, parseSets, type Corrections, type Course } from '@cpd-lens/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FactsMessages } from '../../i18n/facts.ts';
import { fill } from '../../i18n/locale.ts';
import type { FactId } from './facts.ts';

type Correctable = Exclude<FactId, 'travel'>;
const BASIS_WORD = { 'per-participant': 'participant', 'per-school': 'school', 'per-group': 'group' } as const;
const VATS = ['included', 'excluded', 'exempt', 'unknown'] as const;
const DELIVERIES = ['face-to-face', 'online-live', 'online-self-paced', 'blended', 'in-school'] as const;
const STATUSES = ['open', 'full', 'cancelled', 'past'] as const;

/** The form's starting values: what the course says now (`route`: the funded route its profile found). */
function initial(id: Correctable, course: Course, route: string | undefined): Record<string, string> {
  const p = course.price;
  const c = course.corrections;
  switch (id) {
    case 'price':
      return { amount: p ? String(p.amount) : '', basis: p && p.basis in BASIS_WORD ? p.basis : 'per-participant', covers: p?.covers ? String(p.covers) : '' };
    case 'vat':
      return { value: p?.vat ?? c?.vat?.value ?? 'unknown' };
    case 'sessions':
      return { value: (course.sessions ?? []).map((s) => `${s.start.slice(0, 10)}${s.start.length >= 16 ? ` ${s.start.slice(11, 16)}${s.end && s.end.length >= 16 ? `-${s.end.slice(11, 16)}` : ''}` : ''}`).join('\n') };
    case 'delivery':
      return { value: course.delivery ?? 'face-to-face' };
    case 'funding':
      return { value: c?.funding?.route ?? route ?? 'none' };
    case 'status':
      return { value: c?.status?.value ?? 'open' };
  }
}

/** The form's values as `field=value` pairs for core's parser (the same as the CLI's `--set`). */
function pairs(id: Correctable, v: Record<string, string>): string[] {
  if (id === 'price') {
    const out = [`price=${v.amount!.trim()}/${BASIS_WORD[v.basis as keyof typeof BASIS_WORD]}`];
    if (v.covers!.trim() && v.basis !== 'per-participant') out.push(`covers=${v.covers!.trim()}`);
    return out;
  }
  if (id === 'sessions') return [`sessions=${v.value!.split('\n').map((l) => l.trim().replace(/\s+/, ' ')).filter(Boolean).join(',')}`];
  return [`${id}=${v.value}`];
}

/**
 * A small form that corrects one fact in place: price (amount, whom it is for, staff covered), VAT,
 * sessions, delivery, funding or status. It checks the values with core's parser and says what to fix.
 */
export function FactForm({ id, course, route, t, onApply, onCancel }: { id: Correctable; course: Course; route?: string; t: FactsMessages; onApply: (c: Corrections) => Promise<boolean>; onCancel: () => void }) {
  const [values, setValues] = useState(() => initial(id, course, route));
  const [problem, setProblem] = useState<{ field: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = (k: string) => (e: Event) => setValues({ ...values, [k]: (e.currentTarget as HTMLInputElement).value });
  const fid = (k: string) => `fix-${id}-${k}`;
  const errorOf = (k: string) => (problem?.field === k ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${fid(k)}-error` } : {});

  async function submit(e: Event) {
    e.preventDefault();
    const checked = parseSets(pairs(id, values), new Date().toISOString());
    if (!checked.ok) {
      const path = checked.problems[0]!.path;
      const field = path === 'covers' ? 'covers' : id === 'price' ? 'amount' : 'value';
      const text = field === 'covers' ? t.invalidCovers : id === 'price' ? t.invalidAmount : t.invalidSessions;
      setProblem({ field, text });
      return;
    }
    setProblem(null);
    setBusy(true);
    const ok = await onApply(checked.value);
    setBusy(false);
    if (!ok) setProblem({ field: '', text: t.failed });
  }

  const select = (k: string, options: readonly string[], names: Record<string, string>) => (
    <select id={fid(k)} ref={first} value={values[k]} onChange={set(k)}>
      {options.map((o) => (
        <option key={o} value={o}>
          {names[o]}
        </option>
      ))}
    </select>
  );
  const error = (k: string) =>
    problem?.field === k && (
      <p id={`${fid(k)}-error`} class="fix-error">
        {fill(t.invalid, { problem: problem.text })}
      </p>
    );

  return (
    <form class="fix" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())} aria-label={fill(t.correctName, { fact: t.names[id].toLowerCase() })}>
      {id === 'price' ? (
        <>
          <label for={fid('amount')}>{t.amount}</label>
          <input id={fid('amount')} ref={first} inputMode="decimal" autoComplete="off" value={values.amount} onInput={set('amount')} {...errorOf('amount')} />
          {error('amount')}
          <label for={fid('basis')}>{t.whoFor}</label>
          <select id={fid('basis')} value={values.basis} onChange={set('basis')}>
            {(['per-participant', 'per-school', 'per-group'] as const).map((b) => (
              <option key={b} value={b}>
                {t.basis[b]}
              </option>
            ))}
          </select>
          {values.basis !== 'per-participant' && (
            <>
              <label for={fid('covers')}>{t.covers}</label>
              <input id={fid('covers')} inputMode="numeric" autoComplete="off" value={values.covers} onInput={set('covers')} {...errorOf('covers')} />
              {error('covers')}
            </>
          )}
        </>
      ) : id === 'sessions' ? (
        <>
          <label for={fid('value')}>{t.sessionsField}</label>
          <p id={`${fid('value')}-hint`} class="small muted">
            {t.sessionsHint}
          </p>
          <textarea id={fid('value')} ref={first} rows={3} value={values.value} onInput={set('value')} aria-describedby={problem ? `${fid('value')}-error` : `${fid('value')}-hint`} aria-invalid={problem?.field === 'value' ? 'true' : undefined} />
          {error('value')}
        </>
      ) : (
        <>
          <label for={fid('value')}>{t.names[id]}</label>
          {id === 'vat' && select('value', VATS, t.vat)}
          {id === 'delivery' && select('value', DELIVERIES, t.delivery)}
          {id === 'funding' && select('value', [...FUNDING_ROUTES, 'none'], t.funding)}
          {id === 'status' && select('value', STATUSES, t.status)}
        </>
      )}
      {problem?.field === '' && <p class="fix-error">{problem.text}</p>}
      <div class="fix-actions">
        <button type="submit" disabled={busy}>
          {t.apply}
        </button>
        <button type="button" class="link" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
