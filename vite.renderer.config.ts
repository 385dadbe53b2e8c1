// Builds the renderer (React UI) into dist/renderer. base './' so the same files load from the
// Electron app:// protocol and from the web host at /.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Fonts stay files (the CSP allows font-src 'self', not data: URLs).
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
  },
});
