// The preview's figures as table rows, and the line counting them. Pure: no DOM, no React.
import { COUNTRY_CODE, TOTAL_ITEM, type Basis, type Unit } from '@shared/domain.js';
import type { FilePreview, NamedRef, PreviewFigure } from '@shared/contract/import.js';
import { formatCount, formatPeriod, formatValue } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import { figureTitle, VOCABULARY } from '@shared/vocabulary.js';
import { IMPORT_STRINGS } from './strings.js';

export type ChangeKind = PreviewFigure['change'];
export const CHANGE_KINDS: readonly ChangeKind[] = ['new', 'revised', 'history', 'unchanged'];
export type ChangeFilter = 'all' | ChangeKind;

/** A change stated as an index (same period last year = 100) is shown as a % change, as Explore shows it. */
export function shownUnit(basis: Basis, unit: Unit): Unit {
  return (basis === 'yoy' || basis === 'mom') && unit === 'index' ? 'pct' : unit;
}

export function shownValue(f: Pick<PreviewFigure, 'basis' | 'unit' | 'value' | 'decimals'>): number {
  if (shownUnit(f.basis, f.unit) === f.unit) return f.value;
  const scale = 10 ** f.decimals;
  return Math.round((f.value - 100) * scale) / scale;
}

/** Places keep their Vietnamese spelling in English too; only the whole country is translated. */
const geoLabel = (geo: NamedRef, lang: Lang): string => (geo.code === COUNTRY_CODE && lang === 'en' ? geo.nameEn || geo.name : geo.name);
const itemLabel = (item: NamedRef, lang: Lang): string => (lang === 'vi' ? item.name : item.nameEn || item.name);

/** The industry for the whole country, the locality for its whole industry, else both. */
export function figureName(f: Pick<PreviewFigure, 'geo' | 'item'>, lang: Lang): string {
  if (f.geo.code === COUNTRY_CODE) return itemLabel(f.item, lang);
  if (f.item.code === TOTAL_ITEM) return geoLabel(f.geo, lang);
  return `${itemLabel(f.item, lang)} — ${geoLabel(f.geo, lang)}`;
}

export interface PreviewRow {
  key: string;
  change: ChangeKind;
  geo: string;
  item: string;
  period: string;
  name: string;
  periodLabel: string;
  what: string;
  value: string;
  /** The value the store shows now, for a revision. */
  oldValue: string | null;
  /** For a figure kept as history: the value that stays shown (from a newer release). */
  shownValue: string | null;
  /** The value as the file states it, where that differs from what is shown (an index). */
  stated: string | null;
  status: string;
  statusCode: PreviewFigure['status'];
  location: string | null;
}

export function previewRow(f: PreviewFigure, lang: Lang, index = 0): PreviewRow {
  const v = VOCABULARY[lang];
  const unit = shownUnit(f.basis, f.unit);
  const quantityUnit = f.quantityUnit ?? null;
  const value = formatValue(shownValue(f), unit, f.decimals, lang, quantityUnit);
  return {
    key: `${index}|${f.geo.code}|${f.item.code}|${f.measure}|${f.period}|${f.basis}|${f.unit}|${f.baseYear ?? ''}`,
    change: f.change,
    geo: f.geo.code,
    item: f.item.code,
    period: f.period,
    name: figureName(f, lang),
    periodLabel: formatPeriod(f.period, lang),
    what: figureTitle(lang, f.measure, f.basis, unit, quantityUnit),
    value,
    oldValue: f.change === 'revised' ? formatValue(f.oldValue, unit, f.oldDecimals, lang, quantityUnit) : null,
    shownValue: f.change === 'history' ? formatValue(f.shownValue, unit, f.shownDecimals, lang, quantityUnit) : null,
    stated: unit === f.unit ? null : `${formatValue(f.value, f.unit, f.decimals, lang)} (${v.units[f.unit]})`,
    status: v.status[f.status],
    statusCode: f.status,
    location: f.location ?? null,
  };
}

export function previewRows(figures: PreviewFigure[], lang: Lang, filter: ChangeFilter = 'all'): PreviewRow[] {
  const rows: PreviewRow[] = [];
  figures.forEach((f, i) => {
    if (filter === 'all' || f.change === filter) rows.push(previewRow(f, lang, i));
  });
  return rows;
}

/** "12 new · 3 revised · 40 unchanged", plus those kept as history and those left out when some are. */
export function countsText(counts: FilePreview['counts'], lang: Lang): string {
  const t = IMPORT_STRINGS[lang];
  const n = (x: number): string => formatCount(x, lang);
  let line = t.counts(n(counts.new), n(counts.revised), n(counts.unchanged));
  if (counts.history > 0) line += ` · ${t.history(n(counts.history))}`;
  return counts.skipped > 0 ? `${line} · ${t.skipped(n(counts.skipped))}` : line;
}

/** The preview's headline: how many figures the commit will change in what the user sees (new + revised). */
export function headlineText(counts: Pick<FilePreview['counts'], 'shown'>, lang: Lang): string {
  return IMPORT_STRINGS[lang].headline(formatCount(counts.shown, lang), counts.shown === 1);
}

/** Counts over every file of a preview. */
export function totalCounts(files: Pick<FilePreview, 'counts'>[]): FilePreview['counts'] {
  const total = { new: 0, revised: 0, unchanged: 0, history: 0, shown: 0, skipped: 0 };
  for (const f of files) {
    total.new += f.counts.new;
    total.revised += f.counts.revised;
    total.unchanged += f.counts.unchanged;
    total.history += f.counts.history;
    total.shown += f.counts.shown;
    total.skipped += f.counts.skipped;
  }
  return total;
}
