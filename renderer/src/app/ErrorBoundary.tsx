import { Component, type ReactNode } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { i18next } from './i18n';

interface State {
  error?: Error;
}

/**
 * A screen that throws shows what went wrong and a way back, instead of a blank window. Data is never at
 * risk here: every write is one transaction that either happened or did not.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidUpdate(prev: { resetKey?: string }) {
    // Navigating elsewhere clears the error.
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = i18next.t.bind(i18next);
    return (
      <Alert color="red" title={t('common:errors.title')} m="md" role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{error.message}</Text>
          <Button variant="light" color="red" onClick={() => location.reload()}>
            {t('common:actions.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
}
