// The live PBL session room. Joins the session room through the access-checked
// join_pbl_session (also while the session is only planned, so a member's page follows the
// tutor opening it), applies board_changed events in version order, and asks for the whole
// board again when it sees a gap (reconnect catch-up). When the tutor opens or closes the
// session, the page fetches itself again and swaps its content in place (no reload), and says
// so in a live region. The notes themselves are drawn and changed by pbl/notes.js.
import { live } from "./live/connection.js";
import { createNotes } from "./pbl/notes.js";
import { APPLY, CATCH_UP, nextStep } from "./pbl/versions.js";

const statusBox = document.getElementById("pbl-status-live");

function announce(text) {
  if (!statusBox) { return; }
  statusBox.textContent = "";
  // A fresh text node after a beat: screen readers announce a change, not a repeat.
  window.setTimeout(function () { statusBox.textContent = text; }, 50);
}

function follow(root, socket) {
  const sessionId = Number(root.dataset.sessionId);
  let version = Number(root.dataset.version || 0);
  const isTutor = root.dataset.isTutor === "1";
  const errorBox = document.getElementById("pbl-error");
  const liveBox = document.getElementById("pbl-live");

  function showError(ack) {
    if (errorBox) { errorBox.textContent = (ack && ack.error) || ""; }
  }

  const notes = createNotes({ root: root, socket: socket, canWrite: root.dataset.canWrite === "1",
                              isTutor: isTutor, myId: Number(document.body.dataset.userId || 0),
                              showError: showError, announce: announce });

  function setStep(index) {
    root.dataset.currentStep = index;
    root.querySelectorAll(".pbl-step").forEach(function (step) {
      const current = Number(step.dataset.index) === index;
      step.classList.toggle("current", current);
      if (current) { step.setAttribute("aria-current", "step"); }
      else { step.removeAttribute("aria-current"); }
    });
    root.querySelectorAll(".pbl-step-form").forEach(function (form) {
      form.querySelector("input[name=step]").value = index + Number(form.dataset.delta);
    });
    const current = root.querySelector('.pbl-step[data-index="' + index + '"] h3');
    if (liveBox && current) { liveBox.textContent = current.textContent; }
  }

  function renderBoard(state) {
    version = state.version;
    if (!root.querySelector(".pbl-board")) { return; }  // planned: no board on the page yet
    notes.render(state.items);
    setStep(state.current_step);
  }

  function catchUp() {
    socket.emit("pbl_board_state", { session_id: sessionId, after_version: version },
                function (ack) { if (ack && ack.ok && ack.changed) { renderBoard(ack); } });
  }

  function apply(ev) {
    if (ev.op === "add" || ev.op === "edit" || ev.op === "vote") { notes.upsert(ev.item); }
    else if (ev.op === "remove") { notes.remove(ev.item_id); }
    else if (ev.op === "step") { setStep(ev.current_step); }
    else if (ev.op === "move") { notes.applyOrder(ev.step, ev.order, ev.item); }
  }

  function onBoardChanged(ev) {
    const step = nextStep(sessionId, version, ev);
    if (step === CATCH_UP) { catchUp(); }  // a gap: fetch the whole board
    if (step !== APPLY) { return; }
    version = ev.version;
    apply(ev);
  }

  function onSessionChanged(ev) {
    if (ev.session_id !== sessionId) { return; }
    if (ev.status !== root.dataset.status) { return "swap"; }  // opened or closed
    [["pbl-chair", ev.chair], ["pbl-scribe", ev.scribe]].forEach(function (pair) {
      const node = document.getElementById(pair[0]);
      if (node) { node.textContent = pair[1] ? pair[1].name : "–"; }
    });
    showCase(ev.case);
    showAttendance(ev.attendance || []);
    return null;
  }

  const caseBox = document.getElementById("pbl-case");
  const noCaseText = caseBox && caseBox.querySelector("p.muted")
    ? caseBox.querySelector("p.muted").textContent : "";
  function showCase(chosen) {
    if (!caseBox) { return; }
    const shownLink = caseBox.querySelector("a");
    const shownId = shownLink ? shownLink.getAttribute("href").split("/").pop() : "";
    if (String(chosen ? chosen.id : "") === shownId) { return; }
    const p = document.createElement("p");
    if (chosen) {
      const a = document.createElement("a");
      a.setAttribute("href", caseBox.dataset.caseUrl.replace(/\/0$/, "/" + chosen.id));
      a.textContent = chosen.title;
      p.appendChild(a);
    } else {
      p.className = "muted";
      p.textContent = noCaseText;
    }
    caseBox.replaceChildren(p);
    const select = document.getElementById("f-case_id");
    if (select) { select.value = chosen ? String(chosen.id) : ""; }
  }

  // The tutors' attendance form follows saves made elsewhere, unless this tutor is changing it.
  const attendance = document.getElementById("pbl-attendance");
  let attendanceDirty = false;
  if (attendance) {
    attendance.addEventListener("change", function () { attendanceDirty = true; });
  }
  function showAttendance(present) {
    if (!attendance || attendanceDirty) { return; }
    const ids = present.map(Number);
    attendance.querySelectorAll("input[name=present]").forEach(function (box) {
      box.checked = ids.indexOf(Number(box.value)) >= 0;
    });
  }

  // The first join asks for the whole board (the page's copy has no buttons yet); a re-join
  // after a reconnect sends the last version seen and gets the board only if it changed.
  let joinedOnce = false;
  function join() {
    socket.emit("join_pbl_session", { session_id: sessionId,
                                      after_version: joinedOnce ? version : -1 },
                function (ack) {
                  if (ack && ack.code === "not_found" && joinedOnce) {
                    window.location.reload();  // no longer in the group: the page says so
                    return;
                  }
                  if (!ack || !ack.ok) { showError(ack); return; }
                  if (ack.status !== root.dataset.status) { swapSoon(); return; }
                  if (ack.changed) { renderBoard(ack); }
                  joinedOnce = true;
                  root.dataset.joined = "1";
                });
  }

  root.querySelectorAll("form.pbl-add").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      const input = form.querySelector("input[name=text]");
      socket.emit("board_add", { session_id: sessionId, step: form.dataset.step,
                                 text: input.value }, function (ack) {
        // The event may arrive after the ack; showing the item at once is harmless.
        if (ack && ack.ok) { input.value = ""; showError(null); notes.upsert(ack.item); }
        else { showError(ack); }
      });
    });
  });

  if (isTutor) {
    root.querySelectorAll("form.pbl-step-form").forEach(function (form) {
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        const step = Number(form.querySelector("input[name=step]").value);
        socket.emit("pbl_set_step", { session_id: sessionId, step: step }, function (ack) {
          if (ack && ack.ok) { showError(null); } else { showError(ack); }
        });
      });
    });
  }

  return { root: root, join: join, onBoardChanged: onBoardChanged,
           onSessionChanged: onSessionChanged,
           disconnected: function () { root.dataset.joined = ""; } };
}

// The page as the server draws it now, swapped in for the current one: the forms differ
// between planned, open and closed. Focus inside the old content moves to the new heading.
let current = null;
let swapping = false;

function swapSoon() {
  if (swapping || !current) { return; }
  swapping = true;
  fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
    .then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.text();
    })
    .then(function (html) {
      const fresh = new DOMParser().parseFromString(html, "text/html")
        .getElementById("pbl-session");
      if (!fresh) { throw new Error("no room"); }
      const old = current.root;
      const hadFocus = old.contains(document.activeElement);
      const status = fresh.dataset.status;
      old.replaceWith(fresh);
      current = follow(fresh, live.socket);
      current.join();
      if (statusBox) {
        announce(status === "open" ? statusBox.dataset.textOpened
                                   : statusBox.dataset.textClosed);
      }
      if (hadFocus) {
        const heading = fresh.querySelector("h1");
        heading.tabIndex = -1;
        heading.focus();
      }
    })
    .catch(function () { window.location.reload(); })  // the server decides: show its page
    .finally(function () { swapping = false; });
}

const root = document.getElementById("pbl-session");
if (root && live) {
  const socket = live.socket;
  current = follow(root, socket);
  socket.on("disconnect", function () { current.disconnected(); });
  socket.on("board_changed", function (ev) { current.onBoardChanged(ev); });
  socket.on("pbl_session_changed", function (ev) {
    if (current.onSessionChanged(ev) === "swap") { swapSoon(); }
  });
  // Some access changed (e.g. removed from the group): join again, which checks it again.
  socket.on("access_lost", function () { current.join(); });
  live.onConnect(function () { current.join(); });
}
