// A live thread page (see docs/realtime.md): posts arrive without reloading, the composer
// sends over the socket and keeps unsent posts pending (also across reloads), and nothing is
// lost or shown twice. Progressive enhancement: without JS, or when the server refuses the
// socket, every form posts normally.
//
// The parts live in thread/ and share one object, ctx: the page's elements and settings, the
// pending queue, and the functions each part provides (named in the part's first comment).
// Parts call each other through ctx at call time, so none imports another's state.
import { live } from "./live/connection.js";
import { installComposer, restoreComposer } from "./thread/composer.js";
import { installComposerSpace } from "./thread/composer_space.js";
import { PendingQueue } from "./thread/pending_queue.js";
import { installPendingPosts } from "./thread/pending_posts.js";
import { installPostChanges } from "./thread/post_changes.js";
import { installPostList } from "./thread/post_list.js";
import { installPresence } from "./thread/presence.js";
import { installPreview } from "./thread/preview.js";
import { installReactions } from "./thread/reactions.js";
import { installReadPosition } from "./thread/read_position.js";
import { installStatus } from "./thread/status.js";
import { threadStrings } from "./thread/strings.js";
import { installSync } from "./thread/sync.js";

function threadContext(root, template, postsEl) {
  const threadId = Number(root.dataset.threadId);
  const byId = function (id) { return document.getElementById(id); };
  return {
    root: root,
    template: template,
    postsEl: postsEl,
    live: live,
    socket: live.socket,
    S: threadStrings(live.lang),
    threadId: threadId,
    userId: live.userId,
    // What this reader may do to others' posts (the server checks again on every action).
    moderator: root.dataset.moderator === "1",
    mayMark: root.dataset.mayMark === "1",
    // Per person and thread: someone else logging in on this browser never sends these.
    keys: {
      pending: "forum:pending:" + live.userId + ":" + threadId,
      draft: "forum:draft:" + live.userId + ":" + threadId
    },
    el: {
      composer: byId("composer"),
      textarea: byId("composer-body"),
      pending: byId("pending-posts"),
      status: byId("connection-status"),
      announcer: byId("live-announcer"),
      typing: byId("typing"),
      presence: byId("presence"),
      previewButton: byId("preview-button"),
      preview: byId("preview"),
      questionStatus: byId("question-status")
    },
    queue: new PendingQueue(),
    forThisThread: function (data) { return data && Number(data.thread_id) === threadId; }
  };
}

function start(root, template, postsEl) {
  const ctx = threadContext(root, template, postsEl);
  installStatus(ctx);
  installPresence(ctx);
  installPendingPosts(ctx);
  installPostList(ctx);
  installPostChanges(ctx);
  installReadPosition(ctx);
  installSync(ctx);
  installReactions(ctx);
  ctx.noteSeen();
  if (!ctx.el.composer || !ctx.el.textarea) { return; }  // may read, not write
  installComposer(ctx);
  installComposerSpace(ctx);
  installPreview(ctx);
  restoreComposer(ctx);
}

const root = document.getElementById("thread");
const template = document.getElementById("post-template");
const postsEl = document.getElementById("posts");
if (root && live && template && postsEl) { start(root, template, postsEl); }
