import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KbSearch } from '../../../../src/renderer/features/knowledge/kb-search';
import { createFakeBridge } from '../../../helpers/fake-bridge';
import { emptyKbSearch, fakeKbDocument, fakeKbResult } from '../../../helpers/fake-kb';
import { callsOf, renderWithSeat } from './render-with-seat';

const rentGuide = fakeKbResult({
  id: 'gjj-rent',
  title: '租房提取住房公积金办事指南',
  docNumber: '京房公积金发〔2025〕3号',
  titleHighlights: [{ start: 6, end: 9 }],
  snippet: { text: '无房职工租房可以提取住房公积金。', highlights: [{ start: 12, end: 15 }], cutStart: false, cutEnd: true },
});
const rentGuide2021 = fakeKbResult({
  id: 'gjj-rent-2021',
  title: '租房提取住房公积金办事指南（2021年版）',
  status: 'expired',
  expired: true,
  effectiveTo: Date.UTC(2024, 11, 31) - 8 * 3_600_000,
});

const rentGuideBody = [
  '# 租房提取住房公积金办事指南',
  '',
  '## 办理条件',
  '',
  '1. 本人及配偶在本市无自有住房。',
  '2. 连续足额缴存住房公积金满3个月。',
  '',
  '## 答复口径',
  '',
  '您好，无房职工租房可以每月提取住房公积金。',
].join('\n');

/** A bridge whose knowledge base holds the two rent guides and finds them for 公积金. */
function knowledgeBridge() {
  const bridge = createFakeBridge();
  bridge.handle('kb.search', ({ query }) =>
    query.includes('公积金') ? { ...emptyKbSearch(query), results: [rentGuide, rentGuide2021], total: 2 } : emptyKbSearch(query),
  );
  bridge.handle('kb.get', ({ id }) => {
    if (id === rentGuide.id) {
      const at = rentGuideBody.indexOf('公积金');
      return fakeKbDocument(rentGuide, { body: rentGuideBody, bodyHighlights: [{ start: at, end: at + 3 }] });
    }
    return id === rentGuide2021.id ? fakeKbDocument(rentGuide2021) : null;
  });
  return bridge;
}

const searchBox = () => screen.getByRole('combobox', { name: '检索知识库' });
const resultList = () => screen.getByRole('listbox', { name: '检索结果' });
/** The result options (the filters' <option>s are options too). */
const results = () => within(resultList()).getAllByRole('option');
const findResults = () => within(resultList()).findAllByRole('option');
const typed = (bridge: ReturnType<typeof createFakeBridge>) => callsOf(bridge, 'kb.search') as { query: string }[];

/** The search as a page or panel places it, recording what "use in answer" attaches. */
function renderSearch(bridge: ReturnType<typeof createFakeBridge>) {
  const used: string[] = [];
  const view = renderWithSeat(<KbSearch height="400px" onUseInAnswer={(id) => used.push(id)} />, { bridge });
  return { ...view, used };
}

describe('knowledge-base search', () => {
  it('searches once the input method has finished composing, never mid-composition', async () => {
    const bridge = knowledgeBridge();
    renderSearch(bridge);
    const box = searchBox();

    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: 'gong' } });
    fireEvent.change(box, { target: { value: "gong'ji'jin" } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(typed(bridge)).toEqual([]);

    fireEvent.change(box, { target: { value: '公积金' } });
    fireEvent.compositionEnd(box, { data: '公积金' });
    await waitFor(() => expect(typed(bridge)).toEqual([expect.objectContaining({ query: '公积金', asYouType: true })]));
    expect((await findResults())[0]).toBeInTheDocument();
  });

  it('moves through results with ↑/↓ and uses the chosen one in the answer with Enter', async () => {
    const bridge = knowledgeBridge();
    const { user, used } = renderSearch(bridge);
    await user.type(searchBox(), '公积金');
    const options = await findResults();
    expect(options[0]).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowDown}');
    expect(results()[1]).toHaveAttribute('aria-selected', 'true');
    expect(searchBox()).toHaveAttribute('aria-activedescendant', results()[1]!.id);
    await user.keyboard('{ArrowDown}');
    expect(results()[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(results()[0]).toHaveAttribute('aria-selected', 'true');
    expect(searchBox()).toHaveFocus();

    await screen.findByRole('article', { name: '文档预览' });
    await user.keyboard('{Enter}');
    expect(used).toEqual(['gjj-rent']);
    const script = await screen.findByRole('region', { name: '答复口径' });
    expect(within(script).getByText(/您好，无房职工租房可以每月提取住房/)).toBeInTheDocument();
    expect(within(script).queryByText(/连续足额缴存/)).not.toBeInTheDocument();
  });

  it('uses a result with Ctrl+Enter too, and stops it from reaching shortcuts underneath', async () => {
    const bridge = knowledgeBridge();
    const { user, used } = renderSearch(bridge);
    let reachedWindow = false;
    const listener = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && !event.defaultPrevented) reachedWindow = true;
    };
    window.addEventListener('keydown', listener);
    await user.type(searchBox(), '公积金');
    await findResults();
    await user.keyboard('{ArrowDown}{Control>}{Enter}{/Control}');
    window.removeEventListener('keydown', listener);
    expect(used).toEqual(['gjj-rent-2021']);
    expect(reachedWindow).toBe(false);
  });

  it('marks a document that is no longer in force, in the list and in the preview', async () => {
    const bridge = knowledgeBridge();
    const { user } = renderSearch(bridge);
    await user.type(searchBox(), '公积金');
    const [current, expired] = await findResults();
    expect(within(expired!).getByText('已失效')).toBeInTheDocument();
    expect(within(current!).queryByText('已失效')).not.toBeInTheDocument();
    expect(within(current!).getByText('现行有效')).toBeInTheDocument();

    await user.keyboard('{ArrowDown}');
    const preview = await screen.findByRole('article', { name: '文档预览' });
    await waitFor(() => expect(within(preview).getByRole('heading', { name: rentGuide2021.title })).toBeInTheDocument());
    expect(within(preview).getAllByText('已失效').length).toBeGreaterThan(0);
    expect(within(preview).getByText('此文档已不再有效，不得作为现行政策答复。')).toBeInTheDocument();
    expect(within(preview).getByText('2024/12/31')).toBeInTheDocument();
  });

  it('marks matches with <mark> and shows HTML in a document as the text it is', async () => {
    const bridge = knowledgeBridge();
    const hostile = '<script>window.hacked = true</script><img src="https://example.com/x.png" onerror="alert(1)"><b>粗体</b>';
    bridge.handle('kb.get', () =>
      fakeKbDocument(rentGuide, {
        body: `# 标题\n\n${hostile}\n\n- 公积金 **提取**`,
        bodyHighlights: [{ start: `# 标题\n\n${hostile}\n\n- `.length, end: `# 标题\n\n${hostile}\n\n- 公积金`.length }],
        titleHighlights: [{ start: 6, end: 9 }],
      }),
    );
    const { user } = renderSearch(bridge);
    await user.type(searchBox(), '公积金');
    const [first] = await findResults();
    expect([...first!.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['公积金', '公积金']);

    const preview = await screen.findByRole('article', { name: '文档预览' });
    await waitFor(() => expect(within(preview).getByText(hostile)).toBeInTheDocument());
    expect(preview.querySelector('script, img, b')).toBeNull();
    expect(document.querySelector('img[src^="https://"]')).toBeNull();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    const listItem = preview.querySelector('li');
    expect(listItem?.querySelector('mark')).toHaveTextContent('公积金');
    expect(listItem).toHaveTextContent('公积金 **提取**');
  });

  it('offers the same-sound correction and searches for it when clicked', async () => {
    const bridge = knowledgeBridge();
    bridge.handle('kb.search', ({ query }) =>
      query === '公基金' ? { ...emptyKbSearch(query), didYouMean: { text: '公积金', applied: false } } : { ...emptyKbSearch(query), results: [rentGuide], total: 1 },
    );
    const { user } = renderSearch(bridge);
    await user.type(searchBox(), '公基金');
    expect(await screen.findByText('您是不是要找：')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '公积金' }));

    expect(searchBox()).toHaveValue('公积金');
    await waitFor(() => expect(typed(bridge).at(-1)).toMatchObject({ query: '公积金' }));
    expect((await findResults())[0]).toBeInTheDocument();
  });

  it('filters by status with the facet counts', async () => {
    const bridge = knowledgeBridge();
    bridge.handle('kb.search', ({ query, status }) => ({
      ...emptyKbSearch(query),
      results: status?.includes('expired') ? [rentGuide2021] : [rentGuide, rentGuide2021],
      total: status?.includes('expired') ? 1 : 2,
      facets: { status: [{ value: 'current', count: 1 }, { value: 'expired', count: 1 }], district: [{ value: '全市', count: 2 }], category: [], authority: [] },
    }));
    const { user } = renderSearch(bridge);
    await user.type(searchBox(), '公积金');
    await findResults();
    await user.selectOptions(screen.getByRole('combobox', { name: '状态' }), '已失效（1）');
    await waitFor(() => expect(typed(bridge).at(-1)).toMatchObject({ query: '公积金', status: ['expired'] }));
    await waitFor(() => expect(results()).toHaveLength(1));
  });
  it('asks for ten results while typing, and for the next ten with ↓ past the last one', async () => {
    const bridge = createFakeBridge();
    const guides = Array.from({ length: 25 }, (_, index) => fakeKbResult({ id: `guide-${index}`, title: `公积金指南 ${index}` }));
    bridge.handle('kb.search', ({ query, limit }) => ({ ...emptyKbSearch(query), results: guides.slice(0, limit), total: guides.length }));
    bridge.handle('kb.get', ({ id }) => fakeKbDocument(guides.find((guide) => guide.id === id)!));
    const { user } = renderSearch(bridge);
    await user.type(searchBox(), '公积金');
    await waitFor(() => expect(results()).toHaveLength(10));
    expect(typed(bridge).every((input) => (input as { limit?: number }).limit === 10)).toBe(true);

    await user.keyboard('{ArrowDown>9/}');
    expect(results()[9]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(results()).toHaveLength(20));
    expect(typed(bridge).at(-1)).toMatchObject({ query: '公积金', limit: 20 });
    // The choice moved on to the first of the new results and stayed in this search.
    await waitFor(() => expect(results()[10]).toHaveAttribute('aria-selected', 'true'));
    expect(searchBox()).toHaveFocus();

    // A new search starts again with ten.
    await user.type(searchBox(), '提取');
    await waitFor(() => expect(typed(bridge).at(-1)).toMatchObject({ query: '公积金提取', limit: 10 }));
  });

  it('does not show the last query\'s results under a new one typed after clearing the box', async () => {
    const bridge = knowledgeBridge();
    let answerNoise: () => void = () => undefined;
    const noiseAnswered = new Promise<void>((resolve) => (answerNoise = resolve));
    bridge.handle('kb.search', async ({ query }) => {
      if (query.startsWith('噪')) {
        await noiseAnswered;
        return emptyKbSearch(query);
      }
      return query.includes('公积金') ? { ...emptyKbSearch(query), results: [rentGuide, rentGuide2021], total: 2 } : emptyKbSearch(query);
    });
    const { user } = renderSearch(bridge);
    await user.type(searchBox(), '公积金');
    expect(await findResults()).toHaveLength(2);
    await user.clear(searchBox());
    await user.type(searchBox(), '噪音');
    // No answer for 噪 or 噪音 has arrived: the list is empty, not 公积金's.
    expect(within(resultList()).queryAllByRole('option')).toEqual([]);
    answerNoise();
    expect(await screen.findByText('没有找到相关文档。')).toBeInTheDocument();
  });
});
