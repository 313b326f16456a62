export class DatabaseTooNewError extends Error {
  constructor(
    readonly path: string,
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `The seat database ${path} has schema version ${found}, newer than this Seat understands (${known}). ` +
        'It was written by a newer Seat: upgrade Seat, or point it at another data directory. The file was not changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}
