import type { MessageText } from '../said.js';

export const TEXT_MESSAGES = {} as const satisfies Record<string, MessageText>;
