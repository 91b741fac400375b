"""The RDF model answers standard-vocabulary questions with no reasoner (issue 10's model fixes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.store import open_store, run_query

ONTOLOGY = "https://w3id.org/charity-kg/ontology"


def ask(build: Path, sparql: str) -> bool:
    return run_query(open_store(build), f"ASK {{ {sparql} }}").rows == [["true"]]


def rows(build: Path, sparql: str) -> list[list[str]]:
    return run_query(open_store(build), sparql).rows


@pytest.mark.parametrize("pattern", [
    "?x a foaf:Person", "?x a schema:Person", "?x a/rdfs:subClassOf* org:Membership", "?x a org:Organization",
    "?x a/rdfs:subClassOf* prov:Association",
    "?x a prov:Entity", "?x a schema:Event", "?x a org:Post ; org:postIn ?o ; org:role ?r",
    "?person org:holds ?post . ?post a org:Post",
])
def test_standard_vocabulary_questions_need_no_reasoner(multi_build, pattern: str) -> None:
    assert ask(multi_build[0], pattern)


def test_relation_nodes_carry_their_class_alone(multi_build) -> None:
    """Positions, participations and chair terms are not typed with their ORG/PROV superclasses (docs/sparql.md)."""
    out = multi_build[0]
    assert ask(out, "?x a ck:Position") and ask(out, "?x a ck:Participation")
    assert not ask(out, "?x a org:Membership") and not ask(out, "?x a prov:Association")


def test_the_ontology_is_its_own_named_graph(multi_build) -> None:
    out = multi_build[0]
    assert ask(out, f"GRAPH <{ONTOLOGY}> {{ ck:Person rdfs:subClassOf foaf:Person }}")
    # the chair organization is the member of the membership, the network its organization
    assert ask(out, f"GRAPH <{ONTOLOGY}> {{ ck:chairOrganization rdfs:subPropertyOf org:member . ck:termOf rdfs:subPropertyOf org:organization }}")
    assert not ask(out, "ck:chairOrganization rdfs:subPropertyOf org:organization")


def test_role_individuals_have_labels(multi_build) -> None:
    labels = rows(multi_build[0], "SELECT DISTINCT ?r ?l WHERE { ?p ck:participationRole ?r . ?r rdfs:label ?l FILTER(lang(?l) = 'en') }")
    assert labels and all(label for _, label in labels)
    assert not rows(multi_build[0], "SELECT ?r WHERE { ?pos org:role ?r FILTER NOT EXISTS { ?r rdfs:label ?l } }")


def test_labels_are_tagged_by_script_and_never_doubled(multi_build) -> None:
    out = multi_build[0]
    languages = {row[0] for row in rows(out, "SELECT DISTINCT (lang(?l) AS ?lang) WHERE { ?s rdfs:label ?l FILTER(STRSTARTS(STR(?s), STR(id:))) }")}
    assert languages <= {"zh-hans", "zh-hant", "zh-Hans", "zh-Hant"} and languages & {"zh-hans", "zh-Hans"}
    doubled = rows(out, """SELECT ?s WHERE { ?s rdfs:label ?a , ?b FILTER(?a != ?b && langMatches(lang(?a), 'zh-Hans') && langMatches(lang(?b), 'zh-Hans'))
                          FILTER(STRSTARTS(STR(?s), 'https://w3id.org/charity-kg/id/person/')) }""")
    assert not doubled
    no_simplified = rows(out, """SELECT ?s WHERE { ?s rdfs:label ?l FILTER(STRSTARTS(STR(?s), STR(id:)))
                                FILTER NOT EXISTS { ?s rdfs:label ?h FILTER(langMatches(lang(?h), 'zh-Hans')) } }""")
    assert not no_simplified


def test_a_node_is_never_both_current_and_former(multi_build, dev_store) -> None:
    for out in (multi_build[0], dev_store):
        assert not ask(out, '?p ck:status "current" , "former"')
        assert ask(out, '?p ck:status "former"') or out == multi_build[0]


def test_a_former_post_gets_no_date_of_its_article(dev_store) -> None:
    """原会长 in a 2023 article does not make the post current on that day."""
    former_only = rows(dev_store, """SELECT ?p WHERE { ?p ck:statedStatus "former" FILTER NOT EXISTS { ?p ck:statedStatus "current" } }""")
    assert former_only
    for (position,) in former_only:
        assert not ask(dev_store, f"<{position}> ck:firstAttested ?d")
        assert not ask(dev_store, f"<{position}> org:memberDuring ?i")


def test_tenure_only_where_the_text_gives_it(multi_build, dev_store) -> None:
    for out in (multi_build[0], dev_store):
        dated = rows(out, "SELECT ?p ?b WHERE { ?p org:memberDuring/time:hasBeginning/time:inXSDDate ?b }")
        given = rows(out, "SELECT DISTINCT ?p WHERE { ?p a ck:Position }")
        assert len(dated) < len(given)  # most posts have no tenure dates in the text: none is invented


def test_chair_terms_never_point_to_a_nameless_network(multi_build, dev_store) -> None:
    for out in (multi_build[0], dev_store):
        assert not ask(out, "?t ck:termOf ?n FILTER(STR(?n) = 'https://w3id.org/charity-kg/id/network/')")
        assert not ask(out, "?n a ck:Network FILTER NOT EXISTS { ?n rdfs:label ?l }")
        for (name,) in rows(out, "SELECT ?l WHERE { ?n a ck:Network ; rdfs:label ?l }"):
            assert not name.startswith(("商定", "下一次")) and name != "联席会议" and "年" not in name
    terms = rows(multi_build[0], "SELECT ?t (COUNT(DISTINCT ?p) AS ?n) WHERE { ?t ck:chairPerson ?p } GROUP BY ?t")
    assert terms and all(n == "1" for _, n in terms)


def test_every_event_has_a_name_and_evidence(multi_build, dev_store) -> None:
    for out in (multi_build[0], dev_store):
        assert not ask(out, "?e a ck:Event FILTER NOT EXISTS { ?e rdfs:label ?l }")
        assert not ask(out, "?e a ck:Event FILTER NOT EXISTS { ?e ck:evidence ?v }")


def test_derived_facts_carry_provenance(multi_build) -> None:
    """Each derived statement is in the graph of its basis, which the derived graph says it was derived from."""
    out = multi_build[0]
    derived = "https://w3id.org/charity-kg/id/graph/derived"
    for predicate in ("ck:successorOf", "ck:handoverEvent", "ck:nextTerm", "ck:tookPartIn", "ck:onBehalfOf", "ck:status", "ck:lastAttested", "ck:attestedYear"):
        stated = rows(out, f"SELECT ?g ?s ?o WHERE {{ GRAPH ?g {{ ?s {predicate} ?o }} }}")
        assert stated and all(g.startswith("https://w3id.org/charity-kg/id/graph/basis/") for g, _, _ in stated), predicate
        assert len(stated) == len({(s, o) for _, s, o in stated}), predicate  # each statement in one graph
        unsourced = rows(out, f"""SELECT ?s ?o WHERE {{ GRAPH ?basis {{ ?s {predicate} ?o }}
                                  FILTER NOT EXISTS {{ GRAPH <{derived}> {{ ?basis prov:wasDerivedFrom ?a }} ?a a ck:Article }} }}""")
        assert not unsourced, (predicate, unsourced[:3])


def test_attested_years_run_from_the_first_to_the_last_attestation(dev_store) -> None:
    spans = rows(dev_store, "SELECT ?p ?f ?l WHERE { ?p ck:firstAttested ?f ; ck:lastAttested ?l }")
    years = rows(dev_store, "SELECT ?p ?y WHERE { ?p ck:attestedYear ?y }")
    expected = {(p, str(y)) for p, f, l in spans for y in range(int(f[:4]), int(l[:4]) + 1)}
    assert spans and any(int(l[:4]) > int(f[:4]) for _, f, l in spans)  # some span crosses a year
    assert {(p, y) for p, y in years} == expected and len(years) == len(expected)


def test_concurrent_posts_are_what_the_articles_state(dev_store) -> None:
    """ck:concurrentPost (derived) links exactly the people one article states in current posts of two or more
    organizations (a unit and its parent counting as one) to each of their corpus-wide current posts."""
    stated = rows(dev_store, """SELECT DISTINCT ?p WHERE { {
        SELECT ?p ?article (COUNT(DISTINCT ?root) AS ?n) WHERE {
          # what an article states: in its graph, or in the shared graph of the articles that all state it
          { SELECT ?article ?a WHERE { { GRAPH ?article { ?a ck:statedStatus "current" } } UNION
              { GRAPH ?s { ?a ck:statedStatus "current" } GRAPH <https://w3id.org/charity-kg/id/graph/shared> { ?s prov:wasDerivedFrom ?article } } } }
          { SELECT ?article ?a ?p WHERE { { GRAPH ?article { ?a org:member ?p } } UNION
              { GRAPH ?s { ?a org:member ?p } GRAPH <https://w3id.org/charity-kg/id/graph/shared> { ?s prov:wasDerivedFrom ?article } } } }
          ?a org:organization ?o
          OPTIONAL { ?o ck:parentOrganization ?parent } BIND(COALESCE(?parent, ?o) AS ?root)
        } GROUP BY ?p ?article } FILTER(?n > 1) }""")
    expected = rows(dev_store, f"""SELECT ?p ?a WHERE {{ VALUES ?p {{ {' '.join(f'<{p}>' for p, in stated)} }}
                                   ?a org:member ?p ; ck:status "current" }} ORDER BY ?p ?a""")
    derived = rows(dev_store, "SELECT ?p ?a WHERE { GRAPH ?basis { ?p ck:concurrentPost ?a } } ORDER BY ?p ?a")
    assert len(stated) > 3 and derived == expected
    unsourced = rows(dev_store, """SELECT ?p WHERE { GRAPH ?basis { ?p ck:concurrentPost ?a }
                                   FILTER NOT EXISTS { ?basis prov:wasDerivedFrom ?article . ?article a ck:Article } }""")
    assert not unsourced


def test_a_split_person_keeps_the_iris_it_may_have_been_published_as(multi_build) -> None:
    same = rows(multi_build[0], "SELECT ?p ?alias WHERE { ?p owl:sameAs ?alias }")
    assert same and all("/person/" in p and "%40" in alias for p, alias in same)
