import type { AppealType } from '../../../shared/tickets/appeal-type';
import type { TicketStatus } from '../../../shared/tickets/ticket-status';
import type { TicketListFilter } from '../../api/use-ticket-list';

/** What the filter bar holds; dates as the date inputs give them (YYYY-MM-DD, Beijing calendar days). */
export interface TicketFilterState {
  text: string;
  statuses: TicketStatus[];
  appealTypes: AppealType[];
  categoryId: string;
  districtCode: string;
  receivedFrom: string;
  receivedTo: string;
  scope: 'mine' | 'all';
  overdueOnly: boolean;
}

export const emptyTicketFilter: TicketFilterState = {
  text: '',
  statuses: [],
  appealTypes: [],
  categoryId: '',
  districtCode: '',
  receivedFrom: '',
  receivedTo: '',
  scope: 'all',
  overdueOnly: false,
};

/** Beijing is UTC+8 all year (no daylight saving), so a calendar day starts at 16:00 UTC the day before. */
const beijingOffsetMs = 8 * 3_600_000;
const dayMs = 86_400_000;

function beijingDayStart(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - beijingOffsetMs;
}

/** tickets.list's input: only what is set, so an empty bar asks for everything. */
export function toTicketListFilter(state: TicketFilterState): TicketListFilter {
  const from = beijingDayStart(state.receivedFrom);
  const toDayStart = beijingDayStart(state.receivedTo);
  const text = state.text.trim();
  return {
    ...(state.statuses.length > 0 ? { statuses: state.statuses } : {}),
    ...(state.appealTypes.length > 0 ? { appealTypes: state.appealTypes } : {}),
    ...(state.categoryId ? { categoryId: state.categoryId } : {}),
    ...(state.districtCode ? { districtCode: state.districtCode } : {}),
    ...(from !== undefined && from >= 0 ? { receivedFrom: from } : {}),
    // The whole last day counts: up to its final millisecond.
    ...(toDayStart !== undefined && toDayStart >= 0 ? { receivedTo: toDayStart + dayMs - 1 } : {}),
    ...(state.scope === 'mine' ? { mineOnly: true } : {}),
    ...(state.overdueOnly ? { overdueOnly: true } : {}),
    ...(text ? { text: text.slice(0, 200) } : {}),
  };
}
