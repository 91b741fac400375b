"""Fuzzing the loaders and the extractor with hypothesis: no crash and no hang on any input.

Inputs: random bytes under every suffix, random Unicode in every supported
encoding, HTML tag soup, random JSON and JSON Lines, Markdown, and random
Articles for ``kg.extract.extract_article`` -- with very long lines,
unbalanced 《》 and brackets, control characters, byte-order marks and mixed
scripts (CJK, traditional, Latin, Cyrillic, Arabic, right-to-left marks,
combining marks, emoji).

Example count: 10,000 in total across this module by default, shared out
by the weights in ``SHARES``. Set ``CHARITY_KG_FUZZ_EXAMPLES`` to change the
total (e.g. ``CHARITY_KG_FUZZ_EXAMPLES=1000`` for a quick CI run). Each
example runs under a hard 30 s alarm that turns a hang into a failure instead
of a stuck test run (no per-example deadline: a busy CI machine must not fail
a test by being slow). The examples are derandomized, so every run checks the
same 10,000 inputs; set ``CHARITY_KG_FUZZ_RANDOM=1`` to explore new ones.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.extract import extract_article
from kg.loaders import SUFFIXES, LoadResult, article_from_text, load_bytes
from kg.model import Article

TOTAL = int(os.environ.get("CHARITY_KG_FUZZ_EXAMPLES", "10000"))
SHARES = {
    "bytes": 0.20,
    "encoded_text": 0.15,
    "article_from_text": 0.15,
    "html": 0.12,
    "json": 0.08,
    "jsonl": 0.05,
    "markdown": 0.05,
    "extractor": 0.15,
    "loaded_then_extracted": 0.05,
}
assert abs(sum(SHARES.values()) - 1.0) < 1e-9


def examples(name: str) -> settings:
    return settings(
        max_examples=max(1, round(TOTAL * SHARES[name])),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
        derandomize=not os.environ.get("CHARITY_KG_FUZZ_RANDOM"),
        print_blob=True,
    )


class Hang(Exception):
    pass


@contextlib.contextmanager
def no_hang(seconds: int = 30) -> Iterator[None]:
    """A hard limit per example: a loop that never ends fails the test instead of stalling it.

    The limit counts this process's CPU time (ITIMER_PROF), not wall time: a loop that never ends burns CPU and
    is caught all the same, while a busy machine that gives the test a small share of its cores does not trip it.
    """

    def alarm(signum, frame):  # noqa: ARG001
        raise Hang(f"no result after {seconds} s of CPU time")

    previous = signal.signal(signal.SIGPROF, alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)



def test_no_hang_stops_a_loop_that_never_ends() -> None:
    with pytest.raises(Hang, match="CPU time"), no_hang(1):
        while True:
            pass

# --- strategies ------------------------------------------------------------------------------

PIECES = [
    "慈善总会", "慈善基金会", "会长", "副会长兼秘书长", "理事长", "江西省", "南昌市", "上海", "召开", "出席", "主持",
    "第五次会员代表大会", "联席会议", "轮值主席", "張", "總會", "來源", "發布日期", "王某某", "李小敏",
    "《", "》", "《工作报告》", "（", "）", "(", ")", "【", "】", "[", "]", "“", "”", "\"", "'", "「", "」",
    "。", "，", "；", "：", ":", "、", "！", "？", " ", "\u3000", "\t", "\n", "\n\n", "\r\n", "\r",
    "2023年4月18日", "4月17日", "二〇二三年", "20230418", "2023-04-18 10:20", "近日", "昨天", "12月31日",
    "来源:", "来源：", "发布时间：", "当前位置：首页 > ", "图像", "上一篇", "版权所有",
    "http://www.x.org.cn/2023/0418/c1.html", "# ", "---\n", "**", "![a](b)", "[x](y)", "> ", "- ",
    "<p>", "</p>", "<br>", "<div id=\"zoom\">", "</div>", "<h1>", "<script>", "&nbsp;", "&#x4e2d;",
    "{", "}", "\"text\": ", "\\u4e2d", "\x00", "\x07", "\x1b[31m", "\x7f", "\x0b", "\x0c", "\u0085",
    "\u2028", "\u200b", "\ufeff", "\u202e", "\u200f", "e\u0301", "😀", "🇨🇳", "мир", "مرحبا", "שלום", "日本語のテキスト",
    "한국어", "ABC", "0", "9999", "\ud7ff", "\U0002a6d6",
]

piece = st.sampled_from(PIECES)
random_chars = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
fragment = st.one_of(piece, piece, piece, random_chars)


@st.composite
def messy_text(draw, max_pieces: int = 80, long_line: int = 3000) -> str:
    """Article-like text: pieces of real articles and of every kind of junk, sometimes with a very long line.

    The long line repeats a piece up to long_line times (up to 21,000 characters with no line break).
    """
    parts = draw(st.lists(fragment, max_size=max_pieces))
    if draw(st.integers(0, 9)) == 0:
        repeat = draw(st.sampled_from(["会长张三出席", "《", "（", "慈善总会", "a", "。", "\u200b", "x" * 7]))
        parts.insert(draw(st.integers(0, len(parts))), repeat * draw(st.integers(long_line // 6, long_line)))
    return "".join(parts)


encodings = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16", "utf-32", "latin-1"])
suffixes = st.sampled_from(SUFFIXES)
ISO = re.compile(r"^(?:[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)?$")
SAFE_ID = re.compile(r"^[\w.\-]+$")


def check(result: LoadResult, path: str) -> None:
    """What any load must give: articles the extractor can take, problems that name the file."""
    assert isinstance(result, LoadResult)
    for problem in result.problems + result.warnings:
        assert isinstance(problem, InputError)
        assert problem.path == path
        assert problem.problem
    for article in result.articles:
        check_article(article)
        assert SAFE_ID.match(article.article_id), article.article_id
        assert article.text[article.body_start:].strip(), "an article without body text"


def check_article(article: Article) -> None:
    text = article.text
    assert "\r" not in text and "\x00" not in text
    assert 0 <= article.body_start <= len(text)
    assert ISO.match(article.date), article.date
    assert "\n" not in article.title
    if article.title:
        assert article.title in text[: max(article.body_start, len(article.title))]


# --- loaders ---------------------------------------------------------------------------------


@examples("bytes")
@given(data=st.binary(max_size=3000), suffix=suffixes, prefix=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"<html>", b"{", b"#"]))
def test_random_bytes_never_crash_the_loader(data, suffix, prefix):
    path = f"fuzz/article{suffix}"
    with no_hang():
        check(load_bytes(prefix + data, path), path)


@examples("encoded_text")
@given(text=messy_text(), encoding=encodings, suffix=suffixes)
def test_text_in_any_encoding_loads_or_is_a_problem(text, encoding, suffix):
    data = text.encode(encoding, errors="ignore")
    path = f"fuzz/article{suffix}"
    with no_hang():
        result = load_bytes(data, path)
    check(result, path)
    assert result.articles or result.problems


@examples("article_from_text")
@given(text=messy_text())
def test_article_from_text_keeps_its_invariants(text):
    with no_hang():
        article = article_from_text(text, "fuzz", "fuzz.txt")
    check_article(article)
    assert article.text == article_from_text(article.text, "fuzz").text, "reading is idempotent"


TAGS = ["p", "div", "span", "br", "h1", "table", "tr", "td", "section", "a", "script", "style", "nav", "footer", "title", "meta", "li", "ul", "font", "b"]


@st.composite
def tag_soup(draw) -> str:
    out = []
    if draw(st.booleans()):
        out.append(draw(st.sampled_from(["<!DOCTYPE html>", "<?xml version='1.0' encoding='gbk'?>", "<!-- saved from url=(0030)http://x.cn/2023/0418/a.htm -->"])))
    for _ in range(draw(st.integers(0, 60))):
        kind = draw(st.integers(0, 6))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            attrs = draw(st.sampled_from(["", ' id="zoom"', ' id="js_content"', ' class="TRS_Editor"', ' name="PubDate" content="2023-04-18"', ' charset="big5"', ' href="http://x.org/t20230418_1.html" rel="canonical"', ' style="x']))
            out.append(f"<{tag}{attrs}>")
        elif kind == 1:
            out.append(f"</{tag}>")
        elif kind == 2:
            out.append(draw(st.sampled_from(["<!--", "-->", "<", ">", "&", "&amp;", "]]>", "<![CDATA[", "var ct = \"1681790400\";"])))
        else:
            out.append(draw(messy_text(max_pieces=12)))
    return "".join(out)


@examples("html")
@given(html=tag_soup(), encoding=st.sampled_from(["utf-8", "gb18030", "big5"]), suffix=st.sampled_from([".html", ".htm", ".txt"]))
def test_html_tag_soup_never_crashes(html, encoding, suffix):
    if suffix == ".txt":
        html = "<!DOCTYPE html><html><body>" + html
    path = f"fuzz/page{suffix}"
    with no_hang():
        check(load_bytes(html.encode(encoding, errors="ignore"), path), path)


json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**63), 2**63), st.floats(allow_nan=False), messy_text(max_pieces=10),
    st.sampled_from(["2023-04-18", "1681790400", "1681790400000", "20230418", "二〇二三年四月十八日", "unknown", ""]),
)
json_value = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20)
FIELD_NAMES = ["text", "content", "body", "article", "正文", "title", "headline", "date", "pub_date", "publishTime", "time", "url", "link", "publisher", "source", "site", "author_org", "id", "article_id", "articles", "data"]
record = st.dictionaries(st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=10)), json_value, max_size=8)


@examples("json")
@given(
    value=st.one_of(record, st.lists(record, max_size=5), json_value, st.fixed_dictionaries({"articles": st.lists(record, max_size=3)})),
    ascii_only=st.booleans(),
)
def test_random_json_documents_never_crash(value, ascii_only):
    path = "fuzz/records.json"
    with no_hang():
        check(load_bytes(json.dumps(value, ensure_ascii=ascii_only).encode(), path), path)


@examples("jsonl")
@given(lines=st.lists(st.one_of(record.map(lambda r: json.dumps(r, ensure_ascii=False)), messy_text(max_pieces=8)), max_size=12))
def test_random_json_lines_never_crash(lines):
    path = "fuzz/records.jsonl"
    with no_hang():
        result = load_bytes("\n".join(lines).encode("utf-8", errors="ignore"), path)
    check(result, path)
    for problem in result.problems:
        assert problem.line is None or 1 <= problem.line <= len(re.split(r"\r\n|\r|\n", "\n".join(lines)))


@examples("markdown")
@given(text=messy_text(), front=st.sampled_from(["", "---\ntitle: 标题\ndate: 2023-04-18\n---\n", "---\n", "# "]))
def test_random_markdown_never_crashes(text, front):
    text = front + text
    path = "fuzz/article.md"
    with no_hang():
        check(load_bytes(text.encode("utf-8", errors="ignore"), path), path)


# --- the extractor ---------------------------------------------------------------------------

# Long lines for the extractor stay at up to 600 repeats (about 4,000 characters) to keep the
# example count high within the time budget; one test below runs an 18,000-character sentence.
EXTRACTOR_LONG_LINE = 600


def check_facts(article: Article) -> None:
    with no_hang():
        facts = extract_article(article)
    assert facts.article is article
    for fact in facts.facts:
        for evidence in fact.evidence:
            assert 0 <= evidence.start <= evidence.end <= len(article.text)
            assert article.text[evidence.start:evidence.end] == evidence.sentence


@examples("extractor")
@given(
    text=messy_text(long_line=EXTRACTOR_LONG_LINE),
    title=st.one_of(st.just(""), messy_text(max_pieces=4)),
    date=st.sampled_from(["", "2023-04-18", "2023-04", "2023", "1900-01-01", "2100-12-31", "bad"]),
    publisher=st.sampled_from(["", "江西省慈善总会", "《", "(("]),
    cut=st.floats(0, 1),
)
def test_extractor_never_crashes_on_random_articles(text, title, date, publisher, cut):
    body_start = int(len(text) * cut)
    check_facts(Article("fuzz", text, title=title, date=date, publisher=publisher, body_start=body_start))


@examples("loaded_then_extracted")
@given(text=messy_text(long_line=EXTRACTOR_LONG_LINE), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_extractor_takes_whatever_the_loaders_give(text, suffix):
    result = load_bytes(text.encode("utf-8", errors="ignore"), f"fuzz/a{suffix}")
    for article in result.articles:
        check_facts(article)


def test_extractor_on_one_very_long_sentence_finishes():
    """18,000 characters without a sentence end: no hang (speed itself is measured in benchmarks/)."""
    article = Article("long", "会长张三出席" * 3000)
    with no_hang():
        facts = extract_article(article)
    assert any(f.kind == "person" and f.fields["name"] == "张三" for f in facts.facts)
