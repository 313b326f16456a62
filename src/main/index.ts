import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSettings } from '../core/settings/settings-handlers';
import { startSeatCtiListener } from '../core/cti/start-seat-cti-listener';
import { composeShellBridge } from '../core/shell/compose-shell-bridge';
import { connectSync } from '../core/shell/connect-sync';
import { embeddedCenterFolder, startEmbeddedCenter } from '../core/shell/start-embedded-center';
import { startCoreWorker, type CoreWorker } from '../core/worker/start-core-worker';
import { applyPermissionPolicy } from './app/apply-permission-policy';
import { createMainWindow } from './app/create-main-window';
import { hardenWebContents } from './app/harden-web-contents';
import { registerAppSchemeAsPrivileged, serveAppProtocol } from './app/register-app-protocol';
import { utilityCenterLauncher } from './app/utility-center-launcher';
import { serveSeatIpc } from './ipc/serve-seat-ipc';
import { createSettingsStore } from './settings/settings-store';

// out/main/index.js; the worker, preload and renderer are built next to it.
const mainDir = dirname(fileURLToPath(import.meta.url));
let mainWindow: BrowserWindow | null = null;

registerAppSchemeAsPrivileged();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // One seat per operator: a second launch only brings the first one forward.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  applyPermissionPolicy(session.defaultSession);
  serveAppProtocol(join(mainDir, '../renderer'));

  // Packaged: electron-builder's extraResources; from a checkout: the repository's resources/.
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(mainDir, '..', '..', 'resources');
  let core: CoreWorker;
  try {
    core = await startCoreWorker({
      workerFile: join(mainDir, 'core-worker.js'),
      pullReaderFile: join(mainDir, 'pull-reader.js'),
      databasePath: join(app.getPath('userData'), 'seat.sqlite'),
      appVersion: app.getVersion(),
      resourcesDir,
      onExit: (code) => fail('座席核心意外停止 / The seat core stopped', `exit code ${code}`),
    });
  } catch (error) {
    fail('座席核心无法启动 / The seat core could not start', error instanceof Error ? error.message : String(error));
    return;
  }
  stopOnQuit(() => core.stop());

  const settingsStore = createSettingsStore();
  // While Settings → Center URL is empty, the reference center runs beside the seat (out/main/center.js).
  const sync = connectSync({
    core,
    readSettings: () => readSettings(settingsStore),
    // `npm start -- --no-center` passes the flag here too: a seat on its own, as the browser host does.
    startEmbeddedCenter: process.argv.includes('--no-center')
      ? undefined
      : (signal) =>
          startEmbeddedCenter({
            dataDir: join(app.getPath('userData'), embeddedCenterFolder),
            resourcesDir,
            launch: utilityCenterLauncher(join(mainDir, 'center.js')),
            signal,
          }),
    log: { info: (line) => console.log(line), warn: (line) => console.error(line) },
  });
  // Electron would end the utility process too, but without letting the center close its database.
  stopOnQuit(() => sync.close());
  const bridge = composeShellBridge({
    core,
    settingsStore,
    onHandlerFailure: (method, error) => console.error(`${method} failed`, error),
    onSettingsChanged: () => void sync.settingsChanged(),
  });
  serveSeatIpc({ ipcMain, bridge, eventTarget: () => mainWindow?.webContents ?? null });
  mainWindow = createMainWindow({
    preloadPath: join(mainDir, '../preload/index.cjs'),
    savedBounds: readSettings(settingsStore).windowBounds,
    bridge,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  const cti = await startSeatCtiListener({ settings: readSettings(settingsStore), dataDir: app.getPath('userData'), bridge });
  app.once('will-quit', () => void cti?.close());
}

/** Lets the core (or the embedded center) close SQLite cleanly before the process exits. */
function stopOnQuit(stop: () => Promise<void>): void {
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    void stop().finally(() => {
      stopped = true;
      app.quit();
    });
  });
}

/** Without the core the seat can save nothing, so say why and stop rather than show an empty window. */
function fail(title: string, detail: string): void {
  console.error(`${title}: ${detail}`);
  dialog.showErrorBox(title, `${detail}\n\n${app.getPath('userData')}`);
  app.exit(1);
}
