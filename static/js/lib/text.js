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

// Times are shown as in Sweden, whatever the reader's computer says.
export function timeFormatter(lang) {
  const timeFormat = new Intl.DateTimeFormat(lang === "en" ? "en-US" : "sv-SE", {
    dateStyle: "short", timeStyle: "short", timeZone: "Europe/Stockholm"
  });
  return function formatTime(iso) {
    const when = parseTime(iso);
    return when ? timeFormat.format(when) : "";
  };
}
