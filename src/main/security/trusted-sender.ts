import { isAppUrl, parseUrl } from './app-origin';

/**
 * Only the seat's own top frame may call the contract: a subframe, a page
 * navigated elsewhere or a destroyed frame (empty url) is refused.
 */
export function isTrustedSender(frameUrl: string, isMainFrame: boolean): boolean {
  if (!isMainFrame) return false;
  const parsed = parseUrl(frameUrl);
  return parsed !== null && isAppUrl(parsed);
}
