import type { FastifyInstance } from 'fastify';
import { COLLECTIONS, collectionJsonSchema, type CollectionName } from '../../../shared/entities/collections';
import { isSyncedCollection, SYNCED_COLLECTIONS } from '../../../shared/sync/protocol';
import { authenticate } from '../auth/authenticate';
import type { ServerContext } from '../http/context';
import { notFound } from '../http/errors';
import { parsePullQuery, pull } from './pull';
import { parsePushBody, push } from './push';

function collectionParam(name: string): CollectionName {
  if (!isSyncedCollection(name)) throw notFound(`No collection ${name}.`);
  return name;
}

export function registerSyncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/schema', async () => ({
    collections: Object.fromEntries(
      SYNCED_COLLECTIONS.map((name) => [name, { version: COLLECTIONS[name].version, schema: collectionJsonSchema(name) }]),
    ),
  }));

  app.get<{ Params: { collection: string }; Querystring: { checkpoint?: string; limit?: string } }>(
    '/sync/:collection/pull',
    async (request) => {
      const auth = await authenticate(ctx.db, ctx.secret, request);
      const collection = collectionParam(request.params.collection);
      const { checkpoint, limit } = parsePullQuery(request.query);
      return pull(ctx.db, { ...auth.user, epoch: auth.user.epoch }, collection, checkpoint, limit);
    },
  );

  app.post<{ Params: { collection: string } }>('/sync/:collection/push', async (request) => {
    const auth = await authenticate(ctx.db, ctx.secret, request);
    const collection = collectionParam(request.params.collection);
    return push(ctx.db, auth.user, collection, parsePushBody(request.body));
  });

  app.get('/sync/stream', async (request, reply) => {
    const auth = await authenticate(ctx.db, ctx.secret, request, true);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      ...corsHeadersFor(reply.getHeaders()),
    });
    res.write('retry: 2000\n: connected\n\n');
    res.socket?.setNoDelay(true);
    const client = {
      user: { id: auth.user.id, role: auth.user.role, teamId: auth.user.teamId },
      epoch: auth.user.epoch,
      deviceId: auth.deviceId,
      expiresAt: auth.expiresAt,
      write: (chunk: string) => {
        if (!res.writableEnded) res.write(chunk);
        return res.writableLength;
      },
      end: () => {
        if (!res.writableEnded) res.end();
      },
    };
    ctx.fanout.add(client);
    request.raw.on('close', () => ctx.fanout.remove(client));
    res.on('close', () => ctx.fanout.remove(client));
  });
}

/** Headers already set by the CORS hook, copied onto the hijacked SSE response. */
function corsHeadersFor(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) if (key.startsWith('access-control-') && typeof value === 'string') out[key] = value;
  return out;
}
