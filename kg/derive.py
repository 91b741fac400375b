"""What only the whole corpus shows: the order of chair terms, position spans, successors, handovers.

Computed from the per-article outputs of kg/rdf.py (plain data), so the
derived RDF graph and the network's derived edges are the same facts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rdf import ArticleOutput
    from .resolve import Resolution

# Posts one person holds at a time: a later current holder succeeds an earlier one.
SINGLE_HOLDER_ROLES = ("会长", "理事长", "秘书长", "监事长", "院长", "局长", "厅长")
HANDOVER_WORDS = ("交接", "授旗")


@dataclass
class Derived:
    next_terms: list[tuple[str, str]] = field(default_factory=list)  # (earlier term, later term)
    position_spans: dict[str, tuple[str, str]] = field(default_factory=dict)  # position -> (first, last article date)
    homonyms: list[tuple[str, str]] = field(default_factory=list)
    handovers: list[tuple[str, str]] = field(default_factory=list)  # (term, event)
    successors: list[tuple[str, str, str]] = field(default_factory=list)  # (later position, earlier position, role)


def derive(outputs: list[ArticleOutput], resolution: Resolution) -> Derived:
    """The corpus-wide facts, independent of article order."""
    result = Derived()
    terms: dict[str, dict[str, str]] = defaultdict(dict)
    spans: dict[str, list[str]] = defaultdict(list)
    holders: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    events: set[tuple[str, str, str, str]] = set()
    for output in outputs:
        for network, year, term in output.chair_terms:
            terms[network][year] = term
        events.update(output.network_events)
        if not output.date:
            continue
        for position, _, org, role, status in output.positions:
            spans[position].append(output.date)
            if role in SINGLE_HOLDER_ROLES and status == "current":
                holders[(org, role)][position].append(output.date)
    for network in sorted(terms):
        years = sorted(terms[network])
        result.next_terms += [(terms[network][a], terms[network][b]) for a, b in zip(years, years[1:])]
    result.position_spans = {position: (min(dates), max(dates)) for position, dates in sorted(spans.items())}
    for _, people in sorted(resolution.homonyms.items()):
        result.homonyms += [(str(a), str(b)) for a in people for b in people if a != b]
    for event, network, label, date in sorted(events):
        if network not in terms or not any(word in label for word in HANDOVER_WORDS):
            continue
        by_year = terms[network]
        year = date[:4]
        previous = max((y for y in by_year if y < year), default=None)
        result.handovers += [(by_year[y], event) for y in (year, previous) if y in by_year]
    for (_, role), by_position in sorted(holders.items()):
        ordered = sorted(by_position, key=lambda p: (min(by_position[p]), p))
        for before, after in zip(ordered, ordered[1:]):
            if min(by_position[after]) > max(by_position[before]):
                result.successors.append((after, before, role))
    return result
