export interface CoreWorkerData {
  databasePath: string;
  appVersion: string;
  resourcesDir: string;
  validateOutput: boolean;
  /** The built pull reader (pull-reader.js beside core-worker.js); without it a first pull is read on the core's thread. */
  pullReaderFile?: string;
}
