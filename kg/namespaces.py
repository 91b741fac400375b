"""Namespace IRIs as plain strings: what `charity-kg query` and the store need without loading rdflib.

kg.vocab builds its rdflib Namespaces from these; the ontology defines the terms.
"""

from __future__ import annotations

CK = "https://w3id.org/charity-kg/ontology#"
ID = "https://w3id.org/charity-kg/id/"
ONTOLOGY_GRAPH = "https://w3id.org/charity-kg/ontology"
SHARED_GRAPH = f"{ID}graph/shared"  # says which graphs each shared graph was taken from (kg/quads.py)
SHARED_GRAPHS = f"{ID}graph/shared/"  # + a hash of the graphs that state its triples

# Every prefix a query may use without declaring it (charity-kg query) and the RDF files declare.
PREFIXES: dict[str, str] = {
    "ck": CK,
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "time": "http://www.w3.org/2006/time#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "id": ID,
}
