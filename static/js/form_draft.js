// Drafts of whole forms: a <form data-draft="<key>"> keeps what is typed into its named
// fields (text, textarea, select; never hidden fields or the CSRF token) in this browser's
// storage under "forum:form:<key>", so a reload or a crash loses nothing. The template makes
// the key per person and place (the new-thread form: user id and space). Sending the form
// removes the draft; if the server refuses it, the page it answers with has the text filled
// in again and typing keeps it anew. Logging out clears every "forum:" key (forum.js).
import { storageGet, storageSet } from "./lib/storage.js";

function fieldsOf(form) {
  return Array.from(form.elements).filter(function (el) {
    return el.name && el.name !== "csrf_token" && !el.disabled &&
      (el.tagName === "TEXTAREA" || el.tagName === "SELECT" ||
       (el.tagName === "INPUT" && ["text", "search", "email", "url", "date"].indexOf(el.type) >= 0));
  });
}

function attach(form) {
  const key = "forum:form:" + form.dataset.draft;
  const fields = fieldsOf(form);
  let timer = null;

  function save() {
    window.clearTimeout(timer);
    timer = null;
    const values = {};
    let any = false;
    fields.forEach(function (el) {
      values[el.name] = el.value;
      if (el.tagName !== "SELECT" && el.value.trim()) { any = true; }
    });
    storageSet(key, any ? JSON.stringify(values) : null);
  }

  let stored = null;
  try { stored = JSON.parse(storageGet(key) || "null"); } catch (err) { stored = null; }
  const sentBack = fields.some(function (el) { return el.tagName !== "SELECT" && el.value; });
  if (stored && !sentBack) {
    fields.forEach(function (el) {
      if (typeof stored[el.name] === "string") { el.value = stored[el.name]; }
    });
  }

  form.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 300);
  });
  form.addEventListener("change", save);
  window.addEventListener("pagehide", function () { if (timer) { save(); } });
  form.addEventListener("submit", function () {
    window.clearTimeout(timer);
    timer = null;
    storageSet(key, null);
  });
}

document.querySelectorAll("form[data-draft]").forEach(attach);
