// The live step board of a PBL session room. Joins the session room through the
// access-checked join_pbl_session, applies board_changed events in version order, and asks for
// the whole board again when it sees a gap (reconnect catch-up). Writes go over the socket
// (board_add, board_edit, board_move, board_vote, pbl_set_step) with the forms as fallback.
import { live } from "./live/connection.js";
import { APPLY, CATCH_UP, nextStep } from "./pbl/versions.js";

function follow(root, socket) {
  var sessionId = Number(root.dataset.sessionId);
  var version = Number(root.dataset.version || 0);
  var canWrite = root.dataset.canWrite === "1";
  var isTutor = root.dataset.isTutor === "1";
  var errorBox = document.getElementById("pbl-error");
  var liveBox = document.getElementById("pbl-live");
  var myId = Number(document.body.dataset.userId || 0);

  function showError(ack) {
    if (errorBox) { errorBox.textContent = (ack && ack.error) || ""; }
  }

  function list(step) {
    return root.querySelector('[data-step-list="' + step + '"]');
  }

  function itemNode(item) {
    var li = document.createElement("li");
    li.className = "pbl-item";
    li.dataset.itemId = item.id;
    fillItem(li, item);
    return li;
  }

  function fillItem(li, item) {
    li.dataset.version = item.version;
    li.textContent = "";
    var text = document.createElement("span");
    text.className = "pbl-text";
    text.textContent = item.text;
    var author = document.createElement("span");
    author.className = "pbl-author muted";
    author.textContent = item.author || "";
    li.appendChild(text);
    li.appendChild(author);
    var voted = item.votes.indexOf(myId) !== -1;
    var vote = document.createElement(canWrite ? "button" : "span");
    vote.className = "pbl-votes" + (voted ? " voted" : "");
    vote.textContent = String(item.votes.length);
    vote.setAttribute("aria-label", root.dataset.textVotes + ": " + item.votes.length);
    if (canWrite) {
      vote.type = "button";
      vote.setAttribute("aria-pressed", voted ? "true" : "false");
      vote.setAttribute("aria-label", root.dataset.textVote + " (" + item.votes.length + ")");
      vote.addEventListener("click", function () {
        socket.emit("board_vote", { item_id: item.id }, showError);
      });
    }
    li.appendChild(vote);
    if (!canWrite) { return; }
    var up = button(root.dataset.textUp, "pbl-up", function () {
      var siblings = Array.prototype.slice.call(li.parentNode.children);
      var index = Math.max(0, siblings.indexOf(li) - 1);
      socket.emit("board_move", { item_id: item.id, step: item.step, index: index }, showError);
    });
    var edit = button(root.dataset.textEdit, "pbl-edit", function () { startEdit(li, item); });
    li.appendChild(up);
    li.appendChild(edit);
    if (item.author_id === myId || isTutor) {
      li.appendChild(button(root.dataset.textRemove, "pbl-remove", function () {
        socket.emit("board_remove", { item_id: item.id }, showError);
      }));
    }
  }

  function button(label, cls, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "link-button " + cls;
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  }

  function startEdit(li, item) {
    var form = document.createElement("form");
    form.className = "pbl-edit-form";
    var input = document.createElement("input");
    input.value = item.text;
    input.maxLength = 500;
    input.setAttribute("aria-label", root.dataset.textEdit);
    var save = document.createElement("button");
    save.type = "submit";
    save.className = "button";
    save.textContent = root.dataset.textSave;
    form.appendChild(input);
    form.appendChild(save);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      socket.emit("board_edit", { item_id: item.id, text: input.value,
                                  base_version: Number(li.dataset.version) }, function (ack) {
        if (ack && ack.ok) { showError(null); fillItem(li, ack.item); return; }
        if (ack && ack.code === "conflict" && ack.current) {
          showError({ error: root.dataset.textConflict });
          fillItem(li, ack.current);
          return;
        }
        showError(ack);
      });
    });
    li.textContent = "";
    li.appendChild(form);
    input.focus();
  }

  function upsert(item) {
    var li = root.querySelector('[data-item-id="' + item.id + '"]');
    if (li && li.querySelector(".pbl-edit-form")) {
      li.dataset.version = item.version;
      return;  // keep the user's open edit; the version tells the server what it was based on
    }
    if (!li) {
      li = itemNode(item);
      list(item.step).appendChild(li);
    } else {
      fillItem(li, item);
    }
  }

  function setStep(index) {
    root.dataset.currentStep = index;
    root.querySelectorAll(".pbl-step").forEach(function (step) {
      var current = Number(step.dataset.index) === index;
      step.classList.toggle("current", current);
      if (current) { step.setAttribute("aria-current", "step"); }
      else { step.removeAttribute("aria-current"); }
    });
    root.querySelectorAll(".pbl-step-form").forEach(function (form) {
      form.querySelector("input[name=step]").value = index + Number(form.dataset.delta);
    });
    var current = root.querySelector('.pbl-step[data-index="' + index + '"] h3');
    if (liveBox && current) { liveBox.textContent = current.textContent; }
  }

  function renderBoard(state) {
    root.querySelectorAll(".pbl-items").forEach(function (ul) { ul.textContent = ""; });
    state.items.forEach(function (item) { list(item.step).appendChild(itemNode(item)); });
    setStep(state.current_step);
    version = state.version;
  }

  function catchUp() {
    socket.emit("pbl_board_state", { session_id: sessionId, after_version: version },
                function (ack) { if (ack && ack.ok && ack.changed) { renderBoard(ack); } });
  }

  function apply(ev) {
    if (ev.op === "add" || ev.op === "edit" || ev.op === "vote") { upsert(ev.item); }
    else if (ev.op === "remove") {
      var gone = root.querySelector('[data-item-id="' + ev.item_id + '"]');
      if (gone) { gone.parentNode.removeChild(gone); }
    }
    else if (ev.op === "step") { setStep(ev.current_step); }
    else if (ev.op === "move") {
      var ul = list(ev.step);
      ev.order.forEach(function (id) {
        var li = root.querySelector('[data-item-id="' + id + '"]');
        if (li) { ul.appendChild(li); }
      });
    }
  }

  socket.on("disconnect", function () { root.dataset.joined = ""; });

  socket.on("board_changed", function (ev) {
    const step = nextStep(sessionId, version, ev);
    if (step === CATCH_UP) { catchUp(); }  // a gap: fetch the whole board
    if (step !== APPLY) { return; }
    version = ev.version;
    apply(ev);
  });

  socket.on("pbl_session_changed", function (ev) {
    if (ev.session_id !== sessionId) { return; }
    if (ev.status !== root.dataset.status) {
      window.location.reload();  // opened or closed: the page's forms change
      return;
    }
    [["pbl-chair", ev.chair], ["pbl-scribe", ev.scribe]].forEach(function (pair) {
      var node = document.getElementById(pair[0]);
      if (node) { node.textContent = pair[1] ? pair[1].name : "–"; }
    });
    showCase(ev.case);
    showAttendance(ev.attendance || []);
  });

  var caseBox = document.getElementById("pbl-case");
  var noCaseText = caseBox && caseBox.querySelector("p.muted")
    ? caseBox.querySelector("p.muted").textContent : "";
  function showCase(chosen) {
    if (!caseBox) { return; }
    var shownLink = caseBox.querySelector("a");
    var shownId = shownLink ? shownLink.getAttribute("href").split("/").pop() : "";
    if (String(chosen ? chosen.id : "") === shownId) { return; }
    var p = document.createElement("p");
    if (chosen) {
      var a = document.createElement("a");
      a.setAttribute("href", caseBox.dataset.caseUrl.replace(/\/0$/, "/" + chosen.id));
      a.textContent = chosen.title;
      p.appendChild(a);
    } else {
      p.className = "muted";
      p.textContent = noCaseText;
    }
    caseBox.replaceChildren(p);
    var select = document.getElementById("f-case_id");
    if (select) { select.value = chosen ? String(chosen.id) : ""; }
  }

  // The tutors' attendance form follows saves made elsewhere, unless this tutor is changing it.
  var attendance = document.getElementById("pbl-attendance");
  var attendanceDirty = false;
  if (attendance) {
    attendance.addEventListener("change", function () { attendanceDirty = true; });
  }
  function showAttendance(present) {
    if (!attendance || attendanceDirty) { return; }
    var ids = present.map(Number);
    attendance.querySelectorAll("input[name=present]").forEach(function (box) {
      box.checked = ids.indexOf(Number(box.value)) >= 0;
    });
  }

  // The first join asks for the whole board (the page's copy has no buttons yet); a re-join
  // after a reconnect sends the last version seen and gets the board only if it changed.
  var joinedOnce = false;
  function join() {
    socket.emit("join_pbl_session", { session_id: sessionId,
                                      after_version: joinedOnce ? version : -1 },
                function (ack) {
                  if (ack && ack.code === "not_found" && joinedOnce) {
                    window.location.reload();  // no longer in the group: the page says so
                    return;
                  }
                  if (!ack || !ack.ok) { showError(ack); return; }
                  if (ack.changed) { renderBoard(ack); }
                  joinedOnce = true;
                  root.dataset.joined = "1";
                });
  }

  // Some access changed (e.g. removed from the group): join again, which checks it again.
  socket.on("access_lost", function () { join(); });
  live.onConnect(join);

  root.querySelectorAll("form.pbl-add").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var input = form.querySelector("input[name=text]");
      socket.emit("board_add", { session_id: sessionId, step: form.dataset.step,
                                 text: input.value }, function (ack) {
        if (ack && ack.ok) { input.value = ""; showError(null); upsertAcked(ack); }
        else { showError(ack); }
      });
    });
  });

  function upsertAcked(ack) {
    // The event may arrive after the ack; showing the item at once is harmless (same id).
    if (ack.item) { upsert(ack.item); }
  }

  if (isTutor) {
    root.querySelectorAll("form.pbl-step-form").forEach(function (form) {
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var step = Number(form.querySelector("input[name=step]").value);
        socket.emit("pbl_set_step", { session_id: sessionId, step: step }, function (ack) {
          if (ack && ack.ok) { showError(null); } else { showError(ack); }
        });
      });
    });
  }
}

const root = document.getElementById("pbl-session");
if (root && root.dataset.status !== "planned" && live) { follow(root, live.socket); }
