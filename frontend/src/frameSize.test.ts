import { describe, expect, it } from "vitest";
import {
  DEFAULT_INLINE_HEIGHT,
  DEFAULT_LOADER_HEIGHT,
  DEFAULT_PANEL_HEIGHT,
  frameSize,
  type FrameSizeInput,
  LAUNCHER_FRAME_HEIGHT,
  LOADER_STATUS_HEIGHT,
  MIN_PANEL_HEIGHT,
  PANEL_CHROME,
  VIEWPORT_MARGIN,
} from "./frameSize";

type Case = Partial<Omit<FrameSizeInput, "options">> & Partial<FrameSizeInput["options"]>;

/** The size for a floating, closed, preview widget with no height and no viewport limit, unless `given` says otherwise. */
const sizeFor = (given: Case = {}) => {
  const { height, layout = "floating", ...rest } = given;
  return frameSize({
    options: height === undefined ? { layout } : { layout, height },
    loaderStatus: "none",
    panelOpen: false,
    viewportHeight: Number.POSITIVE_INFINITY,
    ...rest,
  });
};

describe("frameSize, floating layout", () => {
  it("closed: the frame holds only the launcher, the panel keeps its default height", () => {
    expect(sizeFor()).toEqual({ height: LAUNCHER_FRAME_HEIGHT, state: "closed", panelHeight: DEFAULT_PANEL_HEIGHT });
  });

  it("open: the frame holds the panel and the launcher row", () => {
    expect(sizeFor({ panelOpen: true })).toEqual({
      height: DEFAULT_PANEL_HEIGHT + PANEL_CHROME,
      state: "open",
      panelHeight: DEFAULT_PANEL_HEIGHT,
    });
  });

  it("an explicit height is the open frame's height", () => {
    const panelHeight = 700 - PANEL_CHROME;
    expect(sizeFor({ height: 700, panelOpen: true })).toEqual({ height: 700, state: "open", panelHeight });
    expect(sizeFor({ height: 700 })).toEqual({ height: LAUNCHER_FRAME_HEIGHT, state: "closed", panelHeight });
  });

  it("shrinks the panel to fit a short viewport, with a margin above it", () => {
    const viewportHeight = 600;
    const panel = viewportHeight - PANEL_CHROME - VIEWPORT_MARGIN;
    expect(sizeFor({ panelOpen: true, viewportHeight })).toEqual({
      height: panel + PANEL_CHROME,
      state: "open",
      panelHeight: panel,
    });
    expect(sizeFor({ panelOpen: true, viewportHeight, height: 2000 }).height).toBe(viewportHeight - VIEWPORT_MARGIN);
  });

  it("never makes the panel shorter than the minimum, however small the viewport or the height", () => {
    expect(sizeFor({ panelOpen: true, viewportHeight: 300 })).toEqual({
      height: MIN_PANEL_HEIGHT + PANEL_CHROME,
      state: "open",
      panelHeight: MIN_PANEL_HEIGHT,
    });
    expect(sizeFor({ height: 100 }).panelHeight).toBe(MIN_PANEL_HEIGHT);
  });

  it("rounds to whole pixels", () => {
    expect(sizeFor({ height: 500.6, panelOpen: true })).toEqual({ height: 501, state: "open", panelHeight: 413 });
  });
});

describe("frameSize, inline layout", () => {
  it("is always open, the panel filling the frame", () => {
    expect(sizeFor({ layout: "inline" })).toEqual({
      height: DEFAULT_INLINE_HEIGHT,
      state: "open",
      panelHeight: DEFAULT_INLINE_HEIGHT,
    });
  });

  it("takes an explicit height as it is, whatever the viewport", () => {
    const size = sizeFor({ layout: "inline", height: 480, viewportHeight: 300 });
    expect(size).toEqual({ height: 480, state: "open", panelHeight: 480 });
  });
});

describe("frameSize while the real widget loads", () => {
  it("floating: the whole window, whatever the status", () => {
    for (const loaderStatus of ["loading", "failed", "ready"] as const) {
      expect(sizeFor({ loaderStatus }).state).toBe("window");
      expect(sizeFor({ loaderStatus, panelOpen: true }).state).toBe("window");
    }
  });

  it("inline, loading or failed: room for the status box only, and no panel", () => {
    for (const loaderStatus of ["loading", "failed"] as const) {
      expect(sizeFor({ loaderStatus, layout: "inline" })).toEqual({
        height: LOADER_STATUS_HEIGHT,
        state: "loader",
        panelHeight: null,
      });
      expect(sizeFor({ loaderStatus, layout: "inline", height: 150 }).height).toBe(150);
    }
  });

  it("inline, ready: the default loader height, or the explicit one", () => {
    expect(sizeFor({ loaderStatus: "ready", layout: "inline" })).toEqual({
      height: DEFAULT_LOADER_HEIGHT,
      state: "loader",
      panelHeight: null,
    });
    expect(sizeFor({ loaderStatus: "ready", layout: "inline", height: 400 }).height).toBe(400);
  });

  it("takes precedence over the panel's state", () => {
    expect(sizeFor({ loaderStatus: "ready", layout: "inline", panelOpen: true, viewportHeight: 300 })).toEqual({
      height: DEFAULT_LOADER_HEIGHT,
      state: "loader",
      panelHeight: null,
    });
  });
});
