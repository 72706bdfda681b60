/** Small SVG charts for item analysis: no chart library, readable numbers beside every bar. */
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

export function OptionBars({
  options,
  total,
}: {
  options: ReadonlyArray<{ id: string; text: string; correct: boolean; count: number }>;
  total: number;
}) {
  const intl = useIntl();
  const rowH = 22;
  const width = 320;
  const labelW = 120;
  const barMax = width - labelW - 60;
  return (
    <svg
      className="chart"
      width={width}
      height={options.length * rowH + 4}
      role="img"
      aria-label={intl.formatMessage(messages.optionPicks)}
    >
      {options.map((o, i) => {
        const share = total > 0 ? o.count / total : 0;
        const y = i * rowH + 2;
        return (
          <g key={o.id}>
            <text x={0} y={y + 14}>
              {`${String.fromCharCode(65 + i)}. ${o.text}`.slice(0, 18)}
            </text>
            <rect
              className={`chart__bar${o.correct ? ' chart__bar--correct' : ''}`}
              x={labelW}
              y={y + 3}
              width={Math.max(1, share * barMax)}
              height={rowH - 8}
              rx={2}
            />
            <text x={labelW + share * barMax + 6} y={y + 14}>
              {intl.formatMessage(messages.optionCount, { count: o.count, share })}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A value on a scale with the usual reading bands shaded: facility 0..1 or discrimination -1..1. */
export function Gauge({
  value,
  min,
  max,
  label,
  warnBelow,
}: {
  value: number | null;
  min: number;
  max: number;
  label: string;
  warnBelow: number;
}) {
  const intl = useIntl();
  const width = 220;
  const x = value === null ? null : ((value - min) / (max - min)) * width;
  return (
    <svg
      className="chart"
      width={width + 60}
      height={34}
      role="img"
      aria-label={intl.formatMessage(messages.gaugeLabel, {
        label,
        value:
          value === null
            ? intl.formatMessage(messages.notEnoughData)
            : intl.formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      })}
    >
      <rect x={0} y={10} width={width} height={10} rx={5} fill="var(--c-surface-sunken)" />
      <rect
        x={0}
        y={10}
        width={((warnBelow - min) / (max - min)) * width}
        height={10}
        rx={5}
        fill="var(--c-danger-soft)"
      />
      {x !== null && (
        <rect
          className={`chart__bar${value !== null && value < warnBelow ? ' chart__bar--warn' : ''}`}
          x={Math.max(0, x - 3)}
          y={4}
          width={6}
          height={22}
          rx={2}
        />
      )}
      <text x={width + 8} y={20}>
        {value === null
          ? '—'
          : intl.formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
      </text>
    </svg>
  );
}

/** The bands' names: `0–9`, …, `90–100` (the top band holds full marks). */
const bandLabel = (i: number) => (i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`);

/** Scores of every finished attempt, in 10% bands, with both axes labelled and a count on every bar. */
export function ScoreHistogram({ percentages }: { percentages: readonly number[] }) {
  const intl = useIntl();
  const bins = Array.from({ length: 10 }, () => 0);
  for (const p of percentages) {
    const i = Math.max(0, Math.min(9, Math.floor(p / 10)));
    bins[i] = (bins[i] ?? 0) + 1;
  }
  const max = Math.max(1, ...bins);
  // Whole-number ticks on the count axis: 0, the top, and the middle where it is whole.
  const ticks = [...new Set([0, Math.round(max / 2), max])];
  const left = 44;
  const top = 16;
  const w = 44;
  const h = 120;
  const width = left + bins.length * w + 8;
  const height = top + h + 52;
  const y = (n: number) => top + h - (n / max) * h;
  const summary = bins
    .map((n, i) => intl.formatMessage(messages.bandSummary, { band: bandLabel(i), count: n }))
    .join(', ');
  return (
    <svg
      className="chart"
      width={width}
      height={height}
      role="img"
      aria-label={intl.formatMessage(messages.histogramLabel, { summary })}
    >
      <text className="chart__axis-title" x={0} y={10}>
        {intl.formatMessage(messages.axisAttempts)}
      </text>
      {ticks.map((t) => (
        <g key={t}>
          <line className="chart__grid" x1={left - 4} x2={width - 8} y1={y(t)} y2={y(t)} />
          <text className="chart__tick" x={left - 8} y={y(t) + 4} textAnchor="end">
            {t}
          </text>
        </g>
      ))}
      <line className="chart__axis" x1={left} x2={left} y1={top} y2={top + h} />
      <line className="chart__axis" x1={left} x2={width - 8} y1={top + h} y2={top + h} />
      {bins.map((n, i) => (
        <g key={i}>
          <rect
            className="chart__bar"
            x={left + i * w + 6}
            y={y(n)}
            width={w - 12}
            height={(n / max) * h}
            rx={2}
          />
          <text className="chart__count" x={left + i * w + w / 2} y={y(n) - 4} textAnchor="middle">
            {n}
          </text>
          <text
            className="chart__tick"
            x={left + i * w + w / 2}
            y={top + h + 16}
            textAnchor="middle"
          >
            {bandLabel(i)}
          </text>
        </g>
      ))}
      <text
        className="chart__axis-title"
        x={left + (bins.length * w) / 2}
        y={top + h + 40}
        textAnchor="middle"
      >
        {intl.formatMessage(messages.axisScore)}
      </text>
    </svg>
  );
}
