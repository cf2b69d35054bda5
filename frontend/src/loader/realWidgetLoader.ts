/**
 * The way in of the real Octocom widget: loads the loader scripts into the document
 * (scriptLoader.ts), shows how that goes in the status box (loaderStatusView.ts, whose
 * Retry loads again) and tells its owner every change of status, so that the owner sizes
 * the frame, reports the outcome to Python and, once the widget is ready, delivers.
 */

import type { WidgetOptions } from "../protocol/args";
import { LoaderStatusView, type LoaderStatus } from "./loaderStatusView";
import { loadScripts } from "./scriptLoader";

/** Where loading stands once it started ("none" is the preview widget's, never a loader's). */
export type LoadingStatus = Exclude<LoaderStatus, "none">;

/** What to load, read at each attempt (the options of the latest render). */
export type LoaderOptions = Pick<WidgetOptions, "loader" | "loaderTimeout">;

export class RealWidgetLoader {
  private current: LoadingStatus = "loading";
  private view: LoaderStatusView | null = null;

  /**
   * `mount` takes the status box when loading starts; `onStatus` hears each change, after
   * the box shows it (`error`: why loading failed). `load` is the script loader (tests
   * pass their own).
   */
  constructor(
    private readonly doc: Document,
    private readonly mount: HTMLElement,
    private readonly options: () => LoaderOptions,
    private readonly onStatus: (status: LoadingStatus, error: string) => void,
    private readonly load: typeof loadScripts = loadScripts,
  ) {}

  get status(): LoadingStatus {
    return this.current;
  }

  /** Load the scripts (again, after a failure: the status box's Retry calls it too). */
  async start(): Promise<void> {
    const { loader = [], loaderTimeout } = this.options();
    this.set("loading");
    try {
      await this.load(this.doc, loader, loaderTimeout * 1000);
    } catch (error) {
      this.set("failed", error instanceof Error ? error.message : String(error));
      return;
    }
    this.set("ready");
  }

  private set(status: LoadingStatus, error = ""): void {
    this.current = status;
    this.view ??= new LoaderStatusView(this.doc, this.mount, () => void this.start());
    this.view.show(status, error);
    this.onStatus(status, error);
  }
}
