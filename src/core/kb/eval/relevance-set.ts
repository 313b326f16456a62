/**
 * The graded relevance set: QUERIES.tsv (`qid<TAB>type<TAB>query`) and TREC
 * qrels (`qid 0 docid grade`, grades 0–3). Lines starting with # and blank
 * lines are skipped; anything else malformed is an error naming the line.
 */
export interface RelevanceQuery {
  qid: string;
  type: string;
  query: string;
}

/** qid → docid → grade. */
export type Qrels = Map<string, Map<string, number>>;

export class RelevanceSetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RelevanceSetError';
  }
}

export function parseQueries(text: string, source = 'queries'): RelevanceQuery[] {
  const queries: RelevanceQuery[] = [];
  const seen = new Set<string>();
  text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const fields = line.split('\t');
      if (fields.length < 3) throw new RelevanceSetError(`${source}:${index + 1}: expected qid<TAB>type<TAB>query`);
      const [qid, type] = [fields[0]!.trim(), fields[1]!.trim()];
      // The query is everything after the second tab, exactly as typed (it may contain spaces).
      const query = fields.slice(2).join('\t');
      if (qid === '' || type === '') throw new RelevanceSetError(`${source}:${index + 1}: empty qid or type`);
      if (seen.has(qid)) throw new RelevanceSetError(`${source}:${index + 1}: duplicate qid ${qid}`);
      seen.add(qid);
      queries.push({ qid, type, query });
    });
  return queries;
}

export function parseQrels(text: string, source = 'qrels'): Qrels {
  const qrels: Qrels = new Map();
  text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const fields = line.trim().split(/\s+/);
      const grade = Number(fields[3]);
      if (fields.length !== 4 || !Number.isInteger(grade) || grade < 0 || grade > 3) {
        throw new RelevanceSetError(`${source}:${index + 1}: expected "qid 0 docid grade" with grade 0–3`);
      }
      const [qid, , docId] = fields as [string, string, string];
      let judged = qrels.get(qid);
      if (!judged) qrels.set(qid, (judged = new Map()));
      if (judged.has(docId)) throw new RelevanceSetError(`${source}:${index + 1}: ${qid} judges ${docId} twice`);
      judged.set(docId, grade);
    });
  return qrels;
}
