import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built to plain files so the Electron shell can load it from its own
// protocol and the browser host can serve it: relative base, no remote URLs.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  worker: { format: 'es' },
});
