import { Badge, type BadgeProps } from '@mantine/core';
import { IconCheck, IconNote, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { noteStatus, type NoteStatus } from '@shared/notes/status';
import { noteForOrder } from '@/db/notes';

const look: Record<NoteStatus, { color: string; icon: typeof IconNote }> = {
  none: { color: 'gray', icon: IconNote },
  draft: { color: 'yellow', icon: IconPencil },
  written: { color: 'teal', icon: IconCheck },
  printed: { color: 'teal', icon: IconPrinter },
};

export type NoteStatusBadgeProps = (
  { orderId: string; status?: never } | { status: NoteStatus; orderId?: never }
) &
  Pick<BadgeProps, 'size'>;

/** Where an order's thank-you note stands: no note, drafted, written by hand, printed. */
export function NoteStatusBadge(props: NoteStatusBadgeProps) {
  return props.status !== undefined ? (
    <StatusBadge status={props.status} size={props.size} />
  ) : (
    <LiveStatusBadge orderId={props.orderId} size={props.size} />
  );
}

function LiveStatusBadge({ orderId, size }: { orderId: string } & Pick<BadgeProps, 'size'>) {
  const status = useLiveQuery(async () => noteStatus(await noteForOrder(orderId)), [orderId]);
  return status === undefined ? null : <StatusBadge status={status} size={size} />;
}

function StatusBadge({ status, size = 'sm' }: { status: NoteStatus } & Pick<BadgeProps, 'size'>) {
  const { t } = useTranslation('notes');
  const { color, icon: Icon } = look[status];
  return (
    <Badge
      color={color}
      variant="light"
      size={size}
      leftSection={<Icon size={12} aria-hidden />}
      data-status={status}
      style={{ textTransform: 'none' }}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
