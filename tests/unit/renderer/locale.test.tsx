import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/shared/settings/settings-schema';
import { createFakeBridge } from '../../helpers/fake-bridge';
import { renderSeatApp } from './render-seat-app';

describe('UI language', () => {
  it('switches the whole UI to English from the settings page', async () => {
    const { user } = renderSeatApp({ path: '/settings' });
    await user.click(await screen.findByRole('radio', { name: 'English' }));

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: /Knowledge base/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Center URL/ })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Sync status' })).toHaveTextContent('Center not configured');
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts in the stored language and switches back from the command palette', async () => {
    const { user } = renderSeatApp({ bridge: createFakeBridge({ locale: 'en' }) });
    expect(await screen.findByRole('region', { name: 'Caller' })).toBeInTheDocument();

    await user.keyboard('{Control>}k{/Control}');
    // Type only once the palette has focus: under load keys sent earlier would go to the page.
    const search = await screen.findByRole('textbox', { name: 'Open command palette' });
    await waitFor(() => expect(search).toHaveFocus());
    await user.keyboard('switch language');
    await waitFor(() => expect(search).toHaveValue('switch language'));
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('region', { name: '来电人' })).toBeInTheDocument();
  });

  it('follows a settings.changed event made elsewhere', async () => {
    const { bridge } = renderSeatApp();
    await screen.findByRole('region', { name: '来电人' });
    act(() => bridge.emit('settings.changed', { ...defaultSettings, locale: 'en' }));
    expect(await screen.findByRole('region', { name: 'Caller' })).toBeInTheDocument();
  });
});
