import type { Problem } from '@cpd-lens/core';
import { useEffect, useRef } from 'preact/hooks';

/** A GOV.UK-style error summary: a heading, then each problem as "path: message"; it takes focus when shown. */
export function ErrorSummary({ title, problems, where }: { title: string; problems: Problem[]; where?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) box.current?.focus();
  }, [problems]);
  if (!problems.length) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box}>
      <h2>{title}</h2>
      <ul>
        {problems.slice(0, 20).map((p, i) => (
          <li key={i}>
            {where ? `${where}: ` : ''}
            {p.path ? `${p.path} ` : ''}
            {p.message}
          </li>
        ))}
      </ul>
      {problems.length > 20 && <p>…and {problems.length - 20} more.</p>}
    </div>
  );
}
