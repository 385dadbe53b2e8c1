// `npm run host` / the fallback of `npm start`: the web host on the store, printing its URL.
import { parseArgs } from 'node:util';
import { isEntryPoint } from '../core/entry.js';
import { createCore } from '../core/handlers.js';
import { defaultStorePath, rendererDir } from '../core/paths.js';
import { healthSettled } from '../core/backup/health.js';
import { openStoreAtStart } from '../core/backup/start.js';
import { openReadyStore } from '../core/store-ready.js';
import { startHost } from './server.js';

export async function runWebHost(argv: string[] = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string', default: '0' }, db: { type: 'string' } }, strict: true });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got '${values.port}'`);
  // The embedded dataset's files checked by their remembered checksums: read and hashed only when changed.
  // a damaged store opens read-only (the page says so); one that cannot open at all stops with a message
  const store = await openStoreAtStart(values.db ?? defaultStorePath(), openReadyStore);
  const core = createCore({ db: store.db, storePath: store.path });
  const host = await startHost({ handlers: core.handlers, port, staticDir: rendererDir });
  console.log(`IIP Explorer is serving at ${host.url}`);
  console.log(`Store: ${store.path}. Press Ctrl+C to stop.`);
  void healthSettled(store.db).then((health) => {
    if (health.keptAside)
      console.log(`The store file was empty or unreadable: kept aside as ${health.keptAside}; a new store was started (npx iip backups lists the backups).`);
    if (health.state === 'newer') console.log(`The store is open read-only: ${health.problems[0] ?? ''}.`);
    if (health.state === 'damaged')
      console.log(
        `The store failed its integrity check: it is open read-only (${health.problems[0] ?? ''}). Restore a backup in Your data, or: npx iip restore NAME`,
      );
  });
  const stop = (): void => {
    void host.close().then(() => {
      core.close();
      store.db.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (isEntryPoint(import.meta.url)) {
  runWebHost().catch((error: unknown) => {
    console.error(`iip host: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  });
}
