// Keyboard shortcuts in the spirit of Zulip and Discourse (pure logic, tested in
// tests/js/keys.test.js): which key does what, and when a key is typing rather than a command.
export const SHORTCUTS = Object.freeze({
  "/": "search",
  "r": "reply",
  "j": "next",
  "k": "previous",
  "?": "help"
});

const NOT_TEXT = ["button", "submit", "reset", "checkbox", "radio", "range", "color", "file",
                  "image", "hidden"];

// True when keys pressed in `el` are text: a text field, a text area, a select or anything
// editable. A shortcut never fires there.
export function isTyping(el) {
  if (!el) { return false; }
  const tag = String(el.tagName || "").toLowerCase();
  if (tag === "textarea" || tag === "select") { return true; }
  if (tag === "input") {
    return NOT_TEXT.indexOf(String(el.type || "text").toLowerCase()) === -1;
  }
  return el.isContentEditable === true;
}

// The action a keydown stands for, or null: never with Ctrl, Alt or Meta (the browser's and
// the screen reader's own keys), never while typing, never when something handled it already.
export function actionFor(event) {
  if (!event || event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) {
    return null;
  }
  if (event.isComposing || isTyping(event.target)) { return null; }
  return Object.prototype.hasOwnProperty.call(SHORTCUTS, event.key) ? SHORTCUTS[event.key] : null;
}

// The index of the post to move to from `current` (-1: none focused) among `count` posts.
export function step(current, count, action) {
  if (count === 0) { return -1; }
  if (current < 0) { return action === "next" ? 0 : count - 1; }
  const next = current + (action === "next" ? 1 : -1);
  return Math.min(Math.max(next, 0), count - 1);
}
