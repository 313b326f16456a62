import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../src/shared/contract/contract-error';
import { createFakeBridge, fakeSeatInfo } from '../../helpers/fake-bridge';
import { renderSeatApp } from './render-seat-app';

describe('settings page', () => {
  it('saves the center URL and seat id through settings.update', async () => {
    const { user, bridge } = renderSeatApp({ path: '/settings' });
    const centerUrl = await screen.findByRole('textbox', { name: /中心地址/ });
    const seatId = screen.getByRole('textbox', { name: /坐席编号/ });

    await user.type(centerUrl, 'https://center.example.cn');
    await user.clear(seatId);
    await user.type(seatId, 'seat-42{Enter}');

    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(bridge.calls).toContainEqual({
      method: 'settings.update',
      input: { centerUrl: 'https://center.example.cn', seatId: 'seat-42' },
    });
  });

  it('shows each validation issue under its field, not as a notification', async () => {
    const { user } = renderSeatApp({ path: '/settings' });
    const centerUrl = await screen.findByRole('textbox', { name: /中心地址/ });
    const seatId = screen.getByRole('textbox', { name: /坐席编号/ });

    await user.type(centerUrl, 'ftp://center');
    await user.clear(seatId);
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('must be an http:// or https:// URL, or empty')).toBeInTheDocument();
    expect(centerUrl).toHaveAttribute('aria-invalid', 'true');
    expect(seatId).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('must be 1–32 letters, digits, "-" or "_"')).toBeInTheDocument();
    expect(screen.queryByText(/调用失败/)).not.toBeInTheDocument();
    expect(screen.queryByText('已保存')).not.toBeInTheDocument();

    await user.type(centerUrl, 's');
    expect(screen.queryByText('must be an http:// or https:// URL, or empty')).not.toBeInTheDocument();
  });

  it('lists a refusal that names no field of the form above the Save button', async () => {
    const bridge = createFakeBridge();
    bridge.handle('settings.update', () => {
      throw new ContractError({
        code: 'invalid_input',
        method: 'settings.update',
        message: 'settings.update: settings file is read-only',
        issues: [{ path: '', reason: 'settings file is read-only' }],
      });
    });
    const { user } = renderSeatApp({ bridge, path: '/settings' });
    await user.click(await screen.findByRole('button', { name: '保存' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('未能保存')).toBeInTheDocument();
    expect(within(alert).getByText('settings file is read-only')).toBeInTheDocument();
  });

  it('shows seat.info and seat.health', async () => {
    renderSeatApp({ path: '/settings' });
    const info = await screen.findByRole('region', { name: '本机信息' });
    expect(await within(info).findByText(fakeSeatInfo.databasePath)).toBeInTheDocument();
    expect(within(info).getByText(fakeSeatInfo.appVersion)).toBeInTheDocument();
    expect(within(info).getByText(fakeSeatInfo.clientId)).toBeInTheDocument();
    // 2026-01-02 00:00 UTC is 08:00 in Beijing.
    expect(within(info).getByText('2026/01/02 08:00:00')).toBeInTheDocument();

    const health = screen.getByRole('region', { name: '运行状况' });
    expect(await within(health).findByText('已运行 5 分钟')).toBeInTheDocument();
    expect(within(health).getByText('database')).toBeInTheDocument();
    expect(within(health).getByText('integrity ok')).toBeInTheDocument();
  });

  it('applies the theme at once', async () => {
    const { user, bridge } = renderSeatApp({ path: '/settings' });
    await user.click(await screen.findByRole('radio', { name: '深色' }));
    expect(bridge.calls).toContainEqual({ method: 'settings.update', input: { theme: 'dark' } });
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });
});
