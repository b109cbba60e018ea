// A live thread page (see docs/realtime.md): posts arrive without reloading, the composer
// sends over the socket and keeps unsent posts pending (also across reloads), and nothing is
// lost or shown twice. Progressive enhancement: without JS, or when the server refuses the
// socket, every form posts normally.
(function () {
  "use strict";
  var root = document.getElementById("thread");
  var live = window.forumLive;
  var template = document.getElementById("post-template");
  var postsEl = document.getElementById("posts");
  if (!root || !live || !template || !postsEl) { return; }

  var STRINGS = {
    sv: {
      pending: "Väntar…",
      resending: "Skickar om…",
      typing: function (names) { return names.join(", ") + " skriver…"; },
      newPostFrom: "Ny post från %s",
      newPosts: "%s nya inlägg",
      offline: "Frånkopplad – dina inlägg skickas när anslutningen är tillbaka",
      connected: "Ansluten",
      retry: "Försök igen",
      edit: "Redigera",
      failed: "Inlägget kunde inte skickas.",
      wrote: "%s skrev:",
      solved: "Löst",
      answered: "Besvarad",
      reactionFailed: "Reaktionen kunde inte sparas."
    },
    en: {
      pending: "Pending…",
      resending: "Resending…",
      typing: function (names) {
        return names.join(", ") + (names.length > 1 ? " are typing…" : " is typing…");
      },
      newPostFrom: "New post from %s",
      newPosts: "%s new posts",
      offline: "Offline – your posts will be sent when the connection is back",
      connected: "Connected",
      retry: "Try again",
      edit: "Edit",
      failed: "The post could not be sent.",
      wrote: "%s wrote:",
      solved: "Solved",
      answered: "Answered",
      reactionFailed: "The reaction could not be saved."
    }
  };
  var S = STRINGS[live.lang] || STRINGS.sv;
  var format = live.format;
  var socket = live.socket;
  var threadId = Number(root.dataset.threadId);
  var userId = live.userId;
  // What this reader may do to others' posts (the server checks again on every action).
  var moderator = root.dataset.moderator === "1";
  var mayMark = root.dataset.mayMark === "1";
  var csrfMeta = document.querySelector("meta[name=\"csrf-token\"]");
  var csrfToken = csrfMeta ? csrfMeta.getAttribute("content") : "";

  var composer = document.getElementById("composer");
  var textarea = document.getElementById("composer-body");
  var pendingEl = document.getElementById("pending-posts");
  var statusEl = document.getElementById("connection-status");
  var announcer = document.getElementById("live-announcer");
  var typingEl = document.getElementById("typing");
  var presenceEl = document.getElementById("presence");
  var previewButton = document.getElementById("preview-button");
  var previewEl = document.getElementById("preview");
  var questionStatus = document.getElementById("question-status");

  function noop() {}

  function storageGet(key) {
    try { return window.localStorage.getItem(key); } catch (err) { return null; }
  }
  function storageSet(key, value) {
    try {
      if (value === null || value === "") { window.localStorage.removeItem(key); }
      else { window.localStorage.setItem(key, value); }
    } catch (err) { /* private mode or full: the page still works */ }
  }
  // Per person and thread: someone else logging in on this browser never sends these.
  var PENDING_KEY = "forum:pending:" + userId + ":" + threadId;
  var DRAFT_KEY = "forum:draft:" + userId + ":" + threadId;

  // -- the posts shown ----------------------------------------------------------------------
  var shown = new Map();  // seq -> li
  var maxSeq = 0;
  Array.prototype.forEach.call(postsEl.querySelectorAll("li.post[data-seq]"), function (li) {
    var seq = Number(li.dataset.seq);
    shown.set(seq, li);
    if (seq > maxSeq) { maxSeq = seq; }
  });

  var gen = 0;           // changes on every connect and disconnect; stale answers are dropped
  var joined = false;    // in the thread room on this connection, and caught up once
  var syncing = false;   // a join_thread or catch_up is on its way
  var held = new Map();  // live posts that came before the ones in front of them
  var retryTimer = null;
  var pending = [];      // posts not sent yet (see the composer part below)
  var sending = null;    // the item whose send_post is on its way (one at a time keeps order)

  // The template's addresses are patterns ("/p/{id}/edit" in data-href / data-action).
  function fixAddresses(li, postId) {
    Array.prototype.forEach.call(li.querySelectorAll("[data-href]"), function (el) {
      el.setAttribute("href", el.dataset.href.replace("{id}", String(postId)));
      el.removeAttribute("data-href");
    });
    Array.prototype.forEach.call(li.querySelectorAll("form[data-action]"), function (el) {
      el.setAttribute("action", el.dataset.action.replace("{id}", String(postId)));
      el.removeAttribute("data-action");
    });
  }

  function applyReactions(li, reactions) {
    Array.prototype.forEach.call(li.querySelectorAll("button.reaction[data-kind]"), function (btn) {
      var users = (reactions && reactions[btn.dataset.kind]) || [];
      var mine = users.some(function (id) { return Number(id) === userId; });
      var count = btn.querySelector(".count");
      if (count) { count.textContent = users.length ? String(users.length) : ""; }
      btn.setAttribute("aria-pressed", mine ? "true" : "false");
      btn.classList.toggle("mine", mine);
    });
  }

  // "Mark as the answer" on every post but the first and the answer, for the asker and
  // moderators of a question (as forum.discussions.queries.post_controls decides).
  function setMarkForm(li, seq, postId, isAnswer) {
    var form = li.querySelector("form.mark-answer");
    var wanted = mayMark && seq > 1 && !isAnswer && !li.classList.contains("is-deleted");
    if (!wanted) {
      if (form) { form.remove(); }
      return;
    }
    if (!form) {
      form = template.content.querySelector("form.mark-answer").cloneNode(true);
      li.querySelector(".post-actions").appendChild(form);
    }
    form.querySelector("button").value = String(postId);
  }

  function answerTag() {
    return template.content.querySelector(".post-head .tag.ok").cloneNode(true);
  }

  // The same markup as templates/discussions/_post.html, from a Post payload. Only the html
  // (sanitized on the server) is inserted as HTML; every other string goes in as text.
  function buildPost(post, source) {
    var li = template.content.firstElementChild.cloneNode(true);
    li.id = "post-" + post.seq;
    li.dataset.seq = String(post.seq);
    li.dataset.postId = String(post.id);
    li.dataset.authorId = String(post.author.id);
    li.classList.toggle("is-deleted", !!post.deleted);
    li.classList.toggle("is-answer", !!post.is_answer);
    fixAddresses(li, post.id);
    li.querySelector(".post-author").textContent = post.author.name;
    li.querySelector(".post-org").textContent = post.author.org || "";
    var timeLink = li.querySelector(".post-time");
    timeLink.setAttribute("href", "#post-" + post.seq);
    var time = timeLink.querySelector("time");
    time.setAttribute("datetime", post.created_at);
    time.textContent = live.formatTime(post.created_at);
    if (!post.edited_at || post.deleted) { li.querySelector(".post-edited").remove(); }
    if (!post.is_answer) { li.querySelector(".post-head .tag.ok").remove(); }
    var body = li.querySelector("div.post-body");
    var footer = li.querySelector(".post-actions");
    var sourceEl = li.querySelector("textarea.post-source");
    var restoreForm = li.querySelector("form.restore-post");
    if (post.deleted) {
      body.remove();
      while (footer.firstChild) { footer.removeChild(footer.firstChild); }
      if (moderator) { footer.appendChild(restoreForm); }
      sourceEl.remove();
      return li;
    }
    restoreForm.remove();
    setMarkForm(li, post.seq, post.id, !!post.is_answer);
    li.querySelector(".tombstone").remove();
    body.innerHTML = post.html;
    applyReactions(li, post.reactions);
    var quote = li.querySelector(".quote-reply");
    if (quote) { quote.dataset.quote = String(post.seq); }
    if (Number(post.author.id) !== userId && !moderator) {
      var editLink = li.querySelector("a[href$=\"/edit\"]");
      var deleteForm = li.querySelector("form[action$=\"/delete\"]");
      if (editLink) { editLink.remove(); }
      if (deleteForm) { deleteForm.remove(); }
    }
    // The payload has no Markdown source; one's own text is known, others' are quoted from
    // the rendered text.
    source = post.source || source;  // the payload carries the Markdown for quote-reply
    if (source) { sourceEl.textContent = source; } else { sourceEl.remove(); }
    return li;
  }

  function visibleBottom() {
    var bottom = window.innerHeight;
    if (composer) {
      var top = composer.getBoundingClientRect().top;
      if (top > 0 && top < bottom) { bottom = top; }
    }
    return bottom;
  }

  function isAtBottom() {
    return postsEl.getBoundingClientRect().bottom <= visibleBottom() + 80;
  }

  function scrollToLatest() {
    var delta = postsEl.getBoundingClientRect().bottom - visibleBottom();
    if (delta > 0) { window.scrollBy(0, delta + 8); }
  }

  function insertInOrder(li, seq) {
    var before = null;
    shown.forEach(function (other, otherSeq) {
      if (otherSeq > seq && (before === null || otherSeq < Number(before.dataset.seq))) {
        before = other;
      }
    });
    postsEl.insertBefore(li, before);
  }

  // Show posts not shown yet (never a seq twice); returns the others' posts that were new.
  function addPosts(posts, options) {
    options = options || {};
    var added = [];
    var stick = isAtBottom();
    posts.slice().sort(function (a, b) { return a.seq - b.seq; }).forEach(function (post) {
      if (!post || Number(post.thread_id) !== threadId || shown.has(post.seq)) { return; }
      var own = Number(post.author.id) === userId;
      var source = null;
      if (own && post.client_id) { source = takePending(post.client_id); }
      if (source === null && options.source) { source = options.source; }
      var li = buildPost(post, source);
      insertInOrder(li, post.seq);
      shown.set(post.seq, li);
      held.delete(post.seq);
      if (post.seq > maxSeq) { maxSeq = post.seq; }
      forgetTyping(post.author.id);
      if (!own) { added.push(post); }
    });
    if (options.own || (stick && posts.length)) { scrollToLatest(); }
    if (added.length === 1) {
      announce(format(S.newPostFrom, added[0].author.name));
    } else if (added.length > 1) {
      announce(format(S.newPosts, added.length));
    }
    noteSeen();
    return added;
  }

  // Every single post (live, or the answer to one's own send) comes through here.
  function receive(post, options) {
    if (!post || Number(post.thread_id) !== threadId || shown.has(post.seq)) {
      if (post && post.client_id && Number(post.author.id) === userId) {
        takePending(post.client_id);
      }
      return;
    }
    if (syncing || !joined || post.seq > maxSeq + 1) {
      held.set(post.seq, { post: post, options: options || {} });
      if (joined && !syncing) { sync(false); }  // a gap: fetch what is in front of it
      return;
    }
    addPosts([post], options);
  }

  // After a sync: show held posts that now fit; a gap left means another catch_up. Should
  // the server not fill a gap twice in a row, the held posts are shown anyway (no loop).
  var fruitless = 0;
  function drainHeld(progress) {
    fruitless = progress ? 0 : fruitless + 1;
    var seqs = Array.from(held.keys()).sort(function (a, b) { return a - b; });
    for (var i = 0; i < seqs.length; i += 1) {
      var seq = seqs[i];
      var entry = held.get(seq);
      if (shown.has(seq)) { held.delete(seq); continue; }
      if (seq > maxSeq + 1 && fruitless < 2) { break; }
      held.delete(seq);
      addPosts([entry.post], entry.options);
    }
    if (!held.size) { fruitless = 0; }
    else if (joined && !syncing) { sync(false); }
  }

  function sync(first) {
    syncing = true;
    var myGen = gen;
    var event = first ? "join_thread" : "catch_up";
    var after = maxSeq;
    socket.timeout(10000).emit(event, { thread_id: threadId, after_seq: after }, function (err, ack) {
      if (myGen !== gen) { return; }  // the connection changed; the new one syncs again
      if (err || !ack || !ack.ok) {
        syncing = false;
        if (ack && ["not_found", "forbidden", "login_required"].indexOf(ack.code) !== -1) {
          setStatus(ack.error || "", true);
          return;
        }
        window.clearTimeout(retryTimer);
        retryTimer = window.setTimeout(function () {
          if (myGen === gen && socket.connected) { sync(first); }
        }, 3000);
        return;
      }
      if (first) {
        joined = true;
        setPresence(ack.present || []);
      }
      var posts = ack.posts || [];
      addPosts(posts, {});
      if (ack.has_more && posts.length && maxSeq > after) { sync(false); return; }
      syncing = false;
      drainHeld(maxSeq > after);
      if (!syncing) {
        flushPending();
        noteSeen();
      }
    });
  }

  live.onConnect(function () {
    gen += 1;
    joined = false;
    held.clear();
    setStatus(S.connected, false);
    sync(true);
  });

  socket.on("disconnect", function () {
    gen += 1;
    joined = false;
    syncing = false;
    window.clearTimeout(retryTimer);
    if (sending) { sending.state = "queued"; sending = null; }
    renderPending();
    if (!live.refused) { setStatus(S.offline, true); }
    setPresence([]);
  });

  socket.on("connect_error", function () {
    if (live.refused) { setStatus("", false); }
    else if (!socket.connected) { setStatus(S.offline, true); }
  });

  socket.on("access_lost", function () {
    if (joined && !syncing) { joined = false; sync(true); }  // the join checks access again
  });

  // -- live events ------------------------------------------------------------------------
  function forThisThread(data) {
    return data && Number(data.thread_id) === threadId;
  }

  socket.on("post_created", function (data) {
    if (forThisThread(data)) { receive(data.post, {}); }
  });

  function replacePost(post) {
    if (held.has(post.seq)) {
      held.get(post.seq).post = post;
      return;
    }
    var li = shown.get(post.seq);
    if (!li) { return; }  // not shown yet: a catch-up brings the current version
    var source = null;
    var oldSource = li.querySelector("textarea.post-source");
    if (oldSource && !post.edited_at) { source = oldSource.value; }
    var fresh = buildPost(post, source);
    var hadFocus = li.contains(document.activeElement);
    li.replaceWith(fresh);
    shown.set(post.seq, fresh);
    if (hadFocus) {
      var target = fresh.querySelector(".post-time");
      if (target) { target.focus({ preventScroll: true }); }
    }
  }

  function editPostInPlace(post) {
    var li = shown.get(post.seq);
    if (!li || post.deleted || li.classList.contains("is-deleted")) {
      replacePost(post);
      return;
    }
    if (held.has(post.seq)) { held.get(post.seq).post = post; }
    var body = li.querySelector("div.post-body");
    if (body) { body.innerHTML = post.html; }
    if (post.edited_at && !li.querySelector(".post-edited")) {
      var edited = template.content.querySelector(".post-edited").cloneNode(true);
      edited.setAttribute("href", "/p/" + post.id + "/history");
      li.querySelector(".post-time").after(" ", edited);
    }
    var source = li.querySelector("textarea.post-source");
    if (source && post.source) {
      source.value = post.source;
    } else if (source) {
      source.remove();  // no Markdown in the payload: quote the text instead
    }
    applyReactions(li, post.reactions);
  }

  socket.on("post_edited", function (data) {
    if (forThisThread(data) && data.post) { editPostInPlace(data.post); }
  });
  socket.on("post_deleted", function (data) {
    if (forThisThread(data) && data.post) { replacePost(data.post); }
  });
  socket.on("post_restored", function (data) {
    if (forThisThread(data) && data.post) { replacePost(data.post); }
  });

  socket.on("reactions_changed", function (data) {
    if (!forThisThread(data)) { return; }
    var li = shown.get(Number(data.seq));
    if (li && Number(li.dataset.postId) === Number(data.post_id)) {
      applyReactions(li, data.reactions);
    }
  });

  socket.on("thread_changed", function (data) {
    if (!forThisThread(data)) { return; }
    var solution = data.solution_post_id;
    shown.forEach(function (li) {
      var isAnswer = solution !== null && Number(li.dataset.postId) === Number(solution);
      li.classList.toggle("is-answer", isAnswer);
      var tag = li.querySelector(".post-head .tag.ok");
      if (isAnswer && !tag) { li.querySelector(".post-head").appendChild(answerTag()); }
      if (!isAnswer && tag) { tag.remove(); }
      setMarkForm(li, Number(li.dataset.seq), li.dataset.postId, isAnswer);
    });
    if (!questionStatus) { return; }
    questionStatus.dataset.answered = data.answered ? "1" : "0";
    var span = document.createElement("span");
    if (solution) {
      span.className = "tag ok";
      span.textContent = questionStatus.dataset.solvedText || S.solved;
    } else if (data.answered) {
      span.className = "tag";
      span.textContent = questionStatus.dataset.answeredText || S.answered;
    } else {
      return;
    }
    questionStatus.replaceChildren(span);
  });

  // -- typing and presence ------------------------------------------------------------------
  var typers = new Map();  // user id -> {name, timer}

  function renderTyping() {
    if (!typingEl) { return; }
    var names = Array.from(typers.values()).map(function (t) { return t.name; });
    typingEl.textContent = names.length ? S.typing(names) : "";
  }

  function forgetTyping(id) {
    var entry = typers.get(Number(id));
    if (entry) {
      window.clearTimeout(entry.timer);
      typers.delete(Number(id));
      renderTyping();
    }
  }

  socket.on("typing", function (data) {
    if (!forThisThread(data) || !data.user || Number(data.user.id) === userId) { return; }
    var id = Number(data.user.id);
    var entry = typers.get(id);
    if (entry) { window.clearTimeout(entry.timer); }
    typers.set(id, {
      name: data.user.name,
      timer: window.setTimeout(function () { forgetTyping(id); }, 4000)
    });
    renderTyping();
  });

  function setPresence(people) {
    if (!presenceEl) { return; }
    var names = people.filter(function (p) { return Number(p.id) !== userId; })
      .map(function (p) { return p.name; });
    var slot = presenceEl.querySelector("[data-names]");
    if (slot) { slot.textContent = names.join(", "); }
    presenceEl.hidden = names.length === 0;
  }

  socket.on("presence", function (data) {
    if (forThisThread(data)) { setPresence(data.present || []); }
  });

  // -- announcements and status -----------------------------------------------------------
  var announceTimer = null;
  function announce(text) {
    if (!announcer) { return; }
    // Empty first, so the same words twice are still read out.
    announcer.textContent = "";
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(function () { announcer.textContent = text; }, 50);
  }

  function setStatus(text, problem) {
    if (statusEl) {
      statusEl.textContent = text;
      statusEl.classList.toggle("is-offline", !!problem);
    }
    if (composer) { composer.classList.toggle("is-offline", !!problem); }
  }

  // -- read position ------------------------------------------------------------------------
  var readSent = Number(root.dataset.lastRead) || 0;
  var seenSeq = 0;
  var lastReadEmit = 0;
  var readTimer = null;
  var seenFrame = 0;

  // The highest post whose top is on screen (above a sticky composer).
  function highestVisibleSeq() {
    var items = postsEl.children;
    var limit = visibleBottom() - 24;
    var lo = 0;
    var hi = items.length - 1;
    var found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (items[mid].getBoundingClientRect().top < limit) { found = mid; lo = mid + 1; }
      else { hi = mid - 1; }
    }
    if (found < 0) { return 0; }
    var rect = items[found].getBoundingClientRect();
    if (rect.bottom < 0 && found < items.length - 1) { return 0; }  // everything is above
    return Number(items[found].dataset.seq) || 0;
  }

  function noteSeen() {
    if (seenFrame) { return; }
    seenFrame = window.requestAnimationFrame(function () {
      seenFrame = 0;
      if (document.visibilityState !== "visible") { return; }
      var seq = highestVisibleSeq();
      if (seq > seenSeq) { seenSeq = seq; }
      scheduleRead();
    });
  }

  function scheduleRead() {
    if (seenSeq <= readSent || !joined || readTimer) { return; }
    var wait = Math.max(0, lastReadEmit + 2500 - Date.now());
    readTimer = window.setTimeout(function () {
      readTimer = null;
      if (seenSeq <= readSent || !joined || !socket.connected) { return; }
      lastReadEmit = Date.now();
      var seq = seenSeq;
      readSent = seq;
      socket.emit("mark_read", { thread_id: threadId, seq: seq }, function (ack) {
        if (!ack || !ack.ok) { readSent = Math.min(readSent, seq - 1); }
      });
    }, wait);
  }

  window.addEventListener("scroll", noteSeen, { passive: true });
  window.addEventListener("resize", noteSeen);
  document.addEventListener("visibilitychange", noteSeen);

  // -- reactions ----------------------------------------------------------------------------
  function postJSON(url, data) {
    return window.fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json",
                 "X-CSRFToken": csrfToken },
      body: JSON.stringify(data)
    }).then(function (response) {
      return response.json().catch(function () { return { ok: false }; })
        .then(function (json) { return { status: response.status, json: json || {} }; });
    });
  }

  postsEl.addEventListener("submit", function (event) {
    var form = event.target;
    var match = /\/p\/(\d+)\/reactions$/.exec(form.getAttribute("action") || "");
    var button = event.submitter;
    if (!match || !button || !button.dataset.kind) { return; }
    event.preventDefault();
    if (button.dataset.busy) { return; }
    button.dataset.busy = "1";
    postJSON("/api/v1/posts/" + match[1] + "/reactions", { kind: button.dataset.kind })
      .then(function (result) {
        if (!result.json.ok) {
          announce(result.json.error || S.reactionFailed);
          return;
        }
        // The live event brings everyone's counts; this makes one's own click show at once
        // (and works while the socket is away). Nothing changes if the event came first.
        var was = button.getAttribute("aria-pressed") === "true";
        var on = !!result.json.on;
        if (was !== on) {
          var count = button.querySelector(".count");
          var n = (parseInt(count.textContent, 10) || 0) + (on ? 1 : -1);
          count.textContent = n > 0 ? String(n) : "";
          button.setAttribute("aria-pressed", on ? "true" : "false");
          button.classList.toggle("mine", on);
        }
      })
      .catch(function () { announce(S.reactionFailed); })
      .then(function () { delete button.dataset.busy; });
  });

  // -- quote-reply --------------------------------------------------------------------------
  postsEl.addEventListener("click", function (event) {
    var button = event.target.closest(".quote-reply");
    if (!button || !textarea) { return; }
    var li = button.closest("li.post");
    if (!li) { return; }
    var sourceEl = li.querySelector("textarea.post-source");
    var bodyEl = li.querySelector("div.post-body");
    var text = sourceEl && sourceEl.value.trim() ? sourceEl.value
      : (bodyEl ? bodyEl.innerText : "");
    var name = li.querySelector(".post-author").textContent.trim();
    var quoted = text.trim().split(/\r?\n/).map(function (line) {
      return line ? "> " + line : ">";
    }).join("\n");
    var block = format(S.wrote, "**" + name + "**") + "\n" + quoted + "\n\n";
    var current = textarea.value.replace(/\s+$/, "");
    textarea.value = current ? current + "\n\n" + block : block;
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    saveDraftSoon();
  });

  noteSeen();
  if (!composer || !textarea) { return; }  // may read, not write: the rest is the composer

  // -- pending posts ------------------------------------------------------------------------

  function newClientId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID().replace(/-/g, "");
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function savePending() {
    storageSet(PENDING_KEY, pending.length ? JSON.stringify(pending.map(function (item) {
      return { client_id: item.client_id, body: item.body,
               confirm_privacy: item.confirm_privacy,
               failed: item.state === "failed", error: item.error };
    })) : null);
  }

  function loadPending() {
    var raw = storageGet(PENDING_KEY);
    if (!raw) { return; }
    try {
      JSON.parse(raw).forEach(function (saved) {
        if (!saved || typeof saved.body !== "string" ||
            !/^[A-Za-z0-9_-]{8,64}$/.test(saved.client_id || "")) { return; }
        pending.push({ client_id: saved.client_id, body: saved.body,
                       confirm_privacy: !!saved.confirm_privacy,
                       state: saved.failed ? "failed" : "queued",
                       error: saved.error || "", attempts: 1 });
      });
    } catch (err) { storageSet(PENDING_KEY, null); }
  }

  // A post with this client_id is on the page: its pending item is done. Returns its text.
  function takePending(clientId) {
    for (var i = 0; i < pending.length; i += 1) {
      if (pending[i].client_id === clientId) {
        var item = pending.splice(i, 1)[0];
        if (sending === item) { sending = null; }
        savePending();
        renderPending();
        return item.body.trim();
      }
    }
    return null;
  }

  function renderPending() {
    if (!pendingEl) { return; }
    pendingEl.replaceChildren();
    pending.forEach(function (item) {
      var li = document.createElement("li");
      li.className = "pending-post is-" + item.state;
      li.dataset.clientId = item.client_id;
      var label = document.createElement("span");
      label.className = "pending-label";
      label.textContent = item.state === "sending" && item.attempts > 1 ? S.resending
        : S.pending;
      var text = document.createElement("span");
      text.className = "pending-text";
      text.textContent = item.body;
      li.append(label, " ", text);
      if (item.error) {
        var error = document.createElement("span");
        error.className = "pending-error error";
        error.textContent = item.error;
        li.append(" ", error);
      }
      if (item.state !== "sending") {
        var actions = document.createElement("span");
        actions.className = "pending-actions";
        if (item.state === "failed") {
          actions.append(actionButton(S.retry, "retry"), " ");
        }
        actions.append(actionButton(S.edit, "edit"));
        li.append(" ", actions);
      }
      pendingEl.appendChild(li);
    });
  }

  function actionButton(text, action) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "link-button";
    button.dataset.action = action;
    button.textContent = text;
    return button;
  }

  if (pendingEl) {
    pendingEl.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      var row = button && button.closest("li.pending-post");
      if (!row) { return; }
      var item = pending.find(function (p) { return p.client_id === row.dataset.clientId; });
      if (!item || item.state === "sending") { return; }
      if (button.dataset.action === "retry") {
        item.state = "queued";
        item.error = "";
        savePending();
        renderPending();
        flushPending();
      } else {
        pending.splice(pending.indexOf(item), 1);
        savePending();
        renderPending();
        putBack(item.body);
      }
    });
  }

  function putBack(body) {
    var current = textarea.value.replace(/\s+$/, "");
    textarea.value = current ? body + "\n\n" + current : body;
    textarea.focus();
    saveDraftNow();
  }

  function flushPending() {
    if (!composer || !joined || syncing || !socket.connected || sending) { return; }
    var item = pending.find(function (p) { return p.state === "queued"; });
    if (!item) { return; }
    sending = item;
    item.state = "sending";
    item.attempts += 1;
    renderPending();
    var myGen = gen;
    var payload = { thread_id: threadId, client_id: item.client_id, body: item.body,
                    confirm_privacy: !!item.confirm_privacy };
    socket.timeout(15000).emit("send_post", payload, function (err, ack) {
      if (sending === item) { sending = null; }
      var stillPending = pending.indexOf(item) !== -1;
      if (ack && ack.ok) {
        if (stillPending) { pending.splice(pending.indexOf(item), 1); savePending(); }
        renderPending();
        receive(ack.post, { own: true, source: item.body.trim() });
      } else if (!stillPending) {
        // Delivered meanwhile (its post came in); nothing to do.
      } else if (err || !ack || myGen !== gen) {
        item.state = "queued";  // no answer: sent again, same client_id, after a reconnect
        renderPending();
        if (socket.connected && myGen === gen) { window.setTimeout(flushPending, 2000); }
        return;
      } else if (ack.code === "privacy") {
        pending.splice(pending.indexOf(item), 1);
        savePending();
        renderPending();
        putBack(item.body);
        showPrivacy(ack.findings || [], !!ack.blocked);
      } else {
        item.state = "failed";
        item.error = ack.error || S.failed;
        savePending();
        renderPending();
        if (ack.code === "rate_limited") {
          window.setTimeout(function () {
            if (item.state === "failed" && pending.indexOf(item) !== -1) {
              item.state = "queued";
              item.error = "";
              renderPending();
              flushPending();
            }
          }, 10000);
        }
      }
      flushPending();
    });
  }

  // -- privacy warning ----------------------------------------------------------------------
  function removePrivacy() {
    var old = composer.querySelector("#privacy-warning");
    if (old) { old.remove(); }
  }

  function showPrivacy(findings, blocked) {
    removePrivacy();
    var tpl = document.getElementById(blocked ? "privacy-blocked-template" : "privacy-template");
    if (!tpl) { return; }
    var box = tpl.content.firstElementChild.cloneNode(true);
    var list = box.querySelector("ul");
    list.replaceChildren();
    findings.forEach(function (finding) {
      var li = document.createElement("li");
      li.textContent = finding;
      list.appendChild(li);
    });
    var label = composer.querySelector("label[for=\"composer-body\"]");
    composer.insertBefore(box, label);
  }

  // -- sending --------------------------------------------------------------------------------
  function sendFromComposer() {
    var body = textarea.value;
    if (!body.trim()) { textarea.focus(); return; }
    var confirmBox = composer.querySelector("input[name=\"confirm_privacy\"]");
    pending.push({ client_id: newClientId(), body: body,
                   confirm_privacy: !!(confirmBox && confirmBox.checked),
                   state: "queued", error: "", attempts: 0 });
    savePending();
    renderPending();
    textarea.value = "";
    saveDraftNow();
    removePrivacy();
    if (previewEl) { previewEl.hidden = true; previewEl.replaceChildren(); }
    flushPending();
  }

  composer.addEventListener("submit", function (event) {
    if (live.refused) { return; }  // no socket at all: the form posts as without JS
    event.preventDefault();
    sendFromComposer();
  });

  textarea.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.shiftKey || event.altKey) { return; }
    if (event.defaultPrevented) { return; }  // e.g. Enter picked an @mention suggestion
    if (event.isComposing || event.keyCode === 229) { return; }  // an IME is composing
    event.preventDefault();
    composer.requestSubmit();
  });

  // -- drafts and typing ----------------------------------------------------------------------
  var draftTimer = null;
  var lastTyping = 0;

  function saveDraftNow() {
    window.clearTimeout(draftTimer);
    draftTimer = null;
    storageSet(DRAFT_KEY, textarea.value.trim() ? textarea.value : null);
  }

  function saveDraftSoon() {
    window.clearTimeout(draftTimer);
    draftTimer = window.setTimeout(saveDraftNow, 400);
  }

  textarea.addEventListener("input", function () {
    saveDraftSoon();
    var now = Date.now();
    if (joined && socket.connected && textarea.value.trim() && now - lastTyping >= 2000) {
      lastTyping = now;
      socket.emit("typing", { thread_id: threadId }, noop);
    }
  });
  window.addEventListener("pagehide", function () { if (draftTimer) { saveDraftNow(); } });

  // -- preview --------------------------------------------------------------------------------
  if (previewButton && previewEl) {
    previewButton.hidden = false;
    previewButton.addEventListener("click", function () {
      var body = textarea.value;
      if (!body.trim()) {
        previewEl.hidden = true;
        previewEl.replaceChildren();
        return;
      }
      postJSON("/api/v1/preview", { body: body }).then(function (result) {
        if (!result.json.ok) {
          previewEl.textContent = result.json.error || "";
          previewEl.hidden = false;
          return;
        }
        previewEl.innerHTML = result.json.html || "";  // sanitized on the server
        var findings = result.json.findings || [];
        if (findings.length) {
          var tpl = document.getElementById("privacy-blocked-template");
          var box = document.createElement("div");
          box.className = "privacy-warning preview-findings";
          var heading = tpl && tpl.content.querySelector("h2");
          if (heading) { box.appendChild(heading.cloneNode(true)); }
          var list = document.createElement("ul");
          findings.forEach(function (finding) {
            var li = document.createElement("li");
            li.textContent = finding;
            list.appendChild(li);
          });
          box.appendChild(list);
          previewEl.prepend(box);
        }
        previewEl.hidden = false;
      }).catch(noop);
    });
  }

  // -- start ----------------------------------------------------------------------------------
  if (!textarea.value) {
    var draft = storageGet(DRAFT_KEY);
    if (draft) { textarea.value = draft; }
  }
  loadPending();
  renderPending();
})();
