"""Entity resolution across articles: one IRI per real organization and person.

Organizations merge by their full name (short forms were already resolved
within each article; ambiguous short forms stay article-local). A person
merges across articles only when the organization context agrees (same
organization, or a parent / sub-unit of it); the same name in unrelated
organizations stays two people and is flagged as a possible homonym.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from .ids import named_iri, normalize_key
from .model import ArticleFacts


@dataclass
class Resolution:
    org_iri: dict[str, URIRef] = field(default_factory=dict)
    person_iri: dict[tuple[str, str], URIRef] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)
    homonyms: dict[str, list[URIRef]] = field(default_factory=dict)

    def person(self, article_id: str, name: str) -> URIRef:
        return self.person_iri[(article_id, name)]

    def org(self, name: str) -> URIRef:
        return self.org_iri.get(name) or named_iri("org", name)


def _family(org: str, parents: dict[str, str]) -> set[str]:
    """An organization with its parents: a sub-unit's people belong to the parent too."""
    family = {org}
    while org in parents and parents[org] not in family:
        org = parents[org]
        family.add(org)
    return family


def resolve(corpus: list[ArticleFacts]) -> Resolution:
    """IRIs for every organization and person mention of the corpus, independent of corpus order."""
    result = Resolution()
    for item in corpus:
        for fact in item.facts:
            if fact.kind == "organization":
                name = fact.fields["name"]
                result.org_iri[name] = named_iri("org", name)
                if fact.fields.get("parent"):
                    result.parents[name] = fact.fields["parent"]
    contexts: dict[str, dict[str, set[str]]] = defaultdict(dict)  # name -> article -> orgs
    for item in corpus:
        article = item.article.article_id
        for fact in item.facts:
            if fact.kind == "person":
                contexts[fact.fields["name"]].setdefault(article, set())
        for fact in item.facts:
            if fact.kind == "position":
                orgs = _family(fact.fields["organization"], result.parents)
                contexts[fact.fields["person"]].setdefault(article, set()).update(normalize_key(o) for o in orgs)
    for name, by_article in contexts.items():
        clusters = _cluster(by_article)
        for cluster_orgs, articles in clusters:
            key = name if len(clusters) == 1 else f"{name}@{min(cluster_orgs) if cluster_orgs else '-'}"
            iri = named_iri("person", key)
            for article in articles:
                result.person_iri[(article, name)] = iri
        if len(clusters) > 1:
            result.homonyms[name] = sorted({named_iri("person", f"{name}@{min(o) if o else '-'}") for o, _ in clusters})
    return result


def _cluster(by_article: dict[str, set[str]]) -> list[tuple[set[str], list[str]]]:
    """Group a name's articles by shared organizations; context-free mentions join a lone group."""
    groups: list[tuple[set[str], list[str]]] = []
    for article in sorted(by_article, key=lambda a: (not by_article[a], a)):
        orgs = by_article[article]
        if not orgs:
            continue
        touching = [g for g in groups if g[0] & orgs]
        merged_orgs, merged_articles = set(orgs), [article]
        for group in touching:
            merged_orgs |= group[0]
            merged_articles += group[1]
            groups.remove(group)
        groups.append((merged_orgs, sorted(merged_articles)))
    bare = sorted(a for a, orgs in by_article.items() if not orgs)
    if bare:
        if len(groups) == 1:
            groups[0][1].extend(bare)
        else:
            groups.append((set(), bare))
    return sorted(groups, key=lambda g: sorted(g[0]))
