// A finding worded in Vietnamese and English: what was compared and by how much it differs. The
// renderer may word the finding itself from its code; these are for the CLI, exports and logs.
import type { CheckedFigure, CheckKind, FindingSide } from '../../shared/contract/analysis.js';
import { periodLabel, parsePeriod } from '../../shared/period.js';

const number = (value: number, decimals: number): string => value.toFixed(Math.max(0, Math.min(decimals, 6)));
const signed = (value: number): string => (value > 0 ? `+${value}` : String(value));

const UNIT: Record<CheckedFigure['unit'], { vi: string; en: string }> = {
  pct: { vi: '%', en: '%' },
  pp: { vi: ' điểm %', en: ' pp' },
  index: { vi: '', en: '' },
  qty: { vi: '', en: '' },
};

export function figureLabel(figure: CheckedFigure, lang: 'vi' | 'en'): string {
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
  const a = (lang: 'vi' | 'en'): string => `${number(stated.value, stated.decimals)}${UNIT[figure.unit][lang]}`;
  const b = (lang: 'vi' | 'en'): string => `${number(against.value, against.decimals)}${UNIT[figure.unit][lang]}`;
  const g = signed(gap);
  const vi = figureLabel(figure, 'vi');
  const en = figureLabel(figure, 'en');
  switch (kind) {
    case 'ytd-vs-months':
      return {
        vi: `${vi}: số lũy kế công bố ${a('vi')}, tính lại từ các tháng ${b('vi')} (chênh ${g})`,
        en: `${en}: published year-to-date ${a('en')}, recomputed from its months ${b('en')} (gap ${g})`,
      };
    case 'mom-vs-yoy':
      return {
        vi: `${vi}: so với tháng trước công bố ${a('vi')}, suy từ các chỉ số so cùng kỳ ${b('vi')} (chênh ${g})`,
        en: `${en}: stated month-on-month ${a('en')}, implied by the year-on-year figures ${b('en')} (gap ${g})`,
      };
    case 'contributions-vs-total':
      return {
        vi: `${vi}: tăng trưởng toàn ngành ${a('vi')}, tổng đóng góp của các ngành cấp I ${b('vi')} (chênh ${g})`,
        en: `${en}: whole-industry growth ${a('en')}, sections' contributions add up to ${b('en')} (gap ${g})`,
      };
    case 'sources-disagree':
      return {
        vi: `${vi}: ${stated.sources[0]?.publisher ?? ''} công bố ${a('vi')}, ${against.sources[0]?.publisher ?? ''} công bố ${b('vi')} (chênh ${g})`,
        en: `${en}: ${stated.sources[0]?.publisher ?? ''} states ${a('en')}, ${against.sources[0]?.publisher ?? ''} states ${b('en')} (gap ${g})`,
      };
    case 'revision-vs-first-estimate':
      return {
        vi: `${vi}: ước tính ban đầu ${b('vi')}, điều chỉnh thành ${a('vi')} (${g})`,
        en: `${en}: first estimate ${b('en')}, revised to ${a('en')} (${g})`,
      };
    default:
      return { vi: code, en: code };
  }
}
