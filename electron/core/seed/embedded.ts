// The embedded dataset under data/: reference lists and releases (seed articles, GSO history).
// Reference lists are refreshed when their files change; an embedded release is loaded once,
// identified by its file's checksum, and never again once the user has removed it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BASES, GEO_KINDS, ITEM_KINDS, MEASURES, STATUSES, UNITS } from '../../shared/domain.js';
import { parsePeriod } from '../../shared/period.js';
import type { Db } from '../db/connection.js';
import { insertFigures } from '../db/repos/figures.js';
import { upsertGeos, upsertItems } from '../db/repos/reference.js';
import { insertRelease, releaseByChecksum } from '../db/repos/releases.js';
import { dataDir } from '../paths.js';

const geoFile = z.object({
  geos: z.array(
    z.object({
      code: z.string().min(1),
      officialCode: z.string().min(1),
      kind: z.enum(GEO_KINDS),
      nameVi: z.string().min(1),
      nameEn: z.string().min(1),
      validFrom: z.string().nullable(),
      validTo: z.string().nullable(),
      successor: z.string().nullable(),
      aliases: z.array(z.string()).default([]),
    }),
  ),
});

const itemFile = z.object({
  items: z.array(z.object({ code: z.string().min(1), kind: z.enum(ITEM_KINDS), parent: z.string().nullable(), nameVi: z.string().min(1), nameEn: z.string().min(1), aliases: z.array(z.string()).default([]) })),
});

const productFile = z.object({
  products: z.array(z.object({ code: z.string().min(1), nameVi: z.string().min(1), nameEn: z.string().min(1), unitVi: z.string().nullable().optional(), unitEn: z.string().nullable().optional(), aliases: z.array(z.string()).default([]) })),
});

export const figureSchema = z.object({
  geo: z.string().min(1),
  item: z.string().min(1),
  measure: z.enum(MEASURES),
  period: z.string().refine((p) => parsePeriod(p) !== null, 'not a period (2025-11, 2025-01..2025-11, 2025-Q2, 2025)'),
  basis: z.enum(BASES),
  unit: z.enum(UNITS),
  baseYear: z.number().int().nullable().optional(),
  value: z.number().finite(),
  decimals: z.number().int().min(0).max(10),
  status: z.enum(STATUSES),
  quantityUnit: z.string().nullable().optional(),
  quote: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  statedPeriod: z.string().nullable().optional(),
  flags: z.array(z.string()).optional(),
  note: z.string().nullable().optional(),
});

export const releaseFileSchema = z.object({
  release: z.object({
    name: z.string().min(1),
    publisher: z.string().min(1),
    publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    publishedOnNote: z.string().nullable().optional(),
    status: z.enum(STATUSES),
    sourceKind: z.string().min(1),
    sourceFile: z.string().min(1),
    sourceUrl: z.string().nullable().optional(),
  }),
  figures: z.array(figureSchema).min(1),
});
export type ReleaseFile = z.infer<typeof releaseFileSchema>;

const REFERENCE_FILES = ['localities.json', 'vsic2018.json', 'products.json'];
/** Folders of embedded releases, one JSON file per release. */
const RELEASE_FOLDERS = ['seeds', 'gso'];

const sha256 = (bytes: Buffer | string): string => crypto.createHash('sha256').update(bytes).digest('hex');

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path.relative(dataDir, file)}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

function getMeta(db: Db, key: string): string | undefined {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}
function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function loadReference(db: Db, dir = path.join(dataDir, 'reference')): boolean {
  const bytes = REFERENCE_FILES.map((f) => fs.readFileSync(path.join(dir, f)));
  const checksum = sha256(Buffer.concat(bytes));
  if (getMeta(db, 'referenceChecksum') === checksum) return false;
  const geos = readJson(path.join(dir, 'localities.json'), geoFile).geos;
  const items = readJson(path.join(dir, 'vsic2018.json'), itemFile).items;
  const products = readJson(path.join(dir, 'products.json'), productFile).products;
  db.transaction(() => {
    upsertGeos(db, geos);
    upsertItems(db, [
      ...items.map((i) => ({ ...i, quantityUnitVi: null, quantityUnitEn: null })),
      ...products.map((p) => ({ code: p.code, kind: 'product' as const, parent: null, nameVi: p.nameVi, nameEn: p.nameEn, quantityUnitVi: p.unitVi ?? null, quantityUnitEn: p.unitEn ?? null, aliases: p.aliases })),
    ]);
    setMeta(db, 'referenceChecksum', checksum);
  })();
  return true;
}

export interface EmbeddedRelease { file: string; checksum: string; content: ReleaseFile }

export function embeddedReleaseFiles(root = dataDir): string[] {
  return RELEASE_FOLDERS.flatMap((folder) => {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
  });
}

/** Loads every embedded release not yet in the store (and not removed by the user). Returns how many. */
export function loadEmbeddedReleases(db: Db, root = dataDir): number {
  const dismissed = db.prepare('SELECT 1 FROM dismissedEmbedded WHERE checksum = ?');
  const pending: EmbeddedRelease[] = [];
  for (const file of embeddedReleaseFiles(root)) {
    const bytes = fs.readFileSync(file);
    const checksum = sha256(bytes);
    if (releaseByChecksum(db, checksum) || dismissed.get(checksum)) continue;
    pending.push({ file, checksum, content: readJson(file, releaseFileSchema) });
  }
  if (pending.length === 0) return 0;
  db.transaction(() => {
    for (const { checksum, content } of pending) {
      const id = insertRelease(db, { ...content.release, checksum });
      insertFigures(db, id, content.figures);
    }
  })();
  return pending.length;
}

/** Called when the user removes an embedded release, so it is not loaded again. */
export function dismissEmbedded(db: Db, checksum: string): void {
  db.prepare('INSERT OR IGNORE INTO dismissedEmbedded (checksum) VALUES (?)').run(checksum);
}
