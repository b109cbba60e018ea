// The thread's room on the socket: join on every (re)connect, catch up on what was missed
// (after_seq), and go offline cleanly. Provides ctx.conn {gen, joined, syncing} and
// ctx.sync(first). gen changes on every connect and disconnect; stale answers are dropped.
const NO_RETRY = ["not_found", "forbidden", "login_required"];

export function installSync(ctx) {
  const socket = ctx.socket;
  const live = ctx.live;
  const conn = { gen: 0, joined: false, syncing: false };
  ctx.conn = conn;
  let retryTimer = null;

  // After the posts arrived: more to fetch, held posts to show, then pending posts to send.
  function synced(ack, first, after) {
    if (first) {
      conn.joined = true;
      ctx.root.dataset.joined = "1";  // in the room: live changes reach this page from now on
      ctx.setPresence(ack.present || []);
    }
    const posts = ack.posts || [];
    ctx.addPosts(posts, {});
    if (ack.has_more && posts.length && ctx.posts.maxSeq > after) { ctx.sync(false); return; }
    conn.syncing = false;
    ctx.drainHeld(ctx.posts.maxSeq > after);
    if (!conn.syncing) {
      ctx.flushPending();
      ctx.noteSeen();
    }
  }

  ctx.sync = function (first) {
    conn.syncing = true;
    const myGen = conn.gen;
    const event = first ? "join_thread" : "catch_up";
    const after = ctx.posts.maxSeq;
    socket.timeout(10000).emit(event, { thread_id: ctx.threadId, after_seq: after }, function (err, ack) {
      if (myGen !== conn.gen) { return; }  // the connection changed; the new one syncs again
      if (!err && ack && ack.ok) { synced(ack, first, after); return; }
      conn.syncing = false;
      if (ack && NO_RETRY.indexOf(ack.code) !== -1) {
        ctx.setStatus(ack.error || "", true);
        return;
      }
      window.clearTimeout(retryTimer);
      retryTimer = window.setTimeout(function () {
        if (myGen === conn.gen && socket.connected) { ctx.sync(first); }
      }, 3000);
    });
  };

  live.onConnect(function () {
    conn.gen += 1;
    conn.joined = false;
    delete ctx.root.dataset.joined;
    ctx.posts.held.clear();
    ctx.setStatus(ctx.S.connected, false);
    ctx.sync(true);
  });

  socket.on("disconnect", function () {
    conn.gen += 1;
    conn.joined = false;
    delete ctx.root.dataset.joined;
    conn.syncing = false;
    window.clearTimeout(retryTimer);
    ctx.queue.interrupted();
    ctx.renderPending();
    if (!live.refused) { ctx.setStatus(ctx.S.offline, true); }
    ctx.setPresence([]);
  });

  socket.on("connect_error", function () {
    if (live.refused) { ctx.setStatus("", false); }
    else if (!socket.connected) { ctx.setStatus(ctx.S.offline, true); }
  });

  socket.on("access_lost", function () {
    // The join checks access again.
    if (conn.joined && !conn.syncing) { conn.joined = false; ctx.sync(true); }
  });
}
