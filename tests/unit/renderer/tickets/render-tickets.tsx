import { screen } from '@testing-library/react';
import { afterAll, beforeAll } from 'vitest';
import { createFakeBridge } from '../../../helpers/fake-bridge';
import { installFakeIntakeCore, type FakeIntakeCore } from '../../../helpers/fake-intake-core';
import { renderSeatApp } from '../render-seat-app';

/**
 * jsdom lays nothing out, so the virtual list would see a 0-pixel window and
 * render no rows; the list's scroll box is given a screen's worth of height.
 */
export function withListViewport(height = 600): void {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.id === 'tickets-list' ? height : 0;
      },
    });
  });
  afterAll(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
  });
}

export async function renderTickets(prepare: (core: FakeIntakeCore) => void) {
  const bridge = createFakeBridge();
  const core = installFakeIntakeCore(bridge);
  prepare(core);
  const view = renderSeatApp({ bridge, path: '/tickets' });
  const list = await screen.findByRole('listbox', { name: '工单列表' });
  return { ...view, core, list };
}

export function listCalls(bridge: { calls: { method: string; input: unknown }[] }): Record<string, unknown>[] {
  return bridge.calls.filter((call) => call.method === 'tickets.list').map((call) => call.input as Record<string, unknown>);
}
