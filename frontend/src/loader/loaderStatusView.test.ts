import { afterEach, describe, expect, it, vi } from "vitest";
import { LoaderStatusView } from "./loaderStatusView";

const box = () => document.querySelector<HTMLElement>(".oc-loader-status")!;

describe("LoaderStatusView", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    document.head.innerHTML = "";
  });

  it("brings the widget's stylesheet (no preview widget is on a loader's page), once", () => {
    new LoaderStatusView(document, document.body, () => undefined).show("loading");
    new LoaderStatusView(document, document.body, () => undefined).show("loading");
    expect(document.querySelectorAll("style#octocom-preview-styles")).toHaveLength(1);
    expect(box().firstElementChild?.className).toBe("oc-loader-title");
  });

  it("says it is loading, as a status for assistive technology", () => {
    new LoaderStatusView(document, document.body, () => undefined).show("loading");
    expect(box().getAttribute("role")).toBe("status");
    expect(box().dataset.status).toBe("loading");
    expect(box().hidden).toBe(false);
    expect(box().textContent).toBe("Loading the Octocom widget…");
  });

  it("shows why loading failed, as text, and a Retry button that calls back", () => {
    const onRetry = vi.fn();
    const view = new LoaderStatusView(document, document.body, onRetry);
    view.show("loading");
    view.show("failed", "<img src=x onerror=alert(1)> timed out");
    expect(box().dataset.status).toBe("failed");
    expect(box().hidden).toBe(false);
    expect(box().firstElementChild?.textContent).toBe(
      "Could not load the Octocom widget: <img src=x onerror=alert(1)> timed out",
    );
    expect(box().querySelector("img")).toBeNull();
    expect(box().textContent).toContain("Open requests are kept and will be delivered once it loads.");
    const retry = box().querySelector<HTMLButtonElement>("button")!;
    expect(retry.textContent).toBe("Retry");
    expect(retry.type).toBe("button");
    expect(retry.className).toBe("oc-loader-retry");
    retry.click();
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it("hides once the widget is ready, and keeps one box throughout", () => {
    const view = new LoaderStatusView(document, document.body, () => undefined);
    view.show("failed", "network error");
    view.show("ready");
    expect(document.querySelectorAll(".oc-loader-status")).toHaveLength(1);
    expect(box().dataset.status).toBe("ready");
    expect(box().hidden).toBe(true);
    expect(box().querySelector("button")).toBeNull();
  });
});
