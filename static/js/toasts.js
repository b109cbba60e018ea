// A visible toast for a mention, an answer, a question to one's organization or an opened PBL
// session, on every logged-in page, and a desktop notification when the person has allowed
// them (the button on the settings page asks; nothing asks on load). The texts come
// translated from data-* attributes of #toasts in base.html. The toast sits in a polite live
// region and never takes the focus; its buttons are in the tab order and Esc inside it
// dismisses it.
import { live } from "./live/connection.js";

const box = document.getElementById("toasts");
// The kinds shown (data-kinds, which live.js reads too) and the data-* text of each.
const TEXTS = { mention: "mention", org_mention: "orgMention", question: "question",
                answer: "answer", pbl_opened: "pblOpened" };
const WANTED = {};
if (box) {
  box.dataset.kinds.split(" ").forEach(function (kind) { WANTED[kind] = TEXTS[kind]; });
}
const SHOWN_MS = 20000;

function textFor(item) {
  const template = box.dataset[WANTED[item.kind]];
  const name = (item.actor && item.actor.name) || "";
  return template.replace("%(name)s", name).replace("%(title)s", item.title || "");
}

function dismiss(toast) {
  if (toast.parentNode) { toast.parentNode.removeChild(toast); }
}

function showToast(item, text) {
  const toast = document.createElement("div");
  toast.className = "toast";
  const message = document.createElement("p");
  message.textContent = text;
  toast.appendChild(message);
  const actions = document.createElement("p");
  actions.className = "toast-actions";
  if (item.url) {
    const open = document.createElement("a");
    open.href = item.url;
    open.textContent = box.dataset.open;
    actions.appendChild(open);
  }
  const close = document.createElement("button");
  close.type = "button";
  close.className = "link-button";
  close.textContent = box.dataset.dismiss;
  close.addEventListener("click", function () { dismiss(toast); });
  actions.appendChild(close);
  toast.appendChild(actions);
  toast.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { dismiss(toast); }
  });
  box.appendChild(toast);
  // Gone after a while unless the person is reading or using it.
  window.setTimeout(function () {
    if (!toast.contains(document.activeElement) && !toast.matches(":hover")) { dismiss(toast); }
  }, SHOWN_MS);
}

function showDesktop(item, text) {
  if (!("Notification" in window) || window.Notification.permission !== "granted") { return; }
  if (document.visibilityState === "visible" && document.hasFocus()) { return; }
  try {
    const note = new window.Notification(text, { tag: "forum-" + item.id });
    note.onclick = function () {
      window.focus();
      if (item.url) { window.location.assign(item.url); }
    };
  } catch (err) { /* some browsers allow them only from a service worker */ }
}

if (live && box) {
  live.socket.on("notification", function (data) {
    const item = data && data.item;
    if (!item || !WANTED[item.kind]) { return; }
    const text = textFor(item);
    showToast(item, text);
    showDesktop(item, text);
  });
}

// The settings page's button: ask for desktop notifications only when the person says so.
const ask = document.getElementById("desktop-notifications");
if (ask && "Notification" in window) {
  const state = document.getElementById("desktop-notifications-state");
  const render = function () {
    const permission = window.Notification.permission;
    state.textContent = ask.dataset[permission] || "";
    ask.hidden = permission !== "default";
  };
  ask.addEventListener("click", function () {
    window.Notification.requestPermission().then(render);
  });
  render();
  ask.closest("[data-desktop]").hidden = false;
}
