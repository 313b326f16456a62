import { isSyncMutationName, syncMutationNames } from '../../shared/sync/sync-mutation-names';
import { problemTypes } from '../../shared/sync/problem-types';
import { ProblemError } from '../http/problem-error';

/**
 * Refuses a push naming a mutation this center does not know, before the
 * schema would (it would only say "no matching discriminator"): the seat
 * and its operator need to hear which mutation and which versions exist,
 * since this usually means a seat newer than the center.
 */
export function rejectUnknownMutations(body: unknown): void {
  const mutations = (body as { mutations?: unknown } | null)?.mutations;
  if (!Array.isArray(mutations)) return;
  const unknown = mutations.flatMap((mutation: unknown, index) => {
    const name = (mutation as { name?: unknown } | null)?.name;
    return typeof name === 'string' && !isSyncMutationName(name) ? [{ index, name }] : [];
  });
  const first = unknown[0];
  if (!first) return;
  throw new ProblemError(
    400,
    problemTypes.unknownMutation,
    'Unknown mutation',
    `Mutation ${first.index} is "${first.name}", which this center does not know (it knows ${syncMutationNames.join(', ')}). Nothing was applied.`,
    { errors: unknown.map(({ index, name }) => ({ path: `body.mutations.${index}.name`, reason: `"${name}" is not a mutation this center knows` })) },
  );
}
