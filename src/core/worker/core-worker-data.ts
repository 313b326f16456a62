export interface CoreWorkerData {
  databasePath: string;
  appVersion: string;
  resourcesDir: string;
  validateOutput: boolean;
}
