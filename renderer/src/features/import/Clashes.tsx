// Figures an article states with different values: each value with where the text says it, to keep
// one or leave the figure out. Each choice previews again; the radio shows it at once, not only when
// the new preview arrives (a controlled radio would otherwise spring back meanwhile).
import { useState } from 'react';
import type { ClashDecision, FilePreview } from '@shared/contract/import.js';
import { formatPeriod, formatValue } from '@shared/format.js';
import { VOCABULARY } from '@shared/vocabulary.js';
import { sayLocation } from '@shared/messages/place.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { IMPORT_STRINGS } from './strings.js';

interface Props {
  files: FilePreview[];
  onChoose: (file: string, key: string, choice: ClashDecision) => void;
  disabled: boolean;
}

export function Clashes({ files, onChoose, disabled }: Props) {
  const lang = useLang();
  const c = useStrings(IMPORT_STRINGS).clashes;
  const words = useStrings(VOCABULARY);
  const [picked, setPicked] = useState<Record<string, ClashDecision>>({});
  const choose = (name: string, file: string, key: string, choice: ClashDecision) => {
    setPicked((p) => ({ ...p, [name]: choice }));
    onChoose(file, key, choice);
  };
  return (
    <section className="notice notice--warn clashes" data-testid="import-clashes">
      <h3 className="notice__title">{c.title}</h3>
      <p className="muted">{c.help}</p>
      <ul className="clashes__list">
        {files.flatMap((file) =>
          file.clashes.map((clash) => {
            const name = `clash-${file.fileName}-${clash.key}`;
            const item = lang === 'vi' ? clash.item.name : clash.item.nameEn;
            const geo = clash.geo.code === 'VN' ? '' : `${clash.geo.name} · `;
            const chosen = picked[name] ?? clash.chosen;
            return (
              <li key={name} className="clashes__row" data-testid="import-clash" data-key={clash.key} data-decided={clash.chosen !== null}>
                <fieldset className="clashes__choice" disabled={disabled}>
                  <legend className="clashes__what">
                    {geo}
                    {item} — {formatPeriod(clash.period, lang)}, {words.views(clash.basis, clash.unit)}
                  </legend>
                  {clash.options.map((option) => (
                    <label key={option.value} className="clashes__option" title={option.quote ?? undefined}>
                      <input
                        type="radio"
                        name={name}
                        data-testid="import-clash-option"
                        data-value={option.value}
                        checked={chosen === option.value}
                        onChange={() => choose(name, file.fileName, clash.key, option.value)}
                      />
                      <strong>{formatValue(option.value, clash.unit, option.decimals, lang)}</strong>
                      {option.location && <span className="clashes__place"> {c.at(sayLocation(option.location, lang))}</span>}
                      {option.quote && <q className="clashes__quote">{option.quote}</q>}
                    </label>
                  ))}
                  <label className="clashes__option">
                    <input
                      type="radio"
                      name={name}
                      data-testid="import-clash-leave-out"
                      checked={chosen === 'leave-out'}
                      onChange={() => choose(name, file.fileName, clash.key, 'leave-out')}
                    />
                    {c.leaveOut}
                  </label>
                </fieldset>
              </li>
            );
          }),
        )}
      </ul>
    </section>
  );
}
