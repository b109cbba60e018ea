// What to do with the answer to a note edit (no DOM, tested in tests/js/pbl_edits.test.js).
// An edit names the note version it STARTED from (not the newest the page has seen since):
// that is what lets the server find that someone else changed the note in between.

export const SAVED = "saved";        // stored
export const RETRY = "retry";        // only the note's place changed meanwhile: save again
export const CONFLICT = "conflict";  // someone changed the text: show theirs, keep ours
export const FAILED = "failed";      // any other refusal

// baseText: the text when the edit started; ack: the server's answer to board_edit.
export function editOutcome(baseText, ack) {
  if (ack && ack.ok) { return SAVED; }
  if (ack && ack.code === "conflict" && ack.current) {
    // A move takes the note's next version too; the text nobody touched is no conflict.
    return ack.current.text === baseText ? RETRY : CONFLICT;
  }
  return FAILED;
}
