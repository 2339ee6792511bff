// The screens' code, loaded on demand so the first screen carries only its own. A screen whose code is
// already in renders at once; only one still loading suspends. That matters: once React has shown a Suspense
// fallback it holds back the content that replaces it for a moment (to avoid flicker), so a window that
// opens on a lazy screen waits for its code before the first render (main.tsx) and never shows the fallback.
import { createElement, lazy, useState, type ComponentType, type ReactElement } from 'react';
import { hashPath } from './boot-read';

export interface Screen {
  (): ReactElement;
  /** Starts loading the screen's code; resolves once it can render without suspending. */
  preload(): Promise<void>;
}

function lazyScreen(load: () => Promise<{ default: ComponentType }>): Screen {
  let loaded: ComponentType | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (m) => {
        loaded = m.default;
      },
      (e: unknown) => {
        loading = undefined; // a failed download may be tried again
        throw e;
      },
    ));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded! })));
  function LazyScreen() {
    // Fixed per mount: switching from the lazy wrapper to the loaded component would remount the screen.
    const [component] = useState<ComponentType>(() => loaded ?? Lazy);
    return createElement(component);
  }
  return Object.assign(LazyScreen, { preload });
}

export const screens = {
  orders: lazyScreen(() => import('@/features/orders/OrdersPage')),
  order: lazyScreen(() => import('@/features/orders/OrderPage')),
  newOrder: lazyScreen(() => import('@/features/orders/NewOrderPage')),
  customers: lazyScreen(() => import('@/features/customers/CustomersPage')),
  customer: lazyScreen(() => import('@/features/customers/CustomerPage')),
  settings: lazyScreen(() => import('@/features/settings/SettingsPage')),
  reminders: lazyScreen(() => import('@/features/reminders/RemindersPage')),
  surprises: lazyScreen(() => import('@/features/surprises/SurprisesPage')),
  reviews: lazyScreen(() => import('@/features/reviews/ReviewsPage')),
  printNotes: lazyScreen(() => import('@/features/notes/PrintNotesPage')),
  insights: lazyScreen(() => import('@/features/insights/InsightsPage')),
};

/** The lazy screen a window opening on `hash` shows (none for Today, which is in the first bundle). */
export function screenFor(hash: string): Screen | undefined {
  const path = hashPath(hash);
  if (path === '/orders/new') return screens.newOrder;
  if (path.startsWith('/orders/')) return screens.order;
  if (path.startsWith('/orders')) return screens.orders;
  if (path.startsWith('/customers/')) return screens.customer;
  if (path.startsWith('/customers')) return screens.customers;
  if (path.startsWith('/settings')) return screens.settings;
  if (path.startsWith('/reminders')) return screens.reminders;
  if (path.startsWith('/surprises')) return screens.surprises;
  if (path.startsWith('/reviews')) return screens.reviews;
  if (path.startsWith('/print/notes')) return screens.printNotes;
  if (path.startsWith('/insights')) return screens.insights;
  return undefined;
}
