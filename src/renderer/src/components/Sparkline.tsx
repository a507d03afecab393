// A tiny SVG trend line for a KPI card: cheaper to paint than a canvas chart and readable by screen readers.
import type { ReactNode } from 'react';

export function Sparkline({
  values,
  label,
  color,
}: {
  values: number[];
  label: string;
  color: string;
}): ReactNode {
  const w = 200;
  const h = 32;
  if (values.length < 2) return <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label} />;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = w / (values.length - 1);
  const points = values
    .map((v, i) => `${(i * step).toFixed(1)},${(h - 2 - ((v - min) / span) * (h - 4)).toFixed(1)}`)
    .join(' ');
  return (
    <svg
      viewBox={`0 0 ${w} ${h}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      data-testid="sparkline"
    >
      <polyline
        points={points}
        fill="none"
        stroke={color}
        strokeWidth="1.5"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
