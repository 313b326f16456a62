/** The center's store was written by newer code: refuse it rather than guess at its shape. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly path: string,
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `The center database ${path} has schema version ${found}, newer than this server understands (${known}). ` +
        'Upgrade the server, or start it with another --data-dir. The file was not changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}
