"""Name lists laid out as tables (tables.py), each on a short invented list."""

from __future__ import annotations

import pytest

from kg.extract import extract_article
from kg.extract.analysis import analyse
from kg.extract.tables import read_tables
from kg.model import Article


def _facts(body: str, title: str = "") -> list[dict]:
    text = (title + "\n" if title else "") + body
    article = Article("t", text, title=title, date="2025-05-20", publisher="", body_start=len(title) + 1 if title else 0)
    return [f.to_record() for f in extract_article(article).facts]


def _positions(facts: list[dict]) -> set[tuple[str, str, str, str]]:
    return {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}


def _persons(facts: list[dict]) -> set[str]:
    return {f["name"] for f in facts if f["kind"] == "person"}


def test_pipe_table_under_a_heading_gives_posts_in_the_listed_body_and_the_unit() -> None:
    facts = _facts(
        "丽水市慈善总会第四届理事会负责人名单\n"
        "序号 | 姓名 | 会内职务 | 单位及职务\n"
        "---------------------------\n"
        "1 | 房永泽 | 会长 | 丽水市政协原副主席\n"
        "2 | 阎　书韵 | 副会长兼秘书长 | 丽水市民政局副局长\n"
    )
    positions = _positions(facts)
    assert ("房永泽", "会长", "丽水市慈善总会", "current") in positions
    assert ("房永泽", "副主席", "丽水市政协", "former") in positions
    assert ("阎书韵", "副会长", "丽水市慈善总会", "current") in positions
    assert ("阎书韵", "秘书长", "丽水市慈善总会", "current") in positions
    assert ("阎书韵", "副局长", "丽水市民政局", "current") in positions
    assert {"房永泽", "阎书韵"} <= _persons(facts)


def test_a_post_cell_with_a_note_in_brackets_after_its_titles_gives_the_titles_in_the_listed_body() -> None:
    """会长（某市政协原副主席）, 副秘书长（挂职）: the titles before the note are the cell's, held in the listed body; the
    note's own post is held in the body it writes."""
    facts = _facts(
        "丽水市慈善总会第四届理事会领导班子成员及分工公布如下：\n"
        "柯望远 | 会长（丽水市政协原副主席） | 主持总会全面工作。\n"
        "骆　清 | 副秘书长（挂职） | 协助分管财务工作。\n"
        "樊静怡 | 副会长兼秘书长 | 负责秘书处全面工作。\n",
        title="丽水市慈善总会领导信息",
    )
    positions = _positions(facts)
    assert ("柯望远", "会长", "丽水市慈善总会", "current") in positions
    assert ("柯望远", "副主席", "丽水市政协", "former") in positions
    assert ("骆清", "副秘书长", "丽水市慈善总会", "current") in positions
    assert ("樊静怡", "秘书长", "丽水市慈善总会", "current") in positions
    assert not any(p[1] == "会长" and p[2] == "丽水市政协" for p in positions)


def test_tab_separated_word_table_with_the_unit_column_first_and_the_body_in_the_title() -> None:
    facts = _facts(
        "7月3日，理事会选举产生新一届负责人。\n"
        "姓名\t性别\t工作单位及职务\t拟任职务\n"
        "官礼舟\t男\t衢州市财政局局长\t监事长\n"
        "滕若溪\t女\t衢州市审计局原副局长\t监事\n",
        title="衢州市慈善基金会第三届监事会成员名单",
    )
    positions = _positions(facts)
    assert ("官礼舟", "监事长", "衢州市慈善基金会", "current") in positions
    assert ("官礼舟", "局长", "衢州市财政局", "current") in positions
    assert ("滕若溪", "监事", "衢州市慈善基金会", "current") in positions
    assert ("滕若溪", "副局长", "衢州市审计局", "former") in positions


def test_a_repeated_header_continues_the_table_and_listed_people_do_not_attend() -> None:
    facts = _facts(
        "5月18日，舟山市慈善总会第五次会员代表大会召开。\n"
        "舟山市慈善总会第五届理事会名单\n"
        "姓名  职务  单位\n"
        "卜子恒  副会长  舟山市红十字会会长\n"
        "姓名  职务  单位\n"
        "钮嘉言  理事  舟山市民政局原处长\n"
    )
    positions = _positions(facts)
    assert ("卜子恒", "副会长", "舟山市慈善总会", "current") in positions
    assert ("卜子恒", "会长", "舟山市红十字会", "current") in positions
    assert ("钮嘉言", "理事", "舟山市慈善总会", "current") in positions
    assert not [f for f in facts if f["kind"] == "participation" and f.get("person") in ("卜子恒", "钮嘉言")]


def test_rows_without_a_name_header_are_not_read_as_a_table() -> None:
    facts = _facts("项目 | 金额 | 单位\n助学 | 30万元 | 舟山市民政局\n")
    assert not [f for f in facts if f["kind"] == "position"]
    assert not _persons(facts)


def test_a_pre_appointment_table_with_single_spaces_gives_current_posts_but_not_the_proposed_ones() -> None:
    facts = _facts(
        "经局党组研究，拟对以下同志职务进行调整，现予公示。\n"
        "姓名 性别 出生年月 现任职务 拟任职务\n"
        "钱一鸣 女 1986.05 越城区民政局社会救助处副处长 越城区民政局社会救助处处长\n"
        "周 望 男 1979.10 越城区慈善总会副秘书长 越城区慈善总会秘书长\n",
        title="越城区民政局干部任前公示",
    )
    positions = _positions(facts)
    assert ("钱一鸣", "副处长", "越城区民政局社会救助处", "current") in positions
    assert ("周望", "副秘书长", "越城区慈善总会", "current") in positions
    assert not {p for p in positions if p[1] in ("处长", "秘书长")}  # 拟任: not held yet
    assert {"钱一鸣", "周望"} <= _persons(facts)
    # the header's 姓名 padded to the column's width (姓 名) is one label
    padded = _facts(
        "经研究，拟对以下同志职务进行调整，现予公示。\n"
        "序号 姓 名 性别 出生年月 现任职务 拟任职务\n"
        "1 钱一鸣 女 1986.05 越城区民政局社会救助处副处长 越城区民政局社会救助处处长\n"
        "2 周 望 男 1979.10 越城区慈善总会副秘书长 越城区慈善总会秘书长\n",
        title="越城区民政局干部任前公示",
    )
    assert {("钱一鸣", "副处长", "越城区民政局社会救助处", "current"), ("周望", "副秘书长", "越城区慈善总会", "current")} <= _positions(padded)


def test_a_council_list_with_single_spaces_and_cells_broken_onto_lines_of_their_own() -> None:
    facts = _facts(
        "湖州市慈善总会第五届理事会负责人名单\n"
        "序号 姓名 性别 单位及职务 会内职务\n"
        "1 房永泽 男 湖州市人大常委会原副\n"
        "主任\n"
        "会长\n"
        "2 卜 言 女 湖州市民政局副局长 常务副会长\n"
        "3 阎书韵 女 湖州市审计局原副局 副会长兼秘\n"
        "书长\n"
    )
    positions = _positions(facts)
    assert ("卜言", "常务副会长", "湖州市慈善总会", "current") in positions
    assert ("卜言", "副局长", "湖州市民政局", "current") in positions
    assert {"房永泽", "卜言", "阎书韵"} <= _persons(facts)
    assert ("阎书韵", "副会长", "湖州市慈善总会", "current") in positions


def test_names_under_a_section_heading_that_is_one_title_hold_it_in_the_listed_body() -> None:
    facts = _facts(
        "湖州市慈善总会第五届理事会组成人员名单\n"
        "一、名誉会长（2人）\n"
        "房永泽（湖州市政协原副主席）、卜子恒（湖州市慈善总会原会长）\n"
        "二、会长、副会长\n"
        "阎书韵、钮嘉言\n"
        "（三）理事（按姓氏笔画为序）\n"
        "官礼舟、滕若溪等41人（名单略）\n"
        "会议指出，理事会要加强自身建设。\n"
    )
    positions = _positions(facts)
    assert {
        ("房永泽", "名誉会长", "湖州市慈善总会", "current"),
        ("卜子恒", "名誉会长", "湖州市慈善总会", "current"),
        ("官礼舟", "理事", "湖州市慈善总会", "current"),
        ("滕若溪", "理事", "湖州市慈善总会", "current"),
    } <= positions
    assert not [p for p in positions if p[0] in ("阎书韵", "钮嘉言")]  # two titles over one list: whose is which is not said


def test_names_under_a_padded_one_title_heading_hold_it_in_the_listed_body() -> None:
    """理　事（按姓氏笔画为序） padded to a column's width, then name lines with their own posts: each name is a 理事."""
    facts = _facts(
        "湖州市潮音公益基金会第二届理事会成员名单\n"
        "理　事（按姓氏笔画为序）\n"
        "官礼舟　湖州市慈善总会副秘书长\n"
        "滕若溪（女）　湖州晨报社社会新闻部副主任\n"
    )
    positions = _positions(facts)
    assert {
        ("官礼舟", "理事", "湖州市潮音公益基金会", "current"),
        ("滕若溪", "理事", "湖州市潮音公益基金会", "current"),
        ("官礼舟", "副秘书长", "湖州市慈善总会", "current"),
    } <= positions


def test_a_table_laid_out_in_columns_with_merged_post_cells_padded_titles_and_sex_marks() -> None:
    facts = _facts(
        "湖州市慈善总会第五届理事会负责人名单\n"
        "职　务　　　姓　名　　　　工作单位及职务\n"
        "会　长　　　房永泽　　　　湖州市政协原副主席\n"
        "副会长　　　卜　言（女）　湖州市民政局原一级巡视员\n"
        "　　　　　　阎书韵　　　　湖州市慈善总会党委书记\n"  # the post cell merged with the row above
        "\n"
        "湖州市慈善总会第一届监事会成员名单\n"  # a second list in the same columns, with no header of its own
        "监　事　　　钟望舒　　　　湖州市审计局副局长\n"
        "　　　　　　蔡青禾　　　　湖州某某大学教授\n"
    )
    positions = {(p, r, o) for p, r, o, _ in _positions(facts)}
    assert ("房永泽", "会长", "湖州市慈善总会") in positions
    assert ("卜言", "副会长", "湖州市慈善总会") in positions
    assert ("卜言", "一级巡视员", "湖州市民政局") in positions
    assert ("阎书韵", "副会长", "湖州市慈善总会") in positions
    assert ("阎书韵", "党委书记", "湖州市慈善总会") in positions
    assert ("钟望舒", "监事", "湖州市慈善总会") in positions
    assert ("蔡青禾", "监事", "湖州市慈善总会") in positions
    assert not any(r.replace("　", "") != r or " " in r for _, r, _ in positions)  # a padded title is written closed up
    assert not any(p == "阎书韵" and r == "会长" for p, r, _ in positions)


def test_rows_opening_with_a_title_list_names_in_the_cells_after_it() -> None:
    # a change table (变更事项 | 变更前 | 变更后): the names before the change held the post, those after hold it
    facts = _facts(
        "经本会理事会审议通过，现将变更情况公示如下：\n"
        "　　变更事项　　　　　　变更前　　　　　　　　变更后\n"
        "　　理事长（法定代表人）柯立新　　　　　　　　庞秀云\n"
        "　　副理事长　　　　　　庞秀云、卜志刚　　　　卜志刚、姚文涛\n"
        "　　理事　　　　　　　　柯立新、庞秀云、　　　庞秀云、卜志刚、\n"
        "　　　　　　　　　　　　卜志刚、滕海燕　　　　姚文涛、滕海燕\n",
        title="关于浙江省青禾公益基金会理事会成员变更的公示",
    )
    positions = _positions(facts)
    body = "浙江省青禾公益基金会"
    assert ("柯立新", "理事长", body, "former") in positions
    assert ("庞秀云", "理事长", body, "current") in positions
    assert ("姚文涛", "副理事长", body, "current") in positions
    assert ("庞秀云", "副理事长", body, "former") in positions
    assert ("滕海燕", "理事", body, "current") in positions  # the continuation line's names
    assert ("卜志刚", "副理事长", body, "former") not in positions  # in both columns: the post is still held
    # a leadership list with no 姓名 header: title, then names
    listed = _positions(_facts("会　长　　　　聂远航\n副会长　　　　裘雅琴、施国栋\n", title="宁波市慈善总会第三届理事会负责人名单"))
    assert {("聂远航", "会长", "宁波市慈善总会", "current"), ("施国栋", "副会长", "宁波市慈善总会", "current")} <= listed
    # one line is no table, and a row holding more than names is none either
    assert not _positions(_facts("理事长　　　　聂远航　　发言指出要抓好落实\n", title="某市慈善总会召开理事会"))


def test_names_in_cells_kept_apart_by_spaces_under_a_one_title_heading() -> None:
    facts = _facts(
        "四、副会长（按姓氏笔画为序）\n"
        "　　于　洋　　芜湖市慈善总会会长\n"
        "　　聂远航　　安庆市慈善会会长\n"
        "五、副秘书长\n"
        "　　庞秀云　　卜　杰　　滕　雪（女，挂职）\n",
        title="安徽省慈善总会组织机构",
    )
    positions = _positions(facts)
    body = "安徽省慈善总会"
    assert ("于洋", "副会长", body, "current") in positions  # a name padded to three characters opens its line
    assert ("于洋", "会长", "芜湖市慈善总会", "current") in positions
    assert {("庞秀云", "副秘书长", body, "current"), ("卜杰", "副秘书长", body, "current"), ("滕雪", "副秘书长", body, "current")} <= positions
    assert not [f for f in facts if f["kind"] == "participation"]  # listed, not present anywhere
    # a padded heading before a contents line's dots is no name
    assert "简讯" not in _persons(_facts("简　讯　　……………………10\n"))


def test_a_leadership_page_of_the_publisher_with_padded_labels() -> None:
    # 领导之窗: the title and text never name the body; the publisher's header does; titles padded to a column's width
    text = ("领导之窗\n发布时间：2026-03-18　来源：宣城市慈善总会\n"
            "会　长：聂远航\n　　聂远航，男，1958年生，历任宣城市民政局局长等职。\n"
            "常务副会长：裘雅琴（女）\n"
            "监　事　长：施国栋\n　　宣城市审计局原副局长。列席理事会会议。\n")
    article = Article("t", text, title="领导之窗", date="2026-03-18", publisher="宣城市慈善总会", body_start=len("领导之窗\n发布时间：2026-03-18　来源：宣城市慈善总会\n"))
    facts = [f.to_record() for f in extract_article(article).facts]
    positions = _positions(facts)
    body = "宣城市慈善总会"
    assert {("聂远航", "会长", body, "current"), ("裘雅琴", "常务副会长", body, "current"), ("施国栋", "监事长", body, "current")} <= positions
    assert body in {f["name"] for f in facts if f["kind"] == "organization"}
    assert "施国栋" not in {f["person"] for f in facts if f["kind"] == "participation"}  # a list's label names no one present


def test_a_title_chain_a_colon_and_names_only_is_a_leadership_line() -> None:
    # 领导之窗: 会　长：甲 (a title padded to its column), 副会长兼秘书长：乙, 副秘书长：丙（女）　丁 (invented page)
    facts = _facts(
        "会　长：柯望舒\n"
        "　　柯望舒，男，1961年5月生，大学学历。\n"
        "副会长兼秘书长：闻若川\n"
        "　　负责秘书处日常运转。\n"
        "副秘书长：邝晓岚（女）　萧远帆\n",
        title="衢州市慈善总会领导之窗",
    )
    positions = _positions(facts)
    body = "衢州市慈善总会"
    assert ("柯望舒", "会长", body, "current") in positions
    assert {("闻若川", "副会长", body, "current"), ("闻若川", "秘书长", body, "current")} <= positions
    assert {("邝晓岚", "副秘书长", body, "current"), ("萧远帆", "副秘书长", body, "current")} <= positions
    assert not [f for f in facts if f["kind"] == "participation"]  # listed, not present anywhere


def test_a_colon_line_with_more_than_names_is_no_leadership_line() -> None:
    # 主持：甲 (no title), 会长：甲出席并讲话 (a sentence after the colon): not read as a list
    facts = _facts("主持：柯望舒\n会长：柯望舒出席并讲话。\n", title="衢州市慈善总会召开理事会")
    assert ("柯望舒", "主持", "衢州市慈善总会", "current") not in _positions(facts)


def test_a_committee_roster_under_its_heading_gives_titles_in_the_committee_and_bracketed_posts() -> None:
    # 附：某组委会名单 with 主　任：甲（某局局长）, a bracketed post, and an indented line of one name continuing the row above
    facts = _facts(
        "　　3月8日上午，湖畔公益徒步在市民中心鸣枪起步，2000余名市民参加。\n"
        "　　附：2025湖畔公益徒步组委会名单\n"
        "　　主　任：柯望远（副区长）\n"
        "　　副主任：蓝一舟（区民政局局长）\n"
        "　　　　　　樊静怡（区慈善总会会长）\n"
        "　　秘书长：骆清（区体育局副局长）\n",
        title="湖畔公益徒步鸣枪",
    )
    positions = _positions(facts)
    committee = "2025湖畔公益徒步组委会"
    assert {("柯望远", "主任", committee, "current"), ("蓝一舟", "副主任", committee, "current"),
            ("樊静怡", "副主任", committee, "current"), ("骆清", "秘书长", committee, "current")} <= positions
    assert {("蓝一舟", "局长", "区民政局", "current"), ("樊静怡", "会长", "区慈善总会", "current")} <= positions
    assert ("柯望远", "副区长", committee, "current") not in positions  # a bracketed post is held in its own body
    assert committee in {f["name"] for f in facts if f["kind"] == "organization"}
    assert not {"柯望远", "樊静怡"} & {f["person"] for f in facts if f["kind"] == "participation"}  # listed, not shown there


def test_a_roster_heading_of_a_term_and_a_kind_alone_lists_the_body_the_page_named() -> None:
    # 附：第一届专业委员会组成人员名单: an ordinal term and a kind, no name of its own: the roster's posts are held in the
    # committee the page named (某省某协会某专业委员会), no body called 第一届专业委员会
    facts = _facts(
        "　　9月25日，江南省社会工作协会康复社会工作专业委员会成立大会在某市召开。\n"
        "　　附：第一届专业委员会组成人员名单\n"
        "　　委　　员：\n"
        "　　　　归　南　　樊静怡　　骆　清\n",
        title="江南省社会工作协会康复社会工作专业委员会成立",
    )
    committee = "江南省社会工作协会康复社会工作专业委员会"
    positions = _positions(facts)
    assert {("归南", "委员", committee, "current"), ("樊静怡", "委员", committee, "current"), ("骆清", "委员", committee, "current")} <= positions
    assert not [p for p in positions if p[2] == "第一届专业委员会"]


def test_a_members_roster_with_posts_after_a_space_and_unindented_lines_continuing_a_row() -> None:
    # 某委员会组成人员 as an HTML page keeps it: no indent; 委　员：甲　某处处长 then lines of one name and its post
    # (滑, a rare surname, starts a name in such a line)
    facts = _facts(
        "附：某市慈善项目评审委员会组成人员\n"
        "主　任：柯望远　市民政局副局长\n"
        "委　员：蓝一舟　市财政局社会保障处处长\n"
        "滑明达　市慈善总会副秘书长\n"
        "冯安宁　市人大社会建设委员会专职委员\n"
        "市民政局\n",
        title="关于公布慈善项目评审结果的公告",
    )
    positions = _positions(facts)
    committee = "某市慈善项目评审委员会"
    assert {("柯望远", "主任", committee, "current"), ("蓝一舟", "委员", committee, "current"), ("滑明达", "委员", committee, "current")} <= positions
    assert {("柯望远", "副局长", "市民政局", "current"), ("滑明达", "副秘书长", "市慈善总会", "current")} <= positions
    assert ("冯安宁", "专职委员", "市人大社会建设委员会", "current") in positions  # 专职委员, a title of its own (no 委员 there)
    assert not [p for p in positions if p[0] == "市民政局"]  # the signature under the roster is no member


def test_members_rows_of_a_named_team_hold_the_post_member_there_and_of_no_named_team_none() -> None:
    # 成　员：甲、乙 under 附：某检查组组成人员名单, a row with a post after the name and a line continuing it
    facts = _facts(
        "　　6月3日，检查组在湖畔区召开座谈会。\n"
        "　　附：市人大常委会志愿服务条例执法检查组组成人员名单\n"
        "　　组　长：柯望远　市人大常委会副主任\n"
        "　　成　员：蓝一舟、樊静怡\n"
        "　　组　员：骆清　市民政局社会工作处处长\n"
        "　　　　　　冯安宁　市财政局社会保障处副处长\n",
        title="检查组赴湖畔区开展执法检查",
    )
    positions = _positions(facts)
    team = "市人大常委会志愿服务条例执法检查组"
    assert {("蓝一舟", "成员", team, "current"), ("樊静怡", "成员", team, "current"),
            ("骆清", "组员", team, "current"), ("冯安宁", "组员", team, "current")} <= positions
    assert ("骆清", "处长", "市民政局社会工作处", "current") in positions  # the member's own post in its own body
    unnamed = _positions(_facts("　　调研组成员：\n　　成　员：蓝一舟、樊静怡\n", title="湖畔区慈善总会赴外地调研"))
    assert not [p for p in unnamed if p[1] == "成员"]  # a team the page names by no body: no post (nor in the title's body)


def test_a_party_s_roster_under_a_heading_naming_no_body_gives_its_names_for_presence_and_no_post() -> None:
    # 调研组成员名单 names no committee: 组　长：甲（某职）, the line indented under it and 成　员：乙、丙 list who the party
    # holds (the visiting party reads them), no post in the party; a member's own post stays in its own body
    text = "调研组成员名单\n组　长：柯望远（市民政局副局长）\n　　　　蓝一舟（区慈善总会会长）\n成　员：樊静怡、骆清\n"
    rows = read_tables(analyse(Article("t", text, title="", date="2025-05-20", publisher="", body_start=0)))
    assert [(row.person.text, row.presence_only) for row in rows] == [("柯望远", True), ("蓝一舟", True), ("樊静怡", True), ("骆清", True)]
    assert not [row for row in rows if row.posts or row.body is not None]
    positions = _positions(_facts(text))
    assert not [p for p in positions if p[1] in ("组长", "成员")]
    assert ("柯望远", "副局长", "市民政局", "current") in positions


def test_a_padded_two_character_name_after_a_member_label_keeps_its_own_post_under_a_team_named_by_no_body() -> None:
    # 评审组成员： names no body: 组　长：甲　某部部长 and 成　员：乙　丙　某会副秘书长 (a two-character name padded to the
    # column) hold no post in the team, but each the post the line gives in its own body
    text = "评审组成员：\n　　组　长：柯望远　市总工会女职工部部长\n　　成　员：骆　清　市慈善总会副秘书长\n"
    facts = _facts(text, title="某市慈善总会关于评定结果的公示")
    positions = _positions(facts)
    assert {("柯望远", "部长", "市总工会女职工部", "current"), ("骆清", "副秘书长", "市慈善总会", "current")} <= positions
    assert "骆清" in _persons(facts)
    assert not [p for p in positions if p[1] in ("组长", "成员")]


def test_a_roster_line_naming_bodies_under_no_roster_heading_gives_no_post_in_the_page_title_body() -> None:
    # 副主任：甲（某局局长） on a page whose title alone names a body: no heading says which committee the line lists
    facts = _facts("副主任：蓝一舟（区民政局局长）\n", title="衢州市慈善总会召开理事会")
    assert not [p for p in _positions(facts) if p[1] == "副主任"]


def test_bare_name_lines_under_one_title_headings_are_listed_holders_of_it_not_attendees() -> None:
    facts = _facts(
        "湖州市慈善总会第五次会员代表大会于2025年5月18日召开，选举产生了新一届理事会。\n"
        "一、秘书长\n"
        "鄂文清\n"
        "二、监事（以姓氏笔画为序）\n"
        "甘若水　糜子航　巫明德\n"
        "三、常务理事（3名，以姓氏笔画为序）\n"
        "禄海川、沃晴岚、鄂文清\n"
        "特此公告。\n",
        title="湖州市慈善总会第五次会员代表大会选举结果公告",
    )
    positions = _positions(facts)
    assert {
        ("鄂文清", "秘书长", "湖州市慈善总会", "current"),
        ("甘若水", "监事", "湖州市慈善总会", "current"),
        ("糜子航", "监事", "湖州市慈善总会", "current"),  # 糜: a surname that is an everyday character too
        ("巫明德", "监事", "湖州市慈善总会", "current"),
        ("禄海川", "常务理事", "湖州市慈善总会", "current"),
        ("沃晴岚", "常务理事", "湖州市慈善总会", "current"),
        ("鄂文清", "常务理事", "湖州市慈善总会", "current"),
    } <= positions
    listed = {"鄂文清", "甘若水", "糜子航", "巫明德", "禄海川", "沃晴岚"}
    assert listed <= _persons(facts)
    assert not [f for f in facts if f["kind"] == "participation" and f["person"] in listed]  # listed, not shown present


def test_a_post_column_right_after_a_unit_column_is_the_post_in_that_unit() -> None:
    facts = _facts(
        "2025年度优秀慈善工作者名单\n"
        "序号　姓名　单位　职务\n"
        "1　岑　悦　余杭区慈善分会　秘书长\n"
        "2　龚立本　临平区新城街道慈善工作站　站长\n",
        title="杭州市慈善总会关于表彰2025年度优秀慈善工作者的决定",
    )
    positions = _positions(facts)
    assert ("岑悦", "秘书长", "余杭区慈善分会", "current") in positions
    assert ("龚立本", "站长", "临平区新城街道慈善工作站", "current") in positions
    assert not [p for p in positions if p[2] == "杭州市慈善总会"]


def test_a_bare_ju_in_a_notice_is_the_department_its_title_names_not_one_of_its_copy_line() -> None:
    facts = _facts(
        "经局党组2025年5月12日会议研究决定：\n"
        "葛云舒同志任局社会救助处副处长；\n"
        "免去柏文清同志的局养老服务处处长职务。\n"
        "特此通知。\n"
        "抄送：市人社局，市财政局。\n",
        title="湖州市民政局关于葛云舒等同志职务任免的通知",
    )
    positions = _positions(facts)
    assert ("葛云舒", "副处长", "湖州市民政局社会救助处", "current") in positions
    assert ("柏文清", "处长", "湖州市民政局养老服务处", "former") in positions


def test_a_register_of_bodies_with_a_title_column_gives_each_row_that_title_in_its_body() -> None:
    facts = _facts(
        "现将检查结论公告如下：\n"
        "序号　单位名称　法定代表人　检查结论\n"
        "1　衢州市慈善总会　戚明远　合格\n"
        "2　衢州市助残基金会　庞（原表缺字）\n"
        "3　衢州市书法家协会　夏侯望　合格\n"
        "4　衢州市柯城区阳光助学基金会　黎　川　合格\n"
        "特此公告。\n",
        title="衢州市民政局关于社会组织年度检查结论的公告",
    )
    positions = _positions(facts)
    assert ("戚明远", "法定代表人", "衢州市慈善总会", "current") in positions
    assert ("夏侯望", "法定代表人", "衢州市书法家协会", "current") in positions
    assert ("黎川", "法定代表人", "衢州市柯城区阳光助学基金会", "current") in positions
    assert not [p for p in positions if p[2] == "衢州市助残基金会"]
    assert not [f for f in facts if f["kind"] == "participation" and f["person"] in {"戚明远", "夏侯望", "黎川"}]


def test_a_doctors_table_with_a_department_column_gives_the_grades_in_the_unit() -> None:
    facts = _facts(
        "5月18日，岚山县卫健委组织专家开展义诊，专家名单如下：\n"
        "序号\t姓名\t单位\t科室\t职称\n"
        "1\t柯远帆\t岚山县妇幼保健院\t儿童保健科\t主任医师\n"
        "2\t钟　望舒\t岚山第二医院\t神经内科\t副主任医师\n"
    )
    positions = _positions(facts)
    assert ("柯远帆", "主任医师", "岚山县妇幼保健院", "current") in positions
    assert ("钟望舒", "副主任医师", "岚山第二医院", "current") in positions
    assert not [p for p in positions if p[2].endswith("科")]


def test_a_speakers_table_with_the_unit_before_the_name_gives_each_post_in_the_unit() -> None:
    facts = _facts(
        "交流发言单位及发言人\n"
        "序号　单位　发言人　职务\n"
        "1　衢州市慈善总会　祁望舒　秘书长\n"
        "2　舟山市红十字会　甘立衡　副会长\n"
    )
    positions = _positions(facts)
    assert ("祁望舒", "秘书长", "衢州市慈善总会", "current") in positions
    assert ("甘立衡", "副会长", "舟山市红十字会", "current") in positions


def test_a_post_beside_a_unit_cell_read_as_no_body_is_not_the_listed_bodys() -> None:
    facts = _facts(
        "庆元县慈善总会关于表彰优秀慈善工作者的决定\n"
        "序号　姓名　单位　职务\n"
        "1　祁望舒　庆元县慈善总会　秘书长\n"
        "2　甘立衡　松源街道　党工委副书记\n",
        title="庆元县慈善总会关于表彰优秀慈善工作者的决定",
    )
    positions = {(p, r, o) for p, r, o, _ in _positions(facts)}
    assert ("祁望舒", "秘书长", "庆元县慈善总会") in positions
    assert not any(p == "甘立衡" and o == "庆元县慈善总会" for p, _, o in positions), positions


def test_a_roster_heading_naming_its_council_before_the_title_lists_padded_names() -> None:
    # 第三届理事会理事（按姓氏笔画为序）： then names padded to three characters' width; 第三届监事会监事：甲　乙　丙 on one line
    facts = _facts(
        "5月20日，会议选举产生了第三届理事会和监事会。\n"
        "第三届理事会理事（按姓氏笔画为序）：\n"
        "祁　远　甘立衡　柯望舒\n"
        "第三届监事会监事：钟致远　邬　宁　房书岚\n",
        title="丽水市绿野公益基金会召开第三届理事会第一次会议",
    )
    positions = _positions(facts)
    for name in ("祁远", "甘立衡", "柯望舒"):
        assert (name, "理事", "丽水市绿野公益基金会", "current") in positions, positions
    for name in ("钟致远", "邬宁", "房书岚"):
        assert (name, "监事", "丽水市绿野公益基金会", "current") in positions, positions


def test_a_roster_line_past_an_order_note_lists_the_names_after_its_colon() -> None:
    # 副会长（按姓氏笔画为序）：甲 乙 丙: the note on the list's order is no part of the title
    positions = _positions(_facts(
        "会 长：柯正平\n\n副会长（按姓氏笔画为序）：史文涛 陶小梅 邵国华\n", title="南江市慈善总会第五届理事会领导班子名单"))
    assert {("史文涛", "副会长", "南江市慈善总会", "current"), ("陶小梅", "副会长", "南江市慈善总会", "current"),
            ("邵国华", "副会长", "南江市慈善总会", "current")} <= positions
    assert not {p for p in positions if p[0] == "柯正平" and p[1] == "副会长"}


def test_a_padded_roster_row_wrapped_onto_an_indented_line_gives_every_name_its_title() -> None:
    body = ("安徽省青山生态基金会第二届理事会第一次会议在合肥召开。\n\n附：第二届理事会组成人员名单\n\n理 事 长：王大川\n"
            "理　　事：王大川　李小满　赵　颖\n　　　　　孙　峰　周　野　卞　舟\n监 事 长：钱亦白\n")
    positions = {(person, role) for person, role, _, _ in _positions(_facts(body))}
    assert {("孙峰", "理事"), ("周野", "理事"), ("卞舟", "理事"), ("赵颖", "理事")} <= positions
    assert ("孙峰", "监事长") not in positions


def test_a_wrapped_roster_line_mixing_a_padded_name_and_a_full_one_gives_both_the_title() -> None:
    # 　　　　　钱　岚　陆景行 under 理　　事：…: the padded name's two cells are one name, the full name after it another
    body = ("浙江松溪公益基金会第二届理事会第一次会议在杭州召开。\n\n附：第二届理事会、监事名单\n\n理 事 长：柳成荫\n"
            "理　　事：柳成荫　顾南枝\n　　　　　　　钱　岚　陆景行\n监　　事：白　芷\n")
    positions = {(person, role) for person, role, _, _ in _positions(_facts(body))}
    assert {("钱岚", "理事"), ("陆景行", "理事")} <= positions
    assert not {p for p in positions if p[0] in ("钱", "岚", "钱岚陆景行")}


def test_a_heading_naming_a_body_and_one_title_before_its_list_gives_each_name_the_title_there() -> None:
    facts = _facts(
        "5月8日，青岚大学第二届校董会成立。\n"
        "青岚大学第二届校董会校董名单（按姓氏笔画为序）：\n"
        "卜晴　白沙精工有限公司董事长\n"
        "罗一鸣（女）　桐溪县教育局原局长\n"
        "会议还通过了章程。\n"
    )
    positions = _positions(facts)
    assert ("卜晴", "校董", "青岚大学校董会", "current") in positions
    assert ("罗一鸣", "校董", "青岚大学校董会", "current") in positions
    assert ("卜晴", "董事长", "白沙精工有限公司", "current") in positions  # the line's own post stays
    facts = _facts("5月8日，青岚大学校董会成立。\n青岚大学校董会在会上表彰了校董，名单如下：\n卜晴　白沙精工有限公司董事长\n")
    assert not any(p[1] == "校董" for p in _positions(facts))  # a sentence, no heading of a title's list


def test_an_annexed_heading_with_the_council_between_the_body_and_the_title_lists_its_holders() -> None:
    """附：某会第五届常务理事会常务理事名单（按姓氏笔画为序） then padded names: the annex label opens the heading and the
    council stands between the body and the title; each name holds the title in the body."""
    facts = _facts(
        "5月8日，丽水市红十字会第五次会员代表大会召开。\n"
        "附：丽水市红十字会第五届常务理事会常务理事名单（按姓氏笔画为序）\n"
        "卞　舟　孙　峰　柯望远\n"
    )
    positions = _positions(facts)
    assert {(name, "常务理事", "丽水市红十字会", "current") for name in ("卞舟", "孙峰", "柯望远")} <= positions


def test_a_line_of_a_headed_list_whose_name_no_person_rule_reads_is_a_row_and_the_list_goes_on() -> None:
    """某大学校董会校董名单： then 甲　某院院士、学校某学院院长: the person reader takes no name before an academician's
    title, but the line's place in the list makes its opening cell a name; the lines after it are rows too."""
    facts = _facts(
        "5月8日，青岚大学第二届校董会成立。\n"
        "青岚大学第二届校董会校董名单（按姓氏笔画为序）：\n"
        "卜晴　白沙精工有限公司董事长\n"
        "师远　中国工程院院士、学校化学学院院长\n"
        "罗一鸣（女）　桐溪县教育局原局长\n"
        "会议还通过了章程。\n"
    )
    positions = _positions(facts)
    assert ("师远", "校董", "青岚大学校董会", "current") in positions
    assert ("师远", "院长", "青岚大学化学学院", "current") in positions  # the line's own post, 学校 the page's university
    assert ("罗一鸣", "校董", "青岚大学校董会", "current") in positions
    assert "师远" in _persons(facts)
    assert not any(p[0].startswith("会议") for p in positions)  # the sentence after the list is no row


def test_a_row_of_padded_names_two_spaces_apart_lists_a_rare_surname_name_beside_them() -> None:
    """理　事（按姓氏笔画为序）： then 甲　某　　乙　某　　丙某某: the padded names show the row lists people, so a name
    whose surname is an everyday character (占) is a listed name too, holding the heading's title."""
    facts = _facts(
        "青溪县慈善总会第五届理事会组成人员名单\n\n会　长：伍思远\n理　事（按姓氏笔画为序）：\n"
        "卞　舟　　孙　峰　　占远帆　　伍思远\n"
    )
    positions = _positions(facts)
    assert {(name, "理事", "青溪县慈善总会", "current") for name in ("卞舟", "孙峰", "占远帆", "伍思远")} <= positions
    # with no padded name in the row, the everyday character is no surname: 占地 and 面积 are no names
    assert not _persons(_facts("项目概况\n\n占地面积　　建筑面积\n"))


def test_a_roster_line_of_plain_names_keeps_a_compound_or_rare_surname() -> None:
    """理　事：under its heading, a line 么甲　乙　司空丙: 司空 (百家姓) is a compound surname, 么 and 蓬 rare ones that open a
    listed name; one of them unread dropped the whole line."""
    facts = _facts("6月18日，青岚大学教育发展基金会召开理事会。\n附：青岚大学教育发展基金会第三届理事会组成人员名单\n"
                   "理事长：罗一鸣\n理　事（按姓氏笔画为序）：\n么晓帆　柯远帆　司空静舒\n蓬书宁　钟望舒\n监　事：阎书韵")
    members = {person for person, role, _, _ in _positions(facts) if role == "理事"}
    assert {"么晓帆", "柯远帆", "司空静舒", "蓬书宁", "钟望舒"} <= members


def test_a_labelled_line_above_names_the_body_of_its_legal_representative() -> None:
    """当事人：某基金会 / 法定代表人：甲（理事长） on a bureau's notice; 慈善组织名称：某会 / 代码 / 法定代表人：乙 on a filing:
    the body on the labelled line above holds the representative's post and the bracketed title, not the publisher."""
    notice = _positions(_facts("当事人：南川市青禾公益基金会\n法定代表人：罗一鸣（理事长）\n违法事实：当事人未取得公开募捐资格。",
                               title="南川市民政局行政处罚决定书摘要"))
    assert {("罗一鸣", "法定代表人", "南川市青禾公益基金会", "current"), ("罗一鸣", "理事长", "南川市青禾公益基金会", "current")} <= notice, notice
    assert not [p for p in notice if p[2] == "南川市民政局"], notice
    filing = _positions(_facts("慈善组织名称：南川市慈善总会\n统一社会信用代码：51330200XXXX\n法定代表人：石晓峰\n募捐方案名称：助学募捐"))
    assert ("石晓峰", "法定代表人", "南川市慈善总会", "current") in filing, filing


def test_a_committee_row_s_bracketed_office_is_no_title_in_the_committee() -> None:
    facts = _facts("主　任：罗一鸣（副市长）\n副主任：石晓峰", title="2026南川慈善马拉松组委会名单")
    assert not [p for p in _positions(facts) if p[1] == "副市长" and p[2].endswith("组委会")], _positions(facts)


def test_an_other_posts_column_gives_each_officer_s_post_in_their_own_body() -> None:
    # 职务 | 姓名 | 其他任职: an annual report's officers, the third column their post in their own body
    facts = _facts(
        "二、理事会负责人\n"
        "　　职　务　　姓　名　　其他任职\n"
        "　　理事长　　岑望舟　　青州大学党委副书记\n"
        "　　秘书长　　卜　砚　　青州大学发展联络处副处长\n",
        title="青州大学教育发展基金会2025年度工作报告",
    )
    positions = _positions(facts)
    assert ("岑望舟", "理事长", "青州大学教育发展基金会", "current") in positions
    assert ("岑望舟", "党委副书记", "青州大学", "current") in positions
    assert ("卜砚", "副处长", "青州大学发展联络处", "current") in positions


def test_a_split_unit_cell_holding_a_locality_or_a_rare_surname_s_row_gives_the_post() -> None:
    # 序号　姓名　单位　职务: a sub-district (community) alone in the unit cell holds the post in the next cell, and a
    # rare surname (沃) starts the name column's cell
    facts = _facts(
        "2025年度优秀慈善工作者名单\n"
        "序号　姓名　单位　职务\n"
        "1　卜晓川　松阳县西屏街道　党工委副书记\n"
        "2　沃清岚　丽水市慈善总会办公室　主任\n"
    )
    positions = _positions(facts)
    assert ("卜晓川", "党工委副书记", "松阳县西屏街道", "current") in positions
    assert ("沃清岚", "主任", "丽水市慈善总会办公室", "current") in positions


def test_a_padded_name_on_a_second_line_of_bare_names_under_a_title_heading_is_one_name() -> None:
    """理　　事（按姓氏笔画为序）： / 甲　乙　丙 / 丁　糜某某　王　某: a line of names alone under a title heading, a rare
    surname (糜) the sentence rules leave and a two-character name padded to the column's width (王　某) on it, lists
    holders of that title like the line above it."""
    facts = _facts(
        "附：丽水市青少年发展基金会第二届理事会组成人员名单\n"
        "理　　事（按姓氏笔画为序）：\n"
        "方立新　石　岚　申屠乐\n"
        "沈嘉树　糜文远　谢　禾\n"
    )
    positions = _positions(facts)
    for name in ("方立新", "石岚", "沈嘉树", "糜文远", "谢禾"):
        assert (name, "理事", "丽水市青少年发展基金会", "current") in positions
    assert {"糜文远", "谢禾"} <= _persons(facts)


def test_a_clause_ending_its_paragraph_with_one_title_and_a_colon_heads_the_name_lines_under_it() -> None:
    # 出席会议的某委员会委员（按…为序）： / 首批某职共N人（按…排序）：: words before the title say who the names are; the
    # title is held in the body written right before it, else in the one the page title names
    facts = _facts(
        "6月3日，“暖邻”社区慈善信托议事委员会第一次会议召开。会议由委托人代表主持。\n"
        "出席会议的议事委员会委员（按姓氏笔画为序）：\n"
        "  韦　岚　邹若川　祁　晴\n"
        "会议审议通过了议事规则。\n"
    )
    positions = _positions(facts)
    assert {(name, "委员", "“暖邻”社区慈善信托议事委员会", "current") for name in ("韦岚", "邹若川", "祁晴")} <= positions
    facts = _facts(
        "研究会秘书长宣读了聘任决定。首批特聘研究员共3人（按姓氏笔画排序）：\n"
        "  甘　澍　浙江大学公共管理学院副教授\n"
        "  房若川　宁波大学法学院教授\n"
        "  卜嘉言　杭州市慈善总会秘书长\n",
        title="浙江省慈善史料研究会举行首批特聘研究员聘任仪式",
    )
    positions = _positions(facts)
    assert {(name, "特聘研究员", "浙江省慈善史料研究会", "current") for name in ("甘澍", "房若川", "卜嘉言")} <= positions
    assert ("房若川", "教授", "宁波大学法学院", "current") in positions


def test_a_title_heading_with_its_order_note_after_the_colon_heads_the_name_lines_under_it() -> None:
    """理　　事：（按姓氏笔画为序）, 理事：（排名不分先后）, 常务理事：（共6人）: the note on the list's order after the
    colon, not before it; the names on the lines under it hold the title in the listed body."""
    for note in ("（按姓氏笔画为序）", "（排名不分先后）", "（按姓氏笔画排序）"):
        facts = _facts(
            "附：丽水市助学基金会第二届理事会名单\n"
            "理 事 长：柯望远\n"
            f"理　　事：{note}\n"
            "卜　砚　柯望远　骆　清\n"
            "樊静怡　宁晓舟\n"
        )
        positions = _positions(facts)
        for name in ("卜砚", "柯望远", "骆清", "樊静怡", "宁晓舟"):
            assert (name, "理事", "丽水市助学基金会", "current") in positions, (note, name)


def test_a_roster_line_of_several_names_each_with_its_unit_in_brackets() -> None:
    """监　事：甲（某市财政局）　乙（某市残联）, 理事：丙、丁（某局副局长）: each name holds the line's title in the listed
    body, and the post its own bracket gives (never the next name's); a compound surname the person rules miss
    (谷梁, 公良) is a name by its place in the roster."""
    facts = _facts(
        "附：丽水市助学基金会第二届理事会、监事会名单\n"
        "理事长：柯望远\n"
        "监　事：卜　砚（丽水市财政局）　骆　清（丽水市审计局副局长）\n"
        "常务理事：谷梁瑾、樊静怡（丽水市教育局局长）、公良舟\n"
    )
    positions = _positions(facts)
    assert ("卜砚", "监事", "丽水市助学基金会", "current") in positions
    assert ("骆清", "监事", "丽水市助学基金会", "current") in positions
    assert ("骆清", "副局长", "丽水市审计局", "current") in positions
    assert not any(p[0] == "卜砚" and p[2] == "丽水市审计局" for p in positions)
    assert ("谷梁瑾", "常务理事", "丽水市助学基金会", "current") in positions
    assert ("樊静怡", "常务理事", "丽水市助学基金会", "current") in positions
    assert ("樊静怡", "局长", "丽水市教育局", "current") in positions
    assert ("公良舟", "常务理事", "丽水市助学基金会", "current") in positions
    assert not any(p[0] == "谷梁瑾" and p[2] == "丽水市教育局" for p in positions)


def test_a_name_line_under_a_title_heading_with_a_bracketed_post_after_its_last_name() -> None:
    """理　事（按姓氏笔画为序）： / 　　甲　　乙　　东方某（某大学法学院副教授）: every name of the line is a row, the last
    one (a compound surname the person rules miss) with its own post too."""
    facts = _facts(
        "附：丽水市助学基金会第二届理事会名单\n"
        "理　事（按姓氏笔画为序）：\n"
        "　　卜　砚　　柯望远　　东方朗（丽水学院法学院副教授）\n"
        "　　骆　清（丽水市律师协会副会长）　樊静怡\n"
    )
    positions = _positions(facts)
    for name in ("卜砚", "柯望远", "东方朗", "骆清", "樊静怡"):
        assert (name, "理事", "丽水市助学基金会", "current") in positions, name
    assert ("东方朗", "副教授", "丽水学院法学院", "current") in positions
    assert ("骆清", "副会长", "丽水市律师协会", "current") in positions
    assert not any(p[0] in ("卜砚", "柯望远", "樊静怡") and p[1] in ("副教授", "副会长") for p in positions)


def test_a_row_whose_post_cell_was_merged_with_the_row_above_shares_its_post_in_every_layout() -> None:
    """A 副理事长 cell merged over two rows (a rowspan, a Word table's merged cell) leaves the second row one cell short:
    tab-separated (乙\\t\\t某局副局长), in runs of spaces, a PDF's single spaces, and the post column first (丙　某局副局长
    under 职务　姓名　工作单位): the row holds the post of the row above in the listed body, and its unit's post in the
    unit, never the unit's title in the listed body."""
    layouts = (
        "姓名\t职务\t工作单位\n柯望远\t理事长\t丽水市教育局原局长\n骆　清\t副理事长\t丽水学院副院长\n樊静怡\t\t丽水市财政局副局长\n",
        "姓名 职务 工作单位及职务\n柯望远 理事长 丽水市教育局原局长\n骆　清 副理事长 丽水学院副院长\n樊静怡 丽水市财政局副局长\n",
        "姓　名　　职　务　　　工作单位及职务\n柯望远　　理事长　　　丽水市教育局原局长\n骆　清　　副理事长　　丽水学院副院长\n樊静怡　　　　　　　　　丽水市财政局副局长\n",
        "职务 | 姓名 | 工作单位及职务\n理事长 | 柯望远 | 丽水市教育局原局长\n副理事长 | 骆　清 | 丽水学院副院长\n樊静怡 | 丽水市财政局副局长\n",
        "职务 姓名 工作单位及职务\n理事长 柯望远 丽水市教育局原局长\n副理事长 骆　清 丽水学院副院长\n樊静怡 丽水市财政局副局长\n",
    )
    for layout in layouts:
        positions = _positions(_facts("丽水市助学基金会第二届理事会组成人员名单\n" + layout))
        assert ("柯望远", "理事长", "丽水市助学基金会", "current") in positions, layout
        assert ("骆清", "副理事长", "丽水市助学基金会", "current") in positions, layout
        assert ("樊静怡", "副理事长", "丽水市助学基金会", "current") in positions, layout
        assert ("樊静怡", "副局长", "丽水市财政局", "current") in positions, layout
        assert ("樊静怡", "副局长", "丽水市助学基金会", "current") not in positions, layout


def test_a_title_linked_to_a_list_of_names_by_you_or_fenbieshi_gives_each_the_title() -> None:
    """当选副理事长的有：甲、乙和丙, 新当选的副理事长分别是甲、乙, 本届秘书长为丙。, 副理事长由甲、乙担任: each name of the list
    holds the title in the meeting's body; 理事长为甲颁发聘书 (the list goes on with a verb) gives no post."""
    title = "丽水市助学基金会第二届理事会第一次会议召开"
    for sentence in ("当选副理事长的有：骆清、樊静怡和宁晓舟。", "新当选的副理事长分别是骆清、樊静怡和宁晓舟。",
                     "新当选的副理事长分别为：骆清、樊静怡、宁晓舟。"):
        positions = _positions(_facts(sentence, title=title))
        for name in ("骆清", "樊静怡", "宁晓舟"):
            assert (name, "副理事长", "丽水市助学基金会", "current") in positions, (sentence, name)
    positions = _positions(_facts("副理事长由骆清、樊静怡担任，秘书长由宁晓舟兼任。", title=title))
    assert ("骆清", "副理事长", "丽水市助学基金会", "current") in positions
    assert ("樊静怡", "副理事长", "丽水市助学基金会", "current") in positions
    assert ("宁晓舟", "秘书长", "丽水市助学基金会", "current") in positions
    positions = _positions(_facts("本届秘书长为宁晓舟，副秘书长为骆清、樊静怡等3人。", title=title))
    assert ("宁晓舟", "秘书长", "丽水市助学基金会", "current") in positions
    assert ("骆清", "副秘书长", "丽水市助学基金会", "current") in positions
    assert ("樊静怡", "副秘书长", "丽水市助学基金会", "current") in positions
    assert not _positions(_facts("会上，理事长为骆清颁发聘书。", title=title))


def test_a_line_of_padded_names_under_a_title_heading_keeps_a_rare_surname_and_drops_a_closing_note() -> None:
    """理　　　事：（按姓氏笔画为序） / 甲　糜　某　丙（其余略）: a padded name whose surname is also an everyday character
    (糜　某) is one name, and a note closing the line (其余略, 排名不分先后) is no name; every name holds the title."""
    for note in ("（其余略）", "（排名不分先后）", ""):
        facts = _facts(
            "附：丽水市助学基金会第二届理事会名单\n"
            "理　　　事：（按姓氏笔画为序）\n"
            f"柯望远　糜　砚　骆　清　仲孙朗{note}\n"
        )
        positions = _positions(facts)
        for name in ("柯望远", "糜砚", "骆清", "仲孙朗"):
            assert (name, "理事", "丽水市助学基金会", "current") in positions, (note, name)


def test_a_post_column_before_a_unit_column_naming_a_body_alone_gives_the_post_there_when_no_body_is_listed() -> None:
    """姓名 | 职务 | 单位 under no heading that names the list's body (a sentence announces it): each row's title is held
    in the body its unit cell names alone, in every layout and column order (bars, ｜, tabs, a page's single spaces, 单位
    first); under a heading that names the body, the post column stays that body's posts."""
    lead = "5月20日，丽水市慈善总会公布新一届理事名单。\n"
    layouts = (
        "姓名 | 职务 | 单位\n柯望远 | 会长 | 丽水市慈善总会\n骆　清 | 董事长 | 丽水恒达实业有限公司\n",
        "姓名｜职务｜工作单位\n柯望远｜会长｜丽水市慈善总会\n骆　清｜董事长｜丽水恒达实业有限公司\n",
        "姓名\t职务\t单位\n柯望远\t会长\t丽水市慈善总会\n骆　清\t董事长\t丽水恒达实业有限公司\n",
        "序号 姓名 职务 工作单位\n1 柯望远 会长 丽水市慈善总会\n2 骆清 董事长 丽水恒达实业有限公司\n",
        "单位 | 姓名 | 职务\n丽水市慈善总会 | 柯望远 | 会长\n丽水恒达实业有限公司 | 骆　清 | 董事长\n",
    )
    for layout in layouts:
        positions = _positions(_facts(lead + layout))
        assert ("柯望远", "会长", "丽水市慈善总会", "current") in positions, layout
        assert ("骆清", "董事长", "丽水恒达实业有限公司", "current") in positions, layout
        assert ("骆清", "董事长", "丽水市慈善总会", "current") not in positions, layout
    listed = _positions(_facts("丽水市慈善总会第二届理事会名单\n姓名 | 职务 | 工作单位\n柯望远 | 会长 | 丽水市民政局\n"))
    assert listed == {("柯望远", "会长", "丽水市慈善总会", "current")}


def test_a_unit_cell_left_empty_or_merged_below_a_body_repeats_that_body() -> None:
    """序号 | 单位 | 姓名 | 职务 with the unit written once for its rows (a rowspan, a blank cell): a bar row's empty cell,
    a tab row's, a page row that lost the cell (2 乙 总经理) hold their post in the body above, until a row names another."""
    title = "丽水市慈善总会第二届理事会理事单位代表名单"
    layouts = (
        "序号 | 单位 | 姓名 | 职务\n1 | 丽水恒达实业有限公司 | 柯望远 | 董事长\n2 | | 骆　清 | 总经理\n3 | 丽水市人民医院 | 樊静怡 | 副院长\n",
        "序号\t单位\t姓名\t职务\n1\t丽水恒达实业有限公司\t柯望远\t董事长\n2\t\t骆　清\t总经理\n3\t丽水市人民医院\t樊静怡\t副院长\n",
        "序号 姓名 工作单位 职务\n1 柯望远 丽水恒达实业有限公司 董事长\n2 骆清 总经理\n3 樊静怡 丽水市人民医院 副院长\n",
    )
    for layout in layouts:
        positions = _positions(_facts(title + "\n" + layout))
        assert ("柯望远", "董事长", "丽水恒达实业有限公司", "current") in positions, layout
        assert ("骆清", "总经理", "丽水恒达实业有限公司", "current") in positions, layout
        assert ("樊静怡", "副院长", "丽水市人民医院", "current") in positions, layout
        assert not any(p[0] == "骆清" and p[2] == "丽水市慈善总会" for p in positions), layout


def test_a_title_heading_or_section_row_gives_its_title_to_the_rows_of_a_table_with_no_post_column() -> None:
    """理　事（按姓氏笔画为序）： above 姓名 | 工作单位, a section row spanning the table (| 监事 |, a line 监　事 alone): each
    row under it holds that title in the listed body, its unit cell's posts in their own bodies; a row's own post cell
    wins over the section's title."""
    heading = "附：丽水市助学基金会第二届理事会、监事会名单\n"
    layouts = (
        "理　事（按姓氏笔画为序）：\n| 姓名 | 工作单位 |\n| 柯望远 | 丽水市教育局局长 |\n| 骆　清 | 丽水学院 |\n| 监事 |\n| 樊静怡 | 丽水市财政局 |\n",
        "一、理事\n姓名 工作单位\n柯望远 丽水市教育局局长\n骆清 丽水学院\n监　事\n樊静怡 丽水市财政局\n",
        "姓名\t工作单位\n理事\n柯望远\t丽水市教育局局长\n骆　清\t丽水学院\n监事\n樊静怡\t丽水市财政局\n",
    )
    for layout in layouts:
        positions = _positions(_facts(heading + layout))
        assert ("柯望远", "理事", "丽水市助学基金会", "current") in positions, layout
        assert ("柯望远", "局长", "丽水市教育局", "current") in positions, layout
        assert ("骆清", "理事", "丽水市助学基金会", "current") in positions, layout
        assert ("樊静怡", "监事", "丽水市助学基金会", "current") in positions, layout
        assert ("樊静怡", "理事", "丽水市助学基金会", "current") not in positions, layout
    own = _positions(_facts(heading + "理事：\n姓名 | 职务 | 工作单位\n柯望远 | 理事长 | 丽水市教育局局长\n"))
    assert ("柯望远", "理事长", "丽水市助学基金会", "current") in own
    assert ("柯望远", "理事", "丽水市助学基金会", "current") not in own


def test_a_team_roster_gives_its_leaders_and_members_the_team_s_posts_and_their_own() -> None:
    """附：某医疗队队员名单 (名单（部分）, 名单 alone) / 领　队：甲（某医院副院长） / 副领队：乙 / 队　员：丙（…）、丁, or 队　员： alone with
    the names on the lines under it (each with its own post in brackets, or names only): 领队, 副领队 and 队员 are posts in
    the named team, the bracketed posts in their own bodies. A 队员 of no named team, or of a team whose name the heading
    cuts at a quote (某省第十批“组团式”援疆医疗队), holds none there."""
    rows = (
        "附：丽水市援藏医疗队队员名单\n领　队：柯望远（丽水市人民医院副院长）\n副领队：樊静怡\n队　员：骆清（丽水市中医院主治医师）、宁晓舟\n",
        "附：丽水市援藏医疗队名单（部分）\n领 队：柯望远（丽水市人民医院副院长）\n副领队：樊静怡\n队 员：\n骆　清（丽水市中医院主治医师）\n宁晓舟\n",
        "丽水市援藏医疗队名单\n领队：柯望远（丽水市人民医院副院长）\n副领队：樊静怡\n队员：\n骆清（丽水市中医院主治医师）\n宁晓舟、\n",
    )
    for text in rows:
        positions = _positions(_facts(text + "\n5月20日，医疗队抵达拉萨。\n"))
        assert ("柯望远", "领队", "丽水市援藏医疗队", "current") in positions, text
        assert ("柯望远", "副院长", "丽水市人民医院", "current") in positions, text
        assert ("樊静怡", "副领队", "丽水市援藏医疗队", "current") in positions, text
        assert ("骆清", "队员", "丽水市援藏医疗队", "current") in positions, text
        assert ("骆清", "主治医师", "丽水市中医院", "current") in positions, text
        assert ("宁晓舟", "队员", "丽水市援藏医疗队", "current") in positions, text
    unnamed = _positions(_facts("考察组名单\n队　员：骆清、宁晓舟\n"))
    assert not any(p[1] == "队员" for p in unnamed)
    cut = _positions(_facts("附：丽水市第三批“组团式”援藏医疗队队员名单\n队　员：骆清、宁晓舟\n"))
    assert not any(p[1] == "队员" and p[2] != "丽水市第三批“组团式”援藏医疗队" for p in cut)


def test_a_charity_council_title_over_names_with_their_own_posts_is_held_in_the_page_s_body() -> None:
    """副理事长：甲（某公司董事长） / 　　　　乙（某学院教授） under a line naming no body (新一届理事会负责人名单如下：) on the page
    of a charity body's meeting: a council's title (理事长, 副会长, 秘书长 …) is that body's post, as 会　长：甲 is; a
    group's title over names with their posts (组　长：丙（某局局长） under 调研组成员：) stays no post, the bracketed posts held."""
    text = ("5月20日，丽水市助学基金会第三届理事会第一次会议召开，选举产生了新一届负责人。\n新一届理事会负责人名单如下：\n"
            "理 事 长：柯望远\n副理事长：骆　清（丽水恒达实业有限公司董事长）\n　　　　　樊静怡（丽水学院教授）\n秘 书 长：宁晓舟\n")
    positions = _positions(_facts(text))
    for person, role in (("柯望远", "理事长"), ("骆清", "副理事长"), ("樊静怡", "副理事长"), ("宁晓舟", "秘书长")):
        assert (person, role, "丽水市助学基金会", "current") in positions, (person, role, positions)
    assert ("骆清", "董事长", "丽水恒达实业有限公司", "current") in positions
    group = _positions(_facts("5月20日，丽水市人大常委会调研组来到丽水市助学基金会调研。\n调研组成员：\n组　长：骆　清（丽水市民政局局长）\n"))
    assert ("骆清", "局长", "丽水市民政局", "current") in group and not any(p[1] == "组长" for p in group)


def test_a_heading_naming_its_body_and_title_gives_the_title_to_a_table_without_a_post_column() -> None:
    """附：某会第三届理事会理事名单（按姓氏笔画为序） over 序号 | 姓名 | 工作单位及职务 (bars or a page's single spaces): every row
    holds 理事 in the body the heading names, its unit cell's posts in their own bodies."""
    for table in ("序号 | 姓名 | 工作单位及职务\n1 | 柯望远 | 丽水市教育局局长\n2 | 骆　清 | 丽水恒达实业有限公司董事长\n",
                  "序号 姓名 工作单位及职务\n1 柯望远 丽水市教育局局长\n2 骆清 丽水恒达实业有限公司董事长\n"):
        positions = _positions(_facts("附：丽水市助学基金会第二届理事会理事名单（按姓氏笔画为序）\n" + table))
        assert ("柯望远", "理事", "丽水市助学基金会", "current") in positions, table
        assert ("骆清", "理事", "丽水市助学基金会", "current") in positions, table
        assert ("柯望远", "局长", "丽水市教育局", "current") in positions, table
        assert ("骆清", "董事长", "丽水恒达实业有限公司", "current") in positions, table


def test_a_roster_line_opening_with_a_title_padded_to_its_column_gives_the_title_and_keeps_the_list_going() -> None:
    """会　长　甲 / 副会长　乙 / 监　事　长　丙（某局原副局长） under 某会第二届理事会名单: the padded title (no title reader sees it)
    is held by the names after it in the heading's body, and the lines after it stay the roster's (副会长　乙)."""
    text = "丽水市助学基金会第二届理事会名单\n会　长　柯望远\n副会长　骆清\n秘 书 长　樊静怡\n监　事　长　宁晓舟（丽水市审计局原副局长）\n"
    positions = _positions(_facts(text))
    for person, role in (("柯望远", "会长"), ("骆清", "副会长"), ("樊静怡", "秘书长"), ("宁晓舟", "监事长")):
        assert (person, role, "丽水市助学基金会", "current") in positions, (person, role, positions)
    assert ("宁晓舟", "副局长", "丽水市审计局", "former") in positions
    assert not _positions(_facts("5月20日，丽水市助学基金会召开理事会。\n会 上 柯望远作报告。\n"))


@pytest.mark.parametrize(
    "heading, committee",
    [
        ("附：扬州市“十佳慈善项目”评审委员会名单", "扬州市“十佳慈善项目”评审委员会"),  # a brand in quotes inside its name
        ("附件：第五届“慈善之星”评委会组成人员名单", "第五届“慈善之星”评委会"),  # 评委会, the jury's short ending
        ("附：2026‘善行金陵’公益创投大赛评审委员会委员名单", "2026‘善行金陵’公益创投大赛评审委员会"),  # single quotes, 委员名单
        ("附：南湖区慈善项目推荐委员会名单", "南湖区慈善项目推荐委员会"),
    ],
)
def test_a_jury_roster_under_its_heading_gives_posts_in_the_jury(heading: str, committee: str) -> None:
    # a jury or committee named with its brand in quotes (“…”, ‘…’) is the body its roster's titles are held in
    facts = _facts(f"6月10日，评审会在市民中心召开。\n{heading}\n主　任：柯望远　市慈善总会会长\n副主任：蓝一舟　市民政局副局长\n委　员：樊静怡　骆清\n", title="评审结果揭晓")
    positions = _positions(facts)
    assert {("柯望远", "主任", committee, "current"), ("蓝一舟", "副主任", committee, "current"),
            ("樊静怡", "委员", committee, "current"), ("骆清", "委员", committee, "current")} <= positions
    assert any(p[:2] == ("蓝一舟", "副局长") and p[2].endswith("市民政局") for p in positions)  # her own post, in her own body
    assert committee in {f["name"] for f in facts if f["kind"] == "organization"}


@pytest.mark.parametrize("layout", ["spaces", "tabs", "bars"])
@pytest.mark.parametrize("columns", [("村/组", "金额（万元）"), ("捐款金额(元)",), ("性别", "年龄"), ("所在村", "备注")])
def test_a_roll_of_names_beside_columns_that_name_no_post_lists_persons_alone(layout: str, columns: tuple[str, ...]) -> None:
    """姓名　村/组　金额（万元） (a donors' roll), 姓名 | 性别 | 年龄: a 姓名 column beside columns that name no post nor unit
    lists persons, a two-character name padded to three too (尤　岚); a body's row (a company's) and a dash give none; no post."""
    join = {"spaces": "　　　　", "tabs": "\t", "bars": " | "}[layout]
    cells = {"村/组": "三组", "金额（万元）": "20", "捐款金额(元)": "5000", "性别": "女", "年龄": "56", "所在村": "东岭村", "备注": "—"}
    rows = [("庹为民",), ("尤　岚",), ("滑晓川",), ("某市恒达建材有限公司",)]
    lines = [join.join(("姓名",) + columns)] + [join.join(row + tuple(cells[c] for c in columns)) for row in rows]
    facts = _facts("4月2日，东岭村慈善基金举行首批捐赠仪式。\n附：首批捐赠芳名录\n" + "\n".join(lines) + "\n（其余名单另行公布）")
    persons = _persons(facts)
    assert {"庹为民", "尤岚", "滑晓川"} <= persons, lines
    assert not [p for p in persons if "公司" in p]
    assert not _positions(facts)


@pytest.mark.parametrize(("header", "lead", "rest"), [
    ("序号　户主　　乡镇　　　村　　　改造方式　　补助金额（元）", "1　　", "东岭乡　西湾村　维修加固　12000"),
    ("序号　姓名　所在镇（街道）　病种　救助金额（元）", "2　", "东岭街道　尿毒症　20000"),
    ("序号　受助人　乡镇　　　村　　　补助金额（元）", "3　", "东岭乡　西湾村　9000"),
    ("姓名　　　性别　年龄　主要事迹", "", "女　　41　　2026年2月在河边救起落水儿童"),
    ("姓　名　性别　单　位　　　　　　事　迹", "", "男　　东岭乡西湾村村民　　2026年3月扑灭邻居家火情"),
])
def test_an_aid_roll_of_households_or_recipients_lists_its_persons_and_no_masked_name(header: str, lead: str, rest: str) -> None:
    """序号　户主　乡镇　村　改造方式　补助金额（元） (a 公示 of aided households), 姓名　所在镇（街道）　病种　救助金额（元）, 姓名
    性别　年龄　主要事迹 (two spaces after the name's label, one between the others), 姓　名　性别　单　位　事　迹 (padded
    labels): a roll of persons, padded names too; a name the page withholds (郑某某) is nobody."""
    rows = ["庹为民", "尤　岚", "滑晓川", "郑某某"]
    lines = [header] + [lead + name + "　" + rest for name in rows]
    facts = _facts("4月2日，东岭乡危房改造补助推进会召开。\n附：补助对象名单（部分）\n" + "\n".join(lines) + "\n（其余名单另行公布）")
    persons = _persons(facts)
    assert {"庹为民", "尤岚", "滑晓川"} <= persons, lines
    assert not [p for p in persons if "某" in p]
    assert not _positions(facts)


def test_a_header_of_a_name_column_and_no_column_of_its_kind_is_still_no_table() -> None:
    """姓名　地点 (a column no class holds) stays no table: the rows are read as sentences, as before."""
    facts = _facts("4月2日，活动举行。\n姓名　　地点　　时间\n参观者　　东岭村　　上午\n")
    assert not _persons(facts)


@pytest.mark.parametrize("head", ["优秀志愿者名单：", "优秀志愿者名单", "获奖名单如下：", "参加人员："])
@pytest.mark.parametrize("mark", ["、", "　"])
def test_bare_names_on_the_line_under_a_list_head_are_persons_with_no_post(head: str, mark: str) -> None:
    """优秀志愿者名单： / 甲、乙、丙: the bare names on the line under a head that lists people are persons (a name that is an
    everyday word, 边疆, where plain names are at least half of the line); no post; a line of everyday words stays none."""
    facts = _facts("6月10日，表彰大会举行。\n" + head + "\n" + mark.join(["庹文清", "边疆", "冒晓岚", "钱立德"]) + "\n")
    assert {"庹文清", "边疆", "冒晓岚", "钱立德"} <= _persons(facts), head
    assert not _positions(facts)
    assert not _persons(_facts("6月10日，表彰大会举行。\n具体安排如下：\n" + mark.join(["义诊", "助学", "安老"]) + "\n"))


def test_a_roster_label_line_under_a_continued_row_stays_a_line_of_its_own() -> None:
    # 　　　　乙　某院院长 (the row above continued, indented, open at its end) then 成　员：丙　某局副局长: the label's line is
    # no wrap of the line above it (the page's paragraphs open with an indent), so 乙 keeps 副组长 and 丙 is a member
    text = ("　　6月8日，湖畔区慈善救助衔接工作领导小组召开第一次全体会议。\n\n　　会议听取了工作汇报。\n\n"
            "　　会议审议了工作规则。\n\n附：湖畔区慈善救助衔接工作领导小组组成人员名单\n\n"
            "组　长：柯望远　区委常委、政法委书记\n副组长：蓝一舟　区人民法院院长\n"
            "　　　　樊静怡　区人民检察院检察长\n成　员：骆清　区民政局副局长\n　　　　冯安宁　区慈善总会会长\n")
    positions = _positions(_facts(text, title="湖畔区召开慈善救助衔接工作领导小组会议"))
    group = "湖畔区慈善救助衔接工作领导小组"
    assert {("樊静怡", "副组长", group, "current"), ("骆清", "成员", group, "current"), ("冯安宁", "成员", group, "current")} <= positions
    assert ("骆清", "副局长", "区民政局", "current") in positions


def test_a_long_roster_line_of_names_with_their_units_in_brackets_gives_each_the_title() -> None:
    # 理　　事：甲　乙（某所）　丙（某中心主任）: longer than a line of one name, but names only, each with its note
    text = ("附：第二届理事会组成人员名单\n\n理 事 长：柯望远\n"
            "理　　事：蓝　舟　樊静怡（丽水明理律师事务所）　骆清远（丽水市莲都区法律援助中心主任）　冯安宁\n")
    positions = _positions(_facts(text, title="丽水市法律援助基金会召开第二届理事会第一次会议"))
    body = "丽水市法律援助基金会"
    assert {("蓝舟", "理事", body, "current"), ("樊静怡", "理事", body, "current"), ("骆清远", "理事", body, "current"),
            ("冯安宁", "理事", body, "current")} <= positions


def test_names_padded_to_their_cells_under_a_label_are_one_name_each_whatever_their_surname() -> None:
    # 委　　员： / 甲　乙　　丙丁戊: runs of spaces keep the cells apart, one space pads a two-character name (a rare
    # surname too); 附：第一届专业委员会组成人员名单 names the committee the page named in full before it
    text = ("　　5月8日，浙江省社会工作协会医务社会工作专业委员会成立大会召开。\n\n"
            "　　附：第一届专业委员会组成人员名单\n　　主任委员：柯望远（丽水市人民医院社会工作部主任）\n　　委　　员：\n"
            "　　　　毋　禾　　邝　舟　　宁海川　　归　南\n")
    positions = _positions(_facts(text, title="省社会工作协会医务社会工作专业委员会成立"))
    body = "浙江省社会工作协会医务社会工作专业委员会"
    assert {("毋禾", "委员", body, "current"), ("邝舟", "委员", body, "current"), ("宁海川", "委员", body, "current"),
            ("归南", "委员", body, "current"), ("柯望远", "主任委员", body, "current")} <= positions
    assert not [p for p in positions if p[2] == "第一届专业委员会"]


def test_a_team_s_roster_under_a_heading_naming_no_body_holds_posts_in_the_one_team_the_page_names() -> None:
    # 附：首批队员名单 / 队　长：甲 / 队　员：乙　丙 and 附：新入队队员名单 / 丁　戊: the page names one team (its document's
    # title 《关于同意成立…的批复》 naming it too): the roster's titles are held there
    text = ("4月8日，丽水市莲都区“星火”助老志愿服务队成立仪式举行。欧阳砚宣读了《关于同意成立莲都区“星火”助老志愿服务队的批复》。\n"
            "附：首批队员名单\n队　长：卜晓雨\n队　员：蓝一舟　樊静怡　骆　清\n")
    positions = _positions(_facts(text, title="“星火”守护者正式出发"))
    team = "丽水市莲都区“星火”助老志愿服务队"
    assert {("卜晓雨", "队长", team, "current"), ("蓝一舟", "队员", team, "current"), ("樊静怡", "队员", team, "current"),
            ("骆清", "队员", team, "current")} <= positions
    assert not [p for p in positions if p[2] != team and p[1] in ("队长", "队员")]
    bare = _positions(_facts("6月7日，丽水市莲都区「晚晴」义工队成立五周年。\n附：新入队队员名单\n冯安宁　鄂文清\n", title="义工队成立五周年"))
    assert {("冯安宁", "队员", "丽水市莲都区「晚晴」义工队", "current"), ("鄂文清", "队员", "丽水市莲都区「晚晴」义工队", "current")} <= bare
    # two teams on the page: which one the roster lists, the page does not say
    two = _positions(_facts("6月7日，丽水市莲都区「晚晴」义工队和丽水市莲都区“星火”助老志愿服务队联合举办活动。\n附：新入队队员名单\n冯安宁　鄂文清\n"))
    assert not [p for p in two if p[1] == "队员"]


def test_a_team_named_whole_in_quotation_marks_after_its_place_or_owner_holds_its_roster() -> None:
    # 某区“某某宣讲团”, 某银行“某某志愿服务队”: the team's ending inside the marks; the owner or place before them is part of
    # its name (gold-conventions.md, decided stop 46), and 附：某区“某某宣讲团”成员名单 lists its 团长, 副团长 and 成员
    text = ("6月3日上午，莲都区“乡音普法宣讲团”成立仪式在区文化馆举行。\n"
            "附：莲都区“乡音普法宣讲团”成员名单\n团　长：卜晓雨\n副团长：蓝一舟　樊静怡\n成　员：骆　清　冯安宁\n")
    facts = _facts(text, title="莲都区组建普法宣讲团")
    team = "莲都区“乡音普法宣讲团”"
    assert {("卜晓雨", "团长", team, "current"), ("蓝一舟", "副团长", team, "current"), ("樊静怡", "副团长", team, "current"),
            ("骆清", "成员", team, "current"), ("冯安宁", "成员", team, "current")} <= _positions(facts)
    owned = _facts("8月9日，丽水农商银行“金穗志愿服务队”走进碧湖镇开展金融知识宣传，队长鄂文清介绍了活动安排。\n")
    assert "丽水农商银行“金穗志愿服务队”" in {f["name"] for f in owned if f["kind"] == "organization"}
    # 某区和睦街道“某某帮帮团”: the 和 of the sub-district's name is no particle, the district before it is the name's too
    street = _facts("表彰对象有：柯望远（女，莲都区和平街道“和平帮帮团”团长）。\n")
    assert ("柯望远", "团长", "莲都区和平街道“和平帮帮团”", "current") in _positions(street)
    # a slogan in quotation marks after a place names no team
    slogan = _facts("8月9日，莲都区“文明实践进万家”活动启动，区委宣传部副部长鄂文清出席。\n")
    assert not [f for f in slogan if f["kind"] == "organization" and "“" in f["name"]]


def test_rosters_under_lines_naming_their_bodies_and_a_concurrent_title_in_brackets() -> None:
    # 第五届某委员会 / 主　席：甲 / 副主席：乙（兼秘书长）　丙 and 第五届某协会 / 会　长：丁: a line that is a body's name alone
    # heads the roster under it; 王　某（兼秘书长）, a padded name with a bracket opened by 兼, holds that title there too
    text = ("10月8日，丽水市佛教第四次代表会议召开，选举产生了新一届领导班子。\n"
            "第四届丽水市佛教文化交流委员会\n主　席：柯望远\n副主席：骆　清（兼秘书长）　樊静怡　卜　禾\n"
            "第四届丽水市佛教协会\n会　长：蓝一舟\n副会长：冯安宁　鄂　文（兼总干事）\n")
    positions = _positions(_facts(text, title="丽水市佛教第四次代表会议召开"))
    first, second = "丽水市佛教文化交流委员会", "丽水市佛教协会"
    assert {("柯望远", "主席", first, "current"), ("骆清", "副主席", first, "current"), ("骆清", "秘书长", first, "current"),
            ("樊静怡", "副主席", first, "current"), ("卜禾", "副主席", first, "current"), ("蓝一舟", "会长", second, "current"),
            ("冯安宁", "副会长", second, "current"), ("鄂文", "副会长", second, "current"), ("鄂文", "总干事", second, "current")} <= positions
    assert not [p for p in positions if p[0] in ("蓝一舟", "冯安宁") and p[2] == first]


def test_a_table_of_members_and_liaisons_gives_both_people_posts_in_the_row_s_unit() -> None:
    # 单位 | 成员 | 职务 | 联络员 | 职务: two name columns, each with its post; a row with its unit cell empty continues the
    # unit above; a post cell naming a department (办公室主任) gives the post in the unit's department
    text = ("附件\n2025年度慈善协作联席会议成员及联络员名单\n"
            "| 单位 | 成员 | 职务 | 联络员 | 职务 |\n"
            "| 丽水市慈善总会 | 柯望远 | 会长 | 骆　清 | 办公室主任 |\n"
            "|  | 樊静怡 | 副会长兼秘书长 |  |  |\n"
            "| 衢州市慈善总会 | 蓝一舟 | 会长 | 冯安宁 | 副秘书长 |\n")
    positions = _positions(_facts(text, title="关于印发联席会议成员及联络员名单的通知"))
    assert {("柯望远", "会长", "丽水市慈善总会", "current"), ("骆清", "主任", "丽水市慈善总会办公室", "current"),
            ("樊静怡", "副会长", "丽水市慈善总会", "current"), ("樊静怡", "秘书长", "丽水市慈善总会", "current"),
            ("蓝一舟", "会长", "衢州市慈善总会", "current"), ("冯安宁", "副秘书长", "衢州市慈善总会", "current")} <= positions
    assert not [p for p in positions if p[0] == "骆清" and p[2] == "丽水市慈善总会"]


def test_a_roster_label_with_an_order_note_heads_the_names_on_the_line_under_it() -> None:
    # 副 会 长：（按姓氏笔画为序） / 　　　　甲　乙　丙（女）: the colon followed by the note alone is a label of the line under it
    text = ("丽水市慈善总会第三次会员代表大会选举结果公告\n"
            "　　会　　长：柯望远\n　　副 会 长：（按姓氏笔画为序）\n　　　　　　　骆　清　樊静怡　卜晓雨（女）\n　　秘 书 长：蓝一舟\n")
    positions = _positions(_facts(text, title="丽水市慈善总会选举结果公告"))
    body = "丽水市慈善总会"
    assert {("柯望远", "会长", body, "current"), ("骆清", "副会长", body, "current"), ("樊静怡", "副会长", body, "current"),
            ("卜晓雨", "副会长", body, "current"), ("蓝一舟", "秘书长", body, "current")} <= positions


def test_the_present_holders_of_a_title_listed_after_还有_hold_it_and_take_part() -> None:
    # 出席会议的理事还有（以姓氏笔画为序）：甲、乙、丙。: the title's holders, listed as present at the meeting
    text = ("5月19日，丽水市慈善基金会三届五次理事会议在丽水召开，理事长柯望远主持会议。\n"
            "出席会议的理事还有（以姓氏笔画为序）：卜晓雨、骆清、樊静怡。\n")
    facts = _facts(text, title="丽水市慈善基金会召开理事会议")
    body = "丽水市慈善基金会"
    assert {("卜晓雨", "理事", body, "current"), ("骆清", "理事", body, "current"), ("樊静怡", "理事", body, "current")} <= _positions(facts)
    present = {f["person"] for f in facts if f["kind"] == "participation" and f["role"] == "attendee"}
    assert {"卜晓雨", "骆清", "樊静怡"} <= present


def test_a_team_s_members_listed_under_a_heading_naming_it_by_its_quoted_brand_are_in_the_owner_s_team() -> None:
    # 附：“某某”志愿服务队首批队员名单: the team the page names in full with its owner (某区某协会“某某”志愿服务队) and, in its
    # headline, with its place only: the longest name, the owner part of it (gold-conventions.md, decided stop 46)
    text = ("5月6日上午，丽水市莲都区见义勇为协会“护苗”巡逻志愿服务队成立暨授旗仪式举行。队长柯望远接旗。\n"
            "附：“护苗”巡逻志愿服务队首批队员名单\n队　长：柯望远\n队　员：骆　清　樊静怡　卜晓雨\n")
    positions = _positions(_facts(text, title="莲都区“护苗”巡逻志愿服务队成立"))
    team = "丽水市莲都区见义勇为协会“护苗”巡逻志愿服务队"
    assert {("柯望远", "队长", team, "current"), ("骆清", "队员", team, "current"), ("樊静怡", "队员", team, "current"),
            ("卜晓雨", "队员", team, "current")} <= positions
    assert not [p for p in positions if p[1] in ("队长", "队员") and p[2] != team]


def test_members_listed_under_a_team_the_title_names_or_a_body_a_line_names_are_its_members() -> None:
    # 队　员：甲　乙 under 附：首批队员名单 on the page of one 志愿服务总队 (the title names it): members of it
    total = _positions(_facts("附：首批队员名单（部分）\n总队长：柯望远\n队　员：骆　清　樊静怡\n", title="丽水市“瓯江红”文旅志愿服务总队成立"))
    team = "丽水市“瓯江红”文旅志愿服务总队"
    assert {("柯望远", "总队长", team, "current"), ("骆清", "队员", team, "current"), ("樊静怡", "队员", team, "current")} <= total
    # 某镇某村红白理事会 / 会　长：甲 / 成　员：乙　丙: the line naming the body heads its roster, whose 成员 are its members
    village = _positions(_facts("附：部分村红白理事会组成人员名单\n碧湖镇下赵村红白理事会\n会　长：蓝一舟\n成　员：冯安宁　卜　禾\n",
                                title="碧湖镇村级红白理事会全部成立"))
    council = "碧湖镇下赵村红白理事会"
    assert {("蓝一舟", "会长", council, "current"), ("冯安宁", "成员", council, "current"), ("卜禾", "成员", council, "current")} <= village


def test_a_squad_named_by_a_quoted_brand_and_its_field_words_is_a_team_a_bare_squad_is_none() -> None:
    text = ("4月8日，莲都区税务局开展“税惠进社区”活动。局长鄂文清向新组建的“瓯江蓝”慈善税务宣讲分队授旗，分队队长骆清接旗。\n"
            "“瓯江蓝”慈善税务宣讲分队名单\n队　长：骆　清\n队　员：樊静怡　卜晓雨\n")
    facts = _facts(text, title="税务志愿者走进社区")
    squad = "“瓯江蓝”慈善税务宣讲分队"
    assert squad in {f["name"] for f in facts if f["kind"] == "organization"}
    assert {("骆清", "队长", squad, "current"), ("樊静怡", "队员", squad, "current"), ("卜晓雨", "队员", squad, "current")} <= _positions(facts)
    bare = _facts("5月3日晚，救援队在队部集结。队长骆清带领水域救援分队连夜赶赴碧湖镇转移群众。\n")
    assert not [f for f in bare if f["kind"] == "organization" and f["name"].endswith("分队")]


def test_a_pre_appointment_table_gives_the_current_posts_of_its_unit_column_and_none_of_the_proposed_column() -> None:
    # 姓名 | 性别 | … | 现任职务 | 拟任职务 on a 任前公示: the current cell's titles after a comma (，二级调研员) are of the body
    # before them too; the proposed cell (拟任…) gives no post, nor does the row read as a line of one person's posts
    text = ("公示对象名单\n"
            "姓名 | 性别 | 出生年月 | 学历 | 现任职务 | 拟任职务\n"
            "柯望远 | 男 | 1971.03 | 大学 | 丽水市民政局党组成员、副局长，二级调研员 | 拟任丽水市慈善总会党组书记\n"
            "骆　清 | 女 | 1980.06 | 大学 | 丽水市救助管理站站长 | 拟任丽水市社会福利院院长\n")
    positions = _positions(_facts(text, title="中共丽水市委组织部市管干部任前公示"))
    assert {("柯望远", "党组成员", "丽水市民政局", "current"), ("柯望远", "副局长", "丽水市民政局", "current"),
            ("柯望远", "二级调研员", "丽水市民政局", "current"), ("骆清", "站长", "丽水市救助管理站", "current")} <= positions
    assert not [p for p in positions if p[2] in ("丽水市慈善总会", "丽水市社会福利院")]


def test_the_résumé_paragraphs_under_a_pre_appointment_table_give_each_person_s_career() -> None:
    # 甲，1991年8月参加工作。历任…；2020年3月起任…: a name and the year work began open a profile (no sex or birth written);
    # a paragraph opening so with a name the person rules miss (written padded in the table above) is a new subject
    text = ("公示对象名单\n"
            "姓名 | 性别 | 现任职务 | 拟任职务\n"
            "柯望远 | 男 | 丽水市民政局副局长 | 拟任丽水市慈善总会党组书记\n"
            "骆　清 | 女 | 丽水市救助管理站站长 | 拟任丽水市社会福利院院长\n"
            "公示对象简要情况\n"
            "　　柯望远，1991年8月参加工作。历任云和县民政局副局长，云和县委常委、组织部部长；2020年3月起任丽水市民政局副局长。\n"
            "　　骆清，2001年8月参加工作。曾任丽水市救助管理站副站长，2022年4月起任现职。\n")
    positions = _positions(_facts(text, title="中共丽水市委组织部市管干部任前公示"))
    assert {("柯望远", "副局长", "云和县民政局", "former"), ("柯望远", "常委", "云和县委", "former"),
            ("柯望远", "部长", "云和县委组织部", "former"), ("骆清", "副站长", "丽水市救助管理站", "former")} <= positions
    assert not [p for p in positions if p[0] == "柯望远" and p[2] == "丽水市救助管理站"]
