import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { SeatClient } from '../../shared/contract/seat-client';
import { CoreEventsInCache } from '../api/core-events-in-cache';
import { SeatClientProvider } from '../api/seat-client-context';
import { notifyCallFailure } from '../components/call-failure-notification';
import { LocaleProvider } from '../i18n/locale-context';
import { createQueryClient } from './create-query-client';
import { SeatMantineProvider } from './seat-mantine-provider';

/**
 * Order matters: language and theme come from the settings query, so the
 * query client wraps them; Notifications sits inside both so failure
 * messages are translated and themed.
 */
export function AppProviders({ client, children }: { client: SeatClient; children: ReactNode }) {
  const [queryClient] = useState(() => createQueryClient(notifyCallFailure));
  return (
    <SeatClientProvider client={client}>
      <QueryClientProvider client={queryClient}>
        <CoreEventsInCache />
        <LocaleProvider>
          <SeatMantineProvider>
            {/* Bottom right, above the status bar: at the top they covered the caller's screen-pop and history. */}
            <Notifications position="bottom-right" limit={3} containerWidth={380} />
            {children}
          </SeatMantineProvider>
        </LocaleProvider>
      </QueryClientProvider>
    </SeatClientProvider>
  );
}
