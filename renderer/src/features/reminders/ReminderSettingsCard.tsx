import { useState } from 'react';
import {
  Badge,
  Button,
  Card,
  Divider,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  defaultMessages,
  messagePlaceholders,
  messageTemplate,
  unknownMessagePlaceholders,
} from '@shared/reminders/messages';
import {
  messageKinds,
  messageLanguages,
  type MessageKind,
  type MessageLanguage,
  type MessageSettings,
  type ReminderRules,
} from '@shared/reminders/settings';
import { suggestPlaceholder } from '@shared/templates/render';
import { messageSettingsSetting, reminderRulesSetting } from '@/db/reminder-rules';
import { writeSetting } from '@/db/settings';
import { shopSetting } from '@/db/shop-settings';
import { useSetting } from '@/app/useSetting';
import { failureReason } from './useReminderActions';
import { notificationPermission, requestNotificationPermission, type Permission } from './permission';

const placeholderList = messagePlaceholders.map((p) => `{${p}}`).join(' ');

/** Settings → Reminders: the rules, desktop notifications, and the wording of the messages. */
export function ReminderSettingsCard() {
  const { t } = useTranslation('reminders');
  const rules = useSetting(reminderRulesSetting);
  const messages = useSetting(messageSettingsSetting);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('settings.heading')}
        </Title>
        {rules && <RulesForm rules={rules} />}
        <Divider />
        {messages && <MessagesForm settings={messages} />}
      </Stack>
    </Card>
  );
}

function RulesForm({ rules }: { rules: ReminderRules }) {
  const { t } = useTranslation('reminders');
  const save = async (changes: Partial<ReminderRules>) => {
    try {
      await writeSetting(reminderRulesSetting, { ...rules, ...changes });
    } catch (e) {
      notifications.show({ color: 'red', message: failureReason(e) });
    }
  };
  return (
    <Stack gap="sm">
      <Text fw={600} size="sm">
        {t('settings.rules')}
      </Text>
      <Switch
        label={t('settings.thankYouNote')}
        description={t('settings.thankYouNoteHint')}
        checked={rules.thankYouNote}
        onChange={(e) => void save({ thankYouNote: e.currentTarget.checked })}
      />
      <Switch
        label={t('settings.reviewRequest')}
        description={t('settings.reviewRequestHint')}
        checked={rules.reviewRequest}
        onChange={(e) => void save({ reviewRequest: e.currentTarget.checked })}
      />
      <Group gap="md" align="flex-start" pl={54}>
        <DaysInput
          key={`delay-${rules.reviewDelayDays}`}
          label={t('settings.reviewDelayDays')}
          value={rules.reviewDelayDays}
          max={90}
          disabled={!rules.reviewRequest}
          onSave={(n) => save({ reviewDelayDays: n })}
        />
        <DaysInput
          key={`transit-${rules.transitDays}`}
          label={t('settings.transitDays')}
          description={t('settings.transitDaysHint')}
          value={rules.transitDays}
          max={60}
          disabled={!rules.reviewRequest}
          onSave={(n) => save({ transitDays: n })}
        />
      </Group>
      <Switch
        label={t('settings.notifications')}
        description={t('settings.notificationsHint')}
        checked={rules.notifications}
        onChange={(e) => void save({ notifications: e.currentTarget.checked })}
      />
      {rules.notifications && <PermissionState />}
    </Stack>
  );
}

/** A whole number of days, saved when it is valid and the field is left (or Enter is pressed). */
function DaysInput({
  label,
  description,
  value,
  max,
  disabled,
  onSave,
}: {
  label: string;
  description?: string;
  value: number;
  max: number;
  disabled?: boolean;
  onSave: (n: number) => Promise<void>;
}) {
  const [draft, setDraft] = useState<string | number>(value);
  const commit = () => {
    const n = typeof draft === 'number' ? draft : Number.parseInt(draft, 10);
    if (!Number.isInteger(n) || n < 0 || n > max) {
      setDraft(value);
      return;
    }
    if (n !== value) void onSave(n);
  };
  return (
    <NumberInput
      label={label}
      description={description}
      value={draft}
      onChange={setDraft}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
      min={0}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="strict"
      disabled={disabled}
      w={200}
    />
  );
}

function PermissionState() {
  const { t } = useTranslation('reminders');
  const [permission, setPermission] = useState<Permission>(notificationPermission);
  if (permission === 'granted') {
    return (
      <Text size="sm" c="teal" pl={54}>
        {t('settings.permission.granted')}
      </Text>
    );
  }
  return (
    <Group gap="sm" pl={54}>
      <Text size="sm" c={permission === 'default' ? undefined : 'orange'}>
        {t(`settings.permission.${permission}`)}
      </Text>
      {permission === 'default' && (
        <Button
          size="xs"
          variant="light"
          onClick={() => void requestNotificationPermission().then(setPermission)}
        >
          {t('settings.permission.ask')}
        </Button>
      )}
    </Group>
  );
}

function MessagesForm({ settings }: { settings: MessageSettings }) {
  const { t } = useTranslation('reminders');
  const [kind, setKind] = useState<MessageKind>('reviewRequest');
  const [lang, setLang] = useState<MessageLanguage>('en');
  return (
    <Stack gap="sm">
      <Text fw={600} size="sm">
        {t('settings.messages')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('settings.messagesHint', { placeholders: placeholderList })}
      </Text>
      <ShopName />
      <Group gap="md">
        <div>
          <Text size="sm" fw={500} mb={4} id="reminder-message-kind">
            {t('settings.template')}
          </Text>
          <SegmentedControl
            aria-labelledby="reminder-message-kind"
            value={kind}
            onChange={(v) => setKind(v as MessageKind)}
            data={messageKinds.map((k) => ({ value: k, label: t(`settings.kinds.${k}`) }))}
          />
        </div>
        <div>
          <Text size="sm" fw={500} mb={4} id="reminder-message-language">
            {t('settings.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="reminder-message-language"
            value={lang}
            onChange={(v) => setLang(v as MessageLanguage)}
            data={messageLanguages.map((l) => ({ value: l, label: t(`settings.languages.${l}`) }))}
          />
        </div>
      </Group>
      {/* A new key when the stored text changes (saved, reset, another window): the draft starts from it. */}
      <TemplateEditor
        key={`${kind}-${lang}-${messageTemplate(settings, kind, lang)}`}
        settings={settings}
        kind={kind}
        lang={lang}
      />
    </Stack>
  );
}

/** Messages are signed with the shop name the note settings keep ({shopName}). */
function ShopName() {
  const { t } = useTranslation('reminders');
  const shop = useSetting(shopSetting);
  if (!shop) return null;
  return shop.name ? (
    <Text size="sm">{t('settings.signedAs', { name: shop.name })}</Text>
  ) : (
    <Text size="sm" c="orange">
      {t('settings.noShopName')}
    </Text>
  );
}

function TemplateEditor({
  settings,
  kind,
  lang,
}: {
  settings: MessageSettings;
  kind: MessageKind;
  lang: MessageLanguage;
}) {
  const { t } = useTranslation('reminders');
  const stored = messageTemplate(settings, kind, lang);
  const customised = settings[kind][lang] !== undefined;
  const [draft, setDraft] = useState(stored);
  const unknown = unknownMessagePlaceholders(draft);
  const error =
    unknown.length > 0
      ? t('settings.unknown', {
          names: unknown
            .map((n) => {
              const suggestion = suggestPlaceholder(n, messagePlaceholders);
              return suggestion
                ? t('settings.didYouMean', { name: `{${n}}`, suggestion: `{${suggestion}}` })
                : `{${n}}`;
            })
            .join(', '),
          placeholders: placeholderList,
        })
      : undefined;

  const write = async (text: string | undefined, message: string) => {
    try {
      await writeSetting(messageSettingsSetting, {
        ...settings,
        [kind]: { ...settings[kind], [lang]: text },
      });
      notifications.show({ color: 'teal', message });
    } catch (e) {
      notifications.show({ color: 'red', message: failureReason(e) });
    }
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge variant="light" color={customised ? 'grape' : 'gray'} tt="none">
          {customised ? t('settings.customised') : t('settings.isDefault')}
        </Badge>
      </Group>
      <Textarea
        label={`${t('settings.body')}: ${t(`settings.kinds.${kind}`)} (${t(`settings.languages.${lang}`)})`}
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        error={error}
        autosize
        minRows={6}
        maxRows={16}
        maxLength={5_000}
      />
      <Group gap="xs">
        <Button
          size="xs"
          disabled={draft === stored || unknown.length > 0 || draft.trim() === ''}
          onClick={() =>
            // Saving the default text itself keeps following the default.
            void write(draft === defaultMessages[kind][lang] ? undefined : draft, t('settings.messageSaved'))
          }
        >
          {t('settings.save')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!customised && draft === stored}
          onClick={() => {
            setDraft(defaultMessages[kind][lang]);
            if (customised) void write(undefined, t('settings.messageReset'));
          }}
        >
          {t('settings.reset')}
        </Button>
      </Group>
    </Stack>
  );
}
