import { Title } from '@mantine/core';

export default function OrdersPage() {
  return <Title order={2}>OrdersPage</Title>;
}
