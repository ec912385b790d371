// The renderer build. Root is renderer/, output goes to dist/ at the repo root, where Playwright
// (vite preview) and Electron (loadFile dist/index.html) both look. base './' keeps asset URLs
// relative so the same build works over http:// and file://.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
// SKYPLAN_DIST lets two checkouts (or two people in one tree) build and preview side by side.
const outDir = process.env.SKYPLAN_DIST ? resolve(process.env.SKYPLAN_DIST) : resolve(root, '../dist');

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    rollupOptions: {
      input: {
        main: resolve(root, 'index.html'),
        bench: resolve(root, 'bench.html'),
        'bench-bare': resolve(root, 'bench-bare.html'),
      },
    },
  },
  server: { port: 5173, strictPort: true, host: '127.0.0.1', fs: { allow: [resolve(root, '..')] } },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
});
