// Small pure helpers for every page's scripts: no DOM, so Node's test runner can load them.

// The page's language as the templates set it on <html lang>: "en" or "sv" (the default).
export function pageLang(doc) {
  return doc.documentElement.lang === "en" ? "en" : "sv";
}

// format("%s wrote: %s", a, b): each %s takes the next argument, missing ones are "".
export function format(template, ...args) {
  return String(template).replace(/%s/g, function () {
    return args.length ? String(args.shift()) : "";
  });
}

// The server sends ISO 8601 with an offset; a bare one is UTC. null when it is no time.
export function parseTime(iso) {
  if (!iso) { return null; }
  const text = /[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : iso + "Z";
  const when = new Date(text);
  return isNaN(when.getTime()) ? null : when;
}

// The locale each UI language formats dates in, as the server's forum/web/dates.py does:
// Swedish "6 dec. 2026 23:28", English (British) "6 Dec 2026, 23:28".
export const DATE_LOCALES = { sv: "sv", en: "en-GB" };

// The page's time zone: the reader's organization's, which the server puts on <html>.
export function pageTimeZone(doc) {
  return doc.documentElement.dataset.timeZone || "Europe/Stockholm";
}

// Times are shown in the organization's zone, whatever the reader's computer says.
export function timeFormatter(lang, zone) {
  const timeFormat = new Intl.DateTimeFormat(DATE_LOCALES[lang] || "sv", {
    dateStyle: "medium", timeStyle: "short", timeZone: zone || "Europe/Stockholm"
  });
  return function formatTime(iso) {
    const when = parseTime(iso);
    return when ? timeFormat.format(when) : "";
  };
}

// How long ago (or ahead) `when` is, in the unit Babel's format_timedelta picks (the
// server's words for the same moment): the largest unit of which there is at least 0.85.
const UNITS = [["year", 31536000], ["month", 2592000], ["week", 604800], ["day", 86400],
               ["hour", 3600], ["minute", 60], ["second", 1]];

export function relativeParts(when, now) {
  const seconds = (when.getTime() - now.getTime()) / 1000;
  for (const [unit, size] of UNITS) {
    const value = Math.abs(seconds) / size;
    if (value >= 0.85) {
      return { value: Math.sign(seconds) * Math.max(1, Math.round(value)), unit: unit };
    }
  }
  return { value: 0, unit: "second" };
}

export function relativeFormatter(lang) {
  const locale = DATE_LOCALES[lang] || "sv";
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "always" });
  const justNow = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  return function formatAgo(iso, now) {
    const when = parseTime(iso);
    if (!when) { return ""; }
    const parts = relativeParts(when, now || new Date());
    return (parts.value === 0 ? justNow : relative).format(parts.value, parts.unit);
  };
}
