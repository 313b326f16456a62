import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, renderIntake } from './render-intake';

describe('intake by keyboard', () => {
  it('takes a complete intake with keys only and dispatches the ticket', async () => {
    const { user, bridge } = await renderIntake();

    await user.keyboard('{F2}');
    expect(screen.getByRole('textbox', { name: /来电号码/ })).toHaveFocus();
    await user.keyboard('13812345678');
    await user.keyboard('{Tab}王先生');
    await user.keyboard('{Alt>}3{/Alt}');
    await user.keyboard('{Alt>}c{/Alt}swbdb{Enter}');
    await user.keyboard('{Alt>}p{/Alt}zgc{Enter}');
    await user.keyboard('{Alt>}t{/Alt}家里暖气不热');
    await user.keyboard('{Alt>}n{/Alt}海淀区中关村某小区3号楼，室温只有14度，要求尽快修复。');
    await waitFor(() => expect(screen.getByText(/属地 中关村街道/)).toBeInTheDocument());
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(callsOf(bridge, 'intake.dispatch')).toHaveLength(1));
    const [dispatch] = callsOf(bridge, 'intake.dispatch') as { draftId: string; ticket: Record<string, unknown> }[];
    expect(dispatch?.ticket).toMatchObject({
      channel: 'phone',
      appealType: 'complaint',
      callerPhone: '13812345678',
      callerName: '王先生',
      categoryId: 'heating.home.too-cold',
      districtCode: '110108',
      streetCode: '110108011',
      communityCode: '',
      title: '家里暖气不热',
      description: '海淀区中关村某小区3号楼，室温只有14度，要求尽快修复。',
      urgency: 'urgent',
      leadUnitId: 'street-110108011',
      coUnitIds: [],
      repeatOfTicketId: null,
    });
    expect(await screen.findByText('已派单：家里暖气不热')).toBeInTheDocument();
    // The form is empty again, ready for the next call.
    expect(screen.getByRole('textbox', { name: /标题/ })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: /来电号码/ })).toHaveValue('');
  });

  it('Alt+1…6 pick the appeal types in their fixed order, even from inside a text field', async () => {
    const { user } = await renderIntake();
    await user.click(screen.getByRole('textbox', { name: /标题/ }));
    const group = screen.getByRole('radiogroup', { name: /诉求类型/ });
    for (const [digit, label] of [
      [1, '咨询'],
      [2, '求助'],
      [3, '投诉'],
      [4, '举报'],
      [5, '建议'],
      [6, '表扬'],
    ] as const) {
      await user.keyboard(`{Alt>}${digit}{/Alt}`);
      expect(within(group).getByRole('radio', { name: new RegExp(label) })).toBeChecked();
    }
    expect(screen.getByRole('textbox', { name: /标题/ })).toHaveFocus();
  });
});
