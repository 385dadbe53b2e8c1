// The renderer's Content-Security-Policy, directive by directive, and the built page it is written into.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp.js';
import { rendererDir } from '../../electron/core/paths.js';

/** directive → its sources, as a browser reads the header. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** Sources that would let code or content come from outside the app: a scheme or host other than data:/blob: for pictures. */
const REMOTE = /^(https?:|wss?:|\*|\/\/)|\.[a-z]{2,}(:\d+)?(\/|$)/i;

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('starts from nothing allowed, and allows only the app’s own origin for code, styles, fonts and calls', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src', 'font-src', 'connect-src']) expect(csp.get(name), name).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('has no unsafe-eval, unsafe-inline, wasm or remote origin in any directive', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/unsafe-|wasm-/);
        expect(source, `${name} ${source}`).not.toMatch(REMOTE);
      }
    }
    // and the check above would catch one
    expect('https://cdn.example.com').toMatch(REMOTE);
    expect('*.example.com').toMatch(REMOTE);
  });

  it('forbids frames around the app, a <base> and form posts', () => {
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('is written into the built page, which names no remote URL', () => {
    const file = path.join(rendererDir, 'index.html');
    if (!fs.existsSync(file)) throw new Error(`the renderer is not built (${file}); run npm run build`);
    const html = fs.readFileSync(file, 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(meta && directives(meta)).toEqual(new Map([...csp].filter(([name]) => name !== 'frame-ancestors')));
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(url, url).toMatch(/^(\.?\/(?!\/)|data:,$)/);
    expect(html).not.toMatch(/https?:\/\//);
    const styles = fs.readdirSync(path.join(rendererDir, 'assets')).filter((f) => f.endsWith('.css'));
    for (const style of styles) expect(fs.readFileSync(path.join(rendererDir, 'assets', style), 'utf8'), style).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
  });
});
