// The PBL step board applies board_changed events in version order
// (static/js/pbl/versions.js): the next version is applied, old ones and other sessions'
// are ignored, and a gap means fetching the whole board.
import assert from "node:assert/strict";
import { test } from "node:test";

import { APPLY, CATCH_UP, IGNORE, nextStep } from "../../static/js/pbl/versions.js";

test("exactly the next version is applied", () => {
  assert.equal(nextStep(7, 4, { session_id: 7, version: 5 }), APPLY);
  assert.equal(nextStep(7, 0, { session_id: 7, version: 1 }), APPLY);
});

test("a version already shown, or an older one, is ignored", () => {
  assert.equal(nextStep(7, 4, { session_id: 7, version: 4 }), IGNORE);
  assert.equal(nextStep(7, 4, { session_id: 7, version: 2 }), IGNORE);
});

test("a gap asks for the whole board", () => {
  assert.equal(nextStep(7, 4, { session_id: 7, version: 6 }), CATCH_UP);
  assert.equal(nextStep(7, 0, { session_id: 7, version: 9 }), CATCH_UP);
});

test("another session's events are ignored, whatever their version", () => {
  assert.equal(nextStep(7, 4, { session_id: 8, version: 5 }), IGNORE);
  assert.equal(nextStep(7, 4, { session_id: 8, version: 9 }), IGNORE);
  assert.equal(nextStep(7, 4, null), IGNORE);
});

test("a run of events in order, with one lost on the way", () => {
  let version = 0;
  const seen = [];
  for (const v of [1, 2, 2, 4, 3]) {
    const step = nextStep(1, version, { session_id: 1, version: v });
    seen.push(step);
    if (step === APPLY) { version = v; }
  }
  assert.deepEqual(seen, [APPLY, APPLY, IGNORE, CATCH_UP, APPLY]);
  assert.equal(version, 3);
});
