// One post's markup, built from a Post payload by filling the <template> that
// templates/discussions/_live_templates.html renders from _post.html (its skeleton, so the
// two cannot drift). Only the html (sanitized on the server) is inserted as HTML; every other
// string goes in as text.

import { showRelative } from "../lib/time.js";

function fixAddresses(li, postId) {
  // The template's addresses are patterns ("/p/{id}/edit" in data-href / data-action), so no
  // page ever links to a post that does not exist.
  li.querySelectorAll("[data-href]").forEach(function (el) {
    el.setAttribute("href", el.dataset.href.replace("{id}", String(postId)));
    el.removeAttribute("data-href");
  });
  li.querySelectorAll("form[data-action]").forEach(function (el) {
    el.setAttribute("action", el.dataset.action.replace("{id}", String(postId)));
    el.removeAttribute("data-action");
  });
}

export function applyReactions(ctx, li, reactions) {
  li.querySelectorAll("button.reaction[data-kind]").forEach(function (btn) {
    const users = (reactions && reactions[btn.dataset.kind]) || [];
    const mine = users.some(function (id) { return Number(id) === ctx.userId; });
    const count = btn.querySelector(".count");
    if (count) { count.textContent = users.length ? String(users.length) : ""; }
    btn.setAttribute("aria-pressed", mine ? "true" : "false");
    btn.classList.toggle("mine", mine);
  });
}

// "Mark as the answer" on every post but the first and the answer, for the asker and
// moderators of a question (as forum.discussions.queries.post_controls decides).
export function setMarkForm(ctx, li, seq, postId, isAnswer) {
  let form = li.querySelector("form.mark-answer");
  const wanted = ctx.mayMark && seq > 1 && !isAnswer && !li.classList.contains("is-deleted");
  if (!wanted) {
    if (form) { form.remove(); }
    return;
  }
  if (!form) {
    form = ctx.template.content.querySelector("form.mark-answer").cloneNode(true);
    li.querySelector(".post-actions").appendChild(form);
  }
  form.querySelector("button").value = String(postId);
}

export function answerTag(ctx) {
  return ctx.template.content.querySelector(".post-head .tag.ok").cloneNode(true);
}

export function editedLink(ctx, postId) {
  const edited = ctx.template.content.querySelector(".post-edited").cloneNode(true);
  edited.setAttribute("href", "/p/" + postId + "/history");
  return edited;
}

// A deleted post shows its tombstone, and to moderators the restore form.
function asDeleted(ctx, li, sourceEl) {
  const footer = li.querySelector(".post-actions");
  const restoreForm = li.querySelector("form.restore-post");
  li.querySelector("div.post-body").remove();
  while (footer.firstChild) { footer.removeChild(footer.firstChild); }
  if (ctx.moderator) { footer.appendChild(restoreForm); }
  sourceEl.remove();
  return li;
}

// source: the post's Markdown when known (for quote-reply), else null.
export function buildPost(ctx, post, source) {
  const li = ctx.template.content.firstElementChild.cloneNode(true);
  li.id = "post-" + post.seq;
  li.dataset.seq = String(post.seq);
  li.dataset.postId = String(post.id);
  li.dataset.authorId = String(post.author.id);
  li.classList.toggle("is-deleted", !!post.deleted);
  li.classList.toggle("is-answer", !!post.is_answer);
  fixAddresses(li, post.id);
  li.querySelector(".post-author").textContent = post.author.name;
  li.querySelector(".post-org").textContent = post.author.org || "";
  const timeLink = li.querySelector(".post-time");
  timeLink.setAttribute("href", "#post-" + post.seq);
  const time = timeLink.querySelector("time");
  time.setAttribute("datetime", post.created_at);
  showRelative(time, new Date());
  if (!post.edited_at || post.deleted) { li.querySelector(".post-edited").remove(); }
  if (!post.is_answer) { li.querySelector(".post-head .tag.ok").remove(); }
  const sourceEl = li.querySelector("textarea.post-source");
  if (post.deleted) { return asDeleted(ctx, li, sourceEl); }
  li.querySelector("form.restore-post").remove();
  setMarkForm(ctx, li, post.seq, post.id, !!post.is_answer);
  li.querySelector(".tombstone").remove();
  li.querySelector("div.post-body").innerHTML = post.html;
  applyReactions(ctx, li, post.reactions);
  const quote = li.querySelector(".quote-reply");
  if (quote) { quote.dataset.quote = String(post.seq); }
  if (Number(post.author.id) !== ctx.userId && !ctx.moderator) {
    const editLink = li.querySelector("a[href$=\"/edit\"]");
    const deleteForm = li.querySelector("form[action$=\"/delete\"]");
    if (editLink) { editLink.remove(); }
    if (deleteForm) { deleteForm.remove(); }
  }
  // The payload carries the Markdown for quote-reply; without it, one's own text is known and
  // others' posts are quoted from the rendered text.
  const markdown = post.source || source;
  if (markdown) { sourceEl.textContent = markdown; } else { sourceEl.remove(); }
  return li;
}
