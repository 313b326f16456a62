import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../../src/shared/contract/contract-error';
import { callsOf, renderIntake } from './render-intake';

describe('intake errors and drafts', () => {
  it('shows every missing required field inline, keeps the draft, and saves it anyway', async () => {
    const { user, bridge, core } = await renderIntake();
    await user.click(screen.getByRole('textbox', { name: /标题/ }));
    await user.keyboard('小区门口积水');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const category = screen.getByRole('textbox', { name: /诉求类别/ });
    const place = screen.getByRole('textbox', { name: /^地点/ });
    const description = screen.getByRole('textbox', { name: /诉求内容/ });
    await waitFor(() => expect(category).toHaveAttribute('aria-invalid', 'true'));
    expect(place).toHaveAttribute('aria-invalid', 'true');
    expect(description).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /标题/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('radiogroup', { name: /诉求类型/ }).closest('.mantine-InputWrapper-root')).toHaveTextContent('必填');
    expect(screen.getAllByText('必填').length).toBeGreaterThanOrEqual(5);
    // The first field in error gets the focus; nothing was sent to the core.
    expect(screen.getByRole('radio', { name: /咨询/ })).toHaveFocus();
    expect(callsOf(bridge, 'intake.dispatch')).toEqual([]);
    expect(screen.getByRole('textbox', { name: /标题/ })).toHaveValue('小区门口积水');

    await waitFor(() => expect([...core.drafts.values()].map((draft) => draft.fields.title)).toEqual(['小区门口积水']));
    expect(await screen.findByText(/^已保存 \d\d:\d\d:\d\d$/)).toBeInTheDocument();

    // Errors follow the fields as they are corrected.
    await user.click(description);
    await user.keyboard('路面积水没过脚踝');
    expect(description).not.toHaveAttribute('aria-invalid');
  });

  it('maps the core refusal of ticket.<field> onto the field and brings the draft back intact', async () => {
    const { user, bridge } = await renderIntake();
    bridge.handle('intake.dispatch', () => {
      throw new ContractError({
        code: 'invalid_input',
        method: 'intake.dispatch',
        message: 'intake.dispatch: ticket.categoryId: is retired in catalog 2026.12',
        issues: [
          { path: 'ticket.categoryId', reason: 'is retired in catalog 2026.12' },
          { path: 'draftId', reason: 'was already finished on another seat' },
        ],
      });
    });
    await user.keyboard('{Alt>}1{/Alt}{Alt>}c{/Alt}物业费{Enter}{Alt>}p{/Alt}jw{Enter}');
    await user.keyboard('{Alt>}t{/Alt}物业费怎么交{Alt>}n{/Alt}咨询物业费的缴纳方式');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByText('is retired in catalog 2026.12')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /诉求类别/ })).toHaveAttribute('aria-invalid', 'true');
    // A refusal that names no field of the form is listed above the buttons.
    const other = screen.getByText('draftId: was already finished on another seat').closest('[role="alert"]');
    expect(other).toHaveTextContent('中心未接受');
    expect(screen.getByRole('textbox', { name: /标题/ })).toHaveValue('物业费怎么交');
    expect(screen.getByRole('textbox', { name: /^地点/ })).toHaveValue('朝阳区 / 建外街道');
    expect(screen.queryByText(/调用失败/)).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: /诉求$/ })).getByText('is retired in catalog 2026.12')).toBeInTheDocument();
  });
});
