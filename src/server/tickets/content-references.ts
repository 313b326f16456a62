import { isLeafCategory } from '../../shared/catalog/catalog-index';
import type { TicketContent } from '../../shared/sync/ticket-content-schema';
import type { PublishedCatalog } from '../catalog/catalog-store';
import type { RejectionReason } from './ticket-outcome';

/**
 * The first catalog reference in a ticket's content that does not hold: a
 * category that is not a leaf of the catalog in force, a place code that is
 * not there or not inside its parent. Communities are checked against the
 * catalog when it lists them; the demo catalog lists only a sample, so an
 * unlisted 12-digit code is accepted when it lies inside the street (its
 * first nine digits are the street's code).
 */
export function findContentReferenceProblem(
  content: TicketContent,
  catalog: PublishedCatalog,
  pathPrefix: string,
): RejectionReason | null {
  const index = catalog.index;
  const problem = (field: string, message: string): RejectionReason => ({
    code: 'unknown_reference',
    path: `${pathPrefix}${field}`,
    message,
  });
  if (!isLeafCategory(index, content.categoryId)) {
    return problem('categoryId', `"${content.categoryId}" is not a leaf category of catalog ${catalog.version}`);
  }
  const district = index.placeByCode.get(content.districtCode);
  if (district?.level !== 'district') {
    return problem('districtCode', `"${content.districtCode}" is not a district of catalog ${catalog.version}`);
  }
  const street = index.placeByCode.get(content.streetCode);
  if (street?.level !== 'street' || street.parentCode !== content.districtCode) {
    return problem('streetCode', `"${content.streetCode}" is not a street or township of district ${content.districtCode}`);
  }
  if (content.communityCode !== '') {
    const community = index.placeByCode.get(content.communityCode);
    const inside = community
      ? community.level === 'community' && community.parentCode === content.streetCode
      : content.communityCode.startsWith(content.streetCode);
    if (!inside) return problem('communityCode', `"${content.communityCode}" is not a community of street ${content.streetCode}`);
  }
  return null;
}
