// localStorage that never throws: in private mode or when full the page still works, it just
// remembers nothing. Keys start with "forum:" (logging out clears them: see forum.js).
export function storageGet(key) {
  try { return window.localStorage.getItem(key); } catch (err) { return null; }
}

// null or "" removes the key.
export function storageSet(key, value) {
  try {
    if (value === null || value === "") { window.localStorage.removeItem(key); }
    else { window.localStorage.setItem(key, value); }
  } catch (err) { /* private mode or full: the page still works */ }
}
