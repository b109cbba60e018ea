// @mention autocompletion for every textarea with data-mentions (people and organizations).
// Loaded before page scripts, so accepting a suggestion with Enter never also sends a post.
import { t } from "./lib/i18n.js";
var counter = 0;

function attach(area) {
  var id = "mention-list-" + (++counter);
  var list = document.createElement("ul");
  list.id = id;
  list.className = "mention-list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", t("mentions.suggestions"));
  list.hidden = true;
  area.insertAdjacentElement("afterend", list);
  area.setAttribute("aria-autocomplete", "list");
  area.setAttribute("aria-controls", id);
  var items = [];
  var active = -1;
  var timer = null;
  var ticket = 0;

  function prefix() {
    var before = area.value.slice(0, area.selectionStart);
    var match = /(^|[^\w@.])@([A-Za-z0-9._-]{1,39})$/.exec(before);
    return match ? match[2] : null;
  }

  function close() {
    list.hidden = true;
    items = [];
    active = -1;
    area.removeAttribute("aria-activedescendant");
  }

  function highlight(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (li, i) {
      li.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    if (index >= 0) { area.setAttribute("aria-activedescendant", id + "-" + index); }
  }

  function render(found) {
    list.textContent = "";
    items = found;
    found.forEach(function (item, i) {
      var li = document.createElement("li");
      li.id = id + "-" + i;
      li.setAttribute("role", "option");
      li.textContent = "@" + item.handle + " — " + item.label;
      li.addEventListener("mousedown", function (event) {
        event.preventDefault();
        accept(i);
      });
      list.appendChild(li);
    });
    if (!found.length) { close(); return; }
    list.hidden = false;
    highlight(0);
  }

  function accept(index) {
    var item = items[index];
    var start = area.selectionStart;
    var before = area.value.slice(0, start).replace(/@([A-Za-z0-9._-]{1,39})$/, "@" + item.handle + " ");
    area.value = before + area.value.slice(start);
    area.selectionStart = area.selectionEnd = before.length;
    close();
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function lookup() {
    var text = prefix();
    if (!text) { close(); return; }
    var mine = ++ticket;
    fetch("/api/v1/mentions?q=" + encodeURIComponent(text), {
      headers: { "Accept": "application/json" }, credentials: "same-origin"
    }).then(function (r) { return r.json(); }).then(function (data) {
      if (mine === ticket && data.items) { render(data.items); }
    }).catch(close);
  }

  area.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(lookup, 150);
  });
  area.addEventListener("keydown", function (event) {
    if (list.hidden || !items.length) { return; }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      var step = event.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + items.length) % items.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      event.stopImmediatePropagation();
      accept(active < 0 ? 0 : active);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopImmediatePropagation();
      close();
    }
  });
  area.addEventListener("blur", function () { setTimeout(close, 150); });
}

document.querySelectorAll("textarea[data-mentions]").forEach(attach);
