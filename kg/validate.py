"""SHACL validation that scales: ontology/shapes.ttl compiled to checks run in one pass over sorted triples.

pyshacl over an rdflib graph took 9 s for 160k triples and grows faster than
the graph; SPARQL queries per constraint on the store took a second each at
1,000 articles. The shapes use a small part of SHACL Core (sh:targetClass,
sh:targetObjectsOf, an IRI sh:path, sh:minCount, sh:maxCount, sh:datatype, sh:class, sh:in,
sh:minInclusive, sh:or of datatype/class alternatives); each is a test on one
subject's triples, and the build's union is sorted by subject, so validation
reads it twice (the types of all nodes and the objects of the target
predicates, then each subject's block): linear time, memory for one integer
per typed or targeted node. A shape using anything else is
refused (ShapeError), so no constraint is ever skipped silently;
tests/test_validate.py checks that the result equals pyshacl's.

The build validates its union; `charity-kg validate` validates a build
folder's graph.nq on demand and prints every violation with the article and
sentence behind it.
"""

from __future__ import annotations

import re
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .errors import KGError
from .namespaces import CK
from .paths import ontology_file
from .quads import SortedQuads, union_lines

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = f"<{RDF}type>"
NO_CLASSES: frozenset[str] = frozenset()
SUPPORTED = {f"<{SH}{name}>" for name in ("path", "minCount", "maxCount", "datatype", "class", "in", "minInclusive", "or", "message", "name", "description")}


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
class Constraint:
    """One property shape of a node shape: the tests on the values of path at a focus node of target."""

    target: str  # N-Triples form of the target class, or "^" + that of a predicate whose objects are targeted
    path: str  # N-Triples form of the predicate
    message: str
    min_count: int | None = None
    max_count: int | None = None
    datatype: str | None = None  # IRI
    cls: str | None = None  # N-Triples form
    allowed: frozenset[str] | None = None  # N-Triples forms
    min_inclusive: float | None = None
    alternatives: tuple[tuple[str, str], ...] | None = None  # ("datatype", IRI) | ("class", N-Triples form)

    def value_fails(self, value: str, types: frozenset[str]) -> bool:
        """Whether one value breaks a value-type constraint (one SHACL result per such value)."""
        if self.datatype is not None and _datatype(value) != self.datatype:
            return True
        if self.cls is not None and self.cls not in types:
            return True
        if self.allowed is not None and value not in self.allowed:
            return True
        if self.min_inclusive is not None and not _at_least(value, self.min_inclusive):
            return True
        if self.alternatives is not None:
            return not any(
                (_datatype(value) == iri) if kind == "datatype" else (iri in types) for kind, iri in self.alternatives
            )
        return False


def _datatype(term: str) -> str | None:
    """The datatype IRI of a literal in N-Triples form; None for an IRI or blank node."""
    if not term.startswith('"'):
        return None
    suffix = term[term.rindex('"') + 1:]
    if suffix.startswith("^^<"):
        return suffix[3:-1]
    return f"{RDF}langString" if suffix.startswith("@") else f"{XSD}string"


def _at_least(term: str, minimum: float) -> bool:
    if not term.startswith('"'):
        return False
    try:
        return float(term[1:term.rindex('"')]) >= minimum
    except ValueError:
        return False


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


def _alternative(store: ox.Store, node: object) -> tuple[str, str]:
    datatype, cls = _value(store, node, "datatype"), _value(store, node, "class")
    if datatype is not None:
        return "datatype", datatype.value
    if cls is not None:
        return "class", str(cls)
    raise ShapeError(f"{ontology_file('shapes.ttl')}: an sh:or member with neither sh:datatype nor sh:class")


def _constraint(store: ox.Store, target: str, shape: object) -> Constraint:
    unknown = {str(q.predicate) for q in store.quads_for_pattern(shape, None, None)} - SUPPORTED
    if unknown:
        raise ShapeError(f"{ontology_file('shapes.ttl')}: the validator does not compile {', '.join(sorted(unknown))}; extend kg/validate.py")
    path = _value(store, shape, "path")
    if not isinstance(path, ox.NamedNode):
        raise ShapeError(f"{ontology_file('shapes.ttl')}: only plain predicate paths are compiled, not {path}")
    found = {name: _value(store, shape, name) for name in ("message", "minCount", "maxCount", "datatype", "class", "in", "minInclusive", "or")}
    return Constraint(
        target,
        str(path),
        found["message"].value if found["message"] is not None else "",
        int(found["minCount"].value) if found["minCount"] is not None else None,
        int(found["maxCount"].value) if found["maxCount"] is not None else None,
        found["datatype"].value if found["datatype"] is not None else None,
        str(found["class"]) if found["class"] is not None else None,
        frozenset(str(m) for m in _list(store, found["in"])) if found["in"] is not None else None,
        float(found["minInclusive"].value) if found["minInclusive"] is not None else None,
        tuple(_alternative(store, m) for m in _list(store, found["or"])) if found["or"] is not None else None,
    )


@lru_cache(maxsize=1)
def compiled_shapes() -> tuple[Constraint, ...]:
    """Every property shape of ontology/shapes.ttl, by target (a class, or "^predicate": its objects)."""
    shapes = ox.Store()
    shapes.bulk_load(path=str(ontology_file("shapes.ttl")), format=ox.RdfFormat.TURTLE)
    constraints = []
    query = f"""SELECT ?shape ?target WHERE {{ {{ ?shape <{SH}targetClass> ?class BIND(STR(?class) AS ?c) }}
                UNION {{ ?shape <{SH}targetObjectsOf> ?predicate BIND(STR(?predicate) AS ?o) }}
                BIND(IF(BOUND(?c), CONCAT("<", ?c, ">"), CONCAT("^<", ?o, ">")) AS ?target) }} ORDER BY ?shape ?target"""
    for row in shapes.query(query):
        for found in sorted(shapes.quads_for_pattern(row["shape"], ox.NamedNode(f"{SH}property"), None), key=lambda q: str(q.object)):
            constraints.append(_constraint(shapes, row["target"].value, found.object))
    return tuple(constraints)


def _split(line: str) -> tuple[str, str, str]:
    subject, predicate, rest = line.split(" ", 2)
    return subject, predicate, rest[:-3] if rest.endswith(" .\n") else rest.rstrip().removesuffix(" .")


def _blocks(path: Path) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """(subject, its (predicate, object) pairs) of a subject-sorted N-Triples file (see union_lines)."""
    current, pairs = None, []
    with union_lines(path) as handle:
        for line in handle:
            subject, predicate, rest = line.split(" ", 2)  # _split, inline: a call per line cost a tenth of the time
            obj = rest[:-3] if rest.endswith(" .\n") else rest.rstrip().removesuffix(" .")
            if subject != current:
                if current is not None:
                    yield current, pairs
                current, pairs = subject, []
            pairs.append((predicate, obj))
    if current is not None:
        yield current, pairs


def validate_union(union: Path) -> list[Violation]:
    """Every violation of the shapes by a subject-sorted N-Triples file (a build's union), sorted."""
    constraints = compiled_shapes()
    # Each constraint with whether it tests each value, and whether that test reads the value's classes: most test
    # only a count, and looking up the classes of every value was a fifth of the pass.
    by_target: dict[str, list[tuple[Constraint, bool, bool]]] = defaultdict(list)
    for constraint in constraints:
        reads_types = constraint.cls is not None or any(kind == "class" for kind, _ in constraint.alternatives or ())
        tests_values = reads_types or any(test is not None for test in (constraint.datatype, constraint.allowed, constraint.min_inclusive,
                                                                       constraint.alternatives))
        by_target[constraint.target].append((constraint, tests_values, reads_types))
    known = sorted({c.cls for c in constraints if c.cls} | {iri for c in constraints for kind, iri in c.alternatives or () if kind == "class"})
    bit = {cls: 1 << i for i, cls in enumerate(known)}
    types: dict[int, int] = {}  # hash of a node -> bits of its classes (the classes sh:class asks about)
    objects_of = sorted({c.target[1:] for c in constraints if c.target.startswith("^")})
    targeted: set[int] = set()  # hash of (predicate, node) for the nodes that are objects of a targetObjectsOf predicate
    # Only lines naming rdf:type or a target predicate are split (a substring test first: most lines are neither).
    # One regular expression for all of them: a search per line in C, where a test per mark cost most of this pass.
    marked = re.compile("|".join(re.escape(f" {predicate} ") for predicate in [TYPE, *objects_of])).search
    with union_lines(union) as handle:
        for line in handle:
            if not marked(line):
                continue
            subject, predicate, obj = _split(line)
            if predicate == TYPE and obj in bit:
                types[hash(subject)] = types.get(hash(subject), 0) | bit[obj]
            elif predicate in objects_of:
                targeted.add(hash((predicate, obj)))

    @lru_cache(maxsize=None)
    def classes_with(bits: int) -> frozenset[str]:
        return frozenset(cls for cls, b in bit.items() if bits & b)

    def classes_of(node: str) -> frozenset[str]:
        return classes_with(types.get(hash(node), 0))

    found: list[tuple[str, str, str]] = []
    evidence_of: dict[str, str] = {}
    for subject, pairs in _blocks(union):
        targets = [obj for predicate, obj in pairs if predicate == TYPE and obj in by_target]
        targets += [f"^{predicate}" for predicate in objects_of if hash((predicate, subject)) in targeted]
        if not targets:
            continue
        values: dict[str, list[str]] = defaultdict(list)
        for predicate, obj in pairs:
            values[predicate].append(obj)
        failed = False
        for target in targets:
            for constraint, tests_values, reads_types in by_target[target]:
                present = set(values.get(constraint.path, ()))
                broken = (constraint.min_count is not None and len(present) < constraint.min_count) or (
                    constraint.max_count is not None and len(present) > constraint.max_count
                )
                if tests_values and not broken:
                    broken = any(constraint.value_fails(v, classes_of(v) if reads_types else NO_CLASSES) for v in present)
                if broken:
                    found.append((subject, constraint.path, constraint.message))
                    failed = True
        if failed and values.get(f"<{CK}evidence>"):
            evidence_of[subject] = min(values[f"<{CK}evidence>"])
    places = _places(union, evidence_of)
    violations = {
        Violation(subject.strip("<>"), path.strip("<>"), message, *places.get(subject, ("", "")))
        for subject, path, message in found
    }
    return sorted(violations, key=lambda v: (v.article, v.focus, v.path, v.message))


def _places(union: Path, evidence_of: dict[str, str]) -> dict[str, tuple[str, str]]:
    """focus -> (article, sentence) through its evidence: a pass over the union for the evidence nodes' sentences, and
    one for those sentences' texts (a sentence sorts before the evidence naming it, and the union is read as a stream:
    it is kept compressed); only lines of those two predicates are split, so each pass is mostly a substring test."""
    if not evidence_of:
        return {}
    evidences = set(evidence_of.values())
    sentence_of = {subject: obj for subject, obj in _values(union, f"<{CK}inSentence>") if subject in evidences}
    sentences = set(sentence_of.values())
    texts: dict[str, tuple[str, str]] = {}
    for sentence, text in _values(union, f"<{CK}sentence>"):
        if sentence in sentences and sentence not in texts:
            article = sentence.strip("<>").rpartition("/sentence/")[0]  # a sentence's IRI is its article's + /sentence/START-END
            texts[sentence] = (article, ox.parse(f"<s:s> <p:p> {text} .", format=ox.RdfFormat.N_TRIPLES).__next__().object.value)
    return {focus: texts.get(sentence_of.get(evidence, ""), ("", "")) for focus, evidence in evidence_of.items()}


def _values(union: Path, predicate: str) -> Iterator[tuple[str, str]]:
    """(subject, object) of each line of the union stating predicate."""
    mark = f" {predicate} "
    with union_lines(union) as handle:
        for line in handle:
            if mark in line:
                subject, stated, obj = _split(line)
                if stated == predicate:
                    yield subject, obj


def validate_folder(data_dir: Path) -> list[Violation]:
    """Validate the graph.nq of a build folder (its union is made in a temporary folder)."""
    path = Path(data_dir) / "graph.nq"
    if not path.is_file():
        raise KGError(f"{path}: no built graph here; run `charity-kg build -o {data_dir}` first")
    with tempfile.TemporaryDirectory(prefix="charity-kg-validate-") as folder:
        return validate_union(SortedQuads(path, 0, Path(folder)).union_path())
