import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchChangedIds } from '../../../src/core/sync/changed-ids-batcher';

describe('changed ticket ids during a pull', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands on the ids of many slices together, at most every 250 ms, and the rest when flushed', () => {
    const emitted: string[][] = [];
    const batcher = batchChangedIds((ids) => emitted.push(ids));
    batcher.add(['a', 'b']);
    batcher.add(['c']);
    expect(emitted).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(emitted).toEqual([['a', 'b', 'c']]);
    batcher.add(['d']);
    batcher.flush();
    batcher.flush();
    expect(emitted).toEqual([['a', 'b', 'c'], ['d']]);
    vi.advanceTimersByTime(1000);
    expect(emitted).toHaveLength(2);
  });
});
