/** `npm run test:soak`: the long reliability runs (kill and restart under 2,000 articles, 60 s of load). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'),
  test: {
    name: 'soak',
    include: ['test/reliability/**/*.soak.test.ts'],
    environment: 'node',
    globalSetup: ['test/reliability/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 1_200_000,
    hookTimeout: 600_000,
  },
});
