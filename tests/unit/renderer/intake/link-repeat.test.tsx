import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, renderIntake } from './render-intake';

describe('already reported?', () => {
  it('shows similar tickets as the operator types, and Alt+L links the intake as a repeat, visibly and undoably', async () => {
    const { user, bridge } = await renderIntake({
      prepare: (core) => {
        core.addTicket({ id: 't-same', number: '2026112200042', title: '科育社区3号楼暖气不热', streetCode: '110108011' });
        core.addTicket({ id: 't-far', title: '建外街道施工噪音', streetCode: '110105001', districtCode: '110105' });
      },
    });
    await user.keyboard('{Alt>}p{/Alt}zgc{Enter}');
    await user.keyboard('{Alt>}t{/Alt}3号楼暖气不热');

    const similar = await screen.findByRole('listbox', { name: '是否已反映？' });
    expect(within(similar).getAllByRole('option')).toHaveLength(1);
    expect(similar).toHaveTextContent('科育社区3号楼暖气不热');
    expect(similar).toHaveTextContent(/相似 \d+%/);
    expect(callsOf(bridge, 'intake.similar').at(-1)).toMatchObject({ title: '3号楼暖气不热', streetCode: '110108011' });

    await user.keyboard('{Alt>}l{/Alt}');
    const notice = await screen.findByRole('alert', { name: /将作为重复诉求关联到/ });
    await waitFor(() => expect(notice).toHaveTextContent('2026112200042 · 科育社区3号楼暖气不热'));
    expect(within(similar).getByText('已关联')).toBeInTheDocument();

    // Undo with the same keystroke; nothing is merged behind the operator's back.
    await user.keyboard('{Alt>}l{/Alt}');
    await waitFor(() => expect(screen.queryByRole('alert', { name: /将作为重复诉求关联到/ })).not.toBeInTheDocument());

    await user.keyboard('{Alt>}l{/Alt}{Alt>}3{/Alt}{Alt>}c{/Alt}swbdb{Enter}{Alt>}n{/Alt}同一栋楼的暖气问题');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(callsOf(bridge, 'intake.dispatch')).toHaveLength(1));
    expect(callsOf(bridge, 'intake.dispatch')[0]).toMatchObject({ ticket: { repeatOfTicketId: 't-same' } });
  });

  it('asks nothing until there is text and a street or category', async () => {
    const { user, bridge } = await renderIntake();
    await user.keyboard('{Alt>}t{/Alt}暖气不热');
    expect(await screen.findByText('填写标题或内容，并选择类别或街道后，显示相似工单')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(callsOf(bridge, 'intake.similar')).toEqual([]);
  });
});
