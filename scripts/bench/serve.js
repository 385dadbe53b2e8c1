// The store process of the archive bench (a child, so a call that runs too long can be stopped and
// its peak memory read): opens a store with the built core and times what the parent asks for.
//   { id, calls: [[channel, input], …], runs, budgetMs }  one run = the calls through the handler table in turn
//                                                        (the answer's `period` is the last answer's, if any)
//   { id, sqls: [[sql, params], …], runs, budgetMs }      one run = the statements run directly with better-sqlite3
//   { id, importFiles: [file, …] }                        staged, previewed and committed as the window does
// Runs stop at `runs` or once `budgetMs` is spent (at least one). Answers { id, times, bytes } or { id, error }.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

const dist = new URL('../../dist/electron/', import.meta.url);
const { openStore } = await import(new URL('core/store.js', dist).href);
const { createCore } = await import(new URL('core/handlers.js', dist).href);
const { dispatch } = await import(new URL('core/dispatch.js', dist).href);

const store = openStore(process.argv[2]);
const core = createCore({ db: store.db, storePath: store.path });

async function call(channel, input) {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

async function timed(runs, budgetMs, once) {
  const times = [];
  let spent = 0;
  let bytes = 0;
  while (times.length < runs && (times.length === 0 || spent < budgetMs)) {
    const t = performance.now();
    bytes = await once();
    const ms = performance.now() - t;
    times.push(ms);
    spent += ms;
  }
  return { times, bytes };
}

/** Stages each file from disk in 4 MiB chunks (as the window sends them), previews, commits. */
async function importFiles(files) {
  const t = performance.now();
  const stagedIds = [];
  const chunk = Buffer.alloc(4 * 2 ** 20);
  for (const file of files) {
    const size = fs.statSync(file).size;
    const { stagedId } = await call('import:stage-begin', { fileName: file.split('/').pop(), size });
    const fd = fs.openSync(file, 'r');
    for (let offset = 0, n; (n = fs.readSync(fd, chunk, 0, chunk.length, offset)) > 0; offset += n) {
      await call('import:stage-chunk', { stagedId, offset, dataBase64: chunk.subarray(0, n).toString('base64') });
    }
    fs.closeSync(fd);
    await call('import:stage-end', { stagedId });
    stagedIds.push(stagedId);
  }
  const staged = performance.now();
  const preview = await call('import:preview', { stagedIds });
  const previewed = performance.now();
  const result = await call('import:commit', { previewId: preview.previewId });
  const done = performance.now();
  const figures = result.releases.reduce((n, r) => n + r.figureCount, 0);
  return { times: [done - t], stageMs: staged - t, previewMs: previewed - staged, commitMs: done - previewed, figures };
}

process.on('message', async (message) => {
  try {
    let answer;
    if (message.calls) {
      let period;
      answer = await timed(message.runs, message.budgetMs, async () => {
        let size = 0;
        for (const [channel, input] of message.calls) {
          const value = await call(channel, input);
          size += JSON.stringify(value).length;
          period = value?.period;
        }
        return size;
      });
      answer.period = period;
    } else if (message.sqls) {
      const prepared = message.sqls.map(([sql, params]) => [store.db.prepare(sql), params]);
      answer = await timed(message.runs, message.budgetMs, async () => prepared.reduce((n, [s, params]) => n + s.all(...params).length, 0));
    } else answer = await importFiles(message.importFiles);
    process.send({ id: message.id, ...answer });
  } catch (error) {
    process.send({ id: message.id, error: String(error?.stack ?? error) });
  }
});
process.send({ ready: true });
