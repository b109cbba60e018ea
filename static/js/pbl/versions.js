// The step board's version ordering (no DOM, tested in tests/js/pbl_versions.test.js). Every
// board change has the next version number of its session; the page applies them one by one,
// in order, and fetches the whole board when it sees a gap (e.g. after a reconnect).

export const IGNORE = "ignore";      // another session's, or a version the page already has
export const APPLY = "apply";        // exactly the next version
export const CATCH_UP = "catch_up";  // a version further on: some were missed

export function nextStep(sessionId, version, event) {
  if (!event || event.session_id !== sessionId || event.version <= version) { return IGNORE; }
  return event.version === version + 1 ? APPLY : CATCH_UP;
}

