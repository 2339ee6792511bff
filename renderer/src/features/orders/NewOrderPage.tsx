import { Title } from '@mantine/core';

export default function NewOrderPage() {
  return <Title order={2}>NewOrderPage</Title>;
}
