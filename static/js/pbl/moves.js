// Where a note goes when it is moved by keyboard or a button (no DOM, tested in
// tests/js/pbl_moves.test.js). The board is a list of steps, each a list of notes; a move
// names the target step and the index among that step's other notes (0 = first), which is
// what board_move takes.

export const DIRECTIONS = ["up", "down", "prev", "next"];

// steps: the step keys in board order; counts: {step: number of notes}; from: {step, index}.
// Returns {step, index} or null when the note cannot go that way (already first, last, ...).
export function moveTarget(steps, counts, from, direction) {
  const at = steps.indexOf(from.step);
  if (at === -1) { return null; }
  const count = counts[from.step] || 0;
  if (direction === "up") {
    return from.index > 0 ? { step: from.step, index: from.index - 1 } : null;
  }
  if (direction === "down") {
    return from.index < count - 1 ? { step: from.step, index: from.index + 1 } : null;
  }
  const to = direction === "prev" ? at - 1 : direction === "next" ? at + 1 : -1;
  if (to < 0 || to >= steps.length || (direction !== "prev" && direction !== "next")) {
    return null;
  }
  // Into another step: last there, where the moved note is easy to find again.
  return { step: steps[to], index: counts[steps[to]] || 0 };
}

// Alt + an arrow key on a focused note moves it; anything else is not a move.
export function keyDirection(event) {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) { return null; }
  return { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "prev", ArrowRight: "next" }[event.key]
    || null;
}

// Where a dragged note lands among a list's notes, from the pointer's height and each other
// note's middle (the dragged one itself left out).
export function dropIndex(middles, pointerY) {
  let index = 0;
  while (index < middles.length && pointerY > middles[index]) { index += 1; }
  return index;
}
