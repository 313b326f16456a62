import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, renderIntake } from './render-intake';

const draftId = '01936c0a-0000-7000-8000-00000000d001';

describe('drafts', () => {
  it('restores the newest draft after a reload, and finishes it with a direct answer citing its documents', async () => {
    const { user, bridge } = await renderIntake({
      prepare: (core) => {
        core.drafts.set(draftId, {
          id: draftId,
          callId: null,
          callStartedAt: null,
          fields: {
            appealType: 'consultation',
            callerPhone: '13812345678',
            categoryId: 'heating.home.fees',
            districtCode: '110108',
            streetCode: '110108012',
            title: '取暖费怎么交',
            description: '市民咨询取暖费缴纳渠道，已按知识库答复。',
            urgency: 'normal',
            kbDocumentIds: ['kb-heating-fees'],
          },
          createdAt: Date.now() - 60_000,
          updatedAt: Date.now() - 30_000,
        });
      },
    });
    await waitFor(() => expect(screen.getByRole('textbox', { name: /标题/ })).toHaveValue('取暖费怎么交'));
    expect(screen.getByRole('textbox', { name: /^地点/ })).toHaveValue('海淀区 / 海淀街道');
    expect(screen.getByText(/^已保存 \d\d:\d\d:\d\d$/)).toBeInTheDocument();
    expect(screen.getByText('引用知识 1 篇')).toBeInTheDocument();

    await user.keyboard('{Control>}d{/Control}');
    await waitFor(() => expect(callsOf(bridge, 'intake.directAnswer')).toHaveLength(1));
    expect(callsOf(bridge, 'intake.directAnswer')[0]).toMatchObject({
      draftId,
      ticket: { kbDocumentIds: ['kb-heating-fees'], categoryId: 'heating.home.fees', leadUnitId: '' },
    });
    expect(await screen.findByText('已直接办结：取暖费怎么交')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /标题/ })).toHaveValue('');
  });

  it('saves a new draft with a UUIDv7 within 300 ms of typing, and keeps saving while the operator types', async () => {
    const { user, bridge } = await renderIntake();
    await user.keyboard('{Alt>}n{/Alt}');
    await user.keyboard('市民反映');
    await waitFor(() => expect(callsOf(bridge, 'drafts.save').length).toBeGreaterThan(0), { timeout: 300 });
    const [first] = callsOf(bridge, 'drafts.save') as { id: string; fields: { description: string } }[];
    expect(first?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await user.keyboard('楼道灯不亮');
    await waitFor(() =>
      expect((callsOf(bridge, 'drafts.save').at(-1) as { fields: { description: string } }).fields.description).toBe('市民反映楼道灯不亮'),
    );
  });

  it('keeps a 100 kB paste whole in the draft, and reports the ticket limit only when finishing', async () => {
    const { user, bridge, core } = await renderIntake();
    const long = '市民反映小区供暖问题。'.repeat(10_000);
    const description = screen.getByRole('textbox', { name: /诉求内容/ });
    fireEvent.change(description, { target: { value: long } });
    expect(description).toHaveValue(long);
    await waitFor(() => expect([...core.drafts.values()][0]?.fields.description).toHaveLength(long.length));

    await user.keyboard('{Alt>}1{/Alt}{Alt>}c{/Alt}swbdb{Enter}{Alt>}p{/Alt}zgc{Enter}{Alt>}t{/Alt}供暖问题');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const wrapper = description.closest('.mantine-InputWrapper-root') as HTMLElement;
    expect(await within(wrapper).findByText('最多 20000 个字')).toBeInTheDocument();
    expect(callsOf(bridge, 'intake.dispatch')).toEqual([]);
    // "Already reported?" compares the gist, not the whole paste.
    const similar = callsOf(bridge, 'intake.similar') as { description: string }[];
    expect(similar.every((input) => input.description.length <= 4_000)).toBe(true);
  });
});
