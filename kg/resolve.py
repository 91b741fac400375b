"""Entity resolution across articles: one IRI per real organization and person.

Organizations merge by their full name (short forms were resolved within each
article, abbreviations and curated aliases renamed before this step). A
person merges across articles only when the organization context agrees:
the same organization, or a parent / sub-unit of it. A mention with no post
joins the group whose articles share the most organizations with its own
article. The same name in unrelated organizations stays two people, flagged
as possible homonyms for `charity-kg review`. Curated merges and splits win.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from sys import intern
from typing import Any

from urllib.parse import unquote

from rdflib import URIRef

from .curate import Curation
from .ids import named_iri, normalize_key
from .model import ArticleFacts

# The file in the walk's folder its spawned workers read the resolution's tables from (Resolution.on_disk; named
# once here: benchmarks/build_timeline.py tells a walk worker by it)
RESOLUTION_TABLES_FILE = "resolution.sqlite"
PEOPLE_FILE = "people.sqlite"  # each person's articles and aliases, for derive (PeopleOnDisk)


@dataclass
class Resolution:
    org_iri: dict[str, URIRef] = field(default_factory=dict)
    person_iri: dict[tuple[str, str], URIRef] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)
    homonyms: dict[str, list[URIRef]] = field(default_factory=dict)
    chair_networks: dict[str, set[str]] = field(default_factory=dict)
    networks: dict[str, str] = field(default_factory=dict)  # name as written -> the network's one name ("" = no network)
    chair_people: dict[tuple[str, str], str] = field(default_factory=dict)  # (network, year) -> key of its one chair person
    same_as: dict[URIRef, list[URIRef]] = field(default_factory=dict)  # person IRI -> other IRIs it was or may be published as
    person_articles: dict[URIRef, list[str]] = field(default_factory=dict)  # person IRI -> its articles (provenance of homonym links)

    def network(self, name: str) -> str:
        """The one name of the network a written name refers to; "" for a phrase that names none."""
        if name in self.networks:
            return self.networks[name]
        return canonical_network(name)

    def network_for(self, network: str, org: str) -> str:
        """The network of a chair term: the one it names, or else the one network its organization chairs
        in other articles ("" when that is none or several: never a nameless network, never another's)."""
        if network:
            return self.network(network)
        candidates = self.chair_networks.get(org, set())
        return next(iter(candidates)) if len(candidates) == 1 else ""

    def is_chair_person(self, network: str, year: str, article_id: str, name: str) -> bool:
        """Whether this mention is the chair person of the term: one chair per term, the best-attested one."""
        chosen = self.chair_people.get((network, str(year)))
        return chosen is None or normalize_key(name) == chosen

    def person(self, article_id: str, name: str) -> URIRef:
        return self.person_iri.get((article_id, name)) or named_iri("person", name)

    def org(self, name: str) -> URIRef:
        return self.org_iri.get(name) or named_iri("org", name)

    def org_key(self, name: str) -> str:
        """The key of the organization a name resolves to (former names and aliases included)."""
        return unquote(str(self.org(name)).rsplit("/", 1)[-1])

    def for_derive(self) -> Resolution:
        """Only the tables derive reads (same_as, homonyms, person_articles): what the build process keeps of the
        resolution for derive while the walk's workers read the rest from disk (on_disk)."""
        return Resolution(homonyms=self.homonyms, same_as=self.same_as, person_articles=self.person_articles)

    def on_disk(self, path: Path) -> Resolution:
        """What an article's walk looks up (kg.rdf), its two large tables written to an SQLite file at path and read
        from there: worker processes read the file instead of each holding (or, forked, inheriting) the build
        process's memory (at 10,000 articles the two forked walk workers held 695 MiB, the file is 14 MB). The
        tables derive reads (same_as, homonyms, person_articles) are left out."""
        people = self.person_iri if isinstance(self.person_iri, DiskTable) else None  # on disk already (resolve's `people`)
        with closing(sqlite3.connect(path)) as db, db:  # closed at the end, the inserts committed before
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            for table, rows in (
                ("person", () if people is not None else ((article, name, str(iri)) for (article, name), iri in self.person_iri.items())),
                ("org", ((name, "", str(iri)) for name, iri in self.org_iri.items())),
            ):
                if table == "person" and people is not None:
                    continue
                db.execute(f"CREATE TABLE {table} (grp TEXT, name TEXT, value TEXT, PRIMARY KEY (grp, name)) WITHOUT ROWID")
                db.executemany(f"INSERT INTO {table} VALUES (?, ?, ?)", rows)
        return Resolution(
            org_iri=DiskTable(path, "org"),  # type: ignore[arg-type]
            person_iri=people or DiskTable(path, "person"),  # type: ignore[arg-type]
            parents=self.parents,
            chair_networks=self.chair_networks,
            networks=self.networks,
            chair_people=self.chair_people,
        )


class PeopleOnDisk:
    """A person's articles and the IRIs it may have been published as (what derive reads of the resolution, its
    homonym and sameAs statements), written to an SQLite file as resolution finds them instead of held in
    memory: at 100,000 articles these lists and their IRIs as rdflib terms were some 1 GB of the build process
    (9 article lists and 7 alias lists an article, 2,000-6,000 articles, tracemalloc).

    Read as the dicts they replace: `articles.get(person, default)` (Resolution.person_articles: the person's
    articles, sorted) and `aliases.sorted_items()` (Resolution.same_as: (person, its aliases sorted) by person;
    SQLite's BINARY order of UTF-8 text is the code-point order Python sorts strings by)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute("BEGIN")
        self.db.execute("CREATE TABLE articles (person TEXT, article TEXT, PRIMARY KEY (person, article)) WITHOUT ROWID")
        # An IRI's aliases set again (curated merges: two names, one IRI) replace the earlier ones, as the dict's
        # assignment did: each setting numbered (turn), only the person's last one read.
        self.db.execute("CREATE TABLE aliases (person TEXT, alias TEXT, turn INTEGER, PRIMARY KEY (person, alias)) WITHOUT ROWID")
        # Each mention's person (article, name as written -> IRI), read by the walk as Resolution.person_iri (DiskTable):
        # held as a dict it was a tuple, an entry and an IRI a mention in the build process (some 2-4 KB an article).
        self.db.execute("CREATE TABLE person (grp TEXT, name TEXT, value TEXT, PRIMARY KEY (grp, name)) WITHOUT ROWID")
        self.turn = 0
        self._people: list[tuple[str, str, str]] = []  # rows of `person` not yet written
        self._mentions = False  # whether the table of mentions is there (add_mentions)

    PEOPLE_BATCH = 4096  # rows of `person` written at once

    def set_person(self, article: str, name: str, iri: str) -> None:
        """The person a name as written in an article is (Resolution.person_iri[(article, name)] =)."""
        self._people.append((article, name, iri))
        if len(self._people) >= self.PEOPLE_BATCH:
            self._write_people()

    def _write_people(self) -> None:
        self.db.executemany("INSERT OR REPLACE INTO person VALUES (?, ?, ?)", self._people)
        self._people = []

    def add_articles(self, person: str, articles: Iterable[str]) -> None:
        """The articles the person is found in, added to those already written (Resolution.person_articles[person] |=)."""
        self.db.executemany("INSERT OR IGNORE INTO articles VALUES (?, ?)", ((person, article) for article in articles))

    def set_aliases(self, person: str, aliases: Iterable[str]) -> None:
        """The person's aliases, replacing any set before (Resolution.same_as[person] =)."""
        self.turn += 1
        self.db.executemany("INSERT OR REPLACE INTO aliases VALUES (?, ?, ?)", ((person, alias, self.turn) for alias in aliases))

    def add_mentions(self, rows: list[tuple[str, str, str, tuple[str, ...]]]) -> None:
        """Person mentions (key, article, name as written, org keys of its post) appended, in the order they come."""
        if not self._mentions:
            self.db.execute("CREATE TABLE mention (seq INTEGER PRIMARY KEY, key TEXT, article TEXT, written TEXT, orgs TEXT)")
            self._mentions = True
        # no org key holds a newline (names are keys without white space); no post is NULL, not an empty key
        self.db.executemany("INSERT INTO mention (key, article, written, orgs) VALUES (?, ?, ?, ?)",
                            ((key, article, written, "\n".join(orgs) if orgs else None) for key, article, written, orgs in rows))

    def sorted_mentions(self) -> Iterator[tuple[str, str, str, tuple[str, ...]]]:
        """The mentions added, each key's together, the keys in the order they were first met and a key's mentions in
        the order they came: what resolve's sort in memory gave (a tuple a mention held, some 2 KB an article), by
        SQLite from the table here; dropped once read."""
        if not self._mentions:
            return
        self.db.execute("CREATE TABLE first_met (key TEXT PRIMARY KEY, first INTEGER) WITHOUT ROWID")
        self.db.execute("INSERT INTO first_met SELECT key, MIN(seq) FROM mention GROUP BY key")
        found = self.db.execute("SELECT mention.key, article, written, orgs FROM mention JOIN first_met USING (key) ORDER BY first, seq")
        try:
            for key, article, written, orgs in found:
                yield key, article, written, tuple(orgs.split("\n")) if orgs is not None else ()  # held only while their key is resolved
        finally:
            found.close()
            self.db.execute("DROP TABLE mention")
            self.db.execute("DROP TABLE first_met")
            self._mentions = False

    def finish(self) -> None:
        """Written: committed, read from here on."""
        self._write_people()
        self.db.execute("COMMIT")

    def get(self, person: Any, default: Any = None) -> Any:
        """The person's articles, sorted (default when none): Resolution.person_articles.get."""
        found = [row[0] for row in self.db.execute("SELECT article FROM articles WHERE person = ? ORDER BY article", (str(person),))]
        return found or default

    def articles_in_order(self) -> Iterator[tuple[str, list[str]]]:
        """(person, its articles sorted), by person: sorted(Resolution.person_articles.items()), one scan."""
        rows = self.db.execute("SELECT person, article FROM articles ORDER BY person, article")
        for person, group in groupby(rows, key=itemgetter(0)):
            yield person, [article for _, article in group]

    def sorted_items(self) -> Iterator[tuple[str, list[str]]]:
        """(person, its aliases sorted), by person: sorted(Resolution.same_as.items())."""
        rows = self.db.execute("SELECT person, alias, turn FROM aliases ORDER BY person, alias")
        for person, group in groupby(rows, key=itemgetter(0)):
            found = list(group)
            last = max(row[2] for row in found)
            yield person, [alias for _, alias, turn in found if turn == last]

    def close(self) -> None:
        """The file's connection closed (derive has read what it needs)."""
        self.db.close()


class ContextOnDisk:
    """resolve's `context` (article -> every org key it names) in a table of the people's file: written as the
    articles are read (`context[article] |= keys`), read only for the articles of a name resolution cannot place by
    their posts (`_cluster`), so held it was some 1-1.5 KB an article in memory for a few look-ups."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.db.execute("CREATE TABLE context (article TEXT, org TEXT, PRIMARY KEY (article, org)) WITHOUT ROWID")
        self._rows: list[tuple[str, str]] = []

    def __getitem__(self, article: str) -> _ContextKeys:
        return _ContextKeys(self, article)

    def __setitem__(self, article: str, keys: Any) -> None:
        pass  # `context[article] |= keys` stored the keys already (_ContextKeys.__ior__)

    def add(self, article: str, keys: Iterable[str]) -> None:
        self._rows += [(article, key) for key in keys]
        if len(self._rows) >= PeopleOnDisk.PEOPLE_BATCH:
            self._write()

    def _write(self) -> None:
        self.db.executemany("INSERT OR IGNORE INTO context VALUES (?, ?)", self._rows)
        self._rows = []

    def keys_of(self, article: str) -> set[str]:
        if self._rows:
            self._write()
        return {row[0] for row in self.db.execute("SELECT org FROM context WHERE article = ?", (article,))}

    def drop(self) -> None:
        self._rows = []
        self.db.execute("DROP TABLE context")


class _ContextKeys:
    """An article's org keys in a ContextOnDisk: `|=` adds to them, `&` reads them."""

    def __init__(self, table: ContextOnDisk, article: str) -> None:
        self.table, self.article = table, article

    def __ior__(self, keys: Iterable[str]) -> _ContextKeys:
        self.table.add(self.article, keys)
        return self

    def __rand__(self, other: set[str]) -> set[str]:
        return other & self.table.keys_of(self.article)


def sorted_items(table: Any) -> Iterable[tuple[Any, list[Any]]]:
    """A same_as table's (person, aliases) by person, whether a dict or on disk (PeopleOnDisk)."""
    return table.sorted_items() if isinstance(table, PeopleOnDisk) else sorted(table.items())


class DiskTable:
    """A read-only table of IRIs in an SQLite file (Resolution.on_disk) read as the walk reads a Resolution's dicts (`get`).

    A key is (group, name), an article's people read together by one query as the walk writes the article; a
    key of one part (an organization's name) is a group of one. The last few thousand groups are kept. Pickled
    as its file and table only, so a spawned process opens the file itself."""

    CACHED = 4096  # groups kept: an article's people, the organizations the articles of a chunk name again and again

    def __init__(self, path: Path, table: str) -> None:
        self.path, self.table = str(path), table
        self._group: Callable[[str], dict[str, URIRef]] | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_group": None}

    def _open(self) -> Callable[[str], dict[str, URIRef]]:
        db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        query = f"SELECT name, value FROM {self.table} WHERE grp = ?"

        def group(key: str) -> dict[str, URIRef]:
            return {name: URIRef(value) for name, value in db.execute(query, (key,))}

        return lru_cache(maxsize=self.CACHED)(group)

    def get(self, key: str | tuple[str, str], default: Any = None) -> Any:
        """The key's value, or default when the table has none."""
        if self._group is None:
            self._group = self._open()
        group, name = key if isinstance(key, tuple) else (key, "")
        return self._group(group).get(name, default)


# A network's name never carries the year or ordinal of one of its meetings, nor the verb or
# determiner of a phrase about a meeting (商定下一次联席会议 names no network).
_MEETING_QUALIFIER = re.compile(r"(?:[0-9０-９]{4}|[〇零一二三四五六七八九十]{4})\s*年度?|第[0-9０-９一二三四五六七八九十百]+[次届]|首届|首次")
_PHRASE_START = re.compile(r"^(?:商定|确定|决定|召开|举办|举行|参加|出席|筹备|承办|主办|筹办|开好|办好|关于|下一次|下次|下一届|下届|上一次|上次|上届|本次|本届|此次|这次|该次|历次|每次|每年|年度)+")
_NETWORK_SUFFIX = re.compile(r"(?:慈善)?(?:协作|协同发展|合作)?(?:联席会议|联席会|联盟|会议)$")


def canonical_network(name: str) -> str:
    """The network a written name refers to, or "" when it is a phrase or a generic word.

    `2022年湘鄂赣豫慈善协作联席会议` and `湘鄂赣豫慈善协作第三次联席会议` are the network
    `湘鄂赣豫慈善协作联席会议`; `商定下一次联席会议` and a bare `联席会议` are none.
    """
    text = re.sub(r"\s+", "", name or "")
    text = _MEETING_QUALIFIER.sub("", text)
    text = _PHRASE_START.sub("", text)
    core = _NETWORK_SUFFIX.sub("", text)
    if len(core) < 2 or _PHRASE_START.match(core):
        return ""
    return text


def _canonical_networks(corpus: Iterable[ArticleFacts]) -> dict[str, str]:
    """Every network name written in the corpus -> its one name; a name that is another plus 联席会议
    (长三角慈善联盟 / 长三角慈善联盟联席会议) is the same network, under the longer name."""
    written = sorted({f.fields["network"] for item in corpus for f in item.facts if f.fields.get("network")})
    canonical = {name: canonical_network(name) for name in written}
    names = set(canonical.values()) - {""}
    for name, value in canonical.items():
        if value and value + "联席会议" in names:
            canonical[name] = value + "联席会议"
    return canonical


def _family(org: str, parents: dict[str, str]) -> set[str]:
    """An organization with its parents: a sub-unit's people belong to the parent too."""
    family = {org}
    while org in parents and parents[org] not in family:
        org = parents[org]
        family.add(org)
    return family


def _aliases_across_articles(corpus: Iterable[ArticleFacts], result: Resolution) -> None:
    """A name one article gives as another name of an organization (a former name, 中国公益研究院 for
    北京师范大学中国公益研究院) is that organization in every article; short forms (省慈善总会) are not."""
    owners: dict[str, set[str]] = defaultdict(set)
    for item in corpus:
        for fact in item.facts:
            if fact.kind == "organization":
                for alias in fact.fields.get("aliases") or []:
                    if len(alias) >= 4 and alias[0] not in "省市区县" and not alias.startswith("自治区"):
                        owners[alias].add(fact.fields["name"])
    for alias, names in owners.items():
        if len(names) == 1 and alias in result.org_iri:
            result.org_iri[alias] = result.org_iri[next(iter(names))]


def _prefix_parents(result: Resolution) -> None:
    """A name that starts with another organization's full name is its sub-unit (…总会 + 专业委员会)."""
    names = set(result.org_iri)
    for name in sorted(result.org_iri, key=len, reverse=True):
        if name in result.parents:
            continue
        # The longest such name (a look-up per prefix length: comparing every pair grew with the square of the corpus).
        parent = next((name[:size] for size in range(len(name) - 1, 3, -1) if name[:size] in names), None)
        if parent:
            result.parents[name] = parent


def _tail(key: str) -> str:
    """An entity key from a full IRI or its last segment, as review prints them."""
    return normalize_key(unquote(key.rsplit("/", 1)[-1]))


def resolve(corpus: Iterable[ArticleFacts], curation: Curation | None = None,
            published: Callable[[URIRef], set[str]] | None = None, people: Path | None = None) -> Resolution:
    """IRIs for every organization and person mention of the corpus, independent of corpus order.

    `published(iri)` names the articles an IRI stood for in the previous build (kg.store.published_in),
    so that a person IRI once published keeps its person when a later corpus adds a namesake.
    The corpus is read in several passes, so it must be re-iterable (a list, kg.build.PackedCorpus).
    With `people` (a file path), each person's articles and aliases (person_articles, same_as: what derive reads)
    are written to an SQLite file there as they are found (PeopleOnDisk), not held; so are the person mentions
    (sorted there), each article's organizations (ContextOnDisk) and each mention's person (person_iri, read
    back as a DiskTable): what grew with the corpus in the build process through resolution.
    """
    curation = curation or Curation()
    result = Resolution()
    on_disk = PeopleOnDisk(people) if people is not None else None
    merged = {(kind, _tail(merge)): _tail(keep) for kind, keep, merge in curation.merges}
    for item in corpus:
        for fact in item.facts:
            if fact.kind == "organization":
                name = fact.fields["name"]
                key = normalize_key(name)
                result.org_iri[name] = named_iri("org", merged.get(("organization", key), name))
                if fact.fields.get("parent"):
                    result.parents[name] = fact.fields["parent"]
    _aliases_across_articles(corpus, result)
    _prefix_parents(result)
    result.networks = _canonical_networks(corpus)
    for item in corpus:
        for fact in item.facts:
            network = result.network(fact.fields.get("network", "")) if fact.kind == "chair_term" else ""
            if network:
                result.chair_networks.setdefault(fact.fields["organization"], set()).add(network)
    # Article ids, names and keys interned: each pass over a packed corpus (kg.build.PackedCorpus) reads fresh copies,
    # and these tables, keyed per article and mention, held one per pass and mention instead of one per text.
    dates = {intern(item.article.article_id): item.article.date or "9999" for item in corpus}
    # Each person mention a row (key, article, name as written, org keys of its post), grouped by key once all are
    # read: a key's table of articles -> names and articles -> posts is made only while it is resolved. Held for
    # every key at once (two dicts of sets a key, most keys one article's) they were some 10 KB an article at the
    # peak of resolution (2,000 articles, tracemalloc; at 100,000 articles the build process grew 1.6 GB in it).
    first: dict[str, int] = {}  # key -> when it was first met: keys are resolved in that order
    mentions: list[tuple[str, str, str, tuple[str, ...]]] = []
    # article -> every org key it names (on disk with the people: some 1-1.5 KB an article held, read for few articles)
    context: dict[str, set[str]] | ContextOnDisk = defaultdict(set) if on_disk is None else ContextOnDisk(on_disk.db)
    for item in corpus:
        article = intern(item.article.article_id)
        for fact in item.facts:
            if fact.kind == "organization":
                context[article] |= {_org_key(result, o, article) for o in _family(fact.fields["name"], result.parents)}
            if fact.kind == "person" and (fact.fields["name"], article) not in curation.splits:
                key = intern(normalize_key(fact.fields["name"]))
                if on_disk is None:
                    first.setdefault(key, len(first))
                mentions.append((key, article, intern(fact.fields["name"]), ()))
        for fact in item.facts:
            if fact.kind == "position" and (fact.fields["person"], article) not in curation.splits:
                key = intern(normalize_key(fact.fields["person"]))
                if on_disk is None:
                    first.setdefault(key, len(first))
                orgs = _family(fact.fields["organization"], result.parents)
                mentions.append((key, article, intern(fact.fields["person"]), tuple(_org_key(result, o, article) for o in orgs)))
        if on_disk is not None and len(mentions) >= PeopleOnDisk.PEOPLE_BATCH:
            on_disk.add_mentions(mentions)
            mentions = []
    if on_disk is None:
        mentions.sort(key=lambda mention: first[mention[0]])  # stable: a key's mentions stay in the order they were read
        ordered: Iterable[tuple[str, str, str, tuple[str, ...]]] = mentions
    else:  # sorted by SQLite in the people's file, not held (the same order)
        on_disk.add_mentions(mentions)
        ordered, mentions = on_disk.sorted_mentions(), []
    del first
    for name, group in groupby(ordered, key=itemgetter(0)):
        by_article: dict[str, set[str]] = {}  # article -> org keys of the posts it gives this name
        written_in: dict[str, set[str]] = {}  # article -> the name as written there
        for _, article, written, orgs in group:
            by_article.setdefault(article, set()).update(orgs)
            written_in.setdefault(article, set()).add(written)
        clusters = _cluster(by_article, context)
        # One person keeps the bare name, the others are name@organization. The bare name stays with the
        # person it was published for: the one whose articles the previous build (`published`) showed under
        # it, whatever the dates of the articles a later corpus adds; with no previous build, the
        # earliest-attested one.
        clusters.sort(key=lambda c: (min((dates[a], a) for a in c[1]), c[1]))
        if len(clusters) > 1 and published is not None:
            before = published(named_iri("person", name))
            if before:
                owner = max(range(len(clusters)), key=lambda i: (len(before & set(clusters[i][1])), -i))
                clusters.insert(0, clusters.pop(owner))
        keys = [name] + [f"{name}@{min(orgs) if orgs else '-'}" for orgs, _ in clusters[1:]]
        for key, (orgs, articles) in zip(keys, clusters):
            iri = named_iri("person", merged.get(("person", normalize_key(key)), key))
            if on_disk is None:
                result.person_articles[iri] = sorted(set(result.person_articles.get(iri, [])) | set(articles))
            else:
                on_disk.add_articles(str(iri), articles)
            for article in articles:
                for written in written_in[article]:
                    if on_disk is None:
                        result.person_iri[(article, written)] = iri
                    else:
                        on_disk.set_person(article, written, str(iri))
            # Every name@organization form this person could have had in a smaller corpus resolves to it.
            aliases = {named_iri("person", f"{name}@{org}") for org in orgs if "#" not in org} - {iri}
            if aliases and on_disk is None:
                result.same_as[iri] = sorted(aliases)
            elif aliases and on_disk is not None:
                on_disk.set_aliases(str(iri), sorted(str(alias) for alias in aliases))
        if len(clusters) > 1:
            # the person keeping the bare name first (derive links the others to it), the others in code-point order
            found = [named_iri("person", merged.get(("person", normalize_key(key)), key)) for key in keys]  # the clusters' IRIs, as above
            result.homonyms[name] = [found[0], *sorted(set(found[1:]) - {found[0]})]
    if isinstance(context, ContextOnDisk):
        context.drop()
    del mentions, ordered, context
    for (name, article), key in curation.splits.items():
        if on_disk is None:
            result.person_iri[(article, name)] = named_iri("person", key)
        else:
            on_disk.set_person(article, name, str(named_iri("person", key)))
    result.chair_people = _chair_people(corpus, result)
    if on_disk is not None:
        on_disk.finish()
        result.person_articles = result.same_as = on_disk  # type: ignore[assignment]  # read as the dicts are
        result.person_iri = DiskTable(on_disk.path, "person")  # type: ignore[assignment]
    return result


def _org_key(result: Resolution, name: str, article: str) -> str:
    """The key people are grouped by: a short form no article expanded (市慈善总会) names a different
    organization in each article, so it never joins people across articles (or provinces)."""
    key = result.org_key(name)
    return intern(f"{key}#{article}" if key[:1] in "省市区县" else key)


def _chair_people(corpus: Iterable[ArticleFacts], result: Resolution) -> dict[tuple[str, str], str]:
    """One chair person per (network, year): the one most articles name; on a tie, one holding the
    head post (会长, 理事长...) of the chair organization; then the first by name."""
    votes: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    heads: set[tuple[str, str]] = set()
    for item in corpus:
        for fact in item.facts:
            f = fact.fields
            if fact.kind == "chair_term" and f.get("person"):
                network = result.network_for(f.get("network", ""), f["organization"])
                votes[(network, str(f["year"]))][normalize_key(f["person"])].add(intern(item.article.article_id))
            if fact.kind == "position" and f.get("role") in HEAD_ROLES and f.get("status", "current") == "current":
                heads.add((normalize_key(f["person"]), result.org_key(f["organization"])))
    chair_orgs: dict[tuple[str, str], set[str]] = defaultdict(set)  # term -> org keys holding it (one pass, not one per term)
    for item in corpus:
        for f in item.facts:
            if f.kind == "chair_term":
                term = (result.network_for(f.fields.get("network", ""), f.fields["organization"]), str(f.fields["year"]))
                chair_orgs[term].add(result.org_key(f.fields["organization"]))
    chairs = {}
    for term, people in votes.items():
        chairs[term] = min(people, key=lambda p: (-len(people[p]), not any((p, o) in heads for o in chair_orgs[term]), p))
    return chairs


HEAD_ROLES = ("会长", "理事长", "主席", "董事长", "院长", "主任", "总会长")


def _cluster(by_article: dict[str, set[str]], context: dict[str, set[str]]) -> list[tuple[set[str], list[str]]]:
    """Group a name's articles by shared post organizations; mentions without a post join by context."""
    # Articles sharing a post organization, directly or through others, are one group: union-find over the
    # organizations (comparing each article with every group grew with the square of a common name's articles).
    root: dict[str, str] = {}

    def find(org: str) -> str:
        while root[org] != org:
            root[org] = root[root[org]]
            org = root[org]
        return org

    posted = sorted(a for a in by_article if by_article[a])
    for article in posted:
        first = None
        for org in by_article[article]:
            top = find(root.setdefault(org, org))
            if first is None:
                first = top
            elif top != first:
                root[top] = first
    components: dict[str, tuple[set[str], list[str]]] = {}
    for article in posted:
        orgs = by_article[article]
        group = components.setdefault(find(next(iter(orgs))), (set(), []))
        group[0].update(orgs)
        group[1].append(article)
    groups = list(components.values())
    bare = sorted(a for a, orgs in by_article.items() if not orgs)
    leftover = []
    for article in bare:
        if len(groups) == 1:
            groups[0][1].append(article)
            continue
        overlaps = [(len(g[0] & context[article]), i) for i, g in enumerate(groups)]
        best = max(overlaps, default=(0, -1))
        if best[0] > 0 and sum(1 for o, _ in overlaps if o == best[0]) == 1:
            groups[best[1]][1].append(article)
        else:
            leftover.append(article)
    if leftover:
        groups.append((set(), leftover))
    return sorted(((orgs, sorted(arts)) for orgs, arts in groups), key=lambda g: (sorted(g[0]), g[1]))
