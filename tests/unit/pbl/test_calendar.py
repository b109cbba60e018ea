"""The .ics file: RFC 5545 escaping, folding at 75 octets, CRLF line ends, UTC times."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from forum.pbl.calendar import ics_for


def test_escaping_folding_and_utc():
    group = SimpleNamespace(name="Älvdalen; samverkan, sjukskrivning\noch " + "å" * 60)
    session = SimpleNamespace(id=7, number=3, group=group, duration_minutes=120,
                              starts_at=datetime(2026, 12, 10, 12, 0, tzinfo=UTC))
    text = ics_for([session], "forum.example")
    lines = text.split("\r\n")
    assert text.endswith("END:VCALENDAR\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:Älvdalen\\; samverkan\\, sjukskrivning\\noch " in unfolded
    assert "DTSTART:20261210T120000Z" in unfolded and "DTEND:20261210T140000Z" in unfolded
    assert "UID:pbl-session-7@forum.example" in unfolded
