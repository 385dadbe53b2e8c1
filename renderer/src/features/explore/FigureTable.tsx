// The figures behind the chart, with where each came from and any caution about it.
import type { FigureValue } from '@shared/contract/figures.js';
import { figureRows } from '@shared/figure-rows.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { EXPLORE_STRINGS } from './strings.js';

export function FigureTable({ figures, caption, onPick }: { figures: FigureValue[]; caption: string; onPick?: (figure: FigureValue) => void }) {
  const lang = useLang();
  const t = useStrings(EXPLORE_STRINGS).table;
  const rows = figureRows(figures, lang);
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="figure-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.period}</th>
            <th scope="col" className="num">
              {t.value}
            </th>
            <th scope="col">{t.unit}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.source}</th>
            <th scope="col">{t.flags}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.period}
              data-testid="figure-row"
              data-period={row.period}
              className={onPick ? 'is-pickable' : undefined}
              tabIndex={onPick ? 0 : undefined}
              onClick={onPick ? () => onPick(figures.find((f) => f.period === row.period)!) : undefined}
              onKeyDown={onPick ? (e) => e.key === 'Enter' && onPick(figures.find((f) => f.period === row.period)!) : undefined}
            >
              <th scope="row">{row.periodLabel}</th>
              <td className="num">{row.value}</td>
              <td>{row.unit}</td>
              <td>
                <span className={`status status--${row.statusCode}`}>{row.status}</span>
              </td>
              <td title={row.sourceDetail ?? undefined} className={row.sourceDetail ? 'has-detail' : undefined}>
                <span className="source__name">{row.source}</span>
                {row.sourceDate && <span className="source__date">{row.sourceDate}</span>}
              </td>
              <td>
                {row.notes.map((note, i) => (
                  <span key={i} className={`note note--${note.kind}`} title={note.detail ?? undefined}>
                    {note.text}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
