import type { Row } from './model.ts';

const COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#4c2c92', '#b58840', '#f499be', '#28a197', '#6f72af'];
const LABEL_W = 220;
const BAR_H = 10;
const GAP = 8;
const CHART_W = 300;

/**
 * Criteria scores per course as grouped horizontal bars (a plain SVG, no chart library). Unknown
 * criteria show as an outlined "?" so they are never mistaken for a zero.
 */
export function CriteriaChart({ rows }: { rows: Row[] }) {
  if (!rows.length) return null;
  const shown = rows.slice(0, COLOURS.length);
  const criteria = shown[0]!.result.criteria.filter((c) => c.weight > 0);
  const groupH = shown.length * BAR_H + GAP;
  const height = criteria.length * groupH + 24;
  const width = LABEL_W + CHART_W + 40;
  return (
    <figure>
      <figcaption>
        Criteria scores per course, out of 10.{' '}
        {shown.map((r, i) => (
          <span key={r.saved.id} class="legend">
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" fill={COLOURS[i]} />
            </svg>{' '}
            {r.saved.course.title}{' '}
          </span>
        ))}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={`Chart of ${criteria.length} criteria for ${shown.length} courses; the same figures are in the table below it.`}>
        {criteria.map((c, ci) => {
          const y0 = ci * groupH;
          return (
            <g key={c.id}>
              <text x={LABEL_W - 6} y={y0 + (shown.length * BAR_H) / 2 + 4} text-anchor="end" font-size="11" fill="#0b0c0c">
                {c.label.length > 34 ? `${c.label.slice(0, 33)}…` : c.label}
              </text>
              {shown.map((r, ri) => {
                const score = r.result.criteria.find((x) => x.id === c.id)?.score ?? null;
                const y = y0 + ri * BAR_H;
                return score === null ? (
                  <g key={r.saved.id}>
                    <rect x={LABEL_W} y={y + 1} width={14} height={BAR_H - 2} fill="none" stroke={COLOURS[ri]} />
                    <text x={LABEL_W + 18} y={y + BAR_H - 1} font-size="9" fill="#0b0c0c">
                      ?
                    </text>
                  </g>
                ) : (
                  <rect key={r.saved.id} x={LABEL_W} y={y + 1} width={Math.max(1, score * CHART_W)} height={BAR_H - 2} fill={COLOURS[ri]} />
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
