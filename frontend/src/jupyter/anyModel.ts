/**
 * The part of anywidget's front-end model API this widget uses (see anywidget's
 * `@anywidget/types`): read synced traits, listen for their changes, and write a trait
 * back to the Python object (`set`, then `save_changes`).
 */

export type Listener = () => void;

export interface AnyModel {
  get(name: string): unknown;
  on(event: string, callback: Listener): void;
  off(event?: string | null, callback?: Listener | null): void;
  set(name: string, value: unknown): void;
  save_changes(): void;
}

export interface RenderProps {
  model: AnyModel;
  el: HTMLElement;
}

export interface InitializeProps {
  model: AnyModel;
}

/** What an anywidget ESM exports by default. */
export interface AnyWidgetModule {
  initialize?: (props: InitializeProps) => void | (() => void);
  render: (props: RenderProps) => void | (() => void);
}
