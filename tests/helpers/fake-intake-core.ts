import { buildCatalogSearchKeys } from '../../src/core/catalog/catalog-search-keys';
import { indexCatalog, isCategoryWithin, isLeafCategory } from '../../src/shared/catalog/catalog-index';
import type { Catalog } from '../../src/shared/catalog/catalog-schema';
import { ContractError, type ContractIssue } from '../../src/shared/contract/contract-error';
import type { IntakeDraft } from '../../src/shared/contract/intake/intake-draft-schema';
import type { IntakeTicket } from '../../src/shared/contract/intake/intake-ticket-schema';
import type { NoteRevision, TicketDetail, TicketSummary } from '../../src/shared/contract/intake/ticket-views';
import type { MethodName } from '../../src/shared/contract/methods';
import { normalizePhone } from '../../src/shared/phone/normalize-phone';
import { phoneLookupKey } from '../../src/shared/phone/normalized-phone';
import { routeTicket } from '../../src/shared/routing/route-ticket';
import { indexRoutingRules } from '../../src/shared/routing/routing-index';
import { rankSimilar } from '../../src/shared/similarity/rank-similar';
import { deadlinesFor } from '../../src/shared/sla/sla-deadlines';
import { slaClassFor } from '../../src/shared/sla/sla-class-for-ticket';
import { isFinishedStatus } from '../../src/shared/tickets/ticket-status';
import type { FakeBridge } from './fake-bridge';
import { intakeTestCatalog } from './intake-test-catalog';

/** What a test can see and plant in the fake core's memory. */
export interface FakeIntakeCore {
  catalog: Catalog;
  drafts: Map<string, IntakeDraft>;
  tickets: TicketDetail[];
  usage: { recent: string[]; frequent: string[] };
  /** Plants a ticket, filling in whatever the test does not care about. */
  addTicket(fields: Partial<TicketDetail> & Pick<TicketDetail, 'id' | 'title'>): TicketDetail;
  /** What cti.incoming does in the core: a draft for the call, then the call.incoming event. */
  ringCall(call: { callId: string; ani: string; at?: number }): string;
}

function invalid(method: MethodName, issues: ContractIssue[]): ContractError {
  return new ContractError({
    code: 'invalid_input',
    method,
    message: `${method}: ${issues.map((issue) => `${issue.path}: ${issue.reason}`).join('; ')}`,
    issues,
  });
}

const seatOperator = 'seat-01';

/** A ticket as the core would store it, defaults for every field a test leaves out. */
export function makeTicket(fields: Partial<TicketDetail> & Pick<TicketDetail, 'id' | 'title'>): TicketDetail {
  const receivedAt = fields.receivedAt ?? Date.now() - 3_600_000;
  return {
    number: null,
    status: 'queued',
    pending: true,
    channel: 'phone',
    appealType: 'complaint',
    urgency: 'normal',
    categoryId: 'heating.home.too-cold',
    districtCode: '110108',
    streetCode: '110108011',
    callerPhoneDisplay: '138 1234 5678',
    receivedAt,
    dispatchBy: receivedAt + 86_400_000,
    feedbackBy: receivedAt + 7 * 86_400_000,
    leadUnitId: 'street-110108011',
    repeatOfTicketId: null,
    callerPhone: normalizePhone('13812345678'),
    callerName: '张女士',
    callerGender: 'female',
    anonymous: false,
    callbackConsent: true,
    callbackPhone: '',
    communityCode: '',
    address: '',
    lat: null,
    lng: null,
    description: '',
    coUnitIds: [],
    kbDocumentIds: [],
    directAnswer: false,
    catalogVersion: '2026.11-test.2',
    createdBy: seatOperator,
    events: [],
    notes: [],
    links: [],
    ...fields,
  };
}

function summaryOf(ticket: TicketDetail): TicketSummary {
  const { id, number, title, status, pending, channel, appealType, urgency, categoryId, districtCode, streetCode } = ticket;
  return {
    id,
    number,
    title,
    status,
    pending,
    channel,
    appealType,
    urgency,
    categoryId,
    districtCode,
    streetCode,
    callerPhoneDisplay: ticket.callerPhoneDisplay,
    receivedAt: ticket.receivedAt,
    dispatchBy: ticket.dispatchBy,
    feedbackBy: ticket.feedbackBy,
    leadUnitId: ticket.leadUnitId,
    repeatOfTicketId: ticket.repeatOfTicketId,
  };
}

/**
 * The intake half of the seat core, in memory, over the fake bridge:
 * realistic answers (routing by the shared rules, similarity by the shared
 * bigram ranking, deadlines by the SLA table, catalog codes checked on
 * dispatch) without SQLite, so renderer tests exercise real behaviour.
 */
export function installFakeIntakeCore(bridge: FakeBridge, catalog: Catalog = intakeTestCatalog()): FakeIntakeCore {
  const index = indexCatalog(catalog);
  const routing = indexRoutingRules(catalog, index);
  const drafts = new Map<string, IntakeDraft>();
  const tickets: TicketDetail[] = [];
  const usage = { recent: [] as string[], frequent: [] as string[] };
  let nextEventId = 1;

  bridge.handle('catalog.get', () => ({ catalog, searchKeys: buildCatalogSearchKeys(catalog), source: 'file', problems: [] }));
  bridge.handle('catalog.usage', () => usage);

  bridge.handle('drafts.list', () => structuredClone([...drafts.values()]));
  bridge.handle('drafts.get', ({ id }) => structuredClone(drafts.get(id) ?? null));
  bridge.handle('drafts.save', (input) => {
    const now = Date.now();
    const previous = drafts.get(input.id);
    const draft: IntakeDraft = {
      id: input.id,
      callId: input.callId ?? previous?.callId ?? null,
      callStartedAt: input.callStartedAt ?? previous?.callStartedAt ?? null,
      fields: input.fields,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    drafts.set(input.id, draft);
    return draft;
  });
  bridge.handle('drafts.discard', ({ id }) => ({ discarded: drafts.delete(id) }));

  bridge.handle('caller.history', ({ phone }) => {
    const normalized = normalizePhone(phone);
    const key = phoneLookupKey(normalized);
    const mine = tickets.filter((ticket) => key !== null && phoneLookupKey(ticket.callerPhone) === key);
    mine.sort(
      (a, b) => Number(isFinishedStatus(a.status)) - Number(isFinishedStatus(b.status)) || b.receivedAt - a.receivedAt,
    );
    return { phone: normalized, tickets: mine.map(summaryOf), source: 'local' };
  });

  bridge.handle('intake.similar', (input) => {
    const candidates = tickets.filter(
      (ticket) =>
        (input.streetCode !== undefined && ticket.streetCode === input.streetCode) ||
        (input.categoryId !== undefined && ticket.categoryId === input.categoryId),
    );
    const matches = rankSimilar(input, candidates, { limit: input.limit, minScore: 0.1 });
    return {
      results: matches.flatMap((match) => {
        const ticket = tickets.find((candidate) => candidate.id === match.id);
        return ticket ? [{ ticket: summaryOf(ticket), score: match.score }] : [];
      }),
      source: 'local',
    };
  });

  bridge.handle('intake.route', ({ categoryId, placeCode }) => {
    const outcome = routeTicket(routing, categoryId, placeCode);
    if (!outcome.ok) throw invalid('intake.route', outcome.issues);
    return outcome.suggestion;
  });

  function finish(method: 'intake.dispatch' | 'intake.directAnswer', draftId: string, ticket: IntakeTicket) {
    const issues: ContractIssue[] = [];
    if (!isLeafCategory(index, ticket.categoryId)) issues.push({ path: 'ticket.categoryId', reason: 'is not a leaf category of the catalog in force' });
    if (index.placeByCode.get(ticket.streetCode)?.parentCode !== ticket.districtCode) {
      issues.push({ path: 'ticket.streetCode', reason: 'is not a street of the district' });
    }
    if (ticket.leadUnitId !== '' && !index.unitById.has(ticket.leadUnitId)) issues.push({ path: 'ticket.leadUnitId', reason: 'is not a unit of the catalog' });
    if (issues.length > 0) throw invalid(method, issues);
    const now = Date.now();
    const directAnswer = method === 'intake.directAnswer';
    const category = index.categoryById.get(ticket.categoryId) ?? null;
    const deadlines = directAnswer
      ? { dispatchBy: null, feedbackBy: null }
      : deadlinesFor({ receivedAt: now, slaClass: slaClassFor({ urgency: ticket.urgency, category }, catalog.slaTable) }, catalog.slaTable);
    const stored = makeTicket({
      ...ticket,
      id: draftId,
      status: directAnswer ? 'direct_answered' : 'queued',
      pending: true,
      callerPhone: normalizePhone(ticket.callerPhone),
      callerPhoneDisplay: normalizePhone(ticket.callerPhone).display,
      receivedAt: now,
      dispatchBy: deadlines.dispatchBy,
      feedbackBy: deadlines.feedbackBy,
      leadUnitId: ticket.leadUnitId || null,
      directAnswer,
      events: [
        { source: 'seat', id: nextEventId++, kind: 'intake', at: now, actor: seatOperator, data: {} },
        { source: 'seat', id: nextEventId++, kind: directAnswer ? 'direct_answer_requested' : 'dispatch_requested', at: now, actor: seatOperator, data: {} },
      ],
    });
    tickets.push(stored);
    drafts.delete(draftId);
    usage.recent = [ticket.categoryId, ...usage.recent.filter((id) => id !== ticket.categoryId)];
    bridge.emit('tickets.changed', { ids: [stored.id] });
    return { ticketId: stored.id, status: stored.status, dispatchBy: stored.dispatchBy, feedbackBy: stored.feedbackBy };
  }
  bridge.handle('intake.dispatch', ({ draftId, ticket }) => finish('intake.dispatch', draftId, ticket));
  bridge.handle('intake.directAnswer', ({ draftId, ticket }) => finish('intake.directAnswer', draftId, ticket));

  bridge.handle('tickets.list', (input) => {
    const now = Date.now();
    const matching = tickets
      .filter((ticket) => !input.statuses || input.statuses.includes(ticket.status))
      .filter((ticket) => !input.appealTypes || input.appealTypes.includes(ticket.appealType))
      .filter((ticket) => !input.categoryId || isCategoryWithin(index, ticket.categoryId, input.categoryId))
      .filter((ticket) => !input.districtCode || ticket.districtCode === input.districtCode)
      .filter((ticket) => input.receivedFrom === undefined || ticket.receivedAt >= input.receivedFrom)
      .filter((ticket) => input.receivedTo === undefined || ticket.receivedAt <= input.receivedTo)
      .filter((ticket) => !input.mineOnly || ticket.createdBy === seatOperator)
      .filter((ticket) => !input.overdueOnly || (ticket.dispatchBy !== null && ticket.dispatchBy < now))
      .filter((ticket) => !input.text || ticket.title.includes(input.text) || (ticket.number ?? '').startsWith(input.text))
      .sort((a, b) => b.receivedAt - a.receivedAt);
    return {
      items: matching.slice(input.offset, input.offset + input.limit).map(summaryOf),
      total: matching.length,
      totalIsCapped: false,
    };
  });
  // A copy, as a real transport delivers: the renderer must never share an object with the store.
  bridge.handle('tickets.get', ({ id }) => structuredClone(tickets.find((ticket) => ticket.id === id) ?? null));
  bridge.handle('tickets.addNote', ({ ticketId, body }) => {
    const ticket = tickets.find((candidate) => candidate.id === ticketId);
    if (!ticket) throw invalid('tickets.addNote', [{ path: 'ticketId', reason: 'no such ticket' }]);
    const note: NoteRevision = { id: `note-${ticket.notes.length + 1}`, revision: ticket.notes.length + 1, body, author: seatOperator, at: Date.now() };
    ticket.notes = [...ticket.notes, note];
    bridge.emit('tickets.changed', { ids: [ticketId] });
    return note;
  });

  return {
    catalog,
    drafts,
    tickets,
    usage,
    addTicket(fields) {
      const ticket = makeTicket(fields);
      tickets.push(ticket);
      return ticket;
    },
    ringCall({ callId, ani, at = Date.now() }) {
      const phone = normalizePhone(ani);
      const draftId = `0190${String(drafts.size + 1).padStart(4, '0')}-0000-7000-8000-${callId.padStart(12, '0').slice(-12)}`;
      drafts.set(draftId, {
        id: draftId,
        callId,
        callStartedAt: at,
        fields: { channel: 'phone', callerPhone: phone.display },
        createdAt: at,
        updatedAt: at,
      });
      bridge.emit('call.incoming', { callId, draftId, phone, dnis: '12345', at });
      return draftId;
    },
  };
}
