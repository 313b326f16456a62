/**
 * The `type` URIs of the center's problem documents. They are URNs, not
 * URLs, because nothing is published at them; the seat compares them as
 * opaque identifiers. Adding a type is fine; changing one breaks seats.
 */
const problem = (slug: string) => `urn:seat:problem:${slug}`;

export const problemTypes = {
  /** The body is not JSON (400). */
  invalidJson: problem('invalid-json'),
  /** The body, query or path parameters do not match the schema; `errors` names each field (400). */
  invalidRequest: problem('invalid-request'),
  /** A push names a mutation (or a version of it) this center does not know (400). */
  unknownMutation: problem('unknown-mutation'),
  /** Missing, malformed, expired or revoked credentials (401). */
  unauthenticated: problem('unauthenticated'),
  /** Signed in, but the role (or the unit, or the client) may not do this (403). */
  forbidden: problem('forbidden'),
  notFound: problem('not-found'),
  /** A push skipped sequence numbers; `expectedSeq` says where to resume (409). */
  sequenceGap: problem('sequence-gap'),
  /** A sequence number the center already holds arrived with different content; `expectedSeq` is the next free one (409). */
  sequenceReused: problem('sequence-reused'),
  /** A push from an incarnation older than one the center has seen: a superseded copy of the seat (409). */
  staleIncarnation: problem('stale-incarnation'),
  /** The state machine refused a unit's action; `code` is the rejection code (409). */
  transitionRejected: problem('transition-rejected'),
  /** A catalog version that is already published (409). */
  catalogVersionExists: problem('catalog-version-exists'),
  /** A catalog document that fails validation; `errors` lists every problem (422). */
  invalidCatalog: problem('invalid-catalog'),
  payloadTooLarge: problem('payload-too-large'),
  unsupportedMediaType: problem('unsupported-media-type'),
  /** Too many event streams are open; retry later (503). */
  tooManyStreams: problem('too-many-streams'),
  /** Too many wrong passwords for this username lately; `retryAfterSeconds` says when to try again (429). */
  tooManySignIns: problem('too-many-sign-ins'),
  internal: problem('internal'),
} as const;

export type ProblemType = (typeof problemTypes)[keyof typeof problemTypes];
