/** An import was pointed at something that is not a folder: the caller shows it beside the path it was given. */
export class NotAFolderError extends Error {
  constructor(readonly folder: string) {
    super(`${folder} is not a folder`);
    this.name = 'NotAFolderError';
  }
}
