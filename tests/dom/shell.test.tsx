import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Layout } from '@/app/Layout';
import { ComingSoon } from '@/features/coming-soon/ComingSoon';
import { renderApp } from './render';

beforeEach(() => localStorage.clear());

describe('app shell', () => {
  it('names every screen in the sidebar, in English', async () => {
    await renderApp(<Layout />, { path: '/reviews' });
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    const names = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names).toEqual([
      'Today',
      'Reminders',
      'Orders',
      'Customers',
      'Reviews',
      'Surprises',
      'Insights',
      'Settings',
    ]);
    expect(within(nav).getByRole('link', { name: 'Reviews' })).toHaveAttribute('aria-current', 'page');
  });

  it('speaks Turkish', async () => {
    await renderApp(<Layout />, { lang: 'tr' });
    const nav = screen.getByRole('navigation', { name: 'Ana gezinme' });
    const names = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names).toEqual([
      'Bugün',
      'Hatırlatmalar',
      'Siparişler',
      'Müşteriler',
      'Yorumlar',
      'Sürprizler',
      'Analiz',
      'Ayarlar',
    ]);
    expect(screen.getByRole('button', { name: 'Yeni sipariş' })).toBeInTheDocument();
  });

  it('says honestly that an unbuilt screen is coming', async () => {
    await renderApp(<ComingSoon screen="insights" />);
    expect(screen.getByRole('heading', { name: 'Insights is coming soon' })).toBeInTheDocument();
  });

  it('every button in the header has an accessible name', async () => {
    await renderApp(<Layout />);
    for (const b of screen.getAllByRole('button')) expect(b).toHaveAccessibleName();
  });
});

describe('a screen that fails', () => {
  it('shows what went wrong and a reload button instead of a blank window', async () => {
    const { ErrorBoundary } = await import('@/app/ErrorBoundary');
    function Broken(): never {
      throw new Error('The database could not be opened');
    }
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderApp(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('The database could not be opened');
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    spy.mockRestore();
  });
});
