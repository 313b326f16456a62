import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sections } from '../../../src/renderer/app/sections';
import type { PlainMessageKey } from '../../../src/shared/i18n/message-key';
import { translate } from '../../../src/shared/i18n/translate';
import { renderSeatApp } from './render-seat-app';

const zh = (key: PlainMessageKey) => translate('zh-CN', key);

describe('sections', () => {
  it('opens on intake when no section is named', async () => {
    renderSeatApp({ path: '/' });
    expect(await screen.findByRole('heading', { level: 2, name: '受理' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '来电人' })).toBeInTheDocument();
  });

  it.each(sections.map((section, index) => [section.id, section, index + 1] as const))(
    'renders %s from its navbar link and from Ctrl+digit',
    async (_id, section, digit) => {
      const { user } = renderSeatApp({ path: section.id === 'settings' ? '/intake' : '/settings' });
      const nav = screen.getByRole('navigation', { name: '主导航' });

      await user.click(within(nav).getByRole('link', { name: new RegExp(zh(section.label)) }));
      expect(await screen.findByRole('heading', { level: 2, name: zh(section.label) })).toBeInTheDocument();
      expect(window.location.hash).toBe(`#${section.path}`);

      await user.click(within(nav).getByRole('link', { name: /受理/ }));
      await user.keyboard(`{Control>}${digit}{/Control}`);
      expect(await screen.findByRole('heading', { level: 2, name: zh(section.label) })).toBeInTheDocument();
    },
  );

  it('says honestly which sections have not landed, with no made-up data', async () => {
    const { user } = renderSeatApp();
    for (const [digit, message] of [
      [4, 'section.audit.notYet'],
      [5, 'section.dashboard.notYet'],
    ] as const) {
      await user.keyboard(`{Control>}${digit}{/Control}`);
      expect(await screen.findByText(zh(message))).toBeInTheDocument();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    }
  });
});
