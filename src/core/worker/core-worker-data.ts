export interface CoreWorkerData {
  databasePath: string;
  appVersion: string;
  validateOutput: boolean;
}
