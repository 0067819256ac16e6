import nodePath from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * `app://peyvand/…` serves the built renderer (dist/renderer). Standard + secure gives
 * the pages a real, stable origin (IndexedDB, fetch, secure-context APIs) instead of
 * file://. corsEnabled stays off so no other origin can read our files; codeCache lets
 * V8 cache the bundle between starts.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
};

type PathApi = Pick<typeof nodePath, 'resolve' | 'sep' | 'extname'>;

/**
 * The file inside `rootDir` that an app:// URL names, or null for anything that could
 * leave it: other hosts, `..` segments (also percent-encoded or smuggled through an
 * encoded slash), backslashes, drive letters and NUL bytes. `/` means index.html.
 */
export function resolveAppFilePath(rootDir: string, requestUrl: string, path: PathApi = nodePath): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((s) => s === '.' || s === '..' || /[\\:\0]/.test(s))) return null;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...(segments.length > 0 ? segments : ['index.html']));
  // Defence in depth: whatever the checks above missed must still land inside the root.
  return file.startsWith(root + path.sep) ? file : null;
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string, path: PathApi = nodePath): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

const NOT_FOUND_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

function isNotFound(error: unknown): boolean {
  return NOT_FOUND_CODES.has((error as NodeJS.ErrnoException | null)?.code ?? '');
}

export interface AppProtocolOptions {
  rootDir: string;
  csp: string;
  readFile: (filePath: string) => Promise<Uint8Array>;
  path?: PathApi;
}

/**
 * The protocol.handle handler. A missing path without a file extension (a client-side
 * route) falls back to index.html; a missing asset is a 404, never HTML in its place.
 */
export function createAppProtocolHandler({ rootDir, csp, readFile, path = nodePath }: AppProtocolOptions) {
  const baseHeaders = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
  const respond = (status: number, body: Uint8Array | string | null, contentType: string, method: string) =>
    new Response(method === 'HEAD' ? null : (body as BodyInit | null), {
      status,
      headers: { ...baseHeaders, 'Content-Type': contentType },
    });
  const notFound = (method: string) => respond(404, 'Not found', 'text/plain; charset=utf-8', method);

  return async (request: Request): Promise<Response> => {
    const { method } = request;
    if (method !== 'GET' && method !== 'HEAD') {
      return respond(405, 'Method not allowed', 'text/plain; charset=utf-8', 'GET');
    }
    const filePath = resolveAppFilePath(rootDir, request.url, path);
    if (filePath === null) return notFound(method);
    try {
      return respond(200, await readFile(filePath), mimeTypeFor(filePath, path), method);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    const indexPath = path.resolve(rootDir, 'index.html');
    if (filePath !== indexPath && path.extname(filePath) !== '') return notFound(method);
    try {
      return respond(200, await readFile(indexPath), mimeTypeFor(indexPath, path), method);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      // Say what is wrong instead of a blank window.
      return respond(500, `Renderer bundle missing in ${rootDir}: run "npm run build:renderer".`, 'text/plain; charset=utf-8', method);
    }
  };
}
