// The group a Ranking or Multiples view draws: sections, divisions, localities or products.
import { RANKING_GROUPS, type RankingGroup } from '@shared/contract/figures.js';
import { SelectField } from '../../components/SelectField.js';
import { useStrings } from '../../i18n/useLang.js';
import { EXPLORE_STRINGS } from './strings.js';

interface Props {
  testId: string;
  value: RankingGroup;
  onChange: (group: RankingGroup) => void;
}

export function GroupField({ testId, value, onChange }: Props) {
  const s = useStrings(EXPLORE_STRINGS);
  return (
    <SelectField
      label={s.group}
      testId={testId}
      value={value}
      options={RANKING_GROUPS.map((g) => ({ value: g, label: s.rankingGroups[g] }))}
      onChange={onChange}
    />
  );
}
