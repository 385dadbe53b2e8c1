// The store process of the archive bench (a child, so a call that runs too long can be stopped and
// its peak memory read): opens a store with the built core and times what the parent asks for.
//   { id, calls: [[channel, input], …], runs, budgetMs }  one run = the calls through the handler table in turn
//                                                        (the answer's `period` is the last answer's, if any; its
//                                                        `bytes`, the answers as JSON, are counted outside the times)
//   { id, sqls: [[sql, params, raw?], …], runs, budgetMs } one run = the statements run directly with better-sqlite3
//                                                        (raw: rows as arrays, as a handler reading them so does)
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

/** Times once() until `runs` or `budgetMs`; once() may answer { ms } to say what of its time counts. `last` is its last answer. */
async function timed(runs, budgetMs, once) {
  const times = [];
  let spent = 0;
  let last;
  while (times.length < runs && (times.length === 0 || spent < budgetMs)) {
    const t = performance.now();
    last = await once();
    const ms = last?.ms ?? performance.now() - t;
    times.push(ms);
    spent += ms;
  }
  return { times, last };
}

async function importFiles(files) {
  const t = performance.now();
  const stagedIds = [];
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    const { stagedId } = await call('import:stage-begin', { fileName: file.split('/').pop(), size: bytes.length });
    for (let offset = 0; offset < bytes.length; offset += 4 * 2 ** 20) {
      await call('import:stage-chunk', { stagedId, offset, dataBase64: bytes.subarray(offset, offset + 4 * 2 ** 20).toString('base64') });
    }
    await call('import:stage-end', { stagedId });
    stagedIds.push(stagedId);
  }
  const preview = await call('import:preview', { stagedIds });
  const previewed = performance.now();
  await call('import:commit', { previewId: preview.previewId });
  const figures = preview.files.reduce((n, f) => n + f.figures.length, 0);
  return { times: [performance.now() - t], previewMs: previewed - t, figures };
}

process.on('message', async (message) => {
  try {
    let answer;
    if (message.calls) {
      // Each call timed alone; its answer's size (JSON) is counted outside that time, then let go.
      const { times, last } = await timed(message.runs, message.budgetMs, async () => {
        let ms = 0;
        let bytes = 0;
        let period;
        for (const [channel, input] of message.calls) {
          const t = performance.now();
          const value = await call(channel, input);
          ms += performance.now() - t;
          bytes += JSON.stringify(value).length;
          period = value?.period;
        }
        return { ms, bytes, period };
      });
      answer = { times, bytes: last.bytes, period: last.period };
    } else if (message.sqls) {
      const prepared = message.sqls.map(([sql, params, raw]) => [store.db.prepare(sql).raw(raw === true), params]);
      const { times, last } = await timed(message.runs, message.budgetMs, async () => prepared.reduce((n, [s, params]) => n + s.all(...params).length, 0));
      answer = { times, bytes: last };
    } else answer = await importFiles(message.importFiles);
    process.send({ id: message.id, ...answer });
  } catch (error) {
    process.send({ id: message.id, error: String(error?.stack ?? error) });
  }
});
process.send({ ready: true });
