"""One node per real-world entity across articles and years (the invented multi-article corpus)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import BuildReport, build, extract_corpus
from kg.cli import main
from kg.curate import apply_curation, load_curation
from kg.errors import InputError
from kg.evaluate import merge_scores
from kg.loaders import load_articles
from kg.resolve import resolve
from kg.store import open_store, run_query
from tests.conftest import MULTI, export_bytes


@pytest.fixture(scope="module")
def multi_corpus():
    corpus, problems = extract_corpus(load_articles([MULTI / "articles"]))
    assert not problems
    return corpus


def _system_labels(corpus, resolution):
    orgs = {}
    for item in corpus:
        for fact in item.facts:
            if fact.kind == "organization":
                for name in [fact.fields["name"]] + list(fact.fields.get("aliases") or []):
                    orgs[(item.article.article_id, name)] = str(resolution.org(fact.fields["name"]))

    def person(article: str, name: str) -> str | None:
        iri = resolution.person_iri.get((article, name))
        return str(iri) if iri else None

    return person, lambda article, name: orgs.get((article, name))


def test_merge_precision_and_recall(multi_corpus) -> None:
    gold = json.loads((MULTI / "entities.json").read_text(encoding="utf-8"))
    person, org = _system_labels(multi_corpus, resolve(multi_corpus))
    people = merge_scores(gold["persons"], person)
    organizations = merge_scores(gold["organizations"], org)
    assert people.precision >= 0.95 and people.recall >= 0.95, people
    assert organizations.precision >= 0.95 and organizations.recall >= 0.95, organizations


def test_homonyms_kept_apart_and_flagged(multi_corpus) -> None:
    resolution = resolve(multi_corpus)
    gold = json.loads((MULTI / "entities.json").read_text(encoding="utf-8"))
    names = [e["name"] for e in gold["persons"]]
    homonyms = {n for n in names if names.count(n) > 1}
    assert homonyms and homonyms <= set(resolution.homonyms)
    for name in homonyms:
        assert len(resolution.homonyms[name]) == names.count(name)


def test_rotation_in_order(multi_build: tuple[Path, BuildReport]) -> None:
    out, _ = multi_build
    expected = json.loads((MULTI / "chair_rotation.json").read_text(encoding="utf-8"))
    sparql = """SELECT ?year ?org ?previous WHERE {
        ?term a ck:ChairTerm ; ck:termYear ?year ; ck:chairOrganization/rdfs:label ?org .
        OPTIONAL { ?term ck:previousTerm/ck:termYear ?previous } } ORDER BY ?year"""
    rows = run_query(open_store(out), sparql).rows
    assert [(r[0], r[1]) for r in rows] == [(t["year"], t["organization"]) for t in expected]
    assert [r[2] for r in rows] == [""] + [t["year"] for t in expected[:-1]]


def test_handover_linked_to_both_terms(multi_build: tuple[Path, BuildReport]) -> None:
    out, _ = multi_build
    sparql = """SELECT ?year (COUNT(DISTINCT ?event) AS ?n) WHERE {
        ?term a ck:ChairTerm ; ck:termYear ?year ; ck:handoverEvent ?event } GROUP BY ?year ORDER BY ?year"""
    counts = dict(run_query(open_store(out), sparql).rows)
    inner_years = sorted(counts)[1:-1]
    assert inner_years and all(counts[y] == "2" for y in inner_years), counts


def test_successor_and_position_interval(multi_build: tuple[Path, BuildReport]) -> None:
    out, _ = multi_build
    sparql = """SELECT ?new ?old WHERE {
        ?later ck:successorOf ?earlier .
        ?later org:member/rdfs:label ?new ; org:role/rdfs:label "会长"@zh ; org:organization/rdfs:label "湖北省慈善总会"@zh .
        ?earlier org:member/rdfs:label ?old }"""
    assert ["柳文涛", "郑启明"] in run_query(open_store(out), sparql).rows
    interval = """SELECT ?begin ?end WHERE {
        ?p org:member/rdfs:label "郑启明"@zh ; org:role/rdfs:label "会长"@zh ;
           org:memberDuring [ time:hasBeginning/time:inXSDDate ?begin ; time:hasEnd/time:inXSDDate ?end ] }"""
    (begin, end), = run_query(open_store(out), interval).rows
    assert begin.startswith("2021") and end > begin


def test_possible_homonym_in_graph(multi_build: tuple[Path, BuildReport]) -> None:
    out, _ = multi_build
    rows = run_query(open_store(out), "SELECT DISTINCT ?name WHERE { ?a ck:possibleHomonym ?b . ?a rdfs:label ?name }").rows
    assert rows == [["王伟"]]



def test_curated_layer_survives_rebuilds(tmp_path: Path, multi_corpus) -> None:
    resolution = resolve(multi_corpus)
    wang = sorted(resolution.homonyms["王伟"])
    folder = tmp_path / "curated"
    folder.mkdir()
    (folder / "merges.csv").write_text(
        f"kind,keep,merge,note\nperson,{wang[0]},{wang[1]},checked by phone: one person\n", encoding="utf-8"
    )
    (folder / "aliases.csv").write_text("kind,alias,name,note\norganization,湖北省慈善总会,湖北省慈善总会(新),renamed in a later year\n", encoding="utf-8")
    (folder / "facts.jsonl").write_text(
        json.dumps({"kind": "person", "name": "某某", "note": "named in a printed yearbook, p. 12"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    (folder / "corrections.jsonl").write_text(
        json.dumps({"match": {"kind": "person", "name": "柳文涛"}, "action": "remove", "note": "test removal"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    for _ in range(2):  # a rebuild applies the same corrections again
        curation = load_curation(folder)
        corpus = apply_curation(multi_corpus, curation)
        result = resolve(corpus, curation)
        assert len({result.person_iri[k] for k in result.person_iri if k[1] == "王伟"}) == 1
        assert "湖北省慈善总会(新)" in result.org_iri and "湖北省慈善总会" not in result.org_iri
        assert any(i.article.article_id == "curated" for i in corpus)
        assert not any(f.kind == "person" and f.fields["name"] == "柳文涛" for i in corpus for f in i.facts)
    assert any(f.kind == "person" and f.fields["name"] == "柳文涛" for i in multi_corpus for f in i.facts), "extraction output untouched"


def test_curated_row_without_note_names_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "curated"
    folder.mkdir()
    (folder / "aliases.csv").write_text("kind,alias,name,note\norganization,甲,乙,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"aliases\.csv:2: every curated row needs a note"):
        load_curation(folder)


def test_incremental_build_equals_full_rebuild(tmp_path: Path) -> None:
    articles = sorted((MULTI / "articles").iterdir())
    corpus_dir = tmp_path / "articles"
    corpus_dir.mkdir()
    for path in articles[:-1]:
        shutil.copy(path, corpus_dir)
    cache = tmp_path / "cache"
    first = build([corpus_dir], tmp_path / "incremental", curated=None, cache_dir=cache)
    assert first.extracted == len(articles) - 1
    shutil.copy(articles[-1], corpus_dir)
    second = build([corpus_dir], tmp_path / "incremental", curated=None, cache_dir=cache)
    assert second.extracted == 1 and second.articles == len(articles)
    build([corpus_dir], tmp_path / "full", curated=None)
    for path in sorted((tmp_path / "full").iterdir()):
        assert export_bytes(path) == export_bytes(tmp_path / "incremental" / path.name), path.name


def test_review_lists_homonyms_and_unhandled(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["review", str(MULTI / "articles"), "--curated", str(tmp_path / "none")])
    assert result.exit_code == 0, result.output
    assert "[homonym] 王伟" in result.output and "merges.csv" in result.output
    assert "item(s) to review" in result.output


def test_a_former_name_in_another_article_is_the_same_organization(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("协会更名\n\n2020年3月2日 来源:宁波市慈善总会\n\n3月1日，宁波市慈善协会更名为宁波市慈善总会，会长王建国出席。\n", encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text("旧闻\n\n2019年5月2日 来源:某报\n\n5月1日，宁波市慈善协会会长王建国出席会议。\n", encoding="utf-8")
    corpus, _ = extract_corpus(load_articles([first, second]))
    resolution = resolve(corpus)
    assert resolution.org("宁波市慈善协会") == resolution.org("宁波市慈善总会")
    assert resolution.person("a", "王建国") == resolution.person("b", "王建国")


def test_abbreviation_lexicon_names_the_full_organization(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("论坛\n\n2023年9月4日 来源:广州市慈善会\n\n9月3日，论坛在广州举行，中慈联副秘书长刘建勋出席。\n", encoding="utf-8")
    corpus, _ = extract_corpus(load_articles([article]))
    curated = apply_curation(corpus, load_curation(None))
    org = next(f for f in curated[0].facts if f.kind == "organization")
    assert org.fields["name"] == "中国慈善联合会" and "中慈联" in org.fields["aliases"]
