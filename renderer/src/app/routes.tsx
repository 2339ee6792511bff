import { Suspense, lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router-dom';
import TodayPage from '@/features/today/TodayPage';

// Screens load on demand so the first screen carries only its own code.
const screens = {
  orders: () => import('@/features/orders/OrdersPage'),
  order: () => import('@/features/orders/OrderPage'),
  newOrder: () => import('@/features/orders/NewOrderPage'),
  customers: () => import('@/features/customers/CustomersPage'),
  customer: () => import('@/features/customers/CustomerPage'),
  settings: () => import('@/features/settings/SettingsPage'),
  reminders: () => import('@/features/reminders/RemindersPage'),
  surprises: () => import('@/features/surprises/SurprisesPage'),
  reviews: () => import('@/features/reviews/ReviewsPage'),
  printNotes: () => import('@/features/notes/PrintNotesPage'),
  insights: () => import('@/features/insights/InsightsPage'),
};
const OrdersPage = lazy(screens.orders);
const OrderPage = lazy(screens.order);
const NewOrderPage = lazy(screens.newOrder);
const CustomersPage = lazy(screens.customers);
const CustomerPage = lazy(screens.customer);
const SettingsPage = lazy(screens.settings);
const RemindersPage = lazy(screens.reminders);
const SurprisesPage = lazy(screens.surprises);
const ReviewsPage = lazy(screens.reviews);
const PrintNotesPage = lazy(screens.printNotes);
const InsightsPage = lazy(screens.insights);

/**
 * Starts loading the screen a window opens on while the app boots, instead of after the first render.
 * (The module loader caches the import, so `lazy` then finds it ready.)
 */
export function prefetchScreen(hash: string): void {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  if (path === '/orders/new') void screens.newOrder();
  else if (path.startsWith('/orders/')) void screens.order();
  else if (path.startsWith('/orders')) void screens.orders();
  else if (path.startsWith('/customers/')) void screens.customer();
  else if (path.startsWith('/customers')) void screens.customers();
  else if (path.startsWith('/settings')) void screens.settings();
  else if (path.startsWith('/reminders')) void screens.reminders();
  else if (path.startsWith('/surprises')) void screens.surprises();
  else if (path.startsWith('/reviews')) void screens.reviews();
  else if (path.startsWith('/print/notes')) void screens.printNotes();
  else if (path.startsWith('/insights')) void screens.insights();
}

export const routes: RouteObject[] = [
  { path: '/', element: <Navigate to="/today" replace /> },
  { path: '/today', element: <TodayPage /> },
  { path: '/orders', element: <OrdersPage /> },
  { path: '/orders/new', element: <NewOrderPage /> },
  { path: '/orders/:id', element: <OrderPage /> },
  { path: '/customers', element: <CustomersPage /> },
  { path: '/customers/:id', element: <CustomerPage /> },
  { path: '/reviews', element: <ReviewsPage /> },
  { path: '/reminders', element: <RemindersPage /> },
  { path: '/surprises', element: <SurprisesPage /> },
  { path: '/insights', element: <InsightsPage /> },
  { path: '/settings', element: <SettingsPage /> },
  { path: '*', element: <Navigate to="/today" replace /> },
];

/** Screens shown without the app shell (print views). */
export const bareRoutes: RouteObject[] = [
  {
    path: '/print/notes',
    element: (
      <Suspense fallback={null}>
        <PrintNotesPage />
      </Suspense>
    ),
  },
];

export const navItems = [
  { path: '/today', key: 'today' },
  { path: '/reminders', key: 'reminders' },
  { path: '/orders', key: 'orders' },
  { path: '/customers', key: 'customers' },
  { path: '/reviews', key: 'reviews' },
  { path: '/surprises', key: 'surprises' },
  { path: '/insights', key: 'insights' },
  { path: '/settings', key: 'settings' },
] as const;
