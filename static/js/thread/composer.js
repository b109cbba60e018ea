// The composer: Enter sends over the socket (into the pending queue), drafts survive a reload,
// others see "is typing", and quote-reply fills it. Without the socket the form posts as
// without JS. Provides ctx.putBack(body) and ctx.showPrivacy(findings, blocked).
import { t } from "../lib/i18n.js";
import { storageGet, storageSet } from "../lib/storage.js";
import { newClientId } from "./pending_queue.js";
import { installPendingActions } from "./pending_posts.js";

function noop() {}

function installDrafts(ctx) {
  const textarea = ctx.el.textarea;
  let draftTimer = null;
  let lastTyping = 0;

  ctx.saveDraftNow = function () {
    window.clearTimeout(draftTimer);
    draftTimer = null;
    storageSet(ctx.keys.draft, textarea.value.trim() ? textarea.value : null);
  };

  ctx.saveDraftSoon = function () {
    window.clearTimeout(draftTimer);
    draftTimer = window.setTimeout(ctx.saveDraftNow, 400);
  };

  textarea.addEventListener("input", function () {
    ctx.saveDraftSoon();
    const now = Date.now();
    if (ctx.conn.joined && ctx.socket.connected && textarea.value.trim() && now - lastTyping >= 2000) {
      lastTyping = now;
      ctx.socket.emit("typing", { thread_id: ctx.threadId }, noop);
    }
  });
  window.addEventListener("pagehide", function () { if (draftTimer) { ctx.saveDraftNow(); } });
}

function installPrivacyWarning(ctx) {
  const composer = ctx.el.composer;
  ctx.removePrivacy = function () {
    const old = composer.querySelector("#privacy-warning");
    if (old) { old.remove(); }
  };

  ctx.showPrivacy = function (findings, blocked) {
    ctx.removePrivacy();
    const tpl = document.getElementById(blocked ? "privacy-blocked-template" : "privacy-template");
    if (!tpl) { return; }
    const box = tpl.content.firstElementChild.cloneNode(true);
    const list = box.querySelector("ul");
    list.replaceChildren();
    findings.forEach(function (finding) {
      const li = document.createElement("li");
      li.textContent = finding;
      list.appendChild(li);
    });
    const label = composer.querySelector("label[for=\"composer-body\"]");
    composer.insertBefore(box, label);
  };
}

function installQuoteReply(ctx) {
  const textarea = ctx.el.textarea;
  ctx.postsEl.addEventListener("click", function (event) {
    const button = event.target.closest(".quote-reply");
    if (!button) { return; }
    const li = button.closest("li.post");
    if (!li) { return; }
    const sourceEl = li.querySelector("textarea.post-source");
    const bodyEl = li.querySelector("div.post-body");
    const text = sourceEl && sourceEl.value.trim() ? sourceEl.value
      : (bodyEl ? bodyEl.innerText : "");
    const name = li.querySelector(".post-author").textContent.trim();
    const quoted = text.trim().split(/\r?\n/).map(function (line) {
      return line ? "> " + line : ">";
    }).join("\n");
    const block = t("thread.wrote", "**" + name + "**") + "\n" + quoted + "\n\n";
    const current = textarea.value.replace(/\s+$/, "");
    textarea.value = current ? current + "\n\n" + block : block;
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    ctx.saveDraftSoon();
  });
}

function sendFromComposer(ctx) {
  const textarea = ctx.el.textarea;
  const body = textarea.value;
  if (!body.trim()) { textarea.focus(); return; }
  const confirmBox = ctx.el.composer.querySelector("input[name=\"confirm_privacy\"]");
  ctx.queue.add(newClientId(window.crypto), body, !!(confirmBox && confirmBox.checked));
  ctx.savePending();
  ctx.renderPending();
  textarea.value = "";
  ctx.saveDraftNow();
  ctx.removePrivacy();
  if (ctx.el.preview) { ctx.el.preview.hidden = true; ctx.el.preview.replaceChildren(); }
  ctx.flushPending();
}

function installSending(ctx) {
  const composer = ctx.el.composer;
  const textarea = ctx.el.textarea;
  composer.addEventListener("submit", function (event) {
    if (ctx.live.refused) { return; }  // no socket at all: the form posts as without JS
    event.preventDefault();
    sendFromComposer(ctx);
  });

  textarea.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.shiftKey || event.altKey) { return; }
    if (event.defaultPrevented) { return; }  // e.g. Enter picked an @mention suggestion
    if (event.isComposing || event.keyCode === 229) { return; }  // an IME is composing
    event.preventDefault();
    composer.requestSubmit();
  });
}

export function installComposer(ctx) {
  const textarea = ctx.el.textarea;
  ctx.putBack = function (body) {
    const current = textarea.value.replace(/\s+$/, "");
    textarea.value = current ? body + "\n\n" + current : body;
    textarea.focus();
    ctx.saveDraftNow();
  };
  installQuoteReply(ctx);
  installPendingActions(ctx);
  installPrivacyWarning(ctx);
  installSending(ctx);
  installDrafts(ctx);
}

// What this browser kept for this thread: the draft (unless the server sent the text back
// with an error) and the posts not sent before the last reload.
export function restoreComposer(ctx) {
  const textarea = ctx.el.textarea;
  if (!textarea.value) {
    const draft = storageGet(ctx.keys.draft);
    if (draft) { textarea.value = draft; }
  }
  if (!ctx.queue.load(storageGet(ctx.keys.pending))) { storageSet(ctx.keys.pending, null); }
  ctx.renderPending();
}
