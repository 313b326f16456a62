import { z } from 'zod';
import { loginRequestSchema, refreshRequestSchema, sessionTokensSchema } from '../../shared/sync/auth-schemas';
import { centerApiPaths } from '../../shared/sync/center-api-paths';
import type { CenterServices } from '../app/center-services';
import { named } from '../http/named-schema';
import { defineRoute, type AnyRouteSpec } from '../http/route-spec';
import { routeRoles } from './route-roles';

const tokens = named('SessionTokens', sessionTokensSchema);

export function authRoutes(services: CenterServices): AnyRouteSpec[] {
  return [
    defineRoute({
      method: 'POST',
      url: centerApiPaths.login,
      operationId: 'login',
      tag: 'auth',
      summary: 'Sign in at a seat',
      description:
        'Checks the password (scrypt) and opens a session for this seat: a short-lived access token and a refresh token. ' +
        'A seat that syncs sends its database client id, which registers the seat with the center.',
      access: 'public',
      body: named('LoginRequest', loginRequestSchema),
      responses: { 200: { description: 'Signed in.', body: tokens } },
      example: {
        body: { username: 'operator', password: 'correct horse battery staple', seatId: 'A-0123', clientId: '0196f5a8-7d2e-7c41-9a3b-5f0e8d1c2b3a' },
      },
      handler: ({ body }) => services.auth.login(body),
    }),
    defineRoute({
      method: 'POST',
      url: centerApiPaths.refresh,
      operationId: 'refresh',
      tag: 'auth',
      summary: 'Trade a refresh token for new tokens',
      description: 'The refresh token rotates: the one sent stops working, the answer carries the next one.',
      access: 'public',
      body: named('RefreshRequest', refreshRequestSchema),
      responses: { 200: { description: 'New tokens.', body: tokens } },
      example: { body: { refreshToken: 'pD0c3mZx5y0WqQ0n8v6m9x4u5p1i2o3k4j5h6g7f8e9' } },
      handler: ({ body }) => services.auth.refresh(body.refreshToken),
    }),
    defineRoute({
      method: 'POST',
      url: centerApiPaths.logout,
      operationId: 'logout',
      tag: 'auth',
      summary: 'Sign out: revoke this session’s refresh token',
      description: 'The access token stays valid until it expires (minutes); nothing can refresh it any more.',
      access: routeRoles.anyone,
      responses: { 200: { description: 'Signed out.', body: named('LogoutResponse', z.object({ signedOut: z.literal(true) })) } },
      example: {},
      handler: ({ principal }) => {
        services.auth.logout(principal);
        return { signedOut: true as const };
      },
    }),
  ];
}
