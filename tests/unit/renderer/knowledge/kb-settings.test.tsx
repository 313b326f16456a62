import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KbSettingsPanel } from '../../../../src/renderer/features/knowledge/kb-settings-panel';
import { ContractError } from '../../../../src/shared/contract/contract-error';
import { createFakeBridge } from '../../../helpers/fake-bridge';
import { renderWithSeat } from './render-with-seat';

const lastImportAt = Date.UTC(2026, 0, 2, 0, 0, 0);

describe('the knowledge base in Settings', () => {
  it('shows the document count, the last import and the searches that found nothing', async () => {
    const bridge = createFakeBridge();
    bridge.handle('kb.status', () => ({
      documentCount: 110,
      lastImport: { at: lastImportAt, source: 'shipped', folder: '/opt/seat/resources/kb/docs', total: 110, added: 110, updated: 0, unchanged: 0, failed: 0, tookMs: 240 },
      importRunning: false,
      problems: ['synonyms.txt:3: 暂住证 -> : no target'],
    }));
    bridge.handle('kb.zeroResults', () => [{ query: '火星飞船', count: 4, firstAt: lastImportAt, lastAt: lastImportAt }]);
    renderWithSeat(<KbSettingsPanel />, { bridge });

    const panel = await screen.findByRole('region', { name: '知识库' });
    expect(await within(panel).findByText('110')).toBeInTheDocument();
    expect(within(panel).getByText(/2026\/01\/02 08:00:00 · 内置示例文档/)).toBeInTheDocument();
    expect(within(panel).getByText('synonyms.txt:3: 暂住证 -> : no target')).toBeInTheDocument();
    const table = await within(panel).findByRole('table', { name: '无结果的检索词' });
    expect(within(table).getByText('火星飞船')).toBeInTheDocument();
    expect(within(table).getByText('4')).toBeInTheDocument();
  });

  it('imports a folder with a progress bar and lists the files it skipped, with why', async () => {
    const bridge = createFakeBridge();
    let finish: () => void = () => undefined;
    bridge.handle('kb.import', async ({ folder }) => {
      bridge.emit('kb.importProgress', { done: 1, total: 2, path: 'a.md' });
      await new Promise<void>((resolve) => (finish = resolve));
      return { total: 2, added: 1, updated: 0, unchanged: 0, failed: [{ path: 'b.md', reason: `${folder}/b.md: status must be current, expired or abolished` }], warnings: [], tookMs: 12 };
    });
    const { user } = renderWithSeat(<KbSettingsPanel />, { bridge });

    await user.type(await screen.findByRole('textbox', { name: /从文件夹导入/ }), '/data/kb');
    await user.click(screen.getByRole('button', { name: '导入' }));
    expect(await screen.findByText('正在导入 1 / 2')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '正在导入 1 / 2' })).toHaveAttribute('aria-valuenow', '50');

    finish();
    expect(await screen.findByText('新增 1，更新 0，未变 0，失败 1')).toBeInTheDocument();
    const skipped = screen.getByRole('alert');
    expect(within(skipped).getByText('未导入的文件')).toBeInTheDocument();
    expect(within(skipped).getByText('b.md：/data/kb/b.md: status must be current, expired or abolished')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(bridge.calls).toContainEqual({ method: 'kb.import', input: { folder: '/data/kb' } });
    await waitFor(() => expect(bridge.calls.filter((call) => call.method === 'kb.status')).toHaveLength(2));
  });

  it('shows a path that is not a folder under the field, not as a notification', async () => {
    const bridge = createFakeBridge();
    bridge.handle('kb.import', () => {
      throw new ContractError({
        code: 'invalid_input',
        method: 'kb.import',
        message: 'kb.import: folder: /nowhere is not a folder',
        issues: [{ path: 'folder', reason: 'is not a folder on this computer' }],
      });
    });
    const { user } = renderWithSeat(<KbSettingsPanel />, { bridge });
    const field = await screen.findByRole('textbox', { name: /从文件夹导入/ });
    await user.type(field, '/nowhere{Enter}');
    expect(await screen.findByText('is not a folder on this computer')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/调用失败/)).not.toBeInTheDocument();
  });
});
