"""What only the whole corpus shows: the order of chair terms, position spans, successors, handovers,
and who took part in an event for which organization.

Computed from the per-article outputs of kg/rdf.py (plain data), so the
derived RDF graph and the network's derived edges are the same facts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .ids import article_iri, hashed_iri

if TYPE_CHECKING:
    from .rdf import ArticleOutput
    from .resolve import Resolution

# Posts one person holds at a time: a later current holder succeeds an earlier one.
SINGLE_HOLDER_ROLES = ("会长", "理事长", "秘书长", "监事长", "院长", "局长", "厅长")
HANDOVER_WORDS = ("交接", "授旗")


@dataclass
class Derived:
    next_terms: list[tuple[str, str]] = field(default_factory=list)  # (earlier term, later term)
    position_spans: dict[str, tuple[str, str]] = field(default_factory=dict)  # position -> (first, last date it is stated current)
    attested_years: dict[str, list[str]] = field(default_factory=dict)  # position -> every year from its first to its last attestation
    position_dates: dict[str, tuple[str, str]] = field(default_factory=dict)  # position -> (since, until) as the text gives them
    statuses: dict[str, str] = field(default_factory=dict)  # position -> current | former, as its latest article says
    homonyms: list[tuple[str, str]] = field(default_factory=list)
    handovers: list[tuple[str, str]] = field(default_factory=list)  # (term, event)
    successors: list[tuple[str, str, str]] = field(default_factory=list)  # (later position, earlier position, role)
    same_as: list[tuple[str, str]] = field(default_factory=list)  # (person, an IRI it may have been published as)
    took_part_in: list[tuple[str, str]] = field(default_factory=list)  # (organization, event): itself, or a current holder of a post in it
    on_behalf_of: list[tuple[str, str]] = field(default_factory=list)  # (participation, organization of a current post stated in the same article)
    concurrent_posts: list[tuple[str, str]] = field(default_factory=list)  # (person, current position) of people one article states in posts of 2+ organizations
    co_participations: list[tuple[str, str, str, str, int]] = field(default_factory=list)  # (node, organization, other organization, year, shared events)
    sources: dict[tuple[str, ...], list[str]] = field(default_factory=dict)  # derived statement -> the article IRIs it rests on


def derive(outputs: list[ArticleOutput], resolution: Resolution) -> Derived:
    """The corpus-wide facts, independent of article order."""
    deriver = Deriver()
    for output in outputs:
        deriver.add(output)
    return deriver.result(resolution)


class Deriver:
    """derive() fed one article output at a time: a build adds each as the walk yields it (while the
    workers walk the next ones) and keeps only what the corpus-wide facts need, not the outputs."""

    def __init__(self) -> None:
        self.terms: dict[str, dict[str, str]] = defaultdict(dict)
        self.spans: dict[str, list[tuple[str, str]]] = defaultdict(list)  # position -> (date, article) stated current
        self.said: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # position -> (date, status, article)
        self.given: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
        self.holders: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.term_articles: dict[str, set[str]] = defaultdict(set)
        self.events: set[tuple[str, str, str, str]] = set()
        self.posts_of: dict[str, set[tuple[str, str]]] = defaultdict(set)  # person -> (position, organization)
        self.took_part: dict[tuple[str, str], set[str]] = defaultdict(set)  # (organization, event) -> articles
        self.behalf: dict[tuple[str, str], set[str]] = defaultdict(set)  # (participation, organization) -> articles
        self.person_events: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # person -> event -> articles
        self.parents: dict[str, set[str]] = defaultdict(set)  # organization -> the organizations it is a unit of
        self.several: list[tuple[str, dict[str, set[str]]]] = []  # (article, person -> organizations) where an article states 2+
        self.event_dates: dict[str, str] = {}

    def add(self, output: ArticleOutput) -> None:
        terms, term_articles, parents, several = self.terms, self.term_articles, self.parents, self.several
        took_part, person_events, behalf, posts_of = self.took_part, self.person_events, self.behalf, self.posts_of
        said, given, spans, holders = self.said, self.given, self.spans, self.holders
        for network, year, term in output.chair_terms:
            terms[network][year] = term
            term_articles[term].add(output.graph)
        self.events.update(output.network_events)
        for edge in output.edges:
            if edge.relation == "sub_unit":
                parents[edge.source].add(edge.target)
        stated_current: dict[str, set[str]] = defaultdict(set)  # person -> organizations of the posts this article states as current
        for _, person, org, _, status, _, _ in output.positions:
            if status == "current":
                stated_current[person].add(org)
        if any(len(orgs) > 1 for orgs in stated_current.values()):  # candidates for concurrent posts, once the units are known
            several.append((output.graph, {p: orgs for p, orgs in stated_current.items() if len(orgs) > 1}))
        for participation, who, event, is_organization in output.participations:
            if is_organization:
                took_part[(who, event)].add(output.graph)
                continue
            person_events[who][event].add(output.graph)
            for org in stated_current.get(who, ()):
                behalf[(participation, org)].add(output.graph)
        for position, person, org, role, status, since, until in output.positions:
            posts_of[person].add((position, org))
            said[position].append((output.date, status, output.graph))
            given[position][0].extend([since] if since else [])
            given[position][1].extend([until] if until else [])
            # A former post (原/前) ended before the article: its date is no day of the post.
            if not output.date or status != "current":
                continue
            spans[position].append((output.date, output.graph))
            if role in SINGLE_HOLDER_ROLES:
                holders[(org, role)][position].append(output.date)
        for node in output.nodes:
            if node.kind == "event" and node.date:
                self.event_dates[node.iri] = node.date

    def result(self, resolution: Resolution) -> Derived:
        """The corpus-wide facts of the outputs added (once: it completes the state it reads)."""
        result = Derived()
        terms, spans, said, given, holders = self.terms, self.spans, self.said, self.given, self.holders
        term_articles, events, posts_of, took_part = self.term_articles, self.events, self.posts_of, self.took_part
        behalf, person_events, parents, several = self.behalf, self.person_events, self.parents, self.several
        concurrent: dict[str, set[str]] = defaultdict(set)  # person -> articles stating current posts of theirs in 2+ organizations
        for network in sorted(terms):
            years = sorted(terms[network])
            for a, b in zip(years, years[1:]):
                earlier, later = terms[network][a], terms[network][b]
                result.next_terms.append((earlier, later))
                result.sources[(earlier, "nextTerm", later)] = sorted(term_articles[earlier] | term_articles[later])
        for position, dated in sorted(spans.items()):
            first, last = min(dated), max(dated)
            result.position_spans[position] = (first[0], last[0])
            result.sources[(position, "span")] = sorted({first[1], last[1]})
            # The years a post is known to be held (a year page of the posts query is one index lookup).
            result.attested_years[position] = [str(year) for year in range(int(first[0][:4]), int(last[0][:4]) + 1)]
        for position, (since, until) in sorted(given.items()):
            if since or until:
                result.position_dates[position] = (min(since, default=""), max(until, default=""))
        for position, mentions in sorted(said.items()):
            # The latest article decides; an undated one counts as older than any dated one.
            date, status, article = max(mentions, key=lambda m: (m[0], m[1] == "former"))
            result.statuses[position] = status
            result.sources[(position, "status")] = [article]
        # Which articles made a split: each person's own articles (a homonym link rests on both people's).
        def articles_of(*people: object) -> list[str]:
            return sorted({str(article_iri(a)) for person in people for a in resolution.person_articles.get(person, ())})

        for _, people in sorted(resolution.homonyms.items()):
            for a in people:
                for b in people:
                    if a != b:
                        result.homonyms.append((str(a), str(b)))
                        result.sources[(str(a), "possibleHomonym", str(b))] = articles_of(a, b)
        for person, aliases in sorted(resolution.same_as.items()):
            for alias in aliases:
                result.same_as.append((str(person), str(alias)))
                result.sources[(str(person), "sameAs", str(alias))] = articles_of(person)
        for event, network, label, date in sorted(events):
            if network not in terms or not any(word in label for word in HANDOVER_WORDS):
                continue
            by_year = terms[network]
            year = date[:4]
            previous = max((y for y in by_year if y < year), default=None)
            for y in (year, previous):
                if y in by_year:
                    result.handovers.append((by_year[y], event))
                    result.sources[(by_year[y], "handoverEvent", event)] = sorted(term_articles[by_year[y]])
        # People one article states to hold current posts in two or more organizations (a unit and the organization
        # it belongs to count as one), with each of their posts that is current corpus-wide; resting on those
        # articles and on the article of the post's status.
        for graph, stated in several:
            for person, organizations in stated.items():
                if len(set().union(*(parents.get(org) or {org} for org in organizations))) > 1:
                    concurrent[person].add(graph)
        for person, articles in sorted(concurrent.items()):
            for position, _ in sorted(posts_of.get(person, ())):
                if result.statuses.get(position) == "current":
                    result.concurrent_posts.append((person, position))
                    result.sources[(person, "concurrentPost", position)] = sorted(articles | set(result.sources[(position, "status")]))
        # An organization took part in an event itself, or through anyone holding a post in it that is current
        # corpus-wide (its latest article says so); resting on the articles of the participation and of that status.
        for person, by_event in person_events.items():
            for position, org in posts_of.get(person, ()):
                if result.statuses.get(position) != "current":
                    continue
                for event, articles in by_event.items():
                    took_part[(org, event)].update(articles, result.sources[(position, "status")])
        person_events.clear()  # what is read is let go as it goes: at 100,000 articles these sets are gigabytes
        # Organizations that met: each pair (in IRI order) and year, with the number of events both took part in;
        # one node per answer row of the co-participation query, resting on the articles of those statements.
        # The events are gathered first and their articles joined once per pair (a set copied per shared event
        # grew with the square of a busy pair's events).
        event_dates = self.event_dates
        by_event: dict[str, list[str]] = defaultdict(list)
        for org, event in sorted(took_part):
            by_event[event].append(org)
        met: dict[tuple[str, str, str], list[str]] = {}  # (organization, other organization, year) -> events of both
        for event, orgs in sorted(by_event.items()):
            year = event_dates.get(event, "")[:4]
            if not year:
                continue
            for i, first in enumerate(orgs):
                for second in orgs[i + 1:]:
                    met.setdefault((first, second, year), []).append(event)
        del by_event
        for (first, second, year), shared in sorted(met.items()):
            node = str(hashed_iri("coparticipation", first, second, year))
            result.co_participations.append((node, first, second, year, len(shared)))
            joined: set[str] = set()
            for event in shared:
                joined |= took_part[(first, event)]
                joined |= took_part[(second, event)]
            result.sources[(node, "coParticipation")] = sorted(joined)
        del met
        for org, event in sorted(took_part):
            result.took_part_in.append((org, event))
            result.sources[(org, "tookPartIn", event)] = sorted(took_part.pop((org, event)))
        for participation, org in sorted(behalf):
            result.on_behalf_of.append((participation, org))
            result.sources[(participation, "onBehalfOf", org)] = sorted(behalf.pop((participation, org)))
        for (_, role), by_position in sorted(holders.items()):
            ordered = sorted(by_position, key=lambda p: (min(by_position[p]), p))
            for before, after in zip(ordered, ordered[1:]):
                if min(by_position[after]) > max(by_position[before]):
                    result.successors.append((after, before, role))
                    result.sources[(after, "successorOf", before)] = sorted({spans_article for p in (before, after) for _, spans_article in spans[p]})
        return result
