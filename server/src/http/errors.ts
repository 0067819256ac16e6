import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorBody, ErrorCode } from '../../../shared/sync/protocol';

/** A 4xx/5xx the client is meant to read: `{error: {code, message, fields?}}`. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string, fields?: Record<string, string>) => new HttpError(400, 'INVALID_REQUEST', message, fields);
export const unauthorized = (message = 'Sign in again.') => new HttpError(401, 'UNAUTHORIZED', message);
export const forbidden = (message = 'Not allowed for your role.') => new HttpError(403, 'FORBIDDEN', message);
export const notFound = (message = 'Not found.') => new HttpError(404, 'NOT_FOUND', message);

export function errorBody(code: ErrorCode, message: string, fields?: Record<string, string>): ErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

/** Fastify's own errors mapped onto ours; anything unknown is a 500 with no details. */
function toHttpError(error: FastifyError): HttpError {
  if (error instanceof HttpError) return error;
  const status = error.statusCode ?? 500;
  if (status === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new HttpError(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
  }
  // PostgreSQL unique violation: two requests raced to create the same thing.
  if ((error as { code?: string }).code === '23505') return new HttpError(409, 'CONFLICT', 'That already exists.');
  if (status === 429) return new HttpError(429, 'RATE_LIMITED', 'Too many requests; try again later.');
  if (status === 415) return new HttpError(415, 'INVALID_REQUEST', 'Send JSON (content-type: application/json).');
  if (status >= 400 && status < 500) {
    const message = error.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError ? 'The body is not valid JSON.' : 'Invalid request.';
    return new HttpError(status === 404 ? 404 : 400, status === 404 ? 'NOT_FOUND' : 'INVALID_REQUEST', message);
  }
  return new HttpError(500, 'INTERNAL', 'Internal server error.');
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const http = toHttpError(error);
    if (http.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: http.code, status: http.statusCode }, http.message);
    void reply.status(http.statusCode).send(errorBody(http.code, http.message, http.fields));
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(errorBody('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`));
  });
}
