import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../../src/shared/phone/normalize-phone';
import { callsOf, renderIntake } from './render-intake';

const dayMs = 86_400_000;

describe('incoming call', () => {
  it('opens the intake for the call with its number, a call timer and the caller history', async () => {
    const { user, bridge, core } = await renderIntake({
      path: '/tickets',
      prepare: (fake) => {
        fake.addTicket({ id: 't-old', title: '去年的噪音投诉', status: 'closed', receivedAt: Date.now() - 200 * dayMs });
        fake.addTicket({ id: 't-open', title: '暖气还是不热', status: 'dispatched', number: '2026112200123', receivedAt: Date.now() - 3 * dayMs });
        fake.addTicket({ id: 't-other', title: '别人的工单', callerPhone: normalizePhone('13900000000') });
      },
    });
    act(() => void core.ringCall({ callId: 'call-1', ani: '13812345678', at: Date.now() - 5_000 }));

    const callPanel = await screen.findByRole('region', { name: '来电' });
    expect(window.location.hash).toBe('#/intake');
    expect(within(callPanel).getByText('138 1234 5678')).toBeInTheDocument();
    expect(within(callPanel).getByText(/通话 00:0\d/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /来电号码/ })).toHaveValue('138 1234 5678');

    const history = await screen.findByRole('listbox', { name: '来电历史' });
    const rows = within(history).getAllByRole('option');
    expect(rows.map((row) => row.textContent)).toEqual([expect.stringContaining('暖气还是不热'), expect.stringContaining('去年的噪音投诉')]);
    expect(rows[0]).toHaveTextContent('近30天');
    expect(rows[1]).not.toHaveTextContent('近30天');
    expect(callsOf(bridge, 'caller.history')).toContainEqual({ phone: '+8613812345678' });

    // Alt+H, arrows and Enter open a ticket of the history in the drawer; Esc closes it.
    await user.keyboard('{Alt>}h{/Alt}');
    expect(history).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    const drawer = await screen.findByRole('dialog', { name: '工单详情' });
    expect(within(drawer).getByRole('heading', { name: '暖气还是不热' })).toBeInTheDocument();
    expect(within(drawer).getByText('2026112200123')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '工单详情' })).not.toBeInTheDocument());
  });

  it('says when the number is withheld or cannot be read', async () => {
    const { core } = await renderIntake();
    act(() => void core.ringCall({ callId: 'call-2', ani: '' }));
    const callPanel = await screen.findByRole('region', { name: '来电' });
    expect(within(callPanel).getAllByText('号码未显示').length).toBeGreaterThan(0);

    act(() => void core.ringCall({ callId: 'call-3', ani: '1381234' }));
    await waitFor(() => expect(screen.getByRole('region', { name: '来电' })).toHaveTextContent('号码无法识别'));
  });

  it('keeps an intake with content open beside the call, and Alt+O switches between them', async () => {
    const { user, core } = await renderIntake();
    await user.keyboard('{Alt>}t{/Alt}上一位市民的诉求');
    act(() => void core.ringCall({ callId: 'call-4', ani: '010-62345678' }));

    const tabs = await screen.findByRole('tablist', { name: '打开的受理' });
    await waitFor(() => expect(within(tabs).getAllByRole('tab')).toHaveLength(2));
    expect(within(tabs).getByRole('tab', { selected: true })).toHaveTextContent('来电 010-62345678');
    expect(screen.getByRole('textbox', { name: /标题/ })).toHaveValue('');
    expect(await screen.findByText('上一张受理已保留为草稿，Alt+O 切换')).toBeInTheDocument();

    await user.keyboard('{Alt>}o{/Alt}');
    expect(screen.getByRole('textbox', { name: /标题/ })).toHaveValue('上一位市民的诉求');
    expect(within(tabs).getByRole('tab', { selected: true })).toHaveTextContent('上一位市民的诉求');
  });

  it('an empty intake on screen gives way to the call', async () => {
    const { core } = await renderIntake();
    act(() => void core.ringCall({ callId: 'call-5', ani: '13812345678' }));
    await screen.findByRole('region', { name: '来电' });
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });
});
