import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router-dom';
import { ComingSoon } from '@/features/coming-soon/ComingSoon';
import TodayPage from '@/features/today/TodayPage';

// Screens load on demand so the first screen carries only its own code.
const OrdersPage = lazy(() => import('@/features/orders/OrdersPage'));
const OrderPage = lazy(() => import('@/features/orders/OrderPage'));
const NewOrderPage = lazy(() => import('@/features/orders/NewOrderPage'));
const CustomersPage = lazy(() => import('@/features/customers/CustomersPage'));
const CustomerPage = lazy(() => import('@/features/customers/CustomerPage'));
const SettingsPage = lazy(() => import('@/features/settings/SettingsPage'));

export const routes: RouteObject[] = [
  { path: '/', element: <Navigate to="/today" replace /> },
  { path: '/today', element: <TodayPage /> },
  { path: '/orders', element: <OrdersPage /> },
  { path: '/orders/new', element: <NewOrderPage /> },
  { path: '/orders/:id', element: <OrderPage /> },
  { path: '/customers', element: <CustomersPage /> },
  { path: '/customers/:id', element: <CustomerPage /> },
  { path: '/reviews', element: <ComingSoon screen="reviews" /> },
  { path: '/surprises', element: <ComingSoon screen="surprises" /> },
  { path: '/insights', element: <ComingSoon screen="insights" /> },
  { path: '/settings', element: <SettingsPage /> },
  { path: '*', element: <Navigate to="/today" replace /> },
];

export const navItems = [
  { path: '/today', key: 'today' },
  { path: '/orders', key: 'orders' },
  { path: '/customers', key: 'customers' },
  { path: '/reviews', key: 'reviews' },
  { path: '/surprises', key: 'surprises' },
  { path: '/insights', key: 'insights' },
  { path: '/settings', key: 'settings' },
] as const;
