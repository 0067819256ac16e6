import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppFilePath } from '../../../electron/app-protocol';

let base: string;
let root: string;
const CSP = "default-src 'self'";

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'peyvand-protocol-'));
  root = path.join(base, 'dist', 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>index</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'fa name.woff2'), 'font');
  fs.writeFileSync(path.join(base, 'dist', 'secret.txt'), 'TOP SECRET');
  fs.writeFileSync(path.join(base, 'passwd'), 'TOP SECRET');
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const handler = () => createAppProtocolHandler({ rootDir: root, csp: CSP, readFile: (file) => fs.promises.readFile(file) });
const get = (url: string, method = 'GET') => handler()(new Request(url, { method }));

describe('app:// scheme', () => {
  it('is registered standard and secure, without CORS for other origins', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, stream: true }),
    });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('corsEnabled');
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });
});

describe('resolveAppFilePath', () => {
  it('maps app URLs to files inside the root', () => {
    expect(resolveAppFilePath(root, 'app://peyvand/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFilePath(root, 'app://peyvand/assets/app.js?v=1#x')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveAppFilePath(root, 'app://peyvand/assets/fa%20name.woff2')).toBe(path.join(root, 'assets', 'fa name.woff2'));
  });

  it.each([
    'app://peyvand/..%2f..%2fsecret.txt',
    'app://peyvand/assets/..%2F..%2F..%2Fpasswd',
    'app://peyvand/..%5c..%5cpasswd',
    'app://peyvand/assets%2f..%2f..%2fsecret.txt',
    'app://peyvand/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://peyvand/C:%5cWindows%5cwin.ini',
    'app://peyvand/index.html%00.png',
    'app://peyvand/%E0%A4%A',
    'app://other/index.html',
    'https://peyvand/index.html',
  ])('rejects %s', (url) => {
    expect(resolveAppFilePath(root, url)).toBeNull();
  });

  it('keeps dot segments that the URL parser resolves inside the root', () => {
    // The WHATWG parser removes "..", also written %2e%2e, before we see the path.
    expect(resolveAppFilePath(root, 'app://peyvand/../../etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppFilePath(root, 'app://peyvand/%2e%2e/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
  });

  it('rejects Windows drive letters and UNC paths with win32 paths too', () => {
    const winRoot = 'C:\\Program Files\\Peyvand\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppFilePath(winRoot, 'app://peyvand/assets/app.js', path.win32)).toBe(`${winRoot}\\assets\\app.js`);
    expect(resolveAppFilePath(winRoot, 'app://peyvand/D:/secret.txt', path.win32)).toBeNull();
    expect(resolveAppFilePath(winRoot, 'app://peyvand/%5c%5cserver%5cshare', path.win32)).toBeNull();
    expect(resolveAppFilePath(winRoot, 'app://peyvand/..%5c..%5csecret.txt', path.win32)).toBeNull();
  });
});

describe('app protocol handler', () => {
  it('serves files with their type and the security headers', async () => {
    const response = await get('app://peyvand/assets/app.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html at the root and for client-side routes (SPA fallback)', async () => {
    for (const url of ['app://peyvand/', 'app://peyvand/index.html', 'app://peyvand/contacts/42', 'app://peyvand/settings/']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>index</title>');
    }
  });

  it('answers a missing asset with 404, not with HTML', async () => {
    const response = await get('app://peyvand/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/plain');
  });

  it('never serves a file outside the root', async () => {
    for (const url of [
      'app://peyvand/../../passwd',
      'app://peyvand/%2e%2e/%2e%2e/passwd',
      'app://peyvand/..%2f..%2fpasswd',
      'app://peyvand/..%2fsecret.txt',
      'app://peyvand/..%5csecret.txt',
    ]) {
      const response = await get(url);
      expect(await response.text(), url).not.toContain('TOP SECRET');
    }
    expect((await get('app://peyvand/..%2fsecret.txt')).status).toBe(404);
  });

  it('allows only GET and HEAD', async () => {
    expect((await get('app://peyvand/index.html', 'POST')).status).toBe(405);
    const head = await get('app://peyvand/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('explains a missing renderer build instead of showing a blank window', async () => {
    const missing = createAppProtocolHandler({ rootDir: path.join(base, 'nowhere'), csp: CSP, readFile: (f) => fs.promises.readFile(f) });
    const response = await missing(new Request('app://peyvand/'));
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('npm run build:renderer');
  });
});
