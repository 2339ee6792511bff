// The first screen's boot reads and lazy screens: what a window opening on a screen shows on its first render.
import { Suspense } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook, screen } from '@testing-library/react';
import { bootRead } from '@/app/boot-read';
import { screenFor, screens } from '@/app/screens';
import { createCustomer } from '@/db/customers';
import { createOrder } from '@/db/orders';
import OrdersPage from '@/features/orders/OrdersPage';
import { opensOnOrderTable, primeOrderTable } from '@/features/orders/prime';
import { storeView } from '@/features/orders/view';
import { renderApp } from './render';
import { resetAppDb } from './db';

describe('bootRead', () => {
  it('is pending while the read runs, then holds its data until released', async () => {
    const store = bootRead<string>();
    const { result } = renderHook(() => store.use());
    expect(result.current).toEqual({ pending: false, data: undefined });
    let finish!: (v: string) => void;
    let started!: Promise<void>;
    act(() => {
      started = store.start(() => new Promise<string>((ok) => (finish = ok)));
    });
    expect(result.current).toEqual({ pending: true, data: undefined });
    await act(async () => {
      finish('rows');
      await started;
    });
    expect(result.current).toEqual({ pending: false, data: 'rows' });
    store.release();
    const again = renderHook(() => store.use());
    expect(again.result.current).toEqual({ pending: false, data: undefined });
  });

  it('gives way to the screen when the read fails (the screen reads again and reports it)', async () => {
    const store = bootRead<string>();
    const { result } = renderHook(() => store.use());
    await act(() => store.start(() => Promise.reject(new Error('no database'))));
    expect(result.current).toEqual({ pending: false, data: undefined });
  });
});

describe('opensOnOrderTable', () => {
  beforeEach(() => localStorage.clear());

  it('is the unfiltered table, asked for or last used', () => {
    expect(opensOnOrderTable('#/orders?view=table')).toBe(true);
    expect(opensOnOrderTable('#/orders')).toBe(false); // the board, unless the table was used last
    storeView('table');
    expect(opensOnOrderTable('#/orders')).toBe(true);
    expect(opensOnOrderTable('#/orders?view=board')).toBe(false);
  });

  it('is not a filtered table, another screen or an order', () => {
    expect(opensOnOrderTable('#/orders?view=table&status=new')).toBe(false);
    expect(opensOnOrderTable('#/orders/abc')).toBe(false);
    expect(opensOnOrderTable('#/today')).toBe(false);
    expect(opensOnOrderTable('')).toBe(false);
  });
});

describe('a window opening on the order table', () => {
  // jsdom has no layout: give the list's scroll box a size so the virtualizer renders a window of rows.
  const originals = (['clientHeight', 'clientWidth'] as const).map((p) => [
    p,
    Object.getOwnPropertyDescriptor(HTMLElement.prototype, p),
  ]);
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
  });
  afterAll(() => {
    for (const [p, d] of originals) {
      if (d) Object.defineProperty(HTMLElement.prototype, p as string, d as PropertyDescriptor);
    }
  });
  beforeEach(resetAppDb);

  it('shows the newest orders read at boot on its first render, before its own reads answer', async () => {
    const ana = await createCustomer({ name: 'Ana Lima', createdDate: '2026-01-01' });
    for (const [day, n] of [
      ['2026-03-01', 'E-1'],
      ['2026-03-03', 'E-3'],
      ['2026-03-02', 'E-2'],
    ] as const) {
      await createOrder({
        customerId: ana.id,
        channel: 'etsy',
        externalId: n,
        currency: 'USD',
        orderedDate: day,
        items: [{ title: 'Dragon', quantity: 1, unitPrice: 1000 }],
      });
    }
    await primeOrderTable();
    await renderApp(<OrdersPage />, { path: '/orders?view=table' });
    // No waiting: the rows are there in the same render that mounts the table.
    const rows = screen.getAllByRole('listitem');
    expect(rows.map((r) => r.hasAttribute('data-loaded'))).toEqual([true, true, true]);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('E-3'),
      expect.stringContaining('E-2'),
      expect.stringContaining('E-1'),
    ]);
    expect(rows[0]).toHaveTextContent('Ana Lima');
  });
});

describe('lazy screens', () => {
  it('maps a window location to the screen it opens on (Today is in the first bundle)', () => {
    expect(screenFor('#/orders?view=table')).toBe(screens.orders);
    expect(screenFor('#/orders/new')).toBe(screens.newOrder);
    expect(screenFor('#/orders/123')).toBe(screens.order);
    expect(screenFor('#/customers/9')).toBe(screens.customer);
    expect(screenFor('#/insights')).toBe(screens.insights);
    expect(screenFor('#/today')).toBeUndefined();
    expect(screenFor('')).toBeUndefined();
  });

  it('renders a preloaded screen at once, never showing the fallback', async () => {
    await screens.settings.preload();
    const Settings = screens.settings;
    await renderApp(
      <Suspense fallback={<p>loading screen</p>}>
        <Settings />
      </Suspense>,
    );
    expect(screen.queryByText('loading screen')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
  });
});
