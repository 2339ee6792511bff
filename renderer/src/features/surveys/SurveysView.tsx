import { useCallback, useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  EmptyState,
  Group,
  List,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconFileImport, IconMoodSmile, IconPlus, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { CANCELED } from '@shared/ipc/contract';
import { csatOf, npsOf } from '@shared/insights/surveys';
import {
  deleteSurvey,
  importSurveysCsv,
  SurveyRefused,
  surveyRows,
  writeSurveyImport,
  type SurveyCsvRow,
  type SurveyRow,
  type RowError,
} from '@/db/surveys';
import { useFormat } from '@/app/useFormat';
import { VirtualList } from '@/components/VirtualList';
import { desktop } from '@/platform/desktop';
import { SurveyFormModal } from './SurveyForm';

const ROW_HEIGHT = 52;
const SHOWN_ERRORS = 8;

/** The survey answers (Reviews page, `?view=surveys`): NPS and CSAT, every answer, add by hand, import CSV. */
export function SurveysView() {
  const { t } = useTranslation('surveys');
  const rows = useLiveQuery(() => surveyRows(), []);
  const [adding, setAdding] = useState(false);
  const importer = useSurveyImport();

  const byId = useMemo(() => new Map((rows ?? []).map((r) => [r.id, r])), [rows]);
  const ids = useMemo(() => (rows ?? []).map((r) => r.id), [rows]);
  const getRow = useCallback((id: string) => byId.get(id), [byId]);
  const renderRow = useCallback((r: SurveyRow | undefined) => (r ? <SurveyLine r={r} /> : null), []);

  if (rows === undefined) return <Loader m="xl" aria-label={t('loading')} />;

  const actions = (
    <Group gap="sm">
      <Button
        variant="light"
        leftSection={<IconFileImport size={16} aria-hidden />}
        onClick={() => void importer.start()}
      >
        {t('import')}
      </Button>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
        {t('add')}
      </Button>
    </Group>
  );

  return (
    <Stack gap="lg" h="100%">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={2}>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm">
            {t('summary', { count: rows.length })}
          </Text>
        </Stack>
        {actions}
      </Group>

      <Figures rows={rows} />

      {rows.length === 0 ? (
        <EmptyState
          mt="md"
          icon={<IconMoodSmile size={30} aria-hidden />}
          withIndicatorBackground
          title={t('empty.title')}
          description={t('empty.body')}
        />
      ) : (
        <Paper withBorder radius="md" style={{ flex: 1, minHeight: 300, display: 'flex' }}>
          <Box style={{ flex: 1, minHeight: 0, height: '55vh' }}>
            <VirtualList<SurveyRow>
              ids={ids}
              getRow={getRow}
              rowHeight={ROW_HEIGHT}
              label={t('list.label')}
              scrollId="surveys"
              renderRow={renderRow}
            />
          </Box>
        </Paper>
      )}

      <SurveyFormModal
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={() => {
          setAdding(false);
          notifications.show({ color: 'teal', message: t('form.saved') });
        }}
      />
      <ImportSurveysModal state={importer.state} onClose={importer.close} />
    </Stack>
  );
}

/** Current NPS and CSAT over the listed answers. */
function Figures({ rows }: { rows: readonly SurveyRow[] }) {
  const { t } = useTranslation('surveys');
  const nps = npsOf(rows.filter((r) => r.kind === 'nps').map((r) => r.score));
  const csat = csatOf(rows.filter((r) => r.kind === 'csat').map((r) => r.score));
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" component="section" aria-label={t('figures.label')}>
      <Paper withBorder radius="md" p="sm" aria-label={t('figures.nps')} role="group">
        <Text size="xs" c="dimmed" fw={600}>
          {t('figures.nps')}
        </Text>
        <Text size="xl" fw={700} data-testid="nps-value">
          {nps.nps === null ? t('figures.none') : String(Math.round(nps.nps))}
        </Text>
        {nps.n > 0 && (
          <Text size="xs" c="dimmed">
            {t('figures.npsDetail', { n: nps.n, promoters: nps.promoters, detractors: nps.detractors })}
          </Text>
        )}
      </Paper>
      <Paper withBorder radius="md" p="sm" aria-label={t('figures.csat')} role="group">
        <Text size="xs" c="dimmed" fw={600}>
          {t('figures.csat')}
        </Text>
        <Text size="xl" fw={700} data-testid="csat-value">
          {csat.csat === null ? t('figures.none') : `${Math.round(csat.csat * 100)}%`}
        </Text>
        {csat.n > 0 && (
          <Text size="xs" c="dimmed">
            {t('figures.csatDetail', { n: csat.n, satisfied: csat.satisfied })}
          </Text>
        )}
      </Paper>
    </SimpleGrid>
  );
}

function SurveyLine({ r }: { r: SurveyRow }) {
  const { t } = useTranslation('surveys');
  const f = useFormat();
  const good = r.kind === 'nps' ? r.score >= 9 : r.score >= 4;
  const bad = r.kind === 'nps' ? r.score <= 6 : r.score <= 2;

  function confirmDelete() {
    modals.openConfirmModal({
      title: t('delete.title'),
      centered: true,
      children: <Text size="sm">{t('delete.body')}</Text>,
      labels: { confirm: t('delete.confirm'), cancel: t('delete.keep') },
      confirmProps: { color: 'red', leftSection: <IconTrash size={16} aria-hidden /> },
      onConfirm: async () => {
        try {
          await deleteSurvey(r.id);
          notifications.show({ color: 'gray', message: t('delete.done') });
        } catch (e) {
          notifications.show({ color: 'red', message: (e as Error).message });
        }
      },
    });
  }

  return (
    <Group
      h="100%"
      px="md"
      gap="sm"
      wrap="nowrap"
      justify="space-between"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Text size="sm" w={110} style={{ flex: 'none' }}>
          {f.date(r.date)}
        </Text>
        <Badge size="sm" variant="light" color="gray" tt="none" style={{ flex: 'none' }}>
          {t(`kind.${r.kind}`)}
        </Badge>
        <Badge
          size="lg"
          variant="light"
          color={good ? 'teal' : bad ? 'red' : 'yellow'}
          style={{ flex: 'none' }}
          aria-label={`${t('list.score')} ${r.score}`}
        >
          {r.score}
        </Badge>
        <Text size="sm" fw={600} truncate style={{ flex: 'none', maxWidth: 200 }}>
          {r.customerName ?? t('list.noCustomer')}
        </Text>
        {r.orderNumber && (
          <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
            #{r.orderNumber}
          </Text>
        )}
        {r.comment && (
          <Text size="sm" c="dimmed" truncate>
            {r.comment}
          </Text>
        )}
      </Group>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={t('list.delete', { date: f.date(r.date) })}
        onClick={confirmDelete}
      >
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}

// ---- CSV import ----

type Step =
  | { step: 'idle' }
  | { step: 'failed'; message: string }
  | { step: 'preview'; name: string; rows: SurveyCsvRow[]; errors: RowError[] };

/** Reads a CSV picked through the desktop and previews it: nothing is written until the preview's Import. */
export function useSurveyImport() {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const { t } = useTranslation('surveys');

  async function start() {
    const picked = await desktop.openFile({
      filters: [{ name: t('importing.fileFilter'), extensions: ['csv', 'txt'] }],
    });
    if (!picked.ok) {
      if (picked.reason !== CANCELED) {
        setState({ step: 'failed', message: t('importing.readFailed', { reason: picked.reason }) });
      }
      return;
    }
    const text = new TextDecoder('utf-8').decode(picked.content);
    try {
      const p = await importSurveysCsv(text);
      if (p.ok) {
        setState({ step: 'preview', name: picked.name, rows: p.rows, errors: p.errors });
      } else {
        const message =
          p.reason === 'missing-columns'
            ? t('importing.missing', { columns: p.missing.join(', ') })
            : p.reason === 'empty'
              ? t('importing.empty')
              : p.reason === 'too-many-rows'
                ? t('importing.tooMany')
                : t('importing.notCsv');
        setState({ step: 'failed', message });
      }
    } catch (e) {
      setState({ step: 'failed', message: t('importing.failed', { reason: (e as Error).message }) });
    }
  }

  return { state, start, close: () => setState({ step: 'idle' }) };
}

export function ImportSurveysModal({ state, onClose }: { state: Step; onClose: () => void }) {
  const { t } = useTranslation('surveys');
  const { t: tc } = useTranslation('common');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function write(rows: SurveyCsvRow[]) {
    setBusy(true);
    setError(undefined);
    try {
      const r = await writeSurveyImport(rows);
      notifications.show({ color: 'teal', message: t('importing.done', { count: r.created }) });
      onClose();
    } catch (e) {
      setError(
        e instanceof SurveyRefused
          ? t('importing.stale')
          : t('importing.failed', { reason: (e as Error).message }),
      );
    } finally {
      setBusy(false);
    }
  }

  const close = () => {
    setError(undefined);
    onClose();
  };

  return (
    <Modal
      opened={state.step !== 'idle'}
      onClose={close}
      size="lg"
      title={t('importing.title')}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      {state.step === 'failed' && (
        <Stack gap="md">
          <Alert color="red" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
            {state.message}
          </Alert>
          <Text size="sm" c="dimmed">
            {t('importing.help')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {tc('actions.close')}
            </Button>
          </Group>
        </Stack>
      )}
      {state.step === 'preview' && (
        <Stack gap="md">
          <Text size="sm" fw={600}>
            {state.name}
          </Text>
          {error && (
            <Alert color="red" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
              {error}
            </Alert>
          )}
          <Text size="sm">{t('importing.valid', { count: state.rows.length })}</Text>
          {state.errors.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" c="orange.8">
                {t('importing.invalid', { count: state.errors.length })}
              </Text>
              <List size="sm" aria-label={t('importing.errorsLabel')}>
                {state.errors.slice(0, SHOWN_ERRORS).map((e) => (
                  <List.Item key={e.row}>
                    {t('importing.rowError', { row: e.row, problem: t(`importing.problem.${e.problem}`) })}
                  </List.Item>
                ))}
              </List>
              {state.errors.length > SHOWN_ERRORS && (
                <Text size="xs" c="dimmed">
                  {t('importing.more', { count: state.errors.length - SHOWN_ERRORS })}
                </Text>
              )}
            </Stack>
          )}
          {state.rows.length === 0 && (
            <Alert color="orange" role="status">
              {t('importing.nothing')}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('importing.cancel')}
            </Button>
            <Button loading={busy} disabled={state.rows.length === 0} onClick={() => void write(state.rows)}>
              {t('importing.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
