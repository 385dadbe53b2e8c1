// The latest-release view's words.
import { defineStrings } from '@shared/lang.js';

export const LATEST_STRINGS = defineStrings({
  vi: {
    period: 'Kỳ',
    headline: 'Toàn ngành công nghiệp',
    mom: 'so với tháng trước',
    sections: 'Ngành cấp I',
    industries: 'Ngành cấp II tăng mạnh nhất và yếu nhất',
    strongest: 'Mạnh nhất',
    weakest: 'Yếu nhất',
    localities: 'Địa phương',
    products: 'Sản phẩm chủ yếu',
    noData: 'Kho dữ liệu chưa có số liệu.',
  },
  en: {
    period: 'Period',
    headline: 'Whole industry',
    mom: 'on previous month',
    sections: 'Sections',
    industries: 'Strongest and weakest industries',
    strongest: 'Strongest',
    weakest: 'Weakest',
    localities: 'Localities',
    products: 'Key products',
    noData: 'The store has no figures yet.',
  },
});
