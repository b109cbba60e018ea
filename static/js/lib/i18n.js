// The scripts' texts, from the server's message catalog in the page's language
// (forum/web/js_texts.py renders them into <script type="application/json" id="i18n">).
// t("thread.edit"); t("live.reply", name, title) fills each %s in turn; tn("live.post_count",
// 3) picks the singular or the plural form and fills %(num)d. An unknown key shows itself,
// so a missing text is seen, never silently blank.
import { format } from "./text.js";

let texts = null;

function load() {
  if (texts === null) {
    const block = typeof document !== "undefined" && document.getElementById("i18n");
    try {
      texts = block ? JSON.parse(block.textContent) : {};
    } catch (err) {
      texts = {};
    }
  }
  return texts;
}

export function t(key, ...args) {
  const text = load()[key];
  return typeof text === "string" ? format(text, ...args) : key;
}

export function tn(key, count, ...args) {
  const forms = load()[key];
  if (!Array.isArray(forms)) { return key; }
  const text = Number(count) === 1 ? forms[0] : forms[1];
  return format(text.replace(/%\(num\)d/g, String(count)), ...args);
}
