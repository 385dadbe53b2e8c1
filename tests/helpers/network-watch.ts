// Every request a browser context makes, watched from before the app loads: those to the app's own
// loopback origin (and data: and blob: URLs, which never leave the page) go on; any other is
// recorded and refused, as are web sockets to elsewhere; failed requests and service workers are
// recorded too, and what the page's Content-Security-Policy blocked before any request was made (a
// remote font or fetch the policy stops never reaches the network, so it is caught here). A test of
// the app offline expects every list but `requests` empty at the end.
import type { BrowserContext, Page } from 'playwright-core';

export interface SeenRequest {
  url: string;
  resourceType: string;
}

export interface NetworkWatch {
  /** Every request the context made, the app's own included. */
  requests: SeenRequest[];
  /** Requests and web sockets to anywhere but the app's origin: refused. */
  outside: string[];
  /** Requests that failed, with Chromium's reason. */
  failed: { url: string; failure: string }[];
  webSockets: string[];
  serviceWorkers: string[];
}

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * The requests the page's policy blocked since it loaded, `directive URL` each, once. Violations that
 * are no request are left out: zod probes whether it may compile with eval (script-src 'eval'), which
 * the policy refuses, and zod then does without.
 */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...new Set(window.cspViolations ?? [])].filter((v) => /^\S+ (https?|wss?):/.test(v)));

/** Whether a URL stays on this machine in this page: the app's origin, or data the page holds itself. */
export const staysLocal = (url: string, appOrigin: string): boolean => {
  const parsed = new URL(url);
  return parsed.origin === appOrigin || parsed.protocol === 'data:' || parsed.protocol === 'blob:';
};

export async function watchNetwork(context: BrowserContext, page: Page, appOrigin: string): Promise<NetworkWatch> {
  const watch: NetworkWatch = { requests: [], outside: [], failed: [], webSockets: [], serviceWorkers: [] };
  context.on('request', (request) => watch.requests.push({ url: request.url(), resourceType: request.resourceType() }));
  context.on('requestfailed', (request) => watch.failed.push({ url: request.url(), failure: request.failure()?.errorText ?? '' }));
  context.on('serviceworker', (worker) => watch.serviceWorkers.push(worker.url()));
  page.on('websocket', (socket) => watch.webSockets.push(socket.url()));
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations!.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (staysLocal(url, appOrigin)) return route.continue();
    watch.outside.push(url);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (socket) => {
    if (staysLocal(socket.url().replace(/^ws/, 'http'), appOrigin)) return void socket.connectToServer();
    watch.outside.push(socket.url());
    return socket.close();
  });
  return watch;
}
