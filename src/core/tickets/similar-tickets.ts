import type { Database } from 'better-sqlite3';
import type { CatalogIndex } from '../../shared/catalog/catalog-index';
import type { TicketSummary } from '../../shared/contract/intake/ticket-views';
import { rankPrepared, type PreparedCandidate } from '../../shared/similarity/rank-similar';
import { DAY_MS } from '../../shared/sla/sla-durations';
import { categoryFamily } from './category-subtree';
import { boundingBox, distanceMeters, nearbyRadiusMeters } from './nearby-area';
import { textProfiles, textProfilesFromBytes } from './text-profiles';

/** "Last 30 days, closed ones included" (issue 3): a repeat call rarely comes later than that. */
export const similarWindowMs = 30 * DAY_MS;

/**
 * At most this many candidates, the newest: a busy street's month, or a
 * category family's month city-wide when no place is chosen yet, can hold
 * thousands, and the newest are the ones a caller is most likely repeating.
 */
const maxCandidates = 1000;

export interface SimilarQuery {
  title: string;
  description: string;
  categoryId?: string | undefined;
  streetCode?: string | undefined;
  lat?: number | null | undefined;
  lng?: number | null | undefined;
  limit: number;
}

export interface SimilarTicket {
  ticket: TicketSummary;
  score: number;
}

type Params = Record<string, string | number>;
type Candidate = [ticketKey: number, receivedAt: number];

interface PositionedCandidate {
  ticket_key: number;
  received_at: number;
  category_id: string;
  lat: number;
  lng: number;
}

/**
 * "Already reported?": candidates from the same street or within a
 * kilometre, in the same category family, from the last 30 days, ranked by
 * bigram similarity of the stored profiles. Two steps, so the big tables
 * are read only for what is needed: the candidates come from index entries
 * alone (street or category, time and category are all in the index), then
 * only their profiles are read, then only the shown few in full.
 */
export function createSimilarTickets(db: Database, summariesByKey: (keys: readonly number[]) => TicketSummary[]) {
  const inFamily = 'category_id IN (SELECT value FROM json_each(:family))';
  const newest = `ORDER BY received_at DESC LIMIT ${maxCandidates}`;
  const candidateQuery = (where: string) =>
    db
      .prepare<Params, Candidate>(`SELECT ticket_key, received_at FROM tickets WHERE ${where} ${newest}`)
      .raw();
  const byStreet = candidateQuery('street_code = :street AND received_at >= :since');
  const byStreetInFamily = candidateQuery(`street_code = :street AND received_at >= :since AND ${inFamily}`);
  const byFamily = candidateQuery(`${inFamily} AND received_at >= :since`);
  const cityWide = candidateQuery('received_at >= :since');
  const byArea = db.prepare<Params, PositionedCandidate>(`
    SELECT ticket_key, received_at, category_id, lat, lng FROM tickets
    WHERE lat BETWEEN :minLat AND :maxLat AND lng BETWEEN :minLng AND :maxLng AND received_at >= :since`);
  const profiles = db
    .prepare<[string], [number, Uint8Array, Uint8Array]>(
      'SELECT ticket_key, title, description FROM ticket_text_profiles WHERE ticket_key IN (SELECT value FROM json_each(?))',
    )
    .raw();

  function nearby(lat: number, lng: number, since: number, family: ReadonlySet<string> | null): Candidate[] {
    const box = boundingBox(lat, lng, nearbyRadiusMeters);
    return byArea
      .all({ ...box, since })
      .filter((row) => family === null || family.has(row.category_id))
      .filter((row) => distanceMeters(lat, lng, row.lat, row.lng) <= nearbyRadiusMeters)
      .map((row): Candidate => [row.ticket_key, row.received_at]);
  }

  function candidates(query: SimilarQuery, familyIds: string[] | null, since: number): Candidate[] {
    const family = familyIds ? JSON.stringify(familyIds) : null;
    const hasPosition = typeof query.lat === 'number' && typeof query.lng === 'number';
    if (!query.streetCode && !hasPosition) {
      return family ? byFamily.all({ family, since }) : cityWide.all({ since });
    }
    const found: Candidate[] = [];
    if (query.streetCode) {
      const street = query.streetCode;
      found.push(...(family ? byStreetInFamily.all({ street, family, since }) : byStreet.all({ street, since })));
    }
    if (hasPosition) found.push(...nearby(query.lat as number, query.lng as number, since, familyIds ? new Set(familyIds) : null));
    return found;
  }

  return (query: SimilarQuery, index: CatalogIndex | null, now: number): SimilarTicket[] => {
    const prepared = textProfiles(query.title, query.description);
    if (prepared.title.length === 0 && prepared.description.length === 0) return [];
    // A category the catalog does not know (yet) still narrows to itself.
    const familyIds = query.categoryId ? ((index && categoryFamily(index, query.categoryId)) ?? [query.categoryId]) : null;
    const found = candidates(query, familyIds, now - similarWindowMs);
    if (found.length === 0) return [];

    const receivedAt = new Map(found);
    const prepareds: PreparedCandidate[] = profiles.all(JSON.stringify([...receivedAt.keys()])).map(([key, title, description]) => ({
      id: String(key),
      receivedAt: receivedAt.get(key) as number,
      ...textProfilesFromBytes(title, description),
    }));
    const matches = rankPrepared(prepared, prepareds, { limit: query.limit });
    const summaries = summariesByKey(matches.map((match) => Number(match.id)));
    return summaries.map((ticket, i) => ({ ticket, score: (matches[i] as { score: number }).score }));
  };
}
