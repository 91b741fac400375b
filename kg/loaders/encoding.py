"""Bytes to text: binary files refused, the encoding found, the decision logged.

The order of the decision (each step logged on the ``kg.loaders`` logger):

1. a byte-order mark: UTF-8, UTF-16 or UTF-32;
2. bytes that are valid UTF-8 (the common case, so it is tried before anything slower);
3. an encoding the file declares (an HTML ``<meta charset>``), when the bytes decode in it;
4. charset-normalizer, limited to the candidate encodings ``CANDIDATES``
   (GB18030, which covers GBK and GB2312, and Big5); where more than one
   candidate decodes the bytes, the one whose characters are common Chinese
   characters wins, since Big5 bytes also decode as rare GBK characters;
5. a lenient pass: a candidate that decodes all but a few stray bytes
   (at most ``MAX_BAD_BYTES_RATIO`` of them), which are replaced by U+FFFD
   and reported as a warning.

A decoding whose Chinese characters are mostly rare ones (``commonness``
below ``MIN_COMMONNESS``) is taken for gibberish and refused at steps 4 and 5.

Anything else is a problem: a binary file (a known file signature or NUL
bytes) or bytes that decode in no candidate encoding.
"""

from __future__ import annotations

import codecs
import logging
from dataclasses import dataclass
from functools import lru_cache

import charset_normalizer

from ..extract.text import traditional_to_simplified

log = logging.getLogger("kg.loaders")

CANDIDATES = ("gb18030", "big5", "big5hkscs")
"""Encodings tried after UTF-8, in order of preference."""

MAX_BAD_BYTES_RATIO = 0.001
"""The share of undecodable bytes tolerated (replaced by U+FFFD, with a warning)."""

MIN_COMMONNESS = 0.5
"""Below this share of common characters a decoding is gibberish (real Chinese text scores above 0.9)."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# What a declared charset means in practice (the WHATWG encoding standard does the same).
_DECLARED_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "gb_2312-80": "gb18030",
    "csgb2312": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cn-big5": "big5hkscs",
    "unicode": "utf-8",
    "utf8": "utf-8",
}

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc/.xls)"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"RIFF", "a RIFF media file (WAV/WEBP/AVI)"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

ADVICE = "save the article text as .txt, .md, .html, .json or .jsonl"


class DecodeProblem(Exception):
    """Why the bytes are not text; the loader turns it into an InputError for the file."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    reason: str
    bad_bytes: int = 0


def binary_kind(data: bytes) -> str | None:
    """What the bytes are when they are not text at all, else None."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    if any(data.startswith(bom) for bom, name in _BOMS if name in ("utf-16", "utf-32")):
        return None
    if b"\x00" in data[:65536]:
        return "binary data (it holds NUL bytes)"
    return None


def canonical_encoding(name: str) -> str | None:
    """A Python codec name for a declared charset, or None when Python has no such codec."""
    name = name.strip().strip("\"'").lower()
    name = _DECLARED_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, where: str = "", declared: str | None = None) -> Decoded:
    """The text of the bytes; raises DecodeProblem when they are binary or in no candidate encoding."""
    kind = binary_kind(data)
    if kind:
        raise DecodeProblem(f"this is {kind}, not text; {ADVICE}")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                break
            log.debug("%s: %s (byte-order mark)", where, name)
            return Decoded(text.lstrip("\ufeff"), name, "byte-order mark")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        log.debug("%s: utf-8 (valid UTF-8)", where)
        return Decoded(text, "utf-8", "valid UTF-8")
    declared_codec = canonical_encoding(declared) if declared else None
    if declared_codec:
        try:
            text = data.decode(declared_codec)
        except UnicodeDecodeError:
            log.info("%s: declares %s, but the bytes do not decode in it; detecting", where, declared)
        else:
            log.info("%s: %s (declared charset %s)", where, declared_codec, declared)
            return Decoded(text, declared_codec, f"declared charset {declared}")
    decoded = _detect(data, where)
    if decoded is not None:
        return decoded
    decoded = _lenient(data, where, declared_codec)
    if decoded is not None:
        return decoded
    raise DecodeProblem(
        "cannot decode the text as UTF-8, GB18030 (GBK) or Big5; open it in an editor and save it as UTF-8"
    )


def _detect(data: bytes, where: str) -> Decoded | None:
    """charset-normalizer's matches among the candidates, re-ranked by how common the characters are."""
    matches = charset_normalizer.from_bytes(data, cp_isolation=list(CANDIDATES))
    decoded: list[tuple[float, int, str, str]] = []
    for order, match in enumerate(matches):
        codec = codecs.lookup(match.encoding).name
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        decoded.append((commonness(text), -order, codec, text))
    if not decoded:
        return None
    decoded.sort(reverse=True)
    score, _, codec, text = decoded[0]
    if score < MIN_COMMONNESS:
        log.info("%s: charset-normalizer's best guess %s gives gibberish (common-character share %.2f)", where, codec, score)
        return None
    others = ", ".join(f"{c} {s:.2f}" for s, _, c, _ in decoded[1:])
    log.info(
        "%s: %s (charset-normalizer; common-character share %.2f%s)",
        where,
        codec,
        score,
        f"; also decodes as {others}" if others else "",
    )
    return Decoded(text, codec, "charset-normalizer")


def _lenient(data: bytes, where: str, declared: str | None) -> Decoded | None:
    """The candidate that decodes all but a few stray bytes, if any."""
    best: tuple[float, int, str, str] | None = None
    limit = max(1, int(len(data) * MAX_BAD_BYTES_RATIO))
    for codec in dict.fromkeys([c for c in (declared, "utf-8", *CANDIDATES) if c]):
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        score = commonness(text) if bad <= limit else 0.0
        if score < MIN_COMMONNESS:
            continue
        key = (score, -bad, codec, text)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return None
    _, bad, codec, text = best
    log.info("%s: %s with %d undecodable bytes replaced by U+FFFD", where, codec, -bad)
    return Decoded(text, codec, "lenient", bad_bytes=-bad)


@lru_cache(maxsize=1)
def _common_characters() -> frozenset[str]:
    """The 3,755 level-1 characters of GB2312: the most frequent Chinese characters."""
    chars = []
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.append(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def commonness(text: str, sample: int = 20000) -> float:
    """The share of the Chinese characters (traditional ones read as simplified) that are common ones.

    Text with no Chinese characters scores 1.0: the measure has nothing to say about it.
    """
    common = _common_characters()
    simplified = traditional_to_simplified()
    total = hits = 0
    for char in text[:sample]:
        if "\u3400" <= char <= "\u9fff" or "\U00020000" <= char <= "\U0003134f" or "\uf900" <= char <= "\ufaff":
            total += 1
            if char in common or simplified.get(ord(char), char) in common:
                hits += 1
    return hits / total if total else 1.0
