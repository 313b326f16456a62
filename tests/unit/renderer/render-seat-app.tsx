import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createSeatClient } from '../../../src/shared/contract/seat-client';
import { SeatApp } from '../../../src/renderer/app/seat-app';
import { createFakeBridge, type FakeBridge } from '../../helpers/fake-bridge';

/** The whole renderer over a fake bridge, opened at a section path such as '/settings'. */
export function renderSeatApp({ bridge = createFakeBridge(), path = '/intake' }: { bridge?: FakeBridge; path?: string } = {}) {
  window.history.replaceState(null, '', `#${path}`);
  const user = userEvent.setup();
  const view = render(<SeatApp client={createSeatClient(bridge)} />);
  return { bridge, user, ...view };
}
