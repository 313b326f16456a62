/** The renderer is served as app://seat/…, never from file:// (which would trust the whole disk). */
export const appScheme = 'app';
export const appHost = 'seat';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** Parses without throwing: anything unparsable is simply not ours. */
export function parseUrl(url: string): URL | null {
  return URL.canParse(url) ? new URL(url) : null;
}

/**
 * app://seat exactly: no port, no credentials, no look-alike host such as
 * app://seat.evil. Compared field by field because WHATWG URL gives
 * non-special schemes an opaque 'null' origin.
 */
export function isAppUrl(url: URL): boolean {
  return (
    url.protocol === `${appScheme}:` &&
    url.host === appHost &&
    url.username === '' &&
    url.password === ''
  );
}
