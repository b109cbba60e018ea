"""iCalendar (RFC 5545) for a member's coming sessions: one VEVENT per session, in UTC."""

from __future__ import annotations

from datetime import timedelta

from forum.db import utcnow
from forum.pbl.models import PblSession


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r", "").replace("\n", "\\n"))


def _stamp(when) -> str:
    return when.strftime("%Y%m%dT%H%M%SZ")


def _fold(line: str) -> list[str]:
    """Lines longer than 75 octets continue on the next line after a space."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode()) > 75:
            out.append(current)
            current = " "
        current += char
    return [*out, current]


def ics_for(sessions: list[PblSession], host: str) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rehab Forum//PBL//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    now = _stamp(utcnow())
    for session in sessions:
        end = session.starts_at + timedelta(minutes=session.duration_minutes)
        summary = f"{session.group.name} – {session.number}"
        lines += ["BEGIN:VEVENT", f"UID:pbl-session-{session.id}@{host}", f"DTSTAMP:{now}",
                  f"DTSTART:{_stamp(session.starts_at)}", f"DTEND:{_stamp(end)}",
                  f"SUMMARY:{_escape(summary)}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(part for line in lines for part in _fold(line)) + "\r\n"
