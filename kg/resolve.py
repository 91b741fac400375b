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

from collections import defaultdict
from dataclasses import dataclass, field

from urllib.parse import unquote

from rdflib import URIRef

from .curate import Curation
from .ids import named_iri, normalize_key
from .model import ArticleFacts


@dataclass
class Resolution:
    org_iri: dict[str, URIRef] = field(default_factory=dict)
    person_iri: dict[tuple[str, str], URIRef] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)
    homonyms: dict[str, list[URIRef]] = field(default_factory=dict)
    chair_networks: dict[str, set[str]] = field(default_factory=dict)

    def network_for(self, network: str, org: str) -> str:
        """A chair term whose article names no network belongs to the one network its organization chairs."""
        if network:
            return network
        candidates = self.chair_networks.get(org) or set().union(*self.chair_networks.values()) if self.chair_networks else set()
        return next(iter(candidates)) if len(candidates) == 1 else ""

    def person(self, article_id: str, name: str) -> URIRef:
        return self.person_iri.get((article_id, name)) or named_iri("person", name)

    def org(self, name: str) -> URIRef:
        return self.org_iri.get(name) or named_iri("org", name)

    def org_key(self, name: str) -> str:
        """The key of the organization a name resolves to (former names and aliases included)."""
        return unquote(str(self.org(name)).rsplit("/", 1)[-1])


def _family(org: str, parents: dict[str, str]) -> set[str]:
    """An organization with its parents: a sub-unit's people belong to the parent too."""
    family = {org}
    while org in parents and parents[org] not in family:
        org = parents[org]
        family.add(org)
    return family


def _aliases_across_articles(corpus: list[ArticleFacts], result: Resolution) -> None:
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
    names = sorted(result.org_iri, key=len, reverse=True)
    for name in names:
        if name in result.parents:
            continue
        parent = next((other for other in names if len(other) >= 4 and len(other) < len(name) and name.startswith(other)), None)
        if parent:
            result.parents[name] = parent


def _tail(key: str) -> str:
    """An entity key from a full IRI or its last segment, as review prints them."""
    return normalize_key(unquote(key.rsplit("/", 1)[-1]))


def resolve(corpus: list[ArticleFacts], curation: Curation | None = None) -> Resolution:
    """IRIs for every organization and person mention of the corpus, independent of corpus order."""
    curation = curation or Curation()
    result = Resolution()
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
    for item in corpus:
        for fact in item.facts:
            if fact.kind == "chair_term" and fact.fields.get("network"):
                result.chair_networks.setdefault(fact.fields["organization"], set()).add(fact.fields["network"])
    posts: dict[str, dict[str, set[str]]] = defaultdict(dict)  # name -> article -> org keys of their posts
    context: dict[str, set[str]] = defaultdict(set)  # article -> every org key it names
    for item in corpus:
        article = item.article.article_id
        for fact in item.facts:
            if fact.kind == "organization":
                context[article] |= {result.org_key(o) for o in _family(fact.fields["name"], result.parents)}
            if fact.kind == "person" and (fact.fields["name"], article) not in curation.splits:
                posts[fact.fields["name"]].setdefault(article, set())
        for fact in item.facts:
            if fact.kind == "position" and (fact.fields["person"], article) not in curation.splits:
                orgs = _family(fact.fields["organization"], result.parents)
                posts[fact.fields["person"]].setdefault(article, set()).update(result.org_key(o) for o in orgs)
    for name, by_article in posts.items():
        clusters = _cluster(by_article, context)
        keys = [name if len(clusters) == 1 else f"{name}@{min(orgs) if orgs else '-'}" for orgs, _ in clusters]
        for key, (_, articles) in zip(keys, clusters):
            iri = named_iri("person", merged.get(("person", normalize_key(key)), key))
            for article in articles:
                result.person_iri[(article, name)] = iri
        if len(clusters) > 1:
            result.homonyms[name] = sorted({result.person_iri[(arts[0], name)] for _, arts in clusters})
    for (name, article), key in curation.splits.items():
        result.person_iri[(article, name)] = named_iri("person", key)
    return result


def _cluster(by_article: dict[str, set[str]], context: dict[str, set[str]]) -> list[tuple[set[str], list[str]]]:
    """Group a name's articles by shared post organizations; mentions without a post join by context."""
    groups: list[tuple[set[str], list[str]]] = []
    for article in sorted(a for a in by_article if by_article[a]):
        orgs = by_article[article]
        touching = [g for g in groups if g[0] & orgs]
        merged_orgs, merged_articles = set(orgs), [article]
        for group in touching:
            merged_orgs |= group[0]
            merged_articles += group[1]
            groups.remove(group)
        groups.append((merged_orgs, sorted(merged_articles)))
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
