import type { MessageText } from '../said.js';

export const SDMX_MESSAGES = {} as const satisfies Record<string, MessageText>;
