import { useId, useState, type ReactNode } from 'react';
import { Anchor, Box, Button, Group, Paper, Select, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconGift, IconGiftOff } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Surprise } from '@shared/domain/other';
import type { Order } from '@shared/domain/order';
import { giveSurprise, orderSurprise, undoGift, type OrderSuggestion } from '@/db/surprises';
import { useFormat } from '@/app/useFormat';
import { orderNumber } from '@/features/orders/model';
import { reasonText, refusalText, setSkipped, useSkipped } from './model';

export interface OrderSurpriseProps {
  orderId: string;
  /** One line for the Today screen's packing checklist; otherwise a section of the order page. */
  compact?: boolean;
}

/**
 * The surprise in an order's parcel: the one given (with Undo), or a suggestion to add, another to pick,
 * or none; when there is nothing to suggest, why.
 */
export function OrderSurprise({ orderId, compact = false }: OrderSurpriseProps) {
  const { t } = useTranslation('surprises');
  const titleId = useId();
  const state = useLiveQuery(() => orderSurprise(orderId), [orderId]);
  if (!state || state.state === 'missing') return null;
  const number = orderNumber(state.order);

  let body: ReactNode;
  if (state.state === 'given') {
    body = <Given state={state} compact={compact} number={number} />;
  } else if (state.order.status === 'cancelled') {
    body = <Quiet compact={compact}>{t('order.cancelled')}</Quiet>;
  } else {
    body = <Open state={state} compact={compact} number={number} />;
  }

  if (compact) {
    return (
      <Box role="group" aria-label={t('order.label', { number })}>
        {body}
      </Box>
    );
  }
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={titleId}>
      <Group gap={8} mb="sm">
        <IconGift size={18} aria-hidden color="var(--mantine-color-grape-filled)" />
        <Title order={3} size="h5" id={titleId}>
          {t('order.title')}
        </Title>
      </Group>
      {body}
    </Paper>
  );
}

function Quiet({ compact, children }: { compact: boolean; children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" fz={compact ? 'xs' : 'sm'}>
      {children}
    </Text>
  );
}

function Given({
  state,
  compact,
  number,
}: {
  state: { gift: { id: string; givenDate: string }; surprise?: Surprise; order: Order };
  compact: boolean;
  number: string;
}) {
  const { t } = useTranslation('surprises');
  const f = useFormat();
  const name = state.surprise?.name ?? t('deleted');
  const undo = async () => {
    try {
      await undoGift(state.gift.id);
      notifications.show({ color: 'gray', message: t('notify.undone', { name, number }) });
    } catch (e) {
      notifications.show({ color: 'red', message: refusalText(e, t, f.date) });
    }
  };
  return (
    <Group gap="xs" wrap={compact ? 'nowrap' : 'wrap'} justify="space-between">
      <Group gap={8} wrap="nowrap" miw={0}>
        <ThemeIcon size={compact ? 'sm' : 'md'} radius="xl" variant="light" color="grape" aria-hidden>
          <IconGift size={compact ? 12 : 16} />
        </ThemeIcon>
        <Box miw={0}>
          <Text size="sm" truncate>
            {t('order.inParcel', { name })}
          </Text>
          {!compact && (
            <Text size="xs" c="dimmed">
              {t('order.givenOn', { date: f.date(state.gift.givenDate) })}
            </Text>
          )}
        </Box>
      </Group>
      <Button
        size="compact-sm"
        variant="subtle"
        color="gray"
        leftSection={<IconArrowBackUp size={14} aria-hidden />}
        onClick={() => void undo()}
        aria-label={t('order.undoLabel', { name, number })}
      >
        {t('order.undo')}
      </Button>
    </Group>
  );
}

function Open({ state, compact, number }: { state: OrderSuggestion; compact: boolean; number: string }) {
  const { t } = useTranslation('surprises');
  const f = useFormat();
  const skipped = useSkipped(state.order.id);
  const [picked, setPicked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { suggestion, choices, customer } = state;

  if (suggestion.reason) {
    const link = suggestion.reason !== 'opted-out' && (
      <Anchor component={Link} to="/surprises" size={compact ? 'xs' : 'sm'}>
        {t(`order.noneLink.${suggestion.reason}`)}
      </Anchor>
    );
    return (
      <Group gap={8} wrap="wrap">
        <IconGiftOff size={16} aria-hidden color="var(--mantine-color-dimmed)" />
        <Quiet compact={compact}>{t(`order.none.${suggestion.reason}`, { name: customer.name })}</Quiet>
        {link}
      </Group>
    );
  }

  if (skipped) {
    return (
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Quiet compact={compact}>{t('order.skipped')}</Quiet>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => setSkipped(state.order.id, false)}
          aria-label={t('order.unskipLabel', { number })}
        >
          {t('order.unskip')}
        </Button>
      </Group>
    );
  }

  // The seller's pick while it can still go in; otherwise the suggestion.
  const pick = choices.eligible.find((r) => r.surprise.id === picked);
  const chosen = pick?.surprise ?? suggestion.surprise;
  const hint =
    pick && pick.surprise.id !== suggestion.surprise.id ? t('order.yourPick') : t(`why.${suggestion.why}`);

  const give = async () => {
    setBusy(true);
    try {
      const r = await giveSurprise(state.order.id, chosen.id);
      setPicked(null);
      notifyGiven(r.gift.id, chosen.name, number, t, f.date);
    } catch (e) {
      notifications.show({ color: 'red', message: refusalText(e, t, f.date) });
    } finally {
      setBusy(false);
    }
  };

  const data = [
    {
      group: t('pick.available'),
      items: choices.eligible.map((r) => ({
        value: r.surprise.id,
        label: t('pick.option', { name: r.surprise.name, count: r.surprise.stock }),
      })),
    },
    ...(choices.unavailable.length > 0
      ? [
          {
            group: t('pick.unavailable'),
            items: choices.unavailable.map((u) => ({
              value: u.surprise.id,
              label: `${u.surprise.name} · ${reasonText(u.reasons, u.givenDate, t, f.date)}`,
              disabled: true,
            })),
          },
        ]
      : []),
  ];

  const picker = (
    <Select
      size={compact ? 'xs' : 'sm'}
      label={compact ? undefined : t('pick.label')}
      aria-label={t('pick.label')}
      placeholder={t('pick.placeholder')}
      data={data}
      value={chosen.id}
      onChange={(v) => setPicked(v)}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true, width: 'max-content', position: 'bottom-start' }}
      maxDropdownHeight={320}
      w={compact ? 200 : undefined}
    />
  );
  const actions = (
    <Group gap="xs" wrap="nowrap">
      <Button
        size={compact ? 'compact-sm' : 'sm'}
        leftSection={<IconGift size={14} aria-hidden />}
        onClick={() => void give()}
        loading={busy}
        aria-label={t('order.addLabel', { name: chosen.name })}
      >
        {t('order.add')}
      </Button>
      <Button
        size={compact ? 'compact-sm' : 'sm'}
        variant="default"
        onClick={() => {
          setPicked(null);
          setSkipped(state.order.id, true);
        }}
        aria-label={t('order.skipLabel', { number })}
      >
        {t('order.skip')}
      </Button>
    </Group>
  );

  if (compact) {
    return (
      <Group gap="xs" wrap="wrap">
        <IconGift size={16} aria-hidden color="var(--mantine-color-grape-filled)" />
        <Text size="sm" fw={500}>
          {t('order.suggested', { name: chosen.name })}
        </Text>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
        {picker}
        {actions}
      </Group>
    );
  }
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={500}>
          {t('order.suggested', { name: chosen.name })}
        </Text>
        <Text size="xs" c="dimmed">
          {hint} · {t('order.left', { count: chosen.stock })}
        </Text>
      </div>
      {picker}
      {actions}
    </Stack>
  );
}

/** Announces a gift with an Undo that takes it back out of the parcel and puts it back in stock. */
export function notifyGiven(
  giftId: string,
  name: string,
  number: string,
  t: TFunction<'surprises'>,
  date: (iso: string) => string,
) {
  const id = `surprise-gift-${giftId}`;
  const undo = async () => {
    notifications.hide(id);
    try {
      await undoGift(giftId);
      notifications.show({ color: 'gray', message: t('notify.undone', { name, number }) });
    } catch (e) {
      notifications.show({ color: 'red', message: refusalText(e, t, date) });
    }
  };
  notifications.show({
    id,
    color: 'grape',
    icon: <IconGift size={18} aria-hidden />,
    autoClose: 8_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{t('notify.given', { name, number })}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => void undo()}
          aria-label={t('notify.undoLabel', { name })}
          style={{ flexShrink: 0 }}
        >
          {t('notify.undo')}
        </Button>
      </Group>
    ),
  });
}
