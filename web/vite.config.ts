/**
 * Builds the explorer page into web/dist, which `diplograph serve` serves at `/`.
 * `npm run dev:web` serves it with hot reload and proxies /graphql to a running API on PORT (4000).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiPort = process.env['PORT'] ?? '4000';

export default defineConfig({
  root: webRoot,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The page is one screen; cytoscape and its layout are most of the bundle and change rarely.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/graphql': `http://127.0.0.1:${apiPort}` },
  },
});
