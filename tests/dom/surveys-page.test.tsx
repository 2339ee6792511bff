import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DesktopApi } from '@shared/ipc/contract';
import { appDb } from '@/db/db';
import { addSurvey } from '@/db/surveys';
import ReviewsPage from '@/features/reviews/ReviewsPage';
import { withListLayout } from './customers-helpers';
import { renderApp } from './render';
import { resetAppDb } from './db';

const fake = vi.hoisted(() => ({ openFile: vi.fn<DesktopApi['openFile']>() }));

vi.mock('@/platform/desktop', () => ({
  isDesktop: true,
  desktop: { openFile: fake.openFile },
}));

const file = (name: string, text: string) =>
  fake.openFile.mockResolvedValueOnce({ ok: true, name, content: new TextEncoder().encode(text) });

beforeEach(async () => {
  await resetAppDb();
  localStorage.clear();
  fake.openFile.mockReset();
});

describe('surveys view', () => {
  withListLayout();

  it('shows NPS and CSAT over the answers and lists them', async () => {
    // NPS: 2 promoters, 1 passive, 1 detractor of 4 → 25. CSAT: 2 of 3 satisfied → 67%.
    for (const score of [10, 9, 7, 3]) await addSurvey({ kind: 'nps', score, date: '2026-03-01' });
    for (const score of [5, 4, 2])
      await addSurvey({ kind: 'csat', score, date: '2026-03-02', comment: 'Fine' });
    await renderApp(<ReviewsPage />, { path: '/reviews?view=surveys' });

    const figures = await screen.findByRole('region', { name: 'Satisfaction figures' });
    expect(within(figures).getByRole('group', { name: 'NPS' })).toHaveTextContent('25');
    expect(within(figures).getByRole('group', { name: 'CSAT' })).toHaveTextContent('67%');
    expect(screen.getByText('7 answers')).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Survey answers' });
    expect(within(list).getAllByRole('button', { name: /Delete answer from/ })).toHaveLength(7);
  });

  it('switches from reviews to surveys and refuses a bad score', async () => {
    const user = userEvent.setup();
    await renderApp(<ReviewsPage />, { path: '/reviews' });
    await user.click(await screen.findByRole('radio', { name: 'Surveys' }));
    expect(await screen.findByRole('heading', { name: 'Survey answers' })).toBeInTheDocument();
    expect(screen.getAllByText('No answers yet')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Add answer' }));
    const form = await screen.findByRole('form', { name: 'Add survey answer' });
    await user.click(within(form).getByRole('radio', { name: 'CSAT (1–5)' }));
    await user.type(within(form).getByRole('textbox', { name: 'Score' }), '7');
    await user.click(within(form).getByRole('button', { name: 'Add answer' }));
    expect(await within(form).findByText('CSAT is a whole number from 1 to 5')).toBeInTheDocument();
    expect(await appDb().surveys.count()).toBe(0);

    await user.clear(within(form).getByRole('textbox', { name: 'Score' }));
    await user.type(within(form).getByRole('textbox', { name: 'Score' }), '4');
    await user.click(within(form).getByRole('button', { name: 'Add answer' }));
    await waitFor(async () => expect(await appDb().surveys.count()).toBe(1));
    const figures = await screen.findByRole('region', { name: 'Satisfaction figures' });
    await waitFor(() =>
      expect(within(figures).getByRole('group', { name: 'CSAT' })).toHaveTextContent('100%'),
    );
  });

  it('imports a CSV after its preview, and a malformed file writes nothing', async () => {
    const user = userEvent.setup();
    await renderApp(<ReviewsPage />, { path: '/reviews?view=surveys' });

    file('broken.csv', 'name,when\nAyşe,yesterday');
    await user.click(await screen.findByRole('button', { name: 'Import CSV' }));
    let dialog = await screen.findByRole('dialog', { name: 'Import survey answers' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'This is not a CSV file of survey answers. Nothing was imported.',
    );
    await user.click(within(dialog).getAllByRole('button', { name: 'Close' }).at(-1)!);

    file('missing.csv', 'kind,date\nnps,2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Import CSV' }));
    dialog = await screen.findByRole('dialog', { name: 'Import survey answers' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The file has no column score.');
    await user.click(within(dialog).getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(await appDb().surveys.count()).toBe(0);

    file(
      'answers.csv',
      [
        'kind,score,date,comment',
        'nps,9,2026-03-01,Love it',
        'csat,5,2026-03-02,',
        'nps,12,2026-03-03,',
      ].join('\n'),
    );
    await user.click(screen.getByRole('button', { name: 'Import CSV' }));
    dialog = await screen.findByRole('dialog', { name: 'Import survey answers' });
    expect(within(dialog).getByText('2 answers to import')).toBeInTheDocument();
    expect(within(dialog).getByText('1 row with problems will be skipped')).toBeInTheDocument();
    expect(within(dialog).getByRole('list', { name: 'Rows with problems' })).toHaveTextContent(
      'row 4: score must be 0-10',
    );
    expect(await appDb().surveys.count()).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(async () => expect(await appDb().surveys.count()).toBe(2));
    const figures = await screen.findByRole('region', { name: 'Satisfaction figures' });
    await waitFor(() => expect(within(figures).getByRole('group', { name: 'NPS' })).toHaveTextContent('100'));
  });
});
