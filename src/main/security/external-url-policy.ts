import { parseUrl } from './app-origin';

/**
 * Sites an operator may open in the system browser from the seat, matched
 * exactly (no subdomains): the Beijing government portal that hosts the
 * 12345 pages and the national government portal.
 */
export const externalHosts: readonly string[] = ['www.beijing.gov.cn', 'www.gov.cn'];

/**
 * shell.openExternal hands a URL to the operating system, which will run
 * whatever handler a scheme has; only plain https to a listed host passes.
 */
export function isExternalUrlAllowed(url: string, allowedHosts: readonly string[] = externalHosts): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    allowedHosts.includes(parsed.hostname)
  );
}
