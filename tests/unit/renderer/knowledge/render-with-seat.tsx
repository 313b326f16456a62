import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { AppProviders } from '../../../../src/renderer/app/app-providers';
import { createSeatClient } from '../../../../src/shared/contract/seat-client';
import { createFakeBridge, type FakeBridge } from '../../../helpers/fake-bridge';

/** One component inside the app's providers (query client, language, theme, notifications) over a fake bridge. */
export function renderWithSeat(ui: ReactNode, { bridge = createFakeBridge() }: { bridge?: FakeBridge } = {}) {
  const user = userEvent.setup();
  const view = render(<AppProviders client={createSeatClient(bridge)}>{ui}</AppProviders>);
  return { bridge, user, ...view };
}

export const callsOf = (bridge: FakeBridge, method: string) => bridge.calls.filter((call) => call.method === method).map((call) => call.input);
