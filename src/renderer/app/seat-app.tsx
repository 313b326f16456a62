import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { SeatClient } from '../../shared/contract/seat-client';
import { ErrorBoundary } from '../components/error-boundary';
import { AppProviders } from './app-providers';
import { RootErrorFallback } from './root-error-fallback';
import { SeatShell } from './seat-shell';

/**
 * The whole renderer for a given transport. Hash routing, because the seat is
 * served from app:// (or the browser host) with no server-side routes.
 */
export function SeatApp({ client }: { client: SeatClient }) {
  return (
    <ErrorBoundary fallback={(error) => <RootErrorFallback error={error} />}>
      <AppProviders client={client}>
        <Router hook={useHashLocation}>
          <SeatShell />
        </Router>
      </AppProviders>
    </ErrorBoundary>
  );
}
