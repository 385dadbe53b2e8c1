// The Preferences screen, over the tabs: each preference edited, all saved to the store at once.
// What the store refuses is said here (naming the preference) and nothing is changed; Escape or
// Close leaves without saving (a modal dialog: the window behind is inert). The shell shows it while
// state/screens.ts says it is open.
import { useEffect, useState } from 'react';
import { EXPORT_FILE_FORMATS } from '@shared/contract/export.js';
import { LANGUAGE_CHOICES, NUMBER_FORMATS, PICTURE_SCALES, SLIDE_ASPECTS, type Preferences } from '@shared/contract/preferences.js';
import { ModalDialog } from '../../components/ModalDialog.js';
import { SelectField } from '../../components/SelectField.js';
import { useStrings } from '../../i18n/useLang.js';
import { showLanguage } from '../../state/language.js';
import { loadPreferences, savePreferences } from '../../state/preferences.js';
import { closeScreen } from '../../state/screens.js';
import { changedPreferences, draftOf, type PreferencesDraft } from './draft.js';
import { PREFERENCES_STRINGS } from './strings.js';
import './preferences.css';

export function PreferencesScreen() {
  const s = useStrings(PREFERENCES_STRINGS);
  const [saved, setSaved] = useState<Preferences | null>(null);
  const [draft, setDraft] = useState<PreferencesDraft | null>(null);
  const [status, setStatus] = useState<{ error: string } | 'saved' | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // as the store has them now (the language switch may have changed one since the start)
    loadPreferences().then(
      (preferences) => {
        setSaved(preferences);
        setDraft(draftOf(preferences));
      },
      (error: unknown) => setStatus({ error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  const edit = (changes: Partial<PreferencesDraft>) => {
    setDraft((d) => (d ? { ...d, ...changes } : d));
    setStatus(null);
  };

  const save = async () => {
    if (!saved || !draft) return;
    const changes = changedPreferences(saved, draft);
    setBusy(true);
    try {
      const now = await savePreferences(changes);
      if (changes.language !== undefined) showLanguage(changes.language);
      setSaved(now);
      setDraft(draftOf(now));
      setStatus('saved');
    } catch (error) {
      setStatus({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={s.title} testId="preferences" closeLabel={s.close} onClose={closeScreen}>
      <p className="muted">{s.intro}</p>
      {draft && (
        <form
          className="preferences__form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label className="field field--wide">
            <span className="field__label">{s.author}</span>
            <input data-testid="pref-author" value={draft.authorName} maxLength={120} onChange={(e) => edit({ authorName: e.target.value })} />
            <span className="muted">{s.authorHint}</span>
          </label>
          <SelectField
            label={s.language}
            testId="pref-language"
            value={draft.language}
            options={LANGUAGE_CHOICES.map((l) => ({ value: l, label: s.languages[l] }))}
            onChange={(language) => edit({ language })}
          />
          <SelectField
            label={s.numberFormat}
            testId="pref-number-format"
            value={draft.numberFormat}
            options={NUMBER_FORMATS.map((f) => ({ value: f, label: s.numberFormats[f] }))}
            onChange={(numberFormat) => edit({ numberFormat })}
          />
          <SelectField
            label={s.exportFormat}
            testId="pref-export-format"
            value={draft.exportFormat}
            options={EXPORT_FILE_FORMATS.map((f) => ({ value: f, label: s.exportFormats[f] }))}
            onChange={(exportFormat) => edit({ exportFormat })}
          />
          <SelectField
            label={s.aspect}
            testId="pref-export-aspect"
            value={draft.aspect}
            options={SLIDE_ASPECTS.map((a) => ({ value: a, label: s.aspects[a] }))}
            onChange={(aspect) => edit({ aspect })}
          />
          <SelectField
            label={s.scale}
            testId="pref-export-scale"
            value={draft.scale}
            options={PICTURE_SCALES.map((n) => ({ value: String(n), label: s.scales(n) }))}
            onChange={(scale) => edit({ scale })}
          />
          <label className="field">
            <span className="field__label">{s.backupsKept}</span>
            <input data-testid="pref-backups-kept" inputMode="numeric" value={draft.backupsKept} onChange={(e) => edit({ backupsKept: e.target.value })} />
            <span className="muted">{s.backupsHint}</span>
          </label>
          <div className="actions">
            <button type="submit" className="button button--primary" data-testid="pref-save" disabled={busy}>
              {s.save}
            </button>
            {status === 'saved' && (
              <span role="status" className="muted" data-testid="pref-saved">
                {s.saved}
              </span>
            )}
          </div>
        </form>
      )}
      {status !== null && status !== 'saved' && (
        <p role="alert" className="preferences__error" data-testid="pref-error">
          {s.failed}: {status.error}
        </p>
      )}
    </ModalDialog>
  );
}
