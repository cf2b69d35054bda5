import { describe, expect, it } from "vitest";
import {
  animatesBoxes,
  type BoxNode,
  clipPathOf,
  drawnRects,
  frameRects,
  paints,
  type Rect,
  SHADOW_BAND_PX,
  type StyleFacts,
} from "./drawnBoxes";

const VIEWPORT: Rect = { left: 0, top: 0, right: 1280, bottom: 800 };

const BASE: StyleFacts = {
  display: "block",
  visibility: "visible",
  opacity: "1",
  pointerEvents: "auto",
  position: "static",
  overflowX: "visible",
  overflowY: "visible",
  contain: "none",
  transform: "none",
  filter: "none",
  perspective: "none",
  backgroundColor: "rgba(0, 0, 0, 0)",
  backgroundImage: "none",
  borderTopWidth: "0px",
  borderRightWidth: "0px",
  borderBottomWidth: "0px",
  borderLeftWidth: "0px",
  borderTopColor: "rgb(0, 0, 0)",
  borderRightColor: "rgb(0, 0, 0)",
  borderBottomColor: "rgb(0, 0, 0)",
  borderLeftColor: "rgb(0, 0, 0)",
  boxShadow: "none",
  outlineStyle: "none",
  outlineWidth: "0px",
};

const rect = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

function node(box: Rect, style: Partial<StyleFacts> = {}, children: BoxNode[] = [], tag = "div"): BoxNode {
  return { tag, rect: box, style: { ...BASE, ...style }, hasText: false, children };
}

const launcher = () => node(rect(1200, 720, 60, 60), { position: "fixed" }, [], "button");

describe("drawnRects: what counts as drawn", () => {
  it("a launcher fixed in the corner", () => {
    expect(drawnRects([launcher()], VIEWPORT)).toEqual([rect(1200, 720, 60, 60)]);
  });

  it("not display: none or opacity: 0, with everything inside", () => {
    const hiddenPanel = node(rect(900, 200, 360, 500), { display: "none" }, [launcher()]);
    const faded = node(rect(900, 200, 360, 500), { opacity: "0" }, [launcher()]);
    expect(drawnRects([hiddenPanel, faded], VIEWPORT)).toEqual([]);
  });

  it("a panel still fading (opacity above 0) counts", () => {
    expect(drawnRects([node(rect(900, 200, 360, 500), { opacity: "0.02" })], VIEWPORT)).toHaveLength(1);
  });

  it("not visibility: hidden, though a visible child of it counts", () => {
    const child = node(rect(10, 10, 20, 20), { visibility: "visible" });
    const hidden = node(rect(0, 0, 100, 100), { visibility: "hidden" }, [child]);
    expect(drawnRects([hidden], VIEWPORT)).toEqual([rect(10, 10, 20, 20)]);
    const collapsed = node(rect(0, 0, 100, 100), { visibility: "collapse" });
    expect(drawnRects([collapsed], VIEWPORT)).toEqual([]);
  });

  it("not zero-size wrappers or display: contents, though their children count", () => {
    const wrapper = node(rect(0, 0, 1280, 0), {}, [launcher()]);
    const contents = node(rect(0, 0, 1280, 800), { display: "contents" }, [launcher()]);
    expect(drawnRects([wrapper, contents], VIEWPORT)).toEqual([rect(1200, 720, 60, 60), rect(1200, 720, 60, 60)]);
  });

  it("a click-through layer (pointer-events: none) that paints nothing is not drawn; its parts are", () => {
    const layer = node(rect(0, 0, 1280, 800), { position: "fixed", pointerEvents: "none" }, [launcher()]);
    expect(drawnRects([layer], VIEWPORT)).toEqual([rect(1200, 720, 60, 60)]);
  });

  it("a click-through element that paints is drawn (it shows)", () => {
    const shaded = node(rect(0, 0, 100, 100), { pointerEvents: "none", backgroundColor: "rgb(255, 255, 255)" });
    const text: BoxNode = { ...node(rect(0, 0, 50, 20), { pointerEvents: "none" }), hasText: true };
    const image = node(rect(0, 0, 50, 50), { pointerEvents: "none" }, [], "img");
    expect(drawnRects([shaded, text, image], VIEWPORT)).toHaveLength(3);
  });

  it("a transparent element that takes clicks is drawn (on a site it takes them too)", () => {
    expect(drawnRects([node(rect(800, 0, 480, 800), { position: "fixed" })], VIEWPORT)).toHaveLength(1);
  });

  it("is cut to the viewport", () => {
    expect(drawnRects([node(rect(1200, 700, 200, 200), { position: "fixed" })], VIEWPORT)).toEqual([
      { left: 1200, top: 700, right: 1280, bottom: 800 },
    ]);
    expect(drawnRects([node(rect(-500, 0, 100, 100), { position: "fixed" })], VIEWPORT)).toEqual([]);
  });
});

describe("drawnRects: overflow clips", () => {
  const message = (top: number) => node(rect(900, top, 300, 40));

  it("messages scrolled out of a panel do not count beyond it", () => {
    const log = node(rect(900, 300, 300, 200), { overflowY: "auto" }, [message(100), message(320), message(900)]);
    expect(drawnRects([log], VIEWPORT)).toEqual([rect(900, 300, 300, 200), rect(900, 320, 300, 40)]);
  });

  it("an absolute child escapes a clipping ancestor that is not its containing block", () => {
    const badge = node(rect(1190, 700, 20, 20), { position: "absolute" });
    const clipper = node(rect(1200, 720, 60, 60), { overflowX: "hidden", overflowY: "hidden" }, [badge]);
    const positioned = node(rect(1200, 720, 60, 60), { position: "relative", overflowX: "hidden", overflowY: "hidden" }, [
      badge,
    ]);
    expect(drawnRects([clipper], VIEWPORT)).toContainEqual(rect(1190, 700, 20, 20));
    expect(drawnRects([positioned], VIEWPORT)).not.toContainEqual(rect(1190, 700, 20, 20));
  });

  it("a fixed child escapes clipping ancestors unless one is a transformed containing block", () => {
    const fixed = node(rect(0, 0, 100, 100), { position: "fixed" });
    const clipper = (style: Partial<StyleFacts>) =>
      node(rect(500, 500, 10, 10), { position: "relative", overflowX: "hidden", overflowY: "hidden", ...style }, [fixed]);
    expect(drawnRects([clipper({})], VIEWPORT)).toContainEqual(rect(0, 0, 100, 100));
    expect(drawnRects([clipper({ transform: "matrix(1, 0, 0, 1, 0, 0)" })], VIEWPORT)).not.toContainEqual(
      rect(0, 0, 100, 100),
    );
  });

  it("contain: paint clips like overflow", () => {
    const child = node(rect(0, 0, 100, 100));
    expect(drawnRects([node(rect(0, 0, 10, 10), { contain: "paint" }, [child])], VIEWPORT)).toEqual([
      rect(0, 0, 10, 10),
      rect(0, 0, 10, 10),
    ]);
  });
});

describe("paints", () => {
  const facts = (style: Partial<StyleFacts>, tag = "div", hasText = false) => ({ tag, style: { ...BASE, ...style }, hasText });

  it("sees backgrounds, images, borders, shadows, outlines, text and replaced elements", () => {
    expect(paints(facts({}))).toBe(false);
    expect(paints(facts({ backgroundColor: "rgb(0, 0, 0)" }))).toBe(true);
    expect(paints(facts({ backgroundColor: "rgba(0, 0, 0, 0.5)" }))).toBe(true);
    expect(paints(facts({ backgroundColor: "rgb(0 0 0 / 0)" }))).toBe(false);
    expect(paints(facts({ backgroundColor: "transparent" }))).toBe(false);
    expect(paints(facts({ backgroundImage: "url(x.png)" }))).toBe(true);
    expect(paints(facts({ borderLeftWidth: "1px" }))).toBe(true);
    expect(paints(facts({ borderLeftWidth: "1px", borderLeftColor: "rgba(0, 0, 0, 0)" }))).toBe(false);
    expect(paints(facts({ boxShadow: "rgba(0, 0, 0, 0.2) 0px 4px 16px 0px" }))).toBe(true);
    expect(paints(facts({ outlineStyle: "solid", outlineWidth: "2px" }))).toBe(true);
    expect(paints(facts({}, "div", true))).toBe(true);
    expect(paints(facts({}, "iframe"))).toBe(true);
    expect(paints(facts({}, "svg"))).toBe(true);
  });
});

describe("frameRects", () => {
  it("grows each box by the band, within the viewport, in whole pixels", () => {
    expect(frameRects([rect(1200.4, 720.6, 60, 60)], VIEWPORT, 24)).toEqual([
      { left: 1176, top: 696, right: 1280, bottom: 800 },
    ]);
    expect(frameRects([rect(500, 300, 10, 10)], VIEWPORT)).toEqual([
      rect(500 - SHADOW_BAND_PX, 300 - SHADOW_BAND_PX, 10 + 2 * SHADOW_BAND_PX, 10 + 2 * SHADOW_BAND_PX),
    ]);
  });

  it("drops the boxes inside another one, keeps the rest", () => {
    const panel = rect(900, 100, 360, 520);
    const header = rect(900, 100, 360, 50);
    const far = rect(20, 720, 60, 60);
    expect(frameRects([header, panel, far, panel], VIEWPORT, 0)).toEqual([panel, far]);
  });

  it("nothing drawn, nothing kept", () => {
    expect(frameRects([], VIEWPORT)).toEqual([]);
    expect(frameRects([rect(2000, 2000, 10, 10)], VIEWPORT, 24)).toEqual([]);
  });
});

describe("clipPathOf", () => {
  it("a path of clockwise rectangles, one per box", () => {
    expect(clipPathOf([rect(10, 20, 30, 40), rect(0, 0, 5, 5)])).toBe('path("M10 20H40V60H10ZM0 0H5V5H0Z")');
  });

  it("no box: a path of no area (nothing shows, nothing takes a click)", () => {
    expect(clipPathOf([])).toBe('path("M0 0H0V0Z")');
  });
});

describe("animatesBoxes", () => {
  it("a colour or shadow pulse cannot move a box; a slide, a fade or anything unknown can", () => {
    expect(animatesBoxes(["backgroundColor", "boxShadow"])).toBe(false);
    expect(animatesBoxes(["transform"])).toBe(true);
    expect(animatesBoxes(["opacity", "color"])).toBe(true);
    expect(animatesBoxes([])).toBe(true);
  });
});
