"""NetworkX projection of the dataset: who holds posts where, who met at which event, who chaired what.

Nodes are organizations, people, events, networks and documents (keyed by IRI);
edges are positions, participations, chair terms, sub-unit links and
presentations. Attribute values are plain strings and numbers so GEXF and
GraphML can carry them.
"""

from __future__ import annotations

import networkx as nx
from rdflib import RDF, RDFS, Dataset, URIRef

from .vocab import CK, ORG, vocabulary


def _label(dataset: Dataset, node: URIRef) -> str:
    return str(next(dataset.objects(node, RDFS.label), str(node).rsplit("/", 1)[-1]))


def build_network(dataset: Dataset) -> nx.MultiDiGraph:
    """The projection, with deterministic node and edge order (sorted by IRI)."""
    v = vocabulary()
    ck = v.term
    graph = nx.MultiDiGraph()
    kinds = {
        ck("Organization"): "organization",
        ck("Person"): "person",
        ck("Event"): "event",
        ck("Network"): "network",
        ck("Document"): "document",
    }
    for cls, kind in kinds.items():
        for node in sorted(set(dataset.subjects(RDF.type, cls))):
            types = sorted(v.label(t) for t in dataset.objects(node, RDF.type) if t != cls and str(t).startswith(str(CK)))
            graph.add_node(str(node), label=_label(dataset, node), kind=kind, type=types[0] if types else kind)
    edges: list[tuple[str, str, str, dict]] = []
    for position in set(dataset.subjects(RDF.type, ck("Position"))):
        person = next(dataset.objects(position, ORG.member))
        org = next(dataset.objects(position, ORG.organization))
        role = _label(dataset, next(dataset.objects(position, ORG.role)))
        status = str(next(dataset.objects(position, ck("status")), "current"))
        edges.append((str(person), str(org), f"position:{role}", {"relation": "position", "role": role, "status": status}))
    for item in set(dataset.subjects(RDF.type, ck("Participation"))):
        who = next(dataset.objects(item, ck("participant")))
        event = next(dataset.objects(item, ck("inEvent")))
        role = str(next(dataset.objects(next(dataset.objects(item, ck("participationRole"))), v.term("factsRole")), ""))
        role = role or v.label(next(dataset.objects(item, ck("participationRole"))))
        edges.append((str(who), str(event), f"participation:{role}", {"relation": "participation", "role": role, "status": ""}))
    for term in set(dataset.subjects(RDF.type, ck("ChairTerm"))):
        org = next(dataset.objects(term, ck("chairOrganization")))
        network = next(dataset.objects(term, ck("termOf")))
        year = str(next(dataset.objects(term, ck("termYear"))))
        edges.append((str(org), str(network), f"chair:{year}", {"relation": "chair_term", "role": f"轮值主席 {year}", "status": year}))
    for child, parent in set(dataset.subject_objects(ck("parentOrganization"))):
        edges.append((str(child), str(parent), "subOrganizationOf", {"relation": "sub_unit", "role": "", "status": ""}))
    for document, person in set(dataset.subject_objects(ck("presentedBy"))):
        edges.append((str(person), str(document), "presented", {"relation": "presented", "role": "", "status": ""}))
    for event, network in set(dataset.subject_objects(ck("partOfNetwork"))):
        edges.append((str(event), str(network), "partOfNetwork", {"relation": "network_event", "role": "", "status": ""}))
    for source, target, key, attrs in sorted(set((s, t, k, tuple(sorted(a.items()))) for s, t, k, a in edges)):
        for end in (source, target):
            if end not in graph:
                graph.add_node(end, label=_label(dataset, URIRef(end)), kind="other", type="other")
        graph.add_edge(source, target, key=key, **dict(attrs))
    return graph
