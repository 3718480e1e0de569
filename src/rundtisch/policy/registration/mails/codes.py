"""The personal check-in code of a sign-up, and its QR image.

Derived from the sign-up's cancellation token (six characters of its SHA-256
in base32): it needs no storage and tells nothing about the token. The
confirmation mail carries it as text and as a QR code (segno) of the
workshop's Einlass URL with the code (docs/design.md §4): an organiser's
phone camera opens the person on the check-in page (desk/checkin.py), behind the
login; anybody else who scans it meets the login and learns nothing.
"""

from urllib.parse import parse_qs
from urllib.parse import urlencode
from urllib.parse import urlsplit

import base64
import hashlib
import io
import re
import segno


CODE_LENGTH = 6
CODE_PARAMETER = "code"
CHECKIN_VIEW = "@@einlass"
_CODE = re.compile(rf"^[A-Z2-7]{{{CODE_LENGTH}}}$")


def personal_code(token):
    digest = hashlib.sha256(token.encode("utf-8")).digest()
    return base64.b32encode(digest).decode("ascii")[:CODE_LENGTH]


def checkin_url(workshop, code):
    """Where the QR code leads: the workshop's Einlass page, opened at `code`."""
    return (
        f"{workshop.absolute_url()}/{CHECKIN_VIEW}?{urlencode({CODE_PARAMETER: code})}"
    )


def code_in(text):
    """The personal code in what was typed or scanned: the code itself (any
    case, spaces around) or an Einlass URL carrying it (a hand-held scanner
    types the whole URL into the field). None if there is none."""
    text = (text or "").strip()
    if "://" in text:
        values = parse_qs(urlsplit(text).query).get(CODE_PARAMETER) or [""]
        text = values[0].strip()
    text = text.upper()
    return text if _CODE.match(text) else None


def qr_png(text):
    """`text` as a standard QR image (PNG bytes).

    segno picks a Micro QR for short text unless told otherwise, and phone
    cameras and zbar do not read Micro QR: `micro=False` always.
    """
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()
