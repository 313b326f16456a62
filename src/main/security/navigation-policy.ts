import { isAppUrl, parseUrl } from './app-origin';

/** The window only ever shows the seat itself; links elsewhere go through openExternal. */
export function isNavigationAllowed(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && isAppUrl(parsed);
}
