import type { CatalogIndex } from '../../shared/catalog/catalog-index';
import type { ContractIssue } from '../../shared/contract/contract-error';
import type { IntakeTicket } from '../../shared/contract/intake/intake-ticket-schema';
import { normalizePhone } from '../../shared/phone/normalize-phone';
import { phoneLookupKey } from '../../shared/phone/normalized-phone';

export type FinishKind = 'dispatch' | 'direct_answer';

export interface IntakeCheckContext {
  index: CatalogIndex;
  ticketExists(id: string): boolean;
  /** The ids among these that the knowledge base does not have. */
  unknownKbDocuments(ids: readonly string[]): string[];
}

/**
 * What the schema cannot know: that the codes exist in the catalog in force
 * and fit together, that a linked ticket and the KB documents exist, that a
 * callback has a number to call. Each problem names the field, so the form
 * can mark it. The caller's own number is deliberately not required to be
 * readable: the switch may send garbage or nothing, and the ticket still has
 * to be taken (it is stored as received and shown as unreadable); only
 * control characters are refused there, as in every other field.
 */
export function checkIntake(ticket: IntakeTicket, kind: FinishKind, context: IntakeCheckContext): ContractIssue[] {
  const issues: ContractIssue[] = [];
  const report = (field: string, reason: string) => issues.push({ path: `ticket.${field}`, reason });
  const { index } = context;

  const category = index.categoryById.get(ticket.categoryId);
  if (!category) report('categoryId', `"${ticket.categoryId}" is not in the catalog in force`);
  else if (index.childCategoryIds.has(ticket.categoryId)) {
    report('categoryId', `"${category.name}" is a group; pick one of the items under it`);
  }

  const district = index.placeByCode.get(ticket.districtCode);
  if (!district || district.level !== 'district') report('districtCode', `"${ticket.districtCode}" is not a district of the catalog`);
  const street = index.placeByCode.get(ticket.streetCode);
  if (!street || street.level !== 'street') report('streetCode', `"${ticket.streetCode}" is not a street or township of the catalog`);
  else if (district && street.parentCode !== ticket.districtCode) {
    report('streetCode', `"${street.name}" does not lie in "${district.name}"`);
  }
  if (ticket.communityCode !== '') {
    const community = index.placeByCode.get(ticket.communityCode);
    if (!community || community.level !== 'community') {
      report('communityCode', `"${ticket.communityCode}" is not a community of the catalog`);
    } else if (street && community.parentCode !== ticket.streetCode) {
      report('communityCode', `"${community.name}" does not lie in "${street.name}"`);
    }
  }

  checkUnits(ticket, kind, index, report);

  if (ticket.repeatOfTicketId !== null && !context.ticketExists(ticket.repeatOfTicketId)) {
    report('repeatOfTicketId', `no ticket "${ticket.repeatOfTicketId}" on this seat`);
  }
  const unknownDocuments = new Set(context.unknownKbDocuments(ticket.kbDocumentIds));
  ticket.kbDocumentIds.forEach((id, i) => {
    if (unknownDocuments.has(id)) report(`kbDocumentIds.${i}`, `no knowledge-base document "${id}"`);
  });

  if (normalizePhone(ticket.callerPhone).reason === 'control_characters') {
    report('callerPhone', 'must not contain control characters');
  }
  checkCallbackNumber(ticket, report);
  return issues;
}

function checkUnits(
  ticket: IntakeTicket,
  kind: FinishKind,
  index: CatalogIndex,
  report: (field: string, reason: string) => void,
): void {
  // A repeat is handled by its parent's units and a direct answer by nobody, so only a plain dispatch needs a lead.
  if (ticket.leadUnitId === '') {
    if (kind === 'dispatch' && ticket.repeatOfTicketId === null) report('leadUnitId', 'is required to dispatch');
  } else if (!index.unitById.has(ticket.leadUnitId)) {
    report('leadUnitId', `"${ticket.leadUnitId}" is not a unit of the catalog`);
  }
  const seen = new Set([ticket.leadUnitId]);
  ticket.coUnitIds.forEach((unitId, i) => {
    if (!index.unitById.has(unitId)) report(`coUnitIds.${i}`, `"${unitId}" is not a unit of the catalog`);
    else if (seen.has(unitId)) report(`coUnitIds.${i}`, `"${index.unitById.get(unitId)?.shortName}" is named twice`);
    seen.add(unitId);
  });
}

/** A callback needs a number that can be dialled: the preferred one, or else the caller's. */
function checkCallbackNumber(ticket: IntakeTicket, report: (field: string, reason: string) => void): void {
  if (ticket.callbackPhone.trim() !== '') {
    const phone = normalizePhone(ticket.callbackPhone);
    if (phoneLookupKey(phone) === null) report('callbackPhone', `"${phone.display}" is not a number that can be called back`);
    return;
  }
  if (ticket.callbackConsent && phoneLookupKey(normalizePhone(ticket.callerPhone)) === null) {
    report('callbackPhone', 'the caller agreed to a callback but gave no number that can be called back');
  }
}
