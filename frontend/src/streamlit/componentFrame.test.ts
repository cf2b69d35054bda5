import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FRAME_STATE_ATTRIBUTE } from "../protocol/generated";
import { ComponentFrame } from "./componentFrame";
import { stubResizeObserver } from "../../test-support/resizeObserver";

const BOTTOM_LEFT = { corner: "bottom-left", offset: 16 } as const;
const BOTTOM_RIGHT = { corner: "bottom-right", offset: 24 } as const;

describe("ComponentFrame", () => {
  let iframe: HTMLIFrameElement;
  let told: number[];
  const inside = () => iframe.contentWindow!;

  beforeEach(() => {
    stubResizeObserver();
    iframe = document.createElement("iframe");
    document.body.appendChild(iframe);
    told = [];
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it("sets the height and state on the iframe element at once, and tells Streamlit the height", () => {
    const frame = new ComponentFrame(inside(), (height) => told.push(height));
    frame.size(76, "closed", BOTTOM_RIGHT);
    expect(iframe.getAttribute("height")).toBe("76");
    expect(iframe.getAttribute(FRAME_STATE_ATTRIBUTE)).toBe("closed");
    frame.size(608, "open", BOTTOM_RIGHT);
    expect(iframe.getAttribute("height")).toBe("608");
    expect(iframe.getAttribute(FRAME_STATE_ATTRIBUTE)).toBe("open");
    expect(told).toEqual([76, 608]);
    expect(iframe.style.getPropertyValue("clip-path")).toBe(""); // the preview's frame is not clipped
  });

  it("clips a floating real widget's frame from its first 'window' state on, started once", () => {
    const frame = new ComponentFrame(inside(), (height) => told.push(height));
    frame.size(200, "window", BOTTOM_LEFT);
    expect(iframe.getAttribute(FRAME_STATE_ATTRIBUTE)).toBe("window");
    expect(iframe.style.getPropertyValue("clip-path")).toBe('path("M0 0H0V0Z")'); // nothing shows before it measured
    expect(inside().document.documentElement.dataset.ocCorner).toBe("bottom-left");
    frame.size(640, "window", BOTTOM_RIGHT);
    expect(inside().document.documentElement.dataset.ocCorner).toBe("bottom-left"); // the same window frame
    expect(inside().document.querySelectorAll("#octocom-window-frame-styles")).toHaveLength(1);
    expect(told).toEqual([200, 640]);
  });

  it("still tells Streamlit when the iframe element is out of reach (cross-origin, or no iframe)", () => {
    const crossOrigin = {
      get frameElement(): Element | null {
        throw new DOMException("Blocked a frame from accessing a cross-origin frame.", "SecurityError");
      },
    } as unknown as Window;
    new ComponentFrame(crossOrigin, (height) => told.push(height)).size(76, "closed", BOTTOM_RIGHT);
    new ComponentFrame(window, (height) => told.push(height)).size(640, "window", BOTTOM_RIGHT);
    expect(told).toEqual([76, 640]);
    expect(document.documentElement.dataset.ocCorner).toBeUndefined(); // no frame: no window frame either
  });
});
