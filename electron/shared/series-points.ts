// A lean point of figures:series (its releases by id, its series said once) as the FigureValue every
// other answer carries, for the views, exports and panels that show a figure with its provenance.
// Loads no schema library: the core's one-figure read (`iip get`) builds its figures through here too.
import type { CitedRelease, FigureValue, SeriesFigures, SeriesPoint, SourceRef } from './contract/figures.js';

/** What a series answer says once for all its points. */
export type PointOwner = Pick<FigureValue, 'seriesId' | 'geo' | 'item' | 'measure' | 'basis'>;

/** The point as a FigureValue, its releases looked up in `releases` (keys in FigureValue's order). */
export function figureOfPoint(point: SeriesPoint, owner: PointOwner, releases: ReadonlyMap<number, CitedRelease>): FigureValue {
  const release = (id: number): CitedRelease => {
    const found = releases.get(id);
    if (!found) throw new Error(`release ${id} is cited by ${owner.geo}/${owner.item} ${point.period} but not listed`);
    return found;
  };
  return {
    seriesId: owner.seriesId,
    geo: owner.geo,
    item: owner.item,
    measure: owner.measure,
    period: point.period,
    periodKind: point.periodKind,
    periodStart: point.periodStart,
    periodEnd: point.periodEnd,
    basis: owner.basis,
    unit: point.unit,
    value: point.value,
    decimals: point.decimals,
    status: point.status,
    derived: point.derived,
    statedPeriod: point.statedPeriod,
    flags: point.flags,
    note: point.note,
    quantityUnit: point.quantityUnit,
    sources: point.sources.map((s): SourceRef => {
      const r = release(s.releaseId);
      return {
        releaseId: s.releaseId,
        releaseName: r.name,
        publisher: r.publisher,
        publishedOn: r.publishedOn,
        publishedOnNote: r.publishedOnNote,
        status: s.status,
        sourceFile: r.sourceFile,
        quote: s.quote,
        location: s.location,
        value: s.value,
        decimals: s.decimals,
        unit: s.unit,
        statedPeriod: s.statedPeriod,
        flags: s.flags,
        note: s.note,
      };
    }),
    revisions: point.revisions.map((v) => {
      const r = release(v.releaseId);
      return { value: v.value, decimals: v.decimals, publishedOn: r.publishedOn, releaseName: r.name };
    }),
  };
}

/** Every point of a figures:series answer as a FigureValue, in the answer's order. */
export function figuresOfSeries(answer: SeriesFigures): FigureValue[] {
  const releases = new Map(answer.releases.map((r) => [r.id, r]));
  const owner: PointOwner = {
    seriesId: answer.series.id,
    geo: answer.series.geo.code,
    item: answer.series.item.code,
    measure: answer.series.measure,
    basis: answer.basis,
  };
  return answer.points.map((point) => figureOfPoint(point, owner, releases));
}
