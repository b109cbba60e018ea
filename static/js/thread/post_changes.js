// Posts already shown that change: edited, deleted, restored, reacted to, marked as the answer.
import { answerTag, applyReactions, buildPost, editedLink, setMarkForm } from "./post_markup.js";

function replacePost(ctx, post) {
  const posts = ctx.posts;
  if (posts.held.has(post.seq)) {
    posts.held.get(post.seq).post = post;
    return;
  }
  const li = posts.shown.get(post.seq);
  if (!li) { return; }  // not shown yet: a catch-up brings the current version
  let source = null;
  const oldSource = li.querySelector("textarea.post-source");
  if (oldSource && !post.edited_at) { source = oldSource.value; }
  const fresh = buildPost(ctx, post, source);
  const hadFocus = li.contains(document.activeElement);
  li.replaceWith(fresh);
  posts.shown.set(post.seq, fresh);
  if (hadFocus) {
    const target = fresh.querySelector(".post-time");
    if (target) { target.focus({ preventScroll: true }); }
  }
}

function editPostInPlace(ctx, post) {
  const li = ctx.posts.shown.get(post.seq);
  if (!li || post.deleted || li.classList.contains("is-deleted")) {
    replacePost(ctx, post);
    return;
  }
  if (ctx.posts.held.has(post.seq)) { ctx.posts.held.get(post.seq).post = post; }
  const body = li.querySelector("div.post-body");
  if (body) { body.innerHTML = post.html; }
  if (post.edited_at && !li.querySelector(".post-edited")) {
    li.querySelector(".post-time").after(" ", editedLink(ctx, post.id));
  }
  const source = li.querySelector("textarea.post-source");
  if (source && post.source) {
    source.value = post.source;
  } else if (source) {
    source.remove();  // no Markdown in the payload: quote the text instead
  }
  applyReactions(ctx, li, post.reactions);
}

// The question's status line above the posts, after the answer was marked or given.
function showQuestionStatus(ctx, data) {
  const questionStatus = ctx.el.questionStatus;
  if (!questionStatus) { return; }
  questionStatus.dataset.answered = data.answered ? "1" : "0";
  const span = document.createElement("span");
  if (data.solution_post_id) {
    span.className = "tag ok";
    span.textContent = questionStatus.dataset.solvedText || ctx.S.solved;
  } else if (data.answered) {
    span.className = "tag";
    span.textContent = questionStatus.dataset.answeredText || ctx.S.answered;
  } else {
    return;
  }
  questionStatus.replaceChildren(span);
}

function markAnswer(ctx, data) {
  const solution = data.solution_post_id;
  ctx.posts.shown.forEach(function (li) {
    const isAnswer = solution !== null && Number(li.dataset.postId) === Number(solution);
    li.classList.toggle("is-answer", isAnswer);
    const tag = li.querySelector(".post-head .tag.ok");
    if (isAnswer && !tag) { li.querySelector(".post-head").appendChild(answerTag(ctx)); }
    if (!isAnswer && tag) { tag.remove(); }
    setMarkForm(ctx, li, Number(li.dataset.seq), li.dataset.postId, isAnswer);
  });
  showQuestionStatus(ctx, data);
}

export function installPostChanges(ctx) {
  const socket = ctx.socket;
  socket.on("post_edited", function (data) {
    if (ctx.forThisThread(data) && data.post) { editPostInPlace(ctx, data.post); }
  });
  socket.on("post_deleted", function (data) {
    if (ctx.forThisThread(data) && data.post) { replacePost(ctx, data.post); }
  });
  socket.on("post_restored", function (data) {
    if (ctx.forThisThread(data) && data.post) { replacePost(ctx, data.post); }
  });
  socket.on("reactions_changed", function (data) {
    if (!ctx.forThisThread(data)) { return; }
    const li = ctx.posts.shown.get(Number(data.seq));
    if (li && Number(li.dataset.postId) === Number(data.post_id)) {
      applyReactions(ctx, li, data.reactions);
    }
  });
  socket.on("thread_changed", function (data) {
    if (ctx.forThisThread(data)) { markAnswer(ctx, data); }
  });
}
