// Shared setup for the jsdom unit and component tests.
import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();
  // A test's fetch stub (tests/fixtures/render.tsx) or other stubbed global ends with the test.
  vi.unstubAllGlobals();
});
