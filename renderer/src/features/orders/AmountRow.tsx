import { Group, Text } from '@mantine/core';

/** One line of an order's money summary: a dimmed label, the amount on the right. */
export function AmountRow({ label, value }: { label: string; value: string }) {
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
}
