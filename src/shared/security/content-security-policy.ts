/**
 * Where the renderer may open connections: nowhere in Electron (every call
 * goes through the preload's IPC bridge), its own origin in the browser host
 * (the contract travels over HTTP + server-sent events there).
 */
export type ConnectSource = 'none' | 'self';

export interface ContentSecurityPolicyOptions {
  connect: ConnectSource;
}

/**
 * The one policy both shells send with every renderer response. Mantine
 * writes style attributes at run time, hence 'unsafe-inline' for styles only;
 * scripts stay 'self' so an injected string can never run.
 */
export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const directives: [string, string][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', `'${options.connect}'`],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
    ['object-src', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}
