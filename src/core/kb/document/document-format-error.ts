/** A document that cannot be imported; the importer reports the reason with the file and goes on. */
export class DocumentFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentFormatError';
  }
}
