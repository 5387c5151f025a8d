// A console.error during a unit test is a bug until proven otherwise: it fails the test.
import { afterEach, vi } from "vitest";

const original = console.error;
afterEach(() => {
  vi.restoreAllMocks();
});
console.error = (...args: unknown[]) => {
  original(...args);
  throw new Error(`console.error called during a test: ${String(args[0])}`);
};
