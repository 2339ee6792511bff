import { Anchor, Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { openCasesDue, type DueCase } from '@/db/cases';
import { caseClock, useMinuteClock } from './model';

/**
 * Open bad-review cases still waiting for a first response, the soonest deadline first, live; `undefined`
 * while reading. Today hides its card when this is empty.
 */
export function useBadReviewsDue(): DueCase[] | undefined {
  const now = useMinuteClock();
  return useLiveQuery(() => openCasesDue({ now: () => now }), [now]);
}

const stars = (n: number) => '★'.repeat(n) + '☆'.repeat(Math.max(0, 5 - n));

/**
 * Bad reviews to answer, as a compact list for Today (which gives it its card and heading): who, the stars,
 * the 24-hour clock and a link that opens the review. Renders nothing at all when there are none.
 */
export function BadReviewsDue() {
  const { t } = useTranslation('cases');
  const rows = useBadReviewsDue();
  if (!rows || rows.length === 0) return null;
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('due.title')}>
      {rows.map((d) => {
        const who = d.customerName ?? d.review?.reviewer ?? t('due.anonymous');
        const clock = caseClock(d.state, t);
        const href = d.case.reviewId ? `/reviews?review=${encodeURIComponent(d.case.reviewId)}` : '/reviews';
        return (
          <Group component="li" key={d.case.id} gap="xs" wrap="nowrap" justify="space-between">
            <Group gap="xs" wrap="nowrap" miw={0}>
              <Anchor component={Link} to={href} size="sm" truncate aria-label={t('due.open', { name: who })}>
                {who}
              </Anchor>
              {d.review && (
                <>
                  <Text size="sm" c="red" aria-hidden style={{ flex: 'none' }}>
                    {stars(d.review.rating)}
                  </Text>
                  <VisuallyHidden>{t('due.stars', { count: d.review.rating })}</VisuallyHidden>
                </>
              )}
            </Group>
            <Badge size="sm" variant="light" color={clock.color} tt="none" style={{ flex: 'none' }}>
              {clock.text}
            </Badge>
          </Group>
        );
      })}
    </Stack>
  );
}
