"""Whiteboard photos: only images, size-limited, re-encoded without metadata, readable by the
group only. A 50 MB upload or a non-image gets a clear refusal, never a 500."""

from __future__ import annotations

import io

from PIL import Image
from sqlalchemy import func, select

from forum.extensions import db
from forum.pbl.models import SessionPhoto


def jpeg_with_metadata() -> bytes:
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "Kameratillverkare"  # Make
    exif[0x0131] = "Hemlig programvara"  # Software
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif, comment=b"Vems whiteboard?")
    return out.getvalue()


def upload(client, session_id: int, data: bytes, name: str = "tavla.jpg"):
    return client.post_form(f"/pbl/s/{session_id}/photos",
                            {"photo": (io.BytesIO(data), name)},
                            token_page=f"/pbl/s/{session_id}",
                            content_type="multipart/form-data")


def raw_upload(client, session_id: int, data: bytes):
    """A multipart body built here: the test client would spool a big one to a temp file it
    never closes (a ResourceWarning, which this suite treats as an error)."""
    token = client.csrf_token(f"/pbl/s/{session_id}")
    boundary = "pbl-test-boundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n"
            f"{token}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; "
            f"filename=\"stor.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").encode() + data + (
        f"\r\n--{boundary}--\r\n").encode()
    return client.post(f"/pbl/s/{session_id}/photos", data=body,
                       content_type=f"multipart/form-data; boundary={boundary}")


def count() -> int:
    return db.session.scalar(select(func.count()).select_from(SessionPhoto))


def test_a_photo_is_stored_without_its_metadata(client, other_client, pbl, open_session):
    original = jpeg_with_metadata()
    assert b"Kameratillverkare" in original
    client.login(pbl["people"]["fk"])
    assert upload(client, open_session.id, original).status_code == 302
    photo = db.session.scalars(select(SessionPhoto)).one()
    stored = Image.open(io.BytesIO(photo.data))
    assert stored.format == "JPEG" and (photo.width, photo.height) == (64, 48)
    assert not stored.getexif() and b"Kameratillverkare" not in photo.data
    assert b"Vems whiteboard" not in photo.data
    response = client.get(f"/pbl/s/photos/{photo.id}")
    assert response.status_code == 200 and response.mimetype == "image/jpeg"

    other_client.login(pbl["people"]["outsider"])
    assert other_client.get(f"/pbl/s/photos/{photo.id}").status_code == 404


def test_not_an_image_or_too_large_is_refused(client, pbl, open_session):
    client.login(pbl["people"]["fk"])
    assert upload(client, open_session.id, b"%PDF-1.4 inte en bild", "x.pdf").status_code \
        == 400
    assert upload(client, open_session.id, b"GIF89a" + b"\x00" * 20).status_code == 400
    assert raw_upload(client, open_session.id, b"\xff" * (50 * 1024 * 1024)).status_code == 413
    assert raw_upload(client, open_session.id, b"\xff" * (11 * 1024 * 1024)).status_code == 400
    assert count() == 0


def test_observers_and_outsiders_cannot_upload(client, other_client, pbl, open_session):
    client.login(pbl["people"]["observer"])
    assert upload(client, open_session.id, jpeg_with_metadata()).status_code == 403
    other_client.login(pbl["people"]["outsider"])
    response = other_client.post_form(f"/pbl/s/{open_session.id}/photos",
                                      {"photo": (io.BytesIO(jpeg_with_metadata()), "a.jpg")},
                                      token_page="/pbl/", content_type="multipart/form-data")
    assert response.status_code == 404
    assert count() == 0
