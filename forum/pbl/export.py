"""The group's minutes as one Markdown document (closed sessions, in order)."""

from __future__ import annotations

from flask_babel import gettext as _

from forum.pbl.models import PblGroup, PblSession, SessionStatus
from forum.web.dates import format_when


def minutes_markdown(group: PblGroup, series: list[PblSession]) -> str:
    parts = [f"# {group.name}", ""]
    for session in series:
        if session.status != SessionStatus.CLOSED:
            continue
        parts += [f"## {_('Session %(number)s', number=session.number)} – "
                  f"{format_when(session.starts_at)}", ""]
        if session.case is not None:
            parts += [f"*{_('Case')}: {session.case.title}*", ""]
        parts += [session.minutes or "–", "",
                  f"**{_('The question for next time')}:** {session.question_for_next}", ""]
    return "\n".join(parts)
