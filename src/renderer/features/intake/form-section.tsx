import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled group of the intake form, dense: the whole form should fit a 1080p screen without scrolling. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Title order={3} size="h6" mb={6}>
        {title}
      </Title>
      <Stack gap="xs">{children}</Stack>
    </Paper>
  );
}
