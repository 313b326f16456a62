/**
 * Collects the ids of changed tickets and hands them on at most every
 * `everyMs`. A pull applies a slice every few milliseconds; each
 * tickets.changed makes the screens refetch their lists, so a 100,000-ticket
 * pull would otherwise keep the core busy answering list queries instead
 * of the operator's searches.
 */
export function batchChangedIds(emit: (ids: string[]) => void, everyMs = 250) {
  let ids: string[] = [];
  let timer: NodeJS.Timeout | null = null;

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (ids.length === 0) return;
    const batch = ids;
    ids = [];
    emit(batch);
  }

  return {
    add(changed: readonly string[]): void {
      for (const id of changed) ids.push(id);
      if (!timer) {
        timer = setTimeout(flush, everyMs);
        timer.unref?.();
      }
    },
    flush,
  };
}
