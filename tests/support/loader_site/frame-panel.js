// Stand-in vendor widget (b): launcher and panel each in an iframe of the vendor's own, the
// way Intercom-style widgets draw. Written for the tests; it is not Octocom's code.
// - launcher frame: 60 x 60 px at right: 20px; bottom: 20px, round, with a shadow; a button
//   fills it;
// - panel frame: 376 x 560 px above it (at most calc(100vh - 120px) tall), display: none
//   while closed, sliding in with a CSS animation when it opens;
// - opens on each openChatEvent (recording every detail in window.__standin.opens) and on a
//   click of the launcher (which toggles it); the panel's close button closes it.
(function () {
  var state = { name: "frame-panel", opens: [], open: false, clicks: 0, framesReady: 0 };
  window.__standin = state;
  var style = document.createElement("style");
  style.textContent = [
    ".sf-launcher-frame { position: fixed; right: 20px; bottom: 20px; width: 60px; height: 60px;",
    "  border: 0; border-radius: 50%; box-shadow: 0 2px 12px rgba(0, 0, 0, 0.3); z-index: 2147483001;",
    "  color-scheme: normal; }",
    ".sf-panel-frame { position: fixed; right: 20px; bottom: 92px; width: 376px; height: 560px;",
    "  max-height: calc(100vh - 120px); max-width: calc(100vw - 40px); border: 0; border-radius: 16px;",
    "  box-shadow: 0 5px 40px rgba(0, 0, 0, 0.16); z-index: 2147483000; display: none; color-scheme: normal; }",
    ".sf-panel-frame.sf-open { display: block; animation: sf-slide 0.3s ease-out; }",
    "@keyframes sf-slide { from { opacity: 0; transform: translateY(30px); } to { opacity: 1; transform: none; } }",
  ].join("\n");
  document.head.appendChild(style);

  var launcherDoc =
    "<!doctype html><html><head><style>html,body{margin:0;height:100%;overflow:hidden}" +
    "button{width:100%;height:100%;border:0;border-radius:50%;background:#6f2dbd;color:#fff;" +
    "font:600 12px sans-serif;cursor:pointer}</style></head><body>" +
    '<button type="button" data-standin-part="launcher-button" aria-label="Open the chat" aria-expanded="false">Chat</button>' +
    "</body></html>";
  var panelDoc =
    "<!doctype html><html><head><style>html,body{margin:0;height:100%;font:14px sans-serif;background:#fff}" +
    "body{display:flex;flex-direction:column}header{display:flex;justify-content:space-between;align-items:center;" +
    "padding:12px 16px;background:#6f2dbd;color:#fff}button.close{width:32px;height:32px;border:0;" +
    "background:transparent;color:inherit;font:20px sans-serif;cursor:pointer}ul{flex:1;margin:0;padding:12px 16px;" +
    "list-style:none;overflow:auto}</style></head><body><header><strong>Support</strong>" +
    '<button type="button" class="close" data-standin-part="close" aria-label="Close the chat">\u00d7</button></header>' +
    '<ul class="log" aria-label="Messages"></ul></body></html>';

  var root = document.createElement("div");
  root.setAttribute("data-standin-root", "frame-panel");
  var launcher = document.createElement("iframe");
  launcher.className = "sf-launcher-frame";
  launcher.title = "Chat launcher";
  launcher.setAttribute("data-standin-part", "launcher");
  launcher.srcdoc = launcherDoc;
  var panel = document.createElement("iframe");
  panel.className = "sf-panel-frame";
  panel.title = "Chat";
  panel.setAttribute("data-standin-part", "panel");
  panel.srcdoc = panelDoc;
  root.append(panel, launcher);
  document.body.appendChild(root);

  var pending = [];
  function setOpen(open) {
    state.open = open;
    panel.classList.toggle("sf-open", open);
    var button = launcher.contentDocument && launcher.contentDocument.querySelector("button");
    if (button) button.setAttribute("aria-expanded", String(open));
  }
  function show(content) {
    var doc = panel.contentDocument;
    var list = doc && doc.querySelector(".log");
    if (!list) return pending.push(content);
    var item = doc.createElement("li");
    item.className = "standin-message";
    item.textContent = content;
    list.appendChild(item);
  }
  launcher.addEventListener("load", function () {
    state.framesReady += 1;
    launcher.contentDocument.querySelector("button").addEventListener("click", function () {
      state.clicks += 1;
      setOpen(!state.open);
    });
  });
  panel.addEventListener("load", function () {
    state.framesReady += 1;
    panel.contentDocument.querySelector(".close").addEventListener("click", function () {
      setOpen(false);
    });
    pending.splice(0).forEach(show);
  });
  document.addEventListener("openChatEvent", function (event) {
    var detail = event.detail;
    if (!detail || detail.type !== "OPEN_OCTOCOM") return;
    state.opens.push(JSON.parse(JSON.stringify(detail)));
    setOpen(true);
    if (detail.message && detail.message.content) show(detail.message.content);
  });
})();
