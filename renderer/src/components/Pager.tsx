// Previous and next over a list shown a page at a time (the notes, the small multiples), saying
// which items of how many are on screen. Nothing when everything fits on one page.
import { formatCount } from '@shared/format.js';
import { useLang, useStrings } from '../i18n/useLang.js';
import { PAGER_STRINGS } from './pagerStrings.js';
import './Pager.css';

interface Props {
  /** The page shown, from 0. */
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  testId: string;
}

/** The last page of `total` items (0 for none). */
export const lastPage = (total: number, pageSize: number): number => Math.max(0, Math.ceil(total / pageSize) - 1);

export function Pager({ page, pageSize, total, onPage, testId }: Props) {
  const lang = useLang();
  const s = useStrings(PAGER_STRINGS);
  if (total <= pageSize) return null;
  const last = lastPage(total, pageSize);
  const first = page * pageSize + 1;
  const end = Math.min(total, (page + 1) * pageSize);
  return (
    <nav className="pager" aria-label={s.label} data-testid={testId} data-page={page} data-total={total}>
      <button type="button" className="button button--small" data-testid={`${testId}-previous`} disabled={page === 0} onClick={() => onPage(page - 1)}>
        {s.previous}
      </button>
      <span className="pager__range" data-testid={`${testId}-range`}>
        {s.range(formatCount(first, lang), formatCount(end, lang), formatCount(total, lang))}
      </span>
      <button type="button" className="button button--small" data-testid={`${testId}-next`} disabled={page >= last} onClick={() => onPage(page + 1)}>
        {s.next}
      </button>
    </nav>
  );
}
