import { defineConfig } from 'vitest/config';

// Browser tests: the built app (dist/) served by `scripts/serve.ts` (precompressed, as `npm start` serves it), driven in the system's headless Chromium.
process.env.TZ = 'Asia/Kathmandu';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
