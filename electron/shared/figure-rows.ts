// A figure in words: the figure table's rows (newest period first, every cell already
// formatted) and the lines a tooltip shows under a value. Pure.
import type { FigureValue } from './contract/figures.js';
import type { Status } from './domain.js';
import { formatDate, formatFigure, formatPeriod, formatValue } from './format.js';
import type { Lang } from './lang.js';
import { parsePeriod, comparePeriods } from './period.js';
import { VOCABULARY } from './vocabulary.js';

export interface FigureNote {
  kind: 'mislabelled' | 'sources' | 'revision' | 'derived' | 'flag' | 'note';
  text: string;
  /** Longer explanation for the hover title. */
  detail: string | null;
}

export interface FigureRow {
  period: string;
  periodLabel: string;
  value: string;
  unit: string;
  status: string;
  statusCode: Status;
  source: string;
  sourceDate: string;
  /** The quoted sentence or sheet cell the figure was read from. */
  sourceDetail: string | null;
  notes: FigureNote[];
}

function unitLabel(f: FigureValue, lang: Lang): string {
  return f.unit === 'qty' ? (f.quantityUnit ?? VOCABULARY[lang].units.qty) : VOCABULARY[lang].units[f.unit];
}

function notesFor(f: FigureValue, lang: Lang): FigureNote[] {
  const t = VOCABULARY[lang].figureNotes;
  const notes: FigureNote[] = [];
  let noteShown = false;
  if (f.flags.includes('period-mislabelled')) {
    const stated = f.statedPeriod ? t.statedAs(formatPeriod(f.statedPeriod, lang)) : null;
    notes.push({ kind: 'mislabelled', text: `⚠ ${f.note ?? t.mislabelled}`, detail: [t.mislabelled, stated, f.note].filter(Boolean).join(' — ') });
    noteShown = true;
  }
  for (const flag of f.flags) if (flag !== 'period-mislabelled') notes.push({ kind: 'flag', text: flag, detail: null });
  if (f.note && !noteShown) notes.push({ kind: 'note', text: f.note, detail: null });
  if (f.sources.length > 1) {
    const list = f.sources.map(
      (s) => `${s.releaseName} (${formatDate(s.publishedOn, lang)}): ${formatValue(s.value, s.unit, s.decimals, lang, f.quantityUnit)}`,
    );
    notes.push({ kind: 'sources', text: t.sources(f.sources.length), detail: list.join('\n') });
  }
  for (const r of f.revisions) {
    notes.push({
      kind: 'revision',
      text: t.revisedFrom(formatValue(r.value, f.unit, r.decimals, lang, f.quantityUnit)),
      detail: `${r.releaseName} (${formatDate(r.publishedOn, lang)})`,
    });
  }
  if (f.derived) notes.push({ kind: 'derived', text: t.derived, detail: null });
  return notes;
}

export function figureRows(figures: FigureValue[], lang: Lang): FigureRow[] {
  const v = VOCABULARY[lang];
  const keyed = figures.map((f) => ({ f, p: parsePeriod(f.period) }));
  keyed.sort((a, b) => (a.p && b.p ? comparePeriods(b.p, a.p) : b.f.period.localeCompare(a.f.period)));
  return keyed.map(({ f }) => {
    const source = f.sources[0];
    return {
      period: f.period,
      periodLabel: formatPeriod(f.period, lang),
      value: formatFigure(f, lang),
      unit: unitLabel(f, lang),
      status: v.status[f.status],
      statusCode: f.status,
      source: source?.releaseName ?? '',
      sourceDate: source ? formatDate(source.publishedOn, lang) : '',
      sourceDetail: source ? [source.quote, source.location].filter(Boolean).join(' — ') || null : null,
      notes: notesFor(f, lang),
    };
  });
}

/** Tooltip lines under the value: status, source release, and any caution. */
export function figureDetailLines(f: FigureValue, lang: Lang): string[] {
  const v = VOCABULARY[lang];
  const lines = [`${v.tooltip.status}: ${v.status[f.status]}`];
  const source = f.sources[0];
  if (source) lines.push(`${v.tooltip.source}: ${source.releaseName}`);
  if (f.sources.length > 1) lines.push(v.figureNotes.sources(f.sources.length));
  if (f.flags.includes('period-mislabelled')) lines.push(`⚠ ${f.note ?? v.figureNotes.mislabelled}`);
  return lines;
}
