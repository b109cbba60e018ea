// The redaction form: selecting text in the version shown above the form copies the
// selection into the "Text to redact" field (which can also be filled in by hand). Without
// this file the form works the same, typed or pasted.
(function () {
  "use strict";
  var source = document.getElementById("redact-source");
  var field = document.getElementById("f-text");
  if (!source || !field || !window.getSelection) { return; }

  function copySelection() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
    var range = selection.getRangeAt(0);
    if (!source.contains(range.commonAncestorContainer)) { return; }
    var text = selection.toString();
    if (text.trim()) { field.value = text.trim(); }
  }

  source.addEventListener("mouseup", copySelection);
  source.addEventListener("keyup", copySelection);  // selecting with Shift + arrow keys
})();
