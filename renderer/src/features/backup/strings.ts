// The words of "Your data" (the backups kept beside the store) and of the banner shown when the
// store opened read-only (damaged, or written by a newer version) or was found empty.
import { defineStrings } from '@shared/lang.js';
import type { BackupReason } from '@shared/contract/backup.js';

export const BACKUP_STRINGS = defineStrings({
  vi: {
    title: 'Dữ liệu của bạn',
    intro: (kept: number) =>
      kept === 0
        ? 'Sao lưu tự động đang tắt (bật lại bằng lệnh iip backups --keep 10).'
        : `Ứng dụng tự sao lưu kho dữ liệu trước mỗi lần nhập, hoàn tác, nhập ghi chú và nâng cấp, giữ ${kept} bản mới nhất. Mỗi bản sao lưu đều được kiểm tra trước khi bản cũ bị xóa.`,
    readOnlyIntro: 'Kho dữ liệu đang mở ở chế độ chỉ đọc: không có gì được ghi vào kho, kể cả các bản sao lưu tự động.',
    folder: 'Thư mục sao lưu',
    backUpNow: 'Sao lưu ngay',
    backingUp: 'Đang sao lưu…',
    checkNow: 'Kiểm tra kho dữ liệu',
    checking: 'Đang kiểm tra…',
    checkOk: (releases: number) => `Không phát hiện lỗi: cấu trúc tệp nguyên vẹn, số liệu của ${releases} nguồn khớp với dấu kiểm khi lưu.`,
    checkProblems: (n: number) => `Phát hiện ${n} vấn đề:`,
    none: 'Chưa có bản sao lưu nào.',
    made: 'Thời điểm',
    reason: 'Lý do',
    schema: 'Phiên bản lược đồ',
    size: 'Dung lượng',
    actions: 'Thao tác',
    restore: 'Khôi phục',
    restoreConfirm: 'Thay kho dữ liệu hiện tại bằng bản này? Kho hiện tại sẽ được giữ lại thành một bản sao lưu.',
    restoreYes: 'Khôi phục',
    restoreCancel: 'Hủy',
    restored: (name: string) => `Đã khôi phục ${name}.`,
    restartNeeded: 'Hãy khởi động lại ứng dụng để tiếp tục làm việc với kho đã khôi phục.',
    reasons: {
      import: 'trước khi nhập dữ liệu',
      undo: 'trước khi hoàn tác',
      'notes-import': 'trước khi nhập ghi chú',
      migration: 'trước khi nâng cấp',
      manual: 'sao lưu thủ công',
      'before-restore': 'trước khi khôi phục',
    } satisfies Record<BackupReason, string>,
    damaged: 'Kho dữ liệu bị hỏng: không vượt qua kiểm tra toàn vẹn khi khởi động. Ứng dụng mở ở chế độ chỉ đọc, không ghi gì vào kho.',
    newer: (storeSchema: number, appSchema: number) =>
      `Kho dữ liệu này được ghi bởi một phiên bản IIP Explorer mới hơn (lược đồ ${storeSchema}, ứng dụng này chỉ biết đến ${appSchema}): kho đang mở ở chế độ chỉ đọc. Hãy cập nhật ứng dụng để thay đổi kho.`,
    keptAside: (file: string) => `Tệp kho dữ liệu rỗng hoặc bị cắt cụt nên đã được cất riêng (${file}), không bị ghi đè; ứng dụng đã bắt đầu một kho mới.`,
    restoreNewest: (when: string) => `Khôi phục bản sao lưu mới nhất (${when})`,
    noBackup: 'Không có bản sao lưu nào để khôi phục.',
    showBackups: 'Xem các bản sao lưu',
    writesRefusedNewer:
      'Không thể làm việc này: kho dữ liệu do một phiên bản IIP Explorer mới hơn ghi nên chỉ mở để đọc. Hãy cập nhật ứng dụng để thay đổi kho.',
    writesRefusedDamaged: 'Không thể làm việc này: kho dữ liệu bị hỏng nên chỉ mở để đọc.',
  },
  en: {
    title: 'Your data',
    intro: (kept: number) =>
      kept === 0
        ? 'Automatic backups are off (iip backups --keep 10 turns them on).'
        : `The app backs up the store before every import, undo, notes import and upgrade, keeping the newest ${kept}. Each backup is checked before older ones are removed.`,
    readOnlyIntro: 'The store is open read-only: nothing is written to it, and no automatic backup is made.',
    folder: 'Backups folder',
    backUpNow: 'Back up now',
    backingUp: 'Backing up…',
    checkNow: 'Check the store',
    checking: 'Checking…',
    checkOk: (releases: number) =>
      `No problem found: the file's structure is sound and the figures of ${releases} releases match the digests written when they were stored.`,
    checkProblems: (n: number) => `${n} problem${n === 1 ? '' : 's'} found:`,
    none: 'No backups yet.',
    made: 'Made',
    reason: 'Why',
    schema: 'Schema version',
    size: 'Size',
    actions: 'Actions',
    restore: 'Restore',
    restoreConfirm: 'Replace the store with this backup? The store as it is now is kept as a backup.',
    restoreYes: 'Restore',
    restoreCancel: 'Cancel',
    restored: (name: string) => `Restored ${name}.`,
    restartNeeded: 'Start the app again to go on working with the restored store.',
    reasons: {
      import: 'before an import',
      undo: 'before an undo',
      'notes-import': 'before a notes import',
      migration: 'before an upgrade',
      manual: 'by hand',
      'before-restore': 'before a restore',
    } satisfies Record<BackupReason, string>,
    damaged: 'The store is damaged: it failed its integrity check at start. The app opened it read-only and writes nothing to it.',
    newer: (storeSchema: number, appSchema: number) =>
      `This store was written by a newer version of IIP Explorer (schema ${storeSchema}, this app knows ${appSchema}): it is open read-only; update the app to change it.`,
    keptAside: (file: string) => `The store file was empty or cut short, so it was kept aside (${file}), not written over; the app started a new store.`,
    restoreNewest: (when: string) => `Restore the newest backup (${when})`,
    noBackup: 'There is no backup to restore.',
    showBackups: 'See the backups',
    writesRefusedNewer: 'Not possible here: a newer version of IIP Explorer wrote this store, so it is open read-only. Update the app to change it.',
    writesRefusedDamaged: 'Not possible here: the store is damaged, so it is open read-only.',
  },
});
