import { vi } from "vitest";

/** jsdom has no ResizeObserver: stand in one that observes nothing (tests call the resize paths themselves). */
export function stubResizeObserver(): void {
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  );
}
