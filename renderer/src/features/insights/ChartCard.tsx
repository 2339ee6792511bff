import { useContext, useId, useState, type ReactNode } from 'react';
import { Button, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClipboardCopy, IconTable } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { tableToCsv, type CsvCell } from '@shared/insights/csv';
import { ChartHovered } from './HoverTooltip';
import { CardWidthGuess, useWidth } from './useWidth';

export interface Column<T> {
  header: string;
  /** The raw figure, for the CSV (null for none). */
  value: (row: T) => CsvCell;
  /** What the table shows; the raw value when left out. */
  show?: (row: T) => ReactNode;
  numeric?: boolean;
}

/** Puts a chart's numbers on the clipboard as CSV and says so. */
export async function copyCsv<T>(
  columns: readonly Column<T>[],
  rows: readonly T[],
  messages: { copied: string; failed: string },
) {
  try {
    await navigator.clipboard.writeText(tableToCsv(columns, rows));
    notifications.show({ color: 'teal', message: messages.copied });
  } catch {
    notifications.show({ color: 'red', message: messages.failed });
  }
}

/**
 * A titled chart with a "Table" toggle that shows the same numbers as an accessible table, and a button that
 * copies them as CSV. Without a chart, the table is always shown. The card measures its width before the first
 * paint and draws the chart once at that width (a fixed-size chart: no responsive container's second render),
 * with an element under it for the chart's legend.
 */
export function ChartCard<T>({
  title,
  note,
  chart,
  columns,
  rows,
  empty,
  children,
}: {
  title: string;
  note?: ReactNode;
  /** The chart at the card's width; a chart with a legend puts it in `legend` (below the plot). */
  chart?: (width: number, legend: HTMLElement) => ReactNode;
  columns: readonly Column<T>[];
  rows: readonly T[];
  empty?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation('insights');
  const [table, setTable] = useState(false);
  const [hovered, setHovered] = useState(false);
  const headingId = useId();
  const showTable = !chart || table;
  const { ref, width } = useWidth<HTMLDivElement>(useContext(CardWidthGuess));
  // The legend's element exists from the first render, so a chart drawn then can already put its legend in it;
  // it joins the page under the plot when the card commits.
  const [legend] = useState(() => document.createElement('div'));
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={headingId}
      onPointerEnter={hovered ? undefined : () => setHovered(true)}
    >
      <Stack gap="sm" ref={ref}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Title order={3} size="h5" id={headingId}>
              {title}
            </Title>
            {note && (
              <Text size="xs" c="dimmed">
                {note}
              </Text>
            )}
          </Stack>
          {!empty && (
            <Group gap={4}>
              {chart && (
                <Button
                  size="compact-sm"
                  variant={table ? 'light' : 'subtle'}
                  leftSection={<IconTable size={14} aria-hidden />}
                  aria-pressed={table}
                  aria-label={t('chart.showTableLabel', { title })}
                  onClick={() => setTable((v) => !v)}
                >
                  {t('chart.showTable')}
                </Button>
              )}
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconClipboardCopy size={14} aria-hidden />}
                aria-label={t('chart.copyCsvLabel', { title })}
                onClick={() =>
                  void copyCsv(columns, rows, {
                    copied: t('chart.copied', { title }),
                    failed: t('chart.copyFailed'),
                  })
                }
              >
                {t('chart.copyCsv')}
              </Button>
            </Group>
          )}
        </Group>
        {empty ? (
          <Text size="sm" c="dimmed" py="lg" ta="center">
            {t('none')}
          </Text>
        ) : showTable ? (
          <ScrollArea.Autosize mah={360}>
            <Table striped highlightOnHover stickyHeader captionSide="top" fz="sm">
              <caption style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden' }}>
                {title}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Th key={c.header} scope="col" ta={c.numeric ? 'right' : undefined}>
                      {c.header}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, i) => (
                  <Table.Tr key={i}>
                    {columns.map((c, j) => {
                      const content = c.show ? c.show(row) : (c.value(row) ?? '');
                      return j === 0 ? (
                        <Table.Th key={c.header} scope="row" fw={500}>
                          {content}
                        </Table.Th>
                      ) : (
                        <Table.Td key={c.header} ta={c.numeric ? 'right' : undefined}>
                          {content}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        ) : (
          <div>
            <ChartHovered.Provider value={hovered}>
              {width !== null && chart(width, legend)}
            </ChartHovered.Provider>
            <div ref={(el) => void (el && legend.parentNode !== el && el.appendChild(legend))} />
          </div>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
