import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IntakeDraft } from '../../../../src/shared/contract/intake/intake-draft-schema';
import { startDraftAutosave } from '../../../../src/renderer/features/intake/draft-autosave';
import { createIntakeStore } from '../../../../src/renderer/features/intake/intake-store';

function storeWithIds() {
  let next = 0;
  return createIntakeStore({ newId: () => `draft-${++next}`, now: () => 1_000 });
}

const stored = (id: string, title: string, updatedAt: number): IntakeDraft => ({
  id,
  callId: null,
  callStartedAt: null,
  fields: { title },
  createdAt: updatedAt - 10,
  updatedAt,
});

describe('intake session store', () => {
  it('restores the newest stored draft in place of an untouched intake, and never over one being typed', () => {
    const store = storeWithIds();
    store.restore([stored('old', '旧的', 100), stored('new', '新的', 200)]);
    expect(store.current().id).toBe('new');
    expect(store.getState().drafts.map((draft) => draft.id)).toEqual(['new', 'old']);

    const typing = storeWithIds();
    typing.edit({ description: '正在记录' });
    typing.restore([stored('new', '新的', 200)]);
    expect(typing.current().fields.description).toBe('正在记录');
    expect(typing.getState().drafts).toHaveLength(2);
  });

  it('F2 keeps an intake with content and reuses an empty one', () => {
    const store = storeWithIds();
    const first = store.current().id;
    store.startNew();
    expect(store.current().id).toBe(first);
    store.edit({ title: '有内容' });
    store.startNew();
    expect(store.current().id).not.toBe(first);
    expect(store.selectNext()).toBe(true);
    expect(store.current().id).toBe(first);
  });

  it('takes a finishing draft off screen at once and brings it back intact when the core refuses it', () => {
    const store = storeWithIds();
    store.edit({ title: '待派单' });
    const id = store.current().id;
    store.beginFinish(id);
    expect(store.current().id).not.toBe(id);
    expect(store.current().fields.title).toBe('');

    store.finishFailed(id, { fieldErrors: { categoryId: 'is retired' }, otherReasons: [] });
    expect(store.current().id).toBe(id);
    expect(store.current().fields.title).toBe('待派单');
    expect(store.current().errors.categoryId).toBe('is retired');
    // The empty intake that stood in for it is gone again.
    expect(store.getState().drafts).toHaveLength(1);

    store.edit({ categoryId: 'heating.home.too-cold' });
    expect(store.current().errors.categoryId).toBeUndefined();
  });
});

describe('draft autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves within 250 ms of the first change even while typing goes on, one save at a time, never a finishing draft', async () => {
    const store = storeWithIds();
    const saves: string[] = [];
    const autosave = startDraftAutosave(store, async (input) => {
      saves.push(input.fields.description ?? '');
      return { id: input.id, callId: null, callStartedAt: null, fields: input.fields, createdAt: 1, updatedAt: 2 };
    });
    // An untouched intake is not stored.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves).toEqual([]);

    for (const text of ['市', '市民', '市民反', '市民反映']) {
      store.edit({ description: text });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saves).toEqual(['市民反']);
    await vi.advanceTimersByTimeAsync(300);
    expect(saves).toEqual(['市民反', '市民反映']);

    store.edit({ description: '市民反映积水' });
    store.beginFinish(store.getState().drafts[0]!.id);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves).toEqual(['市民反', '市民反映']);
    autosave.stop();
  });
});
