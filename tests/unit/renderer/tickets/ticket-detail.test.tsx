import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listCalls, renderTickets, withListViewport } from './render-tickets';

const minuteMs = 60_000;

describe('ticket detail', () => {
  withListViewport();

  function plant(core: Parameters<Parameters<typeof renderTickets>[0]>[0]) {
    const at = Date.now() - 90 * minuteMs;
    core.addTicket({ id: 'parent', number: '2026112200001', title: '科育社区暖气不热', receivedAt: at - 86_400_000 });
    core.addTicket({
      id: 'child',
      title: '3号楼暖气不热',
      description: '室温14度。\n老人在家，要求尽快处理。',
      receivedAt: at,
      repeatOfTicketId: 'parent',
      events: [
        { source: 'seat', id: 1, kind: 'intake', at, actor: 'seat-01', data: {} },
        { source: 'seat', id: 2, kind: 'dispatch_requested', at: at + minuteMs, actor: 'seat-01', data: {} },
        { source: 'center', id: 3, kind: 'return_to_center', at: at + 30 * minuteMs, actor: 'street-110108011', data: { comment: '不属于本街道' } },
      ],
      notes: [{ id: 'n1', revision: 1, body: '市民再次来电催办', author: 'seat-02', at: at + 20 * minuteMs }],
      links: [{ kind: 'repeat_of', ticketId: 'parent', title: '科育社区暖气不热', at }],
    });
  }

  it('opens by keyboard and shows every field, the timeline of events and notes, and the links', async () => {
    const { user, list } = await renderTickets(plant);
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    expect(within(list).getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');

    // j / k move outside a field; Enter opens from the focused list.
    await user.keyboard('j');
    expect(within(list).getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('k');
    list.focus();
    await user.keyboard('{Enter}');

    const drawer = await screen.findByRole('dialog', { name: '工单详情' });
    await within(drawer).findByRole('heading', { name: '3号楼暖气不热' });
    expect(drawer).toHaveTextContent('室温14度。');
    expect(drawer).toHaveTextContent('供热 / 居民供热 / 室温不达标');
    expect(drawer).toHaveTextContent('海淀区 / 中关村街道');
    const timeline = within(drawer).getByLabelText('处理记录');
    const items = timeline.querySelectorAll('.mantine-Timeline-item');
    expect([...items].map((item) => item.querySelector('.mantine-Timeline-itemTitle')?.textContent)).toEqual([
      '受理',
      '申请派单',
      '备注 第 1 版',
      '退单',
    ]);
    expect(timeline).toHaveTextContent('不属于本街道');
    expect(timeline).toHaveTextContent('市民再次来电催办');

    // A link opens the ticket it names in the same drawer.
    await user.click(within(drawer).getByRole('button', { name: '科育社区暖气不热' }));
    expect(await within(drawer).findByRole('heading', { name: '科育社区暖气不热' })).toBeInTheDocument();
  });

  it('adds a note with Ctrl+Enter and shows it as a new revision', async () => {
    const { user, bridge, list } = await renderTickets(plant);
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    list.focus();
    await user.keyboard('{Enter}');
    const drawer = await screen.findByRole('dialog', { name: '工单详情' });
    await user.click(await within(drawer).findByRole('textbox', { name: '添加备注' }));
    await user.keyboard('已电话联系供热站{Control>}{Enter}{/Control}');

    await waitFor(() =>
      expect(bridge.calls).toContainEqual({ method: 'tickets.addNote', input: { ticketId: 'child', body: '已电话联系供热站' } }),
    );
    expect(await within(drawer).findByText('备注 第 2 版')).toBeInTheDocument();
    expect(within(drawer).getByRole('textbox', { name: '添加备注' })).toHaveValue('');
    // Ctrl+Enter in a note is the note's, never the intake's dispatch.
    expect(bridge.calls.filter((call) => call.method === 'intake.dispatch')).toEqual([]);
    expect(window.location.hash).toBe('#/tickets');
  });

  it('renders markup in tickets as text', async () => {
    const { user, list } = await renderTickets((core) => {
      core.addTicket({ id: 'x', title: '<img src=x onerror=alert(1)><b>粗</b>', description: '<script>alert(1)</script>' });
    });
    await waitFor(() => expect(list).toHaveTextContent('<img src=x onerror=alert(1)><b>粗</b>'));
    list.focus();
    await user.keyboard('{Enter}');
    const drawer = await screen.findByRole('dialog', { name: '工单详情' });
    await waitFor(() => expect(drawer).toHaveTextContent('<script>alert(1)</script>'));
    expect(document.querySelector('img[src="x"], b, script:not([src])')).toBeNull();
  });

  it('filters by a category subtree picked by pinyin', async () => {
    const { user, bridge } = await renderTickets(plant);
    await user.click(screen.getByRole('textbox', { name: /类别/ }));
    await user.keyboard('gr{Enter}');
    await waitFor(() => expect(listCalls(bridge).at(-1)).toEqual({ categoryId: 'heating', offset: 0, limit: 100 }));
    expect(screen.getByRole('textbox', { name: /类别/ })).toHaveValue('供热');
  });
});
