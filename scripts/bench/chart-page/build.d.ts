import type { Server } from 'node:http';

export function buildChartPage(options: { outDir: string; appRoot?: string }): Promise<void>;
export function serveDir(dir: string): Promise<{ server: Server; url: string }>;
