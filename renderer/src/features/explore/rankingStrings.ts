// The ranking's own words: which bars it shows and the whole country's reference line.
import type { RankingShow } from '@shared/charts/ranking.js';
import { defineStrings } from '@shared/lang.js';

export const RANKING_STRINGS = defineStrings({
  vi: {
    show: 'Hiển thị',
    size: 'Số lượng',
    shows: { all: 'Tất cả', top: 'Cao nhất', bottom: 'Thấp nhất', both: 'Cao nhất và thấp nhất' } satisfies Record<RankingShow, string>,
    /** What the title and exports add: "10 cao nhất". */
    shown: (show: RankingShow, n: number) =>
      show === 'top' ? `${n} cao nhất` : show === 'bottom' ? `${n} thấp nhất` : show === 'both' ? `${n} cao nhất và ${n} thấp nhất` : '',
    reference: (value: string) => `Cả nước ${value}`,
    noReference: 'Không có số liệu của cả nước cho kỳ và cách so sánh này, nên không vẽ đường tham chiếu.',
    noProductReference: 'Sản phẩm không có mức tham chiếu của cả nước.',
  },
  en: {
    show: 'Show',
    size: 'How many',
    shows: { all: 'All', top: 'Highest', bottom: 'Lowest', both: 'Highest and lowest' },
    shown: (show: RankingShow, n: number) => (show === 'top' ? `top ${n}` : show === 'bottom' ? `bottom ${n}` : show === 'both' ? `top and bottom ${n}` : ''),
    reference: (value: string) => `Whole country ${value}`,
    noReference: 'No whole-country figure for this period and comparison, so no reference line is drawn.',
    noProductReference: 'Products have no whole-country reference.',
  },
});
