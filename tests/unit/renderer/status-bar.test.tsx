import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeBridge } from '../../helpers/fake-bridge';
import { renderSeatApp } from './render-seat-app';
import { beijingMorning, operatorZhang, syncStatus } from './sync/sync-fixtures';

function statusBar() {
  return screen.getByRole('status', { name: '同步状态' });
}

/** Mantine draws a badge's or button's colour from a CSS variable named after the theme colour. */
function themeColor(element: HTMLElement): string | undefined {
  return /--mantine-color-(\w+)-/.exec(element.getAttribute('style') ?? '')?.[1];
}

function dotColor(label: HTMLElement): string | undefined {
  return themeColor(label.closest('.mantine-Badge-root') as HTMLElement);
}

describe('status bar', () => {
  it('shows the sync status read at start', async () => {
    renderSeatApp();
    const bar = statusBar();
    expect(await within(bar).findByText('未配置中心')).toBeInTheDocument();
    expect(dotColor(within(bar).getByText('未配置中心'))).toBe('gray');
    expect(bar).toHaveTextContent('待同步 0 条');
    expect(bar).toHaveTextContent('尚未同步');
    expect(within(bar).queryByRole('button')).not.toBeInTheDocument();
  });

  it('follows sync.status events: connection colour, account, pending, last sync in Beijing time', async () => {
    const { bridge } = renderSeatApp();
    const bar = statusBar();
    await within(bar).findByText('未配置中心');

    act(() => bridge.emit('sync.status', syncStatus({ connection: 'online', pending: 3, lastSyncAt: beijingMorning, account: operatorZhang })));
    const online = await within(bar).findByText('在线');
    expect(dotColor(online)).toBe('green');
    expect(bar).toHaveTextContent('张晓明');
    expect(bar).toHaveTextContent('待同步 3 条');
    expect(bar).toHaveTextContent('上次同步 2026/01/02 11:04:05');
    expect(bar).not.toHaveTextContent('离线登录');
    expect(bar).not.toHaveTextContent('重试');
  });

  it('offline: red, signed in offline, the next retry as HH:mm:ss, and the problem translated with the core’s words as tooltip', async () => {
    const { bridge, user } = renderSeatApp();
    const bar = statusBar();
    await within(bar).findByText('未配置中心');

    act(() =>
      bridge.emit(
        'sync.status',
        syncStatus({
          connection: 'offline',
          pending: 4,
          lastSyncAt: beijingMorning,
          account: operatorZhang,
          signedInOffline: true,
          nextRetryAt: beijingMorning + 30_000,
          problem: { code: 'bad_response', message: 'pull: the center answered a body that does not parse' },
        }),
      ),
    );
    const offline = await within(bar).findByText('离线');
    expect(dotColor(offline)).toBe('red');
    expect(bar).toHaveTextContent('离线登录');
    expect(bar).toHaveTextContent('待同步 4 条');
    expect(bar).toHaveTextContent('11:04:35 重试');

    const problem = within(bar).getByText('中心返回了无法识别的数据，未应用');
    await user.hover(problem);
    expect(await screen.findByText('pull: the center answered a body that does not parse')).toBeInTheDocument();
  });

  it('signed out: yellow, with a sign-in button that opens the sign-in', async () => {
    const bridge = createFakeBridge();
    bridge.handle('sync.status', () => syncStatus({ connection: 'signed_out' }));
    const { user } = renderSeatApp({ bridge });
    const bar = statusBar();
    const signedOut = await within(bar).findByText('未登录');
    expect(dotColor(signedOut)).toBe('yellow');

    // The sign-in asks by itself once; closed with Esc, the status bar's button brings it back.
    const dialog = await screen.findByRole('dialog', { name: '登录' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await user.click(within(bar).getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('dialog', { name: '登录' })).toBeInTheDocument();
  });

  it('counts rejections in red and opens their list on click', async () => {
    const { bridge, user } = renderSeatApp();
    const bar = statusBar();
    await within(bar).findByText('未配置中心');
    act(() => bridge.emit('sync.status', syncStatus({ connection: 'online', rejections: 2, account: operatorZhang })));

    const counter = await within(bar).findByRole('button', { name: '被拒绝 2' });
    expect(themeColor(counter)).toBe('red');
    await user.click(counter);
    expect(await screen.findByRole('dialog', { name: '被中心拒绝的更改' })).toBeInTheDocument();
  });
});
