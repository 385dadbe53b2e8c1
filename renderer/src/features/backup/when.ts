// A backup's time as the panel and the banner show it: its date in the UI's way, then the UTC time.
import { formatDate } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';

export const backupTime = (createdAt: string, lang: Lang): string => `${formatDate(createdAt.slice(0, 10), lang)} ${createdAt.slice(11, 16)} UTC`;
