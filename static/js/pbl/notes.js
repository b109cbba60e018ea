// The notes of the step board: drawing one note with its buttons, editing it and moving it
// by keyboard, buttons or drag and drop. Every change goes over the socket (board_edit,
// board_move, board_vote, board_remove); the rules without DOM are in edits.js and moves.js.
import { CONFLICT, editOutcome, RETRY, SAVED } from "./edits.js";
import { dropIndex, keyDirection, moveTarget } from "./moves.js";

// ctx: {root, socket, canWrite, isTutor, myId, showError(ack), announce(text)}
export function createNotes(ctx) {
  const root = ctx.root;
  const texts = root.dataset;

  function list(step) {
    return root.querySelector('[data-step-list="' + step + '"]');
  }

  function steps() {
    return Array.prototype.map.call(root.querySelectorAll("[data-step-list]"),
                                    function (ul) { return ul.dataset.stepList; });
  }

  function others(ul, li) {
    return Array.prototype.filter.call(ul.children, function (n) { return n !== li; });
  }

  // Put li at index among the other notes of ul (0 = first), keeping focus where it was.
  function place(li, ul, index) {
    const focused = document.activeElement;
    const rest = others(ul, li);
    ul.insertBefore(li, rest[index] || null);
    if (focused && li.contains(focused)) { focused.focus(); }
  }

  function button(label, cls, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "link-button " + cls;
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  }

  function itemNode(item) {
    const li = document.createElement("li");
    li.className = "pbl-item";
    li.dataset.itemId = item.id;
    fill(li, item);
    if (ctx.canWrite) {
      li.tabIndex = 0;
      li.draggable = true;
      li.setAttribute("aria-describedby", "pbl-move-help");
      li.addEventListener("keydown", function (ev) {
        const direction = ev.target === li ? keyDirection(ev) : null;
        if (!direction) { return; }
        ev.preventDefault();
        move(li, direction);
      });
      li.addEventListener("dragstart", function (ev) {
        ev.dataTransfer.setData("text/plain", String(item.id));
        ev.dataTransfer.effectAllowed = "move";
        li.classList.add("dragging");
      });
      li.addEventListener("dragend", function () { li.classList.remove("dragging"); });
    }
    return li;
  }

  function fill(li, item) {
    li.dataset.version = item.version;
    li.textContent = "";
    const text = document.createElement("span");
    text.className = "pbl-text";
    text.textContent = item.text;
    const author = document.createElement("span");
    author.className = "pbl-author muted";
    author.textContent = item.author || "";
    li.appendChild(text);
    li.appendChild(author);
    const voted = item.votes.indexOf(ctx.myId) !== -1;
    const vote = document.createElement(ctx.canWrite ? "button" : "span");
    vote.className = "pbl-votes" + (voted ? " voted" : "");
    vote.textContent = String(item.votes.length);
    vote.setAttribute("aria-label", texts.textVotes + ": " + item.votes.length);
    if (ctx.canWrite) {
      vote.type = "button";
      vote.setAttribute("aria-pressed", voted ? "true" : "false");
      vote.setAttribute("aria-label", texts.textVote + " (" + item.votes.length + ")");
      vote.addEventListener("click", function () {
        ctx.socket.emit("board_vote", { item_id: item.id }, ctx.showError);
      });
    }
    li.appendChild(vote);
    if (!ctx.canWrite) { return; }
    li.appendChild(button(texts.textEdit, "pbl-edit", function () { startEdit(li, item); }));
    if (item.author_id === ctx.myId || ctx.isTutor) {
      li.appendChild(button(texts.textRemove, "pbl-remove", function () {
        ctx.socket.emit("board_remove", { item_id: item.id }, ctx.showError);
      }));
    }
    const moves = document.createElement("span");
    moves.className = "pbl-move";
    moves.setAttribute("role", "group");
    moves.setAttribute("aria-label", texts.textMove);
    [["up", texts.textUp], ["down", texts.textDown], ["prev", texts.textPrevStep],
     ["next", texts.textNextStep]].forEach(function (pair) {
      moves.appendChild(button(pair[1], "pbl-move-" + pair[0], function () {
        move(li, pair[0]);
      }));
    });
    li.appendChild(moves);
  }

  function stepName(step) {
    const h = root.querySelector('.pbl-step[data-step="' + step + '"] h3');
    return h ? h.textContent : step;
  }

  function announceMove(li) {
    const ul = li.parentNode;
    const placeNo = Array.prototype.indexOf.call(ul.children, li) + 1;
    ctx.announce(texts.textMoved.replace("{step}", stepName(ul.dataset.stepList))
      .replace("{place}", String(placeNo)).replace("{count}", String(ul.children.length)));
  }

  // Move a note one place (keyboard, buttons) or to {step, index} (drag and drop).
  function move(li, direction, target) {
    const ul = li.parentNode;
    const counts = {};
    root.querySelectorAll("[data-step-list]").forEach(function (stepList) {
      counts[stepList.dataset.stepList] = others(stepList, li).length;
    });
    counts[ul.dataset.stepList] = ul.children.length;  // its own step counts it
    const to = target || moveTarget(steps(), counts, {
      step: ul.dataset.stepList, index: Array.prototype.indexOf.call(ul.children, li)
    }, direction);
    if (!to) { ctx.announce(texts.textCannotMove); return; }
    ctx.socket.emit("board_move", { item_id: Number(li.dataset.itemId), step: to.step,
                                    index: to.index,
                                    base_version: Number(li.dataset.version) },
                    function (ack) {
                      if (!ack || !ack.ok) {
                        ctx.showError(ack);
                        if (ack && ack.current) { upsert(ack.current); }
                        return;
                      }
                      ctx.showError(null);
                      li.dataset.version = ack.item.version;
                      place(li, list(to.step), to.index);
                      announceMove(li);
                    });
  }

  function startEdit(li, item) {
    // The version and text the edit starts from: what the server compares with, whatever
    // arrives for this note while the form is open.
    let base = { version: item.version, text: item.text };
    const form = document.createElement("form");
    form.className = "pbl-edit-form";
    const label = document.createElement("label");
    const id = "pbl-edit-" + item.id;
    label.setAttribute("for", id);
    label.className = "pbl-edit-label";
    label.textContent = texts.textEditLabel;
    const input = document.createElement("input");
    input.id = id;
    input.value = item.text;
    input.maxLength = 500;
    const save = document.createElement("button");
    save.type = "submit";
    save.className = "button";
    save.textContent = texts.textSave;
    const theirs = document.createElement("p");
    theirs.className = "pbl-theirs";
    theirs.hidden = true;
    form.appendChild(theirs);
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(save);
    form.appendChild(button(texts.textCancel, "pbl-cancel", function () {
      fill(li, base.current || item);
      ctx.showError(null);
    }));
    function send() {
      ctx.socket.emit("board_edit", { item_id: item.id, text: input.value,
                                      base_version: base.version }, function (ack) {
        const outcome = editOutcome(base.text, ack);
        if (outcome === SAVED) { ctx.showError(null); fill(li, ack.item); return; }
        if (outcome === RETRY) { base = { version: ack.current.version, text: base.text };
                                 send(); return; }
        if (outcome === CONFLICT) {
          // Both texts stay: theirs (stored) above, ours in the field. Saving again now
          // is a decision made with theirs in view, so it starts from their version.
          ctx.showError({ error: texts.textConflict });
          theirs.textContent = texts.textTheirs + " " + ack.current.text;
          theirs.hidden = false;
          base = { version: ack.current.version, text: ack.current.text,
                   current: ack.current };
          li.dataset.version = ack.current.version;
          input.focus();
          return;
        }
        ctx.showError(ack);
      });
    }
    form.addEventListener("submit", function (ev) { ev.preventDefault(); send(); });
    li.textContent = "";
    li.appendChild(form);
    input.focus();
  }

  function upsert(item) {
    let li = root.querySelector('[data-item-id="' + item.id + '"]');
    if (li && li.querySelector(".pbl-edit-form")) {
      li.dataset.version = item.version;  // keep the open edit; it keeps its own base
      return;
    }
    if (!li) {
      li = itemNode(item);
      list(item.step).appendChild(li);
    } else {
      fill(li, item);
    }
  }

  function applyOrder(step, order, item) {
    const ul = list(step);
    if (!ul) { return; }
    order.forEach(function (id, index) {
      const li = root.querySelector('[data-item-id="' + id + '"]');
      if (li) { place(li, ul, index); }
    });
    if (item) {
      const li = root.querySelector('[data-item-id="' + item.id + '"]');
      if (li) { li.dataset.version = item.version; }
    }
  }

  function remove(itemId) {
    const gone = root.querySelector('[data-item-id="' + itemId + '"]');
    if (gone) { gone.parentNode.removeChild(gone); }
  }

  function render(items) {
    root.querySelectorAll(".pbl-items").forEach(function (ul) { ul.textContent = ""; });
    items.forEach(function (item) {
      const ul = list(item.step);
      if (ul) { ul.appendChild(itemNode(item)); }
    });
  }

  // Drag and drop: a step (its list, or the empty space under it) takes the dragged note at
  // the place the pointer shows.
  if (ctx.canWrite) {
    root.querySelectorAll(".pbl-step").forEach(function (stepNode) {
      const ul = stepNode.querySelector("[data-step-list]");
      stepNode.addEventListener("dragover", function (ev) { ev.preventDefault(); });
      stepNode.addEventListener("drop", function (ev) {
        ev.preventDefault();
        const id = ev.dataTransfer.getData("text/plain");
        const li = root.querySelector('[data-item-id="' + id + '"]');
        if (!li || !ul) { return; }
        const middles = others(ul, li).map(function (n) {
          const box = n.getBoundingClientRect();
          return box.top + box.height / 2;
        });
        move(li, null, { step: ul.dataset.stepList, index: dropIndex(middles, ev.clientY) });
      });
    });
  }

  return { upsert: upsert, applyOrder: applyOrder, remove: remove, render: render };
}
