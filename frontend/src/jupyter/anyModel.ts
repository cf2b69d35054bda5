/**
 * The part of anywidget's front-end model API this widget uses (see anywidget's
 * `@anywidget/types`): read synced traits, listen for their changes, and send custom
 * messages to the Python object.
 */

export type Listener = () => void;

export interface AnyModel {
  get(name: string): unknown;
  on(event: string, callback: Listener): void;
  off(event?: string | null, callback?: Listener | null): void;
  send(content: unknown): void;
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
