"""The personal check-in code of a sign-up, and its QR image.

Derived from the sign-up's cancellation token (six characters of its SHA-256
in base32): it needs no storage and tells nothing about the token. The
confirmation mail carries it with a QR code (segno); the organiser's
check-in page (checkin.py) finds people by it.
"""

import base64
import hashlib
import io
import segno


CODE_LENGTH = 6


def personal_code(token):
    digest = hashlib.sha256(token.encode("utf-8")).digest()
    return base64.b32encode(digest).decode("ascii")[:CODE_LENGTH]


def qr_png(code):
    """The code as a QR image (PNG bytes)."""
    buffer = io.BytesIO()
    segno.make(code, error="m").save(buffer, kind="png", scale=8, border=2)
    return buffer.getvalue()
