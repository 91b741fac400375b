"""Robustness to the genre's mechanical variation, measured by transformation.

Rules tuned on development pages learn those pages; much of what makes real saved pages hard is mechanical and
can be applied to every development page, its gold transformed consistently, so a fix for it is general by
construction. This harness takes the .txt articles of the development parts (the old corpora, and every half whose
prefix ends in D, and rtA/rtB; a held-out, validation or blind half — a prefix ending in H, rtC, anything else — is
skipped by that rule, not by a list of names, so a corpus landed later is covered as it lands), applies one
transformation at a time to text and gold, and prints the headline and per-kind F1 of each transformation beside
the untransformed figure, overall and per part (``--parts``).

    python benchmarks/robustness.py                      # every transformation, totals
    python benchmarks/robustness.py --parts -t trad      # one transformation, per part
    python benchmarks/robustness.py --markdown           # the table docs/BENCHMARKS.md holds
    python benchmarks/robustness.py --only xsD --only rtA+rtB -t pdf --misses person   # some parts

Transformations (``TRANSFORMS``; how gold treats each follows docs/FACTS.md and docs/gold-conventions.md):

- ``trad``: the whole page in traditional characters, one character at a time (OpenCC's table), so a name
  converts the same in the text and in gold; gold names, roles and titles are converted too (written as the page
  writes them).
- ``pad``: two-character person names of the gold padded to three with a full-width space (王　强) where they
  stand in a list (after 、，：or a line start, before 、，or a line end); gold unchanged.
- ``date-iso``, ``date-dot``, ``date-slash``, ``date-hanzi``, ``date-noyear``: every body date 2026年3月5日
  rewritten as 2026-03-05 / 2026.3.5 / 2026/03/05 / 二〇二六年三月五日 / 3月5日 (the last only in the page's year);
  gold unchanged (dates are ISO).
- ``pdf``: body paragraphs hard-wrapped at 26 characters with a page number (- 2 -) and a running head between
  some lines, as text copied out of a PDF; gold unchanged.
- ``fullwidth``: ASCII digits and Latin letters full-width, every other comma and colon half-width; gold names and
  titles converted the same way (as written).
- ``pinyin``: conversion artefacts 会(huì), 发(fā), 业(yè) after those characters; gold unchanged (page noise).
- ``html-pre``, ``html-table``, ``html-span``, ``html-mso``: the article saved as a CMS page: the body in a
  <pre> block, in table cells with <br> runs, a <span> per line with <br>, or Word's <p class="MsoNormal">
  paragraphs; gold unchanged.
- ``zwsp``: zero-width characters of a WeChat or CMS copy: a zero-width space inside every gold person name, a
  soft hyphen inside every gold organization name, a zero-width joiner after every 。; gold unchanged (invisible).
- ``nbsp``: no-break spaces of an HTML copy: every paragraph indented with four, a two-character name in a list
  padded with one (王\u00a0强); gold unchanged.
- ``one-paragraph``: the body copied without its newlines, one paragraph; gold unchanged.
- ``sentence-lines``, ``clause-lines``: one sentence (after 。！？；) or one clause (also after ，) per line; gold
  unchanged.
- ``sep-space``, ``sep-comma``, ``sep-semicolon``, ``sep-newline``, ``sep-ideo``: the 、 between two gold person
  names written as a space / ， / ； / a line break / a full-width space; gold unchanged.
- ``furniture``: page furniture a saved page carries, without names: a breadcrumb and a font-size bar above the
  body, a photo caption (▲会议现场) between paragraphs, a share bar, 扫一扫 and 上一篇/下一篇 links under it; gold
  unchanged (FACTS.md: page furniture gives no facts).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import HEADLINE_KINDS, Report, read_facts, score  # noqa: E402
from kg.extract import extract_article  # noqa: E402
from kg.extract.text import opencc_characters  # noqa: E402
from kg.loaders import load_bytes  # noqa: E402
from kg.loaders.text import clean_text, parse_text  # noqa: E402

# the old corpora (every article development text) and the folder-less seed; every other part is a half of a
# corpus folder named by its prefix: development if the prefix ends in D (rtA, rtB of the retold corpus), held out
# otherwise (a prefix ending in H, rtC, a blind half being written): skipped by rule, never by a list of names
OLD_CORPORA = (("seed", "data"), ("dev", "tests/corpus/dev"), ("multi", "tests/corpus/multi"),
               ("holdout", "tests/corpus/holdout"), ("holdout2", "tests/corpus/holdout2"),
               ("holdout3", "tests/corpus/holdout3"), ("holdout4", "tests/corpus/holdout4"))
DEVELOPMENT_RETOLD = ("rtA", "rtB")


def is_development(prefix: str) -> bool:
    """A half of a corpus folder is read only when it is a development half: its prefix ends in D, or rtA/rtB."""
    return (len(prefix) == 3 and prefix.endswith("D")) or prefix in DEVELOPMENT_RETOLD


# gold fields that are not text as written: left alone by every transformation
_NOT_TEXT = {"kind", "date", "event_date", "year", "since", "until", "type", "region", "gender", "status", "network", "url"}

Gold = list[dict]


def _map_gold(gold: Gold, convert: Callable[[str], str]) -> Gold:
    def value(key: str, v):
        if key in _NOT_TEXT:
            return v
        if isinstance(v, str):
            return convert(v)
        if isinstance(v, list):
            return [convert(x) if isinstance(x, str) else x for x in v]
        return v
    # a participation's role is a code (attendee, chair), a position's the title as written
    return [{k: v if k == "role" and record["kind"] == "participation" else value(k, v) for k, v in record.items()} for record in gold]


def _split(text: str) -> tuple[str, str]:
    """(header, body) of a .txt article as the loader reads it."""
    start = int(parse_text(clean_text(text))["body_start"])
    return text[:start], text[start:]


def to_traditional(text: str) -> str:
    return text.translate(opencc_characters("STCharacters"))


def trad(text: str, gold: Gold) -> tuple[str, Gold]:
    return to_traditional(text), _map_gold(gold, to_traditional)


def pad_names(text: str, names: list[str]) -> str:
    """Two-character names padded with a full-width space where they stand as list items."""
    for name in names:
        text = re.sub(r"(?<=[、，,：:\n\s])" + re.escape(name) + r"(?=[、，,\n\s]|$)", name[0] + "\u3000" + name[1], text)
    return text


def pad(text: str, gold: Gold) -> tuple[str, Gold]:
    names = sorted({r["name"] for r in gold if r["kind"] == "person" and len(r.get("name", "")) == 2})
    header, body = _split(text)
    return header + pad_names(body, names), gold


_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日")
_HANZI_DIGITS = "〇一二三四五六七八九"


def _hanzi_number(n: int) -> str:
    if n < 10:
        return _HANZI_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _HANZI_DIGITS[tens]) + "十" + (_HANZI_DIGITS[ones] if ones else "")


def rewrite_dates(text: str, form: str, page_year: str = "") -> str:
    def one(m: re.Match) -> str:
        y, mo, d = m[1], int(m[2]), int(m[3])
        if form == "iso":
            return f"{y}-{mo:02d}-{d:02d}"
        if form == "dot":
            return f"{y}.{mo}.{d}"
        if form == "slash":
            return f"{y}/{mo:02d}/{d:02d}"
        if form == "hanzi":
            return "".join(_HANZI_DIGITS[int(c)] for c in y) + f"年{_hanzi_number(mo)}月{_hanzi_number(d)}日"
        if form == "noyear":
            return f"{mo}月{d}日" if y == page_year else m[0]
        raise ValueError(form)
    return _DATE.sub(one, text)


def _date_transform(form: str) -> Callable[[str, Gold], tuple[str, Gold]]:
    def transform(text: str, gold: Gold) -> tuple[str, Gold]:
        source = next((r for r in gold if r["kind"] == "source"), {})
        header, body = _split(text)
        return header + rewrite_dates(body, form, str(source.get("date", ""))[:4]), gold
    return transform


def pdf_wrap(body: str, width: int = 26) -> str:
    """Paragraphs hard-wrapped at width, a page number and a running head after every 12th line."""
    out: list[str] = []
    count = 0
    page = 1
    for paragraph in body.split("\n"):
        if not paragraph.strip():
            continue
        rest = paragraph.strip()
        while rest:
            out.append(rest[:width])
            rest = rest[width:]
            count += 1
            if count % 12 == 0 and rest:
                page += 1
                out.extend(["", f"- {page} -", "", "工作简报", ""])
    return "\n".join(out) + "\n"


def pdf(text: str, gold: Gold) -> tuple[str, Gold]:
    header, body = _split(text)
    return header + pdf_wrap(body), gold


def to_fullwidth(text: str) -> str:
    out = []
    toggle = False
    for char in text:
        if char.isascii() and char.isalnum():
            out.append(chr(ord(char) + 0xFEE0))
        elif char in "，：":
            toggle = not toggle
            out.append({"，": ",", "：": ":"}[char] if toggle else char)
        else:
            out.append(char)
    return "".join(out)


def fullwidth(text: str, gold: Gold) -> tuple[str, Gold]:
    header, body = _split(text)
    return header + to_fullwidth(body), _map_gold(gold, lambda s: "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s))


_PINYIN = {"会": "huì", "发": "fā", "业": "yè"}


def pinyin(text: str, gold: Gold) -> tuple[str, Gold]:
    header, body = _split(text)
    return header + re.sub("[会发业]", lambda m: m[0] + f"({_PINYIN[m[0]]})", body), gold


def _page(title: str, date: str, publisher: str, inner: str) -> str:
    meta = f'<meta name="PubDate" content="{date}">' if date else ""
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{html.escape(title)}_{html.escape(publisher or "网站")}</title>'
        f'<meta name="ArticleTitle" content="{html.escape(title)}">{meta}</head>\n<body>\n'
        '<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻中心</a></div>\n'
        f'<div class="main"><h1>{html.escape(title)}</h1>\n{inner}\n</div>\n'
        '<div class="footer"><p>版权所有 © 网站</p></div>\n</body></html>\n'
    )


def _html_transform(wrapper: str) -> Callable[[str, Gold], tuple[str, Gold]]:
    def transform(text: str, gold: Gold) -> tuple[str, Gold]:
        header = parse_text(clean_text(text))
        _, body = _split(text)
        lines = [line.strip() for line in body.split("\n") if line.strip()]
        esc = [html.escape(line) for line in lines]
        if wrapper == "pre":
            inner = '<pre class="doc-body">\n' + "\n".join(esc) + "\n</pre>"
        elif wrapper == "table":
            inner = '<table width="100%"><tr><td class="content">' + "<br><br>\n".join(esc) + "</td></tr></table>"
        elif wrapper == "span":
            inner = '<div class="text">' + "<br>\n".join(f'<span style="font-size:16px">{line}</span>' for line in esc) + "</div>"
        elif wrapper == "mso":
            inner = '<div class="Section1">' + "\n".join(
                f'<p class="MsoNormal" style="text-indent:2em"><span style="font-family:宋体">{line}</span></p>' for line in esc
            ) + "</div>"
        else:
            raise ValueError(wrapper)
        return _page(str(header["title"]), str(header["date"]), str(header["publisher"]), inner), gold
    transform.suffix = ".html"  # type: ignore[attr-defined]
    return transform


def _gold_names(gold: Gold, kind: str) -> list[str]:
    """Names of one kind of the gold, longest first (so a name inside a longer one is not split before it)."""
    return sorted({r["name"] for r in gold if r["kind"] == kind and len(r.get("name", "")) >= 2}, key=lambda n: (-len(n), n))


def _insert_inside(body: str, names: list[str], mark: str) -> str:
    for name in names:
        body = body.replace(name, name[0] + mark + name[1:])
    return body


def zwsp(text: str, gold: Gold) -> tuple[str, Gold]:
    header, body = _split(text)
    body = _insert_inside(body, _gold_names(gold, "person"), "\u200b")
    body = _insert_inside(body, _gold_names(gold, "organization"), "\u00ad")
    return header + body.replace("。", "。\u200d"), gold


def nbsp(text: str, gold: Gold) -> tuple[str, Gold]:
    header, body = _split(text)
    names = [n for n in _gold_names(gold, "person") if len(n) == 2]
    for name in names:
        body = re.sub(r"(?<=[、，,：:\n\s])" + re.escape(name) + r"(?=[、，,\n\s]|$)", name[0] + "\u00a0" + name[1], body)
    lines = ["\u00a0" * 4 + line.strip() if line.strip() else line for line in body.split("\n")]
    return header + "\n".join(lines), gold


def one_paragraph(text: str, gold: Gold) -> tuple[str, Gold]:
    header, body = _split(text)
    return header + "".join(line.strip() for line in body.split("\n")) + "\n", gold


def _lines_after(marks: str) -> Callable[[str, Gold], tuple[str, Gold]]:
    pattern = re.compile(f"(?<=[{marks}])(?![{marks}”’」）)]|$)")

    def transform(text: str, gold: Gold) -> tuple[str, Gold]:
        header, body = _split(text)
        return header + "\n".join(pattern.sub("\n", line) for line in body.split("\n")), gold
    return transform


def _separator(sep: str) -> Callable[[str, Gold], tuple[str, Gold]]:
    def transform(text: str, gold: Gold) -> tuple[str, Gold]:
        header, body = _split(text)
        names = _gold_names(gold, "person")
        if names:
            alternatives = "|".join(re.escape(n) for n in names)
            body = re.sub(f"({alternatives})、(?=(?:{alternatives}))", lambda m: m[1] + sep, body)
        return header + body, gold
    return transform


_FURNITURE_TOP = ["当前位置：首页 > 新闻中心 > 工作动态", "【字体：大 中 小】 【打印】"]
_FURNITURE_BOTTOM = ["分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页", "上一篇：关于开展“慈善一日捐”活动的倡议书",
                     "下一篇：2025年度慈善项目资助公示"]


def furniture(text: str, gold: Gold) -> tuple[str, Gold]:
    header, body = _split(text)
    paragraphs = [line for line in body.split("\n") if line.strip()]
    out = list(_FURNITURE_TOP)
    for i, paragraph in enumerate(paragraphs):
        out.append(paragraph)
        # a caption stands between paragraphs of running text, not inside a name table
        if i % 3 == 0 and i + 1 < len(paragraphs) and paragraph.rstrip().endswith("。") and paragraphs[i + 1].rstrip().endswith("。"):
            out.append("▲会议现场" if i == 0 else "▲活动现场（图片来源：网络）")
    return header + "\n".join(out + _FURNITURE_BOTTOM) + "\n", gold


TRANSFORMS: dict[str, Callable[[str, Gold], tuple[str, Gold]]] = {
    "trad": trad,
    "pad": pad,
    "date-iso": _date_transform("iso"),
    "date-dot": _date_transform("dot"),
    "date-slash": _date_transform("slash"),
    "date-hanzi": _date_transform("hanzi"),
    "date-noyear": _date_transform("noyear"),
    "pdf": pdf,
    "fullwidth": fullwidth,
    "pinyin": pinyin,
    "html-pre": _html_transform("pre"),
    "html-table": _html_transform("table"),
    "html-span": _html_transform("span"),
    "html-mso": _html_transform("mso"),
    "zwsp": zwsp,
    "nbsp": nbsp,
    "one-paragraph": one_paragraph,
    "sentence-lines": _lines_after("。！？；!?;"),
    "clause-lines": _lines_after("。！？；!?;，,"),
    "sep-space": _separator(" "),
    "sep-comma": _separator("，"),
    "sep-semicolon": _separator("；"),
    "sep-newline": _separator("\n"),
    "sep-ideo": _separator("\u3000"),
    "furniture": furniture,
}


def development_articles(root: Path = ROOT, only: tuple[str, ...] = ()) -> list[tuple[str, Path, Path]]:
    """(part, article, gold) of every .txt article of the development parts (``only``: these parts).

    A part is an old corpus (its label) or a half of a corpus folder (its three-character prefix; rtA+rtB the
    retold corpus's development halves); a half whose prefix does not end in D is never opened."""
    found = []
    old_folders = {folder for _, folder in OLD_CORPORA}
    for label, folder in OLD_CORPORA:
        corpus = root / folder
        if (corpus / "gold").is_dir() and (not only or label in only):
            found += [(label, a, corpus / "gold" / f"{a.stem}.jsonl") for a in sorted((corpus / "articles").glob("*.txt"))]
    corpora = root / "tests" / "corpus"
    for corpus in sorted(corpora.iterdir()) if corpora.is_dir() else []:
        if str(corpus.relative_to(root)) in old_folders or not (corpus / "gold").is_dir():
            continue
        for article in sorted((corpus / "articles").glob("*.txt")):
            prefix = article.name[:3]
            if not is_development(prefix):
                continue
            part = "rtA+rtB" if prefix in DEVELOPMENT_RETOLD else prefix
            if not only or part in only:
                found.append((part, article, corpus / "gold" / f"{article.stem}.jsonl"))
    return found


def score_one(text: str, gold: Gold, name: str) -> Report:
    result = load_bytes(text.encode("utf-8"), name)
    system = [f.to_record() for a in result.articles for f in extract_article(a).facts]
    return score(gold, system, Path(name).stem)


def _score_article(job: tuple[str, str, str, tuple[str, ...]]) -> list[tuple[str, str, Report]]:
    part, article_path, gold_path, names = job
    article = Path(article_path)
    text = article.read_text(encoding="utf-8")
    gold = read_facts(Path(gold_path))
    out = [("none", part, score_one(text, gold, article.name))]
    for name in names:
        transform = TRANSFORMS[name]
        new_text, new_gold = transform(text, gold)
        out.append((name, part, score_one(new_text, new_gold, article.stem + getattr(transform, "suffix", ".txt"))))
    return out


def run(names: list[str], only: tuple[str, ...] = (), jobs: int = 1) -> dict[str, dict[str, Report]]:
    """reports[transformation][part]; transformation "none" is the untransformed page."""
    reports: dict[str, dict[str, Report]] = defaultdict(lambda: defaultdict(Report))
    work = [(part, str(article), str(gold), tuple(names)) for part, article, gold in development_articles(only=only)]
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(_score_article, work, chunksize=4))
    else:
        results = [_score_article(job) for job in work]
    for result in results:
        for name, part, report in result:
            reports[name][part].add(report)
    return reports


def _total(by_part: dict[str, Report]) -> Report:
    total = Report()
    for report in by_part.values():
        total.add(report)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-t", "--transform", action="append", choices=sorted(TRANSFORMS), help="only these (repeatable)")
    parser.add_argument("--parts", action="store_true", help="a row per part too")
    parser.add_argument("--markdown", action="store_true", help="a Markdown table")
    parser.add_argument("--misses", metavar="KIND", help="print the facts a transformation loses of this kind")
    parser.add_argument("--only", action="append", default=[], metavar="PART", help="only these parts (repeatable: xsD, rtA+rtB, seed)")
    parser.add_argument("--jobs", type=int, default=1, help="processes")
    args = parser.parse_args()
    names = args.transform or list(TRANSFORMS)
    reports = run(names, tuple(args.only), args.jobs)
    base = _total(reports["none"])
    kinds = list(HEADLINE_KINDS) + ["event"]
    if args.markdown:
        print("| transformation | headline | drop | " + " | ".join(kinds) + " |")
        print("|---|---|---|" + "---|" * len(kinds))
    for name in ["none"] + names:
        total = _total(reports[name])
        row = [f"{total.headline.f1:.3f}", f"{base.headline.f1 - total.headline.f1:+.3f}"]
        row += [f"{total.kinds[k].f1:.3f}" for k in kinds]
        if args.markdown:
            print(f"| {name} | " + " | ".join(row) + " |")
        else:
            print(f"{name:12s} headline {row[0]} drop {row[1]} | " + " ".join(f"{k} {v}" for k, v in zip(kinds, row[2:])))
        if args.parts and name != "none":
            for part, report in reports[name].items():
                drop = reports["none"][part].headline.f1 - report.headline.f1
                if abs(drop) >= 0.0005:
                    print(f"    {part:10s} headline {report.headline.f1:.3f} drop {drop:+.3f}")
        if args.misses and name != "none":
            lost = {json.dumps(m, ensure_ascii=False) for r in reports["none"].values() for m in r.misses}
            for report in reports[name].values():
                for miss in report.misses:
                    if miss["kind"] == args.misses and json.dumps(miss, ensure_ascii=False) not in lost:
                        print("    ", json.dumps(miss, ensure_ascii=False))


if __name__ == "__main__":
    main()
