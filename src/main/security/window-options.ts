import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preloadPath: string;
  /** Where the operator left the window last time, if still on a screen. */
  bounds: Rectangle | null;
}

/** Every renderer setting that decides what a compromised page could reach. */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...(input.bounds ?? { width: 1440, height: 900 }),
    minWidth: 800,
    minHeight: 600,
    title: 'Seat',
    // Shown on ready-to-show so the operator never sees a white flash.
    show: false,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // The OS spell checker would send typed call notes to a dictionary service.
      spellcheck: false,
    },
  };
}
