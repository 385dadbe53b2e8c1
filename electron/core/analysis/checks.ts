// Consistency checks over the whole store or one release: read every figure once, run each check,
// and gather the findings and what could be checked (see docs/analysis.md, "Consistency checks").
import type { ChecksReport, CheckKind, KindSummary } from '../../shared/contract/analysis.js';
import type { Db } from '../db/connection.js';
import { NotFoundError } from '../errors.js';
import { releaseById, type ReleaseRow } from '../releases/repository.js';
import { checkContributions } from './contributions.js';
import { currentOf, FigureIndex, keyOf, type Statement } from './figure-index.js';
import { checkMomAgainstYoy } from './mom-yoy.js';
import { namedGeos, namedItems, storedFigures } from './repository.js';
import { checkSources } from './sources.js';
import { checkYtd } from './ytd.js';

export interface ChecksQuery {
  /** Only the figures this release states (checked against what was known when it was published). */
  releaseId?: number;
  /** The store as it was on this date: releases published later are left out. */
  asOf?: string;
}

/** The release the query checks (null for the whole store); a NotFoundError when there is none such. Cheap: callers check before waiting on a worker. */
export function releaseToCheck(db: Db, query: ChecksQuery): ReleaseRow | null {
  const release = query.releaseId === undefined ? null : (releaseById(db, query.releaseId) ?? null);
  if (query.releaseId !== undefined && !release) throw new NotFoundError(`no release ${query.releaseId} (see iip releases)`);
  if (release && query.asOf !== undefined && release.publishedOn > query.asOf)
    throw new NotFoundError(`release ${release.id} was published on ${release.publishedOn}, after ${query.asOf}`);
  return release;
}

export function runChecks(db: Db, query: ChecksQuery = {}): ChecksReport {
  const release = releaseToCheck(db, query);
  const index = new FigureIndex(storedFigures(db, query.asOf ?? null), namedGeos(db), namedItems(db));

  // The statements checked: each figure's current one, or the release's own.
  const claims: Statement[] = [];
  for (const list of index.groups.values()) {
    const claim = release ? list.find((s) => s.releaseId === release.id) : currentOf(list);
    if (claim) claims.push(claim);
  }

  // Cumulative figures are recomputed at their first statement (ytd.ts says why).
  const firstOf = (s: Statement): Statement => {
    const list = index.groups.get(keyOf(s))!;
    return list[list.length - 1]!;
  };
  const firsts = release ? claims : [...index.groups.values()].map((list) => list[list.length - 1]!);
  const ytd = checkYtd(index, firsts, (s) => firstOf(s) === s);
  const momYoy = checkMomAgainstYoy(index, claims);
  const contributions = checkContributions(index, release ? { id: release.id, publishedOn: release.publishedOn } : null);
  const { disagree, revisions } = checkSources(index, release?.id ?? null);

  const tallies = [ytd, momYoy, contributions, disagree, revisions];
  const byKind = Object.fromEntries(tallies.map((t) => [t.kind, t.summary()])) as Record<CheckKind, KindSummary>;
  const bySize = (a: { gap: number }, b: { gap: number }): number => Math.abs(b.gap) - Math.abs(a.gap);
  return {
    releaseId: release?.id ?? null,
    asOf: query.asOf ?? null,
    inconsistencies: [ytd, momYoy, contributions, disagree].flatMap((t) => t.findings),
    revisions: [...revisions.findings].sort(bySize),
    summary: { byKind },
  };
}
