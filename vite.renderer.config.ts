// Builds the renderer (React UI) into dist/renderer. base './' so the same files load from the
// Electron app:// protocol and from the web host at /.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './electron/shared/csp.js';

/** Directives a <meta> CSP may not carry (browsers ignore them there and warn). */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

/** Writes the shared CSP (electron/shared/csp.ts) into index.html's meta tag. */
function contentSecurityPolicyMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split(';')
    .map((d) => d.trim())
    .filter((d) => d && !HEADER_ONLY.includes(d.split(/\s+/)[0]!))
    .join('; ');
  return {
    name: 'iip-csp-meta',
    transformIndexHtml: (html) => html.replace('__CONTENT_SECURITY_POLICY__', policy),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  resolve: { alias: { '@shared': fileURLToPath(new URL('./electron/shared', import.meta.url)) } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Fonts stay files (the CSP allows font-src 'self', not data: URLs).
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
  },
});
