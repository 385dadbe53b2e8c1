// npm start: the desktop app on the store (filled with the embedded dataset on first start).
// Where no Electron runtime can be found, say so in one line and serve the same app on the web host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);
const built = ['dist/electron/main/main.js', 'dist/electron/host/cli.js', 'dist/preload/preload.cjs', 'dist/renderer/index.html'].every((f) =>
  existsSync(new URL(f, root)),
);
if (!built) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

function electronRuntime() {
  let binary;
  try {
    binary = require('electron'); // the package exports the binary's path; it throws when the binary is missing
  } catch {
    return { missing: 'Electron runtime not found (the electron package has no downloaded binary)' };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) return { missing: 'Electron runtime not found (no binary in node_modules/electron)' };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return { missing: 'No display for the Electron window (DISPLAY is not set)' };
  return { binary };
}

const runtime = electronRuntime();
if (runtime.binary) {
  const child = spawn(runtime.binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`${runtime.missing}; falling back to the web host — open the URL below in a browser.`);
  const { runWebHost } = await import('../dist/electron/host/cli.js');
  // a store that cannot be opened is said in one line, not a stack trace
  await runWebHost(process.argv.slice(2)).catch((error) => {
    console.error(`IIP Explorer could not start: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Restore a backup with: npx iip restore FILE (npx iip backups lists them).');
    process.exit(1);
  });
}
