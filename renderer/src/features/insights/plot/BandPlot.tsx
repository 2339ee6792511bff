// A chart over periods: one band per row along the x axis, bars (side by side or stacked) and lines on a left
// and an optional right axis, a legend and a tooltip on hover. Plain SVG drawn in one pass: the charting
// library it replaces spent ~60 ms a chart on mount (a store, selectors and a second render per chart), which
// the screen's 200 ms budget cannot carry. The same numbers are in each chart's table view.
import { useState, type MouseEvent } from 'react';
import { Legend, PlotTooltip, type TooltipItem } from './parts';
import { labelStep, linear, niceTicks, textWidth } from './scale';
import { useWidth } from './useWidth';

export interface Axis {
  /** Fixed; else from 0 (or the lowest value, when negative) to the highest, rounded. */
  domain?: readonly [number, number];
  format?: (v: number) => string;
  integer?: boolean;
  width: number;
  unit?: string;
}

export interface PlotSeries<T> {
  type: 'bar' | 'line';
  name: string;
  color: string;
  value: (row: T) => number | null;
  axis?: 'left' | 'right';
  /** Bars of one stack id are drawn on top of each other. */
  stack?: string;
  dots?: boolean;
  /** The value in the tooltip. */
  format?: (v: number) => string;
}

export interface BandPlotProps<T> {
  label: string;
  rows: readonly T[];
  /** The x label of a row (its period). */
  tick: (row: T) => string;
  series: readonly PlotSeries<T>[];
  left: Axis;
  right?: Axis;
  reference?: { y: number; axis?: 'left' | 'right'; color: string; dashed?: boolean };
  legend?: boolean;
  height?: number;
}

const TOP = 8;
const BOTTOM = 24;
const GRID = 'var(--mantine-color-default-border)';
const AXIS_TEXT = 'var(--mantine-color-dimmed)';

export function BandPlot<T>(props: BandPlotProps<T>) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const height = props.height ?? 240;
  return (
    <div>
      <div ref={ref} style={{ position: 'relative', height }}>
        {width !== null && <Plot {...props} width={width} height={height} />}
      </div>
      {props.legend && <Legend items={props.series.map((s) => ({ name: s.name, color: s.color }))} />}
    </div>
  );
}

function Plot<T>({
  label,
  rows,
  tick,
  series,
  left,
  right,
  reference,
  width,
  height,
}: BandPlotProps<T> & { width: number; height: number }) {
  const [hover, setHover] = useState<number | null>(null);
  const x0 = left.width;
  const x1 = width - (right?.width ?? 16);
  const y0 = TOP;
  const y1 = height - BOTTOM;
  const band = (x1 - x0) / Math.max(1, rows.length);
  const mid = (i: number) => x0 + band * (i + 0.5);

  const scales = {
    left: axisScale(left, rows, series, 'left', [y1, y0]),
    right: right ? axisScale(right, rows, series, 'right', [y1, y0]) : undefined,
  };
  const scaleOf = (s: { axis?: 'left' | 'right' }) => (s.axis === 'right' && scales.right) || scales.left;

  const bars = series.filter((s) => s.type === 'bar');
  const groups = [...new Set(bars.map((s, i) => s.stack ?? `#${i}`))];
  const barWidth = Math.max(1, (band * 0.8) / Math.max(1, groups.length));

  const labels = rows.map(tick);
  const step = labelStep(band, Math.max(0, ...labels.map(textWidth)));

  const onMove = (e: MouseEvent<SVGSVGElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    const i = Math.floor((x - x0) / band);
    setHover(i >= 0 && i < rows.length ? i : null);
  };

  const hovered = hover === null ? undefined : rows[hover];
  const items: TooltipItem[] = hovered
    ? series.map((s) => {
        const v = s.value(hovered);
        return { name: s.name, color: s.color, value: v === null ? '–' : (s.format ?? String)(v) };
      })
    : [];

  return (
    <>
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={label}
        onMouseMove={onMove}
        onMouseLeave={() => setHover(null)}
        style={{ display: 'block', overflow: 'visible' }}
      >
        <g fontSize={12} fill={AXIS_TEXT}>
          {scales.left.ticks.map((v) => (
            <g key={`l${v}`}>
              <line
                x1={x0}
                x2={x1}
                y1={scales.left.y(v)}
                y2={scales.left.y(v)}
                stroke={GRID}
                strokeDasharray="3 3"
              />
              <text x={x0 - 6} y={scales.left.y(v)} textAnchor="end" dominantBaseline="middle">
                {(left.format ?? String)(v)}
                {left.unit}
              </text>
            </g>
          ))}
          {scales.right?.ticks.map((v) => (
            <text key={`r${v}`} x={x1 + 6} y={scales.right!.y(v)} dominantBaseline="middle">
              {(right?.format ?? String)(v)}
              {right?.unit}
            </text>
          ))}
          {labels.map((text, i) =>
            i % step === 0 ? (
              <text key={i} x={mid(i)} y={y1 + 16} textAnchor="middle">
                {text}
              </text>
            ) : null,
          )}
        </g>
        <line x1={x0} x2={x1} y1={y1} y2={y1} stroke={GRID} />
        {hover !== null && (
          <rect
            x={x0 + band * hover}
            y={y0}
            width={band}
            height={y1 - y0}
            fill="var(--mantine-color-gray-5)"
            opacity={0.15}
          />
        )}
        {groups.map((group, g) => {
          const offset = -(groups.length * barWidth) / 2 + g * barWidth;
          const inGroup = bars.filter((s, i) => (s.stack ?? `#${i}`) === group);
          return rows.map((row, i) => {
            let base = 0;
            return inGroup.map((s) => {
              const v = s.value(row) ?? 0;
              if (v === 0) return null;
              const scale = scaleOf(s);
              const top = scale.y(base + v);
              const bottom = scale.y(base);
              base += v;
              return (
                <rect
                  key={`${group}-${i}-${s.name}`}
                  x={mid(i) + offset}
                  y={Math.min(top, bottom)}
                  width={barWidth}
                  height={Math.abs(bottom - top)}
                  fill={s.color}
                />
              );
            });
          });
        })}
        {series
          .filter((s) => s.type === 'line')
          .map((s) => {
            const scale = scaleOf(s);
            const points = rows.map((row, i) => {
              const v = s.value(row);
              return v === null ? null : ([mid(i), scale.y(v)] as const);
            });
            return (
              <g key={s.name}>
                <path d={linePath(points)} fill="none" stroke={s.color} strokeWidth={2} />
                {s.dots &&
                  points.map((p, i) =>
                    p ? (
                      <circle
                        key={i}
                        cx={p[0]}
                        cy={p[1]}
                        r={3}
                        fill="#fff"
                        stroke={s.color}
                        strokeWidth={2}
                      />
                    ) : null,
                  )}
              </g>
            );
          })}
        {reference && (
          <line
            x1={x0}
            x2={x1}
            y1={scaleOf(reference).y(reference.y)}
            y2={scaleOf(reference).y(reference.y)}
            stroke={reference.color}
            strokeDasharray={reference.dashed ? '6 4' : undefined}
          />
        )}
      </svg>
      {hover !== null && (
        <PlotTooltip
          title={labels[hover] ?? ''}
          items={items}
          x={mid(hover)}
          flip={mid(hover) > width / 2}
          gap={band / 2 + 8}
        />
      )}
    </>
  );
}

function axisScale<T>(
  axis: Axis,
  rows: readonly T[],
  series: readonly PlotSeries<T>[],
  side: 'left' | 'right',
  range: readonly [number, number],
) {
  let domain = axis.domain;
  if (!domain) {
    let lo = 0;
    let hi = 0;
    const onAxis = series.filter((s) => (s.axis ?? 'left') === side);
    for (const row of rows) {
      const stacks = new Map<string, number>();
      onAxis.forEach((s, i) => {
        const v = s.value(row);
        if (v === null) return;
        const key = s.type === 'bar' && s.stack ? s.stack : `#${i}`;
        const total = (stacks.get(key) ?? 0) + v;
        stacks.set(key, total);
        lo = Math.min(lo, total);
        hi = Math.max(hi, total);
      });
    }
    const ticks = niceTicks(lo, hi > lo ? hi : lo + 1, 5, axis.integer);
    domain = [ticks[0] as number, ticks[ticks.length - 1] as number];
    return { ticks, y: linear(domain, range) };
  }
  const [d0, d1] = domain;
  const ticks = niceTicks(d0, d1, 5, axis.integer).filter((v) => v >= d0 - 1e-9 && v <= d1 + 1e-9);
  return { ticks, y: linear(domain, range) };
}

/** A line through the points, broken where a point is missing (a period without data is a gap, not 0). */
function linePath(points: readonly (readonly [number, number] | null)[]): string {
  let d = '';
  let drawing = false;
  for (const p of points) {
    if (!p) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${p[0].toFixed(1)},${p[1].toFixed(1)}`;
    drawing = true;
  }
  return d;
}
