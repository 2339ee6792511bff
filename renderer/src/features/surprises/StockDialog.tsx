import { useState } from 'react';
import { Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPackage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Surprise } from '@shared/domain/other';
import { adjustStock } from '@/db/surprises';
import { useFormat } from '@/app/useFormat';
import { refusalText } from './model';

type Mode = 'add' | 'remove';

/** Restock (add to the stock) or write some off (take out of it); the stock never goes below zero. */
export function StockDialog({ surprise, onClose }: { surprise: Surprise | null; onClose: () => void }) {
  const { t } = useTranslation('surprises');
  const { t: tc } = useTranslation('common');
  return (
    <Modal
      opened={surprise !== null}
      onClose={onClose}
      title={surprise ? t('stockDialog.title', { name: surprise.name }) : ''}
      styles={{ title: { fontWeight: 600 } }}
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      {surprise && <StockForm key={surprise.id} surprise={surprise} onDone={onClose} />}
    </Modal>
  );
}

function StockForm({ surprise, onDone }: { surprise: Surprise; onDone: () => void }) {
  const { t } = useTranslation('surprises');
  const { t: tc } = useTranslation('common');
  const f = useFormat();
  const [mode, setMode] = useState<Mode>('add');
  const [amount, setAmount] = useState<number | string>('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const n = typeof amount === 'number' ? amount : Number.NaN;
  const valid = Number.isInteger(n) && n > 0;
  const delta = mode === 'add' ? n : -n;
  const after = valid ? surprise.stock + delta : surprise.stock;

  async function submit() {
    if (!valid) {
      setError(t('stockDialog.errors.amount'));
      return;
    }
    if (after < 0) {
      setError(t('errors.below-zero', { count: surprise.stock }));
      return;
    }
    setBusy(true);
    try {
      const row = await adjustStock(surprise.id, delta);
      notifications.show({
        color: 'teal',
        message: t('stockDialog.done', { name: row.name, count: row.stock }),
      });
      onDone();
    } catch (e) {
      setError(refusalText(e, t, f.date));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        e.stopPropagation();
        void submit();
      }}
    >
      <Stack>
        <SegmentedControl
          aria-label={t('stockDialog.mode')}
          value={mode}
          onChange={(v) => {
            setMode(v as Mode);
            setError(undefined);
          }}
          data={[
            { value: 'add', label: t('stockDialog.add') },
            { value: 'remove', label: t('stockDialog.remove') },
          ]}
        />
        <NumberInput
          label={mode === 'add' ? t('stockDialog.addAmount') : t('stockDialog.removeAmount')}
          description={mode === 'remove' ? t('stockDialog.removeHint') : undefined}
          value={amount}
          onChange={(v) => {
            setAmount(v);
            setError(undefined);
          }}
          min={1}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          error={error}
          data-autofocus
        />
        <Group gap={6}>
          <IconPackage size={16} aria-hidden />
          <Text size="sm" aria-live="polite">
            {valid && after >= 0
              ? t('stockDialog.preview', { from: surprise.stock, to: after })
              : t('stockDialog.current', { count: surprise.stock })}
          </Text>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {mode === 'add' ? t('stockDialog.confirmAdd') : t('stockDialog.confirmRemove')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
