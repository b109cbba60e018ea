// Glossary explanations on every page: a link made by the server, <a class="glossary-term"
// href="/glossary/<slug>" data-term="<slug>">, shows the term's short definitions in a tooltip
// on hover and on keyboard focus (WCAG 1.4.13: it can be hovered, stays while hovered or
// focused, and Escape closes it). Focus never moves into it. Without this file the link simply
// leads to the glossary page.
import { t } from "./lib/i18n.js";

var TEXT = { loading: t("glossary.loading"), failed: t("glossary.failed"),
             more: t("glossary.more") };

// The tooltip's styles live next to this script (no inline style: the CSP forbids it).
// A module has no document.currentScript; its own address is import.meta.url.
var css = document.createElement("link");
css.rel = "stylesheet";
css.href = new URL("../css/glossary.css", import.meta.url).href;
document.head.appendChild(css);

var cache = {};
var tip = null;
var current = null;      // the link the tooltip explains
var dismissed = null;    // Escape closed it for this link: stay closed until it is left
var hideTimer = 0;
var showTimer = 0;

function tooltip() {
  if (tip) { return tip; }
  tip = document.createElement("div");
  tip.id = "glossary-tip";
  tip.className = "glossary-tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  tip.addEventListener("mouseenter", function () { window.clearTimeout(hideTimer); });
  tip.addEventListener("mouseleave", function () { scheduleHide(); });
  document.body.appendChild(tip);
  return tip;
}

function termOf(link) {
  return link.getAttribute("data-term") || "";
}

function load(slug) {
  if (!cache[slug]) {
    cache[slug] = window.fetch("/api/v1/glossary/" + encodeURIComponent(slug), {
      credentials: "same-origin", headers: { Accept: "application/json" }
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).catch(function (err) { delete cache[slug]; throw err; });
  }
  return cache[slug];
}

function line(tag, className, text) {
  var el = document.createElement(tag);
  if (className) { el.className = className; }
  el.textContent = text;
  return el;
}

function fill(data) {
  var box = tooltip();
  box.textContent = "";
  box.appendChild(line("p", "glossary-tip-term", data.term));
  var list = document.createElement("dl");
  (data.definitions || []).forEach(function (d) {
    list.appendChild(line("dt", "", d.label));
    var dd = line("dd", "", d.text);
    if (d.source) { dd.appendChild(line("span", "glossary-tip-source", t("glossary.source", d.source))); }
    list.appendChild(dd);
  });
  box.appendChild(list);
  box.appendChild(line("p", "glossary-tip-more", TEXT.more + " ↵"));
}

function place(link) {
  var box = tooltip();
  var rect = link.getBoundingClientRect();
  var width = Math.min(352, document.documentElement.clientWidth - 16);
  var left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
  box.style.width = width + "px";
  box.style.left = (left + window.scrollX) + "px";
  box.style.top = (rect.bottom + window.scrollY + 6) + "px";
}

function show(link) {
  if (link === dismissed) { return; }
  window.clearTimeout(hideTimer);
  if (current && current !== link) { hide(); }
  current = link;
  var box = tooltip();
  var described = (link.getAttribute("aria-describedby") || "").split(" ");
  if (described.indexOf(box.id) === -1) {
    link.setAttribute("aria-describedby", described.concat([box.id]).join(" ").trim());
  }
  box.textContent = "";
  box.appendChild(line("p", "glossary-tip-loading", TEXT.loading));
  box.hidden = false;
  place(link);
  load(termOf(link)).then(function (data) {
    if (current !== link) { return; }
    fill(data);
    place(link);
  }, function () {
    if (current !== link) { return; }
    box.textContent = "";
    box.appendChild(line("p", "", TEXT.failed));
  });
}

function hide() {
  window.clearTimeout(hideTimer);
  window.clearTimeout(showTimer);
  if (tip) { tip.hidden = true; }
  if (current) {
    var rest = (current.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
      return id && id !== "glossary-tip";
    });
    if (rest.length) { current.setAttribute("aria-describedby", rest.join(" ")); }
    else { current.removeAttribute("aria-describedby"); }
  }
  current = null;
}

function scheduleHide() {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(function () {
    if (current && (current === document.activeElement)) { return; }  // focus keeps it
    hide();
  }, 300);
}

function termLink(target) {
  return target && target.closest ? target.closest("a.glossary-term") : null;
}

document.addEventListener("mouseover", function (event) {
  var link = termLink(event.target);
  if (!link) { return; }
  window.clearTimeout(hideTimer);
  window.clearTimeout(showTimer);
  showTimer = window.setTimeout(function () { show(link); }, 120);
});
document.addEventListener("mouseout", function (event) {
  var link = termLink(event.target);
  if (!link || link.contains(event.relatedTarget)) { return; }
  window.clearTimeout(showTimer);
  if (dismissed === link) { dismissed = null; }
  if (current === link) { scheduleHide(); }
});
document.addEventListener("focusin", function (event) {
  var link = termLink(event.target);
  if (link) { show(link); }
});
document.addEventListener("focusout", function (event) {
  var link = termLink(event.target);
  if (!link) { return; }
  if (dismissed === link) { dismissed = null; }
  if (current === link) { hide(); }
});
document.addEventListener("keydown", function (event) {
  if (event.key === "Escape" && current && tip && !tip.hidden) {
    dismissed = current;
    hide();
  }
});
window.addEventListener("resize", function () { if (current) { place(current); } });
