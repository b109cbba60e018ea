"""Where e-mail goes: an SMTP server (FORUM_SMTP_HOST), or .eml files in the instance folder
when none is configured (the embedded default: the admin page lists them).

`send` raises TemporaryFailure (4xx, server down or gone: try again later) or
PermanentFailure (5xx for the recipient: the address bounces)."""

from __future__ import annotations

import contextlib
import smtplib
import socket
from email.message import EmailMessage
from pathlib import Path

TIMEOUT = 30


class TemporaryFailure(Exception):
    pass


class ServerUnavailable(TemporaryFailure):
    """No connection at all: the rest of the pass would fail the same way."""


class PermanentFailure(Exception):
    pass


def mail_dir(config) -> Path:
    return Path(config["MAIL_DIR"])


class FileTransport:
    """Writes `<row id>.eml` (a retry overwrites the same file: never two copies)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def send(self, row_id: int, message: EmailMessage) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        final = self.directory / f"{row_id:08d}.eml"
        partial = final.with_suffix(".part")
        partial.write_bytes(bytes(message))
        partial.replace(final)  # whole or not at all

    def close(self) -> None:
        pass


class SmtpTransport:
    """One connection for a pass of the worker, opened at the first message."""

    def __init__(self, config) -> None:
        self.config = config
        self.smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        config = self.config
        try:
            smtp = smtplib.SMTP(config["SMTP_HOST"], config["SMTP_PORT"], timeout=TIMEOUT)
            if config["SMTP_STARTTLS"]:
                smtp.starttls()
            if config["SMTP_USER"]:
                smtp.login(config["SMTP_USER"], config["SMTP_PASSWORD"])
        except smtplib.SMTPResponseException as exc:
            raise ServerUnavailable(f"{exc.smtp_code} {_text(exc.smtp_error)}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise ServerUnavailable(f"SMTP server unreachable: {exc}") from exc
        return smtp

    def send(self, row_id: int, message: EmailMessage) -> None:
        if self.smtp is None:
            self.smtp = self._connect()
        try:
            refused = self.smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            raise _classified(code, text) from exc
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
            self._drop()
            raise _classified(exc.smtp_code, exc.smtp_error) from exc
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise ServerUnavailable(f"SMTP connection lost: {exc}") from exc
        if refused:  # one recipient per message: refused means that one
            code, text = next(iter(refused.values()))
            raise _classified(code, text)

    def _drop(self) -> None:
        if self.smtp is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException, socket.error):
                self.smtp.close()
        self.smtp = None

    def close(self) -> None:
        if self.smtp is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                self.smtp.quit()
        self._drop()


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _classified(code: int, text) -> Exception:
    message = f"{code} {_text(text)}"[:500]
    return PermanentFailure(message) if 500 <= code < 600 else TemporaryFailure(message)


def for_config(config) -> FileTransport | SmtpTransport:
    if config.get("SMTP_HOST"):
        return SmtpTransport(config)
    return FileTransport(mail_dir(config))


def describe(config) -> str:
    """For `forum serve` and the admin page: where e-mail goes."""
    if config.get("SMTP_HOST"):
        return f"E-mail goes to the SMTP server {config['SMTP_HOST']}:{config['SMTP_PORT']}."
    return (f"No SMTP server (FORUM_SMTP_HOST): e-mail is written as .eml files into "
            f"{mail_dir(config)} and listed at /admin/mail.")
