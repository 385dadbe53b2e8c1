// The embedded dataset under data/: reference lists and releases (seed articles, GSO history).
// Reference lists are refreshed when their files change; an embedded release is loaded once,
// identified by its file's checksum, and never again once the user has removed it (a file changed
// since updates the release of its earlier version: embedded-revisions.ts).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { figureInputSchema, GEO_KINDS, ITEM_KINDS, releaseInputSchema } from '../../shared/domain.js';
import { refreshSearchTexts } from '../catalog/search.js';
import { reorderCatalog } from '../catalog/series-stats.js';
import { rebuildReleasePeriods, unrankedSeries } from '../figures/release-periods.js';
import type { Db } from '../db/connection.js';
import { insertFiguresOfReleases } from '../figures/repository.js';
import { rekeyAliases, upsertGeos, upsertItems } from '../reference/repository.js';
import { insertRelease } from '../releases/repository.js';
import { getMeta, setMeta } from '../db/meta.js';
import { knownReleaseChecksums, pendingReleaseFiles, referenceChecksum } from './embedded-files.js';
import { earlierChecksums, reviseEmbeddedRelease } from './embedded-revisions.js';
import { writeTransaction } from '../db/transactions.js';
import { sealRelease } from '../db/release-digests.js';
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
  items: z.array(
    z.object({
      code: z.string().min(1),
      kind: z.enum(ITEM_KINDS),
      parent: z.string().nullable(),
      nameVi: z.string().min(1),
      nameEn: z.string().min(1),
      aliases: z.array(z.string()).default([]),
    }),
  ),
});

const productFile = z.object({
  products: z.array(
    z.object({
      code: z.string().min(1),
      nameVi: z.string().min(1),
      nameEn: z.string().min(1),
      unitVi: z.string().nullable().optional(),
      unitEn: z.string().nullable().optional(),
      aliases: z.array(z.string()).default([]),
    }),
  ),
});

/** An embedded release: the release (its checksum is the file's) and its figures. */
export const releaseFileSchema = z.object({
  release: releaseInputSchema.omit({ checksum: true }),
  figures: z.array(figureInputSchema).min(1),
});
export type ReleaseFile = z.infer<typeof releaseFileSchema>;

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path.relative(dataDir, file)}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export function loadReference(db: Db, dir = path.join(dataDir, 'reference')): boolean {
  const checksum = referenceChecksum(db, dir);
  if (getMeta(db, 'referenceChecksum') === checksum) return false;
  const geos = readJson(path.join(dir, 'localities.json'), geoFile).geos;
  const items = readJson(path.join(dir, 'vsic2018.json'), itemFile).items;
  const products = readJson(path.join(dir, 'products.json'), productFile).products;
  writeTransaction(db, () => {
    // another process may have loaded them meanwhile
    if (getMeta(db, 'referenceChecksum') === checksum) return;
    rekeyAliases(db);
    upsertGeos(db, geos);
    upsertItems(db, [
      ...items.map((i) => ({ ...i, quantityUnitVi: null, quantityUnitEn: null })),
      ...products.map((p) => ({
        code: p.code,
        kind: 'product' as const,
        parent: null,
        nameVi: p.nameVi,
        nameEn: p.nameEn,
        quantityUnitVi: p.unitVi ?? null,
        quantityUnitEn: p.unitEn ?? null,
        aliases: p.aliases,
      })),
    ]);
    const unranked = unrankedSeries(db);
    reorderCatalog(db);
    if (unrankedSeries(db) !== unranked) rebuildReleasePeriods(db);
    refreshSearchTexts(db);
    setMeta(db, 'referenceChecksum', checksum);
  });
  return true;
}

export interface EmbeddedRelease {
  file: string;
  checksum: string;
  content: ReleaseFile;
}

/** Loads every embedded release not yet in the store (and not removed by the user). Returns how many. */
export function loadEmbeddedReleases(db: Db, root = dataDir): number {
  const pending: EmbeddedRelease[] = pendingReleaseFiles(db, root).map(({ file, checksum }) => ({
    file,
    checksum,
    content: readJson(file, releaseFileSchema),
  }));
  if (pending.length === 0) return 0;
  const earlier = earlierChecksums(root);
  return writeTransaction(db, () => {
    // another process opening the store may have loaded some meanwhile
    const known = knownReleaseChecksums(db);
    const stored: { releaseId: number; figures: ReleaseFile['figures'] }[] = [];
    for (const { file, checksum, content } of pending) {
      if (known.has(checksum)) continue;
      const before = reviseEmbeddedRelease(db, earlier.get(path.relative(root, file).split(path.sep).join('/')) ?? [], checksum, content.release);
      if (before.kind === 'removed') continue;
      const releaseId = before.kind === 'release' ? before.releaseId : insertRelease(db, { ...content.release, checksum });
      stored.push({ releaseId, figures: content.figures });
    }
    insertFiguresOfReleases(db, stored);
    for (const { releaseId } of stored) sealRelease(db, releaseId);
    return stored.length;
  });
}
