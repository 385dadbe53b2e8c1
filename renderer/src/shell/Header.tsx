// App name, the tabs, the as-of date, the language switch and a line about the store.
import { LANGS, type Lang } from '@shared/lang.js';
import { formatCount } from '@shared/format.js';
import { useBridgeQuery } from '../bridge/useBridgeQuery.js';
import { rovingKeyDown } from '../components/rovingFocus.js';
import { useLang, useStrings } from '../i18n/useLang.js';
import { useStore } from '../state/createStore.js';
import { chooseLanguage } from '../state/language.js';
import { openTab, TABS, tabStore } from '../state/navigation.js';
import { openScreen } from '../state/screens.js';
import { AsOfControl } from './AsOfControl.js';
import { SHELL_STRINGS } from './strings.js';

const LANG_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

export function Header() {
  const lang = useLang();
  const s = useStrings(SHELL_STRINGS);
  const tab = useStore(tabStore);
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
      <nav className="tabs" role="tablist" onKeyDown={rovingKeyDown('[role="tab"]', (i) => openTab(TABS[i]!))}>
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            className="tabs__tab"
            data-testid={`tab-${t}`}
            aria-selected={tab === t}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => openTab(t)}
          >
            {s.tabs[t]}
          </button>
        ))}
      </nav>
      <AsOfControl />
      <label className="lang">
        <span className="visually-hidden">{s.language}</span>
        <select data-testid="lang-switch" value={lang} onChange={(e) => chooseLanguage(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--small" data-testid="open-preferences" onClick={() => openScreen('preferences')}>
        {s.preferences}
      </button>
    </header>
  );
}
