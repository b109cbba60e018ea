// Where the reader is: the list of posts against the window and a sticky composer.

function visibleBottom(ctx) {
  let bottom = window.innerHeight;
  if (ctx.el.composer) {
    const top = ctx.el.composer.getBoundingClientRect().top;
    if (top > 0 && top < bottom) { bottom = top; }
  }
  return bottom;
}

export function isAtBottom(ctx) {
  return ctx.postsEl.getBoundingClientRect().bottom <= visibleBottom(ctx) + 80;
}

export function scrollToLatest(ctx) {
  const delta = ctx.postsEl.getBoundingClientRect().bottom - visibleBottom(ctx);
  if (delta > 0) { window.scrollBy(0, delta + 8); }
}

// The highest post whose top is on screen (above a sticky composer); 0 when none is.
export function highestVisibleSeq(ctx) {
  const items = ctx.postsEl.children;
  const limit = visibleBottom(ctx) - 24;
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].getBoundingClientRect().top < limit) { found = mid; lo = mid + 1; }
    else { hi = mid - 1; }
  }
  if (found < 0) { return 0; }
  const rect = items[found].getBoundingClientRect();
  if (rect.bottom < 0 && found < items.length - 1) { return 0; }  // everything is above
  return Number(items[found].dataset.seq) || 0;
}
