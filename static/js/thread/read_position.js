// How far this reader has read: the highest post seen on screen is sent as mark_read, at most
// every 2.5 s and only while joined. Provides ctx.noteSeen() (call after the view changed).
import { highestVisibleSeq } from "./viewport.js";

const READ_EVERY_MS = 2500;

export function installReadPosition(ctx) {
  let readSent = Number(ctx.root.dataset.lastRead) || 0;
  let seenSeq = 0;
  let lastReadEmit = 0;
  let readTimer = null;
  let seenFrame = 0;

  function sendRead() {
    readTimer = null;
    if (seenSeq <= readSent || !ctx.conn.joined || !ctx.socket.connected) { return; }
    lastReadEmit = Date.now();
    const seq = seenSeq;
    readSent = seq;
    ctx.socket.emit("mark_read", { thread_id: ctx.threadId, seq: seq }, function (ack) {
      if (!ack || !ack.ok) { readSent = Math.min(readSent, seq - 1); }
    });
  }

  function scheduleRead() {
    if (seenSeq <= readSent || !ctx.conn.joined || readTimer) { return; }
    const wait = Math.max(0, lastReadEmit + READ_EVERY_MS - Date.now());
    readTimer = window.setTimeout(sendRead, wait);
  }

  ctx.noteSeen = function () {
    if (seenFrame) { return; }
    seenFrame = window.requestAnimationFrame(function () {
      seenFrame = 0;
      if (document.visibilityState !== "visible") { return; }
      const seq = highestVisibleSeq(ctx);
      if (seq > seenSeq) { seenSeq = seq; }
      scheduleRead();
    });
  };

  window.addEventListener("scroll", ctx.noteSeen, { passive: true });
  window.addEventListener("resize", ctx.noteSeen);
  document.addEventListener("visibilitychange", ctx.noteSeen);
}
