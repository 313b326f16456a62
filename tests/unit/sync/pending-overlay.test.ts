import { describe, expect, it } from 'vitest';
import { contentWithPending, statusWithPending } from '../../../src/core/sync/pending-overlay';
import { initialTicketLifecycle } from '../../../src/shared/tickets/ticket-lifecycle';
import { ticketContent } from '../../integration/server/helpers/ticket-fixtures';

const request = (action: unknown) => ({ name: 'ticket.request@1', args: JSON.stringify({ ticketId: 't', action }) });

describe('the pending overlay', () => {
  it('shows the status a pending request leads to, so a pull between create and dispatch never steps back', () => {
    const queued = initialTicketLifecycle();
    const dispatch = request({ type: 'dispatch', leadUnitId: 'street-110101001', coUnitIds: [] });
    expect(statusWithPending(queued, [dispatch], 'operator')).toBe('dispatched');
    expect(statusWithPending(queued, [], 'operator')).toBe('queued');
  });

  it('changes nothing for a request the state machine would refuse; the center’s refusal will say why', () => {
    const queued = initialTicketLifecycle();
    expect(statusWithPending(queued, [request({ type: 'close' })], 'operator')).toBe('queued');
  });

  it('keeps the operator’s pending field edits over the pulled content', () => {
    const server = ticketContent({ address: '中心的地址', title: '中心的标题' });
    const edit = { name: 'ticket.setFields@1', args: JSON.stringify({ ticketId: 't', fields: { address: '话务员改的地址' }, baseVersions: {} }) };
    expect(contentWithPending(server, [edit])).toMatchObject({ address: '话务员改的地址', title: '中心的标题' });
  });
});
