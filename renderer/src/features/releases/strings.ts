// The releases view's words.
import { defineStrings } from '@shared/lang.js';

export const RELEASES_STRINGS = defineStrings({
  vi: {
    title: 'Các nguồn công bố',
    name: 'Tên',
    publisher: 'Cơ quan công bố',
    date: 'Ngày công bố',
    status: 'Trạng thái',
    file: 'Tệp nguồn',
    figures: 'Số liệu',
    none: 'Chưa có nguồn nào.',
    inferredDate: '* Nguồn không ghi ngày; ngày được suy ra (di chuột để xem cách suy ra).',
    actions: 'Thao tác',
    undo: 'Hoàn tác',
    undoConfirm: (figures: string) => `Xóa nguồn này và ${figures} số liệu của nó?`,
    undoYes: 'Xóa',
    undoCancel: 'Hủy',
    hiddenByAsOf: 'Công bố sau ngày đang xem: đang ẩn',
  },
  en: {
    title: 'Releases',
    name: 'Name',
    publisher: 'Publisher',
    date: 'Published',
    status: 'Status',
    file: 'Source file',
    figures: 'Figures',
    none: 'No releases yet.',
    inferredDate: '* Not dated in the source; the date is inferred (hover to see how).',
    actions: 'Actions',
    undo: 'Undo',
    undoConfirm: (figures) => `Remove this release and its ${figures} figures?`,
    undoYes: 'Remove',
    undoCancel: 'Cancel',
    hiddenByAsOf: 'Published after the as-of date: hidden',
  },
});
