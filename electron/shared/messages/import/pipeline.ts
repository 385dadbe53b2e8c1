import type { MessageText } from '../said.js';

export const PIPELINE_MESSAGES = {} as const satisfies Record<string, MessageText>;
