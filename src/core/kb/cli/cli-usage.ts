/** The CLI's help text and its exit codes, in one place so docs and behaviour agree. */
export const exitCodes = {
  ok: 0,
  /** The command ran but something in the input was bad (documents skipped, queries missing). */
  partial: 1,
  /** Wrong flags, missing files: nothing was done. */
  usage: 2,
} as const;

export const usage = `Seat knowledge base

  kb import --db FILE [--resources DIR] DIR
      Import the documents under DIR (.md with front matter; .txt/.html/.docx
      with a sidecar .yml or inferred metadata). Progress on stderr, report on
      stdout (--json for JSON). Exit 1 if any document was skipped.

  kb search --db FILE [--json] [--limit N] [--district D] [--status S]
            [--category C] [--authority A] [--as-you-type] "QUERY"
      Search and print the results (--json: the full response).

  kb search --db FILE --json [--limit N] --queries QUERIES.tsv
      One JSON line per query: {"qid","results":[{"id","score"}],"ms"}.

  kb eval --db FILE --queries QUERIES.tsv --qrels QRELS.txt [--json] [--per-query]
      nDCG@10, MRR@10, Success@1/3, Recall@10 and zero-result rate, overall
      and per query type.

  kb zero-results --db FILE [--limit N] [--json]
      The queries that found nothing, most frequent first.

Options:
  --resources DIR   synonyms.txt and dictionary.txt (default: resources/kb of this checkout)
Exit codes: 0 ok, 1 partial (documents skipped), 2 usage or missing files.
`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
