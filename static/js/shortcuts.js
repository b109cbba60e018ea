// Keyboard shortcuts on every logged-in page (lib/keys.js says which key does what):
// "/" search, "r" the reply box, "j"/"k" next/previous post, "?" the list of shortcuts
// (a <dialog> that base.html renders, translated). Never while typing in a field.
import { actionFor, step } from "./lib/keys.js";

const dialog = document.getElementById("shortcuts-dialog");

function posts() {
  return Array.prototype.slice.call(document.querySelectorAll("#posts > li.post"));
}

function focusPost(action) {
  const list = posts();
  const current = list.findIndex(function (li) { return li.contains(document.activeElement); });
  const index = step(current, list.length, action);
  if (index < 0) { return false; }
  const post = list[index];
  post.tabIndex = -1;
  post.focus({ preventScroll: true });
  post.scrollIntoView({ block: "nearest" });
  return true;
}

function focusField(id) {
  const field = document.getElementById(id);
  if (!field) { return false; }
  field.focus();
  return true;
}

const ACTIONS = {
  search: function () { return focusField("site-search-q"); },
  reply: function () { return focusField("composer-body"); },
  next: function () { return focusPost("next"); },
  previous: function () { return focusPost("previous"); },
  help: function () {
    if (!dialog || dialog.open) { return false; }
    dialog.showModal();
    return true;
  }
};

document.addEventListener("keydown", function (event) {
  if (dialog && dialog.open) { return; }
  const action = actionFor(event);
  if (action && ACTIONS[action]()) { event.preventDefault(); }
});

if (dialog) {
  dialog.querySelector("[data-close]").addEventListener("click", function () { dialog.close(); });
}

// A skip link to a field (the reply box) moves the focus there, not only the view.
document.querySelectorAll("a[data-skip-to]").forEach(function (link) {
  link.addEventListener("click", function (event) {
    if (focusField(link.dataset.skipTo)) { event.preventDefault(); }
  });
});
