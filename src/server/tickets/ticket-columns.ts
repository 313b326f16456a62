import type { TicketContent, TicketContentField } from '../../shared/sync/ticket-content-schema';

/**
 * Where each content field lives in the `ticket` table and how its value is
 * stored. Only these constant column names ever reach SQL text; values are
 * always bound parameters.
 */
type Codec = 'text' | 'boolean' | 'number' | 'json';

export const ticketContentColumns: Readonly<Record<TicketContentField, { column: string; codec: Codec }>> = {
  channel: { column: 'channel', codec: 'text' },
  appealType: { column: 'appeal_type', codec: 'text' },
  callerPhone: { column: 'caller_phone', codec: 'text' },
  callerName: { column: 'caller_name', codec: 'text' },
  callerGender: { column: 'caller_gender', codec: 'text' },
  anonymous: { column: 'anonymous', codec: 'boolean' },
  callbackConsent: { column: 'callback_consent', codec: 'boolean' },
  callbackPhone: { column: 'callback_phone', codec: 'text' },
  categoryId: { column: 'category_id', codec: 'text' },
  districtCode: { column: 'district_code', codec: 'text' },
  streetCode: { column: 'street_code', codec: 'text' },
  communityCode: { column: 'community_code', codec: 'text' },
  address: { column: 'address', codec: 'text' },
  lat: { column: 'lat', codec: 'number' },
  lng: { column: 'lng', codec: 'number' },
  title: { column: 'title', codec: 'text' },
  description: { column: 'description', codec: 'text' },
  urgency: { column: 'urgency', codec: 'text' },
  kbDocumentIds: { column: 'kb_document_ids', codec: 'json' },
};

export type SqlValue = string | number | null;

export function toColumnValue(field: TicketContentField, value: unknown): SqlValue {
  switch (ticketContentColumns[field].codec) {
    case 'boolean':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
    default:
      return value as SqlValue;
  }
}

export function contentFromRow(row: Readonly<Record<string, unknown>>): TicketContent {
  const content: Record<string, unknown> = {};
  for (const [field, { column, codec }] of Object.entries(ticketContentColumns)) {
    const value = row[column];
    content[field] = codec === 'boolean' ? value === 1 : codec === 'json' ? JSON.parse(String(value)) : value;
  }
  return content as TicketContent;
}
