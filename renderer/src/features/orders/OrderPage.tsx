import { Title } from '@mantine/core';

export default function OrderPage() {
  return <Title order={2}>OrderPage</Title>;
}
