import { Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { RenderErrorNotice } from '../components/render-error-notice';
import { useT } from '../i18n/use-t';
import type { Section } from './sections';

/** Title, window title and an error boundary, the same for every section. */
export function SectionFrame({ section }: { section: Section }) {
  const t = useT();
  const title = t(section.label);
  const appTitle = t('app.title');
  useEffect(() => {
    document.title = `${title} · ${appTitle}`;
  }, [title, appTitle]);
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {title}
      </Title>
      {/* Each route mounts its own frame, so leaving a broken section clears the error. */}
      <ErrorBoundary fallback={(error) => <RenderErrorNotice error={error} />}>
        <section.Page />
      </ErrorBoundary>
    </Stack>
  );
}
