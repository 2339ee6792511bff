import { Suspense } from 'react';
import {
  ActionIcon,
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  Loader,
  NavLink,
  Text,
  Tooltip,
  Kbd,
} from '@mantine/core';
import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBell,
  IconCalendarCheck,
  IconChartLine,
  IconGift,
  IconMoon,
  IconPackage,
  IconPlus,
  IconSearch,
  IconSettings,
  IconStar,
  IconSun,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ErrorBoundary } from './ErrorBoundary';
import { navItems } from './routes';
import { screenFor } from './screens';
import { modKey } from './shortcuts';
import { openPalette } from './palette';
import { useNavCounts } from './useNavCounts';

const icons = {
  today: IconCalendarCheck,
  reminders: IconBell,
  orders: IconPackage,
  customers: IconUsers,
  reviews: IconStar,
  surprises: IconGift,
  insights: IconChartLine,
  settings: IconSettings,
} as const;

function preloadScreen(path: string) {
  void screenFor(`#${path}`)
    ?.preload()
    .catch(() => undefined); // the screen reports a failed download when it is opened
}

export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const counts = useNavCounts();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('actions.toggleNav')}
            />
            <Text fw={700} size="lg">
              {t('appName')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="default"
              leftSection={<IconSearch size={16} />}
              rightSection={<Kbd size="xs">{modKey}+K</Kbd>}
              onClick={openPalette}
              aria-label={t('actions.openPalette')}
            >
              {t('actions.search')}
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/orders/new')}>
              {t('actions.newOrder')}
            </Button>
            <Tooltip label={t('actions.toggleTheme')}>
              <ActionIcon
                variant="default"
                size="lg"
                onClick={() => setColorScheme(scheme === 'light' ? 'dark' : 'light')}
                aria-label={t('actions.toggleTheme')}
              >
                {scheme === 'light' ? <IconMoon size={18} /> : <IconSun size={18} />}
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')} component="nav">
        {navItems.map(({ path, key }) => {
          const Icon = icons[key];
          return (
            <NavLink
              key={path}
              component={Link}
              to={path}
              active={pathname.startsWith(path)}
              aria-current={pathname.startsWith(path) ? 'page' : undefined}
              label={t(`nav.${key}`)}
              leftSection={<Icon size={18} aria-hidden />}
              // The screen's code starts loading when the pointer or focus reaches its entry, before the click.
              onMouseEnter={() => preloadScreen(path)}
              onFocus={() => preloadScreen(path)}
              rightSection={
                counts?.[key as keyof typeof counts] ? (
                  <Badge size="sm" variant="light" circle={(counts[key as keyof typeof counts] ?? 0) < 10}>
                    {counts[key as keyof typeof counts]}
                  </Badge>
                ) : undefined
              }
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main>
        <ErrorBoundary resetKey={pathname}>
          <Suspense fallback={<Loader m="xl" aria-label={t('loading')} />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
