// The pending posts under the composer, and sending them over the socket one at a time, in
// order, each with its client_id (so a post sent twice is still made once). The queue itself
// is thread/pending_queue.js. Provides ctx.savePending(), ctx.renderPending(),
// ctx.takePending(clientId) and ctx.flushPending().
import { storageSet } from "../lib/storage.js";
import { AGAIN, DELIVERED, PRIVACY, RATE_LIMITED, SENT } from "./pending_queue.js";

function actionButton(text, action) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "link-button";
  button.dataset.action = action;
  button.textContent = text;
  return button;
}

function pendingRow(S, item) {
  const li = document.createElement("li");
  li.className = "pending-post is-" + item.state;
  li.dataset.clientId = item.client_id;
  const label = document.createElement("span");
  label.className = "pending-label";
  label.textContent = item.state === "sending" && item.attempts > 1 ? S.resending : S.pending;
  const text = document.createElement("span");
  text.className = "pending-text";
  text.textContent = item.body;
  li.append(label, " ", text);
  if (item.error) {
    const error = document.createElement("span");
    error.className = "pending-error error";
    error.textContent = item.error;
    li.append(" ", error);
  }
  if (item.state !== "sending") {
    const actions = document.createElement("span");
    actions.className = "pending-actions";
    if (item.state === "failed") {
      actions.append(actionButton(S.retry, "retry"), " ");
    }
    actions.append(actionButton(S.edit, "edit"));
    li.append(" ", actions);
  }
  return li;
}

export function installPendingPosts(ctx) {
  const queue = ctx.queue;
  const pendingEl = ctx.el.pending;

  ctx.savePending = function () {
    storageSet(ctx.keys.pending, queue.serialize());
  };

  ctx.renderPending = function () {
    if (!pendingEl) { return; }
    pendingEl.replaceChildren();
    queue.items.forEach(function (item) { pendingEl.appendChild(pendingRow(ctx.S, item)); });
  };

  // A post with this client_id is on the page: its pending item is done. Returns its text.
  ctx.takePending = function (clientId) {
    const body = queue.take(clientId);
    if (body !== null) {
      ctx.savePending();
      ctx.renderPending();
    }
    return body;
  };

  // What the server's answer to send_post means for the page.
  function answered(item, outcome, ack, myGen) {
    if (outcome === AGAIN) {
      // No answer: sent again, same client_id, after a reconnect (or in a while).
      ctx.renderPending();
      if (ctx.socket.connected && myGen === ctx.conn.gen) { window.setTimeout(ctx.flushPending, 2000); }
      return;
    }
    if (outcome !== DELIVERED) {  // delivered: its post came in meanwhile, nothing to do
      ctx.savePending();
      ctx.renderPending();
    }
    if (outcome === SENT) {
      ctx.receive(ack.post, { own: true, source: item.body.trim() });
    } else if (outcome === PRIVACY) {
      ctx.putBack(item.body);
      ctx.showPrivacy(ack.findings || [], !!ack.blocked);
    } else if (outcome === RATE_LIMITED) {
      window.setTimeout(function () {
        if (queue.retryIfFailed(item)) {
          ctx.renderPending();
          ctx.flushPending();
        }
      }, 10000);
    }
    ctx.flushPending();
  }

  ctx.flushPending = function () {
    const conn = ctx.conn;
    if (!ctx.el.composer || !conn.joined || conn.syncing || !ctx.socket.connected) { return; }
    const item = queue.next();
    if (!item) { return; }
    queue.begin(item);
    ctx.renderPending();
    const myGen = conn.gen;
    const payload = { thread_id: ctx.threadId, client_id: item.client_id, body: item.body,
                      confirm_privacy: !!item.confirm_privacy };
    ctx.socket.timeout(15000).emit("send_post", payload, function (err, ack) {
      const outcome = queue.settle(item, err, ack, myGen === conn.gen, ctx.S.failed);
      answered(item, outcome, ack, myGen);
    });
  };
}

// "Try again" and "Edit" on a pending post (only where one can write).
export function installPendingActions(ctx) {
  const queue = ctx.queue;
  if (!ctx.el.pending) { return; }
  ctx.el.pending.addEventListener("click", function (event) {
    const button = event.target.closest("button[data-action]");
    const row = button && button.closest("li.pending-post");
    if (!row) { return; }
    const item = queue.find(row.dataset.clientId);
    if (!item || item.state === "sending") { return; }
    if (button.dataset.action === "retry") {
      queue.retry(item);
      ctx.savePending();
      ctx.renderPending();
      ctx.flushPending();
    } else {
      queue.remove(item);
      ctx.savePending();
      ctx.renderPending();
      ctx.putBack(item.body);
    }
  });
}
