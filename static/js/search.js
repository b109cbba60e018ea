// Results as you type in the header search box (the form still works without this file).
import { t } from "./lib/i18n.js";

function enhance(input, box, status) {
  let timer = null;
  let latest = 0;

  function hide() {
    box.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }

  function show(data) {
    box.textContent = "";
    const list = document.createElement("ul");
    data.hits.forEach(function (hit) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = hit.url;
      // title_html and snippet_html are escaped by the server; the only markup is <mark>.
      link.innerHTML = hit.title_html;
      const snippet = document.createElement("span");
      snippet.className = "muted";
      snippet.innerHTML = hit.snippet_html;
      item.appendChild(link);
      item.appendChild(snippet);
      list.appendChild(item);
    });
    box.appendChild(list);
    const all = document.createElement("a");
    all.href = "/search?q=" + encodeURIComponent(input.value);
    all.className = "all-results";
    const count = data.total_capped ? t("search.more_than", data.total) : String(data.total);
    all.textContent = data.total_capped ? t("search.show_results", count)
      : t("search.all_results", count);
    box.appendChild(all);
    box.hidden = false;
    input.setAttribute("aria-expanded", "true");
    status.textContent = t("search.results", count);
  }

  function lookup() {
    const text = input.value.trim();
    if (text.length < 2) { hide(); return; }
    const ticket = ++latest;
    fetch("/api/v1/search?q=" + encodeURIComponent(text), {
      headers: { "Accept": "application/json" }, credentials: "same-origin"
    }).then(function (r) { return r.json(); }).then(function (data) {
      if (ticket === latest && data.hits) { show(data); }
    }).catch(hide);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(lookup, 250);  // debounced: one request per pause in typing
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(); }
    if (event.key === "ArrowDown" && !box.hidden) {
      const first = box.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    }
  });
  box.addEventListener("keydown", function (event) {
    const links = Array.prototype.slice.call(box.querySelectorAll("a"));
    const index = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && index < links.length - 1) {
      event.preventDefault(); links[index + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (index <= 0) { input.focus(); } else { links[index - 1].focus(); }
    } else if (event.key === "Escape") { hide(); input.focus(); }
  });
  document.addEventListener("click", function (event) {
    if (!box.contains(event.target) && event.target !== input) { hide(); }
  });
}

const input = document.getElementById("site-search-q");
const box = document.getElementById("site-search-results");
if (input && box) { enhance(input, box, document.getElementById("site-search-status")); }
