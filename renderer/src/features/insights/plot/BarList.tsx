// Horizontal bars, one row per item with its label (every label shown, never thinned out), in plain SVG like
// BandPlot.
import { useState } from 'react';
import { PlotTooltip } from './parts';
import { linear, niceTicks } from './scale';
import { useWidth } from './useWidth';

const ROW = 28;
const TOP = 8;
const BOTTOM = 24;
const LABEL_WIDTH = 150;
const GRID = 'var(--mantine-color-default-border)';
const AXIS_TEXT = 'var(--mantine-color-dimmed)';

export function BarList({
  label,
  rows,
  name,
  color,
  minHeight = 240,
}: {
  label: string;
  rows: readonly { label: string; value: number }[];
  /** What the values are (the tooltip's line). */
  name: string;
  color: string;
  minHeight?: number;
}) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const height = Math.max(minHeight, TOP + BOTTOM + 8 + rows.length * ROW);
  const x0 = LABEL_WIDTH;
  const x1 = (width ?? 0) - 16;
  const rowHeight = (height - TOP - BOTTOM) / Math.max(1, rows.length);
  const ticks = niceTicks(0, Math.max(1, ...rows.map((r) => r.value)), 5, true);
  const x = linear([0, ticks[ticks.length - 1] as number], [x0, x1]);
  const hovered = hover === null ? undefined : rows[hover];
  return (
    <div ref={ref} style={{ position: 'relative', height }}>
      {width !== null && (
        <svg
          width={width}
          height={height}
          role="img"
          aria-label={label}
          onMouseLeave={() => setHover(null)}
          style={{ display: 'block', overflow: 'visible' }}
        >
          <g fontSize={12} fill={AXIS_TEXT}>
            {ticks.map((v) => (
              <g key={v}>
                <line x1={x(v)} x2={x(v)} y1={TOP} y2={height - BOTTOM} stroke={GRID} strokeDasharray="3 3" />
                <text x={x(v)} y={height - BOTTOM + 16} textAnchor="middle">
                  {v}
                </text>
              </g>
            ))}
          </g>
          {rows.map((r, i) => {
            const y = TOP + rowHeight * i;
            return (
              <g key={r.label} onMouseEnter={() => setHover(i)}>
                <rect x={0} y={y} width={width} height={rowHeight} fill="transparent" />
                {hover === i && (
                  <rect
                    x={x0}
                    y={y}
                    width={x1 - x0}
                    height={rowHeight}
                    fill="var(--mantine-color-gray-5)"
                    opacity={0.15}
                  />
                )}
                <text
                  x={x0 - 8}
                  y={y + rowHeight / 2}
                  textAnchor="end"
                  dominantBaseline="middle"
                  fontSize={12}
                  fill="var(--mantine-color-text)"
                >
                  {r.label}
                </text>
                {r.value > 0 && (
                  <rect
                    x={x0}
                    y={y + rowHeight * 0.15}
                    width={x(r.value) - x0}
                    height={rowHeight * 0.7}
                    fill={color}
                  />
                )}
              </g>
            );
          })}
        </svg>
      )}
      {hovered && hover !== null && (
        <PlotTooltip
          title={hovered.label}
          items={[{ name, color, value: String(hovered.value) }]}
          x={x(hovered.value)}
          y={TOP + rowHeight * hover}
          flip={x(hovered.value) > (width ?? 0) / 2}
          gap={8}
        />
      )}
    </div>
  );
}
