// The redaction form: selecting text in the version shown above the form copies the
// selection into the "Text to redact" field (which can also be filled in by hand). Without
// this file the form works the same, typed or pasted.
function follow(source, field) {
  function copySelection() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
    const range = selection.getRangeAt(0);
    if (!source.contains(range.commonAncestorContainer)) { return; }
    const text = selection.toString();
    if (text.trim()) { field.value = text.trim(); }
  }

  source.addEventListener("mouseup", copySelection);
  source.addEventListener("keyup", copySelection);  // selecting with Shift + arrow keys
}

const source = document.getElementById("redact-source");
const field = document.getElementById("f-text");
if (source && field && window.getSelection) { follow(source, field); }
