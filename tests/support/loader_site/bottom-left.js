// Stand-in vendor widget (d): anchored bottom-left, inside a full-window layer that lets
// clicks through (pointer-events: none, its parts take them back), with a greeting bubble
// that appears a moment after load, the way "proactive" chat vendors draw. Written for the
// tests; it is not Octocom's code.
// - layer: position: fixed; inset: 0; pointer-events: none (draws nothing itself);
// - launcher: a pill button "Chat with us" at left: 20px; bottom: 20px;
// - greeting: a bubble above the launcher, added 400 ms after load, gone once the chat opens;
// - panel: 340 x 480 px above the launcher (at most calc(100vh - 100px) tall), scaling up
//   from its bottom-left corner (a CSS transition) when it opens;
// - opens on each openChatEvent (recording every detail in window.__standin.opens) and on a
//   click of its launcher (which toggles it); the panel's close button closes it.
(function () {
  var state = { name: "bottom-left", opens: [], open: false, clicks: 0, greeted: false };
  window.__standin = state;
  var style = document.createElement("style");
  style.textContent = [
    ".bl-layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483000; font: 14px sans-serif; }",
    ".bl-layer > * { pointer-events: auto; }",
    ".bl-launcher { position: absolute; left: 20px; bottom: 20px; height: 48px; padding: 0 20px; border: 0;",
    "  border-radius: 24px; background: #d93025; color: #fff; font: 600 15px sans-serif; cursor: pointer;",
    "  box-shadow: 0 2px 10px rgba(0, 0, 0, 0.25); }",
    ".bl-greeting { position: absolute; left: 20px; bottom: 80px; width: 240px; box-sizing: border-box;",
    "  padding: 12px 36px 12px 14px; background: #fff; color: #202124; border-radius: 12px;",
    "  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.18); animation: bl-pop 0.25s ease-out; }",
    ".bl-greeting button { position: absolute; top: 6px; right: 6px; width: 24px; height: 24px; border: 0;",
    "  background: transparent; cursor: pointer; }",
    "@keyframes bl-pop { from { opacity: 0; transform: translateY(12px); } to { opacity: 1; transform: none; } }",
    ".bl-panel { position: absolute; left: 20px; bottom: 80px; width: 340px; height: 480px;",
    "  max-height: calc(100vh - 100px); max-width: calc(100vw - 40px); box-sizing: border-box;",
    "  display: flex; flex-direction: column; background: #fff; color: #202124; border-radius: 14px;",
    "  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.2); transform-origin: bottom left;",
    "  transform: scale(0.6); opacity: 0; visibility: hidden;",
    "  transition: transform 0.25s ease, opacity 0.25s ease, visibility 0s linear 0.25s; }",
    ".bl-panel.bl-open { transform: none; opacity: 1; visibility: visible;",
    "  transition: transform 0.25s ease, opacity 0.25s ease, visibility 0s; }",
    ".bl-panel header { display: flex; justify-content: space-between; align-items: center; padding: 12px 16px;",
    "  background: #d93025; color: #fff; border-radius: 14px 14px 0 0; }",
    ".bl-panel .bl-close { width: 32px; height: 32px; border: 0; background: transparent; color: inherit;",
    "  font: 20px sans-serif; cursor: pointer; }",
    ".bl-panel ul { flex: 1; margin: 0; padding: 12px 16px; list-style: none; overflow: auto; }",
  ].join("\n");
  document.head.appendChild(style);

  var layer = document.createElement("div");
  layer.className = "bl-layer";
  layer.setAttribute("data-standin-root", "bottom-left");
  layer.innerHTML =
    '<section class="bl-panel" data-standin-part="panel" aria-label="Chat"><header><strong>Support</strong>' +
    '<button type="button" class="bl-close" data-standin-part="close" aria-label="Close the chat">\u00d7</button>' +
    '</header><ul class="bl-log"></ul></section>' +
    '<button type="button" class="bl-launcher" data-standin-part="launcher" aria-expanded="false">Chat with us</button>';
  document.body.appendChild(layer);
  var panel = layer.querySelector(".bl-panel");
  var launcher = layer.querySelector(".bl-launcher");
  var log = layer.querySelector(".bl-log");
  var greeting = null;

  function dismissGreeting() {
    if (greeting) greeting.remove();
    greeting = null;
  }
  setTimeout(function () {
    state.greeted = true;
    if (state.open) return;
    greeting = document.createElement("div");
    greeting.className = "bl-greeting";
    greeting.setAttribute("data-standin-part", "greeting");
    greeting.textContent = "Hi there! Questions about your order?";
    var dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.setAttribute("aria-label", "Dismiss");
    dismiss.textContent = "\u00d7";
    dismiss.addEventListener("click", dismissGreeting);
    greeting.appendChild(dismiss);
    layer.appendChild(greeting);
  }, 400);

  function setOpen(open) {
    state.open = open;
    if (open) dismissGreeting();
    panel.classList.toggle("bl-open", open);
    launcher.setAttribute("aria-expanded", String(open));
  }
  launcher.addEventListener("click", function () {
    state.clicks += 1;
    setOpen(!state.open);
  });
  layer.querySelector(".bl-close").addEventListener("click", function () {
    setOpen(false);
  });
  document.addEventListener("openChatEvent", function (event) {
    var detail = event.detail;
    if (!detail || detail.type !== "OPEN_OCTOCOM") return;
    state.opens.push(JSON.parse(JSON.stringify(detail)));
    setOpen(true);
    if (detail.message && detail.message.content) {
      var item = document.createElement("li");
      item.className = "standin-message";
      item.textContent = detail.message.content;
      log.appendChild(item);
    }
  });
})();
