// The thread page's pending posts (static/js/thread/pending_queue.js): order, one send at a
// time, what each answer does, and what survives a reload.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  AGAIN, DELIVERED, FAILED, PendingQueue, PRIVACY, RATE_LIMITED, SENT, newClientId
} from "../../static/js/thread/pending_queue.js";

function queueOf(...bodies) {
  const queue = new PendingQueue();
  const items = bodies.map(function (body, i) { return queue.add("client0000" + i, body, false); });
  return { queue, items };
}

test("items are sent one at a time, in the order written", () => {
  const { queue, items } = queueOf("first", "second");
  assert.equal(queue.next(), items[0]);
  queue.begin(items[0]);
  assert.equal(items[0].state, "sending");
  assert.equal(items[0].attempts, 1);
  assert.equal(queue.next(), null, "nothing else goes while one is on its way");
  assert.equal(queue.settle(items[0], null, { ok: true, post: {} }, true, "x"), SENT);
  assert.deepEqual(queue.items, [items[1]]);
  assert.equal(queue.next(), items[1]);
});

test("failed items are skipped until tried again", () => {
  const { queue, items } = queueOf("refused", "fine");
  queue.begin(items[0]);
  assert.equal(queue.settle(items[0], null, { ok: false, code: "too_long", error: "Too long" },
                            true, "Could not send"), FAILED);
  assert.equal(items[0].state, "failed");
  assert.equal(items[0].error, "Too long");
  assert.equal(queue.next(), items[1]);
  queue.retry(items[0]);
  assert.equal(items[0].state, "queued");
  assert.equal(items[0].error, "");
  assert.equal(queue.next(), items[0]);
});

test("a refusal without a reason gets the page's text", () => {
  const { queue, items } = queueOf("a");
  queue.begin(items[0]);
  queue.settle(items[0], null, { ok: false, code: "bad" }, true, "Could not send");
  assert.equal(items[0].error, "Could not send");
});

test("no answer, or an answer on an old connection, sends the same item again", () => {
  for (const [err, ack, same] of [[new Error("timeout"), undefined, true],
                                  [null, null, true],
                                  [null, { ok: false, code: "bad" }, false]]) {
    const { queue, items } = queueOf("again");
    queue.begin(items[0]);
    assert.equal(queue.settle(items[0], err, ack, same, "x"), AGAIN);
    assert.equal(items[0].state, "queued");
    assert.equal(queue.next(), items[0]);
    queue.begin(items[0]);
    assert.equal(items[0].attempts, 2, "the same item, so the same client_id");
  }
});

test("a post that came in while its answer was on the way is not shown or sent twice", () => {
  const { queue, items } = queueOf("raced");
  queue.begin(items[0]);
  assert.equal(queue.take("client00000"), "raced");
  assert.equal(queue.sending, null);
  assert.equal(queue.settle(items[0], new Error("timeout"), undefined, true, "x"), DELIVERED);
  assert.deepEqual(queue.items, []);
  assert.equal(queue.take("client00000"), null);
});

test("a privacy refusal takes the item out (the text goes back to the writer)", () => {
  const { queue, items } = queueOf("personnummer");
  queue.begin(items[0]);
  assert.equal(queue.settle(items[0], null, { ok: false, code: "privacy" }, true, "x"), PRIVACY);
  assert.deepEqual(queue.items, []);
});

test("rate limited items retry by themselves unless the writer took them back", () => {
  const { queue, items } = queueOf("slow", "taken back");
  for (const item of items) {
    queue.begin(item);
    assert.equal(queue.settle(item, null, { ok: false, code: "rate_limited", error: "Wait" },
                              true, "x"), RATE_LIMITED);
  }
  queue.remove(items[1]);
  assert.equal(queue.retryIfFailed(items[0]), true);
  assert.equal(items[0].state, "queued");
  assert.equal(queue.retryIfFailed(items[1]), false);
  assert.equal(queue.retryIfFailed(items[0]), false, "only failed items are retried");
});

test("a dropped connection puts the item on its way back in line", () => {
  const { queue, items } = queueOf("a", "b");
  queue.begin(items[0]);
  queue.interrupted();
  assert.equal(items[0].state, "queued");
  assert.equal(queue.sending, null);
  assert.equal(queue.next(), items[0]);
});

test("take returns the trimmed text of the item with that client_id", () => {
  const queue = new PendingQueue();
  queue.add("abcdefgh1", "  hello \n", true);
  queue.add("abcdefgh2", "other", false);
  assert.equal(queue.take("nope"), null);
  assert.equal(queue.take("abcdefgh1"), "hello");
  assert.deepEqual(queue.items.map((i) => i.client_id), ["abcdefgh2"]);
});

test("what survives a reload: text, privacy confirmation, failure; not the sending state", () => {
  const { queue, items } = queueOf("one", "two", "three");
  items[1].confirm_privacy = true;
  queue.begin(items[0]);
  queue.begin(items[2]);
  queue.settle(items[2], null, { ok: false, code: "bad", error: "No" }, true, "x");
  const saved = queue.serialize();
  assert.deepEqual(JSON.parse(saved), [
    { client_id: "client00000", body: "one", confirm_privacy: false, failed: false, error: "" },
    { client_id: "client00001", body: "two", confirm_privacy: true, failed: false, error: "" },
    { client_id: "client00002", body: "three", confirm_privacy: false, failed: true, error: "No" }
  ]);
  const again = new PendingQueue();
  assert.equal(again.load(saved), true);
  assert.deepEqual(again.items.map((i) => [i.client_id, i.state, i.attempts, i.error]), [
    ["client00000", "queued", 1, ""],
    ["client00001", "queued", 1, ""],
    ["client00002", "failed", 1, "No"]
  ]);
  assert.equal(again.items[1].confirm_privacy, true);
  assert.equal(new PendingQueue().serialize(), null, "nothing pending: the key is removed");
});

test("stored items that are not well-formed are dropped; garbage is refused", () => {
  const queue = new PendingQueue();
  assert.equal(queue.load(JSON.stringify([
    { client_id: "short", body: "x" },
    { client_id: "has space in it", body: "x" },
    { client_id: "validid123", body: 5 },
    null,
    { client_id: "validid123", body: "kept" }
  ])), true);
  assert.deepEqual(queue.items.map((i) => i.body), ["kept"]);
  assert.equal(new PendingQueue().load("{not json"), false);
  assert.equal(new PendingQueue().load("5"), false);
  assert.equal(new PendingQueue().load(null), true);
});

test("client ids are 32 hex digits, from randomUUID or random bytes", () => {
  const viaUuid = newClientId({ randomUUID: () => "0123abcd-4567-89ef-0123-456789abcdef" });
  assert.equal(viaUuid, "0123abcd456789ef0123456789abcdef");
  const viaBytes = newClientId({ getRandomValues: (bytes) => bytes.fill(10) });
  assert.equal(viaBytes, "0a".repeat(16));
  assert.match(newClientId(globalThis.crypto), /^[0-9a-f]{32}$/);
});
