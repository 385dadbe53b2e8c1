// How each catalog entry is labelled (the groups come in reading order from main). Pure.
import type { CatalogGroup, SeriesSummary } from '@shared/contract/catalog.js';
import { geoName, seriesName } from '@shared/format.js';
import type { Measure } from '@shared/domain.js';
import type { Lang } from '@shared/lang.js';
import { VOCABULARY } from '@shared/vocabulary.js';

export interface CatalogEntry {
  series: SeriesSummary;
  /** Name in the UI language, diacritics kept. */
  name: string;
  /** The Vietnamese name under an English one (localities, English mode only). */
  subName: string | null;
  /** Section letter or division number shown before the name; null for others. */
  code: string | null;
  /** Set when the series measures something other than its group's usual (e.g. contribution). */
  measure: string | null;
}

/** IIP for industries and localities, physical output for products. */
const usualMeasure = (group: CatalogGroup['key']): Measure => (group === 'product' ? 'output' : 'iip');

export function catalogEntry(series: SeriesSummary, group: CatalogGroup['key'], lang: Lang): CatalogEntry {
  const name = seriesName(series, lang);
  const viName = group === 'locality' ? geoName(series.geo, 'vi') : null;
  return {
    series,
    name,
    subName: lang === 'en' && viName && viName !== name ? viName : null,
    code: group === 'section' || group === 'division' ? series.item.code : null,
    measure: series.measure === usualMeasure(group) ? null : VOCABULARY[lang].measures[series.measure],
  };
}
