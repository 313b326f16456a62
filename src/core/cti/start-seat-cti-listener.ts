import type { SeatBridge } from '../../shared/contract/bridge';
import type { Settings } from '../../shared/settings/settings-schema';
import { ctiIncomingPath } from './cti-request-handler';
import { startCtiListener, type CtiListener } from './cti-listener';
import { ensureCtiToken } from './cti-token';

export interface SeatCtiOptions {
  settings: Pick<Settings, 'ctiEnabled' | 'ctiPort'>;
  /** The seat's data directory, where the CTI token file lives. */
  dataDir: string;
  bridge: Pick<SeatBridge, 'invoke'>;
  log?: (line: string) => void;
  warn?: (line: string) => void;
}

/**
 * What both shells run at start. Screen-pop is a convenience, not the seat:
 * when the listener cannot start (port taken, no permission) the operator
 * can still take the call by hand, so the failure is logged and the seat
 * carries on without it.
 */
export async function startSeatCtiListener(options: SeatCtiOptions): Promise<CtiListener | null> {
  const log = options.log ?? ((line: string) => console.log(`seat: ${line}`));
  const warn = options.warn ?? ((line: string) => console.error(`seat: ${line}`));
  if (!options.settings.ctiEnabled) {
    log('the CTI listener is off (ctiEnabled is false in the settings): calls will not pop up');
    return null;
  }
  try {
    const token = ensureCtiToken(options.dataDir);
    const listener = await startCtiListener({ port: options.settings.ctiPort, token, bridge: options.bridge });
    log(`listening for softphone calls on http://127.0.0.1:${listener.port}${ctiIncomingPath}`);
    return listener;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warn(`the CTI listener did not start, so calls will not pop up (the seat works otherwise): ${reason}`);
    return null;
  }
}
