import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSeatApp } from './render-seat-app';

describe('keyboard shortcuts', () => {
  it('? opens the cheat sheet listing every shortcut', async () => {
    const { user } = renderSeatApp();
    await screen.findByRole('heading', { level: 2, name: '受理' });
    await user.keyboard('?');

    const sheet = await screen.findByRole('dialog', { name: '快捷键' });
    for (const label of ['转到 受理', '转到 设置', '打开命令面板', '查看快捷键']) {
      expect(within(sheet).getByText(label)).toBeInTheDocument();
    }
    expect(within(sheet).queryByText('切换深色 / 浅色主题')).not.toBeInTheDocument();
  });

  it('typing ? into a text field types it and opens nothing', async () => {
    const { user } = renderSeatApp({ path: '/settings' });
    const seatId = await screen.findByRole('textbox', { name: /坐席编号/ });
    await user.type(seatId, '?');

    expect(seatId).toHaveValue('seat-01?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('Ctrl+digit still switches sections from inside a text field', async () => {
    const { user } = renderSeatApp({ path: '/settings' });
    await user.click(await screen.findByRole('textbox', { name: /中心地址/ }));
    await user.keyboard('{Control>}2{/Control}');
    expect(await screen.findByRole('heading', { level: 2, name: '工单' })).toBeInTheDocument();
  });

  it('Ctrl+K opens the command palette, whose actions run commands', async () => {
    const { user } = renderSeatApp();
    await screen.findByRole('heading', { level: 2, name: '受理' });
    await user.keyboard('{Control>}k{/Control}');

    const palette = await screen.findByRole('dialog');
    const search = within(palette).getByRole('textbox', { name: '打开命令面板' });
    expect(within(palette).getByRole('button', { name: /转到 知识库/ })).toBeInTheDocument();
    expect(within(palette).queryByRole('button', { name: /打开命令面板/ })).not.toBeInTheDocument();

    // Labels are found in every language, whichever one the UI shows.
    await user.type(search, 'settings');
    expect(within(palette).queryByRole('button', { name: /转到 知识库/ })).not.toBeInTheDocument();
    await user.click(within(palette).getByRole('button', { name: /转到 设置/ }));
    expect(await screen.findByRole('heading', { level: 2, name: '设置' })).toBeInTheDocument();
  });

  it('the palette opens the cheat sheet and toggles the theme', async () => {
    const { user, bridge } = renderSeatApp();
    await screen.findByRole('heading', { level: 2, name: '受理' });

    await user.keyboard('{Control>}k{/Control}');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /切换深色/ }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark'));
    expect(bridge.calls).toContainEqual({ method: 'settings.update', input: { theme: 'dark' } });

    await user.keyboard('{Control>}k{/Control}');
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /查看快捷键/ }));
    expect(await screen.findByRole('dialog', { name: '快捷键' })).toBeInTheDocument();
  });
});
