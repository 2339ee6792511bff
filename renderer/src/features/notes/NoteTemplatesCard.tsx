import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Divider,
  Group,
  Menu,
  Modal,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconCopy, IconPencil, IconPlus, IconStar, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { noteLanguages } from '@shared/domain/customer';
import type { NoteTemplate } from '@shared/domain/other';
import type { NoteLanguage } from '@shared/notes/placeholders';
import { defaultPreset, presetsFor } from '@shared/notes/presets';
import { ValidationError } from '@shared/validation';
import { errorMessage } from '@/app/errors';
import { useSetting } from '@/app/useSetting';
import { addPresetTemplates, deleteTemplate, listTemplates, setDefaultTemplate } from '@/db/notes';
import { writeSetting } from '@/db/settings';
import { shopSetting, type NoteMode, type ShopSetting } from '@/db/shop-settings';
import { TemplateEditor, type TemplateDraft } from './TemplateEditor';

/** Settings card: the shop's details for notes, and the note templates per language. */
export function NoteTemplatesCard() {
  const { t } = useTranslation('notes');
  const shop = useSetting(shopSetting);
  return (
    <Card withBorder>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3} size="h4">
            {t('title')}
          </Title>
          <Text>{t('settings.intro')}</Text>
        </Stack>
        {shop && <ShopDetails key={JSON.stringify(shop)} shop={shop} />}
        <Divider />
        <Templates shop={shop} />
      </Stack>
    </Card>
  );
}

function ShopDetails({ shop }: { shop: ShopSetting }) {
  const { t } = useTranslation('notes');
  const [name, setName] = useState(shop.name);
  const [code, setCode] = useState(shop.discountCode ?? '');
  const [mode, setMode] = useState<NoteMode>(shop.noteMode);
  const [errors, setErrors] = useState<{ name?: string; code?: string }>({});
  const [busy, setBusy] = useState(false);

  async function save() {
    const next: typeof errors = {};
    if (name.trim().length > 100) next.name = t('settings.shop.errors.tooLong');
    if (/\s/.test(code.trim())) next.code = t('settings.shop.errors.codeSpaces');
    else if (code.trim().length > 40) next.code = t('settings.shop.errors.tooLong');
    setErrors(next);
    if (next.name || next.code) return;
    setBusy(true);
    try {
      await writeSetting(shopSetting, {
        name,
        noteMode: mode,
        ...(code.trim() ? { discountCode: code } : {}),
      });
      notifications.show({ color: 'teal', message: t('settings.shop.saved') });
    } catch (e) {
      if (e instanceof ValidationError) {
        setErrors({
          name: e.issues.some((i) => i.path === 'name') ? t('settings.shop.errors.tooLong') : undefined,
          code: e.issues.some((i) => i.path === 'discountCode')
            ? t('settings.shop.errors.codeSpaces')
            : undefined,
        });
      } else {
        notifications.show({ color: 'red', title: t('common:errors.title'), message: errorMessage(e, t) });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      aria-labelledby="notes-shop-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm">
        <Title order={4} size="h5" id="notes-shop-heading">
          {t('settings.shop.heading')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('settings.shop.name')}
            description={t('settings.shop.nameHint')}
            autoComplete="off"
            value={name}
            error={errors.name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            label={t('settings.shop.code')}
            description={t('settings.shop.codeHint')}
            autoComplete="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={code}
            error={errors.code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Group justify="space-between" align="flex-end">
          <div>
            <Text size="sm" fw={500} mb={4} id="notes-shop-mode">
              {t('settings.shop.mode')}
            </Text>
            <SegmentedControl
              aria-labelledby="notes-shop-mode"
              value={mode}
              onChange={(m) => setMode(m as NoteMode)}
              data={[
                { value: 'handwritten', label: t('mode.handwritten') },
                { value: 'printed', label: t('mode.printed') },
              ]}
            />
          </div>
          <Button type="submit" variant="light" loading={busy}>
            {t('settings.shop.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface Editing {
  template?: NoteTemplate;
  initial: TemplateDraft;
}

function Templates({ shop }: { shop: ShopSetting | undefined }) {
  const { t, i18n } = useTranslation('notes');
  const { t: tc } = useTranslation('common');
  const templates = useLiveQuery(() => listTemplates(), []);
  const [tab, setTab] = useState<NoteLanguage>(i18n.language === 'tr' ? 'tr' : 'en');
  const [editing, setEditing] = useState<Editing | null>(null);

  const fail = (e: unknown) =>
    notifications.show({ color: 'red', title: tc('errors.title'), message: errorMessage(e, t) });

  const uniqueName = (name: string, language: NoteLanguage) => {
    const taken = new Set(
      (templates ?? []).filter((x) => x.language === language).map((x) => x.name.toLowerCase()),
    );
    let candidate = name;
    while (taken.has(candidate.toLowerCase()))
      candidate = t('settings.templates.copyName', { name: candidate });
    return candidate;
  };

  async function addPresets(language: NoteLanguage) {
    try {
      const count = await addPresetTemplates(language);
      notifications.show({
        color: 'teal',
        message: count
          ? t('settings.templates.presetsAdded', { count })
          : t('settings.templates.presetsNone'),
      });
    } catch (e) {
      fail(e);
    }
  }

  async function makeDefault(x: NoteTemplate) {
    try {
      await setDefaultTemplate(x.id);
      notifications.show({
        color: 'teal',
        message: t('settings.templates.madeDefault', {
          name: x.name,
          language: t(`languages.${x.language}`),
        }),
      });
    } catch (e) {
      fail(e);
    }
  }

  function confirmDelete(x: NoteTemplate) {
    modals.openConfirmModal({
      title: t('settings.templates.deleteTitle', { name: x.name }),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('settings.templates.deleteBody')}</Text>
          {x.isDefault && (
            <Text size="sm">
              {t('settings.templates.deleteDefault', { language: t(`languages.${x.language}`) })}
            </Text>
          )}
        </Stack>
      ),
      labels: { confirm: tc('actions.delete'), cancel: tc('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void deleteTemplate(x.id).then(
          () =>
            notifications.show({ color: 'teal', message: t('settings.templates.deleted', { name: x.name }) }),
          fail,
        ),
    });
  }

  const open = (e: Editing) => setEditing(e);

  return (
    <Stack gap="sm">
      <Title order={4} size="h5">
        {t('settings.templates.heading')}
      </Title>
      <Tabs value={tab} onChange={(v) => v && setTab(v as NoteLanguage)} keepMounted={false}>
        <Tabs.List aria-label={t('settings.templates.languages')}>
          {noteLanguages.map((l) => (
            <Tabs.Tab key={l} value={l}>
              {t(`languages.${l}`)}
              {templates && (
                <Text span c="dimmed" size="xs" ml={6}>
                  {templates.filter((x) => x.language === l).length}
                </Text>
              )}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {noteLanguages.map((l) => {
          const list = (templates ?? []).filter((x) => x.language === l);
          const language = t(`languages.${l}`);
          return (
            <Tabs.Panel key={l} value={l} pt="md">
              <Stack gap="sm">
                <Group gap="xs">
                  <Button
                    size="xs"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() =>
                      open({ initial: { name: '', language: l, body: '', isDefault: list.length === 0 } })
                    }
                  >
                    {t('settings.templates.new')}
                  </Button>
                  <Menu position="bottom-start" withinPortal>
                    <Menu.Target>
                      <Button
                        size="xs"
                        variant="default"
                        rightSection={<IconChevronDown size={14} aria-hidden />}
                      >
                        {t('settings.templates.fromPreset')}
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {presetsFor(l).map((p) => (
                        <Menu.Item
                          key={p.key}
                          onClick={() =>
                            open({
                              initial: {
                                name: uniqueName(p.name, l),
                                language: l,
                                body: p.body,
                                isDefault: list.length === 0,
                              },
                            })
                          }
                        >
                          {p.name}
                        </Menu.Item>
                      ))}
                    </Menu.Dropdown>
                  </Menu>
                </Group>

                {templates !== undefined && list.length === 0 && (
                  <Paper withBorder p="md" radius="md" bg="var(--mantine-color-default-hover)">
                    <Stack gap="xs" align="flex-start">
                      <Text fw={600}>{t('settings.templates.emptyTitle', { language })}</Text>
                      <Text size="sm" c="dimmed">
                        {t('settings.templates.emptyBody', { language, preset: defaultPreset(l).name })}
                      </Text>
                      <Button size="xs" variant="light" onClick={() => void addPresets(l)}>
                        {t('settings.templates.addPresets')}
                      </Button>
                    </Stack>
                  </Paper>
                )}

                <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {list.map((x) => (
                    <Paper key={x.id} withBorder p="sm" radius="md" component="li" aria-label={x.name}>
                      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                        <Stack gap={2} style={{ minWidth: 0 }}>
                          <Group gap="xs">
                            <Text fw={600}>{x.name}</Text>
                            {x.isDefault && (
                              <Badge size="sm" variant="light" color="teal">
                                {t('settings.templates.default')}
                              </Badge>
                            )}
                          </Group>
                          <Text size="sm" c="dimmed" lineClamp={2}>
                            {x.body.replace(/\s*\n\s*/g, ' ')}
                          </Text>
                        </Stack>
                        <Group gap={4} wrap="nowrap">
                          {!x.isDefault && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              leftSection={<IconStar size={12} aria-hidden />}
                              aria-label={t('settings.templates.makeDefaultLabel', { name: x.name })}
                              onClick={() => void makeDefault(x)}
                            >
                              {t('settings.templates.makeDefault')}
                            </Button>
                          )}
                          <Tooltip label={tc('actions.edit')}>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('settings.templates.edit', { name: x.name })}
                              onClick={() =>
                                open({
                                  template: x,
                                  initial: {
                                    name: x.name,
                                    language: x.language,
                                    body: x.body,
                                    isDefault: x.isDefault,
                                  },
                                })
                              }
                            >
                              <IconPencil size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label={t('settings.templates.duplicate', { name: x.name })}>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('settings.templates.duplicate', { name: x.name })}
                              onClick={() =>
                                open({
                                  initial: {
                                    name: uniqueName(
                                      t('settings.templates.copyName', { name: x.name }),
                                      x.language,
                                    ),
                                    language: x.language,
                                    body: x.body,
                                    isDefault: false,
                                  },
                                })
                              }
                            >
                              <IconCopy size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label={tc('actions.delete')}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('settings.templates.delete', { name: x.name })}
                              onClick={() => confirmDelete(x)}
                            >
                              <IconTrash size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Group>
                    </Paper>
                  ))}
                </Stack>
              </Stack>
            </Tabs.Panel>
          );
        })}
      </Tabs>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.template
            ? t('settings.editor.titleEdit', { name: editing.template.name })
            : t('settings.editor.titleNew')
        }
        size="xl"
      >
        {editing && (
          <TemplateEditor
            template={editing.template}
            initial={editing.initial}
            shop={shop ?? {}}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              setTab(saved.language);
              notifications.show({
                color: 'teal',
                message: t('settings.templates.saved', { name: saved.name }),
              });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
