import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The end-to-end tests (`npm run test:e2e`): real clients, so they need Chromium and tmux and
 * take minutes. Their files end in `.e2e.ts`, which `npm test` does not pick up.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e/**/*.e2e.ts'],
    // One at a time: each starts a bot, and the browser test a browser as well.
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
