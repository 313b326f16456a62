// vitest resolves `electron` here: the binary cannot run on CI machines, and
// the shell's logic lives in pure functions that need none of it.
export const app = {};
export const ipcMain = {};
export const ipcRenderer = {};
export const contextBridge = {};
export const BrowserWindow = class {};
export const protocol = {};
export const session = {};
export const shell = {};
export const net = {};
export const safeStorage = {};
export default { app, ipcMain, ipcRenderer, contextBridge, BrowserWindow, protocol, session, shell, net, safeStorage };
