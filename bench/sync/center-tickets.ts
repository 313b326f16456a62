import { v7 as uuidv7 } from 'uuid';
import { seededRandom, weightedPicker, type SeededRandom } from '../../src/core/tickets/dev/seeded-random';
import { callerName, ticketDescription, ticketTitle } from '../../src/core/tickets/dev/ticket-texts';
import type { PublishedCatalog } from '../../src/server/catalog/catalog-store';
import { readDemoCatalog } from '../../src/server/catalog/read-demo-catalog';
import { indexCatalog } from '../../src/shared/catalog/catalog-index';
import type { Category } from '../../src/shared/catalog/category-schema';
import type { Place } from '../../src/shared/catalog/place-schema';
import { routeTicket } from '../../src/shared/routing/route-ticket';
import { indexRoutingRules } from '../../src/shared/routing/routing-index';
import type { TicketCreateArgs } from '../../src/shared/sync/ticket-create-args';
import type { AppealType } from '../../src/shared/tickets/appeal-type';
import type { Channel } from '../../src/shared/tickets/channel';
import type { TicketAction } from '../../src/shared/tickets/ticket-action';

/** What a seat sends after one call: the intake (`ticket.create@1`) and the operator's decision (`ticket.request@1`). */
export interface GeneratedIntake {
  create: TicketCreateArgs;
  decision: TicketAction;
  /** The unit a dispatch went to: the unit that can sign for and reply to it. */
  leadUnitId: string | null;
}

export type IntakeGenerator = (receivedAt: number) => GeneratedIntake;

/** The parts of the catalog in force that the generator reads. */
export type IntakeCatalog = Pick<PublishedCatalog, 'version' | 'catalog' | 'index' | 'routing'>;

/** The demo catalog every new center publishes, for code that generates intakes outside the center's process. */
export function demoIntakeCatalog(resourcesDir: string): IntakeCatalog {
  const catalog = readDemoCatalog(resourcesDir);
  const index = indexCatalog(catalog);
  return { version: catalog.version, catalog, index, routing: indexRoutingRules(catalog, index) };
}

const appealTypes = weightedPicker<AppealType>({ consultation: 45, help: 15, complaint: 25, report: 8, suggestion: 5, praise: 2 });
const channels = weightedPicker<Channel>({ phone: 80, wechat: 6, web: 5, app: 5, weibo: 1, message_board: 2, other: 1 });

type StreetPlace = Extract<Place, { level: 'street' }>;

interface Street {
  street: StreetPlace;
  communities: Place[];
}

/**
 * Intakes as seats send them to the center, for every part of the sync
 * bench: the tickets that fill the center, the pushes of the load test and
 * (read back from the center) the PouchDB peer's documents all come from
 * here, so they compare like with like. Texts, callers and weights are the
 * seat's own generator's (src/core/tickets/dev), so a center ticket reads
 * like a seat ticket; every code is from the catalog in force and every
 * dispatch goes to the unit its routing rules pick, so the center accepts
 * them all. Deterministic for a seed.
 */
export function centerIntakeGenerator(catalog: IntakeCatalog, seed: number): IntakeGenerator {
  const random = seededRandom(seed);
  const leaves = catalog.catalog.categories.filter((category) => !catalog.index.childCategoryIds.has(category.id));
  const streets = streetsOf(catalog);
  if (leaves.length === 0 || streets.length === 0) throw new Error(`catalog ${catalog.version} has no leaf categories or streets`);
  const routes = new Map<string, string | null>();
  const leadUnitFor = (leaf: Category, street: StreetPlace) => {
    const key = `${leaf.id}|${street.code}`;
    if (!routes.has(key)) {
      const outcome = routeTicket(catalog.routing, leaf.id, street.code);
      routes.set(key, outcome.ok ? (outcome.suggestion.lead?.unitId ?? null) : null);
    }
    return routes.get(key) ?? null;
  };

  return (receivedAt) => {
    const { street, communities } = random.skewed(streets, 1.5);
    const leaf = random.skewed(leaves, 2);
    const community = communities.length > 0 && random.chance(0.7) ? random.pick(communities) : null;
    const district = catalog.index.placeByCode.get(street.parentCode);
    const building = 1 + random.int(30);
    const appealType = appealTypes(random);
    const slots = {
      district: district?.name ?? '',
      street: street.name,
      community: community?.name ?? '',
      building,
      topic: leaf.name,
      keyword: leaf.keywords.length > 0 ? random.pick(leaf.keywords) : leaf.name,
      appealType,
    };
    const gender = random.chance(0.5) ? 'female' : 'male';
    const phone = random.chance(0.03) ? '' : randomMobile(random);
    const create: TicketCreateArgs = {
      ticketId: seededUuid(receivedAt, random),
      receivedAt,
      catalogVersion: catalog.version,
      ticket: {
        channel: channels(random),
        appealType,
        callerPhone: phone,
        callerName: callerName(gender, random),
        callerGender: gender,
        anonymous: random.chance(0.05),
        callbackConsent: phone !== '' && random.chance(0.8),
        callbackPhone: '',
        categoryId: leaf.id,
        districtCode: street.parentCode,
        streetCode: street.code,
        communityCode: community?.code ?? '',
        address: `${community?.name ?? street.name}${building}号楼`,
        lat: null,
        lng: null,
        title: ticketTitle(slots, random),
        description: ticketDescription(slots, random),
        urgency: random.chance(0.03) ? 'emergency' : (leaf.defaultUrgency ?? 'normal'),
        kbDocumentIds: [],
      },
    };
    const lead = leadUnitFor(leaf, street);
    // Most consultations are answered on the call (直接办结); the rest go to the routed unit, or to the dispatch desk when no rule routes them.
    if (appealType === 'consultation' && random.chance(0.65)) return { create, decision: { type: 'direct_answer' }, leadUnitId: null };
    if (lead === null) return { create, decision: { type: 'submit' }, leadUnitId: null };
    return { create, decision: { type: 'dispatch', leadUnitId: lead }, leadUnitId: lead };
  };
}

function streetsOf(catalog: IntakeCatalog): Street[] {
  const communities = new Map<string, Place[]>();
  for (const place of catalog.catalog.places) {
    if (place.level === 'community') communities.set(place.parentCode, [...(communities.get(place.parentCode) ?? []), place]);
  }
  return catalog.catalog.places.flatMap((place) => (place.level === 'street' ? [{ street: place, communities: communities.get(place.code) ?? [] }] : []));
}

/** A UUIDv7 for the call's time from the seeded generator: the same seed gives the same ids, in time order like a seat's. */
function seededUuid(at: number, random: SeededRandom): string {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i += 4) new DataView(bytes.buffer).setUint32(i, random.int(2 ** 32));
  return uuidv7({ msecs: at, random: bytes });
}

function randomMobile(random: SeededRandom): string {
  return `1${3 + random.int(7)}${String(random.int(1_000_000_000)).padStart(9, '0')}`;
}
