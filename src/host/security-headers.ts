import { buildContentSecurityPolicy } from '../shared/security/content-security-policy';

/** Headers on every response of the browser host: the seat's CSP plus the usual hardening. */
export const securityHeaders: Record<string, string> = {
  'content-security-policy': buildContentSecurityPolicy({ connect: 'self' }),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};
