"""Positions from appositive chains: ORG TITLE NAME, TITLE NAME, NAME TITLE, 、-lists and 兼 compounds.

The chain is read left to right over the mentions of a sentence; what lies
between two mentions (nothing, 、, 兼, 原) decides whether a title takes the
organization before it and whether an organization carries over a list.
"""

from __future__ import annotations

from dataclasses import dataclass

from .analysis import SentenceView
from .mentions import Mention

_JOINERS = {"", "、", "兼", "原", "前", "及", "和", "与", ",", "同志", "暨"}


@dataclass(frozen=True)
class PositionClaim:
    person: Mention
    role: Mention
    org: Mention | None
    former: bool
    rule: str
    confidence: float


def _gap(text: str, offset: int, a: Mention, b: Mention) -> str:
    return text[a.end - offset:b.start - offset].strip()


def read_chains(view: SentenceView) -> list[PositionClaim]:
    """Every (person, role, organization) the sentence states by apposition."""
    text, offset = view.sentence.text, view.start
    claims: list[PositionClaim] = []
    pending: list[tuple[Mention, Mention | None, bool]] = []  # (role, org, former)
    org: Mention | None = None
    org_former = False
    list_org: Mention | None = None
    person_org: dict[int, Mention] = {}
    previous: Mention | None = None
    for mention in view.mentions():
        gap = _gap(text, offset, previous, mention) if previous else None
        if previous is not None and gap not in _JOINERS:
            pending, org, list_org, org_former = [], None, None, False
            previous = None
            gap = None
        kind = mention.kind
        if kind == "org":
            if not (previous is not None and previous.kind == "role" and gap == "、"):
                pending = []
            org = mention
            org_former = gap in ("原", "前") or (mention.start > offset and text[mention.start - offset - 1] in "原前" and gap is None)
        elif kind == "role":
            former = bool(mention.info.get("former")) or org_former
            if previous is not None and previous.kind == "org" and gap in ("", "原", "前"):
                pending.append((mention, previous, former or gap in ("原", "前")))
            elif previous is not None and previous.kind == "role" and gap in ("", "兼", "、"):
                last_org = pending[-1][1] if pending else None
                pending.append((mention, last_org, former))
            elif previous is not None and previous.kind == "person" and gap == "":
                context = person_org.get(previous.start)
                claims.append(PositionClaim(previous, mention, context, former, "name_title", 0.85 if context else 0.5))
                pending = []
            elif previous is not None and previous.kind == "person" and gap == "、" and list_org is not None and mention.info.get("scope") == "org":
                pending = [(mention, list_org, former)]
            else:
                pending = [(mention, None, former)]
        elif kind == "person":
            if previous is not None and previous.kind == "role" and gap in ("", "同志"):
                for role, role_org, former in pending:
                    carried = role_org is list_org and role_org is not None and role_org is not org
                    claims.append(
                        PositionClaim(mention, role, role_org, former, "carried_list" if carried else "org_title_name", 0.8 if carried else 0.9)
                    )
                orgs = [o for _, o, _ in pending if o is not None]
                list_org = orgs[-1] if orgs else None
                pending = []
            elif previous is not None and previous.kind == "org" and gap == "":
                person_org[mention.start] = previous
            org_former = False
        previous = mention
    return claims
