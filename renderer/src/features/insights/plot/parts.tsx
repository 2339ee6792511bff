// The legend and the hover tooltip of the insights charts (HTML over the SVG).
import { Group, Paper, Stack, Text } from '@mantine/core';

export interface TooltipItem {
  name: string;
  color: string;
  value: string;
}

export function Legend({ items }: { items: readonly { name: string; color: string }[] }) {
  return (
    <Group gap="md" justify="center" mt={6}>
      {items.map((item) => (
        <Group key={item.name} gap={6} wrap="nowrap">
          <span
            aria-hidden
            style={{
              width: 10,
              height: 10,
              borderRadius: 2,
              background: item.color,
              display: 'inline-block',
            }}
          />
          <Text size="xs" c="dimmed">
            {item.name}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

/** Beside the hovered point: to its right, or to its left in the right half of the chart. */
export function PlotTooltip({
  title,
  items,
  x,
  y = 8,
  flip,
  gap,
}: {
  title: string;
  items: readonly TooltipItem[];
  x: number;
  y?: number;
  flip: boolean;
  gap: number;
}) {
  return (
    <Paper
      withBorder
      shadow="sm"
      p={8}
      radius="sm"
      style={{
        position: 'absolute',
        top: y,
        left: flip ? undefined : x + gap,
        right: flip ? `calc(100% - ${x - gap}px)` : undefined,
        pointerEvents: 'none',
        whiteSpace: 'nowrap',
        zIndex: 1,
      }}
    >
      <Stack gap={2}>
        <Text size="xs" fw={600}>
          {title}
        </Text>
        {items.map((item) => (
          <Text key={item.name} size="xs" style={{ color: item.color }}>
            {item.name}: {item.value}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
