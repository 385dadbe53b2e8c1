// One series' findings on one basis, for the marks on its chart: the inconsistencies of a checks
// report about that series, in the report's order. Revisions are left out (information, not failures).
import type { ChecksReport, Finding } from '../../shared/contract/analysis.js';
import type { Basis } from '../../shared/domain.js';

export function seriesFindings(report: Pick<ChecksReport, 'inconsistencies'>, seriesId: number, basis: Basis): Finding[] {
  return report.inconsistencies.filter((f) => f.figure.seriesId === seriesId && f.figure.basis === basis);
}
