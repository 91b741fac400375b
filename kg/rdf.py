"""Resolved facts straight to N-Quads: one named graph per article, an entity graph, derived graphs; no rdflib.

Facts an article states live in the graph named by the article's IRI. The
types (with their superclasses) and names of the entities it mentions, which
every article mentioning them would repeat, are stated once in the entity graph
<id/graph/entities>; the article graph keeps the facts and their evidence, so
`GRAPH ?article { ?fact ck:evidence ?e }` still traces each fact. Every
fact node links (ck:evidence) to an evidence node that names the rule that read
it at its confidence (ck:readBy: a ck:ReadingRule, whose ck:rule and
ck:confidence are stated once, in the entity graph) and points (ck:inSentence)
to the sentence node, which holds the sentence text and its offsets once,
however many facts it states; its article is the graph it is in.
What only the whole corpus shows (the order of chair terms, the span of a
position over the years, successors, handovers) lives in the derived graphs:
each statement in the graph of the articles it rests on, <id/graph/basis/HASH>,
which <id/graph/derived> says it was derived from (see derived_nquads).

The same walk over an article's facts also yields the network's nodes and
edges and the evidence index (kg/network.py merges them): the RDF files, the
store, the network and facts.jsonl come from one pass over the resolved facts.
Statements are written as N-Triples text (oxigraph's escaping, checked by a
test against its serializer), sorted within each graph: building pyoxigraph
or rdflib objects per statement cost most of a large build.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .derive import Derived
from .extract.text import traditional_to_simplified
from .ids import article_iri, digest, hashed_iri, named_iri, rule_iri
from .model import ArticleFacts, Evidence, Fact, in_kind_order
from .quads import sort_unique
from .resolve import Resolution
from .vocab import ID, vocabulary

DERIVED_GRAPH = f"{ID}graph/derived"
BASIS_GRAPHS = f"{ID}graph/basis/"  # + a hash of the articles a derived statement rests on
ENTITY_GRAPH = f"{ID}graph/entities"
OWL_NS = "http://www.w3.org/2002/07/owl#"
PROV_NS = "http://www.w3.org/ns/prov#"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
ORG_NS = "http://www.w3.org/ns/org#"
TIME_NS = "http://www.w3.org/2006/time#"
DCTERMS_NS = "http://purl.org/dc/terms/"
SCHEMA_NS = "https://schema.org/"

EVIDENCE_FIELDS = ("article", "start", "end", "rule", "confidence", "sentence")
TYPE = f"<{RDF_NS}type>"
LABEL = f"<{RDFS_NS}label>"

_LITERAL_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_NEEDS_ESCAPE = re.compile('[\x00-\x1f"\\\\\x7f]')


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(0)
    return _LITERAL_ESCAPES.get(char) or f"\\u{ord(char):04X}"


def iri(value: str) -> str:
    """An IRI in N-Triples form."""
    return f"<{value}>"


def literal(value: object, lang: str = "", datatype: str = "") -> str:
    """A literal in N-Triples form, escaped as oxigraph writes it; xsd:string is the plain form."""
    text = str(value)
    if _NEEDS_ESCAPE.search(text):
        text = _NEEDS_ESCAPE.sub(_escape_char, text)
    if lang:
        return f'"{text}"@{lang}'
    if datatype and datatype != f"{XSD_NS}string":
        return f'"{text}"^^<{datatype}>'
    return f'"{text}"'


def date_literal(value: str) -> str:
    datatype = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value), "string")
    return literal(value, datatype=XSD_NS + datatype)


def decimal(value: float) -> str:
    return literal(round(value, 2), datatype=f"{XSD_NS}decimal")


@lru_cache(maxsize=None)
def ck(name: str) -> str:
    """ck:<name> in N-Triples form; a term the ontology lacks is an error (kg/vocab.py)."""
    return iri(str(vocabulary().term(name)))


@lru_cache(maxsize=None)
def ck_class(facts_type: str, default: str) -> str:
    return iri(str(vocabulary().class_for_type(facts_type, default)))


@lru_cache(maxsize=None)
def participation_role(role: str) -> tuple[str, str]:
    """The role individual in N-Triples form and its label for the network (its facts role, e.g. chair)."""
    v = vocabulary()
    term = v.participation_role(role)
    return iri(str(term)), role or v.label(term)


@lru_cache(maxsize=1)
def _to_simplified() -> dict[int, str]:
    return traditional_to_simplified()


def zh_labels(text: str) -> list[str]:
    """A Chinese name as literals: the simplified form tagged zh-Hans, plus the written form tagged
    zh-Hant when it is traditional. Every node has one zh-Hans label, so label joins never double rows."""
    simplified = text.translate(_to_simplified())
    labels = [literal(simplified, lang="zh-Hans")]
    if simplified != text:
        labels.append(literal(text, lang="zh-Hant"))
    return labels


@lru_cache(maxsize=None)
def superclasses(class_term: str) -> tuple[str, ...]:
    """Every class a typed node also belongs to (rdfs:subClassOf, owl:equivalentClass, transitively),
    in N-Triples form: so `?x a foaf:Person` or `?x a org:Organization` need no reasoner (relation nodes: see _ArticleWriter.relation)."""
    from rdflib import OWL, RDFS, URIRef

    graph = vocabulary().graph
    seen: set[URIRef] = set()
    todo = [URIRef(class_term[1:-1])]
    while todo:
        current = todo.pop()
        for predicate in (RDFS.subClassOf, OWL.equivalentClass):
            for parent in graph.objects(current, predicate):
                if isinstance(parent, URIRef) and parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
    seen.discard(URIRef(class_term[1:-1]))
    return tuple(sorted(iri(str(c)) for c in seen))


def unnamed_event_label(date: str) -> str:
    return f"{date} 活动"


def event_iri(fields: dict) -> str:
    return str(named_iri("event", f"{fields.get('date', '')}-{fields.get('name', '')}"))


def position_iri(person: str, role: str, org: str) -> str:
    return str(hashed_iri("position", person, role, org))


def chair_term_iri(network: str, year: str) -> str:
    return str(named_iri("chairterm", f"{network}-{year}"))


def sentence_iri(article: str, start: int, end: int) -> str:
    """One node per sentence (span) of an article: the evidence of every fact it states points here. Its offsets
    are read from the IRI (queries/evidence.rq: xsd:integer(STRBEFORE(STRAFTER(STR(?node), "/sentence/"), "-")))."""
    return f"{article}/sentence/{start}-{end}"


# The network's view of one article, as plain data kg/network.py merges across articles.
@dataclass
class NodePart:
    """What one article says about a node; fields left "" are filled by other articles."""

    iri: str
    kind: str
    label: str
    type: str = ""
    region: str = ""
    aliases: tuple[str, ...] = ()
    network: str = ""
    date: str = ""
    place: str = ""
    year: str = ""
    fact: str = ""


@dataclass
class EdgePart:
    """One edge as one article states it."""

    source: str
    target: str
    relation: str
    fact: str
    role: str = ""
    status: str = ""
    start: str = ""
    end: str = ""


@dataclass
class ArticleOutput:
    """One article through the data path: its sorted graph, its network parts, its evidence."""

    article_id: str
    graph: str
    date: str
    nquads: str
    nodes: list[NodePart] = field(default_factory=list)
    edges: list[EdgePart] = field(default_factory=list)
    evidence: dict[str, list[tuple]] = field(default_factory=dict)  # fact -> entries in EVIDENCE_FIELDS order
    info: dict[str, str] = field(default_factory=dict)
    positions: list[tuple[str, str, str, str, str, str, str]] = field(default_factory=list)  # (position, person, org, role, status, since, until)
    chair_terms: list[tuple[str, str, str]] = field(default_factory=list)  # (network, year, term)
    network_events: list[tuple[str, str, str, str]] = field(default_factory=list)  # (event, network, label, date)
    participations: list[tuple[str, str, str, bool]] = field(default_factory=list)  # (participation, participant, event, participant is an organization)
    statements: int = 0
    entity_lines: str = ""  # N-Quads of the entity graph: the types and names of the entities it mentions
    # Its statements that another graph may state too, as "triple .\tgraph" lines (kg/quads.py): all but those
    # naming the article's own nodes (the article, its evidence and sentence nodes), which no other graph states.
    shareable: str = ""
    # The rest, as N-Quads lines: final as soon as they are written (no other graph states them), so the store's
    # loader may take them before the quads are settled (kg.build: the store fed early).
    own: str = ""


class _ArticleWriter:
    """Writes one article's facts as N-Triples statements and network parts (one walk, two outputs)."""

    def __init__(self, item: ArticleFacts, resolution: Resolution, copies: list[str]) -> None:
        self.item = item
        self.res = resolution
        self.copies = copies
        article = item.article
        self.article = str(article_iri(article.article_id))
        self.out = ArticleOutput(article.article_id, self.article, article.date, "")
        self.statements: set[str] = set()
        self.entity: set[str] = set()  # types and names of entities, which every article mentioning them repeats
        self.own = {iri(self.article)}  # the article and its evidence and sentence nodes: stated in its graph alone
        self.events_by_date: dict[str, str] = {}
        self.sentences: set[tuple[int, int]] = set()
        self.evidence_nodes: set[str] = set()
        self.evidence_iris: dict[tuple, str] = {}
        self.rules: set[str] = set()
        self.texts: dict[str, str] = {}

    def add(self, s: str, p: str, o: str) -> None:
        if p == TYPE:
            target = self.statements if s in self.own else self.entity
            target.add(f"{s} {p} {o}")
            for parent in superclasses(o):
                target.add(f"{s} {p} {parent}")
        else:
            self.statements.add(f"{s} {p} {o}")

    def relation(self, s: str, class_name: str) -> None:
        """The type of a relation node (a position, participation or chair term: a person or organization in a
        role, linked by its ck: and ORG properties), without its superclasses: org:Membership and prov:Association
        of every such node were 4.5 % of the quads, and `?m a/rdfs:subClassOf* org:Membership` answers the same
        from the ontology graph. Entities (people, organizations, events, documents, articles) keep theirs."""
        self.entity.add(f"{s} {TYPE} {ck(class_name)}")

    def record(self, s: str, p: str, o: str) -> None:
        """A statement of the article's record of where it read a fact (evidence, sentence nodes), with no
        superclass: prov:Entity of every evidence and sentence node was 8 % of the quads and no question
        asks for it (`?x a prov:Entity` still finds the articles and documents)."""
        self.statements.add(f"{s} {p} {o}")

    def label(self, s: str, text: str, predicate: str = LABEL) -> None:
        target = self.entity if predicate == LABEL and s not in self.own else self.statements
        for value in zh_labels(text):
            target.add(f"{s} {predicate} {value}")

    def node(self, part: NodePart) -> None:
        self.out.nodes.append(part)

    def edge(self, part: EdgePart) -> None:
        self.out.edges.append(part)

    def evidence(self, subject: str, fact: Fact) -> None:
        """The fact's evidence nodes (rule, confidence) linked to the sentence nodes they quote."""
        items = self.out.evidence.setdefault(subject, [])
        for ev in fact.evidence:
            # One evidence node per (sentence, rule, confidence), shared by every fact the rule read there.
            key = (ev.article_id, ev.start, ev.end, ev.rule, round(ev.confidence, 2))
            node = self.evidence_iris.get(key)
            if node is None:  # hashed once per article, however many facts share it
                node = self.evidence_iris[key] = iri(str(hashed_iri("evidence", *key)))
            self.add(iri(subject), ck("evidence"), node)
            if node not in self.evidence_nodes:
                self.evidence_nodes.add(node)
                self.own.add(node)
                sentence = sentence_iri(self.article, ev.start, ev.end)
                # No rdf:type ck:Evidence (6 % of the quads): ck:evidence's range says it, and an evidence node
                # is only ever reached through ck:evidence; SHACL targets the objects of ck:evidence. Its rule and
                # confidence are one node stated once for the corpus (7 % of the quads were the two, per node).
                self.record(node, ck("readBy"), self._rule(ev.rule, ev.confidence))
                self.record(node, ck("inSentence"), iri(sentence))
                self._sentence(sentence, ev)
            # One string object per sentence (pickled once to the main process, held once in the evidence index).
            text = self.texts.setdefault(ev.sentence, ev.sentence)
            items.append((ev.article_id, ev.start, ev.end, ev.rule, round(ev.confidence, 2), text))

    def _rule(self, rule: str, confidence: float) -> str:
        """The reading rule's node; its type, rule and confidence go to the entity graph (stated once)."""
        node = iri(str(rule_iri(rule, confidence)))
        if node not in self.rules:
            self.rules.add(node)
            self.entity.add(f"{node} {TYPE} {ck('ReadingRule')}")
            self.entity.add(f"{node} {ck('rule')} {literal(rule)}")
            self.entity.add(f"{node} {ck('confidence')} {decimal(confidence)}")
        return node

    def _sentence(self, node: str, ev: Evidence) -> None:
        """The sentence's text. No rdf:type (SHACL targets the objects of ck:inSentence) and no ck:inArticle:
        the article is the named graph the sentence is stated in (4 % of the quads were the two). Its offsets
        are in its IRI (ARTICLE/sentence/START-END, see sentence_iri), not two more statements (5 % of the quads)."""
        if (ev.start, ev.end) in self.sentences:
            return
        self.sentences.add((ev.start, ev.end))
        s = iri(node)
        self.own.add(s)
        self.record(s, ck("sentence"), literal(ev.sentence))

    def person(self, name: str) -> str:
        return str(self.res.person(self.item.article.article_id, name))

    def org(self, name: str) -> str:
        return str(self.res.org(name))

    def network(self, name: str, fact: str) -> str:
        node = str(named_iri("network", name))
        self.add(iri(node), TYPE, ck("Network"))
        self.label(iri(node), name)
        self.node(NodePart(node, "network", name, "network", fact=fact))
        return node

    def write(self) -> ArticleOutput:
        a = self.item.article
        s = iri(self.article)
        self.add(s, TYPE, ck("Article"))
        self.label(s, a.title, f"<{DCTERMS_NS}title>")
        if a.date:
            self.add(s, f"<{DCTERMS_NS}date>", date_literal(a.date))
        if a.publisher:
            self.add(s, ck("publisher"), literal(a.publisher))
        if a.url:
            self.add(s, f"<{SCHEMA_NS}url>", literal(a.url, datatype=f"{XSD_NS}anyURI"))
        for source_file in [a.source_file] + self.copies:
            self.add(s, ck("sourceFile"), literal(source_file))
        self.add(s, ck("contentHash"), literal(a.content_hash))
        self.out.info = {"iri": self.article, "title": a.title, "date": a.date, "url": a.url, "publisher": a.publisher, "source_file": a.source_file}
        for fact in in_kind_order(self.item.facts):
            writer = getattr(self, f"_{fact.kind}", None)
            if writer is not None:
                writer(fact)
        graph = iri(self.article)
        ordered = sorted(self.statements)
        self.out.nquads = "".join(f"{statement} {graph} .\n" for statement in ordered)
        self.out.statements = len(self.statements)
        evidence = ck("evidence")  # its object is an evidence node of this article
        own, shareable = [], []
        for statement in ordered:
            parts = statement.split(" ", 2)
            if parts[0] in self.own or parts[1] == evidence:
                own.append(f"{statement} {graph} .\n")
            else:
                shareable.append(f"{statement} .\t{graph}\n")
        self.out.own = "".join(own)
        self.out.shareable = "".join(shareable)
        entities = iri(ENTITY_GRAPH)
        self.out.entity_lines = "".join(f"{statement} {entities} .\n" for statement in sorted(self.entity))
        return self.out

    def _organization(self, fact: Fact) -> None:
        f = fact.fields
        node = self.org(f["name"])
        s = iri(node)
        self.add(s, TYPE, ck_class(f.get("type", ""), "Organization"))
        self.add(s, TYPE, ck("Organization"))
        self.label(s, f["name"])
        for alias in f.get("aliases") or []:
            self.label(s, alias, ck("alias"))
        if f.get("region"):
            self.add(s, ck("region"), literal(f["region"]))
        self.node(NodePart(node, "organization", f["name"], f.get("type", ""), f.get("region", ""), tuple(f.get("aliases") or ()), fact=node))
        parent = f.get("parent") or self.res.parents.get(f["name"])
        if parent:
            parent_node = self.org(parent)
            self.add(s, ck("parentOrganization"), iri(parent_node))
            self.add(iri(parent_node), TYPE, ck("Organization"))
            self.label(iri(parent_node), parent)
            self.node(NodePart(parent_node, "organization", parent, fact=node))
            self.edge(EdgePart(node, parent_node, "sub_unit", node))
        self.evidence(node, fact)

    def _person(self, fact: Fact) -> None:
        name = fact.fields["name"]
        node = self.person(name)
        s = iri(node)
        self.add(s, TYPE, ck("Person"))
        # No foaf:name (2 % of the quads): it repeated rdfs:label, the name every entity is read by.
        self.label(s, name)
        self.node(NodePart(node, "person", name, "person", fact=node))
        self.evidence(node, fact)

    def _position(self, fact: Fact) -> None:
        f = fact.fields
        person, org = self.person(f["person"]), self.org(f["organization"])
        role = str(named_iri("role", f["role"]))
        node = position_iri(person, f["role"], org)
        s = iri(node)
        status = f.get("status", "current")
        since, until = str(f.get("since", "") or ""), str(f.get("until", "") or "")
        self.add(iri(role), TYPE, ck("Role"))
        self.label(iri(role), f["role"])
        # The post itself (org:Post): this role in this organization, whoever holds it.
        post = iri(str(hashed_iri("post", org, f["role"])))
        self.add(post, TYPE, f"<{ORG_NS}Post>")
        self.add(post, f"<{ORG_NS}postIn>", iri(org))
        self.add(post, f"<{ORG_NS}role>", iri(role))
        self.label(post, f"{f['organization']}{f['role']}")
        self.add(iri(person), f"<{ORG_NS}holds>", post)
        self.relation(s, "Position")
        self.add(s, f"<{ORG_NS}member>", iri(person))
        self.add(s, f"<{ORG_NS}organization>", iri(org))
        self.add(s, f"<{ORG_NS}role>", iri(role))
        # No ck:post (2 % of the quads): the position's post is the org:Post with its org:organization and org:role,
        # `?post org:postIn ?org ; org:role ?role` (no library query, shape or view read the link).
        # No rdfs:label (2 % of the quads): a relation node, like a participation, is read through its person,
        # organization and role, each labelled (the library's queries never read a position's label).
        # What this article says; the one corpus-wide ck:status is in the derived graph.
        self.add(s, ck("statedStatus"), literal(status))
        self.node(NodePart(person, "person", f["person"], "person", fact=node))
        self.node(NodePart(org, "organization", f["organization"], fact=node))
        self.edge(EdgePart(person, org, "position", node, f["role"], status, str(f.get("since", "") or ""), str(f.get("until", "") or "")))
        self.out.positions.append((node, person, org, f["role"], status, since, until))
        self.evidence(node, fact)

    def _event(self, fact: Fact) -> None:
        f = fact.fields
        node = event_iri(f)
        s = iri(node)
        self.events_by_date.setdefault(f["date"], node)
        self.add(s, TYPE, ck_class(f.get("type", ""), "Event"))
        self.add(s, TYPE, ck("Event"))
        self.label(s, f["name"])
        self.add(s, ck("date"), date_literal(f["date"]))
        if f.get("place"):
            self.label(s, f["place"], ck("place"))
        network = ""
        if self.res.network(f.get("network", "")):
            network = self.network(self.res.network(f["network"]), node)
            self.add(s, ck("partOfNetwork"), iri(network))
            self.edge(EdgePart(node, network, "network_event", node, start=f["date"], end=f["date"]))
            self.out.network_events.append((node, network, f["name"], f["date"]))
        self.node(NodePart(node, "event", f["name"], f.get("type", ""), network=network, date=f["date"], place=f.get("place", ""), fact=node))
        self.evidence(node, fact)

    def _event_for(self, date: str, name: str, fact: Fact) -> str:
        """The named event, or the article's event of that date (an unnamed one if it names none,
        labelled by its date and resting on the evidence of the fact that mentions it)."""
        if name:
            return event_iri({"date": date, "name": name})
        if date not in self.events_by_date:
            node = event_iri({"date": date, "name": ""})
            self.add(iri(node), TYPE, ck("Event"))
            self.add(iri(node), ck("date"), date_literal(date))
            self.label(iri(node), unnamed_event_label(date))
            self.events_by_date[date] = node
        node = self.events_by_date[date]
        if node == event_iri({"date": date, "name": ""}):
            self.evidence(node, fact)
        return node

    def _event_mention(self, event: str, name: str, date: str, fact: str) -> None:
        self.node(NodePart(event, "event", name or unnamed_event_label(date), "" if name else "event", date=date, fact=fact))

    def _participation(self, fact: Fact) -> None:
        f = fact.fields
        who = self.person(f["person"]) if f.get("person") else self.org(f["organization"])
        event = self._event_for(f["event_date"], f.get("event", ""), fact)
        node = str(hashed_iri("participation", who, event, f["role"]))
        role, role_label = participation_role(f["role"])
        s = iri(node)
        self.relation(s, "Participation")
        self.add(s, ck("participant"), iri(who))
        self.add(s, ck("inEvent"), iri(event))
        self.add(s, ck("participationRole"), role)
        self.out.participations.append((node, who, event, not f.get("person")))
        if f.get("person"):
            self.node(NodePart(who, "person", f["person"], "person", fact=node))
        else:
            self.node(NodePart(who, "organization", f["organization"], fact=node))
        self._event_mention(event, f.get("event", ""), f["event_date"], node)
        self.edge(EdgePart(who, event, "participation", node, role_label, "", f["event_date"], f["event_date"]))
        self.evidence(node, fact)

    def _chair_term(self, fact: Fact) -> None:
        f = fact.fields
        year = str(f["year"])
        network_name = self.res.network_for(f.get("network", ""), f["organization"])
        org = self.org(f["organization"])
        # A term whose network is unknown is its organization's term of that year, of no network.
        node = chair_term_iri(network_name, year) if network_name else chair_term_iri(self.res.org_key(f["organization"]), year)
        network = self.network(network_name, node) if network_name else ""
        s = iri(node)
        label = f"{year} {network_name} 轮值主席 {f['organization']}".replace("  ", " ")
        self.relation(s, "ChairTerm")
        if network:
            self.add(s, ck("termOf"), iri(network))
            self.add(iri(org), ck("memberOfNetwork"), iri(network))
        self.add(s, ck("chairOrganization"), iri(org))
        self.add(s, ck("termYear"), literal(year, datatype=f"{XSD_NS}gYear"))
        self.label(s, label)
        self.node(NodePart(node, "chair_term", label, "chair_term", network=network, year=year, fact=node))
        self.node(NodePart(org, "organization", f["organization"], network=network if network_name else "", fact=node))
        self.edge(EdgePart(org, node, "chair_term", node, "轮值主席", "", year, year))
        if network_name:
            self.edge(EdgePart(org, network, "network_member", node, start=year, end=year))
            self.out.chair_terms.append((network, year, node))
        if f.get("person") and self.res.is_chair_person(network_name, year, self.item.article.article_id, f["person"]):
            person = self.person(f["person"])
            self.add(s, ck("chairPerson"), iri(person))
            self.node(NodePart(person, "person", f["person"], "person", fact=node))
            self.edge(EdgePart(person, node, "chair_person", node, "轮值主席", "", year, year))
        self.evidence(node, fact)

    def _document(self, fact: Fact) -> None:
        f = fact.fields
        node = str(named_iri("document", f["title"]))
        s = iri(node)
        self.add(s, TYPE, ck_class(f.get("type", ""), "Document"))
        self.add(s, TYPE, ck("Document"))
        self.label(s, f["title"])
        self.node(NodePart(node, "document", f["title"], f.get("type", ""), fact=node))
        if f.get("author"):
            person = self.person(f["author"])
            self.add(s, ck("presentedBy"), iri(person))
            self.node(NodePart(person, "person", f["author"], "person", fact=node))
            self.edge(EdgePart(person, node, "presented", node))
        if f.get("event_date"):
            event = self._event_for(f["event_date"], "", fact)
            self.add(s, ck("presentedAt"), iri(event))
            self._event_mention(event, "", f["event_date"], node)
            self.edge(EdgePart(node, event, "presented_at", node, start=f["event_date"], end=f["event_date"]))
        self.evidence(node, fact)


def article_output(item: ArticleFacts, resolution: Resolution, duplicates: dict[str, list[str]] | None = None) -> ArticleOutput:
    """One article's named graph (sorted N-Quads text), network parts and evidence."""
    # Copies are recorded by file name, like Article.source_file: no machine paths in the exports.
    copies = sorted(Path(place).name for place in (duplicates or {}).get(item.article.article_id, []))
    return _ArticleWriter(item, resolution, copies).write()


def basis_graph(articles: Iterable[str]) -> str:
    """The graph of the derived statements resting on exactly these articles (their basis)."""
    return f"{BASIS_GRAPHS}{digest(*sorted(articles))}"


# Statements of a derived graph yielded at once: <id/graph/derived> holds every basis's derivation (12,344 lines at
# 2,000 articles, some 125,000 at 20,000). A piece is held some five times over while it is written (its lines, their
# text, the text keyed for settling, both encoded: QuadWriter.add), so 100,000 lines of ~230 bytes were the build
# process's +69 MiB in the derived graphs' stage at 20,000 articles (stop 38: 491 -> 560 MiB); 8,192 hold ~10 MB.
DERIVED_PIECE = 8192


def derived_nquads(derived: Derived, folder: Path) -> Iterator[tuple[str, str, int]]:
    """The derived graphs as (graph, sorted N-Quads text, statement count), in graph order, one at a time.

    Provenance is by named graph: a derived statement is stated once, in the graph of its
    basis (the articles it rests on, <id/graph/basis/HASH>), and <id/graph/derived>
    says once per basis which articles it was derived from (prov:wasDerivedFrom). That is
    one quad per statement plus one per article of each basis, where a reified
    rdf:Statement per statement cost four to six. Statements that rest on no article
    (the tenure a text gives) are in <id/graph/derived> itself; homonym links and owl:sameAs rest on
    the articles of the people they split. A build does not hold a Derived: the deriver writes
    its statements to a DerivedLines as it finds them (kg.derive.Deriver.result).
    """
    lines = DerivedLines(folder)
    sources = derived.sources
    for earlier, later in derived.next_terms:
        lines.put("next_terms", (earlier, later), sources.get((earlier, "nextTerm", later)))
    for position, (first, last) in derived.position_spans.items():
        lines.put("position_spans", (position, first, last, derived.attested_years.get(position, ())), sources.get((position, "span")))
    for position, (since, until) in derived.position_dates.items():
        lines.put("position_dates", (position, since, until), None)
    for position, status in derived.statuses.items():
        lines.put("statuses", (position, status), sources.get((position, "status")))
    for a, b in derived.homonyms:
        lines.put("homonyms", (a, b), sources.get((a, "possibleHomonym", b)))
    for person, alias in derived.same_as:
        lines.put("same_as", (person, alias), sources.get((person, "sameAs", alias)))
    for term, event in derived.handovers:
        lines.put("handovers", (term, event), sources.get((term, "handoverEvent", event)))
    for after, before, role in derived.successors:
        lines.put("successors", (after, before, role), sources.get((after, "successorOf", before)))
    for person, position in derived.concurrent_posts:
        lines.put("concurrent_posts", (person, position), sources.get((person, "concurrentPost", position)))
    for org, event in derived.took_part_in:
        lines.put("took_part_in", (org, event), sources.get((org, "tookPartIn", event)))
    for participation, org in derived.on_behalf_of:
        lines.put("on_behalf_of", (participation, org), sources.get((participation, "onBehalfOf", org)))
    for row in derived.co_participations:
        lines.put("co_participations", row, sources.get((row[0], "coParticipation")))
    yield from lines.graphs()


KEPT_GRAPHS = 32768  # bases a DerivedLines remembers (see DerivedLines._graphs)
LINES_WRITTEN = 4096  # lines a DerivedLines keeps before writing them (see DerivedLines._write)


class DerivedLines:
    """The derived statements as they are found, in a file of folder, sorted there by GNU sort at the end.

    The statements wait on disk (bounded memory): held as one set per graph they were the build
    process's peak at 10,000 articles, and the lists of articles every derived statement rests on
    (Derived.sources), held until the derived graphs were written, were gigabytes at 100,000 articles.
    Each line is "<graph>\tstatement"; the sorted lines are the same whatever order they came in.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / "derived.txt"
        self._file = self.path.open("w", encoding="utf-8", newline="\n")
        # the articles (sorted) -> their basis graph, written so far (its prov:wasDerivedFrom with the first statement):
        # most derived facts rest on one article (87 % at 2,000 articles), and each hashed its basis's IRI anew.
        # At most KEPT_GRAPHS (emptied when full: some 1.3 KB an article held to derive's end, 2,000 articles): a
        # basis met again after is hashed and its wasDerivedFrom lines written again, which the sort drops (-u).
        self._graphs: dict[tuple[str, ...], str] = {}
        # Lines waiting to be written, written LINES_WRITTEN at a time (one write a line was a fifth of put's CPU),
        # and the predicates in N-Triples form, made once (put made the seven of the last branch each time:
        # a vocabulary lookup and an rdflib term each, 6,000 articles).
        self._waiting: list[str] = []
        self._predicates = {kind: ck(name) for kind, name in (
            ("homonyms", "possibleHomonym"), ("handovers", "handoverEvent"), ("successors", "successorOf"),
            ("concurrent_posts", "concurrentPost"), ("took_part_in", "tookPartIn"), ("on_behalf_of", "onBehalfOf"),
            ("previous_term", "previousTerm"), ("next_term", "nextTerm"), ("first_attested", "firstAttested"),
            ("last_attested", "lastAttested"), ("attested_year", "attestedYear"), ("status", "status"),
            ("first_organization", "firstOrganization"), ("second_organization", "secondOrganization"),
            ("year", "year"), ("shared_events", "sharedEvents"))}
        self._predicates["same_as"] = f"<{OWL_NS}sameAs>"

    def _write(self, graph: str, statement: str) -> None:
        # sorted by bytes in the C locale, the lines group by graph in the order of its IRI
        # (no IRI holds > or a tab), each graph's statements in code point order, as sorted() gives them
        waiting = self._waiting
        waiting.append(f"<{graph}>\t{statement}\n")
        if len(waiting) >= LINES_WRITTEN:
            self._flush()

    def _flush(self) -> None:
        self._file.writelines(self._waiting)
        self._waiting.clear()

    def _graph(self, articles: Any) -> str:
        """The graph of statements resting on these articles (none: <id/graph/derived>)."""
        if not articles:
            return DERIVED_GRAPH
        key = tuple(sorted(articles))
        graph = self._graphs.get(key)
        if graph is None:
            if len(self._graphs) >= KEPT_GRAPHS:
                self._graphs.clear()
            graph = self._graphs[key] = basis_graph(key)
            for article in key:
                self._write(DERIVED_GRAPH, f"<{graph}> <{PROV_NS}wasDerivedFrom> {iri(article)}")
        return graph

    def put(self, kind: str, row: tuple, articles: Any) -> None:
        """The statements of one derived fact (kind: a list or table of Derived; row: its entry) resting on articles."""
        graph = self._graph(articles)
        write = self._write
        predicate = self._predicates
        if kind == "next_terms":
            earlier, later = row
            write(graph, f"<{later}> {predicate['previous_term']} <{earlier}>")
            write(graph, f"<{earlier}> {predicate['next_term']} <{later}>")
        elif kind == "position_spans":
            # The dates of the first and last article that state the post as current (attestation, not tenure).
            position, first, last, years = row
            write(graph, f"<{position}> {predicate['first_attested']} {date_literal(first)}")
            write(graph, f"<{position}> {predicate['last_attested']} {date_literal(last)}")
            attested = predicate["attested_year"]
            for year in years:
                write(graph, f"<{position}> {attested} {literal(year, datatype=f'{XSD_NS}gYear')}")
        elif kind == "position_dates":
            # Tenure only where the text gives it (自…起, 任期至…).
            position, since, until = row
            interval = f"{position}/interval"
            write(graph, f"<{position}> <{ORG_NS}memberDuring> {iri(interval)}")
            write(graph, f"<{interval}> {TYPE} <{TIME_NS}Interval>")
            for edge, suffix, date in ((f"<{TIME_NS}hasBeginning>", "begin", since), (f"<{TIME_NS}hasEnd>", "end", until)):
                if not date:
                    continue
                instant = f"{interval}/{suffix}"
                write(graph, f"<{interval}> {edge} {iri(instant)}")
                write(graph, f"<{instant}> {TYPE} <{TIME_NS}Instant>")
                precision = {10: "inXSDDate", 7: "inXSDgYearMonth"}.get(len(date), "inXSDgYear")
                write(graph, f"<{instant}> <{TIME_NS}{precision}> {date_literal(date)}")
        elif kind == "statuses":
            position, status = row
            write(graph, f"<{position}> {predicate['status']} {literal(status)}")
        elif kind == "co_participations":
            # No rdf:type ck:CoParticipation (1 % of the quads): ck:firstOrganization's domain says it, and the node
            # is only ever reached through its four properties (queries/co-participation.rq).
            node, first, second, year, count = row
            write(graph, f"<{node}> {predicate['first_organization']} <{first}>")
            write(graph, f"<{node}> {predicate['second_organization']} <{second}>")
            write(graph, f"<{node}> {predicate['year']} {literal(year, datatype=f'{XSD_NS}gYear')}")
            write(graph, f"<{node}> {predicate['shared_events']} {literal(count, datatype=f'{XSD_NS}integer')}")
        else:
            write(graph, f"<{row[0]}> {predicate[kind]} <{row[1]}>")

    def graphs(self) -> Iterator[tuple[str, str, int]]:
        """The derived graphs as (graph, sorted N-Quads text, statement count), in graph order, one piece at a time."""
        self._flush()
        self._file.close()
        self._graphs = {}
        spilled, folder = self.path, self.folder
        ordered = spilled.with_suffix(".sorted")
        sort_unique(spilled, ordered, folder)
        spilled.unlink()
        try:
            with ordered.open("r", encoding="utf-8", newline="\n") as sorted_lines:
                name, statements = "", []
                for line in sorted_lines:
                    graph, _, statement = line.partition("\t")
                    if graph != name:
                        if statements:
                            yield name[1:-1], "".join(statements), len(statements)
                        name, statements = graph, []
                    statements.append(f"{statement[:-1]} {graph} .\n")
                    if len(statements) == DERIVED_PIECE:  # a big graph in consecutive pieces (QuadWriter joins them)
                        text, statements = "".join(statements), []  # the lines let go before the text is written
                        yield name[1:-1], text, DERIVED_PIECE
                        del text
                if statements:
                    yield name[1:-1], "".join(statements), len(statements)
        finally:
            ordered.unlink()
