import { Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router-dom';
import TodayPage from '@/features/today/TodayPage';
import { screens } from './screens';

const {
  orders: OrdersPage,
  order: OrderPage,
  newOrder: NewOrderPage,
  customers: CustomersPage,
  customer: CustomerPage,
  settings: SettingsPage,
  reminders: RemindersPage,
  surprises: SurprisesPage,
  reviews: ReviewsPage,
  printNotes: PrintNotesPage,
  insights: InsightsPage,
} = screens;

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
