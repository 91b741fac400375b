"""Quads per article by graph kind and predicate (rdf:type by class), from a build's graph.nq.

    python benchmarks/quad_census.py BUILD_DIR [--top N]

Graph kinds: article (an article's own graph), entities (<id/graph/entities>), shared (<id/graph/shared/...>
and its provenance graph), basis (<id/graph/basis/...>: the derived statements) and derived (<id/graph/derived>:
the bases' provenance and the tenure a text gives). Each line is parsed by its fixed shape (subject and
predicate are IRIs, the graph is the last IRI), so a literal's spaces do not matter.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ID = "<https://w3id.org/charity-kg/id/"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SHORT = {
    "https://w3id.org/charity-kg/ontology#": "ck:", "http://www.w3.org/ns/org#": "org:", "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:", "http://www.w3.org/ns/prov#": "prov:", "http://www.w3.org/2002/07/owl#": "owl:",
    "http://xmlns.com/foaf/0.1/": "foaf:", "https://schema.org/": "schema:", "http://purl.org/dc/terms/": "dcterms:",
    "http://www.w3.org/2006/time#": "time:",
}


def short(term: str) -> str:
    """A predicate or class IRI as a prefixed name."""
    value = term[1:-1]
    for namespace, prefix in SHORT.items():
        if value.startswith(namespace):
            return prefix + value[len(namespace):]
    return term


def kind(graph: str) -> str:
    """The kind of a named graph, from its IRI."""
    rest = graph[len(ID):]
    if rest.startswith("article/"):
        return "article"
    if rest.startswith("graph/entities"):
        return "entities"
    if rest.startswith("graph/shared"):
        return "shared"
    if rest.startswith("graph/basis/"):
        return "basis"
    if rest.startswith("graph/derived"):
        return "derived"
    return "other"


def census(path: Path) -> tuple[Counter, Counter, int, int]:
    """(quads by kind, quads by (kind, predicate or type), quads, articles) of one graph.nq."""
    by_kind: Counter = Counter()
    by_predicate: Counter = Counter()
    articles: set[str] = set()
    total = 0
    with path.open("r", encoding="utf-8") as lines:
        for line in lines:
            _, predicate, rest = line.split(" ", 2)
            body = rest[:-3]  # drop " .\n"
            graph = body[body.rindex(" <") + 1:]
            graph_kind = kind(graph)
            if graph_kind == "article":
                articles.add(graph)
            key = short(predicate)
            if predicate == TYPE:
                key = f"a {short(body[:body.index(' ')])}"
            by_kind[graph_kind] += 1
            by_predicate[(graph_kind, key)] += 1
            total += 1
    return by_kind, by_predicate, total, len(articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path)
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--json", action="store_true", help="print every count as JSON")
    args = parser.parse_args()
    by_kind, by_predicate, total, articles = census(args.build / "graph.nq")
    if args.json:
        print(json.dumps({"articles": articles, "quads": total, "kinds": by_kind,
                          "predicates": {f"{k} {p}": n for (k, p), n in sorted(by_predicate.items())}}, ensure_ascii=False, indent=1))
        return
    print(f"{articles} articles, {total} quads, {total / articles:.1f} per article")
    print("\n| graph kind | quads / article | share |\n|---|---|---|")
    for graph_kind, n in by_kind.most_common():
        print(f"| {graph_kind} | {n / articles:.1f} | {100 * n / total:.1f} % |")
    print("\n| graph kind | predicate (rdf:type: `a` class) | quads / article |\n|---|---|---|")
    for (graph_kind, predicate), n in by_predicate.most_common(args.top):
        print(f"| {graph_kind} | {predicate} | {n / articles:.2f} |")


if __name__ == "__main__":
    main()
