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
    // Loaded from disk, never over a network: one bundle of any size is fine.
    chunkSizeWarningLimit: 4_000,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's own comments about esbuild's tree-shaking, which Rollup cannot place: harmless noise.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
  server: { fs: { allow: ['..'] } },
});
