import { defineConfig } from 'vite';

/** The renderer: plain React + TS, built to dist/renderer and loaded from file:// by Electron (hence base './'). */
export default defineConfig({
  root: 'renderer',
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
  },
  server: { fs: { allow: ['..'] } },
});
