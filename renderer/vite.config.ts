import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { WEB_CONTENT_SECURITY_POLICY } from '../shared/security/csp.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The built app carries its CSP as a meta tag (the dev server's HMR needs inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'peyvand-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${WEB_CONTENT_SECURITY_POLICY}" />`),
  };
}

/**
 * Stamps each build on <html data-build> (a screen snapshot from another build is not
 * painted: see src/app/screen-snapshot.ts) and on the boot script's URL, which has no
 * content hash of its own and would otherwise be cached across updates.
 */
function buildStamp(): Plugin {
  const id = Date.now().toString(36);
  return {
    name: 'peyvand-build-stamp',
    transformIndexHtml: (html) =>
      html.replace('<html ', `<html data-build="${id}" `).replace('src="./boot-snapshot.js"', `src="./boot-snapshot.js?v=${id}"`),
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicy(), buildStamp()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // One stylesheet, loaded with the page: a screen snapshot painted before the app runs
    // (src/app/screen-snapshot.ts) needs the styles of screens whose code is not loaded yet.
    // The lazy screens' own CSS is a few kB.
    cssCodeSplit: false,
    sourcemap: false,
  },
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
});
