// "Preview" under the composer: the server renders the Markdown (and lists what its privacy
// check found) without saving anything.
import { postJSON } from "../lib/http.js";

function findingsBox(findings) {
  const tpl = document.getElementById("privacy-blocked-template");
  const box = document.createElement("div");
  box.className = "privacy-warning preview-findings";
  const heading = tpl && tpl.content.querySelector("h2");
  if (heading) { box.appendChild(heading.cloneNode(true)); }
  const list = document.createElement("ul");
  findings.forEach(function (finding) {
    const li = document.createElement("li");
    li.textContent = finding;
    list.appendChild(li);
  });
  box.appendChild(list);
  return box;
}

export function installPreview(ctx) {
  const button = ctx.el.previewButton;
  const previewEl = ctx.el.preview;
  const textarea = ctx.el.textarea;
  if (!button || !previewEl) { return; }
  button.hidden = false;
  button.addEventListener("click", function () {
    const body = textarea.value;
    if (!body.trim()) {
      previewEl.hidden = true;
      previewEl.replaceChildren();
      return;
    }
    postJSON("/api/v1/preview", { body: body }).then(function (result) {
      if (!result.json.ok) {
        previewEl.textContent = result.json.error || "";
        previewEl.hidden = false;
        return;
      }
      previewEl.innerHTML = result.json.html || "";  // sanitized on the server
      const findings = result.json.findings || [];
      if (findings.length) { previewEl.prepend(findingsBox(findings)); }
      previewEl.hidden = false;
    }).catch(function () {});
  });
}
