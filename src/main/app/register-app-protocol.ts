import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { buildContentSecurityPolicy } from '../../shared/security/content-security-policy';
import { appScheme } from '../security/app-origin';
import { resolveAppRequest } from '../security/app-protocol-resolver';

/**
 * Before app 'ready': app:// must behave like https for fetch, storage and
 * relative URLs. corsEnabled stays off: it would let other origins read it.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const securityHeaders = {
  'Content-Security-Policy': buildContentSecurityPolicy({ connect: 'none' }),
  'X-Content-Type-Options': 'nosniff',
};

/** Serves the built renderer; every response carries the CSP. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: securityHeaders });
    }
    const resource = resolveAppRequest(request.url, rendererDir);
    if (!resource.ok) return new Response(null, { status: resource.status, headers: securityHeaders });
    try {
      const body = await readFile(resource.filePath);
      return new Response(body, { headers: { ...securityHeaders, 'Content-Type': resource.contentType } });
    } catch {
      return new Response(null, { status: 404, headers: securityHeaders });
    }
  });
}
