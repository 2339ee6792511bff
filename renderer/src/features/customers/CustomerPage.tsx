import { Title } from '@mantine/core';

export default function CustomerPage() {
  return <Title order={2}>CustomerPage</Title>;
}
