// Stand-in vendor widget (a): a launcher and a sliding panel drawn in the page's document,
// the way most chat vendors draw. Written for the tests; it is not Octocom's code.
// - launcher: a 60 px round button at right: 20px; bottom: 20px, with a shadow;
// - panel: 360 x 520 px above it, at most calc(100vh - 140px) tall, sliding and fading in
//   (a CSS transition); hidden (visibility) while closed;
// - opens on each openChatEvent (recording every detail in window.__standin.opens) and
//   on a click of its launcher, which toggles it; the panel's close button closes it.
(function () {
  var state = { name: "doc-panel", opens: [], open: false, clicks: 0 };
  window.__standin = state;
  var style = document.createElement("style");
  style.textContent = [
    ".sd-launcher { position: fixed; right: 20px; bottom: 20px; width: 60px; height: 60px; margin: 0;",
    "  padding: 0; border: 0; border-radius: 50%; background: #1a73e8; color: #fff; font: 600 13px sans-serif;",
    "  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25); cursor: pointer; z-index: 2147483000; }",
    ".sd-launcher:focus-visible { outline: 3px solid #fbbc04; outline-offset: 2px; }",
    ".sd-panel { position: fixed; right: 20px; bottom: 96px; width: 360px; height: 520px;",
    "  max-width: calc(100vw - 40px); max-height: calc(100vh - 140px); box-sizing: border-box;",
    "  display: flex; flex-direction: column; background: #fff; color: #202124; border-radius: 12px;",
    "  font: 14px sans-serif; box-shadow: 0 8px 30px rgba(0, 0, 0, 0.2); z-index: 2147483000;",
    "  opacity: 0; transform: translateY(24px); visibility: hidden;",
    "  transition: opacity 0.3s ease, transform 0.3s ease, visibility 0s linear 0.3s; }",
    ".sd-panel.sd-open { opacity: 1; transform: none; visibility: visible;",
    "  transition: opacity 0.3s ease, transform 0.3s ease, visibility 0s; }",
    ".sd-header { display: flex; align-items: center; justify-content: space-between; padding: 12px 16px;",
    "  background: #1a73e8; color: #fff; border-radius: 12px 12px 0 0; }",
    ".sd-close { width: 32px; height: 32px; border: 0; border-radius: 50%; background: transparent;",
    "  color: inherit; font: 20px sans-serif; cursor: pointer; }",
    ".sd-log { flex: 1; margin: 0; padding: 12px 16px; list-style: none; overflow: auto; }",
    ".sd-form { display: flex; gap: 8px; padding: 12px 16px; border-top: 1px solid #dadce0; }",
    ".sd-form input { flex: 1; min-width: 0; padding: 8px; font: inherit; }",
  ].join("\n");
  document.head.appendChild(style);

  var root = document.createElement("div");
  root.className = "sd-root";
  root.setAttribute("data-standin-root", "doc-panel");
  var launcher = document.createElement("button");
  launcher.type = "button";
  launcher.className = "sd-launcher";
  launcher.setAttribute("data-standin-part", "launcher");
  launcher.setAttribute("aria-label", "Open the chat");
  launcher.textContent = "Chat";
  var panel = document.createElement("section");
  panel.className = "sd-panel";
  panel.setAttribute("data-standin-part", "panel");
  panel.setAttribute("aria-label", "Chat");
  var header = document.createElement("header");
  header.className = "sd-header";
  var title = document.createElement("strong");
  title.textContent = "Support";
  var close = document.createElement("button");
  close.type = "button";
  close.className = "sd-close";
  close.setAttribute("data-standin-part", "close");
  close.setAttribute("aria-label", "Close the chat");
  close.textContent = "\u00d7";
  header.append(title, close);
  var log = document.createElement("ul");
  log.className = "sd-log";
  var form = document.createElement("form");
  form.className = "sd-form";
  var input = document.createElement("input");
  input.setAttribute("aria-label", "Your message");
  var send = document.createElement("button");
  send.type = "submit";
  send.textContent = "Send";
  form.append(input, send);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  panel.append(header, log, form);
  root.append(panel, launcher);
  document.body.appendChild(root);

  function setOpen(open) {
    state.open = open;
    panel.classList.toggle("sd-open", open);
    launcher.setAttribute("aria-expanded", String(open));
  }
  launcher.addEventListener("click", function () {
    state.clicks += 1;
    setOpen(!state.open);
  });
  close.addEventListener("click", function () {
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
