import { Title } from '@mantine/core';

export default function CustomersPage() {
  return <Title order={2}>CustomersPage</Title>;
}
