// The one Socket.IO connection of a logged-in page (see docs/realtime.md), shared by every
// module that imports `live`. `live` is null where the page has no socket client (logged out):
// importers then leave the page as it works without JS.
import { format, pageLang, pageTimeZone, timeFormatter } from "../lib/text.js";

function connect(io) {
  const socket = io({ transports: ["websocket", "polling"] });
  const connectHooks = [];
  const lang = pageLang(document);
  const state = {
    socket: socket,
    lang: lang,
    userId: Number(document.body.dataset.userId || 0),
    format: format,
    formatTime: timeFormatter(lang, pageTimeZone(document)),
    // fn runs on every (re)connect, and at once if the socket is already connected.
    onConnect: function (fn) {
      connectHooks.push(fn);
      if (socket.connected) { fn(); }
    },
    // The server refused the connection (Socket.IO gives up): the page works as without JS.
    refused: false
  };

  socket.on("connect", function () {
    state.refused = false;
    connectHooks.slice().forEach(function (fn) {
      try { fn(); } catch (err) { window.setTimeout(function () { throw err; }); }
    });
  });

  socket.on("connect_error", function () {
    // socket.active is false when the server refused us (no login any more): no retries.
    if (!socket.active) { state.refused = true; }
  });

  // The network is gone: close at once instead of waiting for the ping timeout, so pages
  // show "offline" and keep new posts pending. Back online: reconnect now, not after the
  // back-off delay.
  window.addEventListener("offline", function () {
    if (socket.connected && socket.io.engine) { socket.io.engine.close(); }
  });
  window.addEventListener("online", function () {
    if (!socket.connected && !state.refused) {
      socket.disconnect();
      socket.connect();
    }
  });

  // The server took this connection out of a space's rooms (who may read it changed).
  // Connecting again joins exactly the rooms this person may still be in.
  socket.on("access_lost", function () {
    socket.disconnect();
    socket.connect();
  });
  return state;
}

// socket.io.min.js is a classic script (vendored as published) that defines window.io; it
// runs before the modules because both are deferred and it comes first in base.html.
export const live = typeof window.io === "function" ? connect(window.io) : null;

// Only for the browser tests and the console (they watch and cut the connection); no module
// reads it.
if (live) { window.forumSocket = live.socket; }
