"""What only the whole corpus shows: the order of chair terms, position spans, successors, handovers,
and who took part in an event for which organization.

Computed from the per-article outputs of kg/rdf.py (plain data), so the
derived RDF graph and the network's derived edges are the same facts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .ids import article_iri, hashed_iri
from .resolve import sorted_items

if TYPE_CHECKING:
    from .rdf import ArticleOutput, DerivedLines
    from .resolve import Resolution

# Posts one person holds at a time: a later current holder succeeds an earlier one.
SINGLE_HOLDER_ROLES = ("会长", "理事长", "秘书长", "监事长", "院长", "局长", "厅长")
HANDOVER_WORDS = ("交接", "授旗")
NETWORK_KINDS = frozenset({"next_terms", "handovers", "successors"})  # what the network graph reads of a Derived


# Most of what derive gathers per key is stated by one article: a set per key (216 bytes empty) cost most of its
# memory. A few values are kept as None (none), the value itself (one), or a set (several) -- a "bag".
Bag = Any


def put(bag: Bag, value: Any) -> Bag:
    """The bag with value added."""
    if bag is None or bag == value:
        return value
    if isinstance(bag, set):
        bag.add(value)
        return bag
    return {bag, value}


def items(bag: Bag) -> Any:
    """The distinct values of a bag, as a set or a tuple."""
    if bag is None:
        return ()
    return bag if isinstance(bag, set) else (bag,)


def _status_order(mention: tuple[str, str, str]) -> tuple[str, bool]:
    """A position's (date, status, article) mentions ranked for its status: the latest article, and of one date
    the one calling it former; an undated one ("") ranks below any dated one."""
    return mention[0], mention[1] == "former"


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
        self.spans: dict[str, Bag] = {}  # position -> (date, article) stated current: a bag (see put), one mostly
        # position -> (date, status, article) of the article that decides its status so far: one tuple a position,
        # not a list of every mention (the lists, and a pair of lists for each position's since/until dates that
        # most posts never give, were some 3 KB an article in the build process)
        self.said: dict[str, tuple[str, str, str]] = {}
        self.given: dict[str, tuple[str, str]] = {}  # position -> its earliest since and latest until date ("" if none given)
        self.holders: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.term_articles: dict[str, set[str]] = defaultdict(set)
        self.events: set[tuple[str, str, str, str]] = set()
        self.posts_of: dict[str, Bag] = {}  # person -> (position, organization): a bag (see put), one post mostly
        self.took_part: dict[tuple[str, str], set[str]] = defaultdict(set)  # (organization, event) -> articles
        # (participation, organization) -> articles; person -> event -> articles: bags (see put), one article mostly
        self.behalf: dict[tuple[str, str], Bag] = {}
        self.person_events: dict[str, dict[str, Bag]] = defaultdict(dict)
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
            by_event = person_events[who]
            by_event[event] = put(by_event.get(event), output.graph)
            for org in stated_current.get(who, ()):
                behalf[(participation, org)] = put(behalf.get((participation, org)), output.graph)
        for position, person, org, role, status, since, until in output.positions:
            posts_of[person] = put(posts_of.get(person), (position, org))
            mention = (output.date, status, output.graph)
            decided = said.get(position)
            if decided is None or _status_order(mention) > _status_order(decided):  # of equals, the first stays
                said[position] = mention
            if since or until:
                earliest, latest = given.get(position, ("", ""))
                given[position] = (min(filter(None, (earliest, since)), default=""), max(latest, until))  # the earliest date known
            # A former post (原/前) ended before the article: its date is no day of the post.
            if not output.date or status != "current":
                continue
            spans[position] = put(spans.get(position), (output.date, output.graph))
            if role in SINGLE_HOLDER_ROLES:
                holders[(org, role)][position].append(output.date)
        for node in output.nodes:
            if node.kind == "event" and node.date:
                self.event_dates[node.iri] = node.date

    def result(self, resolution: Resolution, lines: DerivedLines | None = None) -> Derived:
        """The corpus-wide facts of the outputs added (once: it completes the state it reads).

        With lines (a build), each derived fact is written there as it is found, with the articles it
        rests on, instead of being kept: the Derived returned then holds only what the network reads
        (next_terms, handovers, successors) and the statuses. Its lists of articles per statement
        (sources) were the build process's largest table (some 40 KB per article at 100,000 articles).
        """
        result = Derived()

        def emit(kind: str, row: tuple, key: tuple[str, ...] | None, articles: list[str] | None) -> None:
            if lines is not None:
                lines.put(kind, row, articles)
                if kind not in NETWORK_KINDS:
                    return
            elif key is not None and articles is not None:
                result.sources[key] = articles
            table = getattr(result, kind)
            if isinstance(table, list):
                table.append(row)
            else:
                table[row[0]] = row[1] if len(row) == 2 else tuple(row[1:])

        status_articles: dict[str, str] = {}  # position -> the article of its status
        terms, spans, said, given, holders = self.terms, self.spans, self.said, self.given, self.holders
        term_articles, events, posts_of, took_part = self.term_articles, self.events, self.posts_of, self.took_part
        behalf, person_events, parents, several = self.behalf, self.person_events, self.parents, self.several
        concurrent: dict[str, set[str]] = defaultdict(set)  # person -> articles stating current posts of theirs in 2+ organizations
        for network in sorted(terms):
            years = sorted(terms[network])
            for a, b in zip(years, years[1:]):
                earlier, later = terms[network][a], terms[network][b]
                emit("next_terms", (earlier, later), (earlier, "nextTerm", later), sorted(term_articles[earlier] | term_articles[later]))
        for position, dated in sorted(spans.items()):
            first, last = min(items(dated)), max(items(dated))
            # The years a post is known to be held (a year page of the posts query is one index lookup).
            years = [str(year) for year in range(int(first[0][:4]), int(last[0][:4]) + 1)]
            if lines is not None:
                lines.put("position_spans", (position, first[0], last[0], years), sorted({first[1], last[1]}))
                continue
            result.position_spans[position] = (first[0], last[0])
            result.sources[(position, "span")] = sorted({first[1], last[1]})
            result.attested_years[position] = years
        for position, (since, until) in sorted(given.items()):
            emit("position_dates", (position, since, until), None, None)
        for position, (_, status, article) in sorted(said.items()):
            status_articles[position] = article
            emit("statuses", (position, status), (position, "status"), [article])
            result.statuses[position] = status  # read below
        # Which articles made a split: each person's own articles (a homonym link rests on both people's).
        article_iris: dict[str, str] = {}  # one string per article, however many statements rest on it

        def articles_of(*people: object) -> list[str]:
            found = {a for person in people for a in resolution.person_articles.get(person, ())}
            return sorted(article_iris.get(a) or article_iris.setdefault(a, str(article_iri(a))) for a in found)

        for _, people in sorted(resolution.homonyms.items()):
            for a in people:
                for b in people:
                    if a != b:
                        emit("homonyms", (str(a), str(b)), (str(a), "possibleHomonym", str(b)), articles_of(a, b))
        for person, aliases in sorted_items(resolution.same_as):  # on disk in a build (kg.resolve.PeopleOnDisk)
            own = articles_of(person)  # one list for all its aliases
            for alias in aliases:
                emit("same_as", (str(person), str(alias)), (str(person), "sameAs", str(alias)), own)
        del article_iris
        for event, network, label, date in sorted(events):
            if network not in terms or not any(word in label for word in HANDOVER_WORDS):
                continue
            by_year = terms[network]
            year = date[:4]
            previous = max((y for y in by_year if y < year), default=None)
            for y in (year, previous):
                if y in by_year:
                    emit("handovers", (by_year[y], event), (by_year[y], "handoverEvent", event), sorted(term_articles[by_year[y]]))
        # People one article states to hold current posts in two or more organizations (a unit and the organization
        # it belongs to count as one), with each of their posts that is current corpus-wide; resting on those
        # articles and on the article of the post's status.
        for graph, stated in several:
            for person, organizations in stated.items():
                if len(set().union(*(parents.get(org) or {org} for org in organizations))) > 1:
                    concurrent[person].add(graph)
        for person, articles in sorted(concurrent.items()):
            for position, _ in sorted(items(posts_of.get(person))):
                if result.statuses.get(position) == "current":
                    emit("concurrent_posts", (person, position), (person, "concurrentPost", position), sorted(articles | {status_articles[position]}))
        # An organization took part in an event itself, or through anyone holding a post in it that is current
        # corpus-wide (its latest article says so); resting on the articles of the participation and of that status.
        for person, by_event in person_events.items():
            for position, org in items(posts_of.get(person)):
                if result.statuses.get(position) != "current":
                    continue
                for event, articles in by_event.items():
                    took_part[(org, event)].update(items(articles), (status_articles[position],))
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
            joined: set[str] = set()
            for event in shared:
                joined |= took_part[(first, event)]
                joined |= took_part[(second, event)]
            emit("co_participations", (node, first, second, year, len(shared)), (node, "coParticipation"), sorted(joined))
        del met
        for org, event in sorted(took_part):
            emit("took_part_in", (org, event), (org, "tookPartIn", event), sorted(took_part.pop((org, event))))
        for participation, org in sorted(behalf):
            emit("on_behalf_of", (participation, org), (participation, "onBehalfOf", org), sorted(items(behalf.pop((participation, org)))))
        for (_, role), by_position in sorted(holders.items()):
            ordered = sorted(by_position, key=lambda p: (min(by_position[p]), p))
            for before, after in zip(ordered, ordered[1:]):
                if min(by_position[after]) > max(by_position[before]):
                    emit("successors", (after, before, role), (after, "successorOf", before),
                         sorted({spans_article for p in (before, after) for _, spans_article in items(spans[p])}))
        return result
