"""JSON-LD with a compact @context: the dataset as one object per named graph, one node object per subject in it.

Written from the build's sorted quads (N-Quads lines, a graph's lines adjacent
and sorted, so a subject's triples in a graph are adjacent) as text, line by
line, graph by graph: no sort of the union first, no RDF term objects and no
dict per node, which cost most of a large build's time here (116 s at 10,000
articles). Like TriG, it keeps each fact in the graph of its article.
Keys and IRIs are compact (`ck:sentence`, `id:person/…`), rdf:type becomes
@type, a language tag is written lower-case (as Oxigraph normalizes it), typed
values keep their datatype; one value is written bare, several as a list sorted
by its JSON text; keys are sorted. So the file is what json.dumps(node,
sort_keys=True, ensure_ascii=False) gives for each node object, byte for byte.
JSON-LD processors expand it to the same quads as graph.trig (the round-trip
test checks). Not Oxigraph's own JSON-LD serializer (pyoxigraph 0.5.13): it
ignores the prefixes and writes expanded JSON-LD (full IRIs, every value a
list of objects, rdf:type as a property), 1.8 times the bytes, for 1.6 times
less CPU (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from json.encoder import encode_basestring  # the C encoder json.dumps(ensure_ascii=False) uses
from pathlib import Path

from ..namespaces import ID, PREFIXES
from .base import Bundle, Exporter

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# Longest namespaces first, so id: (inside https://w3id.org/charity-kg/) wins over a shorter match;
# a local part with '#' falls back to a shorter namespace, or to the full IRI.
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
_PREFIX_OF = {namespace: prefix for prefix, namespace in _BY_LENGTH}
_COMPACT = re.compile("(" + "|".join(re.escape(namespace) for _, namespace in _BY_LENGTH) + ")([^#]+)")
_UNESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ID_TERM = f"<{ID}"
_ID_TERM_LENGTH = len(_ID_TERM)
_ESCAPED = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def compact(value: str) -> str:
    """An IRI as prefix:local when a context prefix covers it (and the rest is a safe local name)."""
    match = _COMPACT.fullmatch(value)
    return f"{_PREFIX_OF[match.group(1)]}:{match.group(2)}" if match else value


def _unescape_char(match: re.Match[str]) -> str:
    code = match.group(1) or match.group(2)
    return chr(int(code, 16)) if code else _ESCAPED.get(match.group(3), match.group(0))


def _unescape(text: str) -> str:
    """N-Triples escapes (ECHAR, UCHAR) resolved."""
    return _UNESCAPE.sub(_unescape_char, text) if "\\" in text else text


def _iri(term: str) -> str:
    """The IRI of an N-Triples <…> term."""
    return _unescape(term[1:-1])


def _key(predicate: str) -> str:
    """A predicate's key in the node object."""
    return compact(_iri(predicate))


@lru_cache(maxsize=4096)
def _type_name(term: str) -> str:
    """A class as an @type entry, JSON-encoded."""
    return encode_basestring(compact(_iri(term)))


def _id_text(term: str) -> str:
    """An N-Triples IRI term compacted, as JSON text. An IRI of id: (most subjects and objects) is cut, not matched:
    an IRI holds no character JSON escapes ('"', '\\', controls), and one written with an N-Triples escape
    (a backslash) or holding '#' takes the general way."""
    if term.startswith(_ID_TERM) and "\\" not in term and "#" not in term and len(term) > _ID_TERM_LENGTH + 1:
        return '"id:' + term[_ID_TERM_LENGTH:-1] + '"'
    return encode_basestring(compact(_iri(term)))


@lru_cache(maxsize=1 << 16)
def _node_value(term: str) -> str:
    """An IRI object as {"@id": …} (objects repeat: the same post, role or article in many statements)."""
    return '{"@id": ' + _id_text(term) + "}"


@lru_cache(maxsize=4096)
def _literal_head(suffix: str) -> str:
    """What a literal's JSON text starts with, by what follows its quoted text (a language tag or a datatype:
    few distinct ones, cached): "" for a plain string."""
    if not suffix:
        return ""
    if suffix[0] == "@":
        return '{"@language": ' + encode_basestring(suffix[1:].lower()) + ', "@value": '
    datatype = _iri(suffix[2:])
    if datatype == XSD_STRING:
        return ""
    return '{"@type": ' + encode_basestring(compact(datatype)) + ', "@value": '


def _value(term: str) -> str:
    """An object term as its JSON-LD value, the text json.dumps(..., sort_keys=True) gives."""
    first = term[0]
    if first == "<":
        return _node_value(term)
    if first == "_":
        return '{"@id": ' + encode_basestring(term) + "}"
    end = term.rindex('"')
    text = term[1:end]
    text = encode_basestring(_unescape(text) if "\\" in text else text)
    if end + 1 == len(term):
        return text
    head = _literal_head(term[end + 1:])
    return head + text + "}" if head else text


def _node(subject: str, values: dict[str, list[str]], labels: dict[str, str]) -> str:
    """One node object as JSON text: keys sorted, one value bare, several as a sorted list; @id first, as it sorts
    (every other key is @type, a prefixed name or an IRI: a letter first). labels: a key -> its JSON text and ': '."""
    head = '{"@id": ' + (_id_text(subject) if subject[0] == "<" else encode_basestring(subject))
    return head + "".join([", " + labels[key] + (items[0] if len(items) == 1 else "[" + ", ".join(sorted(items)) + "]")
                           for key, items in sorted(values.items())]) + "}"


def graph_node_texts(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(graph, node object as text) per subject of each graph of graph-sorted N-Quads lines (a graph's lines
    adjacent, sorted within it, so a subject's lines are adjacent; every line names its graph, as the build's)."""
    graph = current = ""
    ending = "\0"  # " <graph> .\n" of the graph being read (none yet)
    cut = 0
    values: dict[str, list[str]] = {}
    keys: dict[str, str] = {}  # predicate -> its key in the node object (few distinct predicates)
    labels: dict[str, str] = {"@type": '"@type": '}  # key -> its JSON text and ': '
    for line in lines:
        if not line.endswith(ending):  # the next graph
            if values:
                yield graph, _node(current, values, labels)
            start = line.rindex(" <", 0, -3)
            graph, ending, current, values = line[start + 1:-3], line[start:], "", {}
            cut = len(ending)
        subject, predicate, rest = line.split(" ", 2)
        if subject != current:
            if values:
                yield graph, _node(current, values, labels)
            current, values = subject, {}
        term = rest[:-cut]
        if predicate == RDF_TYPE and term[0] == "<":
            key, value = "@type", _type_name(term)
        else:
            key = keys.get(predicate) or _new_key(predicate, keys, labels)
            value = _node_value(term) if term[0] == "<" else _value(term)
        items = values.get(key)
        if items is None:
            values[key] = [value]
        else:
            items.append(value)
    if values:
        yield graph, _node(current, values, labels)


def _new_key(predicate: str, keys: dict[str, str], labels: dict[str, str]) -> str:
    """A predicate's key, remembered with its JSON text."""
    key = keys[predicate] = _key(predicate)
    labels[key] = encode_basestring(key) + ": "
    return key


class JSONLDExporter(Exporter):
    """The dataset as compact JSON-LD: one object per named graph, one node object per subject in it."""

    from_quads = True
    name = "jsonld"
    filename = "graph.jsonld"
    media_type = "application/ld+json"
    description = "RDF dataset as compact JSON-LD (@context of the project's prefixes), one named graph per article, nodes sorted by @id"

    def write(self, bundle: Bundle, path: Path) -> None:
        context = json.dumps({"@context": dict(sorted(PREFIXES.items()))}, ensure_ascii=False, indent=1)
        # Streamed from the sorted quads, graph by graph: no sort of the union first (an external sort of every
        # triple, which grew faster than the corpus), and each fact stays in the graph of its article, as in TriG.
        with bundle.quads.path.open("r", encoding="utf-8", newline="\n") as lines, path.open("w", encoding="utf-8", newline="\n") as out:
            out.write(context[:-2] + ',\n "@graph": [')
            batch: list[str] = []
            previous = None
            for graph, node in graph_node_texts(lines):
                if graph != previous:
                    name = encode_basestring(compact(_iri(graph)))
                    batch.append(("\n  " if previous is None else "\n  ]},\n  ") + '{"@id": ' + name + ', "@graph": [\n   ' + node)
                    previous = graph
                else:
                    batch.append(",\n   " + node)
                if len(batch) >= 4096:
                    out.write("".join(batch))
                    batch.clear()
            out.write("".join(batch))
            out.write("\n  ]}\n ]\n}\n" if previous is not None else "\n ]\n}\n")
