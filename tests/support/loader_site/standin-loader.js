// A stand-in for Octocom's embed script, written from the "Control Widget With Code"
// guide: it listens for openChatEvent on document and renders what it receives.
// Served from 127.0.0.1 by the tests; it is not Octocom's code.
(function () {
  var widget = document.createElement("section");
  widget.id = "standin-widget";
  widget.setAttribute("aria-label", "Stand-in Octocom widget");
  widget.hidden = true;
  widget.style.cssText = "position:fixed;right:8px;bottom:8px;width:300px;height:400px;background:#fff;border:2px solid #333;font:14px sans-serif;overflow:auto";
  var list = document.createElement("ul");
  widget.appendChild(list);
  document.body.appendChild(widget);
  var loads = Number(document.documentElement.dataset.standinLoads || "0") + 1;
  document.documentElement.dataset.standinLoads = String(loads);
  var botId = document.currentScript && document.currentScript.getAttribute("data-bot-id");
  widget.dataset.botId = botId || "";
  document.addEventListener("openChatEvent", function (event) {
    var detail = event.detail;
    if (!detail || detail.type !== "OPEN_OCTOCOM") return;
    widget.hidden = false;
    if (detail.message) {
      var item = document.createElement("li");
      item.className = "standin-message";
      item.textContent = detail.message.content;
      if (detail.message.imageUrl) item.dataset.imageUrl = detail.message.imageUrl;
      list.appendChild(item);
    }
  });
})();
