"""Mechanical variation of saved pages costs no facts: hard wraps, <pre> blocks, bracketed date lines, the
transformations of benchmarks/robustness.py. Every example is invented."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.loaders import load_bytes
from kg.loaders.html import rendered_line
from kg.loaders.wrapped_lines import join_open_clauses, unwrap_lines, wrap_width

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = (
    "某市慈善总会召开第三届理事会第二次会议\n"
    "2025年3月6日 来源:某市慈善总会\n\n"
    "2025年3月5日，某市慈善总会第三届理事会第二次会议在市民中心召开。会议由市慈善总会常务副会长赵明远主持，"
    "市慈善总会会长钱文静作工作报告，市民政局副局长孙立群出席会议并讲话。\n"
    "会议审议通过了2024年度工作报告和财务报告，增补周海燕为市慈善总会副会长。\n"
    "市慈善总会副秘书长邹岚、蒋珂、郑文涛出席会议。\n"
)


def _facts(data: str, name: str) -> set[tuple]:
    keys = set()
    for article in load_bytes(data.encode("utf-8"), name).articles:
        for fact in extract_article(article).facts:
            record = fact.to_record()
            if record["kind"] in ("person", "position", "participation"):
                keys.add(tuple(sorted((k, str(v)) for k, v in record.items() if k in ("kind", "name", "person", "role", "organization", "event_date"))))
    return keys


def _robustness():
    spec = importlib.util.spec_from_file_location("robustness", ROOT / "benchmarks" / "robustness.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_hard_wrapped_lines_join_into_paragraphs_without_page_numbers_and_running_heads() -> None:
    lines = [
        "今天召开全市慈善工作会议，主要是总结去年全市慈善工",
        "作，部署今年的重点任务。刚才，市慈善总会会长钱文",
        "静同志通报了去年全市慈善资金募集和使用的情况，各",
        "",
        "- 2 -",
        "",
        "工作简报",
        "",
        "区县作了交流发言。",
        "下面，我讲三点意见。",
    ]
    assert wrap_width(lines) == 50
    assert unwrap_lines(lines) == [
        "今天召开全市慈善工作会议，主要是总结去年全市慈善工作，部署今年的重点任务。刚才，市慈善总会会长钱文静同志"
        "通报了去年全市慈善资金募集和使用的情况，各区县作了交流发言。",
        "下面，我讲三点意见。",
    ]


@pytest.mark.parametrize("lines", [
    ["某市慈善总会召开理事会。", "会议由常务副会长赵明远主持，会长钱文静作工作报告，副会长孙立群讲话。", "会议审议通过了工作报告。"],
    ["名单如下：", "会　长　　　钱文静　　　　某市政协原副主席", "副会长　　　赵明远　　　　某市民政局原局长", "秘书长　　　孙立群"],
])
def test_lines_of_a_text_that_is_not_wrapped_stay_as_they_are(lines: list[str]) -> None:
    assert unwrap_lines(lines) == lines


def test_a_hard_wrapped_article_gives_the_facts_of_the_same_article_unwrapped() -> None:
    robustness = _robustness()
    header, body = robustness._split(ARTICLE)
    wrapped = header + robustness.pdf_wrap(body, width=21)
    assert "钱文\n静" in wrapped or "钱\n文静" in wrapped or "赵明\n远" in wrapped or "赵\n明远" in wrapped
    assert _facts(wrapped, "a.txt") == _facts(ARTICLE, "a.txt")


def test_a_pre_block_keeps_its_lines_columns_and_the_bracketed_date_and_chair_lines() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>在全市慈善工作会议上的讲话</title>'
        '<meta name="PubDate" content="2025-03-08"></head><body><div class="doc"><h1>在全市慈善工作会议上的讲话</h1>'
        "<pre>\n在全市慈善工作会议上的讲话\n市民政局局长　孙立群\n（2025年3月5日）\n\n"
        "（会议由市慈善总会常务副会长赵明远主持）\n\n同志们：\n"
        "　　今天召开全市慈善工作会议，主要是总结去年全市慈善工作，部署今年的重点任务。刚才，市慈善总会会长钱文静同志作了工作报告。\n"
        "会　长　　　钱文静　　　　某市政协原副主席\n</pre></div></body></html>"
    )
    article = load_bytes(page.encode("utf-8"), "speech.html").articles[0]
    assert "（2025年3月5日）" in article.text
    assert "（会议由市慈善总会常务副会长赵明远主持）" in article.text
    assert "会　长　　　钱文静　　　　某市政协原副主席" in article.text
    participation = {(r["person"], r["event_date"], r["role"]) for r in (f.to_record() for f in extract_article(article).facts) if r["kind"] == "participation"}
    assert ("赵明远", "2025-03-05", "chair") in participation


def test_a_bracketed_credit_line_is_still_noise() -> None:
    text = "标题\n2025年3月6日 来源:某市慈善总会\n\n3月5日，某市慈善总会会长钱文静出席活动。\n（某市慈善总会宣传部）\n"
    organizations = {r["name"] for r in (f.to_record() for a in load_bytes(text.encode("utf-8"), "a.txt").articles for f in extract_article(a).facts) if r["kind"] == "organization"}
    assert "某市慈善总会宣传部" not in organizations


def test_a_rendered_line_keeps_the_spaces_of_a_pre_block_only() -> None:
    assert rendered_line("  会\u3000长\xa0\xa0钱文静 \n  某市政协 ") == "会 长 钱文静 某市政协"
    assert rendered_line("\ue000会\ue003长\ue000\ue000钱文静\ue001某市政协") == "会\u3000长  钱文静\t某市政协"


@pytest.mark.parametrize("name", ["pdf", "html-pre", "html-table", "html-span", "html-mso", "date-iso", "date-dot", "date-slash", "date-hanzi", "pinyin", "fullwidth", "trad", "pad"])
def test_a_transformation_costs_the_invented_article_no_facts(name: str) -> None:
    robustness = _robustness()
    gold = [
        {"kind": "person", "name": "赵明远"}, {"kind": "person", "name": "钱文静"}, {"kind": "person", "name": "孙立群"},
        {"kind": "person", "name": "邹岚"}, {"kind": "person", "name": "蒋珂"},
        {"kind": "source", "title": "某市慈善总会召开第三届理事会第二次会议", "date": "2025-03-06"},
    ]
    transform = robustness.TRANSFORMS[name]
    text, new_gold = transform(ARTICLE, gold)
    assert text != ARTICLE
    people = {dict(k)["name"] for k in _facts(text, "a" + getattr(transform, "suffix", ".txt")) if dict(k)["kind"] == "person"}
    assert {r["name"] for r in new_gold if r["kind"] == "person"} <= people


def test_the_transformations_rewrite_text_and_gold_consistently() -> None:
    robustness = _robustness()
    assert robustness.to_traditional("会长钱文静") == "會長錢文靜"
    text, gold = robustness.TRANSFORMS["trad"]("会长钱文静", [{"kind": "position", "person": "钱文静", "role": "会长", "organization": "某市慈善总会"},
                                                        {"kind": "participation", "person": "钱文静", "role": "attendee", "event_date": "2025-03-05"}])
    assert gold[0] == {"kind": "position", "person": "錢文靜", "role": "會長", "organization": "某市慈善總會"}
    assert gold[1]["role"] == "attendee" and gold[1]["event_date"] == "2025-03-05"
    assert robustness.rewrite_dates("2025年3月15日", "hanzi") == "二〇二五年三月十五日"
    assert robustness.rewrite_dates("2025年3月5日", "iso") == "2025-03-05"
    assert robustness.rewrite_dates("2025年3月5日", "noyear", "2025") == "3月5日"
    assert robustness.rewrite_dates("2024年3月5日", "noyear", "2025") == "2024年3月5日"
    assert robustness.pad_names("出席：赵明远、王强、李华\n", ["王强", "李华"]) == "出席：赵明远、王\u3000强、李\u3000华\n"
    assert json.dumps(sorted(robustness.TRANSFORMS))  # every transformation has a name the harness prints


def test_a_slashed_credit_line_of_a_page_names_its_author() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>某市慈善总会召开理事会</title><meta name="PubDate" content="2025-03-06"></head>'
        '<body><div class="main"><h1>某市慈善总会召开理事会</h1><p>3月5日，某市慈善总会召开理事会，会长钱文静出席会议并讲话，'
        '常务副会长赵明远主持会议。</p><p>（文/邹岚 图/蒋珂）</p></div></body></html>'
    )
    people = {r["name"] for a in load_bytes(page.encode("utf-8"), "a.html").articles for r in (f.to_record() for f in extract_article(a).facts) if r["kind"] == "person"}
    assert {"邹岚", "蒋珂", "钱文静", "赵明远"} <= people


@pytest.mark.parametrize("body, post", [
    # a department head with no parent written: the publishing federation's department, its name as the page writes it
    ("3月5日，某市慈善總會召開季度工作會議。會上，各部室負責人依次彙報了工作。辦公室主任陸某嵐彙報了日常工作；募捐部部長顧某紅介紹了募集情況。",
     ("陸某嵐", "主任", "某市慈善總會辦公室")),
    # 市慈善總會 in a page that writes its city only short (包頭 for 包头市): the full name in the page's characters
    ("3月5日，市慈善總會召開理事會，推動包頭慈善事業高質量發展。市慈善總會會長白某山出席會議。",
     ("白某山", "會長", "包頭市慈善總會")),
    # a city's federation beside a district's: 溫州市 is a formal place name, not an abbreviation of the district's body
    ("3月5日，溫州市慈善總會會長鄭某娥、溫州市鹿城區慈善總會會長王某出席。",
     ("鄭某娥", "會長", "溫州市慈善總會")),
])
def test_a_traditional_page_gets_the_posts_of_its_simplified_twin(body: str, post: tuple[str, str, str]) -> None:
    text = "標題\n2025年3月6日 來源:某市慈善總會\n\n" + body + "\n"
    positions = {(r["person"], r["role"], r["organization"]) for a in load_bytes(text.encode("utf-8"), "a.txt").articles
                 for r in (f.to_record() for f in extract_article(a).facts) if r["kind"] == "position"}
    assert post in positions


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_zero_width_characters_and_soft_hyphens_inside_names_cost_no_facts(mark: str) -> None:
    marked = ARTICLE.replace("赵明远", "赵" + mark + "明远").replace("钱文静", "钱文" + mark + "静").replace("慈善总会", "慈善" + mark + "总会")
    assert _facts(marked, "a.txt") == _facts(ARTICLE, "a.txt")


def test_zero_width_characters_in_an_html_page_as_entities_cost_no_facts() -> None:
    robustness = _robustness()
    page, _ = robustness._html_transform("mso")(ARTICLE, [])
    marked = page.replace("赵明远", "赵&#8203;明远").replace("慈善总会", "慈善&shy;总会")
    assert _facts(marked, "a.html") == _facts(page, "a.html")


@pytest.mark.parametrize("lines, joined", [
    (["2025年3月5日，", "某市慈善总会召开理事会，", "", "会长钱文静主持。"], ["2025年3月5日，某市慈善总会召开理事会，会长钱文静主持。"]),
    (["出席会议的有：赵明远、", "孙立群、周海燕。"], ["出席会议的有：赵明远、孙立群、周海燕。"]),
    (["会议强调，", "一、加强组织建设。"], ["会议强调，", "一、加强组织建设。"]),
    (["会议强调，", "", "会　长　　钱文静"], ["会议强调，", "", "会　长　　钱文静"]),
    (["会议召开。", "会长主持。"], ["会议召开。", "会长主持。"]),
])
def test_a_line_that_ends_at_a_comma_goes_on_in_the_next_line(lines: list[str], joined: list[str]) -> None:
    assert join_open_clauses(lines) == joined


def test_an_article_copied_one_clause_a_line_gives_the_facts_of_the_same_article() -> None:
    robustness = _robustness()
    text, _ = robustness.TRANSFORMS["clause-lines"](ARTICLE, [])
    assert "，\n" in text
    assert _facts(text, "a.txt") == _facts(ARTICLE, "a.txt")



def test_a_share_bar_under_a_text_cut_off_at_a_comma_stays_a_line_of_its_own() -> None:
    assert join_open_clauses(["会议强调，要坚持依法自律，", "分享到：微信 微博", "上一篇：某某活动"]) == [
        "会议强调，要坚持依法自律，", "分享到：微信 微博", "上一篇：某某活动"]


def test_a_hard_wrapped_text_is_left_to_the_unwrapping_even_where_a_line_ends_at_a_comma() -> None:
    robustness = _robustness()
    header, body = robustness._split(ARTICLE)
    wrapped = header + robustness.pdf_wrap(body, width=27)
    assert "，\n" in wrapped
    assert _facts(wrapped, "a.txt") == _facts(ARTICLE, "a.txt")


def test_a_page_copied_as_one_paragraph_keeps_its_text_when_a_section_link_sits_at_its_end() -> None:
    robustness = _robustness()
    text, _ = robustness.one_paragraph(ARTICLE + "图片新闻 更多>>\n", [])
    assert text.count("\n") <= 3
    assert _facts(text, "a.txt") == _facts(ARTICLE, "a.txt")


@pytest.mark.parametrize("opening", ["通讯员 王小明 ", "记者 李大伟　", "供稿 某市慈善总会 "])
def test_a_paragraph_that_opens_with_a_byline_keeps_its_sentences(opening: str) -> None:
    first = ARTICLE.index("2025年3月5日，")
    opened = ARTICLE[:first] + opening + ARTICLE[first:]
    assert _facts(ARTICLE, "a.txt") <= _facts(opened, "a.txt")


def test_the_harness_reads_development_halves_only_by_rule(tmp_path: Path) -> None:
    robustness = _robustness()
    for folder, names in {
        "data": ["seed-a.txt"], "tests/corpus/dev": ["dev-a.txt"], "tests/corpus/holdout3": ["q01.txt"],
        "tests/corpus/retold": ["rtA01.txt", "rtB01.txt", "rtC01.txt"],
        "tests/corpus/newgenre": ["abD01.txt", "abH01.txt", "abD02.html", "abX01.txt"],
        "tests/corpus/blind": ["zxD01.txt", "zxH01.txt", "xwH01.txt", "taH01.txt"],
    }.items():
        (tmp_path / folder / "articles").mkdir(parents=True)
        (tmp_path / folder / "gold").mkdir(parents=True)
        for name in names:
            (tmp_path / folder / "articles" / name).write_text("x", encoding="utf-8")
    found = {(part, article.name) for part, article, _ in robustness.development_articles(tmp_path)}
    assert found == {("seed", "seed-a.txt"), ("dev", "dev-a.txt"), ("holdout3", "q01.txt"), ("rtA+rtB", "rtA01.txt"),
                     ("rtA+rtB", "rtB01.txt"), ("abD", "abD01.txt"), ("zxD", "zxD01.txt")}
    assert {a for _, a in found} == {a.name for _, a, _ in robustness.development_articles(tmp_path)}
    assert {part for part, _, _ in robustness.development_articles(tmp_path, only=("abD",))} == {"abD"}
    assert not any(robustness.is_development(p) for p in ("abH", "rtC", "zxH", "xwH", "taH", "abX"))


SLOGAN_ARTICLE = (
    "某市慈善总会召开“情暖万家 爱满鹏城”慈善月启动仪式\n2025年3月6日 来源:某市慈善总会\n\n"
    "3月5日上午，以“情暖万家 爱满鹏城”为主题的2025年慈善月活动在市民中心启动。 市政协副主席、市慈善总会会长钱文静，"
    "市民政局党组书记、局长孙立群，市慈善总会常务副会长兼秘书长赵明远出席。 活动由市慈善总会副会长周海燕主持，"
    "市红十字会党组成员、专职副会长欧阳晓峰宣读了表彰决定，某某科技股份有限公司董事长邹岚代表捐赠单位发言。\n"
    "会议强调，要把“聚善 行善”落到实处。市慈善总会副秘书长蒋珂、郑文涛参加活动，崇川区52家单位获表彰。\n"
)


@pytest.mark.parametrize("width", range(15, 31))
def test_a_hard_wrap_through_a_text_with_spaces_of_its_own_costs_no_facts(width: int) -> None:
    # one space between Han characters in running text (a slogan in quotes, a space a copy left after 。) is the
    # text's, not a name table's cells: the wrap through a name, a title chain or an organization is joined back
    robustness = _robustness()
    header, body = robustness._split(SLOGAN_ARTICLE)
    assert _facts(header + robustness.pdf_wrap(body, width=width), "a.txt") == _facts(SLOGAN_ARTICLE, "a.txt")


def test_a_row_of_names_one_space_apart_stays_a_row_inside_a_wrapped_text() -> None:
    lines = [
        "3月5日上午，以“情暖万家 爱满鹏城”为主题的2025年慈善",
        "月活动在市民中心启动，市慈善总会会长钱文静出席并讲",
        "话，常务副会长赵明远主持。会议增补了理事，名单如下：",
        "王强 李华 张三",
        "崇川区52",
        "0家单位获表彰。",
    ]
    assert unwrap_lines(lines)[:2] == [
        "3月5日上午，以“情暖万家 爱满鹏城”为主题的2025年慈善月活动在市民中心启动，市慈善总会会长钱文静出席并讲"
        "话，常务副会长赵明远主持。会议增补了理事，名单如下：",
        "王强 李华 张三",
    ]


PINYIN_ARTICLE = (
    "某市慈善總會召開第三屆理事會第二次會議\n2025年3月6日 來源:某市慈善總會\n\n"
    "3月5日，某市慈善總會(huì)第三屆理事會第二次會議在市民中心召開。會議由市慈善總會常務副會長趙明遠主持，"
    "市慈善總會會長錢文靜作工作報告，市民政局副局長孫立群出席會議(yì)並講話。會議審議通過了2024年度工作"
    "報告和財務報告，增補周海燕為市慈善總會副會長。市慈善總會副秘書長鄒嵐、蔣珂、鄭文濤，區(qū)(qū)民政局"
    "局長歐陽曉峰出席會議。某市紅十字會黨組成員、專職副會長錢曉東參加會議並發(fā)言。\n"
)


@pytest.mark.parametrize("width", range(15, 31))
def test_a_hard_wrap_through_a_page_with_pinyin_artefacts_costs_no_facts(width: int) -> None:
    # the artefacts (會(huì)) count in the wrap and the wrap cuts some in two (發(f / ā)): the lines are joined with
    # them, as the page was wrapped, and the artefacts go after
    robustness = _robustness()
    header, body = robustness._split(PINYIN_ARTICLE)
    clean = PINYIN_ARTICLE.replace("(huì)", "").replace("(yì)", "").replace("(qū)", "").replace("(fā)", "")
    assert _facts(header + robustness.pdf_wrap(body, width=width), "a.txt") == _facts(clean, "a.txt")


def test_a_run_of_pinyin_artefacts_goes_at_once() -> None:
    text = "標題\n2025年3月6日 來源:某市慈善總會\n\n區(qū)(qū)民政局局長孫立群出席會(huì)議（huì）。\n"
    assert load_bytes(text.encode("utf-8"), "a.txt").articles[0].text.endswith("區民政局局長孫立群出席會議。\n")
