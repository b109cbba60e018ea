// Who is typing and who is here now. Provides ctx.forgetTyping(userId) (their post came) and
// ctx.setPresence(people).
export function installPresence(ctx) {
  const socket = ctx.socket;
  const typingEl = ctx.el.typing;
  const presenceEl = ctx.el.presence;
  const typers = new Map();  // user id -> {name, timer}

  function renderTyping() {
    if (!typingEl) { return; }
    const names = Array.from(typers.values()).map(function (t) { return t.name; });
    typingEl.textContent = names.length ? ctx.S.typing(names) : "";
  }

  ctx.forgetTyping = function (id) {
    const entry = typers.get(Number(id));
    if (entry) {
      window.clearTimeout(entry.timer);
      typers.delete(Number(id));
      renderTyping();
    }
  };

  socket.on("typing", function (data) {
    if (!ctx.forThisThread(data) || !data.user || Number(data.user.id) === ctx.userId) { return; }
    const id = Number(data.user.id);
    const entry = typers.get(id);
    if (entry) { window.clearTimeout(entry.timer); }
    typers.set(id, {
      name: data.user.name,
      timer: window.setTimeout(function () { ctx.forgetTyping(id); }, 4000)
    });
    renderTyping();
  });

  ctx.setPresence = function (people) {
    if (!presenceEl) { return; }
    const names = people.filter(function (p) { return Number(p.id) !== ctx.userId; })
      .map(function (p) { return p.name; });
    const slot = presenceEl.querySelector("[data-names]");
    if (slot) { slot.textContent = names.join(", "); }
    presenceEl.hidden = names.length === 0;
  };

  socket.on("presence", function (data) {
    if (ctx.forThisThread(data)) { ctx.setPresence(data.present || []); }
  });
}
