// The posts shown, in seq order, never one twice. Live posts that arrive before the ones in
// front of them are held until a catch-up fills the gap. Provides ctx.posts (shown, held,
// maxSeq), ctx.addPosts(posts, options) and ctx.receive(post, options), ctx.drainHeld(progress).
import { t, tn } from "../lib/i18n.js";
import { buildPost } from "./post_markup.js";
import { isAtBottom, scrollToLatest } from "./viewport.js";

export function installPostList(ctx) {
  const posts = { shown: new Map(), held: new Map(), maxSeq: 0 };  // shown: seq -> li
  ctx.posts = posts;
  ctx.postsEl.querySelectorAll("li.post[data-seq]").forEach(function (li) {
    const seq = Number(li.dataset.seq);
    posts.shown.set(seq, li);
    if (seq > posts.maxSeq) { posts.maxSeq = seq; }
  });

  function insertInOrder(li, seq) {
    let before = null;
    posts.shown.forEach(function (other, otherSeq) {
      if (otherSeq > seq && (before === null || otherSeq < Number(before.dataset.seq))) {
        before = other;
      }
    });
    ctx.postsEl.insertBefore(li, before);
  }

  function announceAdded(added) {
    if (added.length === 1) {
      ctx.announce(t("thread.new_post_from", added[0].author.name));
    } else if (added.length > 1) {
      ctx.announce(tn("thread.new_posts", added.length));
    }
  }

  // Show posts not shown yet (never a seq twice); returns the others' posts that were new.
  // options.own: one's own post (scroll to it); options.source: its Markdown.
  ctx.addPosts = function (list, options) {
    options = options || {};
    const added = [];
    const stick = isAtBottom(ctx);
    list.slice().sort(function (a, b) { return a.seq - b.seq; }).forEach(function (post) {
      if (!post || Number(post.thread_id) !== ctx.threadId || posts.shown.has(post.seq)) { return; }
      const own = Number(post.author.id) === ctx.userId;
      let source = null;
      if (own && post.client_id) { source = ctx.takePending(post.client_id); }
      if (source === null && options.source) { source = options.source; }
      const li = buildPost(ctx, post, source);
      insertInOrder(li, post.seq);
      posts.shown.set(post.seq, li);
      posts.held.delete(post.seq);
      if (post.seq > posts.maxSeq) { posts.maxSeq = post.seq; }
      ctx.forgetTyping(post.author.id);
      if (!own) { added.push(post); }
    });
    if (options.own || (stick && list.length)) { scrollToLatest(ctx); }
    announceAdded(added);
    ctx.noteSeen();
    return added;
  };

  // Every single post (live, or the answer to one's own send) comes through here.
  ctx.receive = function (post, options) {
    if (!post || Number(post.thread_id) !== ctx.threadId || posts.shown.has(post.seq)) {
      if (post && post.client_id && Number(post.author.id) === ctx.userId) {
        ctx.takePending(post.client_id);
      }
      return;
    }
    const conn = ctx.conn;
    if (conn.syncing || !conn.joined || post.seq > posts.maxSeq + 1) {
      posts.held.set(post.seq, { post: post, options: options || {} });
      if (conn.joined && !conn.syncing) { ctx.sync(false); }  // a gap: fetch what is in front of it
      return;
    }
    ctx.addPosts([post], options);
  };

  // After a sync: show held posts that now fit; a gap left means another catch_up. Should
  // the server not fill a gap twice in a row, the held posts are shown anyway (no loop).
  let fruitless = 0;
  ctx.drainHeld = function (progress) {
    fruitless = progress ? 0 : fruitless + 1;
    const seqs = Array.from(posts.held.keys()).sort(function (a, b) { return a - b; });
    for (let i = 0; i < seqs.length; i += 1) {
      const seq = seqs[i];
      const entry = posts.held.get(seq);
      if (posts.shown.has(seq)) { posts.held.delete(seq); continue; }
      if (seq > posts.maxSeq + 1 && fruitless < 2) { break; }
      posts.held.delete(seq);
      ctx.addPosts([entry.post], entry.options);
    }
    if (!posts.held.size) { fruitless = 0; }
    else if (ctx.conn.joined && !ctx.conn.syncing) { ctx.sync(false); }
  };

  ctx.socket.on("post_created", function (data) {
    if (ctx.forThisThread(data)) { ctx.receive(data.post, {}); }
  });
}
