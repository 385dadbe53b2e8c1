// App name, the tabs, the language switch and a line about the store.
import { formatCount } from '@shared/format.js';
import { LANGS, STRINGS, type Lang } from '../../i18n.js';
import { useBridgeQuery } from '../../useBridgeQuery.js';

export type Tab = 'explore' | 'latest' | 'releases' | 'import';
export const TABS: readonly Tab[] = ['explore', 'latest', 'releases', 'import'];

const LANG_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

interface Props {
  tab: Tab;
  onTab: (tab: Tab) => void;
  lang: Lang;
  onLang: (lang: Lang) => void;
}

export function Header({ tab, onTab, lang, onLang }: Props) {
  const s = STRINGS[lang];
  const info = useBridgeQuery('app:info', {}).data;
  return (
    <header className="app-header">
      <div className="brand">
        <h1 className="brand__name">{s.appName}</h1>
        {info && (
          <p className="brand__store" data-testid="store-info" title={info.storePath}>
            {s.store(formatCount(info.figureCount, lang), formatCount(info.releaseCount, lang))}
          </p>
        )}
      </div>
      <nav className="tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t} type="button" role="tab" className="tabs__tab" data-testid={`tab-${t}`} aria-selected={tab === t} onClick={() => onTab(t)}>
            {s.tabs[t]}
          </button>
        ))}
      </nav>
      <label className="lang">
        <span className="visually-hidden">{s.language}</span>
        <select data-testid="lang-switch" value={lang} onChange={(e) => onLang(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
