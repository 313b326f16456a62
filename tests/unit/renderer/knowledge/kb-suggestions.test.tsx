import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { IntakeStoreContext } from '../../../../src/renderer/features/intake/intake-session-context';
import { createIntakeStore } from '../../../../src/renderer/features/intake/intake-store';
import { KbSuggestions } from '../../../../src/renderer/features/knowledge/kb-suggestions';
import { createFakeBridge } from '../../../helpers/fake-bridge';
import { emptyKbSearch, fakeKbDocument, fakeKbResult } from '../../../helpers/fake-kb';
import { callsOf, renderWithSeat } from './render-with-seat';

const heating = fakeKbResult({ id: 'heating', title: '供暖期延长通知', category: '城市管理/供暖' });

/** A description field with the suggestions beside it, as the intake page places them. */
function Description() {
  const [text, setText] = useState('');
  return (
    <>
      <textarea aria-label="诉求描述" value={text} onChange={(event) => setText(event.currentTarget.value)} />
      <KbSuggestions text={text} />
    </>
  );
}

/** Inside an intake session (just its store: attaching edits the draft on screen). */
function renderInIntake(bridge: ReturnType<typeof createFakeBridge>) {
  let n = 0;
  const intake = createIntakeStore({ newId: () => `draft-${(n += 1)}`, now: () => Date.UTC(2026, 0, 2) });
  const view = renderWithSeat(
    <IntakeStoreContext.Provider value={intake}>
      <Description />
    </IntakeStoreContext.Provider>,
    { bridge },
  );
  return { ...view, intake };
}

describe('suggested documents beside the intake description', () => {
  it('searches when the operator pauses, lists matches, and never takes the focus', async () => {
    const bridge = createFakeBridge();
    bridge.handle('kb.search', ({ query }) => (query.includes('暖气') ? { ...emptyKbSearch(query), results: [heating], total: 1 } : emptyKbSearch(query)));
    bridge.handle('kb.get', () => fakeKbDocument(heating, { body: '# 供暖期延长通知\n\n## 答复口径\n\n今年供暖延长到3月31日。' }));
    const { user, intake } = renderInIntake(bridge);
    const description = screen.getByRole('textbox', { name: '诉求描述' });

    await user.type(description, '家里暖气不热');
    const list = await screen.findByRole('region', { name: '相关知识' });
    expect(callsOf(bridge, 'kb.search')).toEqual([{ query: '家里暖气不热', asYouType: true, limit: 5 }]);

    await user.click(within(list).getByRole('button', { name: '供暖期延长通知' }));
    expect(await within(list).findByText('今年供暖延长到3月31日。')).toBeInTheDocument();
    expect(description).toHaveFocus();

    await user.click(within(list).getByRole('button', { name: '附加' }));
    expect(intake.current().fields.kbDocumentIds).toEqual(['heating']);
    expect(within(list).getByRole('button', { name: '已附加' })).toBeDisabled();
    expect(description).toHaveFocus();
  });

  it('shows nothing for a description that matches nothing', async () => {
    const bridge = createFakeBridge();
    const { user } = renderInIntake(bridge);
    await user.type(screen.getByRole('textbox', { name: '诉求描述' }), '你好');
    await waitFor(() => expect(callsOf(bridge, 'kb.search')).toHaveLength(1));
    expect(screen.queryByRole('region', { name: '相关知识' })).not.toBeInTheDocument();
  });
});
