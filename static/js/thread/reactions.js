// Reaction buttons post to the JSON API instead of reloading the page. The live event brings
// everyone's counts; this makes one's own click show at once (and works while the socket is
// away). Nothing changes if the event came first.
import { postJSON } from "../lib/http.js";

function showOwn(button, on) {
  const was = button.getAttribute("aria-pressed") === "true";
  if (was === on) { return; }
  const count = button.querySelector(".count");
  const n = (parseInt(count.textContent, 10) || 0) + (on ? 1 : -1);
  count.textContent = n > 0 ? String(n) : "";
  button.setAttribute("aria-pressed", on ? "true" : "false");
  button.classList.toggle("mine", on);
}

export function installReactions(ctx) {
  ctx.postsEl.addEventListener("submit", function (event) {
    const form = event.target;
    const match = /\/p\/(\d+)\/reactions$/.exec(form.getAttribute("action") || "");
    const button = event.submitter;
    if (!match || !button || !button.dataset.kind) { return; }
    event.preventDefault();
    if (button.dataset.busy) { return; }
    button.dataset.busy = "1";
    postJSON("/api/v1/posts/" + match[1] + "/reactions", { kind: button.dataset.kind })
      .then(function (result) {
        if (!result.json.ok) {
          ctx.announce(result.json.error || ctx.S.reactionFailed);
          return;
        }
        showOwn(button, !!result.json.on);
      })
      .catch(function () { ctx.announce(ctx.S.reactionFailed); })
      .then(function () { delete button.dataset.busy; });
  });
}
