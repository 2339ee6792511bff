// Axis arithmetic for the insights charts: round tick values and linear scales.

/** About `count` round tick values (steps of 1, 2, 2.5 or 5 × 10^n) from min or below to max or above. */
export function niceTicks(min: number, max: number, count = 5, integer = false): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  let step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  if (integer) step = Math.max(1, Math.ceil(step));
  // From the last step at or below min to the first at or above max.
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(10)));
  return ticks;
}

/** Maps a value of the domain onto the range (pixels), linearly. */
export function linear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]) {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v: number) => r0 + (v - d0) * k;
}

/** Every how many bands a label goes, so labels about `labelPx` wide keep `gap` px apart. */
export function labelStep(bandPx: number, labelPx: number, gap = 16): number {
  return Math.max(1, Math.ceil((labelPx + gap) / Math.max(bandPx, 0.001)));
}

/** A rough width of a label in the axis font (12 px): layout is not measured, to keep drawing cheap. */
export function textWidth(text: string): number {
  return text.length * 6.5;
}
