// Under a chart: how many of its points the consistency checks found at odds with other figures
// (marked on the chart), linking to Checks narrowed to the series; on a transformed line, that the
// marks are left out. The findings come from analysis:series-findings (the kept whole-store checks).
import type { SeriesSummary } from '@shared/contract/catalog.js';
import type { FigureValue } from '@shared/contract/figures.js';
import type { Basis, Unit } from '@shared/domain.js';
import { formatCount, seriesName } from '@shared/format.js';
import { useMemo } from 'react';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { showSeriesChecks } from './checksFilter.js';
import { findingMarks, type CheckMark } from './findingMarks.js';
import { CHECKS_STRINGS } from './strings.js';
import './checks.css';

/**
 * The marks on a series' line drawn from these stored figures of one basis, and how many points with
 * findings are not marked because the line drawn is transformed (`asPublished` false).
 */
export function useCheckMarks(seriesId: number, basis: Basis | null, figures: FigureValue[], asPublished: boolean): { marks: CheckMark[]; hidden: number } {
  const answer = useBridgeQuery('analysis:series-findings', basis ? { seriesId, basis } : null).data;
  return useMemo(() => {
    if (!basis || !answer) return { marks: [], hidden: 0 };
    const line = { seriesId, basis, points: figures };
    const marks = findingMarks(answer.findings, line, asPublished);
    return { marks, hidden: asPublished ? 0 : findingMarks(answer.findings, line, true).length };
  }, [answer, seriesId, basis, figures, asPublished]);
}

interface Props {
  marks: CheckMark[];
  /** Points with findings not marked because the line is transformed. */
  hidden: number;
  series: SeriesSummary;
  basis: Basis;
  unit: Unit;
}

export function CheckMarksNote({ marks, hidden, series, basis, unit }: Props) {
  const lang = useLang();
  const s = useStrings(CHECKS_STRINGS);
  if (marks.length === 0 && hidden === 0) return null;
  const count = marks.length || hidden;
  return (
    <p className="check-marks-note" data-testid="check-marks-note" data-marked={marks.length} data-hidden={hidden}>
      <span className="check-marks-note__sign" aria-hidden="true">
        ▼
      </span>{' '}
      <button
        type="button"
        className="button button--link"
        data-testid="check-marks-link"
        onClick={() => showSeriesChecks({ seriesId: series.id, basis, unit, name: { vi: seriesName(series, 'vi'), en: seriesName(series, 'en') } })}
      >
        {marks.length > 0 ? s.marksNote(count, formatCount(count, lang)) : s.marksHidden(count, formatCount(count, lang))}
      </button>
    </p>
  );
}
