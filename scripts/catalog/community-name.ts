import type { CommunityKind } from '../../src/shared/catalog/place-schema';

/**
 * The statistics list names the committee (多福巷社区居委会, 石槽村民委员会);
 * callers name the community or village (多福巷社区, 石槽村). Returns null for
 * entries that are not places a caller lives in (虚拟社区, placeholders the
 * bureau uses for unassigned areas).
 */
export function communityFromCommittee(committee: string): { name: string; kind: CommunityKind } | null {
  if (committee.includes('虚拟')) return null;
  const villageSuffix = /(村民委员会|村委会)$/.exec(committee);
  if (villageSuffix) {
    const stem = committee.slice(0, villageSuffix.index);
    return { name: stem.endsWith('村') ? stem : `${stem}村`, kind: 'village' };
  }
  const residentsSuffix = /(居民委员会|居委会)$/.exec(committee);
  if (residentsSuffix) {
    const stem = committee.slice(0, residentsSuffix.index);
    return { name: stem.endsWith('社区') ? stem : `${stem}社区`, kind: 'residential' };
  }
  const kind: CommunityKind = committee.endsWith('村') ? 'village' : 'residential';
  return { name: committee, kind };
}
