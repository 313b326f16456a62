import { normalizePhone } from '../../shared/phone/normalize-phone';
import type { TicketContent } from '../../shared/sync/ticket-content-schema';
import type { TicketInsert } from './ticket-writes';

/** Who a ticket went to, as the intake form holds it ('' = no lead unit yet) or as the center's lifecycle says. */
export interface TicketRouting {
  leadUnitId: string | null;
  coUnitIds: readonly string[];
  repeatOfTicketId: string | null;
}

/**
 * The ticket columns that hold what the ticket says and where it went, from
 * the operator's input at intake or from the center's copy at pull: the
 * same mapping both ways, so a pulled ticket looks exactly like one taken
 * here (trimmed title, normalized callback number).
 */
export function ticketContentColumns(content: TicketContent, routing: TicketRouting) {
  const callback = content.callbackPhone.trim();
  return {
    channel: content.channel,
    appeal_type: content.appealType,
    urgency: content.urgency,
    category_id: content.categoryId,
    district_code: content.districtCode,
    street_code: content.streetCode,
    community_code: content.communityCode,
    address: content.address,
    lat: content.lat,
    lng: content.lng,
    title: content.title.trim(),
    caller_phone_raw: content.callerPhone,
    caller_name: content.callerName,
    caller_gender: content.callerGender,
    anonymous: content.anonymous ? 1 : 0,
    callback_consent: content.callbackConsent ? 1 : 0,
    callback_phone: callback === '' ? '' : normalizePhone(callback).display,
    lead_unit_id: routing.leadUnitId === '' ? null : routing.leadUnitId,
    co_unit_ids: JSON.stringify(routing.coUnitIds),
    repeat_of_id: routing.repeatOfTicketId,
    kb_document_ids: JSON.stringify(content.kbDocumentIds),
  } satisfies Partial<TicketInsert>;
}
