/** Small SVG charts for item analysis: no chart library, readable numbers beside every bar. */

export function OptionBars({
  options,
  total,
}: {
  options: ReadonlyArray<{ id: string; text: string; correct: boolean; count: number }>;
  total: number;
}) {
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
      aria-label="How often each option was picked"
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
              {`${o.count} (${Math.round(share * 100)}%)`}
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
  const width = 220;
  const x = value === null ? null : ((value - min) / (max - min)) * width;
  return (
    <svg
      className="chart"
      width={width + 60}
      height={34}
      role="img"
      aria-label={`${label}: ${value === null ? 'not enough data' : value.toFixed(2)}`}
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
        {value === null ? '—' : value.toFixed(2)}
      </text>
    </svg>
  );
}

/** Scores of every finished attempt, in 10% bands. */
export function ScoreHistogram({ percentages }: { percentages: readonly number[] }) {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const p of percentages)
    bins[Math.min(9, Math.floor(p / 10))] = (bins[Math.min(9, Math.floor(p / 10))] ?? 0) + 1;
  const max = Math.max(1, ...bins);
  const w = 36;
  const h = 100;
  return (
    <svg
      className="chart"
      width={bins.length * w + 10}
      height={h + 30}
      role="img"
      aria-label="Score distribution in 10% bands"
    >
      {bins.map((n, i) => (
        <g key={i}>
          <rect
            className="chart__bar"
            x={i * w + 4}
            y={h - (n / max) * h + 4}
            width={w - 8}
            height={(n / max) * h}
            rx={2}
          />
          <text x={i * w + 6} y={h + 20}>
            {`${i * 10}`}
          </text>
          {n > 0 && (
            <text x={i * w + 8} y={h - (n / max) * h}>
              {n}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
