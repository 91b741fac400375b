"""Pages a browser saved as one file (.mht/.mhtml: "Save as... Webpage, Single File").

The file is a MIME message (RFC 2557): the page is its first ``text/html``
part, quoted-printable or base64, in the charset its ``Content-Type`` names
(or its ``<meta charset>`` declares); images and styles are other parts,
not needed. The page's address is the ``Snapshot-Content-Location`` header
(Chrome, Edge) or the ``Content-Location`` of the page part (Internet
Explorer, Word). The standard library's email parser reads it.
"""

from __future__ import annotations

import email
from email import policy
from email.message import Message


class NoPage(Exception):
    """The file holds no HTML part."""


def mhtml_page(data: bytes) -> tuple[bytes, str | None, str]:
    """(the page's HTML bytes, the charset its part declares or None, the page's URL)."""
    message: Message = email.message_from_bytes(data, policy=policy.compat32)
    url = str(message.get("Snapshot-Content-Location", "") or "").strip()
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload.strip():
            url = url or str(part.get("Content-Location", "") or "").strip()
            return payload, part.get_content_charset(), url
    raise NoPage
