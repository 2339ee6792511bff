import type { ReactNode } from 'react';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import classes from './today.module.css';

/** A titled card of Today with its count and an honest empty state. */
export function Section({
  id,
  title,
  hint,
  count,
  actions,
  empty,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  count?: number;
  actions?: ReactNode;
  empty?: { title: string; body: string };
  children?: ReactNode;
}) {
  return (
    <Card withBorder padding={0} className={classes.section} component="section" aria-labelledby={id}>
      <Group justify="space-between" p="sm" pb={empty ? 'sm' : 'xs'} wrap="nowrap" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={3} size="h4" id={id}>
              {title}
            </Title>
            {count !== undefined && count > 0 && (
              <Badge variant="light" size="lg" circle={count < 10}>
                {count}
              </Badge>
            )}
          </Group>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {actions}
      </Group>
      {empty ? (
        <Stack gap={2} px="sm" pb="md">
          <Text fw={500}>{empty.title}</Text>
          <Text size="sm" c="dimmed">
            {empty.body}
          </Text>
        </Stack>
      ) : (
        children
      )}
    </Card>
  );
}
