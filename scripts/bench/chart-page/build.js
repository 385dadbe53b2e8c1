// Builds the chart page (index.html, main.tsx) with Vite from a checkout's own chart modules, and
// serves built pages on loopback: for the chart bench (scripts/bench/chart.js) and the browser test
// of long lines (tests/e2e/chart-decimation.test.ts).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const projectRoot = path.resolve(here, '../../..');

/** Bundles the page with the chart modules of the checkout at `appRoot` (this one by default) into `outDir`. */
export async function buildChartPage({ outDir, appRoot = projectRoot }) {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: here,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    resolve: {
      alias: [
        // The page's imports of the app's renderer and shared code, from the checkout being measured.
        { find: /^(\.\.\/){3}renderer\/src\//, replacement: `${path.join(appRoot, 'renderer/src')}/` },
        { find: /^@shared\//, replacement: `${path.join(appRoot, 'electron/shared')}/` },
      ],
    },
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, sourcemap: false, target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 4096 },
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff' };

/** Serves the files under `dir` on loopback; resolves with the server and its root URL (ending in /). */
export function serveDir(dir) {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}
