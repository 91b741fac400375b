"""Name lists laid out as tables: the one reader of table rows, with a header row (姓名 | 会内职务 | 单位及职务) or without.

Council and leadership lists reach us as `|` tables, tab-separated lines from a Word table or columns
kept apart by runs of spaces. A row gives the person (a padded 王　某 is 王某), their post in the body
the list is about (the heading above the table or the page title names it) and, in the unit column,
their own body and post there (原副主席 is a former post). Rows are read by column, not as sentences:
the row has no verb or apposition the sentence rules could read. A bar row with no header above it
(1 | 甲 | 副会长兼秘书长 | 某市民政局原副局长) is read by what its cells hold: a cell of titles only gives posts
in the body whose meeting the article reports (known only after the events: `barred_claims`), a cell
naming a body its titles there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from .analysis import ANNEX_LEAD, ArticleAnalysis, SentenceView
from .appointments import term_body_text
from .lexicon import lexicons, word_alternation, word_bit, word_class
from .mentions import Mention, opens_with_surname
from .person_names import ORDER_NOTE_TEXT, plain_name, roster_word_name
from .positions import PositionClaim, titles_in_bodies

_PIPE = re.compile(r"\s*[|｜]\s*")
_TAB = re.compile(r"\s*\t\s*")
_SPACES = re.compile(r"\s{2,}")
_SPACE = re.compile(r"\s+")  # a PDF's or a 任前公示's columns kept apart by one space
_NAME = re.compile(r"^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}$")  # 王某, 王　某, 欧阳 某某
_SEX_MARK = re.compile(r"\s*[(（][男女][)）]")
_MASK = "某"  # what a page writes for a given name it withholds (person_names._MASK_CHAR)
_HEADING_NOUNS = ("名单", "理事会", "监事会", "委员会", "负责人", "领导", "班子", "组成人员")

_NAME_HEADER = word_bit("table_name_header")  # SentenceView.words: a name column's header other than 姓名 (发言人)


@dataclass
class TableRow:
    """One row of a name list: the person, the titles of the post column and the unit column's mentions."""

    view: SentenceView
    person: Mention
    posts: list[Mention]  # titles held in the body the list is about
    body: Mention | None  # that body, from the heading above the table or the page title
    units: list[PositionClaim]  # the unit column's titles, each in the body written before it
    barred: bool = False  # a bar row read by its cells (no header): units in cell order, a titles-only cell's with no body yet
    roster: bool = False  # a leadership line (会　长：甲): its names are listed, not shown at any event
    presence_only: bool = False  # a roster row under no heading naming its body (视察组成员名单): who a party lists, no post
    present: bool = False  # a roster line naming its people as present (出席会议的理事还有：甲、乙): listed and taking part


@lru_cache(maxsize=1)
def _headers() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    return (
        frozenset(word_class("table_name_header")),
        frozenset(word_class("table_post_header")),
        frozenset(word_class("table_unit_header")),
        frozenset(word_class("table_proposed_header")),
        frozenset(word_class("table_body_header")),
    )


@lru_cache(maxsize=1)
def _plain_headers() -> frozenset[str]:
    return frozenset(word_class("table_plain_header"))


_PLAIN_LABEL = re.compile(r"[(（][^()（）]{1,6}[)）]$")  # 金额（万元）, 捐款(元): the unit a column's amounts are in


@lru_cache(maxsize=1)
def _section_headers() -> frozenset[str]:
    return frozenset(word_class("table_section_header"))


def _cells(text: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each non-empty cell, relative to text; leading and trailing separators dropped."""
    cells: list[tuple[int, int]] = []
    cursor = 0
    for match in separator.finditer(text):
        if match.start() > cursor:
            cells.append((cursor, match.start()))
        cursor = match.end()
    if cursor < len(text.rstrip()):
        cells.append((cursor, len(text.rstrip())))
    return [(a, b) for a, b in cells if text[a:b].strip()]


def _merged_post_cell(view: SentenceView, cells: list[tuple[int, int]], name_col: int, post_col: int, unit_col: int | None) -> list[tuple[int, int]]:
    """A row one cell short of its header's whose post cell was merged with the row above (a rowspan, a Word table's
    merged cell: the page writes the row without it): the cells with that post cell back as an empty point, where the
    row reads so (the name falls in the name column again: 乙　某局副局长 under 职务　姓名　工作单位; the cell under
    职务 names a body, the unit column's: 丙　某局副局长 under 姓名　职务　工作单位); the cells as they are otherwise."""
    text, offset = view.sentence.text, view.start
    padded = cells[:post_col] + [(cells[post_col][0],) * 2] + cells[post_col:]
    if post_col < name_col:
        return padded if not _row_name(text, *cells[name_col]) and _row_name(text, *padded[name_col]) else cells
    lo, hi = cells[post_col]
    if unit_col == post_col + 1 and any(lo <= o.start - offset and o.end - offset <= hi for o in view.orgs):
        return padded
    return cells


def _merged_unit_cell(view: SentenceView, cells: list[tuple[int, int]], name_col: int, post_col: int, unit_col: int | None) -> list[tuple[int, int]]:
    """A row one cell short of its header's whose unit cell was merged with the row above or left empty (2　乙　总经理
    under 序号　姓名　单位　职务, the body written once for the rows of one unit): the cells with that unit cell back as an
    empty point, where the row reads so (the name in the name column, titles and no body in the post column); the cells
    as they are otherwise."""
    if unit_col is None or unit_col > len(cells):
        return cells
    text, offset = view.sentence.text, view.start
    point = cells[unit_col][0] if unit_col < len(cells) else cells[-1][1]
    padded = cells[:unit_col] + [(point, point)] + cells[unit_col:]
    if name_col >= len(padded) or post_col >= len(padded) or not _row_name(text, *padded[name_col]):
        return cells
    lo, hi = offset + padded[post_col][0], offset + padded[post_col][1]
    inside = [m for m in view.mentions() if lo <= m.start and m.end <= hi]
    return padded if inside and all(m.kind == "role" for m in inside) else cells


def _bar_kept_cells(text: str, columns: int) -> list[tuple[int, int]] | None:
    """2 | | 乙 | 总经理 under 序号 | 单位 | 姓名 | 职务: a bar row's cells with an empty one kept as an empty point (the bars
    that open and close a row dropped); None where the row does not have the header's columns so."""
    cells: list[tuple[int, int]] = []
    cursor = 0
    for match in list(_PIPE.finditer(text)) + [None]:
        end = match.start() if match is not None else len(text.rstrip())
        a = cursor + len(text[cursor:end]) - len(text[cursor:end].lstrip())
        cells.append((a, max(a, end)))
        cursor = match.end() if match is not None else end
    if cells and cells[0][0] == cells[0][1] and text.lstrip()[:1] in "|｜":
        cells = cells[1:]
    if cells and cells[-1][0] == cells[-1][1] and text.rstrip()[-1:] in "|｜":
        cells = cells[:-1]
    return cells if len(cells) == columns else None


def _unit_body(view: SentenceView, cell: tuple[int, int]) -> Mention | None:
    """The body a unit cell names alone (某公司, no title after it), else None."""
    lo, hi = view.start + cell[0], view.start + cell[1]
    inside = [m for m in view.mentions() if lo <= m.start and m.end <= hi]
    return inside[0] if len(inside) == 1 and inside[0].kind == "org" else None


def _row_name(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is a name cell's text (王某, 王　某, 欧阳某某)."""
    return bool(_NAME.match(text[a:b])) and text[a:b].replace(" ", "")[:1] in lexicons().any_surnames


def _tab_cells(text: str, columns: int) -> list[tuple[int, int]] | None:
    """甲\t\t某局副局长 under 姓名\t职务\t工作单位: a Word table's row copied with one tab per cell, an empty cell (a post
    merged with the row above) an empty point; None where the row does not have the header's columns so."""
    cells: list[tuple[int, int]] = []
    cursor = 0
    for piece in text.split("\t"):
        a = cursor + len(piece) - len(piece.lstrip())
        cells.append((a, max(a, cursor + len(piece.rstrip()))))
        cursor += len(piece) + 1
    return cells if len(cells) == columns else None


def _header(text: str, notice: bool) -> tuple[re.Pattern[str], int, int | None, int | None, int, bool] | None:
    """The separator, the name, post and unit column numbers, the number of columns and whether the post column is
    the post in the unit column's body (序号 姓名 单位 职务: a unit column naming a body alone, the post right after it)
    when text is a table's header row. A proposed post's column (拟任职务) is the post column of a council list the
    meeting elected, but no post on a 公示 page (`notice`): the post is not held yet (docs/gold-conventions.md)."""
    names, posts, units, proposed, bodies = _headers()
    sections = _section_headers()
    for separator in (_PIPE, _TAB, _SPACES, _SPACE):
        if separator is _PIPE and "|" not in text and "｜" not in text:
            continue
        if separator is _TAB and "\t" not in text:
            continue
        labels = ["".join(text[a:b].split()) for a, b in _cells(text, separator)]
        if separator is _SPACE:
            labels = _padded_labels_joined(labels, names | posts | units | proposed | _plain_headers())
        if len(labels) < 2:
            continue
        name = next((i for i, label in enumerate(labels) if label in names), None)
        if name is None:
            continue
        post = next((i for i, label in enumerate(labels) if label in posts or (label in proposed and not notice)), None)
        unit = next((i for i, label in enumerate(labels) if label in units), None)
        if post is None and unit is None:
            if any(_PLAIN_LABEL.sub("", label) in _plain_headers() for i, label in enumerate(labels) if i != name):
                return separator, name, None, None, len(labels), False  # 姓名　村/组　金额（万元）: a roll of persons, no post
            continue  # (姓名　　　性别　年龄: two spaces after the name's label, one between the others: the next separator reads it)
        # 单位 | 职务, 单位 | 科室 | 职称 or 单位 | 发言人 | 职务: the post column holds the unit's posts (a doctor's department
        # is no body; the name between the unit and the post is the row's person)
        split = post is not None and unit is not None and labels[unit] in bodies and (
            post == unit + 1 or (post == unit + 2 and (labels[unit + 1] in sections or unit + 1 == name)))
        return separator, name, post, unit, len(labels), split
    return None


def _second_pair(text: str, separator: re.Pattern[str], name: int, post: int | None) -> tuple[int, int] | None:
    """单位 | 成员 | 职务 | 联络员 | 职务: a header row with a second name column and its post column after the first pair
    (the name column, then its post column): their numbers, else None."""
    if post is None or post != name + 1:
        return None
    names, posts = _headers()[:2]
    labels = ["".join(text[a:b].split()) for a, b in _cells(text, separator)]
    second = post + 1
    return (second, second + 1) if second + 1 < len(labels) and labels[second] in names and labels[second + 1] in posts else None


def _padded_labels_joined(labels: list[str], headers: frozenset[str]) -> list[str]:
    """序号 姓 名 性别 …: a header padded to a column's width, split by single spaces, is one label again."""
    joined: list[str] = []
    for label in labels:
        if joined and len(joined[-1]) == 1 and len(label) == 1 and joined[-1] + label in headers:
            joined[-1] += label
        else:
            joined.append(label)
    return joined


def _is_heading(view: SentenceView) -> bool:
    """The title, or a line of its own, naming nobody, that ends in a list or council (某会第五届理事会名单)."""
    text = view.sentence.text
    if view.sentence.index < 0:
        return True
    bare = text.rstrip(":： ")
    if bare[-1:] in ")）":
        note = _TRAILING_NOTE.search(bare)
        bare = bare[:note.start()] if note is not None else bare  # 某医疗队名单（部分）, 某会理事名单（排名不分先后）
    return view.sentence.paragraph_start and not view.persons and len(text) <= 60 and (bare.endswith(_HEADING_NOUNS) or view.orgs != [] and bare[-1:] == view.orgs[-1].text[-1:] and _body_line(view, bare))


_TERM_LEAD = re.compile(r"第[一二三四五六七八九十\d]{1,3}届")  # 第五届, the term the council listed under the line serves


def _body_line(view: SentenceView, bare: str) -> bool:
    """第五届市基督教协会 / 会　长：甲: a line that is a body's name alone (its term before it) heads the roster lines under it."""
    if not view.orgs:
        return False
    org = view.orgs[-1]
    lead = view.sentence.text[:org.start - view.start].strip()
    return org.end - view.start == len(bare.rstrip()) and (not lead or _TERM_LEAD.fullmatch(lead) is not None)


def _body_before(views: list[SentenceView], index: int, roster: bool = False) -> Mention | None:
    """The body the table at views[index] lists: the first organization of the nearest heading above it (for a
    roster line naming bodies of its own, a heading in the text: the page title names whatever the page reports)."""
    for position in range(index - 1, -1, -1):
        view = views[position]
        if view.orgs and _is_heading(view):
            if (before := view.sentence.text[:view.orgs[0].start - view.start].rstrip())[-1:] in _OPENING_QUOTES and _OPENING_QUOTES[before[-1]] in before[:-1]:
                # 附：某省第十批“组团式”援疆医疗队名单: the body's name runs on before a quote the name rules cut it at; 附：“某某”
                # 志愿服务队队员名单: the team the page names in full with its owner before the brand (gold-conventions.md)
                return _owned_team(views, view.sentence.text[view.sentence.text.rfind(_OPENING_QUOTES[before[-1]], 0, len(before) - 1):view.orgs[0].end - view.start])
            return view.orgs[0] if not roster or view.sentence.index >= 0 else None
    if roster:
        return None
    title = next((v for v in views if v.sentence.index < 0), None)
    return title.orgs[0] if title is not None and title.orgs else None


_OPENING_QUOTES = {"”": "“", '"': '"', "」": "「", "』": "『"}


def _owned_team(views: list[SentenceView], written: str) -> Mention | None:
    """“某某”志愿服务队 (a quoted brand and a team's ending) in a heading: the body the page names elsewhere whose name ends
    with it, the longest where it names it in several lengths (某区某协会“某某”志愿服务队 and a headline's 某区“某某”志愿服务队:
    one team, its owner part of its name: gold-conventions.md), else None."""
    found = {o.text: o for v in views for o in v.orgs}
    return found[name] if (name := longest_owned_name(written, found)) is not None else None


def longest_owned_name(written: str, names: Iterable[str]) -> str | None:
    """The longest of `names` that ends with `written` and is longer (某区某协会“某某”志愿服务队 for “某某”志愿服务队: the
    owner part of the team's name, gold-conventions.md), the same one whatever the order (the greatest among equal
    lengths); None where none does."""
    longer = [name for name in names if name.endswith(written) and len(name) > len(written)]
    return max(longer, key=lambda name: (len(name), name)) if longer else None


def read_tables(analysis: ArticleAnalysis) -> list[TableRow]:
    """Every row of every name table of the article, in article order."""
    views = analysis.views
    rows: list[TableRow] = []
    position = 0
    notice = "公示" in analysis.normalized[: analysis.article.body_start] or bool(views and "公示" in views[0].sentence.text)
    while position < len(views):
        text = views[position].sentence.text
        found = _header(text, notice) if ("姓" in text and "名" in text) or views[position].words & _NAME_HEADER else None
        if found is None:
            position += 1
            continue
        separator, name_col, post_col, unit_col, columns, split = found
        pair = _second_pair(text, separator, name_col, post_col)
        body = _body_before(views, position)
        layout = _layout(analysis.normalized, views[position]) if separator is _SPACES else None
        # 理　事（按姓氏笔画为序）： / 姓名 | 工作单位: a title heading right above the header is the post of every row
        # that gives none in a post column of its own
        section = _title_heading(views[position - 1]) if position > 0 else None
        if section is None and position > 0 and views[position - 1].orgs and _ROSTER_NOUN in views[position - 1].sentence.text:
            named = _named_roster_heading(views[position - 1])  # 附：某会第三届理事会理事名单 / 序号 | 姓名 | 工作单位及职务
            if named is not None:
                body, section = named
        position += 1
        above: TableRow | None = None  # the row above, whose post a row with an empty post cell shares (a merged cell)
        above_unit: Mention | None = None  # the body alone in the unit cell above, which a row's empty unit cell repeats
        while position < len(views):
            view = views[position]
            text = view.sentence.text
            if ("姓" in text or view.words & _NAME_HEADER) and _header(text, notice) is not None:
                position += 1
                continue  # a header repeated after a page break
            if len(text) <= _TITLE_HEADING_LENGTH and not view.persons and not view.orgs and (heading := _section_row(view)) is not None:
                section, above, above_unit = heading, None, None  # | 副会长 |: a section row spanning the table
                position += 1
                continue
            cells = _aligned(analysis.normalized, view, layout) if layout is not None else None
            if cells is None and not separator.search(text):
                if set(text.strip()) <= set("-—=_+ "):
                    position += 1
                    continue  # a ruled line under the header
                if separator is _SPACE and len(text) <= 10 and not view.persons:
                    position += 1
                    continue  # 主任, 书长: the rest of a cell a PDF's conversion broke onto a line of its own
                if layout is not None and view.orgs and _is_heading(view) and position + 1 < len(views) and _aligned(analysis.normalized, views[position + 1], layout) is not None:
                    body, above = view.orgs[0], None  # 某会第一届监事会成员名单: a second list in the same columns, no header
                    position += 1
                    continue
                break
            if cells is None:
                cells = _cells(text, separator)
                count = len(cells)
                if separator is _TAB and count < columns:
                    cells = _tab_cells(text, columns) or cells
                elif separator is _PIPE and count < columns:
                    cells = _bar_kept_cells(text, columns) or cells  # 2 | | 乙 | 总经理: an empty cell kept in its place
                elif count > columns and (separator is _SPACE or separator is _SPACES):
                    cells = _padded_name_joined(text, cells, name_col, columns)  # (郑 伟: a cell more than the header's)
                if len(cells) == columns - 1 and post_col is not None:
                    merged = _merged_post_cell(view, cells, name_col, post_col, unit_col) if post_col < len(cells) else cells
                    cells = merged if merged is not cells else _merged_unit_cell(view, cells, name_col, post_col, unit_col)
            row = _row(view, cells, name_col, post_col, unit_col, body, split)
            if row is not None:
                if not row.posts and above is not None and post_col is not None and post_col < len(cells) and cells[post_col][0] == cells[post_col][1]:
                    row.posts = above.posts  # 　　　　乙　　某局局长 under 副会长　甲: the post cell merged with the row above
                empty_unit = unit_col is not None and (unit_col >= len(cells) or cells[unit_col][0] == cells[unit_col][1])
                if empty_unit and above_unit is not None and row.posts and not row.units and (split or body is None):
                    # 2 | | 乙 | 总经理 under 1 | 某公司 | 甲 | 董事长: a unit cell left empty (or merged) below the body it repeats
                    row.units = [PositionClaim(row.person, role, above_unit, bool(role.info.get("former")), "table_unit", 0.8) for role in row.posts]
                    row.posts = []
                elif not empty_unit:
                    above_unit = _unit_body(view, cells[unit_col]) if unit_col is not None and unit_col < len(cells) else None
                if not row.posts and section is not None and (post_col is None or post_col >= len(cells) or cells[post_col][0] == cells[post_col][1]):
                    row.posts = [section]
                rows.append(row)
                above = row
            if pair is not None and len(cells) == columns and (second := _row(view, cells, *pair, unit_col, body, split)) is not None:
                rows.append(second)  # 单位 | 成员 | 职务 | 联络员 | 职务: the row's second person and post, in the row's unit too
            position += 1
    rows += _register_rows(views)
    under_header = {id(row.view) for row in rows}  # a row under a header is read by its columns, not again by its cells
    rows += _title_rows(analysis, under_header)
    under_header = {id(row.view) for row in rows}
    rows += _colon_rows(analysis, under_header)
    under_header = {id(row.view) for row in rows}
    return rows + _headed_lists(analysis) + [row for row in map(_bar_row, [v for v in views if id(v) not in under_header]) if row is not None]


_ROW_NUMBER = re.compile(r"^\s*\d{1,3}[.、．]?\s*$")


def _register_rows(views: list[SentenceView]) -> list[TableRow]:
    """序号　社会组织名称　法定代表人　年检结论 / 1　某市慈善总会　甲　合格: a register of bodies (a 年检 or 登记 table)
    whose title column names, row by row, the person holding that title in the row's body."""
    orgs = frozenset(word_class("table_org_header"))
    rows: list[TableRow] = []
    for index, header in enumerate(views):
        if len(header.roles) != 1 or header.orgs or "名称" not in header.sentence.text:
            continue  # a register's header names one title and no body (单位名称 may read as a name: no test of persons)
        role = header.roles[0]
        if role.info.get("scope") != "org":
            continue
        for separator in (_PIPE, _TAB, _SPACES, _SPACE):
            cells = _cells(header.sentence.text, separator)
            labels = ["".join(header.sentence.text[a:b].split()) for a, b in cells]
            org_col = next((i for i, label in enumerate(labels) if label in orgs), None)
            name_col = next((i for i, (a, b) in enumerate(cells) if header.start + a == role.start and header.start + b == role.end), None)
            if org_col is not None and name_col is not None and len(labels) >= 2:
                break
        else:
            continue
        for view in views[index + 1:]:
            text, offset = view.sentence.text, view.start
            cells = _cells(text, separator)
            if len(cells) < 2 or not _ROW_NUMBER.match(text[cells[0][0]:cells[0][1]]) and org_col != 0:
                break  # the register ends where a line is no numbered row
            if separator is _SPACE:
                cells = _padded_name_joined(text, cells, name_col, len(labels))
            if max(org_col, name_col) >= len(cells):
                continue
            lo, hi = offset + cells[org_col][0], offset + cells[org_col][1]
            body = next((o for o in view.orgs if o.start == lo and o.end == hi), None)
            a, b = cells[name_col]
            if body is None or not _NAME.match(text[a:b]) or not opens_with_surname(text, a):
                continue  # a broken row (钱（缺字）) names nobody
            person = next((p for p in view.persons if p.start == offset + a and p.end == offset + b), None)
            person = person or Mention("person", offset + a, offset + b, text[a:b], {"rule": "table_row"})
            rows.append(TableRow(view, person, [role], body, [], roster=True))
    return rows


_ROW_ASIDE = re.compile(r"[(（][^)）]{1,8}[)）]")  # 理事长（法定代表人）, 甲（连任）, 乙（女）


def _listed_names(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The names of a cell that lists people only (甲、乙、丙（连任）), relative to text; None where it holds more."""
    names: list[tuple[int, int]] = []
    surnames = lexicons().surnames
    cursor = start
    for item in text[start:end].split("、"):
        a = cursor + len(item) - len(item.lstrip())
        b = a + len(item.strip())
        cursor += len(item) + 1
        if a == b:
            continue
        aside = _ROW_ASIDE.search(text, a, b)
        if aside is not None and aside.end() == b:
            b = aside.start()
        if not _NAME.match(text[a:b]) or text[a] not in surnames:
            return None
        names.append((a, b))
    return names or None


def _title_rows(analysis: ArticleAnalysis, read: set[int]) -> list[TableRow]:
    """理事长（法定代表人）　　甲　　乙 / 副理事长　　丙、丁　　丁、戊: a table whose rows open with a title cell and list
    names in the cells after it (a change table's 变更前 | 变更后, a leadership list with no 姓名 header); a line of
    names only under such a row continues its cells. Each name holds the row's title in the body the table lists (the
    heading above or the page title); a name in a column headed 变更前 held it before."""
    views = analysis.views
    normalized = analysis.normalized
    before_labels = frozenset(word_class("table_before_header"))
    rows: list[TableRow] = []
    block: list[tuple[SentenceView, Mention, list[tuple[int, int]], int]] = []  # (view, title, name spans, line start)

    def close() -> None:
        if len(block) < 2:
            return  # one line is no table: a title and a name kept apart by spaces are read as a sentence
        first = block[0][0]
        body = _body_before(views, views.index(first))
        if body is None:
            return
        header = _header_columns(normalized, first.start)
        found: list[TableRow] = []
        for view, title, spans, line_start in block:
            for a, b in spans:
                column = max((label for label in header if label[0] <= a - line_start + 1), default=None)
                role = title
                if column is not None and column[1] in before_labels and not role.info.get("former"):
                    role = Mention("role", title.start, title.end, title.text, {**title.info, "former": True})
                person = next((p for p in view.persons if p.start == a and p.end == b), None)
                found.append(TableRow(view, person or Mention("person", a, b, analysis.surface(a, b), {"rule": "table_row"}), [role], body, []))
        staying = {(row.person.text, row.posts[0].text) for row in found if not row.posts[0].info.get("former")}
        # a name in both columns (连任) holds the post still: no former post beside the current one
        rows.extend(row for row in found if not (row.posts[0].info.get("former") and (row.person.text, row.posts[0].text) in staying))

    for view in views:
        if id(view) in read or view.sentence.index < 0 or not view.sentence.paragraph_start:
            if not view.sentence.paragraph_start:
                continue
            close()
            block = []
            continue
        text, offset = view.sentence.text, view.start
        if "  " not in text and not block:
            continue  # no cells kept apart by spaces (almost every line)
        line_start = normalized.rfind("\n", 0, offset) + 1
        cells = _cells(text, _SPACES)
        title: Mention | None = None
        head = _title_cell(view, cells[0]) if len(cells) >= 2 else None
        if head is not None:
            aside = _ROW_ASIDE.match(text, head.end - offset, cells[0][1]) if text[head.end - offset:head.end - offset + 1] in "(（" else None
            title_end = aside.end() if aside is not None else head.end - offset
            # 理事长（法定代表人）甲: the first name may follow the title's aside with no space
            title, cells = head, ([(title_end, cells[0][1])] if title_end < cells[0][1] else []) + cells[1:]
        elif block and normalized[line_start:offset].strip() == "" and offset - line_start > block[-1][0].start - block[-1][3]:
            title = block[-1][1]  # a line of names only, indented under the row above: its cells continue
        spans = [_listed_names(text, a, b) for a, b in cells] if title is not None else []
        if title is None or not spans or any(s is None for s in spans):
            close()
            block = []
            continue
        block.append((view, title, [(offset + a, offset + b) for found in spans for a, b in found], line_start))
    close()
    return rows


# 当选副会长的有：甲、乙和丙, 新当选的副理事长分别是甲、乙, 本届秘书长为丙。: what links a title to the names holding it
# 出席会议的理事还有（以姓氏笔画为序）：甲、乙: the list's order noted before its colon
_TITLE_IS = re.compile(r"(?:的有|还有|分别是|分别为|依次为|依次是|为|是)(?:" + ORDER_NOTE_TEXT + r")?[:：]?")
_TITLE_IS_PAIRS = frozenset(("的有", "还有", "分别", "依次"))  # _TITLE_IS's words of two characters and more, by their first two
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}?(?=[、和及与]|等|[,，。;；]|$)")  # a name of the list, before its join or the clause's end
_LIST_CLOSE = re.compile(r"(?:等(?:\d{1,3}[人名位])?)?(?:[,，。;；]|$)")  # the list closes its clause (甲、乙等5人。)


_PRESENCE_WORD = re.compile(word_alternation("presence_label"))  # 出席, 列席, 参加 (data/lexicons/event_words.tsv)


def _title_is_row(view: SentenceView, role: Mention, read: set[int]) -> list[TableRow]:
    """当选副会长的有：甲、乙和丙; 新当选的副理事长分别是甲、乙; 本届秘书长为丙。: a title, then 的有, 分别是 or 为, then names only
    (a surname first, no place, title or ordinary word) kept apart by 、 or 和 and closing the clause: each name holds the
    title in the body written right before it, else the page's own body (`TableRow.body` None, as for 会　长：甲). Not
    会长为甲颁奖 (the list goes on with a verb) nor 甲会长为乙 (a name before the title). (_colon_rows finds the title.)"""
    text, offset = view.sentence.text, view.start
    link = _TITLE_IS.match(text, role.end - offset)
    if link is None or role.info.get("scope") != "org" or id(view) in read or any(p.end == role.start for p in view.persons):
        return []  # (a row under a header is read by its columns)
    spans: list[tuple[int, int]] = []
    cursor = link.end()
    others = [(m.start, m.end) for m in view.mentions() if m.kind != "person"]  # (no name overlaps a place, title or body)
    while (item := _LIST_ITEM.match(text, cursor)) is not None and plain_name(text, item.start(), item.end(), view.tokens, offset) \
            and not any(start < offset + item.end() and offset + item.start() < end for start, end in others):
        spans.append(item.span())
        cursor = item.end() + (1 if text[item.end():item.end() + 1] in "、和及与" else 0)
        if cursor == item.end():
            break
    if not spans or _LIST_CLOSE.match(text, spans[-1][1]) is None:
        return []
    body = next((o for o in view.orgs if o.end == role.start), None)
    # 出席会议的理事还有：甲、乙: the title's holders the line names as present, who take part too (not listed only)
    present = _PRESENCE_WORD.search(text, 0, role.start - offset) is not None
    rows = []
    for a, b in spans:
        person = next((p for p in view.persons if p.start == offset + a and p.end == offset + b), None)
        person = person or Mention("person", offset + a, offset + b, text[a:b], {"rule": "table_row"})
        rows.append(TableRow(view, person, [role], body, [], roster=True, present=present))
    return rows


_COLON_NAMES = re.compile(r"[:：]\s*(?=\S)")
_LABEL_COLON = re.compile(r"[:：]\s*$")  # 队　员：, a label closing its line: the names are on the lines under it


def _colon_rows(analysis: ArticleAnalysis, read: set[int]) -> list[TableRow]:
    """会　长：甲 / 副会长兼秘书长：乙 / 副秘书长：丙（女）　丁: a leadership page's line that is a title chain (a title
    padded to its column's width, or titles joined by 兼 or 、), a colon and names only (kept apart by spaces or 、):
    each name holds those titles in the body the page lists (the heading above, the page title, else the page's own
    body: `TableRow.body` None). Under a roster's heading (附：某组委会名单) a line may give one name with its own post
    (副主任：甲（某局局长）, 组　长：乙　某会副主任: that post held in its own body), and a line indented deeper right under
    a row continues it (　　　　丙（某会会长）: the same titles). Under a heading naming no such body (视察组成员名单) the
    rows name who a party's roster lists and no post (`TableRow.presence_only`: the visiting party reads them)."""
    views = analysis.views
    rows: list[TableRow] = []
    above: _RowAbove | None = None
    for index, view in enumerate(views):
        text = view.sentence.text
        if view.roles and ("为" in text or "是" in text or "有" in text):
            for role in view.roles:  # (a slice's test first, no calls: most titles are followed by no linking word)
                at = role.end - view.start
                if text[at:at + 1] in "为是" or text[at:at + 2] in _TITLE_IS_PAIRS:
                    rows += _title_is_row(view, role, read)  # 当选副会长的有：甲、乙
        if ":" not in text and "：" not in text:
            if text[1:2] == " " and id(view) not in read:
                rows += _padded_title_row(analysis, index)  # 会　长　甲 (a space after the first character: almost no line)
            if above is not None and above.index == index - 1 and id(view) not in read and view.sentence.paragraph_start:
                # one name with its own post under a row of a named body or a party's (an HTML page keeps no indent), or a
                # line indented deeper
                continues = (view.orgs and (above.body is not None or above.presence_only)) or above.label or _indent(analysis.normalized, view) > above.indent
                spans = (_roster_names(view, text, 0) or _persons_only(view, 0)) if continues else []  # 　　　　丙　丁　戊　己 too
                rows += _listed_rows(analysis, view, spans, above.titles, above.body, above.presence_only)
                if spans:
                    above.index = index  # the next line may continue this one as well
                else:
                    above = None
            continue  # (almost every line)
        above = None
        if id(view) in read or view.sentence.index < 0 or not view.sentence.paragraph_start or len(text) > _LONG_ROSTER_LINE:
            continue
        colon = _COLON_NAMES.search(text, 0, 14) or (_LABEL_COLON.search(text) if len(text) <= 14 else None)
        if colon is None:
            continue
        titles = _title_chain(view, colon.start()) or _member_title(view, colon.start())
        if not titles:
            continue
        body = _body_before(views, index, roster=bool(view.orgs))  # none here: the page's own body (read with the sentences)
        register = titles[0].text in _REGISTER_TITLES
        if register:
            body = _labelled_body(views, index) or body
        # 成　员：甲、乙 of no named committee or team, 组　长：乙（某职） under no heading naming a body: no post, presence only
        # (副理事长：甲（某公司董事长） under 新一届理事会负责人名单如下： a charity council's titles: the page's own body's, as for 会　长：甲)
        presence_only = bool(
            (titles[0].info.get("member") and (body is None or not (_roster_body(body) or _named_by_line(views, index, body))) and not _team_roster(titles, body))
            or (view.orgs and body is None and not all(t.text.endswith(_CHARITY_TITLES) for t in titles) and not _team_roster(titles, body))
        )
        spans = _roster_names(view, text, colon.end()) if view.orgs else _names_only(text, colon.end()) or _persons_only(view, colon.end())
        if not spans:
            if not _ORDER_NOTE.sub("", text[colon.end():]).strip() and index + 1 < len(views) and not presence_only:
                # 队　员： / 甲（某医院主治医师） / 乙: a label with nothing after its colon heads the lines of names under it
                above = _RowAbove(index, _indent(analysis.normalized, view), titles, body, presence_only, label=True)
            continue
        if len(text) > _ROSTER_LINE and len(spans) < 2:
            continue  # a long line is a roster's only where it lists names (理　事：甲　乙（某所）　丙（某中心主任）), not a sentence
        found = _listed_rows(analysis, view, spans, titles, body, presence_only)
        if register and len(found) == 1 and not view.orgs:
            found[0].posts = titles + _bracketed_titles(view, found[0].person)  # 法定代表人：甲（理事长）
        if len(found) == 1 and index + 1 < len(views) and not presence_only:
            found[0].units += _described_posts(views[index + 1], found[0].person)
        rows += found
        above = _RowAbove(index, _indent(analysis.normalized, view), titles, body, presence_only)
    return rows


_TEAM_MEMBER = "队员"  # a team's member (word_classes.tsv roster_member_title)
_TEAM_ENDS = tuple(word_class("team_last_char"))  # 队, 团: a team's name's last character (word_classes.tsv)
_CLOSING_QUOTES = "”」』\""  # 某区“某某宣讲团”: a team's whole name in quotation marks ends in them, not in its ending


def _roster_body(body: Mention) -> bool:
    """Whether `body` is a committee's or team's that a roster's 成员 or 队员 are members of (组委会, 宣讲团, 志愿服务总队: a
    roster_body_ending, or any team's last character; 某区“某某宣讲团”: its name's closing mark left aside)."""
    name = body.text.rstrip(_CLOSING_QUOTES)
    return name.endswith(word_class("roster_body_ending")) or name[-1:] in _TEAM_ENDS


def _named_by_line(views: list[SentenceView], index: int, body: Mention) -> bool:
    """某镇某村红白理事会 / 会　长：甲 / 成　员：乙　丙: whether `body` is named by a line of its own above the roster line at
    views[index] (the body the roster is of, whose 成员 are its members)."""
    return any(body in v.orgs and _body_line(v, v.sentence.text.rstrip(":： ")) for v in views[max(0, index - _ROSTER_REACH):index])


_ROSTER_REACH = 12  # lines: how far above a roster line the line naming its body is looked for


def _team_roster(titles: list[Mention], body: Mention | None) -> bool:
    """队　员：甲　乙 (队　长：丙（某医院医生）) under a heading naming no body (附：首批队员名单): a team's roster, whose
    posts are in the one team the page names (resolved with the page's bodies, __init__._page_team), not a party's."""
    return body is None and all(t.text == _TEAM_MEMBER or t.text.endswith(("队长", "领队")) for t in titles)


_ROSTER_LINE = 40  # the longest a roster line of one name (会　长：甲（某局原局长）) is read
_LONG_ROSTER_LINE = 120  # the longest a roster line of names, each with its own unit or post in brackets, is read
_CHARITY_TITLES = tuple(word_class("charity_title"))  # 会长, 理事长, 秘书长 …: a charity council's titles by their ending (word_classes.tsv)
_PADDED_LEAD = re.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,4}(?= +\S)")  # 会 长, 监 事 长: single characters spaced apart, then the cell's gap


def _padded_title_row(analysis: ArticleAnalysis, index: int) -> list[TableRow]:
    """会　长　甲 / 监　事　长　乙（某局原局长） under a roster's heading: a line opening with a title padded to its column's width
    (no title reader sees it: the names' rules read 副会长　丙 on the lines around it), then names only or one name with its own
    post: each name holds the title in the body the heading names (else the page's own, as for 会　长：甲)."""
    views = analysis.views
    view = views[index]
    text = view.sentence.text
    if not view.sentence.paragraph_start or view.sentence.index < 0 or len(text) > 60:
        return []
    lead = _PADDED_LEAD.match(text)
    title = _padded_title(view, 0, lead.end(), 5) if lead is not None else None
    if title is None or any(r.start < view.start + lead.end() for r in view.roles):
        return []
    start = lead.end() + len(text[lead.end():]) - len(text[lead.end():].lstrip())
    spans = _roster_names(view, text, start) if view.orgs else _names_only(text, start) or _persons_only(view, start)
    return _listed_rows(analysis, view, spans, [title], _body_before(views, index, roster=bool(view.orgs)), False) if spans else []


_REGISTER_TITLES = frozenset(word_class("register_title"))  # 法定代表人, 负责人 (data/lexicons/word_classes.tsv)


def _labelled_body(views: list[SentenceView], index: int) -> Mention | None:
    """当事人：某基金会 / 法定代表人：甲; 慈善组织名称：某会 / 统一社会信用代码：… / 法定代表人：乙: a notice's or a
    register's labelled lines above a legal representative's line, one of them a body filling the line after its label,
    name the body the representative answers for (not the page's publisher)."""
    for position in range(index - 1, max(index - 4, -1), -1):
        view = views[position]
        text = view.sentence.text
        colon = _COLON_NAMES.search(text, 0, 12)
        if colon is None or not view.sentence.paragraph_start or view.sentence.index < 0:
            return None  # the labelled lines end here
        if len(view.orgs) == 1 and view.orgs[0].start - view.start == colon.end() and not text[view.orgs[0].end - view.start:].strip():
            return view.orgs[0]
    return None


def _bracketed_titles(view: SentenceView, person: Mention) -> list[Mention]:
    """法定代表人：甲（理事长）: the titles in the bracket right after a registered officer's name, held in the row's body
    too (not a committee's 主任：乙（副市长）: an office of its own)."""
    text, offset = view.sentence.text, view.start
    local = person.end - offset
    if not text.startswith(("(", "（"), local):
        return []
    close = text.find("）" if text[local] == "（" else ")", local)
    inside = [r for r in view.roles if person.end < r.start and r.end <= offset + close]
    return inside if close > 0 and "".join(r.text for r in inside) == text[local + 1:close] else []


@dataclass
class _RowAbove:
    """The roster row a line under it may continue (　　　　丙（某会会长）: the same titles)."""

    index: int  # the view of the row, or of the last line that continued it
    indent: int
    titles: list[Mention]
    body: Mention | None
    presence_only: bool
    label: bool = False  # a label closing its line (队　员：): every line of names under it continues it


def _indent(normalized: str, view: SentenceView) -> int:
    """How far view's line is indented (the sentence starts at its first character, the line may start with spaces)."""
    return view.start - normalized.rfind("\n", 0, view.start) - 1


def _names_only(text: str, start: int) -> list[tuple[int, int]]:
    """The names of text[start:] where it lists names only (甲　乙（女）、丙), relative to text; none where it holds more.
    A one-character cell of a surname and a one-character cell after it are one name padded to its column (王　某: no
    name has one character), on a roster's continued line too, where no colon let the person rule read it."""
    spans: list[tuple[int, int]] = []
    if _PADDED_NAME_CELL.search(text, start):
        return _padded_cells_names(text, start)
    cells = _cells(text[start:], _SPACE)
    surnames = lexicons().surnames
    joined = -1  # the cell of a padded name's given name, read with its surname's
    for index, (a, b) in enumerate(cells):
        if index == joined:
            continue
        if b - a == 1 and text[start + a] in surnames and index + 1 < len(cells) and _given_name_cell(text, start + cells[index + 1][0], start + cells[index + 1][1]):
            joined, b = index + 1, cells[index + 1][1]  # 王　某, 王　某（兼秘书长）: the surname's cell and the given name's
        found = _listed_names(text, start + a, start + b)
        if found is None:
            return []
        spans += found
    return spans


def _given_name_cell(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is one character, the given name of a name padded to its column, maybe with a note in brackets
    after it (王　某（女）, 王　某（兼秘书长）)."""
    if b - a > 1 and (aside := _ROW_ASIDE.match(text, a + 1, b)) is not None and aside.end() == b:
        b = a + 1
    return b - a == 1


# 甲　乙　　丙丁戊　　己　庚: a line whose cells runs of spaces keep apart, and a cell of two characters one space apart
_PADDED_NAME_CELL = re.compile(r"(?:^|\s{2})[\u4e00-\u9fff]\s[\u4e00-\u9fff](?:\s{2}|$)")


def _padded_cells_names(text: str, start: int) -> list[tuple[int, int]]:
    """甲　乙　　丙　丁　　戊己庚: names in cells that runs of spaces keep apart, a two-character name padded to the
    column's width by one space (the layout, not a surname list, makes 某　某 one name: a rare surname too, where the
    line's other names open with known ones); relative to text, none where a cell is no name."""
    spans: list[tuple[int, int]] = []
    known = False
    any_surnames = lexicons().any_surnames
    for a, b in _cells(text[start:], _SPACES):
        a, b = start + a, start + b
        if not _NAME.match(text[a:b]):
            return []
        known = known or text[a] in any_surnames
        spans.append((a, b))
    return spans if known else []


def _persons_only(view: SentenceView, start: int) -> list[tuple[int, int]]:
    """甲　乙　丙 after a colon where a one-character name's padding reads as a cell's edge (某某某　王　某　某某某: 王　某
    is one name): the line's persons, where they and spaces make up all of text[start:]; relative to the text."""
    offset, text = view.start, view.sentence.text
    spans = [(p.start - offset, p.end - offset) for p in view.persons if p.start - offset >= start]
    cursor = start
    for a, b in spans:
        if text[cursor:a].strip():
            return []
        cursor = b
    return spans if spans and not text[cursor:].strip() else []


# 甲（某局局长）, 乙　某会副主任, 丙　丁　某处副处长 (a two-character name padded to the column): the name before its post
_ROSTER_BRACKETS = re.compile(r"[)）][\s、]+\S")  # 甲（某局）　乙: a bracket with another item after it
_ROSTER_NAME = re.compile(r"\s*([\u4e00-\u9fff](?:\s[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3}))(?=[(（\s])")


def _roster_names(view: SentenceView, text: str, start: int) -> list[tuple[int, int]]:
    """A roster line's names from text[start:]: names only, or one name opening it with its own post after a space
    or in brackets (甲（某局局长）, 乙　某会副主任; a rare surname too: its place in the roster makes it a name);
    relative to text."""
    spans = _names_only(text, start)
    if spans or not view.orgs:
        return spans
    if len(view.persons) > 1 or _ROSTER_BRACKETS.search(text, start):
        return _bracketed_names(view, text, start)
    if view.persons:
        a, b = view.persons[0].start - view.start, view.persons[0].end - view.start
        return [(a, b)] if not text[start:a].strip() and text[b:b + 1] in "(（ \u3000" else []
    cell = _ROSTER_NAME.match(text, start)
    return [cell.span(1)] if cell is not None and (text[cell.start(1)] in lexicons().any_surnames or opens_with_surname(text, cell.start(1))) else []


def _bracketed_names(view: SentenceView, text: str, start: int) -> list[tuple[int, int]]:
    """监　事：甲（某市财政局）　乙, 委员：丙（某局局长）、丁、戊（某会会长）: a roster line of names kept apart by spaces or
    、, each name maybe with its own unit or post in brackets right after it (a name the person rules missed too: its
    place in the roster makes it one, where it opens with a surname and no body or title is read in it); relative to
    text (none where the line holds anything else)."""
    offset = view.start
    taken = [(m.start - offset, m.end - offset) for m in view.mentions() if m.kind != "person"]
    items = _padded_joined(text, [m.span(1) for m in _ROSTER_ITEM.finditer(text, start)])
    if not items or text[start:items[0][0]].strip() or _ROSTER_ITEM.sub("", text[start:]).strip(" \u3000、。;；"):
        return []
    spans: list[tuple[int, int]] = []
    for a, b in items:
        closed = "".join(text[a:b].split())
        if not 2 <= len(closed) <= 4 or not (text[a] in lexicons().any_surnames or opens_with_surname(text, a)) or any(x < b and a < y for x, y in taken):
            return []
        spans.append((a, b))
    return spans


_ROSTER_ITEM = re.compile(r"([^\s、(（)）]+)(?:[(（][^()（）]{1,40}[)）])?")  # a roster line's item: a name, its note in brackets


def _listed_rows(analysis: ArticleAnalysis, view: SentenceView, spans: list[tuple[int, int]], titles: list[Mention], body: Mention | None,
                 presence_only: bool) -> list[TableRow]:
    """A roster row for each name of view (spans relative to its text), holding `titles` in `body`, and the posts
    the line gives it after its name (甲（某局局长）) in their own bodies; for a `presence_only` row those posts only (组　长：乙　某局局长
    under 评审组成员: no named group holds 组长, the bureau holds 局长)."""
    rows: list[TableRow] = []
    offset = view.start
    for index, (a, b) in enumerate(spans):
        person = next((p for p in view.persons if p.start == offset + a and p.end == offset + b), None)
        person = person or Mention("person", offset + a, offset + b, analysis.surface(offset + a, offset + b), {"rule": "table_row"})
        end = offset + spans[index + 1][0] if index + 1 < len(spans) else offset + len(view.sentence.text)  # its own posts, not the next name's
        units = titles_in_bodies(view.sentence.text, offset, person, [m for m in view.mentions() if person.end <= m.start and m.end <= end], "roster_post") if view.orgs else []
        # a presence_only row: its own posts (units), not the party's title
        posts = [] if presence_only else titles + _concurrent_titles(view, b) if view.sentence.text[b + 1:b + 2] == "兼" else titles
        rows.append(TableRow(view, person, posts, None if presence_only else body, units, roster=True, presence_only=presence_only))
    return rows


_CONCURRENT = re.compile(r"[(（]兼")  # 甲（兼秘书长）: a title the roster's person holds besides the line's, in the same body


def _concurrent_titles(view: SentenceView, end: int) -> list[Mention]:
    """副主席：甲（兼秘书长）　乙: the titles in the bracket opened by 兼 right after a roster's name (its end relative to the
    text), held in the body the roster lists as the line's title is; none where the bracket names a body of its own."""
    text, offset = view.sentence.text, view.start
    if _CONCURRENT.match(text, end) is None:
        return []
    close = text.find("）" if text[end] == "（" else ")", end)
    inside = [m for m in view.mentions() if offset + end < m.start and m.end <= offset + close]
    rest = text[end + 2:close]
    for role in inside:
        rest = rest.replace(role.text, "", 1)
    return inside if close > 0 and inside and all(m.kind == "role" and m.info.get("scope") == "org" for m in inside) and not rest.strip("、") else []


def _described_posts(view: SentenceView, person: Mention) -> list[PositionClaim]:
    """监　事　长：甲 / 某市审计局原副局长。列席…; 常务副会长：乙 / 兼某基金会理事长。: the paragraph under a leadership
    line with one name, opening with a body and its titles (兼 before them), tells that person's other posts."""
    text, offset = view.sentence.text, view.start
    if not view.sentence.paragraph_start or view.persons or not view.orgs or view.orgs[0].start - offset > (text[:1] == "兼"):
        return []
    clause = min((i for i in (text.find(mark) for mark in ",;") if i >= 0), default=len(text))
    return titles_in_bodies(text, offset, person, [m for m in view.mentions() if m.end - offset <= clause], "described_post")


def _title_chain(view: SentenceView, end: int) -> list[Mention]:
    """The titles that make up all of view's text before `end` (副会长兼秘书长, 会　长 padded; after the council they
    are of, 第三届监事会监事), each held in a body; none where anything else stands there."""
    text, offset = view.sentence.text, view.start
    roles = [r for r in view.roles if r.end - offset <= end]
    rest = "".join(text[:end].split())
    if "会" in rest:
        rest = _COUNCIL_LEAD.sub("", rest, count=1)  # 第三届监事会监事：甲: the council the titles are of opens the line
    for role in roles:
        rest = rest.replace("".join(role.text.split()), "", 1)
    if "(" in rest or "（" in rest:
        rest = _ORDER_NOTE.sub("", rest)  # 副会长（按姓氏笔画为序）：甲　乙: the note on the list's order
    if roles and not rest.strip("兼、") and all(r.info.get("scope") == "org" for r in roles):
        return roles
    padded = _padded_title(view, 0, end, 5) if not roles else None
    return [padded] if padded is not None else []


def _member_title(view: SentenceView, end: int) -> list[Mention]:
    """成　员 or 组　员 padded, all of view's text before `end`: a roster row's label of the members of the committee
    or team its heading names, a post there like 委员 (docs/gold-conventions.md); no title anywhere else (理事会成员)."""
    written = view.sentence.text[:end].rstrip()
    closed = "".join(written.split())
    if closed not in word_class("roster_member_title"):
        return []
    return [Mention("role", view.start, view.start + len(written), closed, {"scope": "org", "former": False, "member": True})]


def _title_cell(view: SentenceView, cell: tuple[int, int]) -> Mention | None:
    """The title a row's first cell opens with (副理事长, 会　长 padded to the column's width), held in a body."""
    offset = view.start
    if view.roles and view.roles[0].start == offset + cell[0]:
        return view.roles[0] if view.roles[0].info.get("scope") == "org" else None
    return _padded_title(view, cell[0], cell[1], 2)


def _padded_title(view: SentenceView, start: int, end: int, longest: int) -> Mention | None:
    """A title padded to its column's width (会　长, 监　事　长) that spans text[start:end], read closed up and held
    in a body; at most `longest` characters once closed up."""
    written = view.sentence.text[start:end].rstrip()
    closed = "".join(written.split())
    if 2 <= len(closed) <= longest and lexicons().roles.get(closed) == "org":
        return Mention("role", view.start + start, view.start + start + len(written), closed, {"scope": "org", "former": False})
    return None


def _header_columns(normalized: str, start: int) -> list[tuple[int, str]]:
    """The column starts and labels of the line right above `start`'s line, where it reads as a header row."""
    line_start = normalized.rfind("\n", 0, start) + 1
    above_end = line_start - 1
    while above_end > 0 and normalized[above_end - 1] == "\n":
        above_end -= 1  # a blank line between the header and the first row
    above_start = normalized.rfind("\n", 0, max(above_end, 0)) + 1
    line = normalized[above_start:max(above_end, above_start)]
    return [(a, "".join(line[a:b].split())) for a, b in _cells(line, _SPACES)]


def _layout(normalized: str, header: SentenceView) -> list[int] | None:
    """Where each column of a table laid out in runs of spaces starts, counted from the start of its header's line."""
    line_start = normalized.rfind("\n", 0, header.start) + 1
    line_end = normalized.find("\n", header.start)
    line = normalized[line_start:line_end if line_end >= 0 else len(normalized)]
    starts = [a for a, _ in _cells(line, _SPACES)]
    return starts if len(starts) >= 2 else None


def _aligned(normalized: str, view: SentenceView, layout: list[int]) -> list[tuple[int, int]] | None:
    """The cells of a row under a header laid out in columns, cut where the header's columns start, relative to the
    sentence (an empty cell is empty: 　　　　乙　　某局局长 has no post); None where the row does not keep to them."""
    line_start = normalized.rfind("\n", 0, view.start) + 1
    line_end = normalized.find("\n", view.start)
    line = normalized[line_start:line_end if line_end >= 0 else len(normalized)].rstrip()
    if len(line) <= layout[-1] or any(not line[start - 1].isspace() for start in layout[1:]):
        return None  # a cell runs over a column's start, or the last column is empty: not this table's layout
    cells: list[tuple[int, int]] = []
    shift = line_start - view.start  # the sentence starts at its first cell's text, the line may start with spaces
    for start, end in zip(layout, layout[1:] + [len(line)]):
        cell = line[start:end]
        if not cell.strip():
            cells.append((max(0, start + shift),) * 2)  # an empty cell: a point
            continue
        a, b = start + len(cell) - len(cell.lstrip()), start + len(cell.rstrip())
        if a + shift < 0:
            return None  # the line holds more than this sentence
        cells.append((a + shift, b + shift))
    return cells


def _bar_row(view: SentenceView) -> TableRow | None:
    """1 | 甲 | 副会长兼秘书长 | 某市民政局原副局长: a bar row whose one name the name rules found as a table cell."""
    if not view.persons or ("|" not in view.sentence.text and "｜" not in view.sentence.text):
        return None  # (most sentences)
    return _bar_cells(view)


_CELL_NOTE = re.compile(r"(?<=\S)[(（]")  # the bracket of a note after a cell's titles (the text is normalized, both kept)


def _bar_cells(view: SentenceView) -> TableRow | None:
    """_bar_row's reading of a line with bars and names (the cells its comprehensions need made only then)."""
    text, offset = view.sentence.text, view.start
    people = [p for p in view.persons if p.info.get("rule") == "table_name"]
    if len(people) != 1:
        return None
    person = people[0]
    claims: list[PositionClaim] = []
    for cell in re.finditer(r"[^|｜]+", text):
        start, end = offset + cell.start(), offset + cell.end()
        if end <= person.end:
            continue
        inside = [m for m in view.mentions() if start <= m.start and m.end <= end]
        roles = [m for m in inside if m.kind == "role" and m.info.get("scope") != "none"]
        if not roles:
            continue
        # 会长（某市政协原副主席）, 副秘书长（挂职）: the titles before a note in brackets are the cell's titles, the note's
        # posts are held where the note writes them
        note = _CELL_NOTE.search(cell.group())
        head = cell.group()[:note.start()] if note is not None else cell.group()
        titled = [m for m in inside if m.end <= start + len(head)]
        if titled and all(m.kind == "role" for m in titled) and not head.strip(" \u3000、兼" + "".join(m.text for m in titled)):
            claims += [PositionClaim(person, role, None, bool(role.info.get("former")), "table_title", 0.75) for role in roles if role.end <= start + len(head)]
            inside = inside[len(titled):]
            if not inside:
                continue
        claims += titles_in_bodies(text, offset, person, inside, "table_posts")
    return TableRow(view, person, [], None, claims, barred=True)


def barred_claims(row: TableRow, body: Mention | None) -> list[PositionClaim]:
    """A bar row's posts: a titles-only cell's in `body` (the organization whose list it is; none without one)."""
    return [claim if claim.org is not None else replace(claim, org=body) for claim in row.units if claim.org is not None or body is not None]


# 一、名誉会长（2人）, 四、理事（按姓氏笔画为序）, （二）监事, 第三届理事会理事：: a section heading of a council list that is one
# title (after the council it is of)
_SECTION_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])?\s*(?:" + term_body_text() + ")")
# 第三届理事会理事, 监事会监事: the council a roster's title is of, written before it (data/lexicons/councils.txt)
_COUNCIL_LEAD = re.compile("^" + term_body_text())
_ORDER_NOTE = re.compile(ORDER_NOTE_TEXT)  # （按姓氏笔画为序）: a note on a list's order in brackets
# 理事（按姓氏笔画为序）：, 理　事：（按姓氏笔画为序）, 名单（17人）: a note in brackets before or after the colon
_SECTION_TAIL = re.compile(r"\s*[:：]?\s*(?:[(（][^)）]{0,12}[)）])?\s*[:：]?\s*$")


def _headed_lists(analysis: ArticleAnalysis) -> list[TableRow]:
    """一、名誉会长（2人） / 甲（某局原局长）、乙: the names on the lines under a heading that is one title hold that
    title in the body the list is about (the heading above them or the page title names it)."""
    views = analysis.views
    rows: list[TableRow] = []
    for index, view in enumerate(views):
        if view.roles and view.sentence.text[-1:] in ":：" and (lead := _lead_heading(views, index)) is not None:
            rows += _rows_under(analysis, index, *lead)  # 出席会议的某委员会委员（按姓氏笔画为序）：, 首批特聘研究员共6人：
            continue
        if not view.sentence.paragraph_start or view.persons or len(view.roles) > 1 or len(view.sentence.text) > _NAMED_HEADING_LENGTH:
            continue  # most lines are no heading: a heading is short and names one title and nobody
        text = view.sentence.text
        if view.orgs:
            named = _named_roster_heading(view) if _ROSTER_NOUN in text else None  # (a substring test first: few lines list)
            if named is not None:
                rows += _rows_under(analysis, index, named[1], named[0])
            continue
        if len(text) > _TITLE_HEADING_LENGTH or not view.roles and " " not in text and "\u3000" not in text:
            if text[-1:] in _LIST_HEAD_LAST and len(text) <= _TITLE_HEADING_LENGTH and text.rstrip(":： ").endswith(_LIST_HEAD_ENDS):
                # 获奖名单如下： / 甲、乙、丙: names listed under a head, no post; 附：首批队员名单: a team's members
                rows += _rows_under(analysis, index, _member_heading(view), None)
            continue  # (no title and no padded one: a call spared for most lines)
        role = _title_heading(view)
        if role is not None:
            rows += _rows_under(analysis, index, role, _body_before(views, index))
        elif text.rstrip(":： ").endswith(_LIST_HEAD_ENDS):
            rows += _rows_under(analysis, index, None, None)  # 优秀志愿者名单： / 甲、乙、丙: names listed under a head, no post
    return rows


_MEMBER_HEADING = re.compile(rf"^(?:{ANNEX_LEAD})?[\u4e00-\u9fff]{{0,6}}?({_TEAM_MEMBER})(?:名单|名单如下)[:：]?$")


def _member_heading(view: SentenceView) -> Mention | None:
    """附：新入队队员名单, 首批队员名单如下：: a heading of a team's members naming no body: the title 队员 they hold (in the one
    team the page names), else None."""
    found = _MEMBER_HEADING.match(view.sentence.text.rstrip())
    if found is None or view.orgs or view.persons:
        return None
    return Mention("role", view.start + found.start(1), view.start + found.end(1), _TEAM_MEMBER, {"scope": "org", "former": False, "member": True})


_LIST_HEAD_ENDS = tuple(word_class("list_head_end"))  # 名单, 名单如下, 人员: a line heading a list of names (word_classes.tsv)
_LIST_HEAD_LAST = frozenset(":： " + "".join(word[-1] for word in _LIST_HEAD_ENDS))  # (a slice test before the calls)


def _title_heading(view: SentenceView) -> Mention | None:
    """一、名誉会长（2人）, 理　事（按姓氏笔画为序）：, （二）监事, 第三届理事会理事：: a line of its own that is one title
    held in a body (after an ordinal and the council it is of; a count or a note on the order after it), naming nobody
    and no body: the title, else None."""
    text = view.sentence.text
    if not view.sentence.paragraph_start or view.persons or view.orgs or len(view.roles) > 1 or len(text) > _TITLE_HEADING_LENGTH:
        return None
    lead, tail = _SECTION_ORDINAL.match(text), _SECTION_TAIL.search(text)
    # 理　事（按姓氏笔画为序）: a one-character-padded title read closed up
    role = view.roles[0] if view.roles else _padded_title(view, lead.end(), tail.start(), 3) if " " in text or "\u3000" in text else None
    if role is None or lead.end() != role.start - view.start or tail.start() != role.end - view.start or role.info.get("scope") != "org":
        return None
    return role


def _section_row(view: SentenceView) -> Mention | None:
    """| 副会长 | or a line 副会长 alone inside a name table (a cell spanning the row, a PDF's or a page's section line): the
    one title the rows under it hold, where their post column gives none; else None."""
    text = view.sentence.text
    if "|" in text or "｜" in text:
        bare = text.strip(" |｜\u3000\t")
        if not bare or "|" in bare or "｜" in bare or view.persons or view.orgs or len(view.roles) != 1:
            return None
        role = view.roles[0]
        closed = "".join(bare.split())
        return role if closed == "".join(role.text.split()) and role.info.get("scope") == "org" else None
    return _title_heading(view)


# 委员（按姓氏笔画为序）：, 特聘研究员共6人（按姓氏笔画排序）：: what closes a heading after its title, a count and a note on the order
_LEAD_HEADING_TAIL = re.compile(rf"(?:共?\d+[人名位])?\s*(?:{ORDER_NOTE_TEXT})?\s*[:：]")


def _lead_heading(views: list[SentenceView], index: int) -> tuple[Mention, Mention | None] | None:
    """出席会议的决策委员会委员（按姓氏笔画为序）：, 首批特聘研究员共6人（按姓氏笔画排序）：: a clause that ends its paragraph with
    one title (a count, a note on the order), a colon and nothing after it, naming nobody, heads the lines of names under it:
    (the title, the body written right before it, else the body the heading above or the page title names), else None.
    Words before the title (出席会议的, 首批) say who the names are, never another post (no other title, no 为 before it)."""
    view = views[index]
    text, offset = view.sentence.text, view.start
    if view.persons or len(view.roles) != 1 or len(text) > _NAMED_HEADING_LENGTH or index + 1 >= len(views) or not views[index + 1].sentence.paragraph_start:
        return None
    role = view.roles[0]
    local = role.start - offset
    if role.info.get("scope") != "org" or _LEAD_HEADING_TAIL.fullmatch(text, role.end - offset) is None or text[local - 1:local] == "为":
        return None
    body = next((o for o in view.orgs if o.end == role.start), None)
    if body is None and view.orgs:
        return None  # a body written elsewhere in the heading: whose title it is, the heading does not say plainly
    return role, body or _body_before(views, index)


def _rows_under(analysis: ArticleAnalysis, index: int, role: Mention | None, body: Mention | None) -> list[TableRow]:
    """The names on the lines under the heading at views[index], each holding `role` in `body`; a line opening with a
    name the person reader missed (甲　某院院士、某学院教授: a rare reading) is a row too, its place in the list making
    the name one, with the posts the line gives it."""
    rows: list[TableRow] = []
    posts = [role] if role is not None else []  # (a list head of no title: persons alone)
    for following in analysis.views[index + 1:]:
        if role is None and not following.sentence.paragraph_start:
            break
        people = _bare_names(following) if role is None else _bare_names(following) or [p for p in following.persons if _outside_brackets(following.sentence.text, p.start - following.start)]
        if following.orgs and following.sentence.paragraph_start and (not people or "(" in following.sentence.text or "（" in following.sentence.text):
            # 甲（某局局长）, 乙　丙（某会会长）: names with their own posts in brackets (one the person rules missed too)
            spans = _roster_names(following, following.sentence.text, 0) if role is not None else None
            if spans:
                rows += _listed_rows(analysis, following, spans, posts, body, False)
                continue
        if not following.sentence.paragraph_start or not people or people[0].start != following.start:
            break  # the list ends where a line does not open with a name
        # (under no heading that names a body, a leadership page's list: the page's own body, as for 会　长：甲)
        rows += [TableRow(following, person, posts, body, [], roster=True) for person in people]
    return rows


_TITLE_HEADING_LENGTH = 24  # 理　事（按姓氏笔画为序）, the longest a heading of a title alone is read
_NAMED_HEADING_LENGTH = 40  # 某某大学第三届校董会校董名单（按姓氏笔画为序）：, the longest a heading naming its body is read
(_ROSTER_NOUN,) = word_class("roster_noun")  # 名单 (data/lexicons/word_classes.tsv)
_ROSTER_TAIL = re.compile(re.escape(_ROSTER_NOUN) + _SECTION_TAIL.pattern)  # 名单（按姓氏笔画为序）：, the tail a title heading ends with
_COUNCIL_TERM = re.compile(term_body_text())  # 第三届理事会, 监事会首任, or nothing: a council and its term, written between a body and a title
_ANNEX_LEAD = re.compile(ANNEX_LEAD)


def _named_roster_heading(view: SentenceView) -> tuple[Mention, Mention] | None:
    """某大学第三届校董会校董名单（按姓氏笔画为序）：, 附：某会第五届常务理事会常务理事名单: a heading line that is bodies
    (and a council's term), one title and 名单 names the body (the last one, before the title and its council) whose
    list of holders of that title follows: (body, title), else None."""
    text, offset = view.sentence.text, view.start
    if len(view.roles) != 1:
        return None
    role = view.roles[0]
    if role.info.get("scope") != "org" or not _ROSTER_TAIL.match(text, role.end - offset) or _COUNCIL_TERM.fullmatch(text, view.orgs[-1].end - offset, role.start - offset) is None:
        return None
    annex = _ANNEX_LEAD.match(text) if text[:1] == "附" else None
    cursor = annex.end() if annex is not None else 0
    for org in view.orgs:
        if _COUNCIL_TERM.fullmatch(text, cursor, org.start - offset) is None:
            return None  # a word between the bodies that is no council's term: no heading of this kind
        cursor = org.end - offset
    return view.orgs[-1], role


_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]{1,10}[)）]$")  # （其余略）, （排名不分先后）: a note closing a line of names
_BARE_ITEM = re.compile(r"[^、,，\s]+")  # an item of a bare name line: 、 or spaces between items


def _bare_names(view: SentenceView) -> list[Mention]:
    """甲、乙、丙 or 甲　乙　丙 or 甲 alone on a line under a heading: every item a plain name, each a listed person
    (the sentence rules miss a name no title, cue or known name marks); 王　某, a surname and one character padded to
    the column's width, is one name (no name has one character)."""
    text, offset = view.sentence.text, view.start
    if len(text) > 200 or view.roles or view.orgs:
        return []
    listed = text.rstrip("。；;")
    if listed[-1:] in ")）":
        note = _TRAILING_NOTE.search(listed)
        listed = listed[:note.start()] if note is not None else listed  # 甲　乙　丙（其余略）, 丁、戊（排名不分先后）: a note closing the list
    items = _padded_joined(text, [(m.start(), m.end()) for m in _BARE_ITEM.finditer(listed)])
    if not items:
        return []
    plain = [text[a + 1:b - 1].isspace() or 2 <= b - a <= 4 and plain_name(text, a, b, view.tokens, offset, rare=True) for a, b in items]
    if not all(plain) and (sum(plain) < max(2, len(plain) - sum(plain)) or not all(
            ok or 2 <= b - a <= 4 and roster_word_name(text, a, b, view.tokens, offset) for ok, (a, b) in zip(plain, items))):
        return []  # (甲、江河、乙: a name that is an everyday word, where plain names are at least half of the line, two or more)
    known = {p.start: p for p in view.persons}
    return [known.get(offset + a) or Mention("person", offset + a, offset + b, text[a:b], {"rule": "table_row"}) for a, b in items]


def _padded_joined(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A one-character item of a surname with a one-character item after it, only spaces between: one padded name
    (王　某; a surname that is also an everyday character too, 糜　某: two one-character items padded apart read as
    nothing else), as one span; the other items as they are."""
    surnames = lexicons().any_surnames
    joined: list[tuple[int, int]] = []
    for a, b in items:
        if joined and b - a == 1 and joined[-1][1] - joined[-1][0] == 1 and text[joined[-1][0]] in surnames and not text[joined[-1][1]:a].strip():
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return joined


def _outside_brackets(text: str, index: int) -> bool:
    return text.count("(", 0, index) + text.count("（", 0, index) <= text.count(")", 0, index) + text.count("）", 0, index)


def _padded_name_joined(text: str, cells: list[tuple[int, int]], name_col: int, columns: int) -> list[tuple[int, int]]:
    """郑 伟 in a table kept apart by single spaces: a name padded to three characters' width is one cell."""
    if len(cells) > columns and name_col + 1 < len(cells):
        (a, b), (c, d) = cells[name_col], cells[name_col + 1]
        if b - a == 1 and d - c <= 2:
            return cells[:name_col] + [(a, d)] + cells[name_col + 2:]
    return cells


def _row(view: SentenceView, cells: list[tuple[int, int]], name_col: int, post_col: int | None, unit_col: int | None, body: Mention | None,
         split: bool = False) -> TableRow | None:
    if name_col >= len(cells):
        return None
    text, offset = view.sentence.text, view.start
    a, b = cells[name_col]
    marked = _SEX_MARK.search(text, a, b)
    if marked is not None and marked.end() == b:
        b = marked.start()  # 甲（女）: the name without its sex mark
    compact = text[a:b].replace(" ", "")
    if not _NAME.match(text[a:b]) or compact[:1] not in lexicons().any_surnames:
        return None  # (a name column's cell: a rare surname that is also an everyday character starts the name there, 沃某)
    if compact[-1] == _MASK and not compact[1:].strip(_MASK):
        return None  # 王某某, 李　某 under 受助人: a name the page withholds, nobody the graph can hold
    person = next((p for p in view.persons if p.start == offset + a and p.end == offset + b), None)
    if person is None:
        # kept out of the line's persons: a listed person is not one the sentence rules may see taking part
        person = Mention("person", offset + a, offset + b, text[a:b], {"rule": "table_row"})
    posts: list[Mention] = []
    if post_col is not None and post_col < len(cells):
        lo, hi = offset + cells[post_col][0], offset + cells[post_col][1]
        posts = [r for r in view.roles if lo <= r.start and r.end <= hi and not any(o.start <= r.start < o.end for o in view.orgs)]
        padded = "".join(text[cells[post_col][0]:cells[post_col][1]].split())
        if not posts and hi > lo and padded in lexicons().roles:
            # 会　长, 监　事: a two-character title padded to the column's width
            posts = [Mention("role", lo, hi, padded, {"scope": lexicons().roles[padded], "former": False})]
    units: list[PositionClaim] = []
    if posts and (departments := [o for o in view.orgs if lo <= o.start and o.end <= posts[0].start]):
        # 综合部副部长, 办公室主任 in a post column: the titles after a unit the cell names (the row's body's department) are
        # held in that unit
        units = titles_in_bodies(text, offset, person, [m for m in view.mentions() if departments[0].start <= m.start and m.end <= hi], "table_unit")
        posts = [] if units else posts
    if unit_col is not None and unit_col < len(cells):
        lo, hi = offset + cells[unit_col][0], offset + cells[unit_col][1]
        inside = [m for m in view.mentions() if lo <= m.start and m.end <= hi]
        units = units or titles_in_bodies(text, offset, person, inside, "table_unit", cell=True)
        if (split or body is None) and posts and not units and hi > lo:
            if inside and inside[-1].kind == "org":
                # 序号 姓名 单位 职务 (某区慈善分会 | 秘书长): the post column right after a unit column holding a body alone
                # is the post in that body, a 单位及职务 cell split in two, not in the body the list is about
                units = [PositionClaim(person, role, inside[-1], bool(role.info.get("former")), "table_unit", 0.8) for role in posts]
            posts = []  # (某县某街道 | 党工委副书记): otherwise the post is held in a unit no body was read in, not in the listed body
    return TableRow(view, person, posts, body, units)
