"""What each audit code means, in words (Swedish and English through the catalogue).

Every `record(actor, code, ...)` call's code has an entry here; a test greps the code base
for record calls and fails on a code without one. A code this registry does not know (an
older row, a newer branch) is still shown readably by `describe`.
"""

from __future__ import annotations

from forum.text.i18n import _l

KINDS = {
    # accounts
    "admin_created": _l("First administrator created"),
    "password_changed": _l("Password changed"),
    "password_reset": _l("Password reset by e-mail link"),
    "roles_set": _l("Roles changed"),
    "invitation_created": _l("Invitation sent"),
    "invitation_accepted": _l("Invitation accepted"),
    "invitation_revoked": _l("Invitation withdrawn"),
    "user_deactivated": _l("Account deactivated"),
    "user_reactivated": _l("Account reactivated"),
    "organization_saved": _l("Organization saved"),
    "inbox.update": _l("Organization inbox changed (responders, promised time)"),
    "inbox.remove": _l("Organization inbox removed"),
    "privacy_term.add": _l("Term added to the organization's privacy warning list"),
    "privacy_term.remove": _l("Term removed from the organization's privacy warning list"),
    # discussions
    "space_saved": _l("Space saved"),
    "privacy_block_set": _l("Personal-data check set to block or warn"),
    "post_edited_by_moderator": _l("Post edited by a moderator"),
    "post_deleted_by_moderator": _l("Post deleted by a moderator"),
    "post_restored": _l("Deleted post restored"),
    "post.hide": _l("Post hidden pending review (personal-data flag)"),
    "post.unhide": _l("Hidden post shown again after review"),
    "revision.redact": _l("Text masked in an earlier version"),
    "revision.redact_auto": _l("Personal data masked in earlier versions after an edit"),
    # knowledge base
    "wiki_page_deleted": _l("Knowledge-base page deleted"),
    "glossary_term_deleted": _l("Glossary term deleted"),
    "matrix_row_deleted": _l("Responsibility matrix row deleted"),
    "statute.create": _l("Statute added to the register"),
    "statute.update": _l("Statute in the register changed"),
    # moderation
    "flag.create": _l("Flagged for review"),
    "flag.keep": _l("Flag reviewed: kept"),
    "flag.remove": _l("Flag reviewed: removed"),
    # a member's own data
    "export.request": _l("Data export requested"),
    "export.download": _l("Data export downloaded"),
    "self_erasure_set": _l("Members allowed or not to erase their own accounts"),
    "user.erase": _l("Account erased"),
    # e-mail
    "mail.retry": _l("Failed or bouncing e-mail sent again"),
    # retention (forum/mydata/retention.py records it through its ACTION constant)
    "retention.purge": _l("Old sessions, audit rows and deleted content purged"),
    # the audit log itself
    "audit.export": _l("Audit log exported"),
}

TARGET_TYPES = {
    "user": _l("Person"),
    "organization": _l("Organization"),
    "invitation": _l("Invitation"),
    "space": _l("Space"),
    "setting": _l("Setting"),
    "post": _l("Post"),
    "thread": _l("Thread"),
    "wiki_page": _l("Page"),
    "glossary_term": _l("Glossary term"),
    "responsibility": _l("Matrix row"),
    "pbl_case": _l("PBL case"),
    "audit": _l("Audit log"),
    "export": _l("Data export"),
    "site": _l("The whole site"),
    "mail": _l("E-mail"),
}


def describe(code: str) -> str:
    """The reader's-language description; an unknown code as words ("foo_bar.baz" ->
    "Foo bar baz"), so a row never shows as an error."""
    known = KINDS.get(code)
    if known is not None:
        return str(known)
    words = code.replace("_", " ").replace(".", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else "?"


def describe_target(target_type: str) -> str:
    known = TARGET_TYPES.get(target_type)
    return str(known) if known is not None else describe(target_type)


def choices() -> list[tuple[str, str]]:
    """(code, description) for the filter, in the reader's language and order."""
    return sorted(((code, str(text)) for code, text in KINDS.items()), key=lambda c: c[1])
