import { isAppUrl, parseUrl } from './app-origin';

/**
 * The only permission the seat uses: writing to the clipboard, so an operator
 * can copy an answer script or a ticket number. Camera, microphone,
 * geolocation, notifications and the rest stay denied.
 */
const grantedToSeat: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Used for both permission requests and checks; the requester must be the seat itself. */
export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  const parsed = parseUrl(requestingUrl);
  return parsed !== null && isAppUrl(parsed) && grantedToSeat.has(permission);
}
