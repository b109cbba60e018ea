// Nothing focused hides under the sticky composer (WCAG 2.2, 2.4.11): the page keeps a
// scroll padding as tall as the composer is (--composer-height, used by discussions.css), and
// an element that still gets the focus under it is scrolled up into view.

function isSticky(composer) {
  return window.getComputedStyle(composer).position === "sticky";
}

export function installComposerSpace(ctx) {
  const composer = ctx.el.composer;
  const root = document.documentElement;
  function measure() {
    const height = isSticky(composer) ? composer.offsetHeight : 0;
    root.style.setProperty("--composer-height", height + "px");
  }
  function uncover(el) {
    if (!el || !el.getBoundingClientRect || composer.contains(el) || !isSticky(composer)) {
      return;
    }
    const top = composer.getBoundingClientRect().top;
    const rect = el.getBoundingClientRect();
    if (top < window.innerHeight && rect.bottom > top) {
      window.scrollBy(0, Math.min(rect.bottom - top + 8, rect.top - 8));
    }
  }
  if ("ResizeObserver" in window) { new window.ResizeObserver(measure).observe(composer); }
  window.addEventListener("resize", measure);
  measure();
  document.addEventListener("focusin", function (event) {
    // After the browser's own scrolling into view, which comes with the focus.
    window.requestAnimationFrame(function () { uncover(event.target); });
  });
}
