// The thread page's texts made in the browser, in the page's language (Swedish by default).
const STRINGS = {
  sv: {
    pending: "Väntar…",
    resending: "Skickar om…",
    typing: function (names) { return names.join(", ") + " skriver…"; },
    newPostFrom: "Ny post från %s",
    newPosts: "%s nya inlägg",
    offline: "Frånkopplad – dina inlägg skickas när anslutningen är tillbaka",
    connected: "Ansluten",
    retry: "Försök igen",
    edit: "Redigera",
    failed: "Inlägget kunde inte skickas.",
    wrote: "%s skrev:",
    solved: "Löst",
    answered: "Besvarad",
    reactionFailed: "Reaktionen kunde inte sparas."
  },
  en: {
    pending: "Pending…",
    resending: "Resending…",
    typing: function (names) {
      return names.join(", ") + (names.length > 1 ? " are typing…" : " is typing…");
    },
    newPostFrom: "New post from %s",
    newPosts: "%s new posts",
    offline: "Offline – your posts will be sent when the connection is back",
    connected: "Connected",
    retry: "Try again",
    edit: "Edit",
    failed: "The post could not be sent.",
    wrote: "%s wrote:",
    solved: "Solved",
    answered: "Answered",
    reactionFailed: "The reaction could not be saved."
  }
};

export function threadStrings(lang) {
  return STRINGS[lang] || STRINGS.sv;
}
