"""The RDF dataset: one named graph per article with its facts and their evidence, plus a derived graph.

Facts an article states live in the graph named by the article's IRI, each
linked (ck:evidence) to the sentence and offsets it came from. What only the
whole corpus shows (the order of chair terms, the span of a position over
years, successors) lives in the graph <id/graph/derived>.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF

from .ids import article_iri, hashed_iri, named_iri
from .model import ArticleFacts, Evidence, Fact, in_kind_order
from .resolve import Resolution
from .vocab import ID, ORG, PREFIXES, SCHEMA, TIME, vocabulary

DERIVED_GRAPH = URIRef(f"{ID}graph/derived")
SINGLE_HOLDER_ROLES = ("会长", "理事长", "秘书长", "监事长", "院长", "局长", "厅长")


def _date_literal(value: str) -> Literal:
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value), XSD.string)
    return Literal(value, datatype=datatype)


def event_iri(fields: dict) -> URIRef:
    return named_iri("event", f"{fields.get('date', '')}-{fields.get('name', '')}")


class _ArticleGraph:
    """Writes one article's facts into its named graph."""

    def __init__(self, graph: Graph, item: ArticleFacts, resolution: Resolution, copies: list[str]) -> None:
        self.g = graph
        self.copies = copies
        self.item = item
        self.res = resolution
        self.v = vocabulary()
        self.article = article_iri(item.article.article_id)
        self.events_by_date: dict[str, URIRef] = {}

    def ck(self, name: str) -> URIRef:
        return self.v.term(name)

    def evidence(self, subject: URIRef, fact: Fact) -> None:
        for ev in fact.evidence:
            node = hashed_iri("evidence", ev.article_id, ev.start, ev.end, ev.rule, fact.key())
            self.g.add((subject, self.ck("evidence"), node))
            self._evidence_node(node, ev)

    def _evidence_node(self, node: URIRef, ev: Evidence) -> None:
        g, ck = self.g, self.ck
        g.add((node, RDF.type, ck("Evidence")))
        g.add((node, ck("sentence"), Literal(ev.sentence)))
        g.add((node, ck("startOffset"), Literal(ev.start)))
        g.add((node, ck("endOffset"), Literal(ev.end)))
        g.add((node, ck("rule"), Literal(ev.rule)))
        g.add((node, ck("confidence"), Literal(round(ev.confidence, 2), datatype=XSD.decimal)))
        g.add((node, ck("inArticle"), self.article))

    def person(self, name: str) -> URIRef:
        return self.res.person(self.item.article.article_id, name)

    def network(self, name: str) -> URIRef:
        iri = named_iri("network", name)
        self.g.add((iri, RDF.type, self.ck("Network")))
        self.g.add((iri, RDFS.label, Literal(name, lang="zh")))
        return iri

    def write(self) -> None:
        a, g, ck = self.item.article, self.g, self.ck
        g.add((self.article, RDF.type, ck("Article")))
        g.add((self.article, DCTERMS.title, Literal(a.title, lang="zh")))
        if a.date:
            g.add((self.article, DCTERMS.date, _date_literal(a.date)))
        if a.publisher:
            g.add((self.article, ck("publisher"), Literal(a.publisher)))
        if a.url:
            g.add((self.article, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
        for source_file in [a.source_file] + self.copies:
            g.add((self.article, ck("sourceFile"), Literal(source_file)))
        g.add((self.article, ck("contentHash"), Literal(a.content_hash)))
        for fact in in_kind_order(self.item.facts):
            writer = getattr(self, f"_{fact.kind}", None)
            if writer is not None:
                writer(fact)

    def _organization(self, fact: Fact) -> None:
        f, g = fact.fields, self.g
        iri = self.res.org(f["name"])
        g.add((iri, RDF.type, self.v.class_for_type(f.get("type", ""), "Organization")))
        g.add((iri, RDF.type, self.ck("Organization")))
        g.add((iri, RDFS.label, Literal(f["name"], lang="zh")))
        for alias in f.get("aliases") or []:
            g.add((iri, self.ck("alias"), Literal(alias, lang="zh")))
        if f.get("region"):
            g.add((iri, self.ck("region"), Literal(f["region"])))
        parent = f.get("parent") or self.res.parents.get(f["name"])
        if parent:
            parent_iri = self.res.org(parent)
            g.add((iri, self.ck("parentOrganization"), parent_iri))
            g.add((parent_iri, RDF.type, self.ck("Organization")))
            g.add((parent_iri, RDFS.label, Literal(parent, lang="zh")))
        self.evidence(iri, fact)

    def _person(self, fact: Fact) -> None:
        iri = self.person(fact.fields["name"])
        self.g.add((iri, RDF.type, self.ck("Person")))
        self.g.add((iri, RDFS.label, Literal(fact.fields["name"], lang="zh")))
        self.g.add((iri, FOAF.name, Literal(fact.fields["name"], lang="zh")))
        self.evidence(iri, fact)

    def _position(self, fact: Fact) -> None:
        f, g = fact.fields, self.g
        person, org = self.person(f["person"]), self.res.org(f["organization"])
        role = named_iri("role", f["role"])
        iri = position_iri(person, f["role"], org)
        g.add((role, RDF.type, self.ck("Role")))
        g.add((role, RDFS.label, Literal(f["role"], lang="zh")))
        g.add((iri, RDF.type, self.ck("Position")))
        g.add((iri, ORG.member, person))
        g.add((iri, ORG.organization, org))
        g.add((iri, ORG.role, role))
        g.add((iri, RDFS.label, Literal(f"{f['person']} {f['organization']}{f['role']}", lang="zh")))
        g.add((iri, self.ck("status"), Literal(f.get("status", "current"))))
        self.evidence(iri, fact)

    def _event(self, fact: Fact) -> None:
        f, g = fact.fields, self.g
        iri = event_iri(f)
        self.events_by_date.setdefault(f["date"], iri)
        g.add((iri, RDF.type, self.v.class_for_type(f.get("type", ""), "Event")))
        g.add((iri, RDF.type, self.ck("Event")))
        g.add((iri, RDFS.label, Literal(f["name"], lang="zh")))
        g.add((iri, self.ck("date"), _date_literal(f["date"])))
        if f.get("place"):
            g.add((iri, self.ck("place"), Literal(f["place"], lang="zh")))
        if f.get("network"):
            g.add((iri, self.ck("partOfNetwork"), self.network(f["network"])))
        self.evidence(iri, fact)

    def _event_for(self, date: str, name: str) -> URIRef:
        if name:
            return event_iri({"date": date, "name": name})
        if date not in self.events_by_date:
            iri = event_iri({"date": date, "name": ""})
            self.g.add((iri, RDF.type, self.ck("Event")))
            self.g.add((iri, self.ck("date"), _date_literal(date)))
            self.g.add((iri, RDFS.label, Literal(f"{date} 活动", lang="zh")))
            self.events_by_date[date] = iri
        return self.events_by_date[date]

    def _participation(self, fact: Fact) -> None:
        f, g = fact.fields, self.g
        who = self.person(f["person"]) if f.get("person") else self.res.org(f["organization"])
        event = self._event_for(f["event_date"], f.get("event", ""))
        iri = hashed_iri("participation", who, event, f["role"])
        g.add((iri, RDF.type, self.ck("Participation")))
        g.add((iri, self.ck("participant"), who))
        g.add((iri, self.ck("inEvent"), event))
        g.add((iri, self.ck("participationRole"), self.v.participation_role(f["role"])))
        self.evidence(iri, fact)

    def _chair_term(self, fact: Fact) -> None:
        f, g = fact.fields, self.g
        network_name = self.res.network_for(f.get("network", ""), f["organization"])
        network = self.network(network_name) if network_name else named_iri("network", "")
        iri = chair_term_iri(network_name, str(f["year"]))
        org = self.res.org(f["organization"])
        g.add((iri, RDF.type, self.ck("ChairTerm")))
        g.add((iri, self.ck("termOf"), network))
        g.add((iri, self.ck("chairOrganization"), org))
        g.add((iri, self.ck("termYear"), Literal(str(f["year"]), datatype=XSD.gYear)))
        g.add((iri, RDFS.label, Literal(f"{f['year']} {f.get('network', '')} 轮值主席 {f['organization']}", lang="zh")))
        g.add((org, self.ck("memberOfNetwork"), network))
        if f.get("person"):
            g.add((iri, self.ck("chairPerson"), self.person(f["person"])))
        self.evidence(iri, fact)

    def _document(self, fact: Fact) -> None:
        f, g = fact.fields, self.g
        iri = named_iri("document", f["title"])
        g.add((iri, RDF.type, self.v.class_for_type(f.get("type", ""), "Document")))
        g.add((iri, RDF.type, self.ck("Document")))
        g.add((iri, RDFS.label, Literal(f["title"], lang="zh")))
        if f.get("author"):
            g.add((iri, self.ck("presentedBy"), self.person(f["author"])))
        if f.get("event_date"):
            g.add((iri, self.ck("presentedAt"), self._event_for(f["event_date"], "")))
        self.evidence(iri, fact)


def position_iri(person: URIRef, role: str, org: URIRef) -> URIRef:
    return hashed_iri("position", person, role, org)


def chair_term_iri(network: str, year: str) -> URIRef:
    return named_iri("chairterm", f"{network}-{year}")


def build_dataset(corpus: list[ArticleFacts], resolution: Resolution, duplicates: dict[str, list[str]] | None = None) -> Dataset:
    """The whole corpus as an RDF dataset with one named graph per article (copies recorded as sources)."""
    dataset = Dataset(default_union=True)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    dataset.bind("foaf", FOAF)
    dataset.bind("dcterms", DCTERMS)
    dataset.bind("id", ID)
    for item in sorted(corpus, key=lambda i: i.article.article_id):
        graph = dataset.graph(article_iri(item.article.article_id))
        # Copies are recorded by file name, like Article.source_file: no machine paths in the exports.
        copies = sorted(Path(place).name for place in (duplicates or {}).get(item.article.article_id, []))
        _ArticleGraph(graph, item, resolution, copies).write()
    _derive(dataset, corpus, resolution)
    return dataset


def _derive(dataset: Dataset, corpus: list[ArticleFacts], resolution: Resolution) -> None:
    """Chair-term succession, position intervals over the evidence years, successors."""
    v = vocabulary()
    g = dataset.graph(DERIVED_GRAPH)
    terms: dict[str, dict[str, URIRef]] = defaultdict(dict)
    spans: dict[URIRef, list[str]] = defaultdict(list)
    holders: dict[tuple[URIRef, str], dict[URIRef, list[str]]] = defaultdict(lambda: defaultdict(list))
    for item in corpus:
        date = item.article.date
        for fact in item.facts:
            f = fact.fields
            network = resolution.network_for(f.get("network", ""), f.get("organization", "")) if fact.kind == "chair_term" else ""
            if network:
                terms[network][str(f["year"])] = chair_term_iri(network, str(f["year"]))
            if fact.kind == "position" and date:
                person = resolution.person(item.article.article_id, f["person"])
                org = resolution.org(f["organization"])
                iri = position_iri(person, f["role"], org)
                spans[iri].append(date)
                if f["role"] in SINGLE_HOLDER_ROLES and f.get("status", "current") == "current":
                    holders[(org, f["role"])][iri].append(date)
    for network, by_year in terms.items():
        years = sorted(by_year)
        for earlier, later in zip(years, years[1:]):
            g.add((by_year[later], v.term("previousTerm"), by_year[earlier]))
            g.add((by_year[earlier], v.term("nextTerm"), by_year[later]))
    for iri, dates in sorted(spans.items()):
        interval = URIRef(f"{iri}/interval")
        g.add((iri, ORG.memberDuring, interval))
        g.add((interval, RDF.type, TIME.Interval))
        for edge, date in ((TIME.hasBeginning, min(dates)), (TIME.hasEnd, max(dates))):
            instant = URIRef(f"{interval}/{'begin' if edge == TIME.hasBeginning else 'end'}")
            g.add((interval, edge, instant))
            g.add((instant, RDF.type, TIME.Instant))
            g.add((instant, TIME.inXSDDate if len(date) == 10 else TIME.inXSDgYearMonth, _date_literal(date)))
    for name, people in sorted(resolution.homonyms.items()):
        for a in people:
            for b in people:
                if a != b:
                    g.add((a, v.term("possibleHomonym"), b))
    _link_handovers(dataset, g, terms)
    for (_, _), by_position in sorted(holders.items()):
        ordered = sorted(by_position, key=lambda p: min(by_position[p]))
        for before, after in zip(ordered, ordered[1:]):
            if min(by_position[after]) > max(by_position[before]):
                g.add((after, v.term("successorOf"), before))


def _link_handovers(dataset: Dataset, derived: Graph, terms: dict[str, dict[str, URIRef]]) -> None:
    """A handover ceremony (交接, 授旗) of a network links the term it ends and the term it starts."""
    v = vocabulary()
    network_names = {named_iri("network", name): name for name in terms}
    for event, network in sorted(set(dataset.subject_objects(v.term("partOfNetwork")))):
        label = str(next(dataset.objects(event, RDFS.label), ""))
        if network not in network_names or not any(word in label for word in ("交接", "授旗")):
            continue
        date = str(next(dataset.objects(event, v.term("date")), ""))
        by_year = terms[network_names[network]]
        year = date[:4]
        previous = max((y for y in by_year if y < year), default=None)
        for term_year in (year, previous):
            if term_year in by_year:
                derived.add((by_year[term_year], v.term("handoverEvent"), event))
