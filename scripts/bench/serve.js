// The store process of the archive bench (a child, so a call that runs too long can be stopped and
// its peak memory read): opens a store with the built core and times what the parent asks for.
//   { id, calls: [[channel, input], …], runs, budgetMs }  one run = the calls through the handler table in turn
//                                                        (the answer's `period` is the last answer's, if any; its
//                                                        `bytes`, the answers as JSON, are counted outside the times)
//   { id, sqls: [[sql, params, raw?], …], runs, budgetMs } one run = the statements run directly with better-sqlite3
//                                                        (raw: rows as arrays, as a handler reading them so does)
//   { id, importFiles: [file, …], runs?, undo? }          staged, previewed and committed as the window does
//                                                        (undone between runs; times, previewTimes, commitTimes)
//   { id, previewFiles: [file, …], runs? }               each staged and previewed (fastest of runs); the event
//                                                        loop's longest delay meanwhile (maxBlockMs), and idle (idleMaxBlockMs)
// Runs stop at `runs` or once `budgetMs` is spent (at least one). Answers { id, times, cpuTimes, bytes } or { id, error }.
import fs from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

const dist = new URL('../../dist/electron/', import.meta.url);
const { openStore } = await import(new URL('core/store.js', dist).href);
const { createCore } = await import(new URL('core/handlers.js', dist).href);
const { dispatch } = await import(new URL('core/dispatch.js', dist).href);
const { anyPendingPoints } = await import(new URL('core/figures/pending-points.js', dist).href);

const store = openStore(process.argv[2]);
// automatic backups off in the bench's stores: on the archive each would copy 1.3 GB before every
// import and undo it times (what a backup costs is measured on its own: README, "Your data is safe")
store.db.prepare("INSERT INTO meta (key, value) VALUES ('backupsKept', '0') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
const core = createCore({ db: store.db, storePath: store.path });

async function call(channel, input) {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/**
 * Times once() until `runs` or `budgetMs`; once() may answer { ms, cpuMs } to say what of its time
 * counts. `cpuTimes`: the process's CPU time (user + system) over the same spans, which a machine
 * shared with other jobs inflates far less than the wall time. `last` is once()'s last answer.
 */
async function timed(runs, budgetMs, once) {
  const times = [];
  const cpuTimes = [];
  let spent = 0;
  let last;
  while (times.length < runs && (times.length === 0 || spent < budgetMs)) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    last = await once();
    const ms = last?.ms ?? performance.now() - t;
    const used = process.cpuUsage(cpu);
    times.push(ms);
    cpuTimes.push(last?.cpuMs ?? (used.user + used.system) / 1000);
    spent += ms;
  }
  return { times, cpuTimes, last };
}

/** Stages the files from disk as the window does (4 MiB chunks, one held at a time); their stagedIds. */
async function stage(files) {
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
  return stagedIds;
}

/**
 * ms until the core has restated the shown points a write left pending (figures/points-drain.ts, a
 * transaction a turn), and the longest turn meanwhile (what a call arriving then waits at most).
 */
async function drained() {
  const t = performance.now();
  let longest = 0;
  for (let at = t; anyPendingPoints(store.db);) {
    await new Promise((resolve) => setImmediate(resolve));
    longest = Math.max(longest, performance.now() - at);
    at = performance.now();
  }
  return { ms: performance.now() - t, longest };
}

/**
 * Staged, previewed and committed `runs` times (undone between runs, and after the last if `undo`).
 * Each commit and undo is followed by the drain of the points it left pending, timed apart
 * (drainTimes: the commit's), so that every run starts on a store at rest.
 */
async function importFiles(files, runs = 1, undo = false) {
  const [times, previewTimes, commitTimes, drainTimes, drainTurns] = [[], [], [], [], []];
  let previewMs;
  let figures = 0;
  let counts = '';
  for (let run = 0; run < runs; run++) {
    const t = performance.now();
    const stagedIds = await stage(files);
    const staged = performance.now();
    const preview = await call('import:preview', { stagedIds });
    const previewed = performance.now();
    const { releases } = await call('import:commit', { previewId: preview.previewId });
    const committed = performance.now();
    const drain = await drained();
    drainTimes.push(drain.ms);
    drainTurns.push(drain.longest);
    times.push(committed - t);
    previewTimes.push(previewed - staged);
    previewMs ??= previewed - t;
    commitTimes.push(committed - previewed);
    figures = preview.files.reduce((n, f) => n + f.figures.length + (f.unlisted ?? 0), 0);
    const sum = (k) => preview.files.reduce((n, f) => n + f.counts[k], 0);
    counts = `${sum('new')} new, ${sum('revised')} revised, ${sum('unchanged')} unchanged`;
    if (undo || run < runs - 1) for (const { id } of releases) await call('releases:undo', { releaseId: id });
    await drained();
  }
  return { times, previewMs, previewTimes, commitTimes, drainTimes, drainTurns, figures, counts };
}

/** Each file staged and previewed `runs` times (its fastest kept), the event loop's delay watched throughout. */
async function previewFiles(files, runs = 1) {
  const times = [];
  let figures = 0;
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  for (const file of files) {
    let fastest = Infinity;
    for (let run = 0; run < runs; run++) {
      const stagedIds = await stage([file]);
      const t = performance.now();
      const preview = await call('import:preview', { stagedIds });
      fastest = Math.min(fastest, performance.now() - t);
      if (preview.errors.length) throw new Error(`${file}: ${preview.errors.map((e) => e.message).join('; ')}`);
      if (run === 0) figures += preview.files.reduce((n, f) => n + f.figures.length + (f.unlisted ?? 0), 0);
      await call('import:stage-discard', { stagedIds });
    }
    times.push(fastest);
  }
  delay.disable();
  // The same watch over an idle spell as long (at most 10 s): the delays the machine alone causes.
  const idle = monitorEventLoopDelay({ resolution: 5 });
  idle.enable();
  await new Promise((resolve) =>
    setTimeout(
      resolve,
      Math.min(
        10_000,
        times.reduce((a, b) => a + b, 0),
      ),
    ),
  );
  idle.disable();
  return {
    times,
    runs,
    figures,
    maxBlockMs: delay.max / 1e6,
    p99BlockMs: delay.percentile(99) / 1e6,
    idleMaxBlockMs: idle.max / 1e6,
    idleP99BlockMs: idle.percentile(99) / 1e6,
  };
}

process.on('message', async (message) => {
  try {
    let answer;
    if (message.calls) {
      // Each call timed alone; its answer's size (JSON) is counted outside that time, then let go.
      const { times, cpuTimes, last } = await timed(message.runs, message.budgetMs, async () => {
        let ms = 0;
        let cpuMs = 0;
        let bytes = 0;
        let period;
        for (const [channel, input] of message.calls) {
          const t = performance.now();
          const cpu = process.cpuUsage();
          const value = await call(channel, input);
          ms += performance.now() - t;
          const used = process.cpuUsage(cpu);
          cpuMs += (used.user + used.system) / 1000;
          bytes += JSON.stringify(value).length;
          period = value?.period;
        }
        return { ms, cpuMs, bytes, period };
      });
      answer = { times, cpuTimes, bytes: last.bytes, period: last.period };
    } else if (message.sqls) {
      const prepared = message.sqls.map(([sql, params, raw]) => [store.db.prepare(sql).raw(raw === true), params]);
      const { times, cpuTimes, last } = await timed(message.runs, message.budgetMs, async () =>
        prepared.reduce((n, [s, params]) => n + s.all(...params).length, 0),
      );
      answer = { times, cpuTimes, bytes: last };
    } else if (message.previewFiles) answer = await previewFiles(message.previewFiles, message.runs);
    else answer = await importFiles(message.importFiles, message.runs, message.undo);
    process.send({ id: message.id, ...answer });
  } catch (error) {
    process.send({ id: message.id, error: String(error?.stack ?? error) });
  }
});
process.send({ ready: true });
