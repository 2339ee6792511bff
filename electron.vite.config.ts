import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { rendererChunks } from './renderer.chunks';

const root = fileURLToPath(new URL('.', import.meta.url));

const alias = {
  '@shared': resolve(root, 'shared'),
  '@': resolve(root, 'renderer/src'),
};

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      // Bundle zod so out/ is self-contained (electron-builder packs only out/** and package.json).
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload can require only 'electron': everything else must be bundled.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module; the package is "type": "module", hence .cjs.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    resolve: { alias },
    plugins: [react()],
    build: {
      rollupOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        output: { codeSplitting: rendererChunks },
      },
    },
  },
});
