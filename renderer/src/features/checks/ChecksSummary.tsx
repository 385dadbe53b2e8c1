// How much each kind of check could do: figures checked, found beyond rounding, and those that could
// not be checked, with the reasons counted.
import { CHECK_KINDS, NOT_CHECKABLE_REASONS, type ChecksReport } from '@shared/contract/analysis.js';
import { formatCount } from '@shared/format.js';
import { TableHead } from '../../components/TableHead.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { CHECKS_STRINGS } from './strings.js';

export function ChecksSummary({ summary }: { summary: ChecksReport['summary'] }) {
  const lang = useLang();
  const s = useStrings(CHECKS_STRINGS);
  return (
    <section className="checks__summary" aria-label={s.summary}>
      <div className="table-wrap">
        <table className="data-table" data-testid="checks-summary">
          <TableHead
            columns={[
              { label: s.kind },
              { label: s.checked, numeric: true },
              { label: s.found, numeric: true },
              { label: s.notCheckable, numeric: true },
              { label: s.why },
            ]}
          />
          <tbody>
            {CHECK_KINDS.map((kind) => {
              const k = summary.byKind[kind];
              const reasons = NOT_CHECKABLE_REASONS.filter((r) => (k.notCheckableBy[r] ?? 0) > 0).map(
                (r) => `${s.reasons[r]}: ${formatCount(k.notCheckableBy[r]!, lang)}`,
              );
              const revision = kind === 'revision-vs-first-estimate';
              return (
                <tr key={kind} data-testid="checks-summary-row" data-kind={kind} data-found={k.found}>
                  <th scope="row">{s.kinds[kind]}</th>
                  <td className="num">{formatCount(k.checked, lang)}</td>
                  <td className={`num${k.found > 0 && !revision ? ' checks__found' : ''}`} title={revision ? s.foundRevisions : undefined}>
                    {formatCount(k.found, lang)}
                  </td>
                  <td className="num">{formatCount(k.notCheckable, lang)}</td>
                  <td className="checks__reasons">{reasons.join(' · ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
