"""Stable IRIs: derived from normalized keys only, never from run order, time or memory addresses.

Scheme (documented in README): https://w3id.org/charity-kg/id/<kind>/<key>, where
<key> is the normalized name (NFKC, white space removed, traditional characters
folded to simplified) for named things, and a 16-hex-digit SHA-256 prefix of
the defining fields for n-ary facts (positions, participations, evidence).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

from .extract.text import normalize
from .vocab import ID

_UNSAFE = re.compile(r"[^\w\-.~\u3400-\u9fff]")


def normalize_key(name: str) -> str:
    """The matching form of a name: NFKC, simplified characters, no white space or quotes."""
    text = unicodedata.normalize("NFKC", normalize(name))
    return re.sub(r"[\s“”\"'‘’《》]", "", text)


def _quote(match: re.Match[str]) -> str:
    return quote(match.group(0), safe="")


def _segment(key: str) -> str:
    """The key as an IRI path segment: every character outside _UNSAFE's safe set percent-encoded."""
    return _UNSAFE.sub(_quote, key)


@lru_cache(maxsize=1 << 16)
def named_iri(kind: str, name: str) -> URIRef:
    """IRI of a named entity (organization, person, role, network, document, article); names repeat, so cached."""
    return URIRef(f"{ID}{kind}/{_segment(normalize_key(name))}")


def digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def hashed_iri(kind: str, *parts: object) -> URIRef:
    """IRI of an n-ary fact, from the fields that define it."""
    return URIRef(f"{ID}{kind}/{digest(*parts)}")


@lru_cache(maxsize=1 << 12)
def rule_iri(rule: str, confidence: float) -> URIRef:
    """IRI of an extraction rule at one confidence (what an evidence node was read by), e.g. id/rule/org_suffix/0.8:
    a few hundred for a corpus, each stated once instead of a rule and a confidence on every evidence node."""
    return URIRef(f"{ID}rule/{_segment(rule)}/{round(confidence, 2)}")


@lru_cache(maxsize=1 << 16)
def article_iri(article_id: str) -> URIRef:
    return URIRef(f"{ID}article/{_segment(article_id)}")
