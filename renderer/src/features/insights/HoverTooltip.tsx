import { createContext, useContext, type ComponentProps } from 'react';
import { Tooltip } from 'recharts';

/** Whether the pointer has come onto a chart's card (ChartCard sets it; it stays set). */
export const ChartHovered = createContext(false);

/**
 * recharts' tooltip, from the first time the pointer comes onto the chart's card: a tooltip's layers and
 * selectors take part in every render of its chart (about a sixth of a chart's cost on the Insights screen),
 * and most charts are only looked at. The pointer crosses the card's edge before it reaches the plot, so the
 * tooltip is in place by the time it is over a point.
 */
export function HoverTooltip(props: ComponentProps<typeof Tooltip>) {
  return useContext(ChartHovered) ? <Tooltip isAnimationActive={false} {...props} /> : null;
}
