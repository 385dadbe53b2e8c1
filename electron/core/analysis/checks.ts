// Consistency checks over the whole store or one release: one geography at a time (every check
// compares figures of one geography), read each figure once, run each check, and gather the
// findings and what could be checked (see docs/analysis.md, "Consistency checks"). Memory is bounded
// by the largest geography's figures and the findings, not by the store.
import { CHECK_KINDS, type ChecksReport, type CheckKind, type Finding, type KindSummary } from '../../shared/contract/analysis.js';
import type { Db } from '../db/connection.js';
import { NotFoundError } from '../errors.js';
import { releaseById, type ReleaseRow } from '../releases/repository.js';
import { checkContributions } from './contributions.js';
import { currentOf, FigureIndex, keyOf, type Statement } from './figure-index.js';
import type { Tally } from './findings.js';
import { emptySummary, mergeSummaries } from './kind-summary.js';
import { checkMomAgainstYoy } from './mom-yoy.js';
import { geosToCheck, namedGeos, namedItems, storedFiguresOfGeo } from './repository.js';
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

/** A finding with its place in the order of figures (Tally.positions). */
interface Placed {
  finding: Finding;
  position: number;
}

/** The geographies a run checks (in order) and the check of one of them, a geography at a time (checks-run.ts steps through them). */
export interface GeographyChecks {
  geoCodes: string[];
  /** One geography's tallies, in CHECK_KINDS order; its figures are let go once they are returned. */
  check: (geoCode: string) => Tally[];
}

export function geographyChecks(db: Db, release: ReleaseRow | null, asOf: string | null): GeographyChecks {
  const geos = namedGeos(db);
  const items = namedItems(db);
  return {
    geoCodes: geosToCheck(db, release?.id ?? null),
    check: (geoCode) => checkGeography(new FigureIndex(storedFiguresOfGeo(db, geoCode, asOf), geos, items), release),
  };
}

/** Every geography's tallies in turn, in CHECK_KINDS order per geography; each geography's index is let go before the next is read. */
export function* geographyTallies(db: Db, release: ReleaseRow | null, asOf: string | null): Generator<Tally> {
  const { geoCodes, check } = geographyChecks(db, release, asOf);
  for (const geoCode of geoCodes) yield* check(geoCode);
}

export function runChecks(db: Db, query: ChecksQuery = {}): ChecksReport {
  const release = releaseToCheck(db, query);
  const found = new Map<CheckKind, Placed[]>(CHECK_KINDS.map((kind) => [kind, []]));
  const byKind = Object.fromEntries(CHECK_KINDS.map((kind) => [kind, emptySummary()])) as Record<CheckKind, KindSummary>;
  for (const tally of geographyTallies(db, release, query.asOf ?? null)) {
    byKind[tally.kind] = mergeSummaries(byKind[tally.kind], tally.summary());
    const placed = found.get(tally.kind)!;
    tally.findings.forEach((finding, i) => placed.push({ finding, position: tally.positions[i]! }));
  }
  // In the order of the figures, as one run over the whole store would give them (the sort is stable).
  const inOrder = (kind: CheckKind): Placed[] => found.get(kind)!.sort((a, b) => a.position - b.position);
  const bySize = (a: Placed, b: Placed): number => Math.abs(b.finding.gap) - Math.abs(a.finding.gap);
  return {
    releaseId: release?.id ?? null,
    asOf: query.asOf ?? null,
    inconsistencies: CHECK_KINDS.filter((kind) => kind !== 'revision-vs-first-estimate').flatMap((kind) => inOrder(kind).map((p) => p.finding)),
    revisions: inOrder('revision-vs-first-estimate')
      .sort(bySize)
      .map((p) => p.finding),
    summary: { byKind },
  };
}

/** Every check over one geography's figures (`index`); the tallies in CHECK_KINDS order (exported for the bench: scripts/bench/checks.js). */
export function checkGeography(index: FigureIndex, release: ReleaseRow | null): Tally[] {
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
  return [ytd, momYoy, contributions, disagree, revisions];
}
