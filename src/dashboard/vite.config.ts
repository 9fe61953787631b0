import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Build: `vite build --config src/dashboard/vite.config.ts` writes src/dashboard/dist/, which
// the API server serves at `/`. `base: './'` keeps asset URLs relative to index.html.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `vite --config src/dashboard/vite.config.ts` for development against a running API.
    proxy: {
      '/graphql': { target: process.env['NEWSGRAPH_API_URL'] ?? 'http://localhost:4000', ws: true },
    },
  },
});
