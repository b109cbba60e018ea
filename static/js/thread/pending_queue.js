// The posts written on this page that the server has not confirmed yet, in the order they
// were written (see docs/realtime.md). Pure logic, no DOM and no socket: thread/pending_posts.js
// shows the queue and sends it; tests/js/pending_queue.test.js tests this module in Node.
//
// An item is {client_id, body, confirm_privacy, state, error, attempts}; state is "queued",
// "sending" or "failed". The server makes one post per client_id, so sending an item again
// after a lost answer never posts it twice.

// What the answer to a send_post means (the result of PendingQueue.settle).
export const SENT = "sent";                  // the server has it: show the post
export const DELIVERED = "delivered";        // its post came in meanwhile: nothing to do
export const AGAIN = "again";                // no answer: send it again, same client_id
export const PRIVACY = "privacy";            // refused for personal data: back to the writer
export const FAILED = "failed";              // refused: shown with the reason and "try again"
export const RATE_LIMITED = "rate_limited";  // refused for now: tried again by itself later

const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;

// A fresh client_id: 32 hex digits.
export function newClientId(crypto) {
  if (crypto && typeof crypto.randomUUID === "function") {
    return crypto.randomUUID().replace(/-/g, "");
  }
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
}

export class PendingQueue {
  constructor() {
    this.items = [];
    this.sending = null;  // the item whose send_post is on its way (one at a time keeps order)
  }

  add(clientId, body, confirmPrivacy) {
    const item = { client_id: clientId, body: body, confirm_privacy: !!confirmPrivacy,
                   state: "queued", error: "", attempts: 0 };
    this.items.push(item);
    return item;
  }

  includes(item) {
    return this.items.indexOf(item) !== -1;
  }

  find(clientId) {
    return this.items.find(function (p) { return p.client_id === clientId; }) || null;
  }

  remove(item) {
    const index = this.items.indexOf(item);
    if (index === -1) { return false; }
    this.items.splice(index, 1);
    if (this.sending === item) { this.sending = null; }
    return true;
  }

  // A post with this client_id is on the page: its item is done. Returns its text, or null
  // when no item has that client_id.
  take(clientId) {
    const item = this.find(clientId);
    if (!item) { return null; }
    this.remove(item);
    return item.body.trim();
  }

  // The item to send now, or null (nothing queued, or one is on its way).
  next() {
    if (this.sending) { return null; }
    return this.items.find(function (p) { return p.state === "queued"; }) || null;
  }

  begin(item) {
    this.sending = item;
    item.state = "sending";
    item.attempts += 1;
  }

  // The connection dropped: the item on its way goes back in line, to be sent again.
  interrupted() {
    if (this.sending) {
      this.sending.state = "queued";
      this.sending = null;
    }
  }

  retry(item) {
    item.state = "queued";
    item.error = "";
  }

  // A failed item is tried again unless the writer took it back meanwhile; true if so.
  retryIfFailed(item) {
    if (item.state !== "failed" || !this.includes(item)) { return false; }
    this.retry(item);
    return true;
  }

  // The answer to send_post for item: err is a timeout, ack the server's answer, and
  // sameConnection false when the socket reconnected while waiting. failedText is the reason
  // shown when the server gives none. Returns one of the outcomes above.
  settle(item, err, ack, sameConnection, failedText) {
    if (this.sending === item) { this.sending = null; }
    if (ack && ack.ok) {
      this.remove(item);
      return SENT;
    }
    if (!this.includes(item)) { return DELIVERED; }
    if (err || !ack || !sameConnection) {
      item.state = "queued";
      return AGAIN;
    }
    if (ack.code === "privacy") {
      this.remove(item);
      return PRIVACY;
    }
    item.state = "failed";
    item.error = ack.error || failedText;
    return ack.code === "rate_limited" ? RATE_LIMITED : FAILED;
  }

  // What survives a reload (localStorage): null when nothing is pending.
  serialize() {
    if (!this.items.length) { return null; }
    return JSON.stringify(this.items.map(function (item) {
      return { client_id: item.client_id, body: item.body,
               confirm_privacy: item.confirm_privacy,
               failed: item.state === "failed", error: item.error };
    }));
  }

  // Adds the items serialize wrote, skipping any that are not well-formed. Returns false when
  // raw is no such list at all (the caller forgets it).
  load(raw) {
    if (!raw) { return true; }
    try {
      JSON.parse(raw).forEach(function (saved) {
        if (!saved || typeof saved.body !== "string" ||
            !CLIENT_ID.test(saved.client_id || "")) { return; }
        this.items.push({ client_id: saved.client_id, body: saved.body,
                          confirm_privacy: !!saved.confirm_privacy,
                          state: saved.failed ? "failed" : "queued",
                          error: saved.error || "", attempts: 1 });
      }, this);
    } catch (err) {
      return false;
    }
    return true;
  }
}
