import type { MessageText } from '../said.js';

export const JSONSTAT_MESSAGES = {} as const satisfies Record<string, MessageText>;
