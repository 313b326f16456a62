import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSeatApp } from './render-seat-app';

describe('status bar', () => {
  it('shows the sync status read at start', async () => {
    renderSeatApp();
    const bar = screen.getByRole('status', { name: '同步状态' });
    expect(await screen.findByText('未配置中心')).toBeInTheDocument();
    expect(bar).toHaveTextContent('待同步 0 条');
    expect(bar).toHaveTextContent('尚未同步');
  });

  it('follows sync.status events, with times in Beijing time', async () => {
    const { bridge } = renderSeatApp();
    const bar = screen.getByRole('status', { name: '同步状态' });
    await screen.findByText('未配置中心');

    const lastSyncAt = Date.UTC(2026, 0, 2, 3, 4, 5);
    act(() => bridge.emit('sync.status', { connection: 'online', pending: 3, lastSyncAt }));
    await waitFor(() => expect(bar).toHaveTextContent('在线'));
    expect(bar).toHaveTextContent('待同步 3 条');
    expect(bar).toHaveTextContent('上次同步 2026/01/02 11:04:05');

    act(() => bridge.emit('sync.status', { connection: 'offline', pending: 4, lastSyncAt }));
    await waitFor(() => expect(bar).toHaveTextContent('离线'));
    expect(bar).toHaveTextContent('待同步 4 条');
  });
});
