import { expect } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { createFakeBridge } from '../../../helpers/fake-bridge';
import { installFakeIntakeCore } from '../../../helpers/fake-intake-core';
import { renderSeatApp } from '../render-seat-app';

/** The seat on the intake screen over the fake intake core, once the catalog is in the pickers. */
export async function renderIntake({ path = '/intake', prepare }: { path?: string; prepare?: (core: ReturnType<typeof installFakeIntakeCore>) => void } = {}) {
  const bridge = createFakeBridge();
  const core = installFakeIntakeCore(bridge);
  prepare?.(core);
  const view = renderSeatApp({ bridge, path });
  if (path === '/intake') {
    await waitFor(() => expect(screen.getByRole('textbox', { name: /诉求类别/ })).toBeEnabled());
  }
  return { ...view, core };
}

/** Every call the renderer made to one method, with its input. */
export function callsOf(bridge: { calls: { method: string; input: unknown }[] }, method: string): unknown[] {
  return bridge.calls.filter((call) => call.method === method).map((call) => call.input);
}
