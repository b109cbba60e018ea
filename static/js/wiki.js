// Knowledge-base pages: live "updated by X" and "Y is editing" (socket events to the page's
// room, joined through the access-checked join_page), and "add a row" in the boundary form.
// Progressive enhancement only: every page and form works without this file.
import { live } from "./live/connection.js";

// -- add rows to the structured boundary form ---------------------------------------------
var form = document.getElementById("page-form");
if (form) {
  var counters = {
    statement: Number(form.dataset.nextStatement) || 0,
    ask: Number(form.dataset.nextAsk) || 0
  };
  form.querySelectorAll("button[data-add]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var kind = button.dataset.add;
      var template = document.getElementById(kind + "-row-template");
      var list = button.parentElement.querySelector("[data-rows]");
      if (!template || !list) { return; }
      var n = String(counters[kind]++);
      var html = template.innerHTML.replace(/__N__/g, n)
        .replace(/__SECTION__/g, button.dataset.section || "");
      var holder = document.createElement("ol");
      holder.innerHTML = html;  // our own template, with numbers only substituted
      var row = holder.firstElementChild;
      list.appendChild(row);
      var first = row.querySelector("textarea, input[type=text]");
      if (first) { first.focus(); }
    });
  });
}

// -- live: who saved, who is editing -------------------------------------------------------
function followPage(holder, status, pageId, socket) {
  var myId = Number(document.body.dataset.userId || 0);
  var revisionId = Number(holder.dataset.revisionId || 0);
  var editors = {};   // user id -> {name, until}
  var updated = null; // the latest "saved a new version" message
  var editing = form !== null && holder === form;

  function say() {
    var now = Date.now();
    var parts = [];
    if (updated) { parts.push(updated); }
    Object.keys(editors).forEach(function (id) {
      if (editors[id].until > now) {
        parts.push((status.dataset.editingText || "{name}").replace("{name}", editors[id].name));
      } else {
        delete editors[id];
      }
    });
    status.textContent = "";
    parts.forEach(function (text, i) {
      if (i) { status.appendChild(document.createTextNode(" ")); }
      status.appendChild(document.createTextNode(text));
    });
    if (updated && !editing && status.dataset.reloadText) {
      var link = document.createElement("a");
      link.href = window.location.pathname;
      link.textContent = status.dataset.reloadText;
      status.appendChild(document.createTextNode(" "));
      status.appendChild(link);
    }
  }

  function join() {
    socket.emit("join_page", { page_id: pageId }, function (ack) {
      if (ack && ack.ok && editing && ack.revision_id && revisionId === 0) {
        revisionId = ack.revision_id;
      }
    });
  }

  if (live && typeof live.onConnect === "function") { live.onConnect(join); }
  else {
    socket.on("connect", join);
    if (socket.connected) { join(); }
  }

  socket.on("page_updated", function (data) {
    if (!data || Number(data.page_id) !== pageId) { return; }
    if (data.by) { delete editors[data.by.id]; }
    if (Number(data.revision_id) === revisionId) { return; }
    if (data.by && Number(data.by.id) === myId && !editing) { return; }
    updated = (status.dataset.updatedText || "{name}").replace("{name}",
                                                                data.by ? data.by.name : "");
    say();
  });

  socket.on("page_editing", function (data) {
    if (!data || Number(data.page_id) !== pageId || !data.user) { return; }
    if (Number(data.user.id) === myId) { return; }
    if (data.active) { editors[data.user.id] = { name: data.user.name, until: Date.now() + 45000 }; }
    else { delete editors[data.user.id]; }
    say();
  });

  socket.on("access_lost", function () { join(); });  // the join checks access again
  window.setInterval(say, 15000);  // forget editors who went quiet

  // -- the editor tells the others, while typing (at most every 20 s) -----------------------
  if (editing) {
    var lastSent = 0;
    var tell = function (active) {
      if (!socket.connected) { return; }
      socket.emit("page_editing", { page_id: pageId, active: active }, function () {});
    };
    form.addEventListener("input", function () {
      if (Date.now() - lastSent > 20000) { lastSent = Date.now(); tell(true); }
    });
    form.addEventListener("submit", function () { if (lastSent) { tell(false); } });
    window.addEventListener("pagehide", function () { if (lastSent) { tell(false); } });
  }
}

const holder = document.getElementById("wiki-page") || form;
const status = document.getElementById("page-live");
const pageId = holder ? Number(holder.dataset.pageId) : 0;
if (pageId && status && live) { followPage(holder, status, pageId, live.socket); }
