"""Whiteboard photos: checked to be an image, size-limited, and re-encoded so that no
metadata (EXIF with GPS and camera, XMP, comments) survives.

Requests over 16 MB never get here (MAX_CONTENT_LENGTH answers 413); a photo itself may be at
most MAX_BYTES and MAX_PIXELS, which also stops decompression bombs before decoding.
"""

from __future__ import annotations

import io
import warnings
from datetime import datetime

from PIL import Image, ImageOps, UnidentifiedImageError

from forum.accounts.models import User
from forum.errors import ValidationError
from forum.extensions import db
from forum.pbl import access
from forum.pbl.models import PblSession, SessionPhoto, SessionStatus
from forum.text.i18n import _l

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_SIDE = 2560
FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def check_photo(actor: User, session: PblSession, data: bytes | None) -> Image.Image:
    access.require_write(actor, session.group_id)
    if session.status == SessionStatus.PLANNED:
        raise ValidationError(str(_l("Photos are added once the session has started.")))
    if not data:
        raise ValidationError(field_errors={"photo": str(_l("Choose a photo."))})
    if len(data) > MAX_BYTES:
        raise ValidationError(field_errors={"photo": str(_l("The photo is larger than 10 MB."))})
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format not in FORMATS or image.width * image.height > MAX_PIXELS:
                raise ValueError(image.format)
            image.load()
    except (UnidentifiedImageError, ValueError, OSError, Image.DecompressionBombWarning,
            Image.DecompressionBombError) as exc:
        raise ValidationError(field_errors={"photo": str(_l(
            "This is not a photo we can use (JPEG, PNG, WebP or GIF)."))}) from exc
    return image


def reencode(image: Image.Image) -> tuple[bytes, int, int]:
    """A fresh JPEG from the pixels alone, turned upright and at most MAX_SIDE wide/high."""
    upright = ImageOps.exif_transpose(image).convert("RGB")
    upright.thumbnail((MAX_SIDE, MAX_SIDE))
    clean = Image.new("RGB", upright.size)
    clean.paste(upright)
    out = io.BytesIO()
    clean.save(out, format="JPEG", quality=85, optimize=True)
    return out.getvalue(), clean.width, clean.height


def do_add_photo(actor: User, session: PblSession, image: Image.Image,
                 now: datetime) -> SessionPhoto:
    data, width, height = reencode(image)
    photo = SessionPhoto(session_id=session.id, uploaded_by_id=actor.id,
                         content_type="image/jpeg", width=width, height=height, data=data,
                         created_at=now)
    db.session.add(photo)
    db.session.flush()
    return photo


def session_photos(session: PblSession) -> list[SessionPhoto]:
    from sqlalchemy import select

    return list(db.session.scalars(select(SessionPhoto).where(
        SessionPhoto.session_id == session.id).order_by(SessionPhoto.id)))
