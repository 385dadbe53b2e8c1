import type { MessageText } from '../said.js';

export const PCAXIS_MESSAGES = {} as const satisfies Record<string, MessageText>;
