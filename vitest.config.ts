import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Pinned to a zone that is neither UTC nor Peru (UTC−5), so a test that leans on the local zone fails.
process.env.TZ = 'Asia/Kathmandu';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
