"""A member's data export: requested on a page, built in the background, downloaded once or
more within a day, then deleted.

"Background" without a job system (issue 18 will bring a worker): the request commits an
`exports` row (queued) and then starts a thread in the same process that builds the ZIP,
committing its progress after each category. Every process can serve the status and the
download because the ZIP is stored in the row. A row whose build stopped moving (the process
ended mid-build, or before its thread started) is shown as interrupted after STALE_AFTER,
and the member may ask again; nothing is left half-written because the ZIP is written in
the same commit that marks the row done.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

from flask import Flask
from sqlalchemy import select, update

from forum.accounts.models import User
from forum.audit.models import record
from forum.db import unit_of_work, utcnow
from forum.errors import Gone, NotFound, ValidationError
from forum.extensions import db
from forum.mydata import archive, collect
from forum.mydata.models import DataExport, ExportStatus
from forum.text.i18n import _l

log = logging.getLogger(__name__)

VALID_FOR = timedelta(hours=24)
STALE_AFTER = timedelta(minutes=5)
LIVE = (ExportStatus.QUEUED, ExportStatus.RUNNING)


# -- access ------------------------------------------------------------------------------------
def export_for_owner(user: User, export_id: int) -> DataExport:
    """Only the member themself ever sees an export; for anyone else it does not exist."""
    export = db.session.get(DataExport, export_id)
    if export is None or export.user_id != user.id:
        raise NotFound()
    return export


def latest_export(user: User) -> DataExport | None:
    return db.session.scalar(select(DataExport).where(DataExport.user_id == user.id)
                             .order_by(DataExport.id.desc()).limit(1))


def is_stale(export: DataExport, now: datetime) -> bool:
    return export.status in LIVE and now - export.updated_at > STALE_AFTER


def is_expired(export: DataExport, now: datetime) -> bool:
    return export.expires_at is not None and now >= export.expires_at


# -- request -----------------------------------------------------------------------------------
def check_request_export(user: User, now: datetime) -> None:
    current = latest_export(user)
    if current is not None and current.status in LIVE and not is_stale(current, now):
        raise ValidationError(str(_l("Your export is already being prepared.")))


def do_request_export(user: User, now: datetime) -> DataExport:
    do_purge_expired(now)
    # An earlier build that stopped moving is given up, so only one row is ever live.
    db.session.execute(update(DataExport).where(
        DataExport.user_id == user.id, DataExport.status.in_(LIVE))
        .values(status=ExportStatus.FAILED, error="interrupted"))
    export = DataExport(user_id=user.id, created_at=now, updated_at=now)
    db.session.add(export)
    db.session.flush()
    record(user, "export.request", "export", export.id)
    return export


def do_purge_expired(now: datetime) -> int:
    """Delete the ZIPs of every export past its day (the rows stay as a record)."""
    result = db.session.execute(update(DataExport).where(
        DataExport.expires_at <= now, DataExport.data.is_not(None)).values(data=None))
    return result.rowcount or 0


# -- download ----------------------------------------------------------------------------------
def check_download(user: User, export_id: int, now: datetime) -> DataExport:
    export = export_for_owner(user, export_id)
    if export.status != ExportStatus.DONE:
        raise NotFound()
    if is_expired(export, now) or export.data is None:
        raise Gone(str(_l("This download link has expired: exports are kept for 24 hours. "
                          "Ask for a new export on your settings page.")))
    return export


def do_expire(export: DataExport) -> None:
    export.data = None


def do_download(user: User, export: DataExport) -> bytes:
    record(user, "export.download", "export", export.id)
    return export.data or b""


# -- build -------------------------------------------------------------------------------------
def start_build(app: Flask, export_id: int) -> threading.Thread:
    """Run the build beside the request (call it after the commit that queued the row)."""
    thread = threading.Thread(target=_run, args=(app, export_id), daemon=True,
                              name=f"export-{export_id}")
    thread.start()
    return thread


def _run(app: Flask, export_id: int) -> None:
    with app.app_context():
        try:
            build(export_id)
        except Exception:
            log.exception("export %s failed", export_id)
            db.session.rollback()
            with unit_of_work():
                db.session.execute(update(DataExport).where(DataExport.id == export_id)
                                   .values(status=ExportStatus.FAILED, error="error",
                                           updated_at=utcnow()))
        finally:
            db.session.remove()


def build(export_id: int) -> bool:
    """Build one queued export. Claims it first, so a second caller does nothing."""
    with unit_of_work():
        claimed = db.session.execute(update(DataExport).where(
            DataExport.id == export_id, DataExport.status == ExportStatus.QUEUED)
            .values(status=ExportStatus.RUNNING, updated_at=utcnow()))
    if claimed.rowcount != 1:
        return False
    export = db.session.get(DataExport, export_id)
    user = db.session.get(User, export.user_id)
    parts = {}
    for step, (name, collect_part) in enumerate(collect.CATEGORIES, 1):
        parts[name] = collect_part(user)
        _progress(export, 95 * step // len(collect.CATEGORIES))
    with unit_of_work():
        now = utcnow()
        export.data = archive.build_zip(parts, now.strftime("%Y-%m-%d %H:%M"))
        export.size = len(export.data)
        export.status, export.progress = ExportStatus.DONE, 100
        export.finished_at = export.updated_at = now
        export.expires_at = now + VALID_FOR
    return True


def _progress(export: DataExport, percent: int) -> None:
    with unit_of_work():
        export.progress = percent
        export.updated_at = utcnow()
