// Moving a PBL note by keyboard or buttons (static/js/pbl/moves.js): up and down within a
// step, to the previous or next step (last there), nothing past the ends.
import assert from "node:assert/strict";
import { test } from "node:test";

import { dropIndex, keyDirection, moveTarget } from "../../static/js/pbl/moves.js";

const STEPS = ["clarify", "problem", "brainstorm"];
const COUNTS = { clarify: 3, problem: 0, brainstorm: 2 };

test("up and down stay in the step", () => {
  assert.deepEqual(moveTarget(STEPS, COUNTS, { step: "clarify", index: 1 }, "up"),
                   { step: "clarify", index: 0 });
  assert.deepEqual(moveTarget(STEPS, COUNTS, { step: "clarify", index: 1 }, "down"),
                   { step: "clarify", index: 2 });
});

test("nothing moves past the ends", () => {
  assert.equal(moveTarget(STEPS, COUNTS, { step: "clarify", index: 0 }, "up"), null);
  assert.equal(moveTarget(STEPS, COUNTS, { step: "clarify", index: 2 }, "down"), null);
  assert.equal(moveTarget(STEPS, COUNTS, { step: "clarify", index: 0 }, "prev"), null);
  assert.equal(moveTarget(STEPS, COUNTS, { step: "brainstorm", index: 0 }, "next"), null);
  assert.equal(moveTarget(STEPS, COUNTS, { step: "nosuch", index: 0 }, "next"), null);
  assert.equal(moveTarget(STEPS, COUNTS, { step: "clarify", index: 0 }, "sideways"), null);
});

test("to another step the note goes last there", () => {
  assert.deepEqual(moveTarget(STEPS, COUNTS, { step: "clarify", index: 0 }, "next"),
                   { step: "problem", index: 0 });
  assert.deepEqual(moveTarget(STEPS, COUNTS, { step: "problem", index: 0 }, "next"),
                   { step: "brainstorm", index: 2 });
  assert.deepEqual(moveTarget(STEPS, COUNTS, { step: "brainstorm", index: 1 }, "prev"),
                   { step: "problem", index: 0 });
});

test("Alt and an arrow key is a move, other keys are not", () => {
  assert.equal(keyDirection({ altKey: true, key: "ArrowUp" }), "up");
  assert.equal(keyDirection({ altKey: true, key: "ArrowRight" }), "next");
  assert.equal(keyDirection({ altKey: false, key: "ArrowUp" }), null);
  assert.equal(keyDirection({ altKey: true, shiftKey: true, key: "ArrowUp" }), null);
  assert.equal(keyDirection({ altKey: true, key: "a" }), null);
});

test("a drop lands before the first note whose middle is below the pointer", () => {
  assert.equal(dropIndex([10, 30, 50], 5), 0);
  assert.equal(dropIndex([10, 30, 50], 31), 2);
  assert.equal(dropIndex([10, 30, 50], 99), 3);
  assert.equal(dropIndex([], 99), 0);
});
