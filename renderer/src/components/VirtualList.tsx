import { memo, useLayoutEffect, useReducer, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { liveRead } from '@/db/order-reads';
import { Box } from '@mantine/core';
import classes from './VirtualList.module.css';

export interface VirtualListProps<T extends { id: string }> {
  /** Every row's id, in display order. Only the visible window's rows are read. */
  ids: readonly string[];
  /** Reads rows by id (a repository function); re-run live when they change. */
  load?: (ids: string[]) => Promise<T[]>;
  /** Rows read before the list mounted (at boot), shown until their block's live query answers. */
  firstRows?: ReadonlyMap<string, T>;
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
/** Blocks whose rows (and live queries) are kept after they scroll out of the window. */
const KEEP_BLOCKS = 12;

interface Block<T> {
  sub: { unsubscribe(): void };
  rows: T[] | undefined;
}

/**
 * The rows of the blocks between `from` and `to`, each block its own live query: a block already read
 * is not read again when scrolling reaches the next one, only when its rows change. Rows of the latest
 * blocks stay (and stay live) after they scroll away, so scrolling back shows them at once.
 */
function useBlockRows<T extends { id: string }>(
  ids: readonly string[],
  from: number,
  to: number,
  load: ((ids: string[]) => Promise<T[]>) | undefined,
): ReadonlyMap<string, T> {
  const [, changed] = useReducer((n: number) => n + 1, 0);
  // Blocks by their ids (joined), most recently wanted last.
  const blocks = useRef(new Map<string, Block<T>>());
  const byId = useRef(new Map<string, T>());
  const loadRef = useRef(load);

  const wanted: { key: string; ids: string[] }[] = [];
  if (load) {
    for (let b = from; b < to; b += BLOCK) {
      const blockIds = ids.slice(b, Math.min(to, b + BLOCK));
      wanted.push({ key: blockIds.join(','), ids: blockIds });
    }
  }
  const wantedKey = wanted.map((w) => w.key).join('|');

  // A layout effect: the first blocks are asked for right after the first commit, before it paints.
  useLayoutEffect(() => {
    const all = blocks.current;
    if (loadRef.current !== load) {
      for (const b of all.values()) b.sub.unsubscribe();
      all.clear();
      byId.current = new Map();
      loadRef.current = load;
    }
    if (!load) return;
    const reindex = () => {
      const m = new Map<string, T>();
      for (const b of all.values()) for (const r of b.rows ?? []) m.set(r.id, r);
      byId.current = m;
      changed();
    };
    for (const w of wanted) {
      const had = all.get(w.key);
      if (had) {
        all.delete(w.key);
        all.set(w.key, had);
        continue;
      }
      const block: Block<T> = { sub: { unsubscribe: () => undefined }, rows: undefined };
      all.set(w.key, block);
      block.sub = liveRead(() => load(w.ids)).subscribe({
        next: (rows) => {
          block.rows = rows;
          if (all.get(w.key) === block) {
            for (const r of rows) byId.current.set(r.id, r);
            // A row that left the block (deleted) must not linger.
            if (rows.length < w.ids.length) reindex();
            else changed();
          }
        },
        error: (e: unknown) => console.error(e),
      });
    }
    let excess = all.size - Math.max(KEEP_BLOCKS, wanted.length);
    if (excess > 0) {
      for (const [key, b] of all) {
        if (excess-- <= 0) break;
        b.sub.unsubscribe();
        all.delete(key);
      }
      reindex();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `wanted` is keyed by `wantedKey`
  }, [wantedKey, load]);

  useLayoutEffect(
    () => () => {
      for (const b of blocks.current.values()) b.sub.unsubscribe();
      blocks.current.clear();
    },
    [],
  );

  // eslint-disable-next-line react-hooks/refs -- the map is replaced or filled before `changed` re-renders
  return byId.current;
}

/**
 * A long list that reads only what is on screen: the ids come from an index (cheap), the rows for the
 * visible blocks through a live query, so edits show at once and 50k rows scroll like 50.
 */
export function VirtualList<T extends { id: string }>({
  ids,
  load,
  firstRows,
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
  const blocks = useBlockRows(ids, from, to, load);

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
          const row = getRow ? getRow(id) : (blocks.get(id) ?? firstRows?.get(id));
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
