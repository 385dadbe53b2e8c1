// The compare chart's reads through the web host, as the window asks them (all at once): 20 series
// each by figures:series (before), against the first by figures:series and the 19 others by
// figures:points (after), and the first alone (the floor of after), in turn for each run; wall
// median and p95 and the answers' bytes.
//   node dist/electron/host/cli.js --db COPY_OF_ARCHIVE --port 0     (prints URL?token=…)
//   node scripts/bench/compare-probe.js URL STORE_FILE [RUNS]         (the file only read, for the series)
import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';

const [address, file, runsText = '30'] = process.argv.slice(2);
if (!address || !file) throw new Error('usage: node scripts/bench/compare-probe.js URL STORE_FILE [RUNS]');
const url = new URL(address);
const token = url.searchParams.get('token');
const db = new Database(file, { readonly: true });
// The bench's series (scale.js): the country's first 20 IIP series in catalog order.
const twenty = db
  .prepare("SELECT s.id FROM series s JOIN items i ON i.code = s.itemCode WHERE s.geoCode = 'VN' AND s.measure = 'iip' ORDER BY i.sortOrder LIMIT 20")
  .pluck()
  .all();
db.close();

const ask = async (channel, input) => {
  const res = await fetch(new URL(`/api/${channel}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-IIP-Token': token },
    body: JSON.stringify(input),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${channel}: ${res.status} ${text.slice(0, 200)}`);
  return text.length;
};
const view = (seriesId) => ({ seriesId, basis: 'yoy', unit: 'pct' });
const plans = {
  'before: 20 × figures:series': () => twenty.map((id) => ask('figures:series', view(id))),
  // what `after` cannot go below: the selected series with its sources
  'floor: 1 × figures:series': () => [ask('figures:series', view(twenty[0]))],
  'after: 1 × figures:series + 19 × figures:points': () => [
    ask('figures:series', view(twenty[0])),
    ...twenty.slice(1).map((id) => ask('figures:points', view(id))),
  ],
};
const times = Object.fromEntries(Object.keys(plans).map((k) => [k, []]));
const bytes = {};
for (let run = 0; run < Number(runsText); run++) {
  for (const [name, plan] of Object.entries(plans)) {
    const start = performance.now();
    const sizes = await Promise.all(plan());
    times[name].push(performance.now() - start);
    bytes[name] = sizes.reduce((a, b) => a + b, 0);
  }
}
const at = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
for (const [name, list] of Object.entries(times)) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(
    `${name}: median ${at(sorted, 0.5).toFixed(1)} ms, p95 ${at(sorted, 0.95).toFixed(1)} ms (of ${list.length}), ${(bytes[name] / 1e6).toFixed(2)} MB`,
  );
}
