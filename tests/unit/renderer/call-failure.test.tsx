import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../src/shared/contract/contract-error';
import { createFakeBridge } from '../../helpers/fake-bridge';
import { renderSeatApp } from './render-seat-app';

describe('a failing call', () => {
  it('shows a notification with the method, field and reason', async () => {
    const bridge = createFakeBridge();
    bridge.handle('seat.health', () => {
      throw new ContractError({
        code: 'handler_failed',
        method: 'seat.health',
        message: 'seat.health: checks.0: database is locked',
        issues: [{ path: 'checks.0', reason: 'database is locked' }],
      });
    });
    renderSeatApp({ bridge, path: '/settings' });

    expect(await screen.findByText('调用失败：seat.health')).toBeInTheDocument();
    expect(screen.getByText('处理时出错')).toBeInTheDocument();
    expect(screen.getByText('checks.0：database is locked')).toBeInTheDocument();
  });

  it('shows the message when the failure names no field', async () => {
    const bridge = createFakeBridge();
    bridge.handle('sync.status', () => {
      throw new Error('worker exited');
    });
    renderSeatApp({ bridge });

    expect(await screen.findByText('调用失败：sync.status')).toBeInTheDocument();
    expect(screen.getByText('sync.status: worker exited')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '同步状态' })).toHaveTextContent('同步状态不可用');
  });
});
