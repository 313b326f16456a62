import type { Database } from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { indexCatalog } from '../../../shared/catalog/catalog-index';
import type { Catalog } from '../../../shared/catalog/catalog-schema';
import type { Category } from '../../../shared/catalog/category-schema';
import type { Place } from '../../../shared/catalog/place-schema';
import type { Urgency } from '../../../shared/catalog/urgency';
import { normalizePhone } from '../../../shared/phone/normalize-phone';
import { phoneLookupKey } from '../../../shared/phone/normalized-phone';
import { routeTicket } from '../../../shared/routing/route-ticket';
import { indexRoutingRules } from '../../../shared/routing/routing-index';
import { slaClassFor } from '../../../shared/sla/sla-class-for-ticket';
import { deadlinesFor } from '../../../shared/sla/sla-deadlines';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../shared/sla/sla-durations';
import type { AppealType } from '../../../shared/tickets/appeal-type';
import type { Channel } from '../../../shared/tickets/channel';
import type { TicketStatus } from '../../../shared/tickets/ticket-status';
import { textProfileBytes, textProfiles } from '../text-profiles';
import { ticketEventKinds } from '../ticket-event-kinds';
import { createTicketWrites } from '../ticket-writes';
import { generatedActionRoles, lifecyclePaths } from './lifecycle-paths';
import { seededRandom, weightedPicker, type SeededRandom } from './seeded-random';
import { callerName, ticketDescription, ticketTitle, type TicketTextSlots } from './ticket-texts';

export interface GenerateTicketsOptions {
  count: number;
  catalog: Catalog;
  /** "This seat": its share of the tickets feeds "mine" and the category picker's recent/frequent lists. */
  seatClientId: string;
  now?: number;
  seed?: number;
  onProgress?: (written: number) => void;
}

/** One transaction per batch: large enough to amortise the commit's fsync, small enough to show progress. */
const batchSize = 10_000;
const yearMs = 365 * DAY_MS;
const beijingOffsetMs = 8 * HOUR_MS;
/** Share of tickets filed at this seat; a hall has 700 seats, but a seat's own tickets are what "mine" lists. */
const ownShare = 0.02;
const otherSeats = 700;
/** A pool of callers who call again and again; the skew gives the busiest a thousand or more a year (职业举报人). */
const repeatCallerPool = 50_000;
const repeatCallerShare = 0.35;
/** Repeat requests (重复诉求): a new call about a problem someone reported in the last day or two. */
const repeatShare = 0.12;
const recentForRepeats = 3000;

const appealTypes = weightedPicker<AppealType>({ consultation: 45, help: 15, complaint: 25, report: 8, suggestion: 5, praise: 2 });
const channels = weightedPicker<Channel>({ phone: 80, wechat: 6, web: 5, app: 5, weibo: 1, message_board: 2, other: 1 });
/** Calls by Beijing hour: quiet at night, peaks mid-morning and early afternoon. */
const hourWeights = [1, 1, 1, 1, 1, 2, 4, 8, 12, 14, 14, 12, 9, 11, 13, 12, 11, 10, 8, 7, 6, 4, 3, 2];
const hourTotal = hourWeights.reduce((a, b) => a + b, 0);

interface Street {
  place: Place;
  district: Place;
  communities: Place[];
  lat: number;
  lng: number;
}

interface RecentTicket {
  id: string;
  street: Street;
  community: Place | null;
  leaf: Category;
  building: number;
}

/**
 * Fills a seat database with `count` plausible tickets for benchmarks and
 * for trying the UI at scale: the shipped catalog's categories, places and
 * routing, Chinese titles and notes from templates, repeat callers and
 * repeat requests, times over the last year denser towards now, and event
 * timelines that are legal paths of the state machine. Deterministic for a
 * given seed. Writes rows directly (not through intake) so a million takes
 * about a minute rather than an hour of fsyncs.
 */
export function generateTickets(db: Database, options: GenerateTicketsOptions): { count: number; ms: number } {
  const started = performance.now();
  const now = options.now ?? Date.now();
  const random = seededRandom(options.seed ?? 12345);
  const catalog = options.catalog;
  const index = indexCatalog(catalog);
  const routing = indexRoutingRules(catalog, index);
  const writes = createTicketWrites(db);

  const leaves = shuffled(
    catalog.categories.filter((c) => !index.childCategoryIds.has(c.id)),
    random,
  );
  const streets = shuffled(streetsOf(catalog, random), random);
  const seats = Array.from({ length: otherSeats }, () => seededUuid(now - yearMs, random));
  const callers = Array.from({ length: repeatCallerPool }, () => randomPhone(random));
  const routes = new Map<string, { lead: string | null; coUnits: string[] }>();
  const numbersByDay = new Map<string, number>();
  const recent: RecentTicket[] = [];

  // Oldest first, so a repeat always comes after the ticket it repeats and ticket keys follow time.
  const receivedTimes = new Float64Array(options.count);
  for (let i = 0; i < options.count; i += 1) receivedTimes[i] = receivedAt(now, random);
  receivedTimes.sort();

  const route = (leafId: string, streetCode: string) => {
    const key = `${leafId}|${streetCode}`;
    let found = routes.get(key);
    if (!found) {
      const outcome = routeTicket(routing, leafId, streetCode);
      found = outcome.ok
        ? { lead: outcome.suggestion.lead?.unitId ?? null, coUnits: outcome.suggestion.coUnits.map((u) => u.unitId) }
        : { lead: null, coUnits: [] };
      routes.set(key, found);
    }
    return found;
  };

  const writeOne = (at: number) => {
    const ageMs = now - at;
    const parent = recent.length > 0 && random.chance(repeatShare) ? random.pick(recent) : null;
    const street = parent?.street ?? random.skewed(streets, 1.5);
    const leaf = parent?.leaf ?? random.skewed(leaves, 2);
    const community = parent ? parent.community : street.communities.length > 0 && random.chance(0.7) ? random.pick(street.communities) : null;
    const building = parent?.building ?? 1 + random.int(30);
    const appealType = parent ? 'complaint' : appealTypes(random);
    const slots: TicketTextSlots = {
      district: street.district.name,
      street: street.place.name,
      community: community?.name ?? '',
      building,
      topic: leaf.name,
      keyword: leaf.keywords.length > 0 ? random.pick(leaf.keywords) : leaf.name,
      appealType,
    };
    const title = ticketTitle(slots, random);
    const description = ticketDescription(slots, random);
    const directAnswer = parent === null && appealType === 'consultation' && random.chance(0.65);
    const status = statusFor(ageMs, directAnswer, parent !== null, random);
    const urgency: Urgency = random.chance(0.03) ? 'emergency' : (leaf.defaultUrgency ?? 'normal');
    const deadlines = directAnswer ? { dispatchBy: null, feedbackBy: null } : slaDeadlines(catalog, leaf, urgency, at);
    const units = directAnswer || parent ? { lead: null, coUnits: [] } : route(leaf.id, street.place.code);
    const phoneRaw = random.chance(0.03) ? '' : random.chance(repeatCallerShare) ? random.skewed(callers, 2) : randomPhone(random);
    const phone = normalizePhone(phoneRaw);
    const gender = random.chance(0.5) ? 'female' : 'male';
    const id = seededUuid(at, random);
    const withPosition = random.chance(0.1);
    const author = random.chance(ownShare) ? options.seatClientId : random.pick(seats);

    const ticketKey = writes.ticket({
      id,
      number: status === 'queued' ? null : ticketNumber(at, numbersByDay),
      status,
      channel: parent ? 'phone' : channels(random),
      appeal_type: appealType,
      urgency,
      category_id: leaf.id,
      district_code: street.district.code,
      street_code: street.place.code,
      community_code: community?.code ?? '',
      address: `${community?.name ?? street.place.name}${building}号楼`,
      lat: withPosition ? street.lat + (random.next() - 0.5) * 0.02 : null,
      lng: withPosition ? street.lng + (random.next() - 0.5) * 0.02 : null,
      title,
      caller_phone_raw: phoneRaw,
      caller_phone_key: phoneLookupKey(phone),
      caller_phone_display: phone.display,
      caller_name: callerName(gender, random),
      caller_gender: gender,
      anonymous: random.chance(0.05) ? 1 : 0,
      callback_consent: phoneRaw !== '' && random.chance(0.8) ? 1 : 0,
      callback_phone: '',
      lead_unit_id: units.lead,
      co_unit_ids: JSON.stringify(units.coUnits),
      repeat_of_id: parent?.id ?? null,
      kb_document_ids: '[]',
      direct_answer: directAnswer ? 1 : 0,
      catalog_version: catalog.version,
      created_by: author,
      draft_id: null,
      received_at: at,
      dispatch_by: deadlines.dispatchBy,
      feedback_by: deadlines.feedbackBy,
      created_at: at,
      updated_at: at,
    });
    const profiles = textProfileBytes(textProfiles(title, description));
    writes.profile(ticketKey, profiles.title, profiles.description);
    writes.note({ id: seededUuid(at, random), ticketKey, revision: 1, body: description, author, at });
    if (random.chance(0.05)) {
      const body = `${description}\n补充：来电人再次来电，称问题仍未解决。`;
      const noteAt = Math.min(now, at + DAY_MS);
      writes.note({ id: seededUuid(noteAt, random), ticketKey, revision: 2, body, author, at: noteAt });
    }
    writes.event(ticketKey, ticketEventKinds.intake, at, author, { draftId: null, callId: null, catalogVersion: catalog.version });
    writeTimeline(writes.event, ticketKey, status, at, ageMs, author, units.lead);
    if (parent) writes.link(ticketKey, 'repeat_of', parent.id, at);

    recent.push({ id, street, community, leaf, building });
    if (recent.length > recentForRepeats) recent.shift();
  };

  const writeBatch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) writeOne(Math.round(receivedTimes[i] as number));
  });
  // Generated data can be generated again: no fsync per batch, and a page cache big enough for the
  // indexes being filled in random order. The seat's own settings come back afterwards.
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  try {
    for (let from = 0; from < options.count; from += batchSize) {
      const to = Math.min(options.count, from + batchSize);
      writeBatch.immediate(from, to);
      options.onProgress?.(to);
    }
  } finally {
    db.pragma(`synchronous = ${synchronous}`);
    db.pragma(`cache_size = ${cacheSize}`);
  }
  return { count: options.count, ms: performance.now() - started };
}

/** The events the center would have recorded on the way to `status`, spread over the ticket's life so far. */
function writeTimeline(
  event: ReturnType<typeof createTicketWrites>['event'],
  ticketKey: number,
  status: TicketStatus,
  at: number,
  ageMs: number,
  author: string,
  leadUnitId: string | null,
) {
  const path = lifecyclePaths[status] ?? [];
  const span = Math.min(ageMs, 10 * DAY_MS);
  path.forEach((type, i) => {
    const role = generatedActionRoles[type] ?? 'center';
    const actor = role === 'operator' ? author : role === 'unit' ? `unit:${leadUnitId ?? 'unknown'}` : role;
    event(ticketKey, type, at + Math.round((span * (i + 1)) / (path.length + 1)), actor, { type });
  });
}

const statusUnderADay = weightedPicker<TicketStatus>({ dispatched: 50, signed_for: 40, returned: 5, received: 5 });
const statusUnderAWeek = weightedPicker<TicketStatus>({ signed_for: 40, replied: 25, callback_done: 10, closed: 20, rework: 5 });
const statusUnderTwentyDays = weightedPicker<TicketStatus>({ replied: 10, callback_done: 5, closed: 80, unsatisfied: 2, rework: 3 });

/** Where a ticket of this age usually is in the loop. */
function statusFor(ageMs: number, directAnswer: boolean, repeat: boolean, random: SeededRandom): TicketStatus {
  if (directAnswer) return 'direct_answered';
  if (repeat) return ageMs < 30 * DAY_MS ? 'linked' : 'closed';
  if (ageMs < 30 * MINUTE_MS) return 'received';
  if (ageMs < DAY_MS) return statusUnderADay(random);
  if (ageMs < 7 * DAY_MS) return statusUnderAWeek(random);
  if (ageMs < 20 * DAY_MS) return statusUnderTwentyDays(random);
  return random.chance(0.97) ? 'closed' : 'rework';
}

function slaDeadlines(catalog: Catalog, leaf: Category, urgency: Urgency, at: number) {
  const slaClass = slaClassFor({ urgency, category: leaf }, catalog.slaTable);
  const { dispatchBy, feedbackBy } = deadlinesFor({ receivedAt: at, slaClass }, catalog.slaTable);
  return { dispatchBy, feedbackBy };
}

/** Denser towards now (age ∝ u^1.5: about a fifth of the year's tickets in the last 30 days), shaped by the hour of day. */
function receivedAt(now: number, random: SeededRandom): number {
  const daysAgo = Math.floor(365 * random.next() ** 1.5);
  let roll = random.next() * hourTotal;
  let hour = 0;
  while (hour < 23 && roll >= (hourWeights[hour] as number)) roll -= hourWeights[hour++] as number;
  const beijingMidnight = Math.floor((now + beijingOffsetMs) / DAY_MS) * DAY_MS - beijingOffsetMs;
  const at = beijingMidnight - daysAgo * DAY_MS + hour * HOUR_MS + random.int(HOUR_MS);
  return at > now ? at - DAY_MS : Math.max(at, now - yearMs);
}

/** The center's numbering: Beijing date and a sequence within the day (2026112200123). */
function ticketNumber(at: number, numbersByDay: Map<string, number>): string {
  const day = new Date(at + beijingOffsetMs).toISOString().slice(0, 10).replaceAll('-', '');
  const sequence = (numbersByDay.get(day) ?? 0) + 1;
  numbersByDay.set(day, sequence);
  return `${day}${String(sequence).padStart(5, '0')}`;
}

/**
 * A UUIDv7 for `at` from the seeded generator: the same seed makes the same
 * ids, ordered by time like the seat's own, and it avoids a system random
 * call per id (a sixth of the generator's time with uuid's default).
 */
function seededUuid(at: number, random: SeededRandom): string {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i += 4) new DataView(bytes.buffer).setUint32(i, random.int(2 ** 32));
  return uuidv7({ msecs: at, random: bytes });
}

/** Mostly mobiles written the ways softphones and operators write them; some Beijing landlines. */
function randomPhone(random: SeededRandom): string {
  if (random.chance(0.08)) return `010-${6 + random.int(3)}${String(random.int(10_000_000)).padStart(7, '0')}`;
  const digits = `1${3 + random.int(7)}${String(random.int(1_000_000_000)).padStart(9, '0')}`;
  const form = random.int(4);
  if (form === 0) return `+86${digits}`;
  if (form === 1) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  return digits;
}

/** Streets with their district and communities, each given a made-up centre for tickets with coordinates. */
function streetsOf(catalog: Catalog, random: SeededRandom): Street[] {
  const byCode = new Map(catalog.places.map((place) => [place.code, place]));
  const communities = new Map<string, Place[]>();
  for (const place of catalog.places) {
    if (place.level !== 'community') continue;
    communities.set(place.parentCode, [...(communities.get(place.parentCode) ?? []), place]);
  }
  return catalog.places.flatMap((place) => {
    if (place.level !== 'street') return [];
    const district = byCode.get(place.parentCode);
    if (!district) return [];
    const lat = 39.9 + (random.next() - 0.5) * 0.5;
    const lng = 116.4 + (random.next() - 0.5) * 0.7;
    return [{ place, district, communities: communities.get(place.code) ?? [], lat, lng }];
  });
}

function shuffled<T>(items: T[], random: SeededRandom): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
