// Relative times on every page: <time datetime="…" data-relative> says how long ago (Intl's
// words, in the unit the server's Babel picks) and keeps the exact time in its title, shown
// on hover and, through forum.css, on keyboard focus. Kept current once a minute.
import { pageLang, pageTimeZone, relativeFormatter, timeFormatter } from "./text.js";

const lang = pageLang(document);
const formatTime = timeFormatter(lang, pageTimeZone(document));
const formatAgo = relativeFormatter(lang);

export function showRelative(time, now) {
  const iso = time.getAttribute("datetime");
  if (!iso) { return; }
  time.title = formatTime(iso);
  time.textContent = formatAgo(iso, now);
}

export function refreshTimes(root) {
  const now = new Date();
  (root || document).querySelectorAll("time[data-relative]").forEach(function (time) {
    showRelative(time, now);
  });
}

refreshTimes(document);
window.setInterval(function () { refreshTimes(document); }, 60000);
