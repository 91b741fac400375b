"""--jobs: a generated corpus built by two worker processes equals the one-process build, cached or not."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.build import RESOLUTION_KINDS, PackedCorpus, Spilled, _Unspill, build, make_bundle, prepare
from kg.cache import ExtractionCache
from kg.extract import extract_article
from kg.loaders import load_articles
from kg.loaders.text import clean_text
from kg.exporters import EXPORTERS
from kg.scale_corpus import make_scale_corpus
from kg.store import STORE_DIR, open_store

FILES = sorted(e.filename for e in EXPORTERS.values() if e.filename != STORE_DIR)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scale") / "articles"
    make_scale_corpus(200, folder)
    return folder


@pytest.mark.slow
def test_two_jobs_equal_one_job_and_the_cache_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    one = build([corpus], tmp_path / "one", jobs=1)
    two = build([corpus], tmp_path / "two", jobs=2, cache_dir=tmp_path / "cache")
    again = build([corpus], tmp_path / "again", jobs=2, cache_dir=tmp_path / "cache", validate=False)
    assert one.articles == two.articles == again.articles == 200
    assert two.extracted == 200 and again.extracted == 0  # the second build took every article from the cache
    assert one.violations == two.violations  # the SHACL report too (the generated texts hold some undated events)
    for name in FILES:
        first = (tmp_path / "one" / name).read_bytes()
        assert first == (tmp_path / "two" / name).read_bytes(), f"{name}: --jobs 2 differs from --jobs 1"
        assert first == (tmp_path / "again" / name).read_bytes(), f"{name}: the cached build differs"
    counts = [list(open_store(tmp_path / folder).query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))[0]["n"].value for folder in ("one", "two")]
    assert counts[0] == counts[1] and int(counts[0]) > 50_000


def test_generated_corpus_is_the_same_every_time(tmp_path: Path, corpus: Path) -> None:
    make_scale_corpus(200, tmp_path / "again")
    assert sorted(p.name for p in corpus.iterdir()) == sorted(p.name for p in (tmp_path / "again").iterdir())
    assert all((corpus / p.name).read_bytes() == p.read_bytes() for p in (tmp_path / "again").iterdir())


def test_progress_bar_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from click.testing import CliRunner

    from kg.cli import main
    from tests.conftest import SEED_ARTICLES

    result = CliRunner().invoke(main, ["build", str(SEED_ARTICLES), "-o", str(tmp_path / "quiet"), "--jobs", "2", "--no-cache", "-f", "facts"])
    assert result.exit_code == 0 and "reading and extracting" not in result.output  # not a terminal: no bar
    build([SEED_ARTICLES], tmp_path / "shown", formats=["facts"], jobs=1, progress=True)
    assert "reading and extracting" in capsys.readouterr().err


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_renamed_article_is_extracted_under_its_new_id(corpus: Path, tmp_path: Path, jobs: int) -> None:
    """Workers send articles back without their text; an article whose id was taken is read again and
    extracted under its new id, so every evidence of its facts names the new id."""
    sources = sorted(corpus.iterdir())[:2]
    for folder, source in zip(("x", "y"), sources):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_bytes(source.read_bytes())
    prepared = prepare([tmp_path / "x", tmp_path / "y"], curated=None, jobs=jobs)
    assert [item.article.article_id for item in prepared.corpus] == ["news", "news-2"]
    assert all(item.article.text == "" and item.article.text_sha256 for item in prepared.corpus)
    renamed = prepared.corpus[1]
    evidence = [e for fact in renamed.facts for e in fact.evidence]
    assert evidence and {e.article_id for e in evidence} == {"news-2"}
    # the text as loaded: the file's, cleaned of a conversion's noise (kg/loaders/text.py clean_text)
    assert renamed.article.text_sha256 == hashlib.sha256(clean_text(sources[1].read_text(encoding="utf-8")).encode("utf-8")).hexdigest()


@pytest.mark.parametrize("jobs", [1, 2])
def test_spilled_facts_give_the_same_bundle(corpus: Path, tmp_path: Path, jobs: int) -> None:
    """With a spill folder the main process keeps only what resolution reads; the walk reads every article
    back from disk (the renamed one too), and the facts table and quads equal those of the in-memory corpus."""
    sources = sorted(corpus.iterdir())[:3]
    for folder, name, source in zip(("x", "y", "y"), ("news", "news", "other"), sources):  # y/news.txt: its id is taken
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / f"{name}.txt").write_bytes(source.read_bytes())
    (tmp_path / "spill").mkdir()
    held = prepare([tmp_path / "x", tmp_path / "y"], curated=None, jobs=jobs)
    spilled = prepare([tmp_path / "x", tmp_path / "y"], curated=None, jobs=jobs, spill_dir=tmp_path / "spill")
    ids = [item.article.article_id for item in held.corpus]
    assert "news-2" in ids and [item.article.article_id for item in spilled.corpus] == ids
    assert sorted(spilled.spilled) == sorted(ids) and all(isinstance(where, Spilled) for where in spilled.spilled.values())
    assert isinstance(spilled.corpus, PackedCorpus) and len(spilled.corpus) == len(ids)  # what resolution reads, packed
    assert spilled.corpus[1].article.article_id == ids[1] and list(spilled.corpus) == list(spilled.corpus)  # read again alike
    light = [fact for item in spilled.corpus for fact in item.facts]
    assert light and all(not fact.evidence and (fact.kind in RESOLUTION_KINDS or fact.fields.get("network")) for fact in light)
    back = {item.article.article_id: _Unspill().get(spilled.spilled[item.article.article_id]) for item in held.corpus}
    for item in held.corpus:
        assert [(f.kind, f.fields, f.evidence) for f in back[item.article.article_id].facts] == [(f.kind, f.fields, f.evidence) for f in item.facts]
    one = make_bundle(held.corpus, jobs=jobs)
    two = make_bundle(spilled.corpus, jobs=jobs, spilled=spilled.spilled)
    assert one.facts.path.read_bytes() == two.facts.path.read_bytes() and one.facts.kinds == two.facts.kinds
    assert one.quads.path.read_bytes() == two.quads.path.read_bytes()
    assert sorted(one.network.edges(keys=True)) == sorted(two.network.edges(keys=True))


def test_the_cache_gives_back_the_facts_exactly(corpus: Path, tmp_path: Path) -> None:
    """An entry read back equals what was extracted, evidence shared per sentence and rule as the extractor shares it."""
    article = load_articles([sorted(corpus.iterdir())[0]]).articles[0]
    item = extract_article(article)
    cache = ExtractionCache(tmp_path / "cache")
    assert cache.get(article) is None
    cache.put(item)
    cache.put(item)  # the entry's folder exists now
    back = ExtractionCache(tmp_path / "cache").get(article)
    assert back is not None and back.unhandled == item.unhandled
    assert [(f.kind, f.fields, f.evidence) for f in back.facts] == [(f.kind, f.fields, f.evidence) for f in item.facts]
    evidence = [e for f in back.facts for e in f.evidence]
    assert len({id(e) for e in evidence}) == len(set(evidence)) < len(evidence)


@pytest.mark.slow
def test_the_store_fed_early_holds_the_settled_quads(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With two jobs the store's loader is fed the articles' own statements and the entity graph during derive,
    and what settling adds after: the store holds exactly graph.nq's quads (and the ontology graph), as the
    one-process build's store, which is loaded from the settled file."""
    import pyoxigraph as ox

    import kg.build
    from kg.exporters.store import ontology_quads
    from kg.namespaces import ONTOLOGY_GRAPH

    monkeypatch.setattr(kg.build, "BACKGROUND_QUADS", 0)  # the small corpus goes to the second process too
    fed: list[str] = []
    real_feed = kg.build._EarlyExports.feed

    def feed(self, path, count):
        fed.append(path.name)
        real_feed(self, path, count)

    monkeypatch.setattr(kg.build._EarlyExports, "feed", feed)
    build([corpus], tmp_path / "two", jobs=2, validate=False, formats=["nquads", "store"])
    # the walk's chunk files of own statements as they are (not copied into one first), in order, then the entity graph
    assert len(fed) > 2 and fed[-1] == "entities.feed"
    assert fed[:-1] == sorted(fed[:-1]) and all(name.startswith("chunk-") and name.endswith(".own") for name in fed[:-1])
    build([corpus], tmp_path / "one", jobs=1, validate=False, formats=["nquads", "store"])

    def stored(folder: str, ontology: bool = False) -> set[str]:
        return {str(q) for q in ox.Store.read_only(str(tmp_path / folder / STORE_DIR)) if (q.graph_name == ox.NamedNode(ONTOLOGY_GRAPH)) == ontology}

    written = {str(q) for q in ox.parse(path=str(tmp_path / "two" / "graph.nq"), format=ox.RdfFormat.N_QUADS)}
    assert stored("two") == written == stored("one")
    assert len(written) > 50_000
    # the ontology graph, fed to the loader last (or loaded beside the settled file), whole in both stores
    assert stored("two", ontology=True) == stored("one", ontology=True) == {str(q) for q in ontology_quads()}


def test_a_store_feed_declined_at_first_stays_declined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first file for the store decides: with too few quads then, no second process is started by a later
    file (its store would lack the first file's quads); both files are removed, the store loaded from the settled file."""
    import kg.build

    monkeypatch.setattr(kg.build, "BACKGROUND_QUADS", 10)
    early = kg.build._EarlyExports(tmp_path / "out", None, False, 2)
    first, second = tmp_path / "own.nq", tmp_path / "entities.feed"
    first.write_text("", encoding="utf-8")
    second.write_text("", encoding="utf-8")
    early.feed(first, 5)
    early.feed(second, 50)
    assert early.background is None and early.staging is None
    assert not first.exists() and not second.exists()
