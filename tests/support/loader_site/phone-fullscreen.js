// Stand-in vendor widget (c): drawn in an open shadow root; its panel goes full screen on a
// phone (a media query on the width), the way mobile-aware chat vendors draw. Written for the
// tests; it is not Octocom's code.
// - launcher: a 56 px button at right: 16px; bottom: 16px;
// - panel: 380 x 600 px above it (at most calc(100vh - 104px) tall), shown with the hidden
//   attribute; at (max-width: 480px) it covers the whole viewport (100vw x 100vh) and the
//   launcher hides while it is open;
// - opens on each openChatEvent (recording every detail in window.__standin.opens) and on a
//   click of its launcher (which toggles it); the panel's close button closes it.
(function () {
  var state = { name: "phone-fullscreen", opens: [], open: false, clicks: 0 };
  window.__standin = state;
  var host = document.createElement("div");
  host.setAttribute("data-standin-root", "phone-fullscreen");
  var shadow = host.attachShadow({ mode: "open" });
  shadow.innerHTML =
    "<style>" +
    ".launcher { position: fixed; right: 16px; bottom: 16px; width: 56px; height: 56px; border: 0;" +
    " border-radius: 16px; background: #0b8043; color: #fff; font: 600 12px sans-serif; cursor: pointer;" +
    " box-shadow: 0 3px 10px rgba(0, 0, 0, 0.3); z-index: 2147483000; }" +
    ".panel { position: fixed; right: 16px; bottom: 88px; width: 380px; height: 600px;" +
    " max-height: calc(100vh - 104px); box-sizing: border-box; display: flex; flex-direction: column;" +
    " background: #fff; color: #202124; border-radius: 16px; font: 14px sans-serif;" +
    " box-shadow: 0 6px 24px rgba(0, 0, 0, 0.22); z-index: 2147483000; }" +
    ".panel[hidden] { display: none; }" +
    "header { display: flex; justify-content: space-between; align-items: center; padding: 12px 16px;" +
    " background: #0b8043; color: #fff; border-radius: 16px 16px 0 0; }" +
    ".close { width: 32px; height: 32px; border: 0; background: transparent; color: inherit; font: 20px sans-serif; }" +
    "ul { flex: 1; margin: 0; padding: 12px 16px; list-style: none; overflow: auto; }" +
    "@media (max-width: 480px) {" +
    " .panel { inset: 0; width: 100vw; height: 100vh; max-height: none; border-radius: 0; }" +
    " header { border-radius: 0; }" +
    " :host([data-open]) .launcher { display: none; } }" +
    "</style>" +
    '<section class="panel" data-standin-part="panel" aria-label="Chat" hidden>' +
    '<header><strong>Support</strong><button type="button" class="close" data-standin-part="close"' +
    ' aria-label="Close the chat">\u00d7</button></header><ul class="log"></ul></section>' +
    '<button type="button" class="launcher" data-standin-part="launcher" aria-label="Open the chat"' +
    ' aria-expanded="false">Chat</button>';
  document.body.appendChild(host);
  var panel = shadow.querySelector(".panel");
  var launcher = shadow.querySelector(".launcher");
  var log = shadow.querySelector(".log");

  function setOpen(open) {
    state.open = open;
    panel.hidden = !open;
    host.toggleAttribute("data-open", open);
    launcher.setAttribute("aria-expanded", String(open));
  }
  launcher.addEventListener("click", function () {
    state.clicks += 1;
    setOpen(!state.open);
  });
  shadow.querySelector(".close").addEventListener("click", function () {
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
