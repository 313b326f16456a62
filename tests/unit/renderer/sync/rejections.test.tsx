import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SyncRejection } from '../../../../src/shared/contract/sync/sync-method-schemas';
import { createFakeBridge } from '../../../helpers/fake-bridge';
import { installFakeIntakeCore } from '../../../helpers/fake-intake-core';
import { renderSeatApp } from '../render-seat-app';
import { operatorZhang, rejection, syncStatus } from './sync-fixtures';

const dispatchTicketId = '01900000-0000-7000-8000-0000000000a1';

/** A seat whose core holds `rejections` until they are dismissed, announcing the count like the engine. */
function seatWithRejections(initial: SyncRejection[]) {
  const bridge = createFakeBridge();
  const core = installFakeIntakeCore(bridge);
  let rejections = [...initial];
  const status = () => syncStatus({ connection: 'online', account: operatorZhang, rejections: rejections.length });
  bridge.handle('sync.status', status);
  bridge.handle('sync.rejections', () => rejections);
  bridge.handle('sync.dismissRejection', ({ clientSeq }) => {
    const before = rejections.length;
    rejections = rejections.filter((candidate) => candidate.clientSeq !== clientSeq);
    return { dismissed: rejections.length < before };
  });
  return {
    bridge,
    core,
    /** A new refusal arrives from the center: the status event carries only the new count. */
    refuse(next: SyncRejection) {
      rejections = [...rejections, next];
      act(() => bridge.emit('sync.status', status()));
    },
  };
}

const rejectionCalls = (bridge: { calls: { method: string }[] }) => bridge.calls.filter((call) => call.method === 'sync.rejections').length;

describe('rejected changes', () => {
  it('lists each refusal with its ticket, what was sent, the translated reason, what to do and when; Dismiss removes it', async () => {
    const { bridge } = seatWithRejections([rejection({ clientSeq: 7 })]);
    const { user } = renderSeatApp({ bridge });
    const bar = screen.getByRole('status', { name: '同步状态' });
    await within(bar).findByRole('button', { name: '被拒绝 1' });

    await user.keyboard('{Shift>}{F9}{/Shift}');
    const drawer = await screen.findByRole('dialog', { name: '被中心拒绝的更改' });
    const row = await within(drawer).findByRole('listitem', { name: '3号楼暖气不热' });
    expect(row).toHaveTextContent('派单等处理请求');
    expect(row).toHaveTextContent('同一单位被指定了两次，或主办单位同时被列为协办单位。');
    expect(row).toHaveTextContent('处理方法：打开工单，改派给其他单位后重新派单。');
    expect(row).toHaveTextContent('2026/01/02 11:04:05');
    expect(row).toHaveTextContent('中心原文：unit street-110108011 is already the lead unit');

    await user.click(within(row).getByRole('button', { name: '移除：3号楼暖气不热' }));

    expect(bridge.calls).toContainEqual({ method: 'sync.dismissRejection', input: { clientSeq: 7 } });
    expect(await within(drawer).findByText('没有被拒绝的更改。')).toBeInTheDocument();
    await waitFor(() => expect(within(bar).queryByRole('button', { name: /被拒绝/ })).not.toBeInTheDocument());
  });

  it('shows a conflict field by field with the value now on the center, and a refused note says to re-enter it', async () => {
    const { bridge } = seatWithRejections([
      rejection({
        clientSeq: 3,
        mutation: 'ticket.setFields@1',
        outcome: 'conflict',
        reasonCode: 'conflict',
        message: 'urgency, categoryId changed since version 4',
        path: null,
        conflicts: [
          { field: 'urgency', baseVersion: 4, currentVersion: 9, currentValue: 'emergency' },
          { field: 'districtCode', baseVersion: 4, currentVersion: 9, currentValue: '110108' },
        ],
      }),
      rejection({
        clientSeq: 4,
        mutation: 'ticket.addNote@1',
        ticketId: '01900000-0000-7000-8000-0000000000b2',
        ticketTitle: null,
        reasonCode: 'note_id_taken',
        message: 'note id taken',
        path: 'noteId',
      }),
    ]);
    const { user } = renderSeatApp({ bridge });
    await user.click(await screen.findByRole('button', { name: '被拒绝 2' }));
    const drawer = await screen.findByRole('dialog', { name: '被中心拒绝的更改' });

    const conflict = await within(drawer).findByRole('listitem', { name: '3号楼暖气不热' });
    expect(conflict).toHaveTextContent('修改字段');
    expect(conflict).toHaveTextContent('在您修改之后，有人在中心改了这些字段');
    expect(within(conflict).getByText('紧急程度：中心现为 紧急')).toBeInTheDocument();
    expect(within(conflict).getByText(/^区：中心现为 .*海淀/)).toBeInTheDocument();

    // A ticket this seat does not hold is named by id, and offers nothing to open.
    const note = within(drawer).getByRole('listitem', { name: '工单 01900000-0000-7000-8000-0000000000b2' });
    expect(note).toHaveTextContent('添加备注');
    expect(note).toHaveTextContent('处理方法：打开工单，重新录入这条备注。');
    expect(within(note).queryByRole('button', { name: '打开工单' })).not.toBeInTheDocument();
  });

  it('asks for the list again when the status’s rejection count changes', async () => {
    const seat = seatWithRejections([rejection({ clientSeq: 7 })]);
    const { user } = renderSeatApp({ bridge: seat.bridge });
    await user.click(await screen.findByRole('button', { name: '被拒绝 1' }));
    const drawer = await screen.findByRole('dialog', { name: '被中心拒绝的更改' });
    await within(drawer).findByRole('listitem', { name: '3号楼暖气不热' });
    const callsBefore = rejectionCalls(seat.bridge);

    seat.refuse(rejection({ clientSeq: 8, mutation: 'ticket.create@1', ticketTitle: '小区路灯不亮', reasonCode: 'unknown_reference' }));

    const created = await within(drawer).findByRole('listitem', { name: '小区路灯不亮' });
    expect(created).toHaveTextContent('新建工单');
    expect(created).toHaveTextContent('所选的类别、地点、单位或关联工单在中心目录中不存在');
    expect(rejectionCalls(seat.bridge)).toBe(callsBefore + 1);

    // The same count again (the status moved for another reason): no new request.
    act(() => seat.bridge.emit('sync.status', syncStatus({ connection: 'online', account: operatorZhang, rejections: 2, pending: 5 })));
    await waitFor(() => expect(screen.getByRole('status', { name: '同步状态' })).toHaveTextContent('待同步 5 条'));
    expect(rejectionCalls(seat.bridge)).toBe(callsBefore + 1);
  });

  it('opens the ticket from its row, and Esc comes back to the list', async () => {
    const seat = seatWithRejections([rejection({ clientSeq: 7 })]);
    seat.core.addTicket({ id: dispatchTicketId, title: '3号楼暖气不热', description: '室温14度。' });
    const { user } = renderSeatApp({ bridge: seat.bridge });
    await user.click(await screen.findByRole('button', { name: '被拒绝 1' }));
    const drawer = await screen.findByRole('dialog', { name: '被中心拒绝的更改' });
    const row = await within(drawer).findByRole('listitem', { name: '3号楼暖气不热' });

    await user.click(within(row).getByRole('button', { name: '打开工单' }));

    const detail = await screen.findByRole('dialog', { name: '工单详情' });
    expect(await within(detail).findByText('室温14度。')).toBeInTheDocument();
    expect(seat.bridge.calls).toContainEqual({ method: 'tickets.get', input: { id: dispatchTicketId } });

    await user.keyboard('{Escape}');
    expect(await screen.findByRole('dialog', { name: '被中心拒绝的更改' })).toBeInTheDocument();
  });
});
