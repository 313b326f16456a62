import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeBridge } from '../../../helpers/fake-bridge';
import { emptyKbSearch, fakeKbDocument, fakeKbResult } from '../../../helpers/fake-kb';
import { renderSeatApp } from '../render-seat-app';

const rentGuide = fakeKbResult({ id: 'gjj-rent', title: '租房提取住房公积金办事指南' });

function knowledgeBridge() {
  const bridge = createFakeBridge();
  bridge.handle('kb.search', ({ query }) => (query.includes('公积金') ? { ...emptyKbSearch(query), results: [rentGuide], total: 1 } : emptyKbSearch(query)));
  bridge.handle('kb.get', () => fakeKbDocument(rentGuide, { body: '# 租房提取住房公积金办事指南\n\n## 答复口径\n\n您好，租房可以提取公积金。' }));
  return bridge;
}

const savedKbDocumentIds = (bridge: ReturnType<typeof createFakeBridge>) =>
  bridge.calls.filter((call) => call.method === 'drafts.save').map((call) => (call.input as { fields: { kbDocumentIds: string[] } }).fields.kbDocumentIds);

describe('F3: knowledge-base search from anywhere', () => {
  it('opens over the screen from inside a text field, and Enter attaches the document to the intake', async () => {
    const bridge = knowledgeBridge();
    const { user } = renderSeatApp({ bridge, path: '/settings' });
    await user.click(await screen.findByRole('textbox', { name: /中心地址/ }));
    await user.keyboard('{F3}');

    const panel = await screen.findByRole('dialog', { name: '知识库检索' });
    const box = within(panel).getByRole('combobox', { name: '检索知识库' });
    await waitFor(() => expect(box).toHaveFocus());
    await user.keyboard('公积金');
    await within(within(panel).getByRole('listbox', { name: '检索结果' })).findByRole('option');
    await within(panel).findByRole('article', { name: '文档预览' });
    await user.keyboard('{Enter}');

    expect(await within(panel).findByRole('region', { name: '答复口径' })).toHaveTextContent('您好，租房可以提取公积金。');
    await waitFor(() => expect(savedKbDocumentIds(bridge)).toContainEqual(['gjj-rent']));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '知识库检索' })).not.toBeInTheDocument());
  });

  it('on the 知识库 page returns to the page’s own search box instead', async () => {
    const { user } = renderSeatApp({ bridge: knowledgeBridge(), path: '/knowledge' });
    const box = await screen.findByRole('combobox', { name: '检索知识库' });
    await user.click(screen.getByRole('navigation', { name: '主导航' }));
    await user.keyboard('{F3}');
    expect(box).toHaveFocus();
    expect(screen.queryByRole('dialog', { name: '知识库检索' })).not.toBeInTheDocument();
  });

  it('is in the Ctrl+K palette with its key', async () => {
    const { user } = renderSeatApp({ bridge: knowledgeBridge(), path: '/settings' });
    await screen.findByRole('heading', { level: 2, name: '设置' });
    await user.keyboard('{Control>}k{/Control}');
    const action = await within(await screen.findByRole('dialog')).findByRole('button', { name: /知识库检索/ });
    expect(action).toHaveTextContent('F3');
    await user.click(action);
    expect(await screen.findByRole('dialog', { name: '知识库检索' })).toBeInTheDocument();
  });
});
