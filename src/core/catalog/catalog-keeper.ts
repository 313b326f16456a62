import { summarizeCatalogProblems, type CatalogProblem } from '../../shared/catalog/catalog-problem';
import type { CatalogView } from '../../shared/contract/intake/catalog-view';
import { activateCatalog, type ActiveCatalog } from './active-catalog';
import { chooseCatalog, rejectCandidate, type CatalogChoice } from './choose-catalog';
import type { AppliedCatalogSource, LastGoodCatalogStore } from './last-good-catalog-store';
import { readCatalogFile } from './read-catalog-file';

export interface CatalogKeeperOptions {
  store: LastGoodCatalogStore;
  /** Offered once at start: the shipped demo catalog until sync brings the center's. */
  shippedFile: string;
  /** A new version became current. */
  onChange: (version: string) => void;
  log?: (line: string) => void;
}

/**
 * Holds the catalog in force. Every catalog offered — the shipped file at
 * start, the center's later — goes through `offer`, so a broken one is
 * rejected whole and the last good stays, whatever its source.
 */
export interface CatalogKeeper {
  /** Settles once the shipped file has been considered; never rejects. */
  readonly ready: Promise<void>;
  active(): ActiveCatalog | null;
  /** Why the latest catalog offered (or read back at start) was rejected; empty once a good one is in force. */
  problems(): readonly CatalogProblem[];
  /** What catalog.get answers; null while there is no usable catalog at all. */
  view(): CatalogView | null;
  offer(document: unknown, source: AppliedCatalogSource): CatalogChoice;
  /** The database is closing: a file still being read is dropped, not applied to a closed connection. */
  close(): void;
}

export function openCatalogKeeper(options: CatalogKeeperOptions): CatalogKeeper {
  const log = options.log ?? ((line: string) => console.warn(`seat: ${line}`));
  let active: ActiveCatalog | null = null;
  // The problems of the latest catalog offered (or read back): catalog.get shows them until a good one comes.
  let problems: readonly CatalogProblem[] = [];
  let view: CatalogView | null = null;
  let closed = false;

  const stored = options.store.readLastGood();
  if (stored?.ok) active = activateCatalog(stored.catalog, 'database');
  else if (stored) {
    problems = stored.problems;
    log(`the stored catalog no longer passes this version's checks and is not used:\n${summarizeCatalogProblems(problems)}`);
  }

  function settle(choice: CatalogChoice, source: AppliedCatalogSource, origin: string): CatalogChoice {
    view = null;
    problems = choice.problems;
    if (choice.status === 'applied') {
      options.store.saveLastGood(choice.catalog, source);
      const previous = active?.catalog.version;
      active = activateCatalog(choice.catalog, source);
      log(`catalog ${choice.catalog.version} from ${origin} is now in force${previous ? ` (was ${previous})` : ''}`);
      options.onChange(choice.catalog.version);
    } else if (choice.status !== 'not_newer') {
      const kept =
        choice.catalog === null
          ? 'there is no catalog to fall back on, so intake cannot classify'
          : `catalog ${choice.catalog.version} stays in force`;
      log(`rejected the catalog from ${origin}, ${kept}:\n${summarizeCatalogProblems(choice.problems)}`);
    }
    return choice;
  }

  const offer = (document: unknown, source: AppliedCatalogSource, origin = `the ${source}`) =>
    settle(chooseCatalog(document, active?.catalog ?? null), source, origin);

  async function offerFile(file: string): Promise<void> {
    const read = await readCatalogFile(file);
    if (closed) return;
    // Chosen after the read, against whatever is in force by then.
    if (read.ok) offer(read.document, 'file', file);
    else settle(rejectCandidate(active?.catalog ?? null, [read.problem]), 'file', file);
  }

  const ready = offerFile(options.shippedFile).catch((error: unknown) => {
    log(`could not apply the catalog file ${options.shippedFile}: ${error instanceof Error ? error.message : String(error)}`);
  });

  return {
    ready,
    active: () => active,
    problems: () => problems,
    view() {
      if (!active) return null;
      view ??= {
        catalog: active.catalog,
        searchKeys: active.searchKeys(),
        source: active.source,
        problems: problems.map(({ path, id, reason }) => ({ path, id, reason })),
      };
      return view;
    },
    offer: (document, source) => offer(document, source),
    close: () => {
      closed = true;
    },
  };
}
