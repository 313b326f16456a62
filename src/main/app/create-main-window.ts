import { BrowserWindow, screen } from 'electron';
import type { SeatBridge } from '../../shared/contract/bridge';
import type { Settings } from '../../shared/settings/settings-schema';
import { appEntryUrl } from '../security/app-origin';
import { createWindowOptions } from '../security/window-options';
import { visibleWindowBounds } from './visible-window-bounds';

export interface MainWindowOptions {
  preloadPath: string;
  savedBounds: Settings['windowBounds'];
  /** Where the bounds are saved on close, through the same validation as any settings change. */
  bridge: SeatBridge;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = new BrowserWindow(
    createWindowOptions({
      preloadPath: options.preloadPath,
      bounds: visibleWindowBounds(options.savedBounds, workAreas),
    }),
  );
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    // Normal bounds: the size to return to, not the screen a maximized window fills.
    void options.bridge.invoke('settings.update', { windowBounds: window.getNormalBounds() });
  });
  void window.loadURL(appEntryUrl);
  return window;
}
