"""What only the whole corpus shows: the order of chair terms, position spans, successors, handovers,
and who took part in an event for which organization.

Computed from the per-article outputs of kg/rdf.py (plain data), so the
derived RDF graph and the network's derived edges are the same facts.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import chain, groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .ids import article_iri, hashed_iri
from .resolve import PeopleOnDisk, sorted_items

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from .rdf import ArticleOutput, DerivedLines
    from .resolve import Resolution

# Posts one person holds at a time: a later current holder succeeds an earlier one.
SINGLE_HOLDER_ROLES = ("会长", "理事长", "秘书长", "监事长", "院长", "局长", "厅长")
HANDOVER_WORDS = ("交接", "授旗")
DERIVE_FILE = "derive.sqlite"  # the deriver's rows in a build, in the walk's folder
NETWORK_KINDS = frozenset({"next_terms", "handovers", "successors"})  # what the network graph reads of a Derived


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
    try:
        return deriver.result(resolution)
    finally:
        deriver.close()


class Deriver:
    """derive() fed one article output at a time: a build adds each as the walk yields it (while the
    workers walk the next ones) and keeps only what the corpus-wide facts need, not the outputs.

    What it keeps per position, participation and dated event are rows of an SQLite database (a file in
    `folder`, DERIVE_FILE, in a build; in memory otherwise), grouped and joined by SQLite when the result is
    asked for: held as dicts of the walk's outputs (a position's spans, status and posts, a person's events,
    a participation's organizations) they were the build process's largest holder after the walk, some 14 KB
    an article (2,000 articles), and its peak in derive. Only what is small and read by key stays in memory
    (chair terms, network events, units, the articles stating posts in several organizations).
    SQLite's BINARY order of UTF-8 text is the code-point order Python sorts strings by, so the facts come
    out in the order sorted() gave them."""

    BATCH = 4096  # positions and person-event rows kept before every table's rows are written (the other kinds
    # come with them and are fewer)

    def __init__(self, folder: Path | None = None) -> None:
        self.path = folder / DERIVE_FILE if folder is not None else None
        self.db = sqlite3.connect(self.path or ":memory:", isolation_level=None)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "temp_store = FILE", "cache_size = -16384"):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.execute("BEGIN")
        # every position an article states (seq: the order they came in, SQLite's row number, for the status's "of equals, the first stays")
        self.db.execute("CREATE TABLE pos (seq INTEGER PRIMARY KEY, position TEXT, person TEXT, org TEXT, role TEXT, "
                        "status TEXT, since TEXT, until TEXT, date TEXT, article TEXT)")
        self.db.execute("CREATE TABLE person_events (person TEXT, event TEXT, article TEXT)")  # a person's participations
        # (participation, organization of a current post its person has in the same article, article)
        self.db.execute("CREATE TABLE behalf (participation TEXT, org TEXT, article TEXT)")
        # (organization, event, article): an organization's own participations; derive adds those through its people
        self.db.execute("CREATE TABLE took (org TEXT, event TEXT, article TEXT)")
        self.db.execute("CREATE TABLE event_dates (event TEXT PRIMARY KEY ON CONFLICT REPLACE, date TEXT) WITHOUT ROWID")  # the last article's date
        self.rows: dict[str, list[tuple]] = {"pos": [], "person_events": [], "behalf": [], "took": [], "event_dates": []}
        self.terms: dict[str, dict[str, str]] = defaultdict(dict)
        self.term_articles: dict[str, set[str]] = defaultdict(set)
        self.events: set[tuple[str, str, str, str]] = set()
        self.parents: dict[str, set[str]] = defaultdict(set)  # organization -> the organizations it is a unit of
        self.several: list[tuple[str, dict[str, set[str]]]] = []  # (article, person -> organizations) where an article states 2+

    def add(self, output: ArticleOutput) -> None:
        terms, term_articles, parents, rows = self.terms, self.term_articles, self.parents, self.rows
        graph = output.graph
        for network, year, term in output.chair_terms:
            terms[network][year] = term
            term_articles[term].add(graph)
        self.events.update(output.network_events)
        for edge in output.edges:
            if edge.relation == "sub_unit":
                parents[edge.source].add(edge.target)
        stated_current: dict[str, set[str]] = defaultdict(set)  # person -> organizations of the posts this article states as current
        for _, person, org, _, status, _, _ in output.positions:
            if status == "current":
                stated_current[person].add(org)
        if any(len(orgs) > 1 for orgs in stated_current.values()):  # candidates for concurrent posts, once the units are known
            self.several.append((graph, {p: orgs for p, orgs in stated_current.items() if len(orgs) > 1}))
        for participation, who, event, is_organization in output.participations:
            if is_organization:
                rows["took"].append((who, event, graph))
                continue
            rows["person_events"].append((who, event, graph))
            for org in stated_current.get(who, ()):
                rows["behalf"].append((participation, org, graph))
        pos = rows["pos"]
        for position, person, org, role, status, since, until in output.positions:
            pos.append((None, position, person, org, role, status, since, until, output.date, graph))
        dates = rows["event_dates"]
        for node in output.nodes:
            if node.kind == "event" and node.date:
                dates.append((node.iri, node.date))
        if len(pos) + len(rows["person_events"]) > self.BATCH:
            self._write()

    def _write(self) -> None:
        """The rows kept so far written to the database."""
        for table, found in self.rows.items():
            if found:
                marks = ", ".join("?" * len(found[0]))
                self.db.executemany(f"INSERT INTO {table} VALUES ({marks})", found)
                found.clear()

    def close(self) -> None:
        """The database closed and its file removed (the result has been read)."""
        self.db.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)

    def result(self, resolution: Resolution, lines: DerivedLines | None = None) -> Derived:
        """The corpus-wide facts of the outputs added (once: it completes the state it reads).

        With lines (a build), each derived fact is written there as it is found, with the articles it
        rests on, instead of being kept: the Derived returned then holds only what the network reads
        (next_terms, handovers, successors). Its lists of articles per statement
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

        self._write()
        db = self.db
        db.execute("COMMIT")
        db.execute("CREATE INDEX pos_position ON pos (position)")
        db.execute("CREATE INDEX pos_person ON pos (person)")
        terms, term_articles, events, parents, several = self.terms, self.term_articles, self.events, self.parents, self.several
        for network in sorted(terms):
            years = sorted(terms[network])
            for a, b in zip(years, years[1:]):
                earlier, later = terms[network][a], terms[network][b]
                emit("next_terms", (earlier, later), (earlier, "nextTerm", later), sorted(term_articles[earlier] | term_articles[later]))
        # A post's span: the first and last (date, article) stating it current. A former post (原/前) ended before
        # the article: its date is no day of the post.
        spanned = db.execute("SELECT position, date, article FROM pos WHERE status = 'current' AND date != '' ORDER BY position, date, article")
        for position, group in groupby(spanned, key=itemgetter(0)):
            first = last = next(group)
            for last in group:
                pass
            # The years a post is known to be held (a year page of the posts query is one index lookup).
            years = [str(year) for year in range(int(first[1][:4]), int(last[1][:4]) + 1)]
            if lines is not None:
                lines.put("position_spans", (position, first[1], last[1], years), sorted({first[2], last[2]}))
                continue
            result.position_spans[position] = (first[1], last[1])
            result.sources[(position, "span")] = sorted({first[2], last[2]})
            result.attested_years[position] = years
        # The tenure the texts give: the earliest since and the latest until date ("" if none given).
        for position, since, until in db.execute("SELECT position, MIN(NULLIF(since, '')), MAX(until) FROM pos "
                                                 "WHERE since != '' OR until != '' GROUP BY position ORDER BY position"):
            emit("position_dates", (position, since or "", until), None, None)
        # A position's status, as the article deciding it says: the latest, and of one date the one calling it former;
        # an undated one ("") ranks below any dated one; of equals, the first stays.
        db.execute("CREATE TABLE status (position TEXT PRIMARY KEY, status TEXT, article TEXT) WITHOUT ROWID")
        db.execute("INSERT INTO status SELECT position, status, article FROM (SELECT position, status, article, ROW_NUMBER() "
                   "OVER (PARTITION BY position ORDER BY date DESC, status = 'former' DESC, seq) AS rank FROM pos) WHERE rank = 1")
        for position, status, article in db.execute("SELECT position, status, article FROM status ORDER BY position"):
            emit("statuses", (position, status), (position, "status"), [article])
            if lines is None:
                result.statuses[position] = status
        # Which articles made a split: each person's own articles (a homonym link rests on both people's).
        article_iris: dict[str, str] = {}  # one string per article, however many statements rest on it

        def articles_of(*found: Iterable[str]) -> list[str]:
            return sorted({article_iris.get(a) or article_iris.setdefault(a, str(article_iri(a))) for a in chain(*found)})

        for _, people in sorted(resolution.homonyms.items()):
            # A star, not every pair: each other person of the name and the one keeping the bare name (the first of
            # the group: the earliest-attested, or the one a previous build published under it) are linked both
            # ways, resting on the two people's articles; the rest of the group is two hops away. A group of k
            # people is 2 × (k - 1) links where every pair was k × (k - 1): linear in the corpus, and the same
            # links as before for a pair (k = 2).
            hub, others = str(people[0]), [str(person) for person in people[1:]]
            hub_articles = resolution.person_articles.get(people[0], ())
            bases = [articles_of(hub_articles, resolution.person_articles.get(person, ())) for person in people[1:]]
            for other, basis in zip(others, bases):
                emit("homonyms", (hub, other), (hub, "possibleHomonym", other), basis)
            for other, basis in zip(others, bases):
                emit("homonyms", (other, hub), (other, "possibleHomonym", hub), basis)
        # on disk in a build (kg.resolve.PeopleOnDisk): the people's articles read in one ordered scan beside their
        # aliases, not by one query a person
        articles_by_person = ArticlesInOrder(resolution.person_articles)
        for person, aliases in sorted_items(resolution.same_as):
            own = articles_of(articles_by_person.get(person))  # one list for all its aliases
            for alias in aliases:
                emit("same_as", (str(person), str(alias)), (str(person), "sameAs", str(alias)), own)
        del article_iris, articles_by_person
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
        concurrent: dict[str, set[str]] = defaultdict(set)  # person -> articles stating current posts of theirs in 2+ organizations
        for graph, stated in several:
            for person, organizations in stated.items():
                if len(set().union(*(parents.get(org) or {org} for org in organizations))) > 1:
                    concurrent[person].add(graph)
        for person, articles in sorted(concurrent.items()):
            for position, _, status, article in db.execute(
                    "SELECT DISTINCT pos.position, pos.org, status.status, status.article FROM pos JOIN status USING (position) "
                    "WHERE pos.person = ? ORDER BY pos.position, pos.org", (person,)).fetchall():
                if status == "current":
                    emit("concurrent_posts", (person, position), (person, "concurrentPost", position), sorted(articles | {article}))
        # An organization took part in an event itself, or through anyone holding a post in it that is current
        # corpus-wide (its latest article says so); resting on the articles of the participation and of that status.
        # (The participations joined with the posts by a person index on the posts, the smaller table, and the three
        # kinds made distinct by one UNION as they are written: no copy of them in `took` first.)
        db.execute("CREATE TABLE posts AS SELECT DISTINCT pos.person, pos.org, status.article FROM pos JOIN status USING (position) "
                   "WHERE status.status = 'current'")
        db.execute("CREATE INDEX posts_person ON posts (person)")
        db.execute("CREATE TABLE took_part AS SELECT org, event, article FROM took "
                   "UNION SELECT posts.org, person_events.event, person_events.article FROM person_events JOIN posts USING (person) "
                   "UNION SELECT posts.org, person_events.event, posts.article FROM person_events JOIN posts USING (person) "
                   "ORDER BY 1, 2, 3")
        db.execute("DROP TABLE posts")
        db.execute("DROP TABLE took")
        # Each organization's participation in an event once, with its articles (newline-separated: no article IRI
        # holds one): what the co-participations join and the tookPartIn statements read.
        db.execute("CREATE TABLE took_event AS SELECT org, event, group_concat(article, char(10)) AS articles FROM took_part "
                   "GROUP BY org, event ORDER BY org, event")
        db.execute("DROP TABLE took_part")
        # Organizations that met: each pair (in IRI order) and year, with the number of events both took part in;
        # one node per answer row of the co-participation query, resting on the articles of those statements.
        # One self-join of the (organization, event) rows by event, each row one event of a pair with both
        # organizations' articles there: the events are counted by SQLite's rows, not gathered in sets (at 6,000
        # articles 217,377 rows where a row per pair of articles was 364,481).
        db.execute("CREATE INDEX took_event_event ON took_event (event, org)")
        met = db.execute("SELECT a.org, b.org, substr(event_dates.date, 1, 4) AS year, a.articles, b.articles FROM took_event AS a "
                         "JOIN event_dates ON event_dates.event = a.event JOIN took_event AS b ON b.event = a.event AND b.org > a.org "
                         "WHERE year != '' ORDER BY 1, 2, 3")
        for (first, second, year), group in groupby(met, key=itemgetter(0, 1, 2)):
            joined: set[str] = set()
            shared = 0
            for _, _, _, one, other in group:
                shared += 1
                joined.update(one.split("\n"))
                joined.update(other.split("\n"))
            node = str(hashed_iri("coparticipation", first, second, year))
            emit("co_participations", (node, first, second, year, shared), (node, "coParticipation"), sorted(joined))
        for org, event, articles in db.execute("SELECT org, event, articles FROM took_event ORDER BY org, event"):
            emit("took_part_in", (org, event), (org, "tookPartIn", event), sorted(articles.split("\n")))
        for (participation, org), group in groupby(db.execute("SELECT DISTINCT participation, org, article FROM behalf "
                                                              "ORDER BY participation, org, article"), key=itemgetter(0, 1)):
            emit("on_behalf_of", (participation, org), (participation, "onBehalfOf", org), [article for _, _, article in group])
        # A later current holder of a post one person holds at a time succeeds an earlier one: by organization and
        # role, the positions ordered by their first date; resting on the articles of both positions' spans.
        held = db.execute(f"SELECT org, role, position, MIN(date), MAX(date) FROM pos WHERE status = 'current' AND date != '' "
                          f"AND role IN ({', '.join('?' * len(SINGLE_HOLDER_ROLES))}) GROUP BY org, role, position ORDER BY org, role",
                          SINGLE_HOLDER_ROLES).fetchall()
        for (_, role), group in groupby(held, key=itemgetter(0, 1)):
            ordered = sorted(((first, position, last) for _, _, position, first, last in group))
            for (_, before, before_last), (after_first, after, _) in zip(ordered, ordered[1:]):
                if after_first > before_last:
                    spans_articles = [row[0] for row in db.execute(
                        "SELECT DISTINCT article FROM pos WHERE position IN (?, ?) AND status = 'current' AND date != '' ORDER BY article",
                        (before, after))]
                    emit("successors", (after, before, role), (after, "successorOf", before), spans_articles)
        return result


class ArticlesInOrder:
    """A person's articles asked for in the people's order (code points), as derive's sameAs statements ask: on
    disk (kg.resolve.PeopleOnDisk) read by one ordered scan of the whole table as the asking goes, not one query
    a person (41,234 queries at 6,000 articles); a dict is read by key."""

    def __init__(self, table: Any) -> None:
        self.table = table
        self.rows: Iterator[tuple[str, list[str]]] | None = table.articles_in_order() if isinstance(table, PeopleOnDisk) else None
        self.next: tuple[str, list[str]] | None = None

    def get(self, person: object) -> Iterable[str]:
        if self.rows is None:
            return self.table.get(person, ())
        key = str(person)
        while self.next is None or self.next[0] < key:
            self.next = next(self.rows, None)
            if self.next is None:
                self.rows = iter(())
                return ()
        return self.next[1] if self.next[0] == key else ()
