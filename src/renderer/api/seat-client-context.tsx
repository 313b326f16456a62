import { createContext, useContext, type ReactNode } from 'react';
import type { SeatClient } from '../../shared/contract/seat-client';

/**
 * The client is handed in rather than imported so that the app and the tests
 * choose the transport: the real bridge in main.tsx, a fake one in tests.
 */
const SeatClientContext = createContext<SeatClient | null>(null);

export function SeatClientProvider({ client, children }: { client: SeatClient; children: ReactNode }) {
  return <SeatClientContext.Provider value={client}>{children}</SeatClientContext.Provider>;
}

export function useSeatClient(): SeatClient {
  const client = useContext(SeatClientContext);
  if (!client) throw new Error('useSeatClient must be used inside <SeatClientProvider>');
  return client;
}
