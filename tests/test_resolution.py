"""One node per real-world entity across articles and years (the invented multi-article corpus)."""

from __future__ import annotations

import json
import pickle
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


def test_the_resolution_read_from_disk_answers_as_in_memory(multi_corpus, tmp_path: Path) -> None:
    """The walk's spawned workers read the resolution from an SQLite file: every look-up the same, pickled small."""
    resolution = resolve(multi_corpus)
    on_disk = pickle.loads(pickle.dumps(resolution.on_disk(tmp_path / "resolution.sqlite")))
    assert resolution.person_iri and resolution.org_iri
    for (article, name), iri in resolution.person_iri.items():
        assert on_disk.person(article, name) == iri
    for name, iri in resolution.org_iri.items():
        assert on_disk.org(name) == iri and on_disk.org_key(name) == resolution.org_key(name)
    assert on_disk.org("不在语料里的组织") == resolution.org("不在语料里的组织")
    assert on_disk.person("不在语料里的文章", "某某") == resolution.person("不在语料里的文章", "某某")
    assert len(pickle.dumps(on_disk)) < len(pickle.dumps(resolution)) / 4


def test_a_resolution_written_to_disk_as_it_resolves_equals_the_one_held(multi_corpus, tmp_path: Path) -> None:
    """A build resolves with `people` (kg.resolve.PeopleOnDisk): the mentions sorted, each mention's person and each
    article's organizations kept in an SQLite file instead of this process's memory. The same people, homonyms,
    aliases and articles as the resolution held whole, and the walk's reading of it (on_disk) the same."""
    curation = load_curation(None)
    corpus = apply_curation(multi_corpus, curation)
    held = resolve(corpus, curation)
    written = resolve(corpus, curation, people=tmp_path / "people.sqlite")
    assert held.person_iri and not isinstance(written.person_iri, dict)
    for (article, name), iri in held.person_iri.items():
        assert written.person(article, name) == iri
    assert written.person("不在语料里的文章", "某某") == held.person("不在语料里的文章", "某某")
    assert written.homonyms == held.homonyms and written.org_iri == held.org_iri and written.chair_people == held.chair_people
    assert list(written.same_as.sorted_items()) == [(str(person), [str(a) for a in aliases]) for person, aliases in sorted(held.same_as.items())]
    assert list(written.person_articles.articles_in_order()) == sorted((str(person), sorted(articles)) for person, articles in held.person_articles.items())
    walked = pickle.loads(pickle.dumps(written.on_disk(tmp_path / "resolution.sqlite")))
    for (article, name), iri in held.person_iri.items():
        assert walked.person(article, name) == iri


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
        ?later org:member/rdfs:label ?new ; org:role/rdfs:label "会长"@zh-Hans ; org:organization/rdfs:label "湖北省慈善总会"@zh-Hans .
        ?earlier org:member/rdfs:label ?old }"""
    assert ["柳文涛", "郑启明"] in run_query(open_store(out), sparql).rows
    attested = """SELECT ?begin ?end WHERE {
        ?p org:member/rdfs:label "郑启明"@zh-Hans ; org:role/rdfs:label "会长"@zh-Hans ;
           ck:firstAttested ?begin ; ck:lastAttested ?end }"""
    (begin, end), = run_query(open_store(out), attested).rows
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


# --- networks, chairs, people across provinces, stable identifiers (issue 10) ---

from kg.model import Article, ArticleFacts, Fact  # noqa: E402
from kg.resolve import canonical_network  # noqa: E402


@pytest.mark.parametrize(
    ("written", "network"),
    [
        ("湘鄂赣豫慈善协作联席会议", "湘鄂赣豫慈善协作联席会议"),
        ("2022年湘鄂赣豫慈善协作联席会议", "湘鄂赣豫慈善协作联席会议"),
        ("湘鄂赣豫慈善协作第三次联席会议", "湘鄂赣豫慈善协作联席会议"),
        ("南京都市圈慈善联盟2023年度联席会议", "南京都市圈慈善联盟联席会议"),
        ("商定下一次联席会议", ""),
        ("联席会议", ""),
        ("下一届慈善联盟", ""),
    ],
)
def test_networks_are_names_never_phrases(written: str, network: str) -> None:
    assert canonical_network(written) == network


def _facts(article_id: str, date: str, *facts: tuple[str, dict]) -> ArticleFacts:
    return ArticleFacts(Article(article_id, "…", date=date), [Fact(kind, fields) for kind, fields in facts])


def test_one_network_for_a_year_qualified_name_and_a_plain_one() -> None:
    corpus = [
        _facts("a", "2023-05-01", ("chair_term", {"organization": "甲省慈善总会", "year": "2023", "network": "乙丙慈善联盟2023年度联席会议"})),
        _facts("b", "2024-05-01", ("chair_term", {"organization": "丁省慈善总会", "year": "2024", "network": "乙丙慈善联盟"})),
    ]
    resolution = resolve(corpus)
    assert {resolution.network(n) for n in ("乙丙慈善联盟2023年度联席会议", "乙丙慈善联盟")} == {"乙丙慈善联盟联席会议"}


def test_chair_term_without_a_network_is_never_paired_with_another_organizations_network() -> None:
    corpus = [
        _facts("a", "2023-05-01", ("chair_term", {"organization": "甲省慈善总会", "year": "2023", "network": "甲乙慈善协作联席会议"})),
        _facts("b", "2024-05-01", ("chair_term", {"organization": "丙省慈善总会", "year": "2024"})),
        _facts("c", "2024-06-01", ("chair_term", {"organization": "甲省慈善总会", "year": "2024"})),
    ]
    resolution = resolve(corpus)
    assert resolution.network_for("", "丙省慈善总会") == ""  # it chairs no known network: none, not a nameless one
    assert resolution.network_for("", "甲省慈善总会") == "甲乙慈善协作联席会议"  # the one network it chairs
    assert resolution.network_for("商定下一次联席会议", "丙省慈善总会") == ""


def test_one_chair_person_per_term(multi_corpus) -> None:
    resolution = resolve(multi_corpus)
    gold = json.loads((MULTI / "chair_rotation.json").read_text(encoding="utf-8"))
    for term in gold:
        assert resolution.chair_people[("湘鄂赣豫慈善协作联席会议", term["year"])] == term["person"]


def test_a_name_in_two_scripts_in_two_provinces_stays_two_people() -> None:
    """劉建國 of a 江西 organization (a traditional-script article) is not 刘建国 of a 河南 one."""
    corpus = [
        _facts("a", "2022-01-01", ("person", {"name": "刘建国"}), ("organization", {"name": "信阳市慈善总会", "region": "河南"}),
               ("position", {"person": "刘建国", "role": "会长", "organization": "信阳市慈善总会"})),
        _facts("b", "2023-01-01", ("person", {"name": "劉建國"}), ("organization", {"name": "江西省慈善總會", "region": "江西"}),
               ("position", {"person": "劉建國", "role": "會長", "organization": "江西省慈善總會"})),
        _facts("c", "2024-01-01", ("person", {"name": "劉建國"}), ("organization", {"name": "信陽市慈善總會", "region": "河南"}),
               ("position", {"person": "劉建國", "role": "會長", "organization": "信陽市慈善總會"})),
    ]
    resolution = resolve(corpus)
    assert resolution.person("a", "刘建国") != resolution.person("b", "劉建國")
    assert resolution.person("a", "刘建国") == resolution.person("c", "劉建國")  # same organization in either script
    assert "刘建国" in resolution.homonyms


def test_an_unexpanded_short_form_never_joins_people_across_articles() -> None:
    corpus = [
        _facts("a", "2022-01-01", ("person", {"name": "张三丰"}), ("position", {"person": "张三丰", "role": "会长", "organization": "市慈善总会"})),
        _facts("b", "2023-01-01", ("person", {"name": "张三丰"}), ("position", {"person": "张三丰", "role": "会长", "organization": "市慈善总会"})),
    ]
    resolution = resolve(corpus)
    assert resolution.person("a", "张三丰") != resolution.person("b", "张三丰")


EVERY_IRI = "SELECT DISTINCT ?iri WHERE { { ?iri ?p ?o } UNION { ?s ?p ?iri } FILTER(isIRI(?iri) && STRSTARTS(STR(?iri), STR(id:))) }"
WANG = "https://w3id.org/charity-kg/id/person/王伟"
WANG_OF_HENAN = f"ASK {{ ?p org:member <{WANG}> ; org:organization/rdfs:label ?o . FILTER(STR(?o) = '河南省慈善总会') }}"


def _x_and_y(tmp_path: Path, older: bool) -> tuple[Path, Path]:
    """Corpus X (multi without m05), and X+Y where Y = m05 brings a second 王伟 (of a 湖南 company);
    `older` dates Y before every article of X's 王伟 (2022 -> 2020)."""
    y_name = "m05-2022-hunan-donation"
    x_dir, xy_dir = tmp_path / "x", tmp_path / "xy"
    x_dir.mkdir()
    xy_dir.mkdir()
    for path in sorted((MULTI / "articles").iterdir()):
        if path.stem != y_name:
            shutil.copy(path, x_dir)
            shutil.copy(path, xy_dir)
    text = (MULTI / "articles" / f"{y_name}.txt").read_text(encoding="utf-8")
    (xy_dir / f"{y_name}.txt").write_text(text.replace("2022年", "2020年") if older else text, encoding="utf-8")
    return x_dir, xy_dir


def _iris(out: Path) -> set[str]:
    """Every IRI the build published, but the basis graphs of derived statements and the shared graphs of
    statements several articles make: they are named by the set of articles a statement rests on
    (content-addressed), so a statement that a later article also supports moves to another one; what the
    statement is about keeps its IRI."""
    return {row[0] for row in run_query(open_store(out), EVERY_IRI).rows if "/id/graph/basis/" not in row[0] and "/id/graph/shared/" not in row[0]}


def test_iris_of_a_corpus_still_exist_when_a_later_corpus_adds_a_homonym(tmp_path: Path) -> None:
    """Build X, then X+Y where Y brings a second 王伟 dated after X's: every IRI X published is still in the new build."""
    x_dir, xy_dir = _x_and_y(tmp_path, older=False)
    build([x_dir], tmp_path / "out-x", formats=["store"], curated=None)
    build([xy_dir], tmp_path / "out-xy", formats=["store"], curated=None)
    x_iris, xy_iris = _iris(tmp_path / "out-x"), _iris(tmp_path / "out-xy")
    assert WANG in x_iris and any(i.startswith(WANG + "%40") for i in xy_iris), "Y must add a homonym"
    assert x_iris - xy_iris == set()
    # and the old IRI still names the person it named: 王伟 of 河南省慈善总会
    assert run_query(open_store(tmp_path / "out-xy"), WANG_OF_HENAN).rows == [["true"]]


def test_a_published_iri_keeps_its_person_when_the_new_homonyms_articles_are_older(tmp_path: Path) -> None:
    """X is built and published; X+Y is built into the same folder, Y's 王伟 attested years earlier than X's.
    The earliest-attested rule alone would hand the bare IRI to Y's 王伟; the previous build (the store in the
    folder) keeps it on X's 王伟, so every IRI of X still exists and means what it meant. The homonym link and
    the new person's owl:sameAs aliases rest on the articles that made the split."""
    x_dir, xy_dir = _x_and_y(tmp_path, older=True)
    out = tmp_path / "exports"
    build([x_dir], out, formats=["store"], curated=None)
    x_iris = _iris(out)
    assert WANG in x_iris and run_query(open_store(out), WANG_OF_HENAN).rows == [["true"]]
    build([xy_dir], out, formats=["store"], curated=None)
    xy_iris = _iris(out)
    other = sorted(i for i in xy_iris if i.startswith(WANG + "%40") and "湖南" in i)
    assert other, "Y must add a homonym of another organization"
    assert x_iris - xy_iris == set()
    assert run_query(open_store(out), WANG_OF_HENAN).rows == [["true"]]
    store = open_store(out)
    sources = run_query(store, f"""SELECT DISTINCT ?a WHERE {{ GRAPH ?basis {{ <{WANG}> ck:possibleHomonym <{other[0]}> }}
                                 GRAPH <https://w3id.org/charity-kg/id/graph/derived> {{ ?basis prov:wasDerivedFrom ?a }} }}""").rows
    assert [s[0] for s in sources if s[0].endswith("/m05-2022-hunan-donation")], sources
    # without the previous build (a fresh folder), the older namesake is the earliest-attested: the rule that moved the IRI
    build([xy_dir], tmp_path / "fresh", formats=["store"], curated=None)
    assert run_query(open_store(tmp_path / "fresh"), WANG_OF_HENAN).rows == [["false"]]
