// Progressive enhancement only: every page works without this file.
// Move focus to a form's error summary so screen reader users hear what went wrong.
var summary = document.querySelector(".error-summary[tabindex]");
if (summary) { summary.focus(); }
// Select an invitation link on focus so it is easy to copy.
document.querySelectorAll("input.copy").forEach(function (input) {
  input.addEventListener("focus", function () { input.select(); });
});
// Logging out clears this site's drafts and unsent posts (see forum/accounts/views.py),
// after asking when something would be lost.
function storedKeys() {
  var keys = [];
  try {
    for (var i = 0; i < window.localStorage.length; i++) {
      var key = window.localStorage.key(i);
      if (key && key.indexOf("forum:") === 0) { keys.push(key); }
    }
  } catch (err) { /* storage unavailable: nothing stored either */ }
  return keys;
}
document.querySelectorAll("form.logout-form").forEach(function (form) {
  form.addEventListener("submit", function (event) {
    var keys = storedKeys();
    var unsent = keys.some(function (key) { return key.indexOf("forum:pending:") === 0; });
    if (unsent && !window.confirm(form.dataset.unsent)) {
      event.preventDefault();
      return;
    }
    keys.forEach(function (key) {
      try { window.localStorage.removeItem(key); } catch (err) { /* see above */ }
    });
  });
});
