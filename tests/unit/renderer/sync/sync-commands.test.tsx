import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeBridge } from '../../../helpers/fake-bridge';
import { renderSeatApp } from '../render-seat-app';
import { beijingMorning, operatorZhang, syncStatus } from './sync-fixtures';

describe('sync commands', () => {
  it('F9 syncs now, even from inside a text field, and the answer updates the status bar', async () => {
    const bridge = createFakeBridge();
    bridge.handle('sync.now', () => syncStatus({ connection: 'online', account: operatorZhang, lastSyncAt: beijingMorning }));
    const { user } = renderSeatApp({ bridge, path: '/settings' });
    await user.click(await screen.findByRole('textbox', { name: /中心地址/ }));

    await user.keyboard('{F9}');

    await waitFor(() => expect(bridge.calls.map((call) => call.method)).toContain('sync.now'));
    const bar = screen.getByRole('status', { name: '同步状态' });
    await waitFor(() => expect(bar).toHaveTextContent('上次同步 2026/01/02 11:04:05'));
  });

  it('are in the cheat sheet with their keys and in the palette', async () => {
    const bridge = createFakeBridge();
    bridge.handle('sync.now', () => syncStatus({ connection: 'online', account: operatorZhang }));
    const { user } = renderSeatApp({ bridge });
    await screen.findByRole('heading', { level: 2, name: '受理' });

    await user.keyboard('?');
    const sheet = await screen.findByRole('dialog', { name: '快捷键' });
    for (const [label, keys] of [
      ['立即同步', 'F9'],
      ['查看被拒绝的更改', 'ShiftF9'],
      ['登录 / 切换话务员', 'CtrlShiftL'],
    ] as const) {
      expect(within(sheet).getByText(label).closest('tr')).toHaveTextContent(`${label}${keys}`);
    }
    expect(within(sheet).queryByText('退出登录')).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(sheet).not.toBeInTheDocument());

    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog');
    expect(within(palette).getByRole('button', { name: /退出登录/ })).toBeInTheDocument();
    await user.click(within(palette).getByRole('button', { name: /立即同步/ }));
    await waitFor(() => expect(bridge.calls.map((call) => call.method)).toContain('sync.now'));
  });
});
