import { test } from "node:test";
import assert from "node:assert/strict";
import { actionFor, isTyping, step } from "../../static/js/lib/keys.js";

const body = { tagName: "BODY" };

test("each shortcut key maps to its action", () => {
  assert.equal(actionFor({ key: "/", target: body }), "search");
  assert.equal(actionFor({ key: "r", target: body }), "reply");
  assert.equal(actionFor({ key: "j", target: body }), "next");
  assert.equal(actionFor({ key: "k", target: body }), "previous");
  assert.equal(actionFor({ key: "?", shiftKey: true, target: body }), "help");
  assert.equal(actionFor({ key: "x", target: body }), null);
  assert.equal(actionFor({ key: "R", shiftKey: true, target: body }), null);
  assert.equal(actionFor({ key: "toString", target: body }), null);
});

test("no shortcut with Ctrl, Alt or Meta, nor once handled", () => {
  for (const modifier of ["ctrlKey", "altKey", "metaKey", "defaultPrevented", "isComposing"]) {
    assert.equal(actionFor({ key: "r", [modifier]: true, target: body }), null, modifier);
  }
});

test("no shortcut while typing in a field", () => {
  const fields = [{ tagName: "TEXTAREA" }, { tagName: "SELECT" }, { tagName: "INPUT" },
                  { tagName: "INPUT", type: "search" }, { tagName: "INPUT", type: "email" },
                  { tagName: "DIV", isContentEditable: true }];
  for (const target of fields) {
    assert.equal(isTyping(target), true, JSON.stringify(target));
    assert.equal(actionFor({ key: "j", target }), null);
  }
  for (const target of [body, { tagName: "BUTTON" }, { tagName: "INPUT", type: "checkbox" },
                        { tagName: "A" }, null]) {
    assert.equal(isTyping(target), false, JSON.stringify(target));
  }
  assert.equal(actionFor({ key: "j", target: { tagName: "INPUT", type: "radio" } }), "next");
});

test("j and k step through the posts and stop at the ends", () => {
  assert.equal(step(-1, 5, "next"), 0);
  assert.equal(step(-1, 5, "previous"), 4);
  assert.equal(step(0, 5, "next"), 1);
  assert.equal(step(4, 5, "next"), 4);
  assert.equal(step(0, 5, "previous"), 0);
  assert.equal(step(3, 5, "previous"), 2);
  assert.equal(step(-1, 0, "next"), -1);
});
