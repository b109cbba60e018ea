// Live updates on every logged-in page (see docs/realtime.md): the notification badge and
// the thread lists. Progressive enhancement only: every page works without this file. The
// connection itself is live/connection.js, shared with the page modules (thread, pbl, wiki).
import { live } from "./live/connection.js";

const STRINGS = {
  sv: {
    newCount: function (n) { return n === 1 ? "1 ny" : n + " nya"; },
    postCount: function (n) { return n + " inlägg"; },
    mention: "%s nämnde dig: %s",
    org_mention: "%s nämnde din organisation: %s",
    question: "%s ställde en fråga till din organisation: %s",
    answer: "%s markerade ditt inlägg som svaret: %s",
    reply: "%s skrev i %s"
  },
  en: {
    newCount: function (n) { return n + " new"; },
    postCount: function (n) { return n === 1 ? "1 post" : n + " posts"; },
    mention: "%s mentioned you: %s",
    org_mention: "%s mentioned your organization: %s",
    question: "%s asked your organization a question: %s",
    answer: "%s marked your post as the answer: %s",
    reply: "%s posted in %s"
  }
};

// -- notifications ----------------------------------------------------------------------
function followNotifications(socket, lang, format) {
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
      var strings = STRINGS[lang];
      notifLive.textContent = format(strings[item.kind] || strings.reply, item.actor.name,
                                     item.title || "");
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
function followThreadLists(socket, lang, userId, formatTime) {
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
    if (badgeEl) { badgeEl.textContent = unread ? STRINGS[lang].newCount(unread) : ""; }
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
        count.textContent = STRINGS[lang].postCount(before + (lastSeq - oldSeq));
      }
    }
    var time = row.querySelector("time[data-last-post]");
    if (time && data.last_post_at) {
      time.setAttribute("datetime", data.last_post_at);
      time.textContent = formatTime(data.last_post_at);
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
  followNotifications(live.socket, live.lang, live.format);
  followThreadLists(live.socket, live.lang, live.userId, live.formatTime);
}
