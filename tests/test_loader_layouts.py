"""Saved-page layouts of the site systems Chinese federation, government and news sites use.

Each fixture is an invented page (no text copied from a site) in the layout of one kind of content
system as researchers save it: TRS/Hanweb government portals, news sites, old federation CMSs built
of tables and <font>, WeChat posts, browser "Save page as" copies. For each: the title, the page
date (participation is dated from it: 当天/近日 read the page's date), the publisher when the page
shows one, every body paragraph, and none of the navigation, related-article lists or footers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest

from kg.loaders import load_bytes

P1 = "5月18日上午，某市慈善总会第三届理事会第五次会议在市民政局会议室召开，会长王某某主持会议。"
P2 = "会议审议通过了《某市慈善总会2023年度工作报告》，选举李某某为某市慈善总会副会长。"
P3 = "市民政局党组书记、局长赵某某出席会议并讲话，对慈善总会一年来的工作给予充分肯定。"
BODY = (P1, P2, P3)
TITLE = "某市慈善总会召开第三届理事会第五次会议"

NAV = '<div class="nav"><a href="/">首页</a> | <a href="/xwzx/">新闻中心</a> | <a href="/zcfg/">政策法规</a> | <a href="/lxwm/">联系我们</a></div>'
CRUMB = '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 工作动态</div>'
FOOTER = (
    '<div class="footer"><p>主办单位：某市民政局　地址：某市人民路1号　电话：0571-12345678</p>'
    '<p>版权所有 某市民政局　浙ICP备12345678号</p></div>'
)
RELATED = (
    '<div class="related"><h3>相关阅读</h3><ul><li><a href="/a/1.html">某区慈善会举办慈善一日捐活动，募集善款一百余万元用于帮扶困难群众</a></li>'
    '<li><a href="/a/2.html">某县慈善总会开展“冬日暖阳”走访慰问活动，为困难家庭送去慰问金和过冬物资</a></li></ul></div>'
)
PREV_NEXT = '<div class="pn"><p>上一篇：<a href="/a/0.html">某市召开慈善工作推进会</a></p><p>下一篇：<a href="/a/3.html">某市慈善总会开展助学活动</a></p></div>'
CHROME = ("首页", "新闻中心", "联系我们", "版权所有", "ICP", "相关阅读", "上一篇", "下一篇", "一百余万元", "走访慰问活动")


def paragraphs(tag: str = "p", style: str = "") -> str:
    attribute = f' style="{style}"' if style else ""
    return "".join(f"<{tag}{attribute}>{p}</{tag}>" for p in BODY)


@dataclass
class Layout:
    name: str
    html: str
    title: str = TITLE
    date: str = "2024-05-20"
    publisher: str | None = None  # None: the page shows none we require
    body: tuple[str, ...] = BODY
    absent: tuple[str, ...] = CHROME
    file_name: str = "page.html"
    encoding: str = "utf-8"
    extra: dict = field(default_factory=dict)


LAYOUTS = [
    Layout(
        "TRS government portal with ArticleTitle/PubDate/ContentSource metas",
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市慈善总会召开第三届理事会第五次会议_工作动态_某市民政局</title>'
        f'<meta name="ArticleTitle" content="{TITLE}"><meta name="PubDate" content="2024-05-20 10:30">'
        '<meta name="ContentSource" content="某市民政局"><meta name="SiteName" content="某市民政局"></head><body>'
        f'{NAV}{CRUMB}<div class="article"><h1>{TITLE}</h1>'
        '<div class="info"><span>发布日期：2024-05-20</span> <span>来源：某市民政局</span> <span>浏览次数：<script>document.write(123)</script></span>'
        ' <span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>'
        f'<div class="TRS_Editor">{paragraphs(style="text-indent:2em")}</div>'
        '<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>'
        f'</div>{FOOTER}</body></html>',
        publisher="某市民政局",
    ),
    Layout(
        "Hanweb government portal: no metas, the date and source in spans, the text in #zoom",
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市慈善总会召开第三届理事会第五次会议 - 某省民政厅</title></head><body>'
        f'{NAV}{CRUMB}<table><tr><td class="title">{TITLE}</td></tr>'
        '<tr><td class="info"><span>发布时间：</span><span>2024-05-20 10:30</span>&nbsp;&nbsp;<span>信息来源：某省民政厅</span>'
        '&nbsp;&nbsp;<span>【字体：大 中 小】</span></td></tr>'
        f'<tr><td><div id="zoom">{paragraphs()}</div></td></tr></table>'
        f'<div><a>【打印本页】</a> <a>【关闭窗口】</a></div>{FOOTER}</body></html>',
        publisher="某省民政厅",
    ),
    Layout(
        "government notice dated in Chinese numerals under the text",
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于某市慈善总会召开第三届理事会第五次会议的通报</title></head><body>'
        f'{NAV}<div class="main"><h2>关于某市慈善总会召开第三届理事会第五次会议的通报</h2>'
        '<div class="info">发布日期：二〇二四年五月二十日　来源：某市民政局</div>'
        f'<div class="pages_content">{paragraphs()}<p style="text-align:right">某市民政局</p></div></div>{FOOTER}</body></html>',
        title="关于某市慈善总会召开第三届理事会第五次会议的通报",
        publisher="某市民政局",
    ),
    Layout(
        "news site: og:title and article:published_time, <title> with a ' - 网' suffix, editor and related lists",
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市慈善总会召开第三届理事会第五次会议 - 某某新闻网</title>'
        f'<meta property="og:title" content="{TITLE}"><meta property="article:published_time" content="2024-05-20T09:12:00+08:00">'
        '<meta property="og:site_name" content="某某新闻网"></head><body>'
        f'{NAV}<article><h1>{TITLE}</h1><div class="meta"><span class="time">2024-05-20 09:12</span> <span class="source">来源：某某日报</span></div>'
        f'<div class="post-body">{paragraphs()}</div><p class="editor">责任编辑：孙某</p></article>{RELATED}{PREV_NEXT}{FOOTER}</body></html>',
        publisher="某某日报",
        absent=CHROME,  # 责任编辑：孙某 stays: the extractor credits the editor as a byline (docs/FACTS.md)
    ),
    Layout(
        "news site: no metas, <title> '标题_某某网', the date in a span of its own",
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市慈善总会召开第三届理事会第五次会议_某某网</title></head><body>'
        f'{NAV}<div class="wrap"><div class="left"><h1 class="art-title">{TITLE}</h1>'
        '<div class="art-info"><span class="date">2024年05月20日 09:12</span><span class="from">来源：某某晚报</span><span class="author">作者：钱某</span></div>'
        f'<div class="art-body">{paragraphs()}</div><div class="share">分享到：微信 微博</div>'
        f'<div class="editor">（责任编辑：孙某）</div></div><div class="right">{RELATED}</div></div>{FOOTER}</body></html>',
        publisher="某某晚报",
        absent=CHROME + ("分享到", "来源：某某晚报"),  # the info bar's credit (作者：钱某) stays for the bylines, not its other fields
    ),
    Layout(
        "old federation CMS: layout tables, <font>, <br> paragraphs, &nbsp; indents, GB2312 declared",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>某市慈善总会召开第三届理事会第五次会议</title></head>'
        '<body><table width="980"><tr><td><img src="banner.jpg"></td></tr><tr><td>'
        '<a href="/">首页</a> | <a href="/gk/">机构概况</a> | <a href="/xw/">新闻中心</a> | <a href="/lx/">联系我们</a></td></tr></table>'
        '<table width="980"><tr><td width="200" valign="top"><table><tr><td><a href="/xw/">新闻中心</a></td></tr>'
        '<tr><td><a href="/hd/">慈善活动</a></td></tr></table></td><td valign="top">'
        f'<table width="100%"><tr><td align="center"><font size="4"><b>{TITLE}</b></font></td></tr>'
        '<tr><td align="center"><font color="#666666">发布时间：2024-5-20&nbsp;&nbsp;&nbsp;点击数：312</font></td></tr>'
        '<tr><td><font size="3">' + "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{p}" for p in BODY) + "</font></td></tr></table>"
        '</td></tr></table><table><tr><td align="center">版权所有 某市慈善总会 地址：某市人民路1号</td></tr></table></body></html>',
        encoding="gb2312",
        absent=("首页", "机构概况", "新闻中心", "联系我们", "版权所有", "点击数", "慈善活动"),
    ),
    Layout(
        "old federation CMS in GBK with no charset declared",
        '<html><head><title>某市慈善总会召开第三届理事会第五次会议</title></head><body>'
        '<table><tr><td><a href="/">首页</a> <a href="/xw/">新闻中心</a> <a href="/lx/">联系我们</a></td></tr></table>'
        f'<table><tr><td><font size="4">{TITLE}</font></td></tr><tr><td>日期：2024年5月20日</td></tr>'
        '<tr><td>' + "".join(f"<p>　　{p}</p>" for p in BODY) + "</td></tr></table>"
        '<table><tr><td>版权所有 某市慈善总会</td></tr></table></body></html>',
        encoding="gbk",
        absent=("首页", "新闻中心", "联系我们", "版权所有"),
    ),
    Layout(
        "WeChat post: publish_time empty in the body, the date only in var ct",
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市慈善总会召开第三届理事会第五次会议</title>'
        f'<meta property="og:title" content="{TITLE}"><meta property="og:site_name" content="微信公众平台"></head><body>'
        '<div id="js_article" class="rich_media"><div class="rich_media_inner">'
        f'<h1 class="rich_media_title" id="activity-name">\n  {TITLE}\n</h1>'
        '<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta">原创</span>'
        '<span class="rich_media_meta rich_media_meta_text">某市慈善总会</span>'
        '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">某市慈善总会</a></span>'
        '<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>'
        '<div class="rich_media_content" id="js_content" style="visibility: hidden;">'
        '<section style="margin:0 8px"><p><span style="font-size:15px">' + P1 + '</span></p></section>'
        '<section><p><img data-src="https://mmbiz.qpic.cn/x.jpg"></p><p style="text-align:center"><span style="color:#888">▲ 会议现场</span></p></section>'
        f'<section><p>{P2}</p><p>{P3}</p></section>'
        '<p>编辑：小善　审核：某某</p></div>'
        '<div id="js_pc_qr_code">微信扫一扫关注该公众号</div><a id="js_view_source">阅读原文</a>'
        '<div class="like"><span>赞</span><span>在看</span></div></div></div>'
        '<script>var nickname = "某市慈善总会"; var ct = "1716170400"; var publish_time = "" || "";</script></body></html>',
        publisher="某市慈善总会",
        absent=("阅读原文", "扫一扫", "在看", "原创"),
        file_name="mp-post.html",
    ),
    Layout(
        "WeChat post whose script holds createTime as a date string",
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市慈善总会召开第三届理事会第五次会议</title></head><body>'
        f'<h1 id="activity-name">{TITLE}</h1><a id="js_name">某市慈善总会</a><em id="publish_time"></em>'
        f'<div id="js_content">{paragraphs()}</div>'
        '<script>window.__data = {title: "x"}; var createTime = \'2024-05-20 10:00\';</script></body></html>',
        publisher="某市慈善总会",
        file_name="wx.html",
    ),
    Layout(
        "WeChat post whose script holds publish_time = \"2024-05-20\"",
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市慈善总会召开第三届理事会第五次会议</title></head><body>'
        f'<h1 id="activity-name">{TITLE}</h1><a id="js_name">某市慈善总会</a><em id="publish_time"></em>'
        f'<div id="js_content">{paragraphs()}</div>'
        '<script>var publish_time = "2024-05-20" || "";</script></body></html>',
        publisher="某市慈善总会",
        file_name="wx.html",
    ),
    Layout(
        "the date only in the saved URL: /2024/05/20/",
        '<!-- saved from url=(0055)https://www.example-charity.org.cn/news/2024/05/20/88.html -->\n'
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>{NAV}'
        f'<h1>{TITLE}</h1><div class="article-content">{paragraphs()}</div>{FOOTER}</body></html>',
    ),
    Layout(
        "the date only in the canonical URL: 202405/t20240520_123.html",
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>'
        '<link rel="canonical" href="http://mzj.example.gov.cn/xwzx/gzdt/202405/t20240520_123456.html"></head><body>'
        f'{NAV}<h1>{TITLE}</h1><div class="TRS_Editor">{paragraphs()}</div>{FOOTER}</body></html>',
    ),
    Layout(
        "the date only in the file name: t20240520_123.html",
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
        f'{NAV}<h1>{TITLE}</h1><div id="zoom">{paragraphs()}</div>{FOOTER}</body></html>',
        file_name="t20240520_123.html",
    ),
    Layout(
        "only a year and month shown: the page date is the month",
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
        f'{NAV}<h1>{TITLE}</h1><div class="info">发布时间：2024年5月</div><div class="news_content">{paragraphs()}</div>{FOOTER}</body></html>',
        date="2024-05",
    ),
    Layout(
        "browser 'Save page as': <base>, inline styles, comments inside the text",
        '<!DOCTYPE html>\n<!-- saved from url=(0060)http://www.example-cs.org.cn/xwdt/content_20240520_5566.html -->\n'
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><base href="http://www.example-cs.org.cn/xwdt/">'
        f'<title>{TITLE}-某市慈善总会</title><style>.c{{color:red}}</style><link rel="stylesheet" href="./a_files/style.css"></head>'
        f'<body style="margin:0">{NAV}<!-- 正文开始 --><div style="width:900px;margin:auto">'
        f'<div style="font-size:22px;text-align:center">{TITLE}</div><div style="color:#999;text-align:center">2024-05-20　来源：某市慈善总会</div>'
        '<div class="v_news_content">' + "".join(f'<p style="text-indent:2em"><!-- p -->{p}</p>' for p in BODY) + "</div>"
        f"</div><!-- 正文结束 -->{PREV_NEXT}{FOOTER}</body></html>",
        publisher="某市慈善总会",
    ),
    Layout(
        "the text split over several divs by images and captions",
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title><meta name="PubDate" content="2024-05-20"></head><body>'
        f'{NAV}<h1>{TITLE}</h1><div class="content">'
        f'<div class="para"><p>{P1}</p></div>'
        '<div class="pic"><img src="1.jpg"><p class="caption">图为会议现场</p></div>'
        f'<div class="para"><p>{P2}</p></div>'
        '<div class="pic"><img src="2.jpg"><p>▲ 市民政局领导讲话</p></div>'
        f'<div class="para"><p>{P3}</p></div></div>{RELATED}{FOOTER}</body></html>',
    ),
]


def load(layout: Layout):
    result = load_bytes(layout.html.encode(layout.encoding), layout.file_name)
    assert result.problems == [], [str(p) for p in result.problems]
    assert len(result.articles) == 1
    return result.articles[0]


@pytest.mark.parametrize("layout", LAYOUTS, ids=[layout.name for layout in LAYOUTS])
def test_saved_page_layout(layout: Layout) -> None:
    article = load(layout)
    assert article.title == layout.title
    assert article.date == layout.date
    if layout.publisher is not None:
        assert article.publisher == layout.publisher
    body = article.text[article.body_start:]
    lines = [line for line in body.split("\n") if line.strip()]
    for paragraph in layout.body:
        assert paragraph in lines, (paragraph, lines)
    for chrome in layout.absent:
        assert chrome not in body, (chrome, lines)


def test_a_table_of_names_becomes_one_readable_line_a_row() -> None:
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title><meta name="PubDate" content="2024-05-20"></head><body>'
        f'{NAV}<h1>{TITLE}</h1><div class="TRS_Editor"><p>{P2}新一届领导班子名单如下：</p>'
        '<table border="1"><tr><td>职务</td><td>姓名</td><td>工作单位及职务</td></tr>'
        '<tr><td>会长</td><td>王某某</td><td>某市人大常委会原副主任</td></tr>'
        '<tr><td>副会长</td><td>李某某</td><td>某市民政局原局长</td></tr>'
        '<tr><td>秘书长</td><td>张某某</td><td>某市慈善总会</td></tr></table>'
        f'<p>{P3}</p></div>{FOOTER}</body></html>'
    )
    article = load(Layout("table", html))
    lines = [line for line in article.text[article.body_start:].split("\n") if line.strip()]
    assert "会长 王某某 某市人大常委会原副主任" in lines, lines
    assert "副会长 李某某 某市民政局原局长" in lines, lines
    assert P3 in lines


def test_a_name_list_table_in_a_layout_table_comes_right_after_its_heading() -> None:
    """附：某会领导成员名单 and its table inside an old CMS page's layout table, a 相关链接 row after it: trafilatura puts the
    table's rows after the related links (where the article ends) or drops them; they come back right under the heading."""
    html = (
        f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
        '<table width="1000"><tr><td>今天是：</td><td><a href="#">简体版</a> | <a href="#">繁體版</a></td></tr></table>'
        '<table width="1000" class="content">'
        f'<tr><td align="center" class="title">{TITLE}</td></tr>'
        '<tr><td align="center" class="info">发布日期：2024-05-20　信息来源：某市慈善总会</td></tr>'
        f'<tr><td class="text"><p>　　{P1}</p><p>　　{P2}</p><p>　　{P3}</p>'
        '<p>　　附：某市慈善总会第三届理事会领导成员名单</p>'
        '<table class="roster" border="1"><tr><td>姓名</td><td>单位</td><td>职务</td></tr>'
        '<tr><td>王某某</td><td>某市人大常委会原副主任</td><td>会长</td></tr>'
        '<tr><td>李　某</td><td>某市民政局</td><td>副会长</td></tr>'
        '<tr><td>张某某</td><td>某市慈善总会</td><td>秘书长</td></tr></table>'
        '</td></tr>'
        '<tr><td class="related"><strong>相关链接：</strong><a href="/a/1.htm">全市慈善工作推进会召开</a></td></tr></table>'
        f'{FOOTER}</body></html>'
    )
    article = load(Layout("list table in layout", html))
    lines = [line for line in article.text[article.body_start:].split("\n") if line.strip()]
    heading = lines.index("附：某市慈善总会第三届理事会领导成员名单")
    assert lines[heading + 1:heading + 5] == ["姓名 单位 职务", "王某某 某市人大常委会原副主任 会长", "李某 某市民政局 副会长", "张某某 某市慈善总会 秘书长"], lines


def test_the_author_of_a_header_info_line_the_text_opens_with_is_kept_as_a_credit() -> None:
    """<td class="info">作者：甲　来源：某部　发布时间：…</td> in the layout table of the text: the header line is read for the
    date and the source and dropped; its author comes back as a credit line (作者：甲)."""
    html = (
        f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>{NAV}'
        '<table width="1000"><tr><td height="30">您当前的位置：<a href="/">首页</a> -&gt; 正文</td></tr>'
        f'<tr><td align="center" class="title"><b>{TITLE}</b></td></tr>'
        '<tr><td align="center" class="info">作者：庹望潮　来源：党委宣传部　发布时间：2024年05月20日　点击数：2100</td></tr>'
        f'<tr><td class="t14"><p>　　{P1}</p><p>　　{P2}</p><p>　　{P3}</p></td></tr></table>{FOOTER}</body></html>'
    )
    article = load(Layout("header author", html))
    lines = [line for line in article.text[article.body_start:].split("\n") if line.strip()]
    assert "作者：庹望潮" in lines, lines


def test_a_comment_between_a_list_heading_and_its_table_is_passed_over() -> None:
    """An HTML comment left by a CMS template between 附：…名单 and its table is no element to head the list: the loader
    looks past it to the heading instead of failing the page (a comment has no text content)."""
    html = (
        f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
        f'<div class="text"><p>　　{P1}</p><p>　　{P2}</p><p>　　{P3}</p>'
        '<p>　　附：某市慈善总会第三届理事会领导成员名单</p><!-- 名单表格 -->'
        '<table class="roster" border="1"><tr><td>姓名</td><td>单位</td><td>职务</td></tr>'
        '<tr><td>王某某</td><td>某市人大常委会原副主任</td><td>会长</td></tr>'
        '<tr><td>李　某</td><td>某市民政局</td><td>副会长</td></tr></table></div>'
        f'{FOOTER}</body></html>'
    )
    article = load(Layout("comment before a list table", html))
    lines = [line for line in article.text[article.body_start:].split("\n") if line.strip()]
    heading = lines.index("附：某市慈善总会第三届理事会领导成员名单")
    assert lines[heading + 1:heading + 4] == ["姓名 单位 职务", "王某某 某市人大常委会原副主任 会长", "李某 某市民政局 副会长"], lines


def test_a_layout_table_of_long_cells_keeps_its_paragraphs_apart() -> None:
    html = (
        f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>{NAV}'
        f'<table><tr><td>发布日期：2024-05-20</td><td>来源：某市慈善总会</td></tr>'
        f'<tr><td>{P1}</td><td>{P2}</td></tr><tr><td>{P3}</td><td>图为会议现场</td></tr></table></body></html>'
    )
    article = load(Layout("long cells", html))
    assert (article.date, article.publisher) == ("2024-05-20", "某市慈善总会")
    lines = [line for line in article.text[article.body_start:].split("\n") if line.strip()]
    for paragraph in BODY:
        assert paragraph in lines, lines


RECORD_TEXT = "\n".join(BODY)


@pytest.mark.parametrize(
    "record",
    [
        {"title": TITLE, "pubDate": "2024-05-20 10:00:00", "text": RECORD_TEXT, "source": "某市民政局"},
        {"title": TITLE, "publish_time": "2024-05-20", "body": RECORD_TEXT, "site": "某市民政局"},
        {"title": TITLE, "release_date": "2024-05-20", "content_html": "".join(f"<p>{p}</p>" for p in BODY), "source": "某市民政局"},
        {"article_title": TITLE, "releaseTime": "2024-05-20 10:00", "article_content": RECORD_TEXT, "media_name": "某市民政局"},
        {"news_title": TITLE, "pubtime": "2024年5月20日", "detail": RECORD_TEXT, "source_name": "某市民政局"},
        {"title": TITLE, "create_time": 1716170400, "content": RECORD_TEXT, "nickname": "某市民政局"},
        {"title": TITLE, "created_at": "2024-05-20T02:00:00Z", "text": RECORD_TEXT, "account_name": "某市民政局"},
    ],
    ids=["pubDate", "publish_time-body-site", "release_date-content_html", "article_title-releaseTime",
         "news_title-pubtime-detail", "create_time-nickname", "created_at-account_name"],
)
def test_record_field_names(record: dict) -> None:
    result = load_bytes(json.dumps(record, ensure_ascii=False).encode("utf-8"), "records.json")
    assert result.problems == [], [str(p) for p in result.problems]
    article = result.articles[0]
    assert (article.title, article.date, article.publisher) == (TITLE, "2024-05-20", "某市民政局")
    assert [line for line in article.text[article.body_start:].split("\n") if line.strip()] == list(BODY)


@pytest.mark.parametrize(
    ("account", "author", "publisher"),
    [
        ("临江慈善", "临江市慈善总会", "临江市慈善总会"),
        ("临江慈善", "王晓明", "临江慈善"),
        ("临江市民政局", "临江市慈善总会", "临江市民政局"),
        ("青枫人民医院", "临江市东湖区青枫人民医院", "临江市东湖区青枫人民医院"),
    ],
    ids=["account-short-author-body", "author-a-person", "account-a-body", "account-the-body-without-its-place"],
)
def test_a_wechat_records_author_that_names_a_body_is_its_publisher_over_a_short_account(account: str, author: str, publisher: str) -> None:
    record = {"title": TITLE, "create_time": 1716170400, "content": RECORD_TEXT, "nickname": account, "author": author}
    article = load_bytes(json.dumps(record, ensure_ascii=False).encode("utf-8"), "records.json").articles[0]
    assert article.publisher == publisher


def test_one_bad_page_does_not_cost_the_others(tmp_path) -> None:
    from kg.errors import KGError
    from kg.loaders import load_articles

    good = tmp_path / "good.html"
    good.write_bytes(LAYOUTS[0].html.encode("utf-8"))
    bad = tmp_path / "bad.html"
    bad.write_bytes(f"<html><head><title>{TITLE}</title></head><body>{NAV}{FOOTER}</body></html>".encode("utf-8"))
    result = load_articles([tmp_path])
    assert [a.article_id for a in result.articles] == ["good"]
    assert [p.path for p in result.problems] == [str(bad)]
    assert isinstance(result.problems[0], KGError)
    assert "no article text" in str(result.problems[0])


WECHAT_SCRIPT_DATES = [
    "var oriCreateTime = '1716170400';",
    'window.cgiData = {nick_name: "某市慈善总会", publish_time: "2024-05-20 10:00", round_head_img: ""};',
    'var d = {}; d.ct = "1716170400" * 1;',
]


@pytest.mark.parametrize("script", WECHAT_SCRIPT_DATES)
def test_wechat_dates_in_other_script_forms(script: str) -> None:
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
        f'<h1 id="activity-name">{TITLE}</h1><a id="js_name">某市慈善总会</a><em id="publish_time"></em>'
        f'<div id="js_content">{paragraphs()}</div><script>{script}</script></body></html>'
    )
    assert load(Layout("wechat script", html, file_name="wx.html")).date == "2024-05-20"


def mhtml(html: bytes, part_headers: str, encode: str, top: str) -> bytes:
    """A page saved as one file, in the MIME layout browsers write."""
    import base64
    import quopri

    body = quopri.encodestring(html) if encode == "quoted-printable" else base64.encodebytes(html)
    boundary = "----MultipartBoundary--Xk3b9Qa----"
    head = (
        f"{top}Subject: =?utf-8?Q?page?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
        f'\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n--{boundary}\r\n{part_headers}'
        f"Content-Transfer-Encoding: {encode}\r\n\r\n"
    ).encode("ascii")
    image = f"\r\n--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--{boundary}--\r\n"
    return head + body + image.encode("ascii")


def test_a_page_saved_as_one_mhtml_file_by_chrome() -> None:
    page = LAYOUTS[10].html.split("\n", 1)[1].encode("utf-8")  # the page without its saved-from comment
    data = mhtml(
        page,
        "Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Location: https://www.example-charity.org.cn/news/2024/05/20/88.html\r\n",
        "quoted-printable",
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.example-charity.org.cn/news/2024/05/20/88.html\r\n",
    )
    result = load_bytes(data, "saved.mhtml")
    assert result.problems == [], [str(p) for p in result.problems]
    article = result.articles[0]
    assert (article.title, article.date) == (TITLE, "2024-05-20")
    assert article.url == "https://www.example-charity.org.cn/news/2024/05/20/88.html"
    assert [line for line in article.text[article.body_start:].split("\n") if line.strip()] == list(BODY)


def test_an_mht_file_in_gb2312_saved_by_internet_explorer() -> None:
    page = LAYOUTS[5].html.encode("gb2312")
    data = mhtml(
        page,
        'Content-Type: text/html;\r\n\tcharset="gb2312"\r\nContent-Location: http://www.example-cs.org.cn/news/show.asp?id=88\r\n',
        "base64",
        "From: <Saved by Windows Internet Explorer 8>\r\n",
    )
    result = load_bytes(data, "old.mht")
    assert result.problems == [], [str(p) for p in result.problems]
    article = result.articles[0]
    assert (article.title, article.date) == (TITLE, "2024-05-20")
    assert article.url == "http://www.example-cs.org.cn/news/show.asp?id=88"
    body = article.text[article.body_start:]
    assert all(paragraph in body for paragraph in BODY)


def test_an_mhtml_file_without_a_page_is_a_clear_problem() -> None:
    data = mhtml(b"\x89PNG....", "Content-Type: image/png\r\n", "base64", "From: <Saved by Blink>\r\n")
    result = load_bytes(data, "broken.mhtml")
    assert result.articles == []
    assert len(result.problems) == 1 and result.problems[0].path.endswith("broken.mhtml")
    assert "no web page inside this .mht/.mhtml file" in str(result.problems[0])


def test_the_site_logo_in_an_h1_is_not_the_title() -> None:
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_某市慈善总会</title></head><body>'
        f'<h1 class="logo"><a href="/">某市慈善总会</a></h1>{NAV}{CRUMB}<div class="title">{TITLE}</div>'
        f'<div class="info">发布时间：2024-05-20 来源：某市慈善总会</div><div class="detail">{paragraphs()}</div>{RELATED}{FOOTER}</body></html>'
    )
    article = load(Layout("logo", html))
    assert (article.title, article.date, article.publisher) == (TITLE, "2024-05-20", "某市慈善总会")


def test_a_source_by_level_alone_takes_the_site_name_that_ends_with_it() -> None:
    """来源:市应急管理局 on the site 某市应急管理局: the site says whose 市 it is; a counter glued after the source is not part of it."""
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="某市应急管理局">'
        f'<title>{TITLE} - 某市应急管理局</title></head><body>{NAV}{CRUMB}<h1>{TITLE}</h1>'
        '<div class="info"><span>发布日期：2024-05-20</span><span>信息来源：市应急管理局</span><span>阅读次数：<b>--</b></span></div>'
        f'<div id="zoom">{paragraphs()}</div>{FOOTER}</body></html>'
    )
    article = load(Layout("level-only source", html))
    assert (article.title, article.date, article.publisher) == (TITLE, "2024-05-20", "某市应急管理局")


def test_a_counter_with_its_number_alone_glued_after_the_source_is_not_part_of_it() -> None:
    """<span>来源：某会</span><span>阅读 <b>734</b></span>: the spans join without a space and the counter has no colon."""
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>{NAV}{CRUMB}<h1>{TITLE}</h1>'
        '<div class="meta"><time>2024年05月20日</time><span>来源：某市慈善总会</span><span>阅读 <b>734</b></span></div>'
        f'<div class="rich-text">{paragraphs()}</div>{FOOTER}</body></html>'
    )
    assert load(Layout("counter without a colon", html)).publisher == "某市慈善总会"


def test_a_source_by_level_alone_stays_when_the_site_is_another_body() -> None:
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="某市人民政府">'
        f'<title>{TITLE}</title></head><body>{NAV}{CRUMB}<h1>{TITLE}</h1>'
        '<div class="info"><span>发布日期：2024-05-20</span><span>信息来源：市民政局</span></div>'
        f'<div id="zoom">{paragraphs()}</div>{FOOTER}</body></html>'
    )
    assert load(Layout("level-only source, other site", html)).publisher == "市民政局"


def test_credit_lines_in_and_under_the_text_stay_for_the_bylines() -> None:
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title><meta name="PubDate" content="2024-05-20"></head><body>'
        f'{NAV}<h1>{TITLE}</h1><div class="TRS_Editor">{paragraphs()}<p>编辑：欧阳明远</p><p>审核：闵晓婷</p></div>'
        f'<div class="editor">【责任编辑：蒋思远】</div>{FOOTER}</body></html>'
    )
    article = load(Layout("credits", html))
    body = article.text[article.body_start:]
    assert "编辑：欧阳明远" in body and "审核：闵晓婷" in body
    assert "【责任编辑：蒋思远】" in body


def test_the_credit_field_of_the_info_bar_under_the_title_stays_for_the_bylines() -> None:
    """<div class="info">来源：…　作者：甲　浏览次数：…</div>: the text's element leaves the info bar out; its credit field
    names the article's author, so it is kept as a credit line (the date and source fields are read as before)."""
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
        f'{NAV}<h1>{TITLE}</h1><div class="info">发布时间：2024-05-20 10:12　来源：某区慈善会　文/图：本站通讯员 蓝可欣　点击：<span>88</span></div>'
        f'<div class="article-body">{paragraphs()}</div>{FOOTER}</body></html>'
    )
    article = load(Layout("info bar credit", html))
    body = article.text[article.body_start:]
    assert "蓝可欣" in body and "点击" not in body
    assert (article.date, article.publisher) == ("2024-05-20", "某区慈善会")


def test_bracketed_credits_that_name_their_people_stay_for_the_bylines() -> None:
    """(融媒记者　甲　通讯员　乙), (某会办公室　丙　文/图): the noise lexicon drops bracketed lines, but one the byline
    rules read a name in is a credit, and its people are the article's authors (docs/FACTS.md)."""
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title><meta name="PubDate" content="2024-05-20"></head><body>'
        f'{NAV}<h1>{TITLE}</h1><div class="TRS_Editor">{paragraphs()}<p>（全媒体记者　甄可馨　通讯员　屈慕白）</p>'
        f'<p>（某区慈善会秘书处　邬思远　文/图）</p><p>（某某公益项目）</p></div>'
        f'<div class="author">文：檀一诺　图：贺兰舟</div>{FOOTER}</body></html>'
    )
    article = load(Layout("credits", html))
    body = article.text[article.body_start:]
    assert "甄可馨" in body and "邬思远" in body and "檀一诺" in body
    assert "某某公益项目" not in body  # a bracketed line with no name in it is still page noise


def test_a_leadership_row_with_a_duties_column_stays_one_bar_row() -> None:
    # 姓名 | 职务 | 分工: the duties cell holds a sentence, yet the name, its post (a note on a line of its own) and the
    # duties are one row; a row whose first cell is no name stays layout
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title><meta name="PubDate" content="2024-05-20"></head><body>'
        f'{NAV}<h1>{TITLE}</h1><div class="TRS_Editor"><p>{P2}领导班子成员及分工如下：</p>'
        '<table border="1"><tr><td>姓　名</td><td>职　务</td><td>分　工</td></tr>'
        '<tr><td>卢望川</td><td>会长<br>（某市政协原副主席）</td><td>主持全面工作，分管财务。</td></tr>'
        '<tr><td>邵　青</td><td>副会长</td><td>协助会长负责日常工作。</td></tr></table>'
        f'<table><tr><td>发布日期：2024-05-20</td><td>{P1}</td><td>图为会议现场</td></tr></table>'
        f'<p>{P3}</p></div>{FOOTER}</body></html>'
    )
    article = load(Layout("duties table", html))
    lines = [line for line in article.text[article.body_start:].split("\n") if line.strip()]
    assert "卢望川 | 会长（某市政协原副主席） | 主持全面工作，分管财务。" in lines, lines
    assert "邵青 | 副会长 | 协助会长负责日常工作。" in lines, lines  # (a name padded to its column is closed up: its space is no cell gap)
    assert P1 in lines and P3 in lines, lines


def test_a_name_table_row_with_a_cell_broken_over_lines_or_spaced_to_its_width_is_one_row() -> None:
    """A name list's cell the page broke with <br> or <p> (某市政协<br>原副主席, 甲<br>（女）) is one cell of one row, as is a
    cell of single characters spaced to the column's width (钱 立 德, 工 作 单 位, 会 长): closed up, so that its spaces are
    no gaps between cells; a row of short cells broken so with no name in it stays layout (each line a paragraph)."""
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title><meta name="PubDate" content="2024-05-20"></head><body>'
        f'{NAV}<h1>{TITLE}</h1><div class="TRS_Editor"><p>{P2}新一届领导班子名单如下：</p>'
        '<table border="1"><tr><th>序 号</th><th>姓 名</th><th>职 务</th><th>工 作 单 位</th></tr>'
        '<tr><td>1</td><td>王 某 某</td><td>会 长</td><td>某市人大常委会<br>原副主任</td></tr>'
        '<tr><td>2</td><td>李某某<br>（女）</td><td>副会长</td><td><p>某市民政局</p><p>原局长</p></td></tr></table>'
        '<table><tr><td><a href="/a">首页</a><br><a href="/b">新闻</a></td><td><a href="/c">公告</a><br><a href="/d">专题</a></td></tr></table>'
        f'<p>{P3}</p></div>{FOOTER}</body></html>'
    )
    article = load(Layout("broken cells", html))
    lines = [line for line in article.text[article.body_start:].split("\n") if line.strip()]
    assert "序号 姓名 职务 工作单位" in lines, lines
    assert "1 王某某 会长 某市人大常委会原副主任" in lines, lines
    assert "2 李某某（女） 副会长 某市民政局原局长" in lines, lines
    assert not any("首页" in line and "公告" in line for line in lines), lines
