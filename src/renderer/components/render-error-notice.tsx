import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/use-t';

/** What a caught render error looks like inside the shell. */
export function RenderErrorNotice({ error }: { error: unknown }) {
  const t = useT();
  return (
    <Alert color="red" title={t('error.render.title')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('error.render.body')}</Text>
        <Code block>{error instanceof Error ? error.message : String(error)}</Code>
        <Button size="xs" color="red" onClick={() => window.location.reload()}>
          {t('error.render.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
