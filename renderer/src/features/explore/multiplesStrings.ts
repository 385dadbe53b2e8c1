// Small multiples' words: the mode, the scale choice, what a small chart's click does.
import type { ScaleMode } from '../../charts/SmallMultiples/state.js';
import { defineStrings } from '@shared/lang.js';

export const MULTIPLES_STRINGS = defineStrings({
  vi: {
    mode: 'Biểu đồ nhỏ',
    scale: 'Thang đo',
    scales: { shared: 'Chung', free: 'Riêng' } satisfies Record<ScaleMode, string>,
    open: (name: string) => `Mở ${name} dưới dạng chuỗi thời gian`,
    count: (shown: number, kind: string) => `${shown} biểu đồ · số liệu ${kind.toLowerCase()}`,
    without: (n: number) => `${n} chuỗi không có số liệu cho cách so sánh này.`,
    sharedNote: 'Cùng một thang đo cho mọi biểu đồ: so sánh được độ lớn giữa các biểu đồ.',
    freeNote: 'Mỗi biểu đồ một thang đo riêng: so sánh hình dạng, không so sánh độ lớn.',
    quantitiesFree: 'Sản lượng của các sản phẩm có đơn vị khác nhau, nên mỗi biểu đồ một thang đo riêng.',
  },
  en: {
    mode: 'Small multiples',
    scale: 'Scale',
    scales: { shared: 'Shared', free: 'Free' },
    open: (name: string) => `Open ${name} as a time series`,
    count: (shown: number, kind: string) => `${shown} ${shown === 1 ? 'chart' : 'charts'} · ${kind.toLowerCase()} figures`,
    without: (n: number) => `${n} ${n === 1 ? 'series has' : 'series have'} no figures for this comparison.`,
    sharedNote: 'One scale for every chart: sizes compare across charts.',
    freeNote: 'Each chart its own scale: compare shapes, not sizes.',
    quantitiesFree: 'Products are counted in different units, so each chart has its own scale.',
  },
});
