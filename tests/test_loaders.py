"""Every article format and encoding users have, loaded into the Article layout extraction expects."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.loaders import (
    SUFFIXES,
    article_from_text,
    discover,
    load_articles,
    load_bytes,
    read_article,
)
from kg.loaders.encoding import commonness
from kg.loaders.text import parse_text
from kg.model import Article

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles" / "seed-2024-yrd-joint-meeting.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "loaders"

TITLE = "江西省慈善总会召开第五届理事会第三次会议"
BODY = [
    "4月17日，江西省慈善总会第五届理事会第三次会议在南昌召开。会议由江西省慈善总会常务副会长王某某主持。",
    "会议审议通过了《江西省慈善总会2022年工作报告》，选举张某某为江西省慈善总会副会长。",
]
SIMPLIFIED = f"{TITLE}\n\n2023年4月18日 10:20 来源:江西省慈善总会\n\n" + "\n\n".join(BODY) + "\n"
TRADITIONAL = (
    "香港公益金舉辦慈善步行籌款活動\n\n2023年11月5日 來源:香港公益金\n\n"
    "11月5日，香港公益金在九龍舉辦年度慈善步行籌款活動，逾五千名市民參加。\n\n"
    "香港公益金主席陳某某表示，所得善款將用於支持長者及兒童服務。\n"
)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def only(result) -> Article:
    assert result.problems == [], [str(p) for p in result.problems]
    assert len(result.articles) == 1, [a.article_id for a in result.articles]
    return result.articles[0]


def assert_layout(article: Article) -> None:
    """The composed layout: title line, date/source line, blank line, body; parse_text reads it back alike."""
    lines = article.text.split("\n")
    assert lines[0] == article.title
    header = " ".join(p for p in (article.date, f"来源:{article.publisher}" if article.publisher else "") if p)
    if header:
        assert lines[1] == header
    assert article.text[article.body_start - 2:article.body_start] == "\n\n"
    assert article.text[article.body_start].strip()
    again = parse_text(article.text)
    assert again["title"] == article.title
    assert again["date"] == article.date
    assert article.text[int(again["body_start"]):].lstrip("\n") == article.text[article.body_start:]


# --- .txt -------------------------------------------------------------------------------------


def test_seed_layout_text_is_kept_as_the_file_has_it():
    article = read_article(SEED)
    assert article.text == SEED.read_text(encoding="utf-8")
    assert article.article_id == "seed-2024-yrd-joint-meeting"
    assert article.title == "2024年长三角慈善一体化联席会议在上海闵行召开"
    assert article.date == "2024-05-09"
    assert article.publisher == "上海市慈善基金会"
    assert article.source_file == SEED.name
    assert article.text[article.body_start:].lstrip().startswith("图像")


def test_plain_text_without_header_is_all_body(tmp_path):
    text = (
        "5月8日上午，江西省慈善总会在南昌召开会长办公会，研究部署下一阶段重点工作，会议由会长李某某主持，各位副会长出席会议。\n"
        "会议指出，要持续做好救助工作。\n"
    )
    article = read_article(write(tmp_path / "plain.txt", text))
    assert article.title == ""
    assert article.body_start == 0
    assert article.text == text


def test_a_short_first_sentence_is_not_taken_for_a_title(tmp_path):
    article = read_article(write(tmp_path / "short.txt", "近日，某市慈善总会召开会议。\n会议选举了新一届理事会。\n"))
    assert article.title == ""
    assert article.body_start == 0


def test_labelled_publisher_stops_at_the_next_label():
    article = article_from_text("标题在此\n来源：江西省慈善总会作者：张三  发布时间：2023-04-18\n\n正文。", "x")
    assert article.publisher == "江西省慈善总会"
    assert article.date == "2023-04-18"


def test_publisher_written_before_published_on():
    article = article_from_text("宁波市慈善信托推进会召开\n\n宁波市慈善总会 发布于 2023-12-08 14:20\n\n正文。", "x")
    assert (article.publisher, article.date) == ("宁波市慈善总会", "2023-12-08")


def test_utf8_bom_and_crlf_give_the_same_article_as_plain_utf8(tmp_path):
    plain = read_article(write(tmp_path / "a.txt", SIMPLIFIED))
    windows = read_article(write(tmp_path / "a-win.txt", b"\xef\xbb\xbf" + SIMPLIFIED.replace("\n", "\r\n").encode()))
    old_mac = read_article(write(tmp_path / "a-mac.txt", SIMPLIFIED.replace("\n", "\r").encode()))
    assert windows.text == plain.text == old_mac.text
    assert "\r" not in windows.text and "\ufeff" not in windows.text
    assert (windows.title, windows.date, windows.publisher, windows.body_start) == (
        TITLE,
        "2023-04-18",
        "江西省慈善总会",
        plain.body_start,
    )


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "gb2312"])
def test_gbk_text_is_detected_and_logged(tmp_path, caplog, encoding):
    caplog.set_level(logging.INFO, logger="kg.loaders")
    path = write(tmp_path / f"{encoding}.txt", SIMPLIFIED.encode(encoding))
    article = read_article(path)
    assert article.text == SIMPLIFIED
    assert article.publisher == "江西省慈善总会"
    decisions = [r.getMessage() for r in caplog.records if r.name == "kg.loaders" and str(path) in r.getMessage()]
    assert any("gb18030" in message and "charset-normalizer" in message for message in decisions), decisions


@pytest.mark.parametrize("text", [TRADITIONAL, "慈善總會召開理事會\n\n2023年4月18日\n\n會長出席會議。\n"])
def test_big5_text_is_detected_even_when_short(tmp_path, caplog, text):
    caplog.set_level(logging.INFO, logger="kg.loaders")
    path = write(tmp_path / "big5.txt", text.encode("big5"))
    article = read_article(path)
    assert article.text == text
    assert any("big5" in r.getMessage() for r in caplog.records if r.name == "kg.loaders")


def test_big5_bytes_read_as_gbk_score_as_uncommon_characters():
    raw = "慈善總會".encode("big5")
    assert commonness(raw.decode("big5")) > 0.9
    assert commonness(raw.decode("gb18030")) < 0.5


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    article = read_article(write(tmp_path / "u16.txt", SIMPLIFIED.encode("utf-16")))
    assert article.text == SIMPLIFIED


def test_html_source_saved_as_txt_is_read_as_a_page(tmp_path):
    page = (FIXTURES / "saved-from-url.html").read_bytes()
    article = read_article(write(tmp_path / "page.txt", page))
    assert article.title == "杭州市慈善总会举办西湖慈善论坛"
    assert "<p>" not in article.text


def test_date_from_url_or_file_name_when_the_header_has_none(tmp_path):
    article = read_article(write(tmp_path / "t20230418_123.txt", "某慈善会召开会议\n\n会议在南昌召开，会长出席。\n"))
    assert article.date == "2023-04-18"
    article = article_from_text("标题\nhttps://example.org/news/2022/0105/a.html\n\n正文。", "x")
    assert article.date == "2022-01-05"


# --- HTML -------------------------------------------------------------------------------------


def test_government_page_in_gbk_with_meta_charset(caplog):
    caplog.set_level(logging.INFO, logger="kg.loaders")
    result = load_articles([FIXTURES / "gov-zoom-gbk.html"])
    article = only(result)
    assert article.article_id == "gov-zoom-gbk"
    assert article.source_file == "gov-zoom-gbk.html"
    assert article.title == TITLE
    assert article.date == "2023-04-18"
    assert article.publisher == "江西省慈善总会"
    body = article.text[article.body_start:]
    assert body.startswith("4月17日，江西省慈善总会第五届理事会第三次会议在南昌召开。")
    assert "擦亮慈善品牌。" in body
    for chrome in ("首页", "关于我们", "当前位置", "上一篇", "下一篇", "版权所有", "ICP", "分享到", "统计代码", "浏览次数"):
        assert chrome not in article.text, chrome
    assert_layout(article)
    assert any("declared charset gb2312" in r.getMessage() for r in caplog.records)
    assert result.warnings == []


def test_saved_page_takes_its_url_and_date_from_the_saved_from_comment():
    article = only(load_articles([FIXTURES / "saved-from-url.html"]))
    assert article.url == "https://www.hzcharity.org.cn/news/2023/0418/c1024a56789/page.htm"
    assert article.date == "2023-04-18"
    assert article.title == "杭州市慈善总会举办西湖慈善论坛"
    assert article.publisher == "杭州市慈善总会"
    paragraphs = [p for p in article.text[article.body_start:].split("\n") if p]
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("近日，由杭州市慈善总会主办")
    assert "相关新闻" not in article.text and "Copyright" not in article.text
    assert_layout(article)


def test_wechat_article_page():
    article = only(load_articles([FIXTURES / "wechat.html"]))
    assert article.title == "爱心助学｜苏州市慈善总会启动儿童医疗救助项目"
    assert article.date == "2023-04-18"  # var ct = 1681790400, read in China time
    assert article.publisher == "苏州市慈善总会"
    assert article.url.startswith("http://mp.weixin.qq.com/s?")
    body = article.text[article.body_start:]
    assert body.startswith("4月17日上午，苏州市慈善总会")
    for chrome in ("阅读原文", "扫一扫", "关注该公众号", "在看"):
        assert chrome not in body, chrome
    assert "编辑：小善" in body  # a credit line stays for the byline reader (a nickname is no name: no person)
    assert "小善" not in {f.fields.get("name") for f in extract_article(article).facts if f.kind == "person"}
    assert_layout(article)


def test_big5_table_layout_page_keeps_traditional_characters():
    article = only(load_articles([FIXTURES / "big5-news.html"]))
    assert article.title == "香港公益金舉辦慈善步行籌款活動"
    assert article.date == "2023-11-05"
    assert article.publisher == "香港公益金"
    body = article.text[article.body_start:]
    assert body.startswith("11月5日，香港公益金在九龍舉辦")
    assert "版權所有" not in body and "主頁" not in body
    assert_layout(article)


def page(body: str, head: str = "", before: str = "") -> str:
    return (
        f"{before}<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某市慈善总会召开理事会 - 某市慈善总会</title>"
        f"{head}</head><body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/n/\">新闻</a></div>"
        f"<h1>某市慈善总会召开理事会</h1>{body}"
        "<div class=\"content\"><p>4月17日，某市慈善总会召开三届六次理事会议，会长李某某出席会议并讲话。</p>"
        "<p>会议选举产生了新一届领导班子，审议通过了工作报告。</p></div>"
        "<div class=\"footer\">版权所有 某市慈善总会</div></body></html>"
    )


@pytest.mark.parametrize(
    ("name", "html", "expected"),
    [
        ("meta.html", page("", head='<meta name="PubDate" content="2023-04-19 09:00">'), "2023-04-19"),
        ("og.html", page("", head='<meta property="article:published_time" content="2023-04-20T08:00:00+08:00">'), "2023-04-20"),
        ("line.html", page("<div class=\"info\">发布时间：2023-04-21 来源：某市慈善总会</div>"), "2023-04-21"),
        ("cn.html", page("<div class=\"info\">日期：2023年4月22日</div>"), "2023-04-22"),
        ("ld.html", page("", head='<script type="application/ld+json">{"datePublished": "2023-04-23"}</script>'), "2023-04-23"),
        ("u1.html", page("", before="<!-- saved from url=(0050)http://www.x.gov.cn/art/2023/4/24/art_1_2.html -->\n"), "2023-04-24"),
        ("u2.html", page("", head='<link rel="canonical" href="http://www.x.gov.cn/xw/202304/t20230425_123.html">'), "2023-04-25"),
        ("u3.html", page("", head='<meta property="og:url" content="http://x.org/2023-04/26/c_1.htm">'), "2023-04-26"),
        ("u4.html", page("", head='<meta property="og:url" content="http://x.org/news/20230427/88.html">'), "2023-04-27"),
        ("20230428-page.html", page(""), "2023-04-28"),
        # an e-paper page dated by its edition line (the day with its weekday beside the 版 it shows), no meta
        ("ep.html", page('<div class="paperHead"><span>2023年04月30日　星期日</span><span>第A05版：民生新闻</span></div>'), "2023-04-30"),
        # a site's bar showing today with its weekday, on a page that is no e-paper (no 版): the file name's day
        ("20230501-bar.html", page('<div class="bar">今天是2023年05月20日　星期六</div>'), "2023-05-01"),
        # an HTML5 page dated by its <time> (an image under /uploads/2023/03/ and a sidebar's <time> do not date it)
        ("time.html", page('<aside><time datetime="2023-03-02">3月2日</time></aside><div class="meta"><time datetime="2023-04-29">'
                           '2023年4月29日</time> 某市慈善总会</div><img src="/uploads/2023/03/a.jpg">'), "2023-04-29"),
    ],
)
def test_page_date_sources(tmp_path, name, html, expected):
    article = only(load_articles([write(tmp_path / name, html)]))
    assert article.date == expected
    assert article.title == "某市慈善总会召开理事会"
    assert article.text[article.body_start:].startswith("4月17日，某市慈善总会召开三届六次理事会议")
    assert "版权所有" not in article.text


def test_the_url_form_2023_slash_0418(tmp_path):
    html = page("", head='<link rel="canonical" href="https://www.x.org.cn/news/2023/0418/c1a2/page.htm">')
    assert only(load_articles([write(tmp_path / "p.html", html)])).date == "2023-04-18"


def test_page_without_container_falls_back_to_the_densest_block(tmp_path):
    html = (
        "<html><head><meta charset='utf-8'><title>市慈善总会开展走访慰问</title></head><body>"
        "<table><tr><td><a href='/'>首页</a></td><td><a href='/a'>关于</a></td></tr></table>"
        "<table><tr><td><font size=3>1月25日，市慈善总会会长带队走访慰问困难家庭，送上慰问金和慰问品。</font><br>"
        "<font size=3>走访中，会长详细了解困难群众的生活情况。</font></td></tr></table></body></html>"
    )
    article = only(load_articles([write(tmp_path / "t.html", html)]))
    assert "1月25日，市慈善总会会长带队走访慰问困难家庭" in article.text
    assert "关于" not in article.text


def test_loaded_page_goes_through_the_extractor():
    article = only(load_articles([FIXTURES / "gov-zoom-gbk.html"]))
    facts = extract_article(article)
    source = [f for f in facts.facts if f.kind == "source"]
    assert source and source[0].fields["title"] == TITLE and source[0].fields["date"] == "2023-04-18"
    organizations = {f.fields["name"] for f in facts.facts if f.kind == "organization"}
    assert "江西省慈善总会" in organizations
    for fact in facts.facts:
        for evidence in fact.evidence:
            assert article.text[evidence.start:evidence.end] == evidence.sentence


# --- JSON and JSON Lines -----------------------------------------------------------------------


RECORD = {
    "title": TITLE,
    "date": "2023-04-18",
    "url": "http://www.jxcs.org/news/1.html",
    "publisher": "江西省慈善总会",
    "text": "\n".join(BODY),
}


def test_json_record_with_the_canonical_fields(tmp_path):
    article = read_article(write(tmp_path / "one.json", json.dumps(RECORD, ensure_ascii=False)))
    assert article.article_id == "one"
    assert (article.title, article.date, article.url, article.publisher) == (
        TITLE,
        "2023-04-18",
        "http://www.jxcs.org/news/1.html",
        "江西省慈善总会",
    )
    assert article.text[article.body_start:] == "\n\n".join(BODY)
    assert_layout(article)


@pytest.mark.parametrize(
    "record",
    [
        {"headline": TITLE, "pub_date": "2023-04-18 10:20:00", "link": "http://a/1", "source": "江西省慈善总会", "content": "\n".join(BODY)},
        {"Title": TITLE, "publishTime": 1681784400, "URL": "http://a/1", "site": "江西省慈善总会", "body": BODY},
        {"标题": TITLE, "发布时间": "2023年4月18日", "链接": "http://a/1", "来源": "江西省慈善总会", "正文": "\n".join(BODY)},
        {"title": TITLE, "time": "1681784400000", "href": "http://a/1", "author_org": {"name": "江西省慈善总会"}, "article": "\n".join(BODY)},
        {"title": TITLE, "publish_time": "2023/04/18", "url": "http://a/1", "publisher": "江西省慈善总会",
         "content": "<p>" + BODY[0] + "</p><p>" + BODY[1] + "</p>"},
    ],
)
def test_json_field_names_are_mapped(tmp_path, record):
    article = read_article(write(tmp_path / "r.json", json.dumps(record, ensure_ascii=False)))
    assert article.title == TITLE
    assert article.date == "2023-04-18"
    assert article.url == "http://a/1"
    assert article.publisher == "江西省慈善总会"
    assert [p for p in article.text[article.body_start:].split("\n") if p] == BODY


def test_json_list_and_wrapped_list(tmp_path):
    second = dict(RECORD, title="第二篇", text="第二篇文章的正文在这里，会长出席。")
    listed = load_articles([write(tmp_path / "list.json", json.dumps([RECORD, second], ensure_ascii=False))])
    assert [a.article_id for a in listed.articles] == ["list-1", "list-2"]
    wrapped = load_articles([write(tmp_path / "wrapped.json", json.dumps({"total": 2, "articles": [RECORD, second]}))])
    assert [a.title for a in wrapped.articles] == [TITLE, "第二篇"]


def test_jsonl_ids_are_stem_and_line_or_the_sanitized_record_id(tmp_path):
    lines = [
        json.dumps(RECORD, ensure_ascii=False),
        "",
        json.dumps(dict(RECORD, title="第二篇", text="第二篇的正文，会长出席。"), ensure_ascii=False),
        json.dumps(dict(RECORD, id="news/2023 #5", title="第三篇", text="第三篇的正文，理事长出席。"), ensure_ascii=False),
    ]
    result = load_articles([write(tmp_path / "dump.jsonl", "\n".join(lines) + "\n")])
    assert result.problems == []
    assert [a.article_id for a in result.articles] == ["dump-1", "dump-3", "news-2023-5"]
    assert all(a.source_file == "dump.jsonl" for a in result.articles)


def test_json_lines_saved_as_json_are_read_as_lines(tmp_path):
    text = json.dumps(RECORD, ensure_ascii=False) + "\n" + json.dumps(dict(RECORD, title="第二篇"), ensure_ascii=False)
    result = load_articles([write(tmp_path / "lines.json", text)])
    assert [a.title for a in result.articles] == [TITLE, "第二篇"]


def test_json_text_that_repeats_title_and_header_is_trimmed(tmp_path):
    record = {"title": TITLE, "text": f"{TITLE}\n发布时间：2023-04-18  来源：江西省慈善总会\n" + "\n".join(BODY)}
    article = read_article(write(tmp_path / "r.json", json.dumps(record, ensure_ascii=False)))
    assert article.date == "2023-04-18" and article.publisher == "江西省慈善总会"
    assert article.text.count(TITLE) == 1
    assert article.text[article.body_start:].startswith(BODY[0])


def test_a_script_record_keeps_the_bracketed_day_under_its_title(tmp_path):
    """某会年会主持词 / （2024年3月8日） posted on the 11th: the day in brackets is the day the script was read, body text the
    extraction dates the gathering by (a header line's date is the record's own)."""
    title = "某市慈善总会年会主持词"
    text = f"{title}\n（2024年3月8日）\n各位来宾：\n请市慈善总会会长郁文谦致辞。"
    record = {"title": title, "date": "2024-03-11", "content": text}
    article = read_article(write(tmp_path / "r.json", json.dumps(record, ensure_ascii=False)))
    assert article.date == "2024-03-11"
    assert article.text[article.body_start:].startswith("（2024年3月8日）")
    days = {f.fields["event_date"] for f in extract_article(article).facts if f.kind == "participation"}
    assert days == {"2024-03-08"}


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_with_front_matter(tmp_path):
    text = (
        "---\ntitle: \"江西省慈善总会召开第五届理事会第三次会议\"\ndate: 2023-04-18\nsource: 江西省慈善总会\n"
        "url: http://www.jxcs.org/news/1.html\n---\n\n"
        "![会场](img/1.jpg)\n\n"
        "4月17日，**江西省慈善总会**第五届理事会第三次会议在[南昌](https://nc.gov.cn)召开。\n\n"
        "> 会议审议通过了《江西省慈善总会2022年工作报告》。\n\n- 选举张某某为副会长。\n"
    )
    article = read_article(write(tmp_path / "a.md", text))
    assert (article.title, article.date, article.publisher, article.url) == (
        TITLE,
        "2023-04-18",
        "江西省慈善总会",
        "http://www.jxcs.org/news/1.html",
    )
    body = article.text[article.body_start:]
    assert body.split("\n\n") == [
        "4月17日，江西省慈善总会第五届理事会第三次会议在南昌召开。",
        "会议审议通过了《江西省慈善总会2022年工作报告》。",
        "选举张某某为副会长。",
    ]
    assert_layout(article)


def test_markdown_heading_then_seed_header(tmp_path):
    text = f"# {TITLE}\n\n2023年4月18日 来源:江西省慈善总会\n\n" + "\n\n".join(BODY)
    article = read_article(write(tmp_path / "b.markdown", text))
    assert (article.title, article.date, article.publisher) == (TITLE, "2023-04-18", "江西省慈善总会")
    assert article.text[article.body_start:].startswith(BODY[0])


def test_markdown_without_heading_reads_like_text(tmp_path):
    article = read_article(write(tmp_path / "c.md", SIMPLIFIED))
    assert (article.title, article.date) == (TITLE, "2023-04-18")
    assert article.text[article.body_start:].startswith(BODY[0])


# --- discovery, ids ---------------------------------------------------------------------------


def test_discover_sorts_and_skips_hidden_readme_and_other_suffixes(tmp_path):
    for name in ["b.txt", "a.html", "sub/c.md", "sub/z.jsonl", ".hidden.txt", ".git/x.txt", "README.md", "notes.docx", "img.png"]:
        write(tmp_path / name, SIMPLIFIED)
    files, problems = discover([tmp_path])
    assert problems == []
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.html", "b.txt", "sub/c.md", "sub/z.jsonl"]
    assert set(SUFFIXES) >= {".txt", ".md", ".html", ".htm", ".json", ".jsonl"}


def test_a_file_reached_twice_is_read_once(tmp_path):
    path = write(tmp_path / "a.txt", SIMPLIFIED)
    result = load_articles([tmp_path, path, str(path)])
    assert len(result.articles) == 1
    assert result.warnings == [] and result.duplicates == {}


def test_two_files_with_one_stem_get_distinct_ids(tmp_path):
    write(tmp_path / "x" / "news.txt", SIMPLIFIED)
    write(tmp_path / "y" / "news.txt", TRADITIONAL)
    result = load_articles([tmp_path])
    assert [a.article_id for a in result.articles] == ["news", "news-2"]
    assert len(result.warnings) == 1 and "news-2" in str(result.warnings[0]) and "y" in result.warnings[0].path


def test_load_bytes_reads_without_touching_the_disk():
    result = load_bytes(SIMPLIFIED.encode("gbk"), "nowhere/article.txt")
    assert only(result).title == TITLE


def test_a_page_that_declares_the_wrong_charset(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="kg.loaders")
    html = (FIXTURES / "gov-zoom-gbk.html").read_bytes().replace(b"charset=gb2312", b"charset=utf-8")
    path = write(tmp_path / "liar.html", html)
    article = only(load_articles([path]))
    assert article.title == TITLE
    messages = [r.getMessage() for r in caplog.records if r.name == "kg.loaders"]
    assert any("declares utf-8, but the bytes do not decode in it" in m for m in messages), messages
    assert any(f"{path}: gb18030 (charset-normalizer" in m for m in messages), messages


def test_a_utf8_page_that_declares_gbk_is_read_as_utf8(tmp_path):
    html = (FIXTURES / "saved-from-url.html").read_text(encoding="utf-8").replace("charset=UTF-8", "charset=gb2312")
    article = only(load_articles([write(tmp_path / "p.html", html)]))
    assert article.title == "杭州市慈善总会举办西湖慈善论坛"


def test_a_section_path_above_the_title_is_no_title() -> None:
    from kg.loaders import article_from_text

    article = article_from_text("善行周报>图说新闻\n真情绘就新篇 —— 某区慈善总会启动公益项目\n2023-08-15 09:12:37    善行周报\n\n8月11日，项目启动。", "t")
    assert article.title.startswith("真情绘就") and article.date == "2023-08-15"


# --- header lines around the title ------------------------------------------------------------


def test_a_subtitle_between_title_and_date_line_keeps_the_page_date():
    text = "某县慈善总会召开三届一次理事会\n——选举产生新一届领导班子\n2025-04-08 来源:某县民政局\n\n4月7日，会议召开。\n"
    header = parse_text(text)
    assert header["title"] == "某县慈善总会召开三届一次理事会"
    assert header["date"] == "2025-04-08"
    assert header["publisher"] == "某县民政局"
    assert text[int(header["body_start"]):].lstrip("\n").startswith("4月7日")


def test_a_section_label_over_the_title_is_not_the_title():
    text = "通知公告\n关于表彰2024年度慈善先进集体和个人的决定\n发布日期：2025-01-06\n\n各镇（街道）：\n"
    header = parse_text(text)
    assert header["title"] == "关于表彰2024年度慈善先进集体和个人的决定"
    assert header["date"] == "2025-01-06"


def test_a_short_first_body_line_without_a_date_line_stays_body():
    text = "某市慈善总会工作动态\n各会员单位：\n现将有关事项通知如下。\n"
    header = parse_text(text)
    assert header["title"] == "某市慈善总会工作动态"
    assert text[int(header["body_start"]):].startswith("各会员单位")


def test_a_labelled_line_of_minutes_under_the_header_is_body_text():
    # 时　　间：… right under the page's date line opens the minutes; 时间：<date> as the only date line is the header
    text = "某县慈善协会工作例会纪要\n发布时间：2026-04-28　　来源：某县慈善协会\n\n时　　间：2026年4月27日下午\n地　　点：某局三楼会议室\n一、通报了工作。\n"
    article = article_from_text(text, "x")
    assert article.date == "2026-04-28"
    assert article.text[article.body_start:].lstrip().startswith("时　　间：2026年4月27日下午")
    article = article_from_text("某会召开理事会\n时间：2026-04-28  来源：某县慈善协会\n\n正文。", "x")
    assert (article.date, article.publisher) == ("2026-04-28", "某县慈善协会")
    assert article.text[article.body_start:].strip() == "正文。"


def test_a_converted_name_tables_broken_cells_are_joined_back_to_their_rows() -> None:
    from kg.loaders.table_cells import rejoin_broken_cells

    plain = (
        "序号 姓名 性别 单位及职务 会内职务\n"
        "1 房永泽 男 湖州市人大常委会原副\n"  # the unit cell wraps, and the post column comes out under it
        "主任\n"
        "会长\n"
        "2 卜言 女 湖州市民政局原副局 常务副会长\n"  # the cut title is the unit cell's, not the last one's
        "长\n"
        "3 阎书韵 女 湖州市慈善总会（专职） 副会长兼秘\n"
        "书长\n"
        "4 柯 远 男 湖州市财政局社会保障处\n"  # a padded name is one cell
        "处长\n"
        "监事\n"
        "\n"
        "正文。\n"
    )
    assert rejoin_broken_cells(plain).split("\n")[1:5] == [
        "1 房永泽 男 湖州市人大常委会原副主任 会长",
        "2 卜言 女 湖州市民政局原副局长 常务副会长",
        "3 阎书韵 女 湖州市慈善总会（专职） 副会长兼秘书长",
        "4 柯 远 男 湖州市财政局社会保障处处长 监事",
    ]
    wide = "职　务　　　姓　名　　　　工作单位及职务\n副会长　　　钟望舒　　　　湖州市民政局党组成员、副局\n长\n　　　　　　蔡青禾　　　　湖州某某集团有限公\n司董事长\n"
    assert rejoin_broken_cells(wide).split("\n")[1:3] == ["副会长　　　钟望舒　　　　湖州市民政局党组成员、副局长", "　　　　　　蔡青禾　　　　湖州某某集团有限公司董事长"]
    # no table header: short lines stay as written; an indented line under a row is a row of its own
    prose = "会议选举产生了新一届理事会\n会长\n副会长\n"
    assert rejoin_broken_cells(prose) == prose
    assert article_from_text("名单\n\n" + wide, "x").text.count("\n长\n") == 0


def test_a_converted_document_s_paragraph_lines_broken_mid_sentence_are_joined() -> None:
    from kg.loaders.wrapped_lines import rejoin_wrapped_lines

    text = ("江宁市慈善总会2025年大事记\n\n　　1月7日　总会召开四届五次常务理事会议。会长王沐川主持会议，常务副会长赵青禾作工作报告。\n"
            "　　1月22日　春节走访慰问活动启动，王沐川带队看望困难家庭。全市春节期间共发放慰问\n金2310万元。\n"
            "　　3月14日　某省慈善总会副会长陈屿白一行来调研，王沐川、赵青\n禾陪同。调研组先后走访了三家\n慈善超市。\n\n"
            "　　　　　　— 1 —\n\n江宁市慈善总会2025年大事记\n　　一、工作概况\n　　序号　　姓名　　职务\n　　1　　　王沐川　会长\n")
    lines = rejoin_wrapped_lines(text).split("\n")
    assert "　　1月22日　春节走访慰问活动启动，王沐川带队看望困难家庭。全市春节期间共发放慰问金2310万元。" in lines
    assert "　　3月14日　某省慈善总会副会长陈屿白一行来调研，王沐川、赵青禾陪同。调研组先后走访了三家慈善超市。" in lines
    assert "江宁市慈善总会2025年大事记" in lines[3:] and "　　一、工作概况" in lines  # a running head and a heading stay lines
    news = "江宁市慈善总会召开理事会\n2026年6月18日\n江宁市慈善总会\n昨天召开理事会议，王沐川主持"  # no indented paragraphs
    assert rejoin_wrapped_lines(news) == news


def test_a_roster_s_label_line_is_no_wrap_of_the_indented_row_above_it() -> None:
    """副组长：甲　某院院长 / 　　　　乙　某院检察长 / 成　员：丙　某局副局长: the indented line continuing a row is left open
    (no closing mark), but a line opening with a post's title and a colon (padded, or a chain) opens a line of its own."""
    from kg.loaders.wrapped_lines import rejoin_wrapped_lines

    text = ("　　会议听取了工作汇报。\n　　会议审议了工作规则。\n　　会议部署了下一步工作。\n"
            "副组长：蓝一舟　区人民法院院长\n　　　　樊静怡　区人民检察院检察长\n成　员：骆清　区民政局副局长\n"
            "　　　　冯安宁　区慈善总会会长\n监 事 长：柯望远\n副会长兼秘书长：鄂文清\n")
    assert rejoin_wrapped_lines(text) == text
    wrapped = "　　会议听取了工作汇报。\n　　会议审议了工作规则。\n　　会议部署了下一步工作。\n　　会上，区委常委、政法委书记柯望远\n指出：要做好衔接工作。\n"
    assert "　　会上，区委常委、政法委书记柯望远指出：要做好衔接工作。" in rejoin_wrapped_lines(wrapped).split("\n")


def test_names_a_copy_put_on_lines_of_their_own_inside_a_paragraph_get_their_list_mark_back() -> None:
    """A page whose list of names lost its 、 to line breaks (会上，甲 / 乙 / 丙作交流发言。): a name alone on a line
    inside an indented paragraph is no wrap (a wrap's inner lines run to the page's width), so the names are joined
    back with 、, not glued into one word; a wrap through a name (赵青 / 禾陪同) still joins without a mark."""
    from kg.loaders.wrapped_lines import rejoin_wrapped_lines

    text = ("江宁市慈善总会召开年度联席会议\n\n　　会议听取了秘书处的年度工作报告。\n　　会议审议了年度工作要点。\n"
            "　　工作报告回顾了一年来的主要工作。会上，郑小舟\n卫青岚\n慕容思远\n江晚舟作交流发言。\n"
            "　　3月14日　某省慈善总会副会长白露生一行来调研，郑小舟、卫青\n岚陪同。调研组先后走访了三家\n慈善超市。\n"
            "　　会议结束后，与会代表实地察看了慈善超市的运营情况，郑小舟\n卫青岚\n　　一、会议同意启动年度募捐活动。\n")
    lines = rejoin_wrapped_lines(text).split("\n")
    assert "　　工作报告回顾了一年来的主要工作。会上，郑小舟、卫青岚、慕容思远、江晚舟作交流发言。" in lines
    assert "　　3月14日　某省慈善总会副会长白露生一行来调研，郑小舟、卫青岚陪同。调研组先后走访了三家慈善超市。" in lines
    # the paragraph's last line a name (no text after it in the paragraph): a wrap's last line, joined as before
    assert "　　会议结束后，与会代表实地察看了慈善超市的运营情况，郑小舟卫青岚" in lines and "　　一、会议同意启动年度募捐活动。" in lines


def test_names_put_on_lines_of_their_own_inside_an_unindented_sentence_go_back_into_it() -> None:
    """会上，甲 / 乙 / 丙 / 丁作交流发言。 on a page of unindented paragraphs: the names alone on lines between a sentence
    left open and a line that goes on with it rejoin the sentence with 、; a list under its heading (名单如下, or a
    heading without a clause mark) and a roster that ends the page stay lines."""
    from kg.loaders.text import clean_text
    from kg.loaders.wrapped_lines import rejoin_listed_names

    text = ("江宁市慈善总会召开年度联席会议\n会议听取了秘书处的年度工作报告。会上，郑小舟\n卫青岚\n慕容思远\n江晚舟作交流发言。\n"
            "会议选举产生了新一届领导班子，名单如下\n郑小舟\n卫青岚\n会议要求，各单位抓好落实。\n"
            "2026年度先进个人\n郑小舟\n卫青岚\n慕容思远\n")
    lines = clean_text(text).split("\n")
    assert "会议听取了秘书处的年度工作报告。会上，郑小舟、卫青岚、慕容思远、江晚舟作交流发言。" in lines
    assert lines[2:] == text.split("\n")[5:]
    no_list = "会议听取了工作报告，郑小舟\n会议要求，各单位抓好落实。\n"
    assert rejoin_listed_names(no_list) is no_list


def test_a_labelled_line_of_minutes_is_never_joined_to_the_line_above() -> None:
    from kg.loaders.wrapped_lines import rejoin_wrapped_lines

    text = ("　　会议纪要\n出　席：柯望舒　会长\n　　　　计　远　市民政局社会事务科科长\n记　录：贺小禾\n\n"
            "　　会议研究了近期工作。\n\n　　一、会议同意启动年度募捐活动。\n")
    assert "记　录：贺小禾" in rejoin_wrapped_lines(text).split("\n")


def test_a_saved_page_s_converted_document_has_its_broken_lines_joined(tmp_path: Path) -> None:
    page = tmp_path / "speech.html"
    page.write_text(
        "<html><head><title>在全市慈善工作会议上的讲话</title><meta name=\"PubDate\" content=\"2026-04-21\"></head><body>"
        "<h1>在全市慈善工作会议上的讲话</h1><pre>\n江宁市民政局局长　王沐川\n同志们：\n　　今天召开全市慈善工作会议，主要是总结去年工作。刚才，市慈善总会会长陈\n"
        "屿白同志通报了全市慈善资金募集情况，赵青禾同志作了交流发言。\n　　去年9月，省民政厅在我市召开全省慈善工作现场会，充分肯定了我市\n"
        "的做法。\n　　下面，我讲三点意见。\n</pre></body></html>", encoding="utf-8")
    text = read_article(page).text
    assert "会长陈屿白同志通报了" in text and "在我市召开全省慈善工作现场会，充分肯定了我市的做法。" in text


def test_a_date_then_a_body_on_one_line_gives_the_source() -> None:
    """某会 written after the date with no 来源 label is the page's source; a place, a weekday or a byline is none."""
    body = "\n\n本会召开工作会议。\n"
    assert article_from_text("某会召开工作会议\n2026-03-02　某县慈善基金会" + body, "x").publisher == "某县慈善基金会"
    dated = article_from_text("某会召开工作会议\n2026年03月02日 10:20　　某市民政局　记者　某甲" + body, "x")
    assert (dated.date, dated.publisher) == ("2026-03-02", "某市民政局")
    for rest in ("浙江", "星期一", "记者 某甲"):
        assert article_from_text(f"某会召开工作会议\n2026-03-02　{rest}" + body, "x").publisher == ""


def test_an_e_paper_page_keeps_every_item_of_its_printed_page(tmp_path):
    """Several items of one printed page, each its own <div class="item">: all of them and the editor line, not the
    part a main-text pick keeps."""
    items = (
        ("某区慈善总会启动微心愿认领活动", "5月10日上午，某区慈善总会在某街道启动微心愿认领活动，会长甲某某出席并为认领人代表颁发证书。"
         "区慈善总会秘书长乙某某主持。据介绍，这批心愿来自辖区困境儿童，当天上午全部被认领。"),
        ("某市慈善总会助医项目签约", "5月8日，某市慈善总会助医项目合作协议在某医院签署。丙某某说，项目今年安排资金600万元。"),
        ("一日捐宣传走进广场", "5月11日，某市慈善义工联合会在某广场开展宣传活动，联合会会长丁某某带领义工发放资料。"),
    )
    html = (
        '<html><head><meta charset="utf-8"><title>某报数字报-第A05版：民生新闻</title></head><body>'
        '<div class="paperHead"><span>2026年05月12日　星期二</span> <span>第A05版：民生新闻</span></div>'
        '<div class="left"><h4>版面导航</h4><ul>' + "".join(f"<li><a href='c{i}.htm'>{t}</a></li>" for i, (t, _) in enumerate(items)) + "</ul></div>"
        '<div class="right">' + "".join(f'<div class="item"><h2>{t}</h2><div class="content"><p>本报讯（记者 某某）{b}</p></div></div>' for t, b in items)
        + '<div class="editor">责任编辑：戊某某　美术编辑：己某</div></div><div class="foot">版权所有 某报业集团</div></body></html>'
    )
    article = only(load_articles([write(tmp_path / "ep.html", html)]))
    assert article.date == "2026-05-12"
    for _, body in items:
        assert body[:20] in article.text
    assert "责任编辑：戊某某" in article.text


def test_a_saved_page_reads_on_under_a_related_heading_over_a_paragraph_and_stops_over_titles() -> None:
    """相关阅读 over a report told in full (a paragraph, sentences ended inside it) heads a box of the page's text; over
    other pages' titles it ends the text (noise.tsv action related, as the text loader reads it)."""
    from kg.loaders.html import drop_page_noise

    lead = "3月5日，某市民政局发布慈善工作要点。"
    report = ("2月20日，市民政局召开慈善条例宣传工作座谈会。市民政局副局长钟叔衡主持会议，某律师事务所主任骆青禾围绕募捐备案"
              "和信息公开条款作了解读，与会人员就基层宣传提出了意见和建议。")
    assert drop_page_noise([lead, "相关阅读", report, "【打印】【关闭】"]) == [lead, report]
    assert drop_page_noise([lead, "相关阅读", "某区慈善会举办慈善一日捐活动", report]) == [lead]


def test_an_empty_paragraph_between_a_related_heading_and_its_box_does_not_end_the_text() -> None:
    """相关阅读, an empty paragraph (<p>&nbsp;</p>, a blank line), then a report told in full: the box is read on by both
    loaders, which look past empty lines to the first line with text."""
    from kg.extract.text import body_lines
    from kg.loaders.html import drop_page_noise

    lead = "3月5日，某市民政局发布慈善工作要点。"
    report = ("2月20日，市民政局召开慈善条例宣传工作座谈会。市民政局副局长钟叔衡主持会议，某律师事务所主任骆青禾围绕募捐备案"
              "和信息公开条款作了解读，与会人员就基层宣传提出了意见和建议。")
    assert drop_page_noise([lead, "相关阅读", "", "\u3000", report, "【打印】【关闭】"]) == [lead, "", "\u3000", report]
    text = "\n".join([lead, "相关阅读", "", "\u3000", report, "【打印】【关闭】"])
    assert [text[start:end] for start, end in body_lines(text, 0)] == [lead, report]
