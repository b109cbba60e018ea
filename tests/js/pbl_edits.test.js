// The answer to a PBL note edit (static/js/pbl/edits.js): a real text conflict keeps both
// texts; a conflict caused only by a move (same text) is saved again.
import assert from "node:assert/strict";
import { test } from "node:test";

import { CONFLICT, editOutcome, FAILED, RETRY, SAVED } from "../../static/js/pbl/edits.js";

test("stored", () => {
  assert.equal(editOutcome("a", { ok: true, item: { text: "b" } }), SAVED);
});

test("someone else changed the text: a conflict", () => {
  assert.equal(editOutcome("a", { ok: false, code: "conflict", current: { text: "c" } }),
               CONFLICT);
});

test("only the place changed: save again on the new version", () => {
  assert.equal(editOutcome("a", { ok: false, code: "conflict", current: { text: "a" } }), RETRY);
});

test("anything else is a failure", () => {
  assert.equal(editOutcome("a", { ok: false, code: "forbidden" }), FAILED);
  assert.equal(editOutcome("a", { ok: false, code: "conflict" }), FAILED);
  assert.equal(editOutcome("a", null), FAILED);
});
