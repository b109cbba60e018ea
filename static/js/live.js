// Live updates on every logged-in page (see docs/realtime.md): the notification badge and
// the thread lists. Progressive enhancement only: every page works without this file. The
// connection itself is live/connection.js, shared with the page modules (thread, pbl, wiki).
import { live } from "./live/connection.js";
import { t, tn } from "./lib/i18n.js";
import { showRelative } from "./lib/time.js";

// A notification's kind -> its text's key (forum/web/js_texts.py).
const NOTIFICATION_TEXTS = { mention: "live.mention", org_mention: "live.org_mention",
                             question: "live.question", answer: "live.answer",
                             new_thread: "live.new_thread", reply: "live.reply",
                             pbl_question: "live.pbl_question", pbl_opened: "live.pbl_opened",
                             pbl_minutes: "live.pbl_minutes" };

// -- notifications ----------------------------------------------------------------------
function followNotifications(socket) {
  var badge = document.getElementById("notif-badge");
  var notifLive = document.getElementById("notif-live");
  var notifClear = null;

  socket.on("notification", function (data) {
    if (!data) { return; }
    var unread = Number(data.unread) || 0;
    if (badge) {
      badge.textContent = String(unread);
      badge.dataset.count = String(unread);
      badge.hidden = unread === 0;
    }
    var item = data.item;
    // The kinds a toast shows (toasts.js) are read out from the toast's own live region.
    var toasts = document.getElementById("toasts");
    if (item && toasts && toasts.dataset.kinds.split(" ").indexOf(item.kind) >= 0) { return; }
    if (notifLive && item && item.actor) {
      notifLive.textContent = t(NOTIFICATION_TEXTS[item.kind] || "live.reply",
                                item.actor.name, item.title || "");
      // The region sits inside the link: empty it again so the link's name stays short.
      window.clearTimeout(notifClear);
      notifClear = window.setTimeout(function () { notifLive.textContent = ""; }, 15000);
    }
  });

  socket.on("session_ended", function () {
    window.location.assign("/login");
  });
}

// -- thread lists -------------------------------------------------------------------------
function followThreadLists(socket, userId) {
  function rowOf(threadId) {
    return document.querySelector("[data-live-list] li.thread-row[data-thread-id=\"" +
                                  Number(threadId) + "\"]");
  }

  // A thread started after the page loaded: a link above the list (in a live region), unless
  // the list is filtered to another space or by organization. Reloading shows it in place.
  var announcedThreads = {};
  function announceNewThread(data) {
    var box = document.querySelector("[data-new-threads]");
    var template = box && box.querySelector("template");
    if (!template || Number(data.post_count) !== 1 || announcedThreads[data.thread_id]) { return; }
    if (box.dataset.filtered === "1") { return; }
    if (box.dataset.space && Number(box.dataset.space) !== Number(data.space_id)) { return; }
    announcedThreads[data.thread_id] = true;
    var item = template.content.firstElementChild.cloneNode(true);
    var link = item.querySelector("a");
    link.href = "/t/" + Number(data.thread_id);
    link.textContent = data.title || "";
    var who = data.author ? data.author.name + " (" + data.author.org + ")" : "";
    item.querySelector(".muted").textContent = who;
    box.appendChild(item);
  }

  function updateUnread(row) {
    var lastSeq = Number(row.dataset.lastSeq) || 0;
    var lastRead = Number(row.dataset.lastRead) || 0;
    var unread = Math.max(0, lastSeq - lastRead);
    var badgeEl = row.querySelector("[data-unread]");
    if (badgeEl) { badgeEl.textContent = unread ? tn("live.new_count", unread) : ""; }
    row.classList.toggle("has-unread", unread > 0);
    var link = row.querySelector("a.thread-title");
    if (link) {
      var base = link.getAttribute("href").split("#")[0];
      link.setAttribute("href", unread ? base + "#post-" + (lastRead + 1) : base);
    }
  }

  socket.on("thread_activity", function (data) {
    if (!data) { return; }
    var row = rowOf(data.thread_id);
    if (!row) { announceNewThread(data); return; }
    var oldSeq = Number(row.dataset.lastSeq) || 0;
    var lastSeq = Number(data.last_seq) || 0;
    if (lastSeq <= oldSeq) { return; }  // old news (events can cross a page load)
    row.dataset.lastSeq = String(lastSeq);
    if (data.author && Number(data.author.id) === userId) {
      row.dataset.lastRead = String(lastSeq);  // the server marks one's own post as read
    }
    updateUnread(row);
    var count = row.querySelector("[data-post-count]");
    if (count) {
      var before = parseInt(count.textContent, 10);
      if (!isNaN(before)) {
        count.textContent = tn("live.post_count", before + (lastSeq - oldSeq));
      }
    }
    var time = row.querySelector("time[data-last-post]");
    if (time && data.last_post_at) {
      time.setAttribute("datetime", data.last_post_at);
      showRelative(time, new Date());
    }
    var list = row.parentElement;
    if (list && list.firstElementChild !== row) {
      var focused = row.contains(document.activeElement) ? document.activeElement : null;
      list.insertBefore(row, list.firstElementChild);
      if (focused) { focused.focus({ preventScroll: true }); }
    }
  });

  socket.on("read_state", function (data) {
    if (!data) { return; }
    var row = rowOf(data.thread_id);
    if (!row) { return; }
    var seq = Number(data.last_read_seq) || 0;
    if (seq > (Number(row.dataset.lastRead) || 0)) {
      row.dataset.lastRead = String(seq);
      updateUnread(row);
    }
  });
}

if (live) {
  followNotifications(live.socket);
  followThreadLists(live.socket, live.userId);
}
