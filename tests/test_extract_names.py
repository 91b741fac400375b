"""Organization and person finding, each rule on short invented sentences (no name from any article)."""

from __future__ import annotations

from kg.extract import extract_article
from kg.model import Article


def _facts(body: str, publisher: str = "", date: str = "2023-06-12") -> list[dict]:
    article = Article("t", body, title="", date=date, publisher=publisher, body_start=0)
    return [f.to_record() for f in extract_article(article).facts]


def _orgs(facts: list[dict]) -> set[str]:
    return {f["name"] for f in facts if f["kind"] == "organization"}


def _positions(facts: list[dict]) -> set[tuple[str, str, str]]:
    return {(f["person"], f["role"], f["organization"]) for f in facts if f["kind"] == "position"}


def test_a_particle_the_segmenter_glued_to_a_name_is_not_part_of_it() -> None:
    facts = _facts(
        "6月10日，集团副总裁兼华新置业（南京）有限公司董事长邵国华出席。会长代表省慈善总会向华新控股集团颁发证书。"
        "市政协副主席钱立德带队到市慈善总会调研。"
    )
    orgs = _orgs(facts)
    assert {"华新置业（南京）有限公司", "华新控股集团"} <= orgs
    assert [o for o in orgs if o.endswith("省慈善总会")] and [o for o in orgs if o.endswith("市慈善总会")]
    assert not [o for o in orgs if o.startswith(("兼", "向", "到")) or "向" in o]
    assert ("邵国华", "董事长", "华新置业（南京）有限公司") in _positions(facts)


def test_words_that_name_words_stay_whole() -> None:
    orgs = _orgs(_facts("6月10日，和平区向阳社区党委书记邵国华和南京市至诚慈善基金会理事长钱立德出席。"))
    assert {"和平区向阳社区", "南京市至诚慈善基金会"} <= orgs


def test_a_group_word_or_a_share_word_before_a_name_is_not_part_of_it() -> None:
    facts = _facts("6月10日，集团旗下华新物流（苏州）有限公司捐赠50万元。市政协副主席钱立德率部分市政协委员视察。")
    orgs = _orgs(facts)
    assert "华新物流（苏州）有限公司" in orgs
    assert not [o for o in orgs if o.startswith(("集团旗下", "旗下", "部分"))]


def _people(facts: list[dict]) -> set[str]:
    return {f["name"] for f in facts if f["kind"] == "person"}


def test_a_word_of_place_or_manner_after_a_title_is_no_name() -> None:
    people = _people(_facts("6月10日，戚文涌理事长线上发言，会长邵国华现场讲解。副会长高雅主持，秘书长孔立群致辞。"))
    assert {"戚文涌", "邵国华", "高雅", "孔立群"} <= people
    assert not people & {"线上", "现场"}


def test_de_ends_no_name() -> None:
    people = _people(_facts("6月10日，连任的会长严晓静作表态发言。在贝慧琳、端木蓉的见证下，双方签约。"))
    assert "严晓静" in people
    assert not [p for p in people if p.endswith("的")]


def test_a_verb_ending_in_ren_is_no_part_of_the_name_before_it() -> None:
    people = _people(_facts("6月10日，会议选举金晓川为理事长，司马文韬连任秘书长，欧阳明继任监事长。"))
    assert {"金晓川", "司马文韬"} <= people
    assert not [p for p in people if p.endswith(("连", "继"))]
