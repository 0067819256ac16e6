// Bundles the Electron main process and preload into dist-electron/ (CommonJS, Node 22
// as in Electron 45). Everything but `electron` is bundled: the packaged app ships no
// node_modules. The preload runs sandboxed, where require() only knows 'electron', so
// the build fails if anything else is left external there.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist-electron`;

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
};

rmSync(outdir, { recursive: true, force: true });

const [main, preload] = await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
]);

const preloadExternals = Object.values(preload.metafile.outputs)
  .flatMap((output) => output.imports)
  .filter((imported) => imported.external && imported.path !== 'electron')
  .map((imported) => imported.path);
if (preloadExternals.length > 0) {
  console.error(`The sandboxed preload cannot require: ${[...new Set(preloadExternals)].join(', ')}`);
  process.exit(1);
}

for (const result of [main, preload]) {
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (!file.endsWith('.map')) console.log(`${file}  ${(output.bytes / 1024).toFixed(1)} KiB`);
  }
}
