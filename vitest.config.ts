import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser and import suites start servers and Chromium; two cores do not fit more.
    maxWorkers: 2,
  },
});
