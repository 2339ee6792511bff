import { useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { responseState } from '@shared/reviews/recovery';
import {
  caseOfReview,
  offers,
  outcomes,
  recordFirstResponse,
  setOffered,
  setOutcome,
  type Offer,
  type Outcome,
} from '@/db/cases';
import { caseClock, useMinuteClock } from './model';

/**
 * The recovery case of a review (its latest): the first-response clock, "I've answered", what was offered and
 * the outcome. Every change is saved at once. Renders nothing when the review has no case.
 */
export function CasePanel({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation('cases');
  const kase = useLiveQuery(() => caseOfReview(reviewId), [reviewId]);
  const now = useMinuteClock();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (!kase) return null;
  const clock = caseClock(responseState(kase, now), t);

  async function run(write: () => Promise<unknown>) {
    setError(undefined);
    setBusy(true);
    try {
      await write();
    } catch (e) {
      setError(t('panel.saveFailed', { reason: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={t('panel.title')}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm">
            {t('panel.title')}
          </Text>
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {t('panel.clock')}
            </Text>
            <Badge variant="light" color={clock.color} tt="none" data-testid="case-clock">
              {clock.text}
            </Badge>
          </Group>
        </Group>
        {error && (
          <Alert color="red" icon={<IconAlertCircle size={18} aria-hidden />} role="alert" p="xs">
            {error}
          </Alert>
        )}
        {kase.firstResponseAt === undefined && kase.outcome === 'open' && (
          <Group gap="sm" wrap="nowrap" align="center">
            <Button
              type="button"
              size="compact-sm"
              leftSection={<IconCheck size={14} aria-hidden />}
              loading={busy}
              onClick={() => void run(() => recordFirstResponse(kase.id))}
            >
              {t('panel.answer')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('panel.answerHint')}
            </Text>
          </Group>
        )}
        <Checkbox.Group
          label={t('panel.offered')}
          value={kase.offered}
          onChange={(v) => void run(() => setOffered(kase.id, v as Offer[]))}
        >
          <Group gap="md" mt={4}>
            {offers.map((o) => (
              <Checkbox key={o} value={o} label={t(`offer.${o}`)} size="xs" />
            ))}
          </Group>
        </Checkbox.Group>
        <Select
          label={t('panel.outcome')}
          data={outcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
          value={kase.outcome}
          allowDeselect={false}
          onChange={(v) => {
            if (v) void run(() => setOutcome(kase.id, v as Outcome));
          }}
          comboboxProps={{ withinPortal: true }}
          w={220}
        />
      </Stack>
    </Paper>
  );
}
