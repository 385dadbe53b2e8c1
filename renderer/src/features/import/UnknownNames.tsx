// Names in the files that match nothing in the reference lists: pick a suggestion or leave the
// figures out. Each choice previews again.
import type { Suggestion } from '@shared/contract/import.js';
import type { Lang } from '@shared/lang.js';
import { sayLocation } from '@shared/messages/place.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { nameKey, type NameChoice, type NameDecision } from './choices.js';
import { IMPORT_STRINGS } from './strings.js';

const LEAVE_OUT = 'leave-out';
const CODE_PREFIX = 'code:';

const decisionValue = (d: NameDecision): string => (d === null ? '' : d === 'leave-out' ? LEAVE_OUT : `${CODE_PREFIX}${d.code}`);
function decisionOf(value: string): NameDecision {
  if (value === LEAVE_OUT) return 'leave-out';
  if (value.startsWith(CODE_PREFIX)) return { code: value.slice(CODE_PREFIX.length) };
  return null;
}

/** Localities keep their Vietnamese spelling; industries and products follow the UI language. */
function suggestionName(n: NameChoice, sug: Suggestion, lang: Lang): string {
  const name = n.kind === 'geo' || lang === 'vi' ? sug.nameVi : sug.nameEn || sug.nameVi;
  return `${name} (${sug.code})`;
}

interface Props {
  names: NameChoice[];
  onDecide: (key: string, decision: NameDecision) => void;
  disabled: boolean;
}

export function UnknownNames({ names, onDecide, disabled }: Props) {
  const lang = useLang();
  const u = useStrings(IMPORT_STRINGS).unknown;
  return (
    <section className="notice notice--warn unknown-names" data-testid="import-unknown">
      <h3 className="notice__title">{u.title}</h3>
      <p className="muted">{u.help}</p>
      <ul className="unknown-names__list">
        {names.map((n) => {
          const key = nameKey(n);
          const id = `unknown-${key.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
          return (
            <li
              key={key}
              className="unknown-names__row"
              data-testid="import-unknown-name"
              data-kind={n.kind}
              data-label={n.label}
              data-decided={n.decision !== null}
            >
              <label htmlFor={id} className="unknown-names__label">
                <span className="field__label">{u.kinds[n.kind]}</span>
                <span className="unknown-names__text" lang="vi">
                  “{n.label}”
                </span>
                {n.places.length > 0 && <span className="unknown-names__places">{u.places(n.places.map((p) => sayLocation(p, lang)).join(', '))}</span>}
              </label>
              <select
                id={id}
                data-testid="import-unknown-choice"
                value={decisionValue(n.decision)}
                disabled={disabled}
                onChange={(e) => onDecide(key, decisionOf(e.target.value))}
              >
                <option value="" disabled>
                  {n.suggestions.length > 0 ? u.choose : `${u.choose} (${u.noSuggestion})`}
                </option>
                {n.suggestions.map((sug) => (
                  <option key={sug.code} value={`${CODE_PREFIX}${sug.code}`}>
                    {suggestionName(n, sug, lang)}
                  </option>
                ))}
                <option value={LEAVE_OUT}>{u.leaveOut}</option>
              </select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
