// "Asked before": while a new thread's title is typed, earlier questions and documented
// answers like it (GET /api/v1/similar), documented answers first. Only an aid: the form
// works the same without it. Texts come from the template's data attributes (translated).
const MIN_LENGTH = 8;
const WAIT_MS = 400;

function plainText(html) {
  return new window.DOMParser().parseFromString(html || "", "text/html").body.textContent || "";
}

function item(box, found) {
  const li = document.createElement("li");
  if (found.documented) {
    const tag = document.createElement("span");
    tag.className = "tag ok";
    tag.textContent = box.dataset.documentedText;
    li.append(tag, " ");
  } else if (found.kind === "statement") {
    const tag = document.createElement("span");
    tag.className = "tag";
    tag.textContent = box.dataset.statementText;
    li.append(tag, " ");
  }
  const link = document.createElement("a");
  link.href = found.url;
  link.textContent = plainText(found.title_html);
  li.append(link);
  if (found.statement && found.statement.organization) {
    const org = document.createElement("span");
    org.className = "muted";
    org.textContent = " · " + found.statement.organization;
    li.append(org);
  }
  return li;
}

function show(box, items) {
  const list = box.querySelector("ul");
  list.replaceChildren(...items.map(function (found) { return item(box, found); }));
  box.hidden = items.length === 0;
}

function install() {
  const box = document.getElementById("similar-questions");
  const title = document.getElementById("f-title");
  if (!box || !title) {
    return;
  }
  let timer = null;
  let asked = "";
  title.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      const text = title.value.trim();
      if (text.length < MIN_LENGTH || text === asked) {
        if (text.length < MIN_LENGTH) { show(box, []); }
        return;
      }
      asked = text;
      const url = box.dataset.url + "?title=" + encodeURIComponent(text);
      window.fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { items: [] }; })
        .then(function (json) { if (asked === text) { show(box, json.items || []); } })
        .catch(function () { show(box, []); });
    }, WAIT_MS);
  });
}

install();
