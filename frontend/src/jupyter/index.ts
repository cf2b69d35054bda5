/**
 * The anywidget ESM of `octocom_streamlit.jupyter.ChatWidget`, built by
 * `vite.jupyter.config.ts` into `octocom_streamlit/_frontend/jupyter/widget.js`.
 */

import type { AnyWidgetModule } from "./anyModel";
import { renderChatView } from "./chatView";

const widget: AnyWidgetModule = {
  render: ({ model, el }) => renderChatView(model, el),
};

export default widget;
