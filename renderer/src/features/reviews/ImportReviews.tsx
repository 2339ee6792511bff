import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { today } from '@/app/clock';
import { CANCELED } from '@shared/ipc/contract';
import type { Review } from '@shared/domain/other';
import { parseEtsyReviews, type ImportIssue } from '@shared/reviews/etsy-import';
import { planReviewImport, type ReviewImportPlan } from '@shared/reviews/import-plan';
import { importEtsyReviews, reviewImportKnown, ReviewRefused } from '@/db/reviews';
import { desktop } from '@/platform/desktop';
import { starText } from './model';

/** How many of the file's rows the preview lists. */
const PREVIEW_ROWS = 8;
/** How many problems a malformed file's message lists. */
const SHOWN_ISSUES = 5;

type Step =
  | { step: 'idle' }
  | { step: 'failed'; name?: string; message: string; issues: ImportIssue[] }
  | { step: 'preview'; name: string; plan: ReviewImportPlan<Review> };

/** Reads and plans a file picked through the desktop: nothing is written until the preview's Import. */
export function useReviewImport() {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const { t } = useTranslation('reviews');

  async function start() {
    const picked = await desktop.openFile({
      filters: [{ name: t('importing.fileFilter'), extensions: ['json'] }],
    });
    if (!picked.ok) {
      if (picked.reason !== CANCELED) {
        setState({
          step: 'failed',
          message: t('importing.readFailed', { reason: picked.reason }),
          issues: [],
        });
      }
      return;
    }
    const text = new TextDecoder('utf-8').decode(picked.content);
    const parsed = parseEtsyReviews(text);
    if (!parsed.ok) {
      setState({ step: 'failed', name: picked.name, message: parsed.message, issues: parsed.issues });
      return;
    }
    const known = await reviewImportKnown(parsed.reviews);
    const plan = planReviewImport(parsed.reviews, known, { today: today() });
    setState({ step: 'preview', name: picked.name, plan });
  }

  return { state, start, close: () => setState({ step: 'idle' }) };
}

export function ImportReviewsModal({ state, onClose }: { state: Step; onClose: () => void }) {
  const { t } = useTranslation('reviews');
  const { t: tc } = useTranslation('common');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function write(plan: ReviewImportPlan<Review>) {
    setBusy(true);
    setError(undefined);
    try {
      const r = await importEtsyReviews(plan);
      notifications.show({
        color: 'teal',
        message: t('importing.done', { created: r.created, updated: r.updated, cases: r.casesOpened }),
      });
      onClose();
    } catch (e) {
      setError(
        e instanceof ReviewRefused
          ? t('importing.stale')
          : tc('errors.saveFailed', { reason: (e as Error).message }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={state.step !== 'idle'}
      onClose={onClose}
      size="lg"
      title={t('importing.title')}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      {state.step === 'failed' && (
        <Stack gap="md">
          <Alert
            color="red"
            icon={<IconAlertCircle size={18} aria-hidden />}
            title={t('importing.failedTitle')}
            role="alert"
          >
            <Stack gap={6}>
              {state.name && <Text size="sm">{t('importing.file', { name: state.name })}</Text>}
              <Text size="sm">{state.message}</Text>
              {state.issues.length > 0 && (
                <>
                  <Text size="sm" fw={600}>
                    {t('importing.firstIssues')}
                  </Text>
                  <List size="sm">
                    {state.issues.slice(0, SHOWN_ISSUES).map((i, n) => (
                      <List.Item key={n}>
                        {t('importing.issue', { item: i.item, message: i.message })}
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
              <Text size="sm">{t('importing.nothingWritten')}</Text>
            </Stack>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.close')}
            </Button>
          </Group>
        </Stack>
      )}
      {state.step === 'preview' && (
        <Preview
          name={state.name}
          plan={state.plan}
          busy={busy}
          error={error}
          onImport={write}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function Preview({
  name,
  plan,
  busy,
  error,
  onImport,
  onClose,
}: {
  name: string;
  plan: ReviewImportPlan<Review>;
  busy: boolean;
  error?: string;
  onImport: (plan: ReviewImportPlan<Review>) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('reviews');
  const { t: tc } = useTranslation('common');
  const c = plan.counts;
  const nothing = plan.create.length === 0 && plan.update.length === 0;
  const counts = [
    ['new', c.new],
    ['unchanged', c.unchanged],
    ['changed', c.changed],
    ['unlinked', c.unlinked],
    ['duplicates', c.duplicates],
    ['cases', c.cases],
  ] as const;
  const status = {
    new: t('importing.statusNew'),
    unchanged: t('importing.statusUnchanged'),
    changed: t('importing.statusChanged'),
  };
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('importing.file', { name })}
      </Text>
      {error && (
        <Alert color="red" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
          {error}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs" role="list" aria-label={t('importing.countsLabel')}>
        {counts.map(([key, n]) => (
          <Stack key={key} gap={0} role="listitem" aria-label={`${t(`importing.counts.${key}`)}: ${n}`}>
            <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {n}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`importing.counts.${key}`)}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      <Table aria-label={t('importing.rowsLabel')} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('importing.order')}</Table.Th>
            <Table.Th>{t('importing.rating')}</Table.Th>
            <Table.Th>{t('importing.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.rows.slice(0, PREVIEW_ROWS).map((r) => (
            <Table.Tr key={r.externalOrderId}>
              <Table.Td ff="monospace">{r.externalOrderId}</Table.Td>
              <Table.Td>
                <span aria-hidden>{starText(r.rating)}</span>
                <VisuallyHidden>{t('stars', { count: r.rating })}</VisuallyHidden>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge
                    size="sm"
                    variant="light"
                    color={r.status === 'new' ? 'teal' : r.status === 'changed' ? 'blue' : 'gray'}
                    tt="none"
                  >
                    {status[r.status]}
                  </Badge>
                  {!r.linked && (
                    <Badge size="sm" variant="outline" color="gray" tt="none">
                      {t('importing.counts.unlinked')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {plan.rows.length > PREVIEW_ROWS && (
        <Text size="xs" c="dimmed">
          {t('importing.more', { count: plan.rows.length - PREVIEW_ROWS })}
        </Text>
      )}
      {nothing && (
        <Alert color="gray" role="status">
          {t('importing.nothing')}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {nothing ? tc('actions.close') : tc('actions.cancel')}
        </Button>
        {!nothing && (
          <Button
            leftSection={<IconFileImport size={16} aria-hidden />}
            loading={busy}
            onClick={() => onImport(plan)}
          >
            {t('importing.confirm')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
