import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { rendererChunks } from './renderer.chunks';

const root = fileURLToPath(new URL('.', import.meta.url));

// The same renderer as the desktop app, served in a plain browser (`npm run web`) and built for e2e/bench.
export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(root, 'shared'),
      '@': resolve(root, 'renderer/src'),
    },
  },
  plugins: [react()],
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  build: {
    outDir: resolve(root, 'dist-web'),
    emptyOutDir: true,
    rollupOptions: {
      // The bench's seeding page is built only for `npm run bench`, never shipped.
      input: {
        index: resolve(root, 'renderer/index.html'),
        ...(process.env.TEZGAH_BENCH ? { bench: resolve(root, 'renderer/bench.html') } : {}),
      },
      output: { codeSplitting: rendererChunks },
    },
  },
});
