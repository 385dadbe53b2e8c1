import type { MessageText } from '../said.js';

export const TEMPLATE_MESSAGES = {} as const satisfies Record<string, MessageText>;
