"""SHACL validation that scales: ontology/shapes.ttl compiled to SPARQL and run by Oxigraph.

pyshacl over an rdflib graph took 9 s for 160k triples and grows faster than
the graph; the shapes use a small part of SHACL Core (sh:targetClass, an IRI
sh:path, sh:minCount, sh:maxCount, sh:datatype, sh:class, sh:in,
sh:minInclusive, sh:or of datatype/class alternatives), and each of those is
one SPARQL query over the store, which costs time proportional to the graph.
A shape using anything else is refused (ShapeError), so the compiler can never
silently skip a constraint. tests/test_validate.py checks that it finds what
pyshacl finds.

The build validates its own store (DIR/store, the union in its default graph);
`charity-kg validate` validates a build folder's store on demand and prints
every violation with the article and sentence behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .errors import KGError
from .namespaces import CK
from .paths import ontology_file

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SUPPORTED = {f"{SH}{name}" for name in ("path", "minCount", "maxCount", "datatype", "class", "in", "minInclusive", "or", "message", "name", "description")}


class ShapeError(KGError):
    """ontology/shapes.ttl uses a SHACL feature the validator does not compile."""


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    article: str
    sentence: str


@dataclass(frozen=True)
class Check:
    """One constraint of one property shape as a SPARQL query whose rows are violations (?focus [?value])."""

    target: str
    path: str
    message: str
    sparql: str


def _n3(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> str:
    return str(term)


def _list(store: ox.Store, head: object) -> list[object]:
    items = []
    nil = ox.NamedNode(f"{RDF}nil")
    while head != nil:
        items.append(next(store.quads_for_pattern(head, ox.NamedNode(f"{RDF}first"), None)).object)
        head = next(store.quads_for_pattern(head, ox.NamedNode(f"{RDF}rest"), None)).object
    return items


def _value(store: ox.Store, node: object, name: str) -> object | None:
    found = next(store.quads_for_pattern(node, ox.NamedNode(f"{SH}{name}"), None), None)
    return found.object if found is not None else None


def _alternative(store: ox.Store, node: object) -> str:
    """A condition true when ?v satisfies one sh:or member (a datatype or class constraint)."""
    datatype, cls = _value(store, node, "datatype"), _value(store, node, "class")
    if datatype is not None:
        return f"(isLiteral(?v) && datatype(?v) = {_n3(datatype)})"
    if cls is not None:
        return f"EXISTS {{ ?v a {_n3(cls)} }}"
    raise ShapeError(f"{ontology_file('shapes.ttl')}: an sh:or member with neither sh:datatype nor sh:class")


def _checks_of(store: ox.Store, target: str, shape: object) -> list[Check]:
    unknown = {str(q.predicate) for q in store.quads_for_pattern(shape, None, None)} - {f"<{p}>" for p in SUPPORTED}
    if unknown:
        raise ShapeError(f"{ontology_file('shapes.ttl')}: the validator does not compile {', '.join(sorted(unknown))}; extend kg/validate.py")
    path = _value(store, shape, "path")
    if not isinstance(path, ox.NamedNode):
        raise ShapeError(f"{ontology_file('shapes.ttl')}: only plain predicate paths are compiled, not {path}")
    message = str(getattr(_value(store, shape, "message"), "value", "") or "")
    focus = f"?focus a {target} ."
    values = f"{focus} ?focus {path} ?v ."
    checks = []

    def add(sparql: str) -> None:
        checks.append(Check(target, path.value, message, sparql))

    min_count = _value(store, shape, "minCount")
    if min_count is not None:
        n = int(min_count.value)
        add(f"SELECT ?focus WHERE {{ {focus} OPTIONAL {{ ?focus {path} ?v }} }} GROUP BY ?focus HAVING (COUNT(DISTINCT ?v) < {n})")
    max_count = _value(store, shape, "maxCount")
    if max_count is not None:
        add(f"SELECT ?focus WHERE {{ {values} }} GROUP BY ?focus HAVING (COUNT(DISTINCT ?v) > {int(max_count.value)})")
    datatype = _value(store, shape, "datatype")
    if datatype is not None:
        add(f"SELECT DISTINCT ?focus ?v WHERE {{ {values} FILTER(!isLiteral(?v) || datatype(?v) != {_n3(datatype)}) }}")
    cls = _value(store, shape, "class")
    if cls is not None:
        add(f"SELECT DISTINCT ?focus ?v WHERE {{ {values} FILTER NOT EXISTS {{ ?v a {_n3(cls)} }} }}")
    allowed = _value(store, shape, "in")
    if allowed is not None:
        members = ", ".join(_n3(m) for m in _list(store, allowed))
        add(f"SELECT DISTINCT ?focus ?v WHERE {{ {values} FILTER(?v NOT IN ({members})) }}")
    minimum = _value(store, shape, "minInclusive")
    if minimum is not None:
        add(f"SELECT DISTINCT ?focus ?v WHERE {{ {values} FILTER(!(?v >= {_n3(minimum)})) }}")
    alternatives = _value(store, shape, "or")
    if alternatives is not None:
        condition = " || ".join(_alternative(store, member) for member in _list(store, alternatives))
        add(f"SELECT DISTINCT ?focus ?v WHERE {{ {values} FILTER(!({condition})) }}")
    return checks


@lru_cache(maxsize=1)
def compiled_shapes() -> tuple[Check, ...]:
    """Every constraint of ontology/shapes.ttl as a SPARQL query, in the file's order of shapes."""
    shapes = ox.Store()
    shapes.bulk_load(path=str(ontology_file("shapes.ttl")), format=ox.RdfFormat.TURTLE)
    checks: list[Check] = []
    rows = shapes.query(f"SELECT ?shape ?target WHERE {{ ?shape <{SH}targetClass> ?target }} ORDER BY ?shape")
    for row in rows:
        node_shape, target = row["shape"], row["target"]
        for found in sorted(shapes.quads_for_pattern(node_shape, ox.NamedNode(f"{SH}property"), None), key=lambda q: str(q.object)):
            checks.extend(_checks_of(shapes, _n3(target), found.object))
    return tuple(checks)


def _where(store: ox.Store, focus: str) -> tuple[str, str]:
    """The first article and sentence stating a focus node (by its evidence), or ("", "")."""
    rows = list(store.query(
        f"SELECT ?article ?sentence WHERE {{ <{focus}> <{CK}evidence>/<{CK}inSentence> ?node . "
        f"?node <{CK}inArticle> ?article ; <{CK}sentence> ?sentence }} ORDER BY ?article ?sentence LIMIT 1"
    ))
    if not rows:
        return "", ""
    return rows[0]["article"].value, rows[0]["sentence"].value


def validate_store(store: ox.Store) -> list[Violation]:
    """Every violation of the shapes by the store's default graph (the union of the article graphs), sorted."""
    found: list[tuple[str, str, str]] = []
    for check in compiled_shapes():
        for row in store.query(check.sparql):
            focus = row["focus"]
            if isinstance(focus, ox.NamedNode):
                found.append((focus.value, check.path, check.message))
            else:
                found.append((str(focus), check.path, check.message))
    places: dict[str, tuple[str, str]] = {}
    violations = []
    for focus, path, message in found:
        if focus not in places:
            places[focus] = _where(store, focus)
        violations.append(Violation(focus, path, message, *places[focus]))
    return sorted(violations, key=lambda v: (v.article, v.focus, v.path, v.message))


def validate_quads(union_ntriples: Path) -> list[Violation]:
    """Validate a union of triples given as an N-Triples file (loaded into a temporary in-memory store)."""
    store = ox.Store()
    store.bulk_load(path=str(union_ntriples), format=ox.RdfFormat.N_TRIPLES)
    return validate_store(store)


def validate_folder(data_dir: Path) -> list[Violation]:
    """Validate the store of a build folder (DIR/store)."""
    from .store import open_store

    return validate_store(open_store(data_dir))
