import type { MessageText } from '../said.js';

export const WEIGHTS_MESSAGES = {} as const satisfies Record<string, MessageText>;
