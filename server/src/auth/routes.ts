import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServerContext } from '../http/context';
import { HttpError } from '../http/errors';
import { parseBody } from '../http/validate';
import { normalizeUsername, publicUser } from '../users/directory';
import { authenticate } from './authenticate';
import { PASSWORD_MAX } from './passwords';
import { login, logout, refresh, type SessionSettings } from './sessions';

const loginSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX),
  deviceName: z.string().trim().max(120).optional(),
});
const refreshSchema = z.object({ refreshToken: z.string().min(1).max(200) });

export function registerAuthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const settings: SessionSettings = {
    secret: ctx.secret,
    accessTokenTtlSeconds: ctx.config.accessTokenTtlSeconds,
    refreshTokenTtlDays: ctx.config.refreshTokenTtlDays,
  };
  const { max, timeWindowMs } = ctx.config.loginRateLimit;

  app.post('/auth/login', {
    config: {
      rateLimit: {
        max,
        timeWindow: timeWindowMs,
        // After the body is parsed: per client address and username, so one user's typos
        // do not lock out the office behind the same NAT, while guessing one account is slowed.
        hook: 'preHandler',
        keyGenerator: (request) => {
          const name = (request.body as { username?: unknown } | undefined)?.username;
          return `${request.ip}|${typeof name === 'string' ? normalizeUsername(name) : ''}`;
        },
        errorResponseBuilder: (_request, context) =>
          new HttpError(429, 'RATE_LIMITED', `Too many sign-in attempts; try again in ${context.after}.`),
      },
    },
  }, async (request) => {
    const body = parseBody(loginSchema, request.body, 'sign-in request');
    return login(ctx.db, settings, body.username, body.password, body.deviceName || 'Unnamed device');
  });

  app.post('/auth/refresh', async (request) => {
    const body = parseBody(refreshSchema, request.body, 'refresh request');
    return refresh(ctx.db, settings, body.refreshToken);
  });

  // Logout takes no body: whatever a client sends with it (an empty JSON body, a form from
  // `curl -d ''`) is ignored rather than answered with 400/415.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
    scope.post('/auth/logout', async (request, reply) => {
      const auth = await authenticate(ctx.db, ctx.secret, request);
      await logout(ctx.db, auth.deviceId);
      return reply.status(204).send();
    });
  });

  app.get('/me', async (request) => {
    const auth = await authenticate(ctx.db, ctx.secret, request);
    return { ...publicUser(auth.user), deviceId: auth.deviceId, epoch: auth.user.epoch };
  });
}
