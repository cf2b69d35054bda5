import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_OPTIONS, type LoaderScript } from "../protocol/args";
import { RealWidgetLoader, type LoaderOptions, type LoadingStatus } from "./realWidgetLoader";
import { LoaderError } from "./scriptLoader";

const SNIPPET: LoaderScript[] = [{ src: "https://widget.example/embed.js", attributes: {} }];
const box = () => document.querySelector<HTMLElement>(".oc-loader-status");
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("RealWidgetLoader", () => {
  afterEach(() => {
    document.body.innerHTML = "";
    document.head.innerHTML = "";
  });

  it("loads the options' scripts with their timeout, showing 'loading' then nothing once ready", async () => {
    const load = vi.fn(() => Promise.resolve());
    const seen: [LoadingStatus, string][] = [];
    const options: LoaderOptions = { ...DEFAULT_OPTIONS, loader: SNIPPET, loaderTimeout: 7.5 };
    const loader = new RealWidgetLoader(document, document.body, () => options, (s, e) => seen.push([s, e]), load);
    const started = loader.start();
    expect(loader.status).toBe("loading");
    expect(box()?.dataset.status).toBe("loading"); // the box shows the status before the owner hears it
    await started;
    expect(load).toHaveBeenCalledWith(document, SNIPPET, 7500);
    expect(loader.status).toBe("ready");
    expect(box()?.hidden).toBe(true);
    expect(seen).toEqual([
      ["loading", ""],
      ["ready", ""],
    ]);
  });

  it("says why it failed, and its Retry loads again with the options of the latest render", async () => {
    const load = vi
      .fn<(doc: Document, scripts: readonly LoaderScript[], timeoutMs: number) => Promise<void>>()
      .mockRejectedValueOnce(new LoaderError("the loader script could not be fetched (HTTP or network error): x"))
      .mockResolvedValueOnce(undefined);
    const seen: [LoadingStatus, string][] = [];
    let options: LoaderOptions = { ...DEFAULT_OPTIONS, loader: SNIPPET };
    const loader = new RealWidgetLoader(document, document.body, () => options, (s, e) => seen.push([s, e]), load);
    await loader.start();
    expect(loader.status).toBe("failed");
    expect(box()?.textContent).toContain("could not be fetched (HTTP or network error): x");
    expect(seen.at(-1)).toEqual(["failed", "the loader script could not be fetched (HTTP or network error): x"]);

    options = { ...options, loaderTimeout: 30 };
    box()!.querySelector("button")!.click();
    await settle();
    expect(load).toHaveBeenLastCalledWith(document, SNIPPET, 30_000);
    expect(loader.status).toBe("ready");
    expect(seen.map(([status]) => status)).toEqual(["loading", "failed", "loading", "ready"]);
    expect(document.querySelectorAll(".oc-loader-status")).toHaveLength(1); // one box throughout
  });
});
