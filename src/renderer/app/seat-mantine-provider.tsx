import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { seatTheme } from './seat-theme';
import { useResolvedColorScheme } from './use-resolved-color-scheme';

/**
 * The theme lives in the seat settings, not in Mantine's localStorage
 * manager, so forcing the resolved scheme keeps one source of truth.
 */
export function SeatMantineProvider({ children }: { children: ReactNode }) {
  const colorScheme = useResolvedColorScheme();
  return (
    <MantineProvider theme={seatTheme} forceColorScheme={colorScheme}>
      {children}
    </MantineProvider>
  );
}
