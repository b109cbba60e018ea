// Dates and relative times as the browser shows them (lib/text.js) match the server's
// (forum/web/dates.py; tests/functional/test_dates_and_time_zones.py has the same strings).
import assert from "node:assert/strict";
import { test } from "node:test";

import { relativeFormatter, relativeParts, timeFormatter } from "../../static/js/lib/text.js";

const MOMENT = "2026-12-06T22:28:00+00:00";

test("a moment in Swedish and British English, in the organization's zone", () => {
  assert.equal(timeFormatter("sv", "Europe/Stockholm")(MOMENT), "6 dec. 2026 23:28");
  assert.equal(timeFormatter("en", "Europe/Stockholm")(MOMENT), "6 Dec 2026, 23:28");
  assert.equal(timeFormatter("en", "Europe/London")(MOMENT), "6 Dec 2026, 22:28");
  assert.equal(timeFormatter("sv", "America/New_York")(MOMENT), "6 dec. 2026 17:28");
  assert.equal(timeFormatter("sv", "Europe/Stockholm")("not a time"), "");
});

test("relative times in Babel's units and Intl's words", () => {
  const now = new Date("2026-12-06T22:33:02Z");
  assert.equal(relativeFormatter("sv")(MOMENT, now), "för 5 minuter sedan");
  assert.equal(relativeFormatter("en")(MOMENT, now), "5 minutes ago");
  assert.equal(relativeFormatter("en")(MOMENT, new Date("2026-12-06T22:28:00Z")), "now");
  assert.deepEqual(relativeParts(new Date("2026-12-01T00:00:00Z"), new Date("2026-12-06T00:00:00Z")),
                   { value: -5, unit: "day" });
  // 0.85 of a unit is already one of it, as format_timedelta's threshold says.
  assert.deepEqual(relativeParts(new Date(0), new Date(52 * 60 * 1000)), { value: -1, unit: "hour" });
  assert.deepEqual(relativeParts(new Date(0), new Date(50 * 60 * 1000)), { value: -50, unit: "minute" });
});
