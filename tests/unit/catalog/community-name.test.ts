import { describe, expect, it } from 'vitest';
import { communityFromCommittee } from '../../../scripts/catalog/community-name';
import { governingUnitOf, streetKindOf } from '../../../scripts/catalog/street-kind';

describe('names in the demo catalog build', () => {
  it('turns committee names from the statistics list into the names callers use', () => {
    expect(communityFromCommittee('多福巷社区居委会')).toEqual({ name: '多福巷社区', kind: 'residential' });
    expect(communityFromCommittee('六铺炕南小街居委会')).toEqual({ name: '六铺炕南小街社区', kind: 'residential' });
    expect(communityFromCommittee('石槽村民委员会')).toEqual({ name: '石槽村', kind: 'village' });
    expect(communityFromCommittee('东村村委会')).toEqual({ name: '东村', kind: 'village' });
    expect(communityFromCommittee('西铁营村')).toEqual({ name: '西铁营村', kind: 'village' });
    expect(communityFromCommittee('某某虚拟社区')).toBeNull();
  });

  it('names the unit that governs each kind of street-level division', () => {
    expect(governingUnitOf('中关村街道', streetKindOf('中关村街道', '110108011')).name).toBe('中关村街道办事处');
    expect(governingUnitOf('南口地区', streetKindOf('南口地区', '110114101'))).toEqual({ name: '南口地区办事处', kind: 'street_office' });
    expect(governingUnitOf('流村镇', streetKindOf('流村镇', '110114110'))).toEqual({ name: '流村镇人民政府', kind: 'township_government' });
    expect(governingUnitOf('北京经济技术开发区', streetKindOf('北京经济技术开发区', '110115403'))).toEqual({
      name: '北京经济技术开发区管理委员会',
      kind: 'zone_committee',
    });
  });
});
