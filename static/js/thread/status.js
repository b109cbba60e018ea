// What the page tells the reader: the screen reader announcer and the connection status.
// Provides ctx.announce(text) and ctx.setStatus(text, problem).
export function installStatus(ctx) {
  const announcer = ctx.el.announcer;
  const statusEl = ctx.el.status;
  const composer = ctx.el.composer;
  let announceTimer = null;

  ctx.announce = function (text) {
    if (!announcer) { return; }
    // Empty first, so the same words twice are still read out.
    announcer.textContent = "";
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(function () { announcer.textContent = text; }, 50);
  };

  ctx.setStatus = function (text, problem) {
    if (statusEl) {
      statusEl.textContent = text;
      statusEl.classList.toggle("is-offline", !!problem);
    }
    if (composer) { composer.classList.toggle("is-offline", !!problem); }
  };
}
