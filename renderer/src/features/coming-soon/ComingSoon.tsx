import { Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** An honest placeholder for a screen that a later release builds. */
export function ComingSoon({
  screen,
}: {
  screen: 'today' | 'reminders' | 'reviews' | 'surprises' | 'insights';
}) {
  const { t } = useTranslation();
  return (
    <Center h="70vh">
      <Stack align="center" maw={460} gap="sm">
        <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
          <IconTools size={30} />
        </ThemeIcon>
        <Title order={2} ta="center">
          {t('comingSoon.title', { screen: t(`nav.${screen}`) })}
        </Title>
        <Text c="dimmed" ta="center">
          {t('comingSoon.body')}
        </Text>
      </Stack>
    </Center>
  );
}
