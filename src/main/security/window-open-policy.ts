import { isExternalUrlAllowed } from './external-url-policy';

export interface WindowOpenDecision {
  action: 'deny';
  /** The URL to hand to shell.openExternal instead, or null to drop it. */
  openExternally: string | null;
}

/** The seat never opens a second Electron window; allow-listed links open in the system browser. */
export function decideWindowOpen(url: string, allowedHosts?: readonly string[]): WindowOpenDecision {
  return { action: 'deny', openExternally: isExternalUrlAllowed(url, allowedHosts) ? url : null };
}
