import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconCheck,
  IconInfoCircle,
  IconPrinter,
  IconRefresh,
  IconTextPlus,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { localDate } from '@shared/dates';
import { composeDraft, type DraftChoice } from '@shared/notes/draft';
import { insertPersonalLine } from '@shared/notes/insert';
import { personalLine } from '@shared/notes/personal-line';
import type { NoteLanguage } from '@shared/notes/placeholders';
import { presetByKey, presetsFor } from '@shared/notes/presets';
import { reviewIncentiveWarning } from '@shared/notes/review-incentive';
import { noteStatus } from '@shared/notes/status';
import { templatePlaceholders } from '@shared/templates/render';
import { ValidationError } from '@shared/validation';
import { noteContext, saveNote, type NoteContext } from '@/db/notes';
import type { NoteMode } from '@/db/shop-settings';
import { useFormat } from '@/app/useFormat';
import { noteCardsHref } from './print/href';
import { NoteStatusBadge } from './NoteStatusBadge';

export { NoteStatusBadge } from './NoteStatusBadge';

export interface OrderNoteProps {
  orderId: string;
  /** The packing checklist's size: no heading, a shorter text box. */
  compact?: boolean;
}

/**
 * The thank-you note of one order: the saved note, or a fresh draft from the template in the customer's
 * note language, editable. Changes save by themselves (typing after a short pause, the switches at once).
 */
export function OrderNote({ orderId, compact = false }: OrderNoteProps) {
  const { t } = useTranslation('notes');
  const ctx = useLiveQuery(async () => (await noteContext(orderId)) ?? null, [orderId]);
  if (ctx === undefined) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (ctx === null)
    return (
      <Text c="dimmed" size="sm">
        {t('order.notFound')}
      </Text>
    );
  const editor = <NoteEditor key={orderId} ctx={ctx} compact={compact} />;
  if (compact) return editor;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={`note-title-${orderId}`}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5" id={`note-title-${orderId}`}>
          {t('order.title')}
        </Title>
        <NoteStatusBadge status={noteStatus(ctx.note)} />
      </Group>
      {editor}
    </Paper>
  );
}

/** What the editor holds while the seller works on it. */
interface Editable {
  body: string;
  mode: NoteMode;
  written: boolean;
  templateId?: string;
  presetKey?: string;
  /** The seller typed since the text came from a template: replacing it asks first. */
  typed: boolean;
  /** Not saved yet. */
  dirty: boolean;
  /** Save without waiting for more typing. */
  urgent: boolean;
  /** The saved note's updatedAt this copy is at least as new as (0: nothing saved). */
  base: number;
}

type SaveState = { kind: 'idle' | 'saving' | 'saved' | 'empty' } | { kind: 'error'; reason: string };

const TYPING_PAUSE_MS = 700;

function NoteEditor({ ctx, compact }: { ctx: NoteContext; compact: boolean }) {
  const { t } = useTranslation('notes');
  const { t: tc } = useTranslation('common');
  const f = useFormat();
  const orderId = ctx.order.id;
  const note = ctx.note;
  const stamp = note?.updatedAt ?? 0;

  const [edit, setEdit] = useState<Editable | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const textarea = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | undefined>(undefined);

  // The saved note, or a fresh draft from the default template (which follows template and setting changes
  // until the seller touches it). Our own copy wins while it is unsaved or at least as new as the saved one.
  const stored: Editable = note
    ? {
        body: note.body,
        mode: note.mode,
        written: note.written,
        templateId: note.templateId,
        typed: true,
        dirty: false,
        urgent: false,
        base: stamp,
      }
    : (() => {
        const d = composeDraft(ctx);
        return {
          body: d.body,
          mode: ctx.defaultMode,
          written: false,
          templateId: d.templateId,
          presetKey: d.presetKey,
          typed: false,
          dirty: false,
          urgent: false,
          base: 0,
        };
      })();
  const current = edit && (edit.dirty || edit.base >= stamp) ? edit : stored;

  // Saves run one after another, each with the text as it was when it started.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const persist = useCallback(
    (snapshot: Editable) => {
      if (snapshot.body.trim() === '') {
        setSaveState({ kind: 'empty' });
        return;
      }
      setSaveState({ kind: 'saving' });
      queue.current = queue.current.then(async () => {
        try {
          const saved = await saveNote(orderId, {
            body: snapshot.body,
            mode: snapshot.mode,
            written: snapshot.written,
            templateId: snapshot.templateId,
          });
          setEdit((e) => (e === snapshot ? { ...e, dirty: false, urgent: false, base: saved.updatedAt } : e));
          setSaveState({ kind: 'saved' });
        } catch (e) {
          const reason =
            e instanceof ValidationError
              ? e.issues.map((i) => i.message).join('; ')
              : e instanceof Error
                ? e.message
                : String(e);
          setSaveState({ kind: 'error', reason });
        }
      });
    },
    [orderId],
  );

  useEffect(() => {
    if (!edit?.dirty) return;
    const timer = setTimeout(() => persist(edit), edit.urgent ? 0 : TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [edit, persist]);

  // Leaving the page (or closing the checklist) mid-sentence still keeps what was typed.
  const latest = useRef<Editable | null>(null);
  useEffect(() => {
    latest.current = edit;
  }, [edit]);
  useEffect(
    () => () => {
      const last = latest.current;
      if (last?.dirty) persist(last);
    },
    [persist],
  );

  const change = (patch: Partial<Editable>, urgent = false) =>
    setEdit({ ...current, ...patch, dirty: true, urgent });

  const language: NoteLanguage =
    ctx.templates.find((x) => x.id === current.templateId)?.language ??
    (current.presetKey ? presetByKey(current.presetKey)?.language : undefined) ??
    ctx.noteLanguage;
  const line = personalLine(ctx.order, ctx.customerOrders, language);
  const warning = reviewIncentiveWarning(current.body);
  const leftovers = templatePlaceholders(current.body);

  function applyTemplate(value: string | null) {
    if (!value) return;
    const choice: DraftChoice = value.startsWith('t:')
      ? { templateId: value.slice(2) }
      : { presetKey: value.slice(2) };
    const apply = () => {
      const d = composeDraft(ctx, choice);
      caret.current = undefined;
      change({ body: d.body, templateId: d.templateId, presetKey: d.presetKey, typed: false });
    };
    if (!current.typed || current.body.trim() === '') return apply();
    const name =
      'templateId' in choice
        ? ctx.templates.find((x) => x.id === choice.templateId)?.name
        : presetByKey(choice.presetKey)?.name;
    modals.openConfirmModal({
      title: t('order.replaceTitle'),
      children: <Text size="sm">{t('order.replaceBody', { name })}</Text>,
      labels: { confirm: t('order.replace'), cancel: tc('actions.cancel') },
      onConfirm: apply,
    });
  }

  function insertLine() {
    const r = insertPersonalLine(current.body, line, caret.current);
    change({ body: r.text, typed: true });
    caret.current = r.caret;
    requestAnimationFrame(() => {
      const el = textarea.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(r.caret, r.caret);
    });
  }

  const languages: NoteLanguage[] = ctx.noteLanguage === 'tr' ? ['tr', 'en'] : ['en', 'tr'];
  const pickerData = languages.map((l) => {
    const own = ctx.templates
      .filter((x) => x.language === l)
      .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));
    return {
      group: t(`languages.${l}`),
      items:
        own.length > 0
          ? own.map((x) => ({ value: `t:${x.id}`, label: x.name }))
          : presetsFor(l).map((p) => ({ value: `p:${p.key}`, label: t('order.preset', { name: p.name }) })),
    };
  });
  const fallback = composeDraft(ctx);
  const defaultChoice = fallback.templateId ? `t:${fallback.templateId}` : `p:${fallback.presetKey ?? ''}`;
  const pickerValue = current.templateId
    ? `t:${current.templateId}`
    : current.presetKey
      ? `p:${current.presetKey}`
      : null;

  const stateLine = (() => {
    if (saveState.kind === 'error')
      return { color: 'red', text: t('order.state.error', { reason: saveState.reason }) };
    if (saveState.kind === 'empty' && current.body.trim() === '')
      return { color: 'red', text: t('order.state.empty') };
    if (current.dirty)
      return {
        color: 'dimmed',
        text: saveState.kind === 'saving' ? t('order.state.saving') : t('order.state.unsaved'),
      };
    if (note) return { color: 'teal', text: t('order.state.saved'), saved: true };
    return { color: 'dimmed', text: t('order.state.draft') };
  })();

  const bodyId = `note-body-${orderId}`;
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('order.template')}
          data={pickerData}
          value={pickerValue}
          onChange={applyTemplate}
          allowDeselect={false}
          size={compact ? 'xs' : 'sm'}
          w={compact ? 220 : 260}
          comboboxProps={{ withinPortal: true }}
        />
        <Tooltip label={t('order.redraft')}>
          <ActionIcon
            variant="default"
            size={compact ? 'md' : 'lg'}
            aria-label={t('order.redraft')}
            onClick={() => applyTemplate(pickerValue ?? defaultChoice)}
          >
            <IconRefresh size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <div>
          <Text size={compact ? 'xs' : 'sm'} fw={500} mb={4} id={`${bodyId}-how`}>
            {t('order.how')}
          </Text>
          <SegmentedControl
            aria-labelledby={`${bodyId}-how`}
            size={compact ? 'xs' : 'sm'}
            value={current.mode}
            onChange={(v) => change({ mode: v as NoteMode }, true)}
            data={[
              { value: 'handwritten', label: t('mode.handwritten') },
              { value: 'printed', label: t('mode.printed') },
            ]}
          />
        </div>
        {current.mode === 'handwritten' && (
          <Checkbox
            label={t('order.written')}
            description={compact ? undefined : t('order.writtenHint')}
            checked={current.written}
            onChange={(e) => change({ written: e.currentTarget.checked }, true)}
            mb={compact ? 4 : 0}
          />
        )}
      </Group>

      <Text size="xs" c="dimmed">
        {language === ctx.noteLanguage
          ? t('order.languageHint', { language: t(`languages.${language}`) })
          : t('order.otherLanguage', {
              language: t(`languages.${language}`),
              customerLanguage: t(`languages.${ctx.noteLanguage}`),
            })}
      </Text>

      <Textarea
        id={bodyId}
        ref={textarea}
        label={t('order.body')}
        value={current.body}
        onChange={(e) => {
          caret.current = e.currentTarget.selectionStart;
          change({ body: e.currentTarget.value, typed: true });
        }}
        onSelect={(e) => {
          caret.current = e.currentTarget.selectionStart;
        }}
        onKeyDown={(e) => {
          // Ctrl/Cmd+S saves now rather than after the pause.
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
            e.preventDefault();
            if (current.dirty) setEdit({ ...current, urgent: true });
          }
        }}
        autosize
        minRows={compact ? 3 : 5}
        maxRows={compact ? 8 : 16}
        styles={{ input: { fontFamily: 'inherit', lineHeight: 1.5 } }}
      />

      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="xs" c={stateLine.color} role="status" aria-live="polite" data-testid="note-save-state">
          {stateLine.saved && (
            <IconCheck size={12} aria-hidden style={{ verticalAlign: -1, marginRight: 4 }} />
          )}
          {stateLine.text}
        </Text>
        {note?.printedAt !== undefined ? (
          <Text size="xs" c="dimmed">
            {t('order.printedOn', { date: f.date(localDate(note.printedAt)) })}
          </Text>
        ) : (
          current.mode === 'printed' && (
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {t('order.toPrint')}
              </Text>
              {!compact && (
                <Anchor component={Link} to={noteCardsHref([orderId])} size="xs">
                  <IconPrinter size={12} aria-hidden style={{ verticalAlign: -1, marginRight: 4 }} />
                  {t('order.openPrint')}
                </Anchor>
              )}
            </Group>
          )
        )}
      </Group>

      {line ? (
        <Paper withBorder radius="sm" p="xs" bg="var(--mantine-color-default-hover)">
          <Group justify="space-between" gap="xs" wrap="nowrap" align="center">
            <div style={{ minWidth: 0 }}>
              <Text size="xs" c="dimmed" id={`${bodyId}-line`}>
                {t('order.personalLine')}
              </Text>
              <Text size="sm" fs="italic">
                {line}
              </Text>
            </div>
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconTextPlus size={14} aria-hidden />}
              onClick={insertLine}
              disabled={current.body.includes(line)}
              aria-label={current.body.includes(line) ? t('order.alreadyIn') : t('order.insertLabel')}
            >
              {current.body.includes(line) ? t('order.alreadyIn') : t('order.insert')}
            </Button>
          </Group>
        </Paper>
      ) : (
        !compact && (
          <Text size="xs" c="dimmed">
            {t('order.firstOrder')}
          </Text>
        )
      )}

      {!ctx.shop.name.trim() && !compact && (
        <Text size="xs" c="dimmed">
          <IconInfoCircle size={12} aria-hidden style={{ verticalAlign: -1, marginRight: 4 }} />
          {t('order.noShopName')}{' '}
          <Anchor component={Link} to="/settings" size="xs">
            {t('order.setShopName')}
          </Anchor>
        </Text>
      )}

      {leftovers.length > 0 && (
        <Alert color="blue" variant="light" icon={<IconAlertCircle size={18} />} p="xs">
          <Text size="sm">
            {t('order.placeholdersInNote', { names: leftovers.map((n) => `{${n}}`).join(', ') })}
          </Text>
        </Alert>
      )}

      {warning && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t('warning.title')}
          role="alert"
          p={compact ? 'xs' : 'sm'}
        >
          {t('warning.body', { reward: warning.reward, review: warning.review })}
        </Alert>
      )}
    </Stack>
  );
}
