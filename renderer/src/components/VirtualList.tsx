import { memo, useMemo, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { Box } from '@mantine/core';
import classes from './VirtualList.module.css';

export interface VirtualListProps<T extends { id: string }> {
  /** Every row's id, in display order. Only the visible window's rows are read. */
  ids: readonly string[];
  /** Reads rows by id (a repository function); re-run live when they change. */
  load?: (ids: string[]) => Promise<T[]>;
  /** Or: rows already in memory, looked up synchronously (no query, no wait). */
  getRow?: (id: string) => T | undefined;
  rowHeight: number;
  renderRow: (row: T | undefined, index: number) => ReactNode;
  label: string;
  height?: number | string;
  overscan?: number;
  /** Names the scroll container (`data-scroll`) for the bench and tests. */
  scrollId?: string;
}

/** Rows are read in blocks of this many, so scrolling re-queries once a block, not once a row. */
const BLOCK = 48;

/**
 * A long list that reads only what is on screen: the ids come from an index (cheap), the rows for the
 * visible blocks through a live query, so edits show at once and 50k rows scroll like 50.
 */
export function VirtualList<T extends { id: string }>({
  ids,
  load,
  getRow,
  rowHeight,
  renderRow,
  label,
  height = '100%',
  overscan = 8,
  scrollId,
}: VirtualListProps<T>) {
  const parentRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders us on scroll by design
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => rowHeight,
    overscan,
    // Scroll updates render with React's own scheduling, not a synchronous render inside every scroll event.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? Math.min(ids.length, BLOCK) - 1;
  // The window, widened to whole blocks: its bounds only move when scrolling crosses a block edge. Within
  // half a block of an edge the next block is read too, so rows are in before they scroll into view.
  const from = Math.floor(Math.max(0, first - BLOCK / 2) / BLOCK) * BLOCK;
  const to = Math.min(ids.length, (Math.floor((last + BLOCK / 2) / BLOCK) + 1) * BLOCK);
  const windowIds = useMemo(() => ids.slice(from, to), [ids, from, to]);

  // Rows of the previous window stay until the new ones arrive, so scrolling never flashes empty rows.
  const cache = useRef(new Map<string, T>());
  const rows = useLiveQuery(() => (load ? load(windowIds) : undefined), [windowIds, load]);
  if (rows) for (const r of rows) cache.current.set(r.id, r);
  if (cache.current.size > 4 * BLOCK * 4) cache.current = new Map(rows?.map((r) => [r.id, r]));

  return (
    <Box
      ref={parentRef}
      role="list"
      aria-label={label}
      tabIndex={0}
      data-scroll={scrollId}
      style={{ height, overflow: 'auto', contain: 'strict' }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        {items.map((v) => {
          const id = ids[v.index]!;
          const row = getRow ? getRow(id) : cache.current.get(id);
          return (
            <div
              key={id}
              role="listitem"
              data-index={v.index}
              data-loaded={row ? '' : undefined}
              aria-setsize={ids.length}
              aria-posinset={v.index + 1}
              className={classes.item}
              style={{ height: rowHeight, transform: `translateY(${v.start}px)` }}
            >
              <RowContent row={row} index={v.index} render={renderRow} />
            </div>
          );
        })}
      </div>
    </Box>
  );
}

interface RowContentProps {
  row: unknown;
  index: number;
  render: (row: never, index: number) => ReactNode;
}

/** A row re-renders only when its data changes, not on every scroll frame. */
const RowContent = memo(function RowContent({ row, index, render }: RowContentProps) {
  return render(row as never, index);
});
