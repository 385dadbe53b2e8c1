// A finding worded in Vietnamese and English: what was compared and by how much it differs. The
// renderer may word the finding itself from its code; these are for the CLI, exports and logs.
import type { CheckedFigure, CheckKind, FindingSide } from '../../shared/contract/analysis.js';
import { formatNumber, formatValue } from '../../shared/format.js';
import { periodLabel, parsePeriod, type Lang } from '../../shared/period.js';

/** A gap in the figure's unit: percentage points for % changes and contributions, else the unit's own. */
function gapText(gap: number, unit: CheckedFigure['unit'], decimals: number, lang: Lang): string {
  const sign = gap > 0 ? '+' : '';
  const points = unit === 'pct' || unit === 'pp' ? (lang === 'vi' ? ' điểm %' : ' pp') : '';
  return `${sign}${formatNumber(gap, decimals, lang)}${points}`;
}

export function figureLabel(figure: CheckedFigure, lang: Lang): string {
  const period = parsePeriod(figure.period);
  const when = period ? periodLabel(period, lang) : figure.period;
  const geo = lang === 'vi' ? figure.geo.nameVi : figure.geo.nameEn;
  const item = lang === 'vi' ? figure.item.nameVi : figure.item.nameEn;
  return `${item}, ${geo}, ${when}`;
}

export function findingMessage(
  kind: CheckKind,
  code: string,
  figure: CheckedFigure,
  stated: FindingSide,
  against: FindingSide,
  gap: number,
): { vi: string; en: string } {
  const a = (lang: Lang): string => formatValue(stated.value, figure.unit, stated.decimals, lang);
  const b = (lang: Lang): string => formatValue(against.value, figure.unit, against.decimals, lang);
  const decimals = Math.max(stated.decimals, against.decimals);
  const g = (lang: Lang): string => gapText(gap, figure.unit, decimals, lang);
  const vi = figureLabel(figure, 'vi');
  const en = figureLabel(figure, 'en');
  switch (kind) {
    case 'ytd-vs-months':
      return {
        vi: `${vi}: số lũy kế công bố ${a('vi')}, tính lại từ các tháng ${b('vi')} (chênh ${g('vi')})`,
        en: `${en}: published year-to-date ${a('en')}, recomputed from its months ${b('en')} (gap ${g('en')})`,
      };
    case 'mom-vs-yoy':
      return {
        vi: `${vi}: so với tháng trước công bố ${a('vi')}, suy từ các chỉ số so cùng kỳ ${b('vi')} (chênh ${g('vi')})`,
        en: `${en}: stated month-on-month ${a('en')}, implied by the year-on-year figures ${b('en')} (gap ${g('en')})`,
      };
    case 'contributions-vs-total':
      return {
        vi: `${vi}: tăng trưởng toàn ngành ${a('vi')}, tổng đóng góp của các ngành cấp I ${b('vi')} (chênh ${g('vi')})`,
        en: `${en}: whole-industry growth ${a('en')}, sections' contributions add up to ${b('en')} (gap ${g('en')})`,
      };
    case 'sources-disagree':
      return {
        vi: `${vi}: ${stated.sources[0]?.publisher ?? ''} công bố ${a('vi')}, ${against.sources[0]?.publisher ?? ''} công bố ${b('vi')} (chênh ${g('vi')})`,
        en: `${en}: ${stated.sources[0]?.publisher ?? ''} states ${a('en')}, ${against.sources[0]?.publisher ?? ''} states ${b('en')} (gap ${g('en')})`,
      };
    case 'revision-vs-first-estimate':
      return {
        vi: `${vi}: ước tính ban đầu ${b('vi')}, điều chỉnh thành ${a('vi')} (${g('vi')})`,
        en: `${en}: first estimate ${b('en')}, revised to ${a('en')} (${g('en')})`,
      };
    default:
      return { vi: code, en: code };
  }
}
