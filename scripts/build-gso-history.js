// Regenerates data/gso/: the embedded 2018–2024 monthly and quarterly history, produced by the
// project's own importer from the statistics office's workbooks (../shared/gso-releases). One JSON
// file per workbook: the release (workbook name, publication date) and its figures with sheet!cell.
// Usage: npm run build && node scripts/build-gso-history.js [FOLDER]
import fs from 'node:fs';
import path from 'node:path';

const dist = new URL('../dist/electron/', import.meta.url);
const { openDatabase } = await import(new URL('core/db/connection.js', dist).href);
const { loadReference } = await import(new URL('core/seed/embedded.js', dist).href);
const { previewImport } = await import(new URL('core/import/pipeline/preview.js', dist).href);

const folder = path.resolve(process.argv[2] ?? new URL('../../shared/gso-releases', import.meta.url).pathname);
const out = new URL('../data/gso/', import.meta.url);
if (!fs.existsSync(folder)) {
  console.error(`no workbooks at ${folder}`);
  process.exit(2);
}
const files = fs
  .readdirSync(folder)
  .filter((f) => f.toLowerCase().endsWith('.xlsx'))
  .sort();
const db = openDatabase(':memory:');
loadReference(db);
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

let total = 0;
const started = Date.now();
for (const file of files) {
  const preview = await previewImport(db, [{ fileName: file, bytes: fs.readFileSync(path.join(folder, file)) }]);
  if (!preview.ready) {
    console.error(`${file}: ${JSON.stringify({ errors: preview.errors, unknown: preview.unknown.map((u) => `${u.kind} ${u.label}`) })}`);
    process.exit(1);
  }
  const [p] = preview.files;
  const { checksum: _c, ...release } = p.release;
  // Each workbook is compared with an empty store, so every figure is new: only its own fields are kept.
  const figures = p.figures.map(({ geo, item, change: _x, ...rest }) => {
    const { oldValue: _o, oldDecimals: _d, shownValue: _s, shownDecimals: _sd, shownPublishedOn: _sp, ...f } = rest;
    return { geo: geo.code, item: item.code, ...f };
  });
  const name = `${release.publishedOn}-${path
    .basename(file, '.xlsx')
    .replace(/^\d{4}-\d{2}-\d{2}-?/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w.-]+/g, '-')}.json`;
  fs.writeFileSync(new URL(name, out), JSON.stringify({ release: { ...release, sourceKind: 'workbook' }, figures }) + '\n');
  total += figures.length;
}
console.log(`${files.length} workbooks → ${total} figures in data/gso/ (${((Date.now() - started) / 1000).toFixed(1)} s)`);
