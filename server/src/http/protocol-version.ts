import type { FastifyInstance } from 'fastify';
import { PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { HttpError } from './errors';

/**
 * A client announces its protocol version in a header; an older one gets 426 and a clear
 * message. No header (curl, scripts) is accepted. `/health` always answers.
 */
export function installProtocolCheck(api: FastifyInstance): void {
  api.addHook('onRequest', async (request) => {
    const header = request.headers[PROTOCOL_HEADER];
    if (header === undefined || request.url.endsWith('/health')) return;
    const version = Number(Array.isArray(header) ? header[0] : header);
    if (!Number.isInteger(version)) throw new HttpError(400, 'INVALID_REQUEST', `${PROTOCOL_HEADER} must be an integer.`);
    if (version < SYNC_PROTOCOL_VERSION) {
      throw new HttpError(426, 'CLIENT_TOO_OLD', `This server speaks sync protocol ${SYNC_PROTOCOL_VERSION}; update Peyvand to sync.`);
    }
  });
}
