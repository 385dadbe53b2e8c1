// About: the app's version, where its store is and how much it holds (app:info).
import { formatCount } from '@shared/format.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { ModalDialog } from '../../components/ModalDialog.js';
import { HELP_STRINGS } from './strings.js';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const s = useStrings(HELP_STRINGS);
  const lang = useLang();
  const info = useBridgeQuery('app:info', {}, { undated: true }).data;
  const count = (n: number): string => formatCount(n, lang);
  return (
    <ModalDialog title={s.aboutTitle} testId="about" closeLabel={s.close} onClose={onClose}>
      <p>{s.aboutText}</p>
      {info && (
        <dl className="about-facts">
          <dt>{s.version}</dt>
          <dd data-testid="about-version">{info.version}</dd>
          <dt>{s.storePath}</dt>
          <dd data-testid="about-store">
            <code>{info.storePath}</code>
          </dd>
          <dt>{s.figures}</dt>
          <dd data-testid="about-figures">{count(info.figureCount)}</dd>
          <dt>{s.releases}</dt>
          <dd data-testid="about-releases">{count(info.releaseCount)}</dd>
          <dt>{s.series}</dt>
          <dd data-testid="about-series">{count(info.seriesCount)}</dd>
          <dt>{s.schema}</dt>
          <dd>{info.schemaVersion}</dd>
        </dl>
      )}
    </ModalDialog>
  );
}
