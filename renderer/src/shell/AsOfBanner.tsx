// Under the header while an as-of date is set: what the views show, and a way back to today.
import { formatLongDate } from '@shared/format.js';
import { useLang, useStrings } from '../i18n/useLang.js';
import { useAsOf } from '../state/asOf.js';
import { AS_OF_STRINGS } from './asOfStrings.js';
import { chooseAsOf } from './chooseAsOf.js';
import './as-of.css';

export function AsOfBanner() {
  const lang = useLang();
  const s = useStrings(AS_OF_STRINGS);
  const asOf = useAsOf();
  if (asOf === null) return null;
  return (
    <div className="as-of-banner" role="status" data-testid="as-of-banner" data-as-of={asOf}>
      <p data-testid="as-of-banner-text">{s.banner(formatLongDate(asOf, lang))}</p>
      <button type="button" className="button button--small" data-testid="as-of-today" onClick={() => void chooseAsOf(null)}>
        {s.backToToday}
      </button>
    </div>
  );
}
