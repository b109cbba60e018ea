"""Valid Swedish identity numbers for tests, computed independently of forum.text."""

from __future__ import annotations


def check_digit(nine_digits: str) -> str:
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 - index % 2)
        total += product // 10 + product % 10
    return str(-total % 10)


def personnummer(yymmdd: str = "850709", serial: str = "123") -> str:
    """e.g. '850709-1234' with a correct check digit."""
    return f"{yymmdd}-{serial}{check_digit(yymmdd + serial)}"


def samordningsnummer(yymmdd: str = "850769", serial: str = "456") -> str:
    """Day + 60: a coordination number."""
    return f"{yymmdd}-{serial}{check_digit(yymmdd + serial)}"


def invalid_personnummer() -> str:
    valid = personnummer()
    wrong = str((int(valid[-1]) + 1) % 10)
    return valid[:-1] + wrong


def luhn_valid(nine_digits: str) -> str:
    """Ten digits with a correct check digit: also for look-alikes that must pass the
    checksum (an organisation number, a date and a time) to prove another rule rejects them."""
    return nine_digits + check_digit(nine_digits)
