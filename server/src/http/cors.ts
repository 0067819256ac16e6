import type { FastifyInstance } from 'fastify';
import { PROTOCOL_HEADER } from '../../../shared/sync/protocol';

/**
 * The web edition and the Electron app call the server from another origin. Tokens travel
 * in the Authorization header, never in cookies, so any origin may call.
 */
export function installCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('access-control-allow-origin', '*');
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      void reply
        .header('access-control-allow-methods', 'GET, POST, PATCH, DELETE, OPTIONS')
        .header('access-control-allow-headers', `authorization, content-type, ${PROTOCOL_HEADER}`)
        .header('access-control-max-age', '600');
      return reply.status(204).send();
    }
  });
}
