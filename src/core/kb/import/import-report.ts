/** What an import did, JSON-safe for the CLI, the Settings page and the center sync. */
export interface ImportProblem {
  path: string;
  reason: string;
}

export interface ImportWarning {
  path: string;
  message: string;
}

export interface ImportReport {
  total: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: ImportProblem[];
  warnings: ImportWarning[];
  tookMs: number;
}

export interface ImportProgress {
  done: number;
  total: number;
  path: string;
}

export type ImportProgressListener = (progress: ImportProgress) => void;
