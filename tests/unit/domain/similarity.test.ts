import { describe, expect, it } from 'vitest';
import { bigramProfile, distinctBigrams } from '../../../src/shared/similarity/bigram-profile';
import { bigramProfileFromBytes, bigramProfileToBytes } from '../../../src/shared/similarity/bigram-profile-bytes';
import { cosineSimilarity, diceCoefficient, diceUpperBound, sharedBigramCount } from '../../../src/shared/similarity/bigram-similarity';
import {
  prepareCandidate,
  prepareText,
  rankPrepared,
  rankSimilar,
  type SimilarityCandidate,
} from '../../../src/shared/similarity/rank-similar';
import { normalizeForSimilarity } from '../../../src/shared/similarity/similarity-text';

const day = 86_400_000;
const now = Date.parse('2026-11-22T10:00:00+08:00');

const candidates: SimilarityCandidate[] = [
  {
    id: 'heating-1',
    title: '望京西园三区暖气不热',
    description: '来电人反映朝阳区望京西园三区5号楼暖气不热，室温只有14度，已持续一周，要求供热公司尽快维修。',
    receivedAt: now - 3 * day,
  },
  {
    id: 'parking',
    title: '小区门口违章停车',
    description: '市民反映海淀区中关村南大街某小区门口长期有车辆违章停放，堵塞消防通道，要求城管处理。',
    receivedAt: now - 1 * day,
  },
  {
    id: 'wages',
    title: '装修公司拖欠工资',
    description: '来电人称在丰台区一家装修公司工作三个月，公司拖欠工资两万元，要求劳动监察部门协调。',
    receivedAt: now - 2 * day,
  },
  {
    id: 'noise',
    title: '夜间施工噪音扰民',
    description: '市民反映东城区某工地每天夜里十二点后仍在施工，噪音很大，影响休息。',
    receivedAt: now - 5 * day,
  },
  {
    id: 'heating-2',
    title: '望京西园三区暖气不热',
    description: '望京西园三区7号楼业主反映暖气温度低，屋里很冷，希望尽快解决。',
    receivedAt: now - 10 * day,
  },
];

describe('normalizeForSimilarity', () => {
  it('folds width and case and drops punctuation and spaces', () => {
    expect(normalizeForSimilarity('３号楼，漏水！ ABC　ｄｅｆ')).toBe('3号楼漏水abcdef');
    expect(normalizeForSimilarity(' ,。！？ ')).toBe('');
  });
});

describe('bigram profiles', () => {
  it('are the sorted bigram codes, duplicates kept', () => {
    const profile = bigramProfile('漏水漏水');
    expect(profile.length).toBe(3);
    expect([...profile]).toEqual([...profile].sort((a, b) => a - b));
    expect(distinctBigrams(profile).length).toBe(2);
  });

  it('keep a single character and nothing for an empty text', () => {
    expect(bigramProfile('冷').length).toBe(1);
    expect(diceCoefficient(bigramProfile('冷'), bigramProfile('冷'))).toBe(1);
    expect(bigramProfile('').length).toBe(0);
    expect(bigramProfile('，。').length).toBe(0);
  });

  it('survive a round trip through bytes, aligned or not', () => {
    const profile = bigramProfile('望京西园三区暖气不热');
    const bytes = bigramProfileToBytes(profile);
    expect([...bigramProfileFromBytes(bytes)]).toEqual([...profile]);
    const shifted = new Uint8Array(bytes.byteLength + 1).subarray(1);
    shifted.set(bytes);
    expect(shifted.byteOffset % 4).not.toBe(0);
    expect([...bigramProfileFromBytes(shifted)]).toEqual([...profile]);
    expect(() => bigramProfileFromBytes(new Uint8Array(3))).toThrow(RangeError);
  });
});

describe('scores', () => {
  const a = bigramProfile('暖气不热');
  const b = bigramProfile('暖气不太热');

  it('are 1 for the same text and 0 for nothing in common', () => {
    expect(diceCoefficient(a, a)).toBe(1);
    expect(cosineSimilarity(a, a)).toBeCloseTo(1, 12);
    expect(diceCoefficient(a, bigramProfile('拖欠工资'))).toBe(0);
    expect(cosineSimilarity(a, bigramProfile('拖欠工资'))).toBe(0);
    expect(diceCoefficient(bigramProfile(''), bigramProfile(''))).toBe(0);
  });

  it('count shared bigrams as a multiset', () => {
    // 暖气 气不 不热 vs 暖气 气不 不太 太热: two in common.
    expect(sharedBigramCount(a, b)).toBe(2);
    expect(diceCoefficient(a, b)).toBeCloseTo((2 * 2) / (3 + 4), 12);
    expect(sharedBigramCount(bigramProfile('漏水漏水'), bigramProfile('漏水'))).toBe(1);
  });

  it('are symmetric and bounded by the size bound', () => {
    const texts = candidates.flatMap((c) => [c.title, c.description]).map((t) => bigramProfile(t));
    for (const x of texts) {
      for (const y of texts) {
        const dice = diceCoefficient(x, y);
        expect(dice).toBe(diceCoefficient(y, x));
        expect(dice).toBeLessThanOrEqual(diceUpperBound(x.length, y.length) + 1e-12);
        expect(cosineSimilarity(x, y)).toBeCloseTo(cosineSimilarity(y, x), 12);
      }
    }
  });
});

describe('rankSimilar', () => {
  it('puts the near-duplicates first, the recent one before the older on equal titles', () => {
    const matches = rankSimilar(
      { title: '望京西园三区暖气不热', description: '朝阳区望京西园三区5号楼暖气不热，室温14度左右，已经一周了' },
      candidates,
    );
    expect(matches.map((m) => m.id)).toEqual(['heating-1', 'heating-2']);
    expect(matches[0]!.titleScore).toBe(1);
    expect(matches[0]!.score).toBeGreaterThan(0.6);
  });

  it('scores unrelated tickets near zero and leaves them out', () => {
    const query = { title: '望京西园三区暖气不热', description: '5号楼暖气不热' };
    const all = rankSimilar(query, candidates, { minScore: 0 });
    for (const match of all.filter((m) => !m.id.startsWith('heating'))) {
      expect(match.score, match.id).toBeLessThan(0.1);
    }
    expect(rankSimilar(query, candidates).every((m) => m.id.startsWith('heating'))).toBe(true);
  });

  it('weights the title above the description', () => {
    const sameTitle = { id: 'same-title', title: '夜间施工噪音扰民', description: '完全不同的内容甲乙丙丁', receivedAt: now };
    const sameNotes = { id: 'same-notes', title: '完全不同的标题甲乙', description: '市民反映东城区某工地每天夜里施工噪音很大', receivedAt: now };
    const matches = rankSimilar(
      { title: '夜间施工噪音扰民', description: '市民反映东城区某工地每天夜里施工噪音很大' },
      [sameNotes, sameTitle],
      { minScore: 0 },
    );
    expect(matches.map((m) => m.id)).toEqual(['same-title', 'same-notes']);
  });

  it('ranks on the notes alone while the operator has not written a title yet', () => {
    const matches = rankSimilar({ title: '', description: '海淀区中关村南大街小区门口违章停放的车辆堵了消防通道' }, candidates);
    expect(matches[0]?.id).toBe('parking');
    expect(matches[0]?.titleScore).toBe(0);
  });

  it('breaks exact ties by recency, then by id', () => {
    const twin = (id: string, receivedAt: number) => ({ id, title: '暖气不热', description: '', receivedAt });
    const matches = rankSimilar({ title: '暖气不热', description: '' }, [twin('b', now - day), twin('c', now), twin('a', now)]);
    expect(matches.map((m) => m.id)).toEqual(['a', 'c', 'b']);
  });

  it('returns nothing for an empty query or a zero limit', () => {
    expect(rankSimilar({ title: '', description: ' ，' }, candidates)).toEqual([]);
    expect(rankSimilar({ title: '暖气不热', description: '' }, candidates, { limit: 0 })).toEqual([]);
  });

  it('keeps only the best `limit`, in the same order a full sort would give', () => {
    const random = lcg(42);
    const words = ['暖气', '不热', '停车', '噪音', '拖欠', '工资', '小区', '漏水', '物业', '电梯', '施工', '垃圾'];
    const many = Array.from({ length: 2000 }, (_, i) => ({
      id: `t${i}`,
      title: Array.from({ length: 3 }, () => words[Math.floor(random() * words.length)]).join(''),
      description: Array.from({ length: 12 }, () => words[Math.floor(random() * words.length)]).join(''),
      receivedAt: now - Math.floor(random() * 30) * day,
    }));
    const query = { title: '小区暖气不热', description: '物业不管小区暖气不热电梯也坏了' };
    const top = rankSimilar(query, many, { limit: 7, minScore: 0 });
    const everything = rankSimilar(query, many, { limit: many.length, minScore: 0 });
    expect(top).toEqual(everything.slice(0, 7));
    for (let i = 1; i < everything.length; i += 1) {
      const [p, q] = [everything[i - 1]!, everything[i]!];
      expect(p.score > q.score || (p.score === q.score && p.receivedAt >= q.receivedAt)).toBe(true);
    }
  });

  it('ranks prepared candidates the same as raw ones, from any iterable', () => {
    const query = { title: '望京西园三区暖气不热', description: '暖气不热' };
    function* stream() {
      yield* candidates.map(prepareCandidate);
    }
    expect(rankPrepared(prepareText(query), stream())).toEqual(rankSimilar(query, candidates));
  });
});

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
