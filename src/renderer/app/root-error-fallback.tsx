import { Center, MantineProvider } from '@mantine/core';
import { RenderErrorNotice } from '../components/render-error-notice';
import { seatTheme } from './seat-theme';

/**
 * Shown when the shell itself (or a provider) fails. It brings its own
 * MantineProvider because the app's may be what broke; the text falls back to
 * the default language, since the settings that name the locale may be gone too.
 */
export function RootErrorFallback({ error }: { error: unknown }) {
  return (
    <MantineProvider theme={seatTheme}>
      <Center h="100vh" p="xl">
        <RenderErrorNotice error={error} />
      </Center>
    </MantineProvider>
  );
}
