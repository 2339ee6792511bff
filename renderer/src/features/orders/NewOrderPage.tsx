import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { BackLink } from './BackLink';
import { OrderForm } from './OrderForm';
import { orderNumber } from './model';

/** `/orders/new`, with `?customer=<id>` to start from a customer's page. */
export default function NewOrderPage() {
  const { t } = useTranslation('orders');
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const customerId = params.get('customer') ?? undefined;

  return (
    <Stack gap="lg" maw={1400}>
      <Stack gap={4}>
        <BackLink />
        <Title order={2}>{t('newTitle')}</Title>
      </Stack>
      <OrderForm
        // A different ?customer= starts a fresh form.
        key={customerId ?? ''}
        initialCustomerId={customerId}
        onSaved={(o) => {
          notifications.show({ color: 'teal', message: t('notify.created', { number: orderNumber(o) }) });
          navigate(`/orders/${o.id}`, { replace: true });
        }}
        // Back where the seller came from; to the orders when the form was opened directly.
        onCancel={() => (location.key === 'default' ? navigate('/orders') : navigate(-1))}
      />
    </Stack>
  );
}
