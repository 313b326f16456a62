import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listCalls, renderTickets, withListViewport } from './render-tickets';

const hourMs = 3_600_000;

describe('tickets list', () => {
  withListViewport();

  it('renders rows with status, pending badge and a running SLA countdown', async () => {
    const { list } = await renderTickets((core) => {
      core.addTicket({ id: 'a', title: '电梯困人', status: 'queued', receivedAt: Date.now() - hourMs, dispatchBy: Date.now() + 30 * 60_000 });
      core.addTicket({
        id: 'b',
        number: '2026112200007',
        title: '施工噪音扰民',
        status: 'dispatched',
        pending: true,
        receivedAt: Date.now() - 2 * hourMs,
        feedbackBy: Date.now() - 5 * 60_000,
      });
    });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    const [first, second] = within(list).getAllByRole('option');
    expect(first).toHaveTextContent('电梯困人');
    expect(first).toHaveTextContent('待上传');
    expect(first).toHaveTextContent(/派单 \d+分\d\d秒/);
    expect(second).toHaveTextContent('2026112200007');
    expect(second).toHaveTextContent('已派单');
    expect(second).toHaveTextContent('排队中');
    expect(second).toHaveTextContent(/反馈 超时 \d+分\d\d秒/);
    expect(screen.getByText('共 2 条')).toBeInTheDocument();
  });

  it('asks tickets.list with exactly the filters set', async () => {
    const { user, bridge } = await renderTickets((core) => {
      core.addTicket({ id: 'a', title: '暖气不热', appealType: 'complaint' });
    });
    await waitFor(() => expect(listCalls(bridge)).toContainEqual({ offset: 0, limit: 100 }));

    await user.click(screen.getByRole('checkbox', { name: '只看超时' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '区' }), '海淀区');
    await user.click(screen.getByRole('radio', { name: '我的' }));
    fireEvent.change(screen.getByLabelText('受理起始日'), { target: { value: '2026-11-22' } });
    await user.type(screen.getByRole('textbox', { name: '搜索' }), '暖气');

    await waitFor(() =>
      expect(listCalls(bridge).at(-1)).toEqual({
        overdueOnly: true,
        districtCode: '110108',
        mineOnly: true,
        receivedFrom: Date.UTC(2026, 10, 21, 16),
        text: '暖气',
        offset: 0,
        limit: 100,
      }),
    );
    // Typing waits for a pause: no request per keystroke.
    expect(listCalls(bridge).filter((input) => input.text === '暖')).toEqual([]);

    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(listCalls(bridge).at(-1)).toEqual({ offset: 0, limit: 100 }));
  });

  it('filters by status and appeal type', async () => {
    const { user, bridge } = await renderTickets((core) => {
      core.addTicket({ id: 'a', title: '一' });
    });
    // Both are searchable by the words on screen.
    await user.click(screen.getByRole('combobox', { name: '状态' }));
    await user.keyboard('已派单{ArrowDown}{Enter}');
    await user.click(screen.getByRole('combobox', { name: '诉求类型' }));
    await user.keyboard('投诉{ArrowDown}{Enter}');
    await waitFor(() =>
      expect(listCalls(bridge).at(-1)).toEqual({ statuses: ['dispatched'], appealTypes: ['complaint'], offset: 0, limit: 100 }),
    );
  });

  it('pages through tickets.list with offset and limit as the list scrolls', async () => {
    const { bridge, list } = await renderTickets((core) => {
      for (let index = 0; index < 250; index += 1) {
        core.addTicket({ id: `t${index}`, title: `工单 ${index}`, receivedAt: Date.now() - index * 60_000 });
      }
    });
    await waitFor(() => expect(within(list).getAllByRole('option').length).toBeGreaterThan(5));
    expect(screen.getByText('共 250 条')).toBeInTheDocument();
    act(() => {
      list.scrollTop = 100 * 40 - 600;
      fireEvent.scroll(list);
    });
    await waitFor(() => expect(listCalls(bridge)).toContainEqual({ offset: 100, limit: 100 }));
  });

  it('refetches when tickets change', async () => {
    const { bridge, core, list } = await renderTickets((fake) => {
      fake.addTicket({ id: 'a', title: '第一张' });
    });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
    core.addTicket({ id: 'b', title: '第二张' });
    act(() => bridge.emit('tickets.changed', { ids: ['b'] }));
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
  });
  it('asks tickets.list once per filter change', async () => {
    const { user, bridge } = await renderTickets((core) => {
      core.addTicket({ id: 'a', title: '暖气不热' });
    });
    await waitFor(() => expect(listCalls(bridge)).toContainEqual({ offset: 0, limit: 100 }));
    await user.click(screen.getByRole('checkbox', { name: '只看超时' }));
    await waitFor(() => expect(listCalls(bridge).at(-1)).toEqual({ overdueOnly: true, offset: 0, limit: 100 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listCalls(bridge).filter((input) => input.overdueOnly === true)).toHaveLength(1);
  });
});
