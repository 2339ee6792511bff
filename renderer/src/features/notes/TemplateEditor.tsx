import { useRef, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { noteLanguages } from '@shared/domain/customer';
import type { NoteTemplate } from '@shared/domain/other';
import { insertAt } from '@shared/notes/insert';
import {
  notePlaceholderProblems,
  notePlaceholders,
  type NoteLanguage,
  type PlaceholderProblem,
} from '@shared/notes/placeholders';
import { previewValues } from '@shared/notes/preview';
import { reviewIncentiveWarning } from '@shared/notes/review-incentive';
import { renderNote, type ShopForNotes } from '@shared/notes/values';
import { ValidationError } from '@shared/validation';
import { createTemplate, updateTemplate } from '@/db/notes';

export interface TemplateDraft {
  name: string;
  language: NoteLanguage;
  body: string;
  isDefault: boolean;
}

export interface TemplateEditorProps {
  /** The template being edited; a new one is created when absent. */
  template?: NoteTemplate;
  initial: TemplateDraft;
  shop: Partial<ShopForNotes>;
  onSaved: (t: NoteTemplate) => void;
  onCancel: () => void;
}

/** Unknown placeholders as sentences the seller can act on. */
export function problemMessages(problems: readonly PlaceholderProblem[], t: TFunction<'notes'>): string[] {
  return problems.map((p) =>
    p.suggestion
      ? t('settings.editor.errors.unknownSuggest', {
          placeholder: `{${p.name}}`,
          suggestion: `{${p.suggestion}}`,
        })
      : t('settings.editor.errors.unknown', { placeholder: `{${p.name}}` }),
  );
}

/** Name, language and text of a template, with a live preview, placeholder buttons and the checks. */
export function TemplateEditor({ template, initial, shop, onSaved, onCancel }: TemplateEditorProps) {
  const { t } = useTranslation('notes');
  const { t: tc } = useTranslation('common');
  const [v, setV] = useState<TemplateDraft>(initial);
  const [firstOrder, setFirstOrder] = useState(false);
  const [errors, setErrors] = useState<{ name?: string; body?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const caret = useRef<number | undefined>(undefined);

  const problems = problemMessages(notePlaceholderProblems(v.body), t);
  const warning = reviewIncentiveWarning(v.body);
  const preview = renderNote(v.body, previewValues(v.language, shop, { firstOrder })).text;
  const bodyError = problems.length > 0 ? problems.join(' ') : errors.body;

  function insert(name: string) {
    const r = insertAt(v.body, `{${name}}`, caret.current ?? v.body.length);
    setV({ ...v, body: r.text });
    caret.current = r.caret;
    requestAnimationFrame(() => {
      const el = bodyRef.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(r.caret, r.caret);
    });
  }

  async function save() {
    const next: typeof errors = {};
    if (!v.name.trim()) next.name = t('settings.editor.errors.name');
    if (!v.body.trim()) next.body = t('settings.editor.errors.body');
    if (next.name || next.body || problems.length > 0) {
      setErrors({ ...next, form: t('settings.editor.errors.check') });
      (next.name ? nameRef : bodyRef).current?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const input = { name: v.name, language: v.language, body: v.body, isDefault: v.isDefault };
      onSaved(template ? await updateTemplate(template.id, input) : await createTemplate(input));
    } catch (e) {
      if (e instanceof ValidationError) {
        const out: typeof errors = { form: t('settings.editor.errors.check') };
        for (const issue of e.issues) {
          if (issue.path === 'name') out.name = t('settings.editor.errors.tooLong');
          else if (issue.path === 'body') out.body ??= issue.message;
          else if (issue.path === '') out.form = t('settings.editor.errors.gone');
        }
        setErrors(out);
      } else {
        setErrors({ form: tc('errors.saveFailed', { reason: (e as Error).message }) });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      aria-label={
        template ? t('settings.editor.titleEdit', { name: template.name }) : t('settings.editor.titleNew')
      }
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="md">
        {errors.form && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {errors.form}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            ref={nameRef}
            label={t('settings.editor.name')}
            withAsterisk
            data-autofocus
            autoComplete="off"
            value={v.name}
            error={errors.name}
            onChange={(e) => {
              setV({ ...v, name: e.currentTarget.value });
              setErrors((x) => ({ ...x, name: undefined }));
            }}
          />
          <Select
            label={t('settings.editor.language')}
            data={noteLanguages.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            value={v.language}
            allowDeselect={false}
            onChange={(l) => l && setV({ ...v, language: l as NoteLanguage })}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="xs">
            <Textarea
              ref={bodyRef}
              label={t('settings.editor.body')}
              description={t('settings.editor.bodyHint')}
              withAsterisk
              autosize
              minRows={8}
              maxRows={18}
              value={v.body}
              error={bodyError}
              // The error is said below the box; the text itself stays readable.
              styles={{ input: { color: 'var(--mantine-color-text)' } }}
              onChange={(e) => {
                caret.current = e.currentTarget.selectionStart;
                setV({ ...v, body: e.currentTarget.value });
                setErrors((x) => ({ ...x, body: undefined }));
              }}
              onSelect={(e) => {
                caret.current = e.currentTarget.selectionStart;
              }}
            />
            <Box>
              <Text size="sm" fw={500} mb={6} id="template-placeholders">
                {t('settings.editor.placeholders')}
              </Text>
              <Stack gap={6} role="list" aria-labelledby="template-placeholders">
                {notePlaceholders.map((p) => (
                  <Group key={p} gap="xs" wrap="nowrap" align="flex-start" role="listitem">
                    <Button
                      size="compact-xs"
                      variant="default"
                      ff="monospace"
                      style={{ flex: 'none' }}
                      aria-label={t('settings.editor.insert', { placeholder: `{${p}}` })}
                      onClick={() => insert(p)}
                    >
                      {`{${p}}`}
                    </Button>
                    <Text size="xs" c="dimmed">
                      {t(`placeholders.${p}`)}
                    </Text>
                  </Group>
                ))}
              </Stack>
            </Box>
          </Stack>

          <Stack gap="xs">
            <Group justify="space-between" gap="xs">
              <Title order={4} size="h6" id="template-preview-title">
                {t('settings.editor.preview')}
              </Title>
              <Switch
                size="xs"
                label={t('settings.editor.previewFirst')}
                checked={firstOrder}
                onChange={(e) => setFirstOrder(e.currentTarget.checked)}
              />
            </Group>
            <Paper
              withBorder
              p="md"
              radius="sm"
              component="section"
              aria-labelledby="template-preview-title"
              data-testid="template-preview"
              style={{ whiteSpace: 'pre-wrap', minHeight: 160 }}
            >
              {preview.trim() ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {preview}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('settings.editor.previewEmpty')}
                </Text>
              )}
            </Paper>
            <Text size="xs" c="dimmed">
              {t('settings.editor.previewNote')}
            </Text>
            {warning && (
              <Alert
                color="orange"
                variant="light"
                icon={<IconAlertTriangle size={18} />}
                title={t('warning.title')}
                role="alert"
              >
                {t('warning.body', { reward: warning.reward, review: warning.review })}
              </Alert>
            )}
          </Stack>
        </SimpleGrid>

        <Checkbox
          label={t('settings.editor.isDefault')}
          checked={v.isDefault}
          onChange={(e) => setV({ ...v, isDefault: e.currentTarget.checked })}
        />

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('settings.editor.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
