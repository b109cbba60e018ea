// The thread page's texts made in the browser, from the message catalog in the page's
// language (lib/i18n.js; the keys are in forum/web/js_texts.py).
import { t } from "../lib/i18n.js";

export function threadStrings() {
  return {
    pending: t("thread.pending"),
    resending: t("thread.resending"),
    typing: function (names) {
      return t(names.length > 1 ? "thread.typing_many" : "thread.typing_one", names.join(", "));
    },
    offline: t("thread.offline"),
    connected: t("thread.connected"),
    retry: t("thread.retry"),
    edit: t("thread.edit"),
    failed: t("thread.failed"),
    solved: t("thread.solved"),
    answered: t("thread.answered"),
    reactionFailed: t("thread.reaction_failed")
  };
}
