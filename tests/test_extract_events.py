"""Event dates and participation roles, each rule on a short invented text."""

from __future__ import annotations

import pytest

from kg.evaluate import score_pages
from kg.extract import extract_article
from kg.extract.dates import continuing_days, find_dates
from kg.extract.text import normalize, split_sentences
from kg.loaders import read_article
from kg.model import Article
from tests.conftest import ROOT


def _facts(body: str, date: str = "2024-10-17") -> list[dict]:
    article = Article("t", body, title="", date=date, publisher="", body_start=0)
    return [f.to_record() for f in extract_article(article).facts]


def _participation(facts: list[dict]) -> set[tuple[str, str, str]]:
    return {(f.get("person") or f.get("organization"), f["event_date"], f["role"]) for f in facts if f["kind"] == "participation"}


def test_a_bracketed_day_after_yesterday_is_the_date() -> None:
    # Macao and Hong Kong papers: 昨（十八日） is the 18th, whatever the page date
    assert [d.value for d in find_dates("基金會昨（十八日）下午舉行捐贈儀式", "2023-11-19")] == ["2023-11-18"]
    assert [d.value for d in find_dates("基金會昨（三十日）下午舉行捐贈儀式", "2023-12-01")] == ["2023-11-30"]


def test_a_relative_day_inside_quotation_marks_is_no_date() -> None:
    assert find_dates("“从今天起，我们不再各干各的。”", "2024-10-17") == []
    assert [d.value for d in find_dates("今天，某会召开会议。", "2024-10-17")] == ["2024-10-17"]


def test_a_day_without_its_month_continues_the_last_day_named() -> None:
    assert [d.value for d in continuing_days("19日，一行赴某县考察。", "2025-09-18")] == ["2025-09-19"]
    assert [d.value for d in continuing_days("2日上午，一行赴某县考察。", "2025-09-30")] == ["2025-10-02"]
    assert [d.value for d in continuing_days("次日，一行赴某县考察。", "2025-09-30")] == ["2025-10-01"]
    assert [d.value for d in continuing_days("十六日，訪問團前往某市。", "2018-05-15")] == ["2018-05-16"]
    assert continuing_days("每月19日开放", "2025-09-18") == []
    # a roundup's section heading before the day (某市：8日上午，…)
    assert [d.value for d in continuing_days("某市：8日上午，某会举行启动仪式。", "2025-09-06")] == ["2025-09-08"]


def test_next_day_visit_is_dated_by_its_own_day() -> None:
    facts = _facts("10月15日，某市慈善联盟在某县成立。某市慈善总会会长王沐川出席并讲话。16日上午，王沐川一行来到某镇考察。")
    found = _participation(facts)
    assert ("王沐川", "2024-10-15", "speaker") in found
    assert ("王沐川", "2024-10-16", "attendee") in found
    assert not any(date == "2024-10-17" for _, date, _ in found)


def test_people_only_elected_or_engaged_are_not_attendees() -> None:
    facts = _facts(
        "10月15日，某市慈善总会第五次会员代表大会召开。随后召开的五届一次理事会选举李禾岸为会长，张砚秋为副会长；"
        "会议决定聘请刘晏舟为名誉会长。"
    )
    found = _participation(facts)
    assert not {p for p in found if p[0] in ("李禾岸", "张砚秋", "刘晏舟")}, found


@pytest.mark.parametrize(
    "elected",
    [
        # names of a rare surname the election's reader does not take: found by their title or in a list, still only elected
        "县民政局二级主任科员旷立群当选为秘书长。",
        "张砚秋（女）、旷立群、刘晏舟当选为副会长。",
    ],
)
def test_people_elected_whatever_names_them_are_not_attendees(elected: str) -> None:
    facts = _facts("10月15日，某县慈善协会第三次会员代表大会召开，副县长陈屿白出席。在随即召开的三届一次理事会上，" + elected)
    found = _participation(facts)
    assert ("陈屿白", "2024-10-15", "attendee") in found
    assert ("旷立群", "2024-10-15", "attendee") not in found, found


def test_handing_a_letter_of_appointment_shows_presence() -> None:
    facts = _facts("10月15日，某市慈善总会召开理事会。会议决定聘请刘晏舟为名誉会长，陈屿白为其颁发了聘书。")
    assert ("刘晏舟", "2024-10-15", "attendee") in _participation(facts)


def test_convening_is_chairing_only_in_its_own_clause() -> None:
    facts = _facts("10月15日，理事会选举李禾岸为会长；同期召开的监事会选举张砚秋为监事长。10月16日，某市慈善总会会长陈屿白在某地召开座谈会。")
    found = _participation(facts)
    assert ("李禾岸", "2024-10-15", "chair") not in found
    assert ("陈屿白", "2024-10-16", "chair") in found


def test_a_retrospective_dates_each_episode_by_its_opening_month_or_year() -> None:
    facts = _facts(
        "2020年11月，首次某地慈善联席会议在上海召开。2021年5月，第二次联席会议在苏州举行。"
        "某省慈善总会会长王沐川主持会议。2024年，轮值主席回到上海。某市慈善基金会理事长李禾岸在闵行主持召开年度联席会议。",
        date="2025-11-28",
    )
    found = _participation(facts)
    assert ("王沐川", "2021-05", "chair") in found
    assert ("李禾岸", "2024", "chair") in found


def test_an_event_dated_by_its_month_that_the_page_names_again_on_a_day_is_that_day_s() -> None:
    # a site's own lead (近日，…参加某联谊会) over the report it reposts (7月8日，某联谊会在南京举行)
    body = ("　　近日，江城市慈善总会副会长兼秘书长柯望舒应邀赴南京参加2027年城市慈善组织秘书长联谊会，并在会上作交流发言。"
            "现将有关报道转载如下。\n　　7月8日，2027年城市慈善组织秘书长联谊会在南京举行，南京市慈善总会会长温以宁出席并讲话。")
    facts = _facts(body, date="2027-07-13")
    assert {date for date, _ in _events(facts)} == {"2027-07-08"}, _events(facts)
    assert ("柯望舒", "2027-07-08", "speaker") in _participation(facts)


def test_a_statistics_year_does_not_move_a_dated_meeting() -> None:
    facts = _facts("1月24日，某省慈善总会召开常务理事会议。2023年，全省共募集款物4.83亿元。某省民政厅厅长王沐川在讲话中肯定了总会的工作。", date="2024-01-25")
    assert ("王沐川", "2024-01-24", "speaker") in _participation(facts)


def _events(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["date"], f["name"]) for f in facts if f["kind"] == "event"}


def test_event_shapes_of_real_pages() -> None:
    facts = _facts(
        "10月15日，某市慈善联盟在某县某镇成立。座谈会后，举行了《甲乙慈善协作框架协议》签约仪式。两地每年至少举办一次联合活动。"
        "会后，某市慈善总会会长王沐川会见了前来考察的某省慈善总会考察组一行。"
    )
    events = _events(facts)
    assert ("2024-10-15", "某市慈善联盟成立") in events
    assert ("2024-10-15", "甲乙慈善协作框架协议签约仪式") in events
    assert not any("联合活动" in name for _, name in events)
    assert any(name.startswith("会见") for _, name in events)


def test_a_visit_by_a_group_to_a_short_place_name() -> None:
    facts = _facts("4月21日，某市慈善总会常务副会长王沐川一行6人来宣考察交流。")
    assert any(date == "2024-04-21" and "考察" in name for date, name in _events(facts))


def test_no_event_without_a_date() -> None:
    article = Article("t", "某市慈善总会第二届会员大会在某地召开。", title="", date="", publisher="", body_start=0)
    assert not [f for f in extract_article(article).facts if f.kind == "event"]


def test_reported_speech_ends_at_a_semicolon() -> None:
    facts = _facts(
        "10月15日，某县首届慈善大会召开。某集团董事长王沐川表示将持续支持家乡慈善事业；某书院院长李禾岸分享了开办助餐点的经历。"
    )
    found = _participation(facts)
    assert ("李禾岸", "2024-10-15", "speaker") in found
    assert ("李禾岸", "2024-10-15", "attendee") in found


def test_handing_over_is_no_witnessing() -> None:
    facts = _facts("10月15日，某会召开联席会议。会上，王沐川理事长向李禾岸会长移交会旗，张砚秋会长共同见证。")
    found = _participation(facts)
    assert ("张砚秋", "2024-10-15", "witness") in found
    assert ("王沐川", "2024-10-15", "witness") not in found
    assert ("王沐川", "2024-10-15", "attendee") in found


def test_comment_and_report_heard_make_speakers() -> None:
    facts = _facts(
        "10月15日，某市慈善基金会理事长王沐川主持召开年度联席会议，某研究院院长李禾岸到会并作点评。"
        "会上，与会人员听取了某市慈善总会会长张砚秋关于全市慈善工作情况的汇报。"
    )
    found = _participation(facts)
    assert ("李禾岸", "2024-10-15", "speaker") in found
    assert ("王沐川", "2024-10-15", "speaker") not in found
    assert ("张砚秋", "2024-10-15", "speaker") in found



def test_meeting_endings_and_one_meeting_in_two_forms() -> None:
    facts = _facts(
        "12月28日，福建省慈善总会召开四届六次理事会议。福建省慈善总会第四届理事会第六次会议在福州召开。"
        "会议商定下一次联席会议在某市召开。某市慈善总会召开2024年第三季度工作例会。",
        "2024-12-30",
    )
    names = {name for _, name in _events(facts)}
    assert "福建省慈善总会第四届理事会第六次会议" in names
    assert not any("四届六次" in name or "下一次" in name for name in names), names
    assert any(name.endswith("工作例会") for name in names), names


def test_the_participation_cue_table_says_role_and_shape_for_every_cue() -> None:
    # data/lexicons/cues.tsv: one table of cue words with their verb class, the role they give and where their people stand
    from kg.extract.lexicon import lexicons

    table = lexicons().participation_cues
    assert set(table) == set(lexicons().cues)
    for word, entry in table.items():
        assert entry.role in ("chair", "speaker", "witness", "attendee", "host", "-"), word
        assert entry.shape in ("before", "own_clause", "-"), word
        assert (entry.role == "-") == (entry.shape == "-"), word
    assert table["召开"].shape == "own_clause" and table["主持"].role == "chair" and table["指出"].role == "speaker"


_KEYED_LEXICONS = [
    ("roles.tsv", "title"), ("org_suffixes.tsv", "suffix"), ("titled_org_suffixes.tsv", "suffix"), ("cues.tsv", "word"), ("events.tsv", "suffix"),
    ("documents.tsv", "suffix"), ("abbreviations.tsv", "abbreviation"), ("abbreviated_endings.tsv", "abbreviation"), ("known_bodies.tsv", "name"),
]


@pytest.mark.parametrize(("name", "key"), _KEYED_LEXICONS)
def test_a_keyed_lexicon_writes_each_key_once(name: str, key: str) -> None:
    """lexicons() reads these files into dicts by their key column: a key written twice keeps its last row's value and
    drops the other unseen; a second identical row is a slip that two changes made the same word each."""
    from kg.extract.lexicon import _rows

    keys = [row[key] for row in _rows(name)]
    assert len(keys) > 5 and len(set(keys)) == len(keys), sorted({k for k in keys if keys.count(k) > 1})


def test_a_word_class_lists_each_word_once() -> None:
    from kg.extract.lexicon import _word_classes

    twice = {(name, word) for name, words in _word_classes().items() for word in words if words.count(word) > 1}
    assert len(_word_classes()) > 100 and not twice, sorted(twice)


def test_event_and_date_word_classes_are_read_from_their_lexicon() -> None:
    from kg.extract.lexicon import relative_days, word_alternation, word_class

    assert "当天" in word_class("same_day_word") and relative_days()["昨天"] == -1
    assert word_alternation("day_part").index("晚上") < word_alternation("day_part").index("|晚|")  # longer word first
    assert [d.value for d in find_dates("近日，某会召开会议。", "2024-10-17")] == ["2024-10"]


def _named_events(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["name"], f["date"]) for f in facts if f["kind"] == "event"}


def test_a_double_name_joined_by_ji_is_one_event() -> None:
    facts = _facts("10月15日，南京市慈善总会在市民广场举办2024中华慈善日暨南通慈善超市试点启动仪式。")
    assert _named_events(facts) == {("2024中华慈善日暨南通慈善超市试点启动仪式", "2024-10-15")}


def test_a_bare_meeting_ending_is_named_by_the_body_that_convenes_it() -> None:
    facts = _facts("10月15日，南京市慈善总会召开理事会议。10月16日，双方在苏州市慈善总会召开座谈会。")
    # the venue of 在…召开 names no event: the 座谈会 of a day of its own keeps its bare name
    assert _named_events(facts) == {("南京市慈善总会理事会议", "2024-10-15"), ("座谈会", "2024-10-16")}


def test_activity_words_stay_inside_an_event_name_and_kaizhan_says_it_happened() -> None:
    facts = _facts("10月15日，南京市慈善总会举行新春慰问活动。10月16日，江苏省慈善总会党支部开展主题党日活动。")
    assert _named_events(facts) == {("新春慰问活动", "2024-10-15"), ("主题党日活动", "2024-10-16")}


def test_a_point_of_a_plan_names_no_event_of_the_day() -> None:
    facts = _facts("10月15日，南京市慈善总会召开理事会议。会长李禾岸指出了明年的工作。一是要共同参与年度重点活动，二是要开展联合宣传活动。")
    assert _named_events(facts) == {("南京市慈善总会理事会议", "2024-10-15")}


def test_an_announcer_of_a_launch_names_no_event_and_speaks_only_by_announcing() -> None:
    """宣布活动启动 is saying something at the event (docs/FACTS.md: speaker; the gov and wire gold); the next
    clause's 致辞 stays with its own subject."""
    facts = _facts("10月15日，2024年南京市慈善周启动仪式在市民广场举行。南京市副市长王沐川宣布活动启动，南京市慈善总会会长李禾岸致辞。")
    assert _named_events(facts) == {("2024年南京市慈善周启动仪式", "2024-10-15")}
    found = _participation(facts)
    assert ("李禾岸", "2024-10-15", "speaker") in found and ("王沐川", "2024-10-15", "attendee") in found
    article = Article("t", "10月15日，慈善周启动仪式在市民广场举行。副市长王沐川宣布活动启动，会长李禾岸致辞。", title="", date="2024-10-17", body_start=0)
    spoke = [f for f in extract_article(article).facts if f.kind == "participation" and f.fields["person"] == "王沐川" and f.fields["role"] == "speaker"]
    assert [e.rule for f in spoke for e in f.evidence] == ["cue:宣布"]


def test_a_list_of_names_over_commas_keeps_its_cue() -> None:
    facts = _facts("10月15日，南京市慈善总会召开理事会议。南京市慈善总会会长李禾岸，副会长王沐川、张砚秋出席会议并讲话。")
    found = _participation(facts)
    assert {p for p in found if p[2] == "speaker"} == {(n, "2024-10-15", "speaker") for n in ("李禾岸", "王沐川", "张砚秋")}


def test_who_relays_a_document_at_a_meeting_speaks() -> None:
    facts = _facts("10月15日，南京市慈善总会召开理事会议。会上，会长李禾岸传达了全国慈善工作会议精神，副会长王沐川通报了工作情况。")
    found = _participation(facts)
    assert ("李禾岸", "2024-10-15", "speaker") in found and ("王沐川", "2024-10-15", "speaker") in found


def test_a_newspaper_article_cited_in_title_marks_is_no_document() -> None:
    facts = _facts("本报3月9日B02版《乡村助学见闻》一文中，“某县慈善总会副会长甲”有误。会上，会长李禾岸作了《年度工作报告》。")
    titles = {f["title"] for f in facts if f["kind"] == "document"}
    assert titles == {"年度工作报告"}


def test_a_piece_performed_in_title_marks_is_no_document() -> None:
    """心理情景剧《…》, 演唱了《…》, 《…》选段, 在《…》的乐曲声中: a work performed, no text a body is party to."""
    facts = _facts("10月15日，南京市慈善总会举办慈善晚会。来宾观看了心理情景剧《灯火归途》，合唱团演唱了《春江晨曲》，演员表演了越剧《双燕归》选段。"
                   "在《远山》的乐曲声中，会长李禾岸作了《年度工作报告》。")
    titles = {f["title"] for f in facts if f["kind"] == "document"}
    assert titles == {"年度工作报告"}


def test_a_day_alone_before_any_full_day_is_the_page_month_s() -> None:
    assert [d.value for d in continuing_days("15日上午，调研组一行来到某会。", "2025-10-20", after=False)] == ["2025-10-15"]
    assert [d.value for d in continuing_days("25日上午，调研组一行来到某会。", "2025-10-20", after=False)] == ["2025-09-25"]
    assert continuing_days("次日，调研组赴某地。", "2025-10-20", after=False) == []


def test_yesterday_with_the_day_in_brackets_before_ri() -> None:
    assert [d.value for d in find_dates("某总会昨（十五）日在广州举行捐赠仪式", "2025-11-16")] == ["2025-11-15"]


def test_a_visiting_party_attends_each_stop_and_its_month_yields_to_its_days() -> None:
    facts = _facts(
        "日前，江西省慈善总会会长廖启明率调研组赴湖南、湖北两省学习考察。总会副会长邹丽萍，办公室主任汤璐参加调研。"
        "15日上午，调研组一行来到湖南省慈善总会，与湘方进行座谈交流。16日，调研组赴湖北省慈善总会考察。",
        date="2025-10-20",
    )
    found = _participation(facts)
    for name in ("廖启明", "邹丽萍", "汤璐"):
        assert (name, "2025-10-15", "attendee") in found and (name, "2025-10-16", "attendee") in found, name
    assert not any(date == "2025-10" for _, date, _ in found)
    assert {date for _, date in _named_events(facts)} == {"2025-10-15", "2025-10-16"}


def test_corner_brackets_stay_in_an_event_name_without_their_marks() -> None:
    facts = _facts("廣東省慈善總會昨（十五）日在廣州舉行「粵港同心·助學圓夢」捐贈儀式。", date="2025-11-16")
    assert _named_events(facts) == {("粵港同心·助學圓夢捐贈儀式", "2025-11-15")}


def test_a_visiting_party_s_stop_on_a_day_of_its_own_is_a_visit() -> None:
    facts = _facts(
        "6月18日，2022年某地慈善联席会议在绍兴召开。19日上午，在马伟忠的陪同下，沈国梁、陆文华一行考察了绍兴市柯桥区慈善总会和绍兴市福乐养老服务中心。",
        date="2022-06-20",
    )
    assert ("考察绍兴市柯桥区慈善总会和绍兴市福乐养老服务中心", "2022-06-19") in _named_events(facts)


def test_the_stops_of_one_day_are_one_visit() -> None:
    facts = _facts(
        "日前，甘肃省慈善总会执行会长魏长青一行赴成都学习考察。考察团来到成都市慈善总会，就网络募捐等工作进行考察。随后来到武侯区慈善会座谈交流。",
        date="2020-11-20",
    )
    assert _named_events(facts) == {("赴成都学习考察", "2020-11")}


def test_a_body_visited_ends_before_what_the_party_did_there() -> None:
    """来到某会开展现场教学: the body visited is 某会; 开展 (a convene_verb) opens what was done there, as a cue does."""
    facts = _facts("10月15日，学员们来到丹霞县慈善总会开展现场教学，随后来到南川市慈善协会召开座谈会。")
    orgs = {f["name"] for f in facts if f["kind"] == "organization"}
    assert orgs == {"丹霞县慈善总会", "南川市慈善协会"}, orgs


def test_a_list_under_a_label_names_people_who_need_not_be_there() -> None:
    facts = _facts(
        "1月8日上午，洛阳市慈善联合会成立大会召开。副会长单位及代表：洛阳伊滨建设集团有限公司（董事长 孙晓东）、河南科技大学（副校长 吕文博）。"
        "出席：洛阳市民政局局长程海涛。",
        date="2026-01-09",
    )
    found = _participation(facts)
    assert not {p for p in found if p[0] in ("孙晓东", "吕文博")}, found
    assert ("程海涛", "2026-01-08", "attendee") in found


def test_saying_after_shi_or_di_is_a_speech() -> None:
    facts = _facts("10月15日，南京市慈善总会召开理事会议。盐城市慈善总会副会长蔡永川接受南昌电视台采访时说，观摩很有收获。")
    assert ("蔡永川", "2024-10-15", "speaker") in _participation(facts)


def test_a_life_story_dates_no_event_and_shows_no_presence() -> None:
    assert find_dates("钟晓岚，女，1978年3月生，浙江嵊州人。", "2025-08-06") == []
    facts = _facts("聘任钟晓岚为总会秘书长。钟晓岚，女，1978年3月生，浙江嵊州人，现任越城区民政局二级调研员，2005年参加工作。", date="2025-08-06")
    assert not _participation(facts)


def test_joining_the_party_or_the_army_is_a_step_of_a_life_story() -> None:
    """1980年12月加入中国共产党, 1976年3月入伍: a career step dates no event and shows no one present (life_event_word)."""
    facts = _facts("某市慈善总会会长钟晓岚简介\n钟晓岚，男，1961年9月生，1980年12月加入中国共产党，1976年3月入伍。", date="2025-08-06")
    assert not [p for p in _participation(facts) if p[1].startswith(("1980", "1976"))]
    assert not [d for d, _ in _events(facts) if d.startswith(("1980", "1976"))]


def test_one_event_told_twice_with_a_place_left_out_is_one() -> None:
    facts = _facts("12月17日，2021年度安庆市慈善公益项目评审会召开。上午，2021年度慈善公益项目评审会在市民中心举行。", "2024-12-20")
    assert _named_events(facts) == {("2021年度安庆市慈善公益项目评审会", "2024-12-17")}


def test_who_sends_a_letter_or_cannot_come_is_not_there() -> None:
    facts = _facts(
        "10月15日，南京市慈善总会召开第五次会员代表大会。江苏省民政厅厅长王沐川发来贺信，南京市慈善总会秘书长李禾岸宣读了贺信。"
        "南京市副市长张砚秋因故未能出席。南京大学教授陈屿白作专题辅导。"
    )
    found = _participation(facts)
    assert not {p for p in found if p[0] in ("王沐川", "张砚秋")}, found
    assert ("李禾岸", "2024-10-15", "speaker") in found and ("陈屿白", "2024-10-15", "speaker") in found


@pytest.mark.parametrize("sent", ["发来唁电", "发来慰问信", "发来感谢信"])
def test_who_sends_condolences_or_thanks_is_not_there(sent: str) -> None:
    facts = _facts(f"10月18日，某市慈善总会老会长告别仪式举行。省慈善总会会长王沐川{sent}，市慈善总会秘书长李禾岸主持仪式。", "2024-10-20")
    found = _participation(facts)
    assert not {p for p in found if p[0] == "王沐川"}, found
    assert ("李禾岸", "2024-10-18", "chair") in found


def test_a_bare_ending_of_a_series_named_before_is_that_series_of_its_year() -> None:
    facts = _facts(
        "2020年11月，首次长三角慈善一体化联席会议在上海召开。2021年5月，第二次联席会议在苏州举行。2022年，受疫情影响，联席会议改以视频方式召开。",
        date="2025-11-28",
    )
    assert ("2022年长三角慈善一体化联席会议", "2022") in _named_events(facts)


# Events and participation on the invented corpora, just under the figures after the work on events of the genre
# (events after the 15:00-16:30 work: multi 0.927, holdout 0.933, holdout2 1.000, holdout3 0.897, holdout4 0.857)
# (before it: events dev 0.959, multi 0.865, holdout 0.867, holdout2 0.815, holdout3 0.769, holdout4 0.714)
INVENTED_FLOORS = {
    "dev": {"event": 0.98, "participation": 0.99},
    "multi": {"event": 0.92, "participation": 0.99},
    "holdout": {"event": 0.93, "participation": 0.98},
    # holdout2 event lowered 0.99 -> 0.96 (stop 34, a gold decision, not a rule loss: k05's 宣传周 and its 启动仪式 are one
    # event, the week's second gold event dropped; the extractor still gives both; event 1.000 -> 0.968)
    "holdout2": {"event": 0.96, "participation": 0.98},
    "holdout3": {"event": 0.88, "participation": 0.98},
    "holdout4": {"event": 0.84, "participation": 0.98},
}


@pytest.mark.parametrize("name", sorted(INVENTED_FLOORS))
def test_events_and_participation_of_the_invented_corpora(name: str) -> None:
    report = score_pages(ROOT / "tests" / "corpus" / name)
    for kind, floor in INVENTED_FLOORS[name].items():
        assert report.kinds[kind].f1 >= floor, (kind, report.kinds[kind].f1)


def test_garbled_days_and_a_day_right_after_a_bracketed_byline() -> None:
    assert [d.value for d in find_dates("2025年1128日，某会召开会议", "2025-11-29")] == ["2025-11-28"]
    assert [d.value for d in continuing_days("本报讯（记者 宋青禾）18日，某会召开会议", "2025-11-19", after=False)] == ["2025-11-18"]
    assert [d.value for d in find_dates("本报讯（记者 宋青禾 通讯员 米禾）2025116上午，某会召开会议", "2025-11-19")] == ["2025-11-06"]


def test_each_item_of_a_printed_page_is_dated_by_the_day_after_its_credit() -> None:
    # 本报讯（记者 某某）5月7日，… and 又讯　5月12日，…: the next item's day, though its first sentence names no gathering
    facts = _facts(
        "本报讯（记者 宋青禾）5月9日上午，某市慈善总会第三次会员代表大会在某会议中心召开。会长季远山主持会议。"
        "本报讯（记者 宋青禾）5月7日，某区慈善总会把800册图书送到6所乡村学校。区慈善总会会长柯望舒参加赠书活动。"
        "又讯　5月8日，某区慈善总会组织志愿者走访了12户困难老人家庭。区慈善总会秘书长文若岚带队。",
        date="2026-05-13",
    )
    people = _participation(facts)
    assert ("季远山", "2026-05-09", "chair") in people
    assert ("柯望舒", "2026-05-07", "attendee") in people and ("柯望舒", "2026-05-09", "attendee") not in people
    assert ("文若岚", "2026-05-08", "attendee") in people and ("文若岚", "2026-05-09", "attendee") not in people


def test_a_meeting_recalled_with_a_year_of_its_own_is_dated_by_it() -> None:
    facts = _facts(
        "4月22日，2026年长三角慈善一体化联席会议在南京召开。2024年联席会议在上海闵行召开。"
        "他表示，前年在深圳召开的首次联席会议搭起了框架，去年在广州举行的第二次会议确立了轮值主席制度。"
        "早在2021年，两省慈善组织就在成都召开过第一次浙川慈善协作座谈会。联盟先后在徐州、商丘召开四次联席会议。",
        date="2026-04-23",
    )
    dates = {date for date, _ in _events(facts)}
    assert {"2026-04-22", "2024", "2025", "2021"} <= dates
    assert not any(name.startswith("四次") for _, name in _events(facts))


def test_a_year_opening_the_clause_before_dates_the_meeting_a_profile_recalls() -> None:
    # 2024年总会作为轮值主席单位，在某地承办了第四届论坛: the year opens the clause before the one naming the forum
    body = "6月20日，某省慈善总会第六次会员代表大会在南昌召开。任内推动换届，2024年总会作为协作机制轮值主席单位，在南昌承办了第四届中部慈善论坛。"
    assert ("2024", "第四届中部慈善论坛") in _events(_facts(body, date="2026-06-21"))
    # a time up to now is no year of the forum
    body = "6月20日，某省慈善总会第六次会员代表大会在南昌召开。2024年以来总会持续发力，在南昌承办了第四届中部慈善论坛。"
    assert ("2024", "第四届中部慈善论坛") not in _events(_facts(body, date="2026-06-21"))


def test_sittings_recalled_in_one_clause_each_take_the_date_written_with_them() -> None:
    # 自2023年5月首届论坛在杭州举办、2024年第二届论坛在南京举办以来: each sitting its own date, not the clause's last
    body = "4月8日，第三届甲乙慈善合作论坛在上海举行。他表示，自2023年5月首届论坛在杭州举办、2024年第二届论坛在南京举办以来，两地往来日益密切。"
    dates = {date for date, _ in _events(_facts(body, date="2025-04-09"))}
    assert {"2023-05", "2024"} <= dates


def test_a_day_after_the_name_and_plans_with_a_modifier() -> None:
    facts = _facts("粤港澳大湾区慈善组织第三次联席会议昨（五）日在澳门举行。成员单位还将于明年上半年在香港举办湾区慈善人才培训班。", date="2025-12-06")
    assert {date for date, _ in _events(facts)} == {"2025-12-05"} and len(_events(facts)) == 1
    assert not _events(_facts("“冬日暖心”是市署每年举办的爱心活动。", date="2019-12-30"))


def test_a_session_named_without_its_body_is_part_of_the_day_s_congress() -> None:
    facts = _facts("12月27日，嘉兴市慈善总会第五次会员代表大会召开。随后召开的五届一次理事会选举宋青禾为会长。", "2024-12-30")
    assert _events(facts) == {("2024-12-27", "嘉兴市慈善总会第五次会员代表大会")}


def test_a_supervisors_council_sitting_named_on_the_councils_day_is_an_event_of_its_own() -> None:
    # 同日召开的第二届监事会第一次会议: another council's sitting, named with its council, not the council's shortened
    facts = _facts("4月10日，某慈善基金会第二届理事会第一次会议在杭州召开。同日召开的第二届监事会第一次会议选举宋青禾为监事长。", "2026-04-12")
    names = {name for _, name in _events(facts)}
    assert "第二届监事会第一次会议" in names and len(names) == 2
    facts = _facts("4月10日，某慈善基金会第二届理事会第一次会议在杭州召开。第二届理事会第一次会议选举宋青禾为理事长。", "2026-04-12")
    assert len(_events(facts)) == 1  # the council's own sitting told again: one meeting


def test_a_digest_s_items_each_dated_by_their_own_lead() -> None:
    facts = _facts(
        "【总会召开常务理事会议】6月8日，江西省慈善总会三届五次常务理事会议在南昌召开。"
        "【慈善信托签约】2026610日，总会与某银行在南昌签署“赣鄱善行”慈善信托合作协议。"
        "【联盟交接】近日，某慈善联盟2026年度轮值主席交接活动在武汉举行。宋青禾出席交接活动。"
        "【调研】6月12日至13日，调研组赴赣州、吉安两市调研。12日在赣州，调研组走访了于都县慈善总会；13日在吉安，调研组考察了井冈山市慈善超市。",
        date="2026-06-15",
    )
    assert {date for date, _ in _events(facts)} == {"2026-06-08", "2026-06-10", "2026-06", "2026-06-12", "2026-06-13"}
    assert ("2026-06-10", "签署赣鄱善行慈善信托合作协议") in _events(facts)
    assert ("宋青禾", "2026-06", "attendee") in _participation(facts)


def test_a_flag_handed_over_on_a_day_of_its_own_and_counted_sessions() -> None:
    facts = _facts("2024年，上海市慈善基金会主持召开年度联席会议。2025年6月，江苏省慈善总会会长宋青禾从韩立秋手中接过会旗。", date="2025-11-28")
    assert ("2025-06", "从韩立秋手中接过会旗") in _events(facts) or any(d == "2025-06" for d, _ in _events(facts))
    facts = _facts("4月22日，2026年长三角慈善一体化联席会议在南京召开。会上，甲会向乙会授旗。三省一市在丽水、六安举办了两期慈善组织负责人培训班。", date="2026-04-23")
    assert _events(facts) == {("2026-04-22", "2026年长三角慈善一体化联席会议")}


def test_a_joint_meeting_s_network_leaves_out_dates_and_ordinals() -> None:
    facts = _facts("1月14日，京津冀慈善协同发展第四次联席会议在石家庄召开。2025年1月第三次联席会议在天津召开。", date="2026-01-15")
    assert {f.get("network", "") for f in facts if f["kind"] == "event"} == {"京津冀慈善协同发展联席会议", ""}


def test_weekdays_relative_years_and_parts_of_a_month() -> None:
    page = "2026-04-23"  # a Thursday

    def read(text: str) -> list[tuple[str, str]]:
        return [(d.value, d.precision) for d in find_dates(text, page)]

    assert read("上周五，某会召开会议") == [("2026-04-17", "day")]
    assert read("本周二上午，某会召开会议") == [("2026-04-21", "day")]
    assert read("周日，某会召开会议") == [("2026-04-19", "day")]
    assert read("每周三开放。下周一将召开会议。本周五将召开会议。成立十周年。") == []
    assert read("11月15日（星期五），某会召开会议") == [("2025-11-15", "day")]
    assert read("去年12月8日，某会召开会议") == [("2025-12-08", "day")]
    assert read("今年3月，某会召开会议") == [("2026-03", "month")]
    assert read("前年5月中旬，某会召开会议") == [("2024-05", "month")]
    assert read("前不久，某会召开会议") == [("2026-04", "month")]


def test_a_month_dated_event_keeps_its_people_beside_a_visit_of_that_month() -> None:
    facts = _facts(
        "【调研】6月12日，调研组赴赣州调研。【交接】近日，某慈善联盟2026年度轮值主席交接活动在武汉举行。"
        "湖北省慈善总会会长宋青禾出席交接活动。",
        date="2026-06-15",
    )
    assert ("宋青禾", "2026-06", "attendee") in _participation(facts)


def test_a_date_between_the_name_and_where_it_was_held() -> None:
    for told, date in (("日前在南京召开", "2024-05"), ("5月8日在南京召开", "2024-05-08"), ("今天上午在南京开幕", "2024-05-09"),
                       ("昨日在南京胜利闭幕", "2024-05-08")):
        facts = _facts("南京市慈善总会第五次会员代表大会" + told + "。", date="2024-05-09")
        assert _events(facts) == {(date, "南京市慈善总会第五次会员代表大会")}, told


def test_the_next_day_and_the_same_day_in_other_words() -> None:
    facts = _facts("5月8日，南京市慈善总会召开理事会议。隔天，调研组一行赴苏州考察。是日下午，宋青禾出席座谈会。", date="2024-05-12")
    assert ("2024-05-09", "赴苏州考察") in _events(facts)
    assert ("宋青禾", "2024-05-09", "attendee") in _participation(facts)


def test_a_meeting_decided_or_agreed_on_is_none_held() -> None:
    lead = "5月8日，南京市慈善总会召开理事会议。"
    for told in ("会议决定于10月召开第六次会员代表大会。", "会议同意召开第六次会员代表大会。", "会议研究筹备召开第六次会员代表大会事宜。"):
        assert _events(_facts(lead + told, date="2024-05-09")) == {("2024-05-08", "南京市慈善总会理事会议")}, told


def test_earlier_sittings_recalled_by_ordinal_alone_are_dated_in_turn() -> None:
    facts = _facts(
        "9月18日，第五届华东慈善论坛在江宁市举行。据悉，该论坛首届于2022年在临溪县举办，第二届、第三届分别于2023年在湖州、"
        "2024年在徐州举办，第四届去年8月在商丘举行。第六届、第七届分别于2027年、2028年举办。",
        date="2026-09-19",
    )
    named = _named_events(facts)
    assert {("首届华东慈善论坛", "2022"), ("第二届华东慈善论坛", "2023"), ("第三届华东慈善论坛", "2024"), ("第四届华东慈善论坛", "2025-08")} <= named
    assert not any(date > "2026-09-19" for _, date in named)  # sittings still to come are no events
    # an ordinal with no series named before, or counts that do not pair, recall nothing
    assert {d for _, d in _named_events(_facts("9月18日，甲会召开座谈会。首届于2022年在湖州举办，第二届、第三届分别于2023年举办。"))} == {"2024-09-18"}


def test_a_recalled_meeting_of_a_series_takes_the_series_body_not_the_relative_year() -> None:
    facts = _facts("10月28日，淮海经济区慈善联盟第五次联席会议在宿迁召开。去年第四次联席会议在枣庄举行。", date="2025-10-29")
    assert ("2024", "淮海经济区慈善联盟第四次联席会议") in _events(facts)


def test_a_review_meeting_early_in_the_year_after_keeps_its_day() -> None:
    # 2024年…总结会 on a page of January 2025 reviews 2024: it is dated by its day, not by the year it reviews
    facts = _facts("2024年慈善工作总结会召开。1月10日，南京市慈善总会召开会议。2024年慈善工作总结会在南京召开。", date="2025-01-11")
    assert _events(facts) == {("2025-01-10", "2024年慈善工作总结会")}


def test_a_meeting_recalled_as_the_subject_of_an_idiom() -> None:
    facts = _facts("2月15日，湖北省慈善总会召开2023年工作会议。报告指出，2022年12月召开的湖北省慈善总会第五届会员代表大会顺利完成换届。", date="2023-02-16")
    assert ("2022-12", "湖北省慈善总会第五届会员代表大会") in _events(facts)


def test_a_party_day_without_activity_is_an_event() -> None:
    assert _events(_facts("5月8日，南京市慈善总会党支部赴雨花台开展主题党日。", date="2024-05-12")) == {("2024-05-08", "主题党日")}


def _chairs(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["organization"], f["year"]) for f in facts if f["kind"] == "chair_term"}


def test_a_chair_of_that_year_the_next_term_and_chinese_numeral_years() -> None:
    facts = _facts(
        "4月22日，2026年长三角慈善一体化联席会议在南京召开。2024年联席会议在上海闵行召开，由上海市慈善基金会担任当年轮值主席单位。",
        date="2026-04-23",
    )
    assert ("上海市慈善基金会", "2024") in _chairs(facts) and ("上海市慈善基金会", "2026") not in _chairs(facts)
    facts = _facts("澳門社會慈善聯合總會接任二○二六年度輪值主席。會議同時商定，下一屆輪值主席由廣東省慈善總會擔任。", date="2025-12-06")
    assert _chairs(facts) == {("澳門社會慈善聯合總會", "2026"), ("廣東省慈善總會", "2027")}


def test_a_chair_told_by_its_place_is_the_body_of_that_place_named_next() -> None:
    facts = _facts("2024年，轮值主席回到上海。上海市慈善基金会理事长宋青禾在闵行主持召开年度联席会议。", date="2025-11-28")
    assert ("上海市慈善基金会", "2024") in _chairs(facts)
    facts = _facts("2024年，轮值主席回到上海。会议在闵行召开。上海市慈善基金会理事长宋青禾出席。", date="2025-11-28")
    assert not _chairs(facts)  # only the sentence that tells it or the next one


def test_chairs_listed_year_by_year_after_the_chair_word() -> None:
    facts = _facts("5月8日，联席会议在合肥召开。轮值主席单位2022年度为上海市慈善基金会，2023年度为浙江省慈善联合总会。", date="2024-05-09")
    assert _chairs(facts) == {("上海市慈善基金会", "2022"), ("浙江省慈善联合总会", "2023")}
    # a year before the chair word is its own year, not the start of a list after it
    facts = _facts("5月8日，联席会议在合肥召开。2024年度轮值主席单位为安徽省慈善总会。", date="2024-05-09")
    assert _chairs(facts) == {("安徽省慈善总会", "2024")}


def test_the_rotating_side_or_unit_is_a_chair() -> None:
    facts = _facts("5月8日，2024年长三角慈善一体化联席会议在上海召开。今年的轮值方上海市慈善基金会理事长宋青禾主持会议。", date="2024-05-09")
    assert _chairs(facts) == {("上海市慈善基金会", "2024")}
    assert _chairs(_facts("5月8日，联席会议在上海召开，轮值单位为江苏省慈善总会。", date="2024-05-09")) == {("江苏省慈善总会", "2024")}


def test_the_next_host_of_a_rotating_network_chairs_its_year() -> None:
    lead = "12月5日，联席会议在澳门举行。澳門社會慈善聯合總會接任二○二六年度輪值主席。"
    for told, year in (("下一届联席会议将由浙江省慈善联合总会承办。", "2027"), ("会议商定由浙江省慈善联合总会承办下一届联席会议。", "2027"),
                       ("2028年联席会议由浙江省慈善联合总会承办。", "2028"), ("第四次联席会议明年由浙江省慈善联合总会承办。", "2026")):
        assert ("浙江省慈善联合总会", year) in _chairs(_facts(lead + told, date="2025-12-06")), told
    # hosting alone, in an article that states no rotating chair, chairs nothing
    assert not _chairs(_facts("12月5日，某会召开会议。下一届会议将由浙江省慈善联合总会承办。", date="2025-12-06"))


def test_every_way_a_flag_is_handed_over_names_taker_and_giver() -> None:
    lead = "5月8日，2024年长三角慈善一体化联席会议在上海召开。"
    for told in ("上海市慈善基金会将轮值主席旗帜交给江苏省慈善总会。", "会上，上海市慈善基金会向江苏省慈善总会移交轮值主席旗帜。",
                 "江苏省慈善总会从上海市慈善基金会手中接过轮值主席的旗帜。", "上海市慈善基金会向江苏省慈善总会授旗。",
                 "上海市慈善基金会理事长宋青禾将会旗交给江苏省慈善总会会长韩立秋。"):
        assert _chairs(_facts(lead + told, date="2024-05-09")) == {("江苏省慈善总会", "2024"), ("上海市慈善基金会", "2023")}, told
    # the chair before the article's year, and one named after 的
    assert _chairs(_facts(lead + "上海市慈善基金会理事长宋青禾代表上届轮值主席单位致辞。", date="2024-05-09")) == {("上海市慈善基金会", "2023")}
    assert _chairs(_facts(lead + "担任本年度轮值主席的上海市慈善基金会理事长宋青禾主持会议。", date="2024-05-09")) == {("上海市慈善基金会", "2024")}


def test_a_charity_lianhui_is_a_body_that_can_chair() -> None:
    facts = _facts("澳門社會慈善聯合總會接任二○二六年度輪值主席。會議同時商定，下一屆輪值主席由香港慈善聯會擔任。", date="2025-12-06")
    assert ("香港慈善聯會", "2027") in _chairs(facts)


def test_a_clause_without_its_subject_takes_the_sentence_s_and_a_chain_its_charity() -> None:
    facts = _facts("近日，江西省慈善总会从2025年度轮值主席单位湖北省慈善总会手中接过联盟交接牌，正式接任2026年度轮值主席单位。", date="2026-06-15")
    assert _chairs(facts) == {("湖北省慈善总会", "2025"), ("江西省慈善总会", "2026")}
    facts = _facts("10月28日，会议由联盟2025年度轮值主席、宿迁市人大常委会原副主任、宿迁市慈善总会会长宋青禾主持。", date="2025-10-29")
    assert _chairs(facts) == {("宿迁市慈善总会", "2025")}


def test_this_year_is_the_year_written_last() -> None:
    facts = _facts(
        "2021年5月，第二次长三角慈善一体化联席会议在苏州举行。2023年度轮值主席由安徽省慈善总会担任。这一年的联席会议在黄山召开。",
        date="2025-11-28",
    )
    assert ("2023年长三角慈善一体化联席会议", "2023") in _named_events(facts)


def test_minutes_list_those_present_by_label_and_by_unit() -> None:
    # minutes: 主持：/出席：/列席：/记录： labels, one name or more, alone or after the unit they come from
    facts = _facts(
        "10月15日，歙县慈善联合会召开联席会议。\n主持：王沐川\n出席：张砚秋、刘晏舟\n"
        "参会单位及人员：县民政局 李禾岸，县财政局 陈屿白\n列席人员：县慈善总会周启衡\n记录：许南乔"
    )
    found = _participation(facts)
    assert ("王沐川", "2024-10-15", "chair") in found
    for name in ("王沐川", "张砚秋", "刘晏舟", "李禾岸", "陈屿白", "周启衡", "许南乔"):
        assert (name, "2024-10-15", "attendee") in found, name
    assert not any(role == "chair" for name, _, role in found if name != "王沐川")


def test_bare_names_before_a_cue_word_take_part() -> None:
    # no title: a name (or a 、-list of names) that opens its clause and runs into 主持/出席/参加
    facts = _facts("10月15日，歙县民政局局长王沐川主持召开座谈会，张砚秋、刘晏舟等参加。李禾岸在会上表示，要做好慈善工作。")
    found = _participation(facts)
    assert {("王沐川", "2024-10-15", "chair"), ("张砚秋", "2024-10-15", "attendee"), ("刘晏舟", "2024-10-15", "attendee")} <= found
    assert ("李禾岸", "2024-10-15", "speaker") in found
    assert not any(name.endswith("在") for name, _, _ in found)
    # a count is no name: 100余人出席
    assert not any(name.startswith("余") for name, _, _ in _participation(_facts("10月15日，歙县慈善总会召开年会，会员代表100余人出席。")))


def test_who_is_congratulated_or_spoken_of_is_not_shown_there() -> None:
    facts = _facts(
        "10月15日，歙县慈善总会召开第三次会员代表大会。会议向当选的会长王沐川表示祝贺。"
        "秘书长张砚秋介绍了已故老会长刘晏舟的事迹。副会长李禾岸对陈屿白表示敬意。"
    )
    found = _participation(facts)
    assert ("张砚秋", "2024-10-15", "speaker") in found and ("李禾岸", "2024-10-15", "speaker") in found
    assert not {p for p in found if p[0] in ("王沐川", "刘晏舟", "陈屿白")}, found
    # one who speaks to someone is still the speaker: 甲向大会作工作报告
    assert ("王沐川", "2024-10-15", "speaker") in _participation(_facts("10月15日，歙县慈善总会召开理事会。会长王沐川向大会作工作报告。"))


def test_a_bare_name_takes_the_role_of_a_cue_later_in_its_clause() -> None:
    facts = _facts(
        "10月15日，歙县慈善总会召开座谈会。王沐川作为企业家代表发言。张砚秋就慈善信托作了专题辅导。"
        "据刘晏舟介绍，今年共募集善款100万元。李禾岸、陈屿白一同参加。那时谁也说不准。"
    )
    found = _participation(facts)
    for name in ("王沐川", "张砚秋", "刘晏舟"):
        assert (name, "2024-10-15", "speaker") in found, name
    assert {("李禾岸", "2024-10-15", "attendee"), ("陈屿白", "2024-10-15", "attendee")} <= found
    assert not any(name.startswith("那") for name, _, _ in found)  # 那时 is a word, not a surname and a name
    # a name may end in 和 (甲和陪同…), but not in 在 (乙在讲话中指出)
    found = _participation(_facts("10月15日，歙县慈善总会召开座谈会。程礼和陪同考察。蔡楠在讲话中指出，要做好慈善工作。"))
    assert ("程礼和", "2024-10-15", "attendee") in found and ("蔡楠", "2024-10-15", "speaker") in found


def test_taking_a_role_at_the_event_and_more_ways_of_saying() -> None:
    facts = _facts(
        "9月20日，长三角慈善论坛在嘉善举行。在圆桌对话环节，浙江工商大学公共管理学院副教授王沐川担任主持人。"
        "上海市某社区基金会理事长张砚秋坦言，专业人才短缺。某集团有限公司董事长刘晏舟宣布，集团将捐赠1000万元。"
    )
    found = _participation(facts)
    assert {("王沐川", "2024-09-20", "chair"), ("王沐川", "2024-09-20", "attendee")} <= found
    assert ("张砚秋", "2024-09-20", "speaker") in found and ("刘晏舟", "2024-09-20", "speaker") in found
    # 宣布 a launch is a speech too (test above), and so is 出席并宣布…开幕
    for sentence in ("南京市副市长王沐川宣布活动启动。", "南京市副市长王沐川出席并宣布大会开幕。"):
        assert ("王沐川", "2024-10-15", "speaker") in _participation(_facts(f"10月15日，慈善周启动仪式在市民广场举行。{sentence}"))


def test_minutes_list_units_line_by_line_under_a_label_alone() -> None:
    facts = _facts(
        "2024年10月15日上午，临平区慈善联合会召开第三季度工作例会。会议由执行会长王沐川主持，秘书长张砚秋通报了上半年工作情况。"
        "会议听取了张砚秋关于募捐工作的汇报。\n出席：\n区慈善联合会：王沐川（执行会长）、刘晏舟（副秘书长）\n"
        "临平街道慈善分会：李禾岸（会长）\n列席：区慈善联合会募捐部部长陈屿白\n记录：区慈善联合会办公室科员 周启衡\n抄送：区民政局。"
    )
    found = _participation(facts)
    for name in ("王沐川", "张砚秋", "刘晏舟", "李禾岸", "陈屿白", "周启衡"):
        assert (name, "2024-10-15", "attendee") in found, name
    assert ("张砚秋", "2024-10-15", "speaker") in found


def test_taking_charge_of_work_and_a_host_to_come_are_no_participation() -> None:
    facts = _facts(
        "10月15日，歙县慈善总会召开会长办公会议。会议同意由项目部副部长王沐川主持工作。"
        "会议确定，下一次联席会议明年由黄山市慈善总会承办。"
    )
    found = _participation(facts)
    assert not {p for p in found if p[0] in ("王沐川", "黄山市慈善总会")}, found


def test_who_escorts_a_visiting_party_at_one_stop_attends_that_stop_only() -> None:
    facts = _facts(
        "11月4日至6日，安徽省慈善总会会长王沐川率调研组赴浙江学习考察。总会秘书长张砚秋随同调研。"
        "4日下午，调研组首站来到湖州市。湖州市慈善总会会长刘晏舟陪同考察。5日上午，调研组到访浙江省慈善联合总会。",
        date="2025-11-10",
    )
    found = _participation(facts)
    assert {("王沐川", "2025-11-05", "attendee"), ("张砚秋", "2025-11-05", "attendee"), ("刘晏舟", "2025-11-04", "attendee")} <= found
    assert ("刘晏舟", "2025-11-05", "attendee") not in found


def test_a_day_opening_a_clause_dates_the_whole_sentence_and_a_caption_shows_the_main_event() -> None:
    facts = _facts(
        "1月14日，京津冀慈善协同发展第四次联席会议在石家庄召开。石家庄市慈善总会会长王沐川主持会议。"
        "15日上午，张砚秋、刘晏舟一行在石家庄市慈善总会会长王沐川陪同下，参观了石家庄市慈善超市。\n"
        "石家庄市慈善总会会长王沐川主持会议",
        date="2026-01-16",
    )
    found = _participation(facts)
    assert ("王沐川", "2026-01-15", "attendee") in found  # named in the second clause of the day's sentence
    assert ("王沐川", "2026-01-14", "chair") in found and ("王沐川", "2026-01-15", "chair") not in found  # the caption


def test_letters_support_from_afar_and_being_put_forward_show_no_presence() -> None:
    facts = _facts(
        "10月15日，歙县慈善总会召开第三次会员代表大会。黄山市慈善总会会长王沐川致贺信，秘书长张砚秋宣读了贺信。"
        "近年来，在县委书记刘晏舟的关心支持下，总会各项工作取得长足进步。时任歙县民政局局长李禾岸被推举为首任会长。"
        "江苏省慈善总会会长陈屿白从张砚秋手中接过会旗。"
    )
    found = _participation(facts)
    assert not {p for p in found if p[0] in ("王沐川", "刘晏舟", "李禾岸")}, found
    assert {("张砚秋", "2024-10-15", "speaker"), ("陈屿白", "2024-10-15", "attendee")} <= found


def test_a_modifier_with_de_after_the_verb_and_a_chair_after_the_name_say_it_happened() -> None:
    facts = _facts("某区慈善总会关爱基金于2024年1月16日在某区民政局举办简朴而隆重的揭牌活动，揭牌仪式由副局长宋青禾主持。")
    assert {date for date, _ in _events(facts)} == {"2024-01-16"}
    facts = _facts("签约仪式由某区慈善总会秘书长宋青禾主持。", date="2024-12-20")
    assert _events(facts) == {("2024-12-20", "签约仪式")}


def test_a_cue_word_that_names_what_a_ceremony_does_stays_inside_its_name() -> None:
    facts = _facts("市署於十二月二十七日在某某大樓禮堂舉辦感謝狀頒發暨善款支票交接儀式。", date="2019-12-30")
    assert _events(facts) == {("2019-12-27", "感謝狀頒發暨善款支票交接儀式")}


def test_capital_letters_stay_inside_an_event_name() -> None:
    facts = _facts("7月2日，某公司向苏州市红十字会捐赠AED仪式在某园区举行。", date="2024-07-03")
    assert _events(facts) == {("2024-07-02", "苏州市红十字会捐赠AED仪式")}


def test_a_bare_ending_names_an_event_only_on_a_day_with_no_other() -> None:
    facts = _facts("签约仪式在某镇社区文化活动中心举行。", date="2024-12-20")
    assert _events(facts) == {("2024-12-20", "签约仪式")}
    facts = _facts("日前，某区慈善代表处与某大学研究中心签订三方合作协议。签约仪式在某镇社区文化活动中心举行。", date="2024-12-20")
    assert {date for date, _ in _events(facts)} == {"2024-12"} and len(_events(facts)) == 1
    facts = _facts("10月15日，南京市慈善总会第五次会员代表大会召开。座谈会在某宾馆举行。")
    assert _events(facts) == {("2024-10-15", "南京市慈善总会第五次会员代表大会")}


def test_named_people_visiting_a_body_escorted_on_a_day_of_their_own_is_a_visit() -> None:
    facts = _facts(
        "4月21日，某市慈善总会常务副会长宋青禾一行来某市考察交流。22日上午，宋青禾、韩立秋一行在某县慈善总会会长陆一鸣陪同下，"
        "实地考察了某县某镇“慈善微家”，随后返回。",
        date="2025-04-23",
    )
    assert ("2025-04-22", "考察某县某镇慈善微家") in _events(facts)
    # on the day of a meeting or ceremony too, the visit of those present is an event of its own (decided stop 29)
    facts = _facts("7月2日，某市红十字会在某园区召开三届五次理事会。会后，宋青禾、韩立秋在陆一鸣陪同下参观了某市红十字应急救护培训中心。", date="2024-07-03")
    assert ("2024-07-02", "参观某市红十字应急救护培训中心") in _events(facts) and len(_events(facts)) == 2


def test_a_visit_after_a_meeting_on_its_day_is_an_event_with_the_meeting() -> None:
    """会后，与会人员参观了某中心: the visit takes the people elsewhere (docs/gold-conventions.md, decided stop 29)."""
    facts = _facts("9月3日，某市慈善总会在某宾馆召开三届二次理事会。会后，与会人员参观了某区慈善服务中心。", date="2025-09-04")
    events = _events(facts)
    assert ("2025-09-03", "参观某区慈善服务中心") in events and len(events) == 2
    # a place only named as the meeting's venue, or a visit only planned, is none
    venue = _facts("9月3日，某市慈善总会在某区慈善服务中心召开三届二次理事会，会议决定下月组织会员参观学习。", date="2025-09-04")
    assert all("参观" not in name for _, name in _events(venue))


_TRAINING_DAYS = "9月3日至4日，某区慈善工作培训班在某党校举办，某区民政局副局长邸岚作动员讲话。4日上午，某大学葛云舒教授讲授项目设计。"


@pytest.mark.parametrize(
    "stop",
    [
        "下午，学员们来到某街道慈善超市现场观摩，某街道副主任柏文清介绍了运营情况。",  # 来到 and 观摩 after the place
        "下午，学员们分组走进某街道慈善超市观摩学习，柏文清介绍了运营情况。",  # 走进, in groups
    ],
)
def test_the_trainees_observing_at_another_place_is_a_visit_beside_the_course_day(stop: str) -> None:
    """学员们来到某站现场观摩: a stop made for a deed of its own is an event of the day beside the course's (decided stop 29)."""
    events = _events(_facts(_TRAINING_DAYS + stop, date="2025-09-05"))
    on_the_day = sorted(name for day, name in events if day == "2025-09-04")
    assert len(on_the_day) == 2 and any("观摩" in name for name in on_the_day) and any("培训班" in name for name in on_the_day), events


def test_the_trainees_field_teaching_after_the_day_s_sessions_is_an_event_beside_the_course_day() -> None:
    """下午，学员们来到某中心开展现场教学 after the morning's lecture: a site session on a day of the course's sessions is an
    event of its own beside the course's day (docs/gold-conventions.md, decided stop 36, which superseded stop 32's "the
    course's, no stop" for this shape: saD08, dsD03, elD03, kjD02, laD03, tyD02 give it so)."""
    events = _events(_facts(_TRAINING_DAYS + "下午，学员们来到某区慈善服务中心开展现场教学，柏文清介绍了运营情况。", date="2025-09-05"))
    on_the_day = sorted(name for day, name in events if day == "2025-09-04")
    assert len(on_the_day) == 2 and any("现场教学" in name for name in on_the_day) and any("培训班" in name for name in on_the_day), events


def test_the_trainees_field_teaching_told_with_its_own_day_is_the_course_s_day() -> None:
    """4日，学员们来到某中心开展现场教学: told with its own day, the site session is that day's one event, the course's (stop 32)."""
    events = _events(_facts("9月3日至4日，某区慈善工作培训班在某党校举办，某区民政局副局长邸岚作动员讲话。4日，学员们来到某区慈善服务中心开展现场教学，"
                            "柏文清介绍了运营情况。", date="2025-09-05"))
    assert len([name for day, name in events if day == "2025-09-04"]) == 1, events


_TWO_PARTS = "7日上午，考察团来到某镇某村，实地察看了村级慈善工作站。{afternoon}，考察团来到某市某农产品有限公司，察看了帮扶产品的分拣情况。"


def test_a_stop_told_in_a_part_of_the_day_of_its_own_is_one_more_visit() -> None:
    """上午，…来到某村。当天下午，…来到某公司: two stops in two parts of the day are two visits (decided stop 36)."""
    events = _events(_facts(_TWO_PARTS.format(afternoon="当天下午"), date="2025-09-08"))
    assert len([name for day, name in events if day == "2025-09-07"]) == 2, events


def test_stops_chained_in_one_part_of_the_day_are_one_visit() -> None:
    """上午，…来到某村。随后，…来到某公司: one part of the day, one visit named by its first stop."""
    events = _events(_facts(_TWO_PARTS.format(afternoon="随后"), date="2025-09-08"))
    assert len([name for day, name in events if day == "2025-09-07"]) == 1, events


def test_a_day_of_this_or_last_month_is_dated_by_the_page_month() -> None:
    assert [d.value for d in find_dates("某同乡会与某市慈善总会本月十二日在某市签署协议", "2026-03-14")] == ["2026-03-12"]
    assert [d.value for d in find_dates("上月28日，某会召开会议", "2026-01-14")] == ["2025-12-28"]
    facts = _facts("某同乡会与瑞安市慈善总会本月十二日签署合作协议。某市政协主席宋青禾出席签约仪式。", date="2026-03-14")
    assert ("宋青禾", "2026-03-12", "attendee") in _participation(facts)


def test_untitled_names_after_who_attended_were_there() -> None:
    found = _participation(_facts("10月15日，歙县慈善总会召开第三次会员代表大会。出席会议的有王沐川、张砚秋、刘晏舟等。"))
    assert {(name, "2024-10-15", "attendee") for name in ("王沐川", "张砚秋", "刘晏舟")} <= found


def test_words_of_thanks_closing_and_explaining_are_speeches() -> None:
    found = _participation(_facts(
        "10月15日，歙县慈善总会召开第三次会员代表大会。捐赠企业代表王沐川致答谢词。会长张砚秋致闭幕词。秘书长刘晏舟就章程修改作了说明。"
    ))
    assert {(name, "2024-10-15", "speaker") for name in ("王沐川", "张砚秋", "刘晏舟")} <= found


def test_the_newly_elected_shown_by_their_titles_were_there_and_no_others() -> None:
    facts = _facts(
        "10月15日，山东省慈善总会第五次会员代表大会在济南召开。随后召开的五届一次理事会选举王沐川为会长，张砚秋为常务副会长，"
        "刘晏舟、李禾岸等15人为副会长。新当选的会长、常务副会长走上主席台与代表们见面。"
    )
    found = _participation(facts)
    assert {("王沐川", "2024-10-15", "attendee"), ("张砚秋", "2024-10-15", "attendee")} <= found
    assert not {p for p in found if p[0] in ("刘晏舟", "李禾岸")}, found


def test_a_profile_or_an_award_with_no_word_of_presence_shows_nobody_there() -> None:
    facts = _facts(
        "10月15日，歙县慈善总会召开第三次会员代表大会。会长王沐川作工作报告。"
        "退休教师张砚秋多年来坚持资助贫困学生，被评为“最美慈善人”。王沐川为退休教师刘晏舟颁发了荣誉证书。"
    )
    found = _participation(facts)
    assert not {p for p in found if p[0] == "张砚秋"}, found
    assert ("刘晏舟", "2024-10-15", "attendee") in found  # handed the certificate: there


def test_a_day_between_a_subject_and_its_verb_dates_the_sentence() -> None:
    # NP + 26日 + verb: the day is the event's, not the page date's; a count of days (连续3日, 为期3日) is none
    assert [d.value for d in continuing_days("三省慈善组织负责人26日齐聚某市，出席某联盟联席会议", "2026-11-27", after=False)] == ["2026-11-26"]
    assert [d.value for d in continuing_days("某市慈善论坛27日在某市开幕", "2026-09-28", after=False)] == ["2026-09-27"]
    assert continuing_days("培训连续3日在某市举行，为期3日，28日与会代表将分组参访", "2026-09-28", after=False) == []
    facts = _facts("某省慈善组织负责人26日齐聚某市，出席某某慈善联盟联席会议。某市慈善总会会长王沐川主持会议。", date="2026-11-27")
    assert ("王沐川", "2026-11-26", "chair") in _participation(facts)
    facts = _facts("由某省慈善總會主辦的第三屆江淮公益慈善論壇27日在某市開幕。28日與會代表將分組參訪某中心。", date="2026-09-28")
    assert {date for date, _ in _events(facts)} == {"2026-09-27"}


def test_a_garbled_day_character_after_digits_is_the_day() -> None:
    # 6月18曰: 曰 for 日 after a day's digits (a slip of input); 曰 elsewhere is left as written
    assert [d.value for d in find_dates(normalize("6月18曰上午，某区慈善会捐赠仪式在某中心举行"), "2026-06-19")] == ["2026-06-18"]
    facts = _facts("6月18曰上午，某区慈善会捐赠仪式在某中心举行。会长王沐川出席仪式。", date="2026-06-19")
    assert ("王沐川", "2026-06-18", "attendee") in _participation(facts)
    assert normalize("子曰：学而时习之") == "子曰:学而时习之"


def test_the_time_line_of_minutes_dates_the_meeting() -> None:
    facts = _facts("时  间:2026年4月27日下午\n地  点:某局三楼会议室\n出席:会长王沐川、副会长张砚秋\n一、秘书长刘晏舟通报了工作情况。", date="2026-04-28")
    assert {("王沐川", "2026-04-27", "attendee"), ("张砚秋", "2026-04-27", "attendee")} <= _participation(facts)


def test_a_title_of_minutes_names_the_meeting_held() -> None:
    body = "时  间:2026年4月27日下午\n出席:会长王沐川、副会长张砚秋\n一、秘书长刘晏舟通报了工作情况。"
    article = Article("t", "云岭县慈善协会2026年第二次工作例会纪要\n" + body, title="云岭县慈善协会2026年第二次工作例会纪要", date="2026-04-28", publisher="", body_start=22)
    facts = [f.to_record() for f in extract_article(article).facts]
    assert _events(facts) == {("2026-04-27", "云岭县慈善协会2026年第二次工作例会")}
    facts = _facts("某县慈善协会工作例会纪要要求各站做好救助。", date="2026-04-28")
    assert _events(facts) == set()


# Every way a page states when a thing happened: (form, body, page date, title, the days 王沐川 takes part on).
_MEETING = "某市慈善总会召开理事会议。会长王沐川出席会议并讲话。"
_COURSE = "某市慈善总会在某县举办培训班。会长王沐川出席开班仪式。"
DATE_FORMS = [
    ("body day", "10月15日，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("headline day", "某市慈善总会召开理事会议，会长王沐川出席会议并讲话。", "2024-10-17", "10月15日 某市慈善总会召开理事会议", ["2024-10-15"]),
    ("byline day", "本报讯（记者 张砚秋）10月15日，某市慈善总会召开理事会议，会长王沐川出席会议并讲话。", "2024-10-17", "", ["2024-10-15"]),
    ("当天", "10月15日是中华慈善日。当天上午，某市慈善总会在某广场举行慈善募捐活动。会长王沐川出席活动。", "2024-10-17", "", ["2024-10-15"]),
    ("同日", "10月15日，某市慈善总会召开理事会议。同日下午，某市慈善总会举行揭牌仪式，会长王沐川出席仪式。", "2024-10-17", "", ["2024-10-15"]),
    ("次日", "10月15日，某市慈善总会召开理事会议。次日，会长王沐川出席某县慈善会座谈会。", "2024-10-17", "", ["2024-10-16"]),
    ("翌日上午", "10月15日，某市慈善总会召开理事会议。翌日上午，会长王沐川出席某县慈善会座谈会。", "2024-10-17", "", ["2024-10-16"]),
    ("前一天", "10月16日，某市慈善大会开幕。前一天，会长王沐川出席了某市慈善总会理事会议。", "2024-10-17", "", ["2024-10-15"]),
    ("上午 with no day", "上午，" + _MEETING, "2024-10-17", "", ["2024-10-17"]),
    ("eight digits opening a clause", "20241015，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("month.day with a day part", "10.15下午，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("month.day and a comma", "10.15，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("a day without 日 and a comma", "10月15," + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("a day without 日 and a day part", "10月15上午，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("a decimal is no day", "10月15日，某市慈善总会召开理事会议，会长王沐川出席会议并讲话。全年支出2.6亿元，受益3.5万人次。", "2024-10-17", "",
     ["2024-10-15"]),
    ("a day alone before its verb", "10月14日至15日，某市慈善大会举行。15日举行分论坛，会长王沐川出席分论坛。", "2024-10-17", "", ["2024-10-15"]),
    ("上周五", "上周五，" + _MEETING, "2024-10-17", "", ["2024-10-11"]),
    ("周二", "周二，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("weekday in brackets", "10月15日（星期二）上午，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("本周", "本周，" + _MEETING, "2024-10-17", "", ["2024-10"]),
    ("上周", "上周，" + _MEETING, "2024-10-03", "", ["2024-09"]),
    ("range 至", "10月15日至16日，" + _COURSE, "2024-10-17", "", ["2024-10-15"]),
    ("range dash", "10月15—16日，" + _COURSE, "2024-10-17", "", ["2024-10-15"]),
    ("range hyphen", "10月15-16日，" + _COURSE, "2024-10-17", "", ["2024-10-15"]),
    ("two days", "10月15、16日，" + _COURSE, "2024-10-17", "", ["2024-10-15"]),
    ("range over months", "9月29日至10月2日，" + _COURSE, "2024-10-17", "", ["2024-09-29"]),
    ("full range", "2024年10月15日—16日，" + _COURSE, "2024-10-17", "", ["2024-10-15"]),
    ("range of days alone", "日前，某省慈善总会会长王沐川一行赴某市考察。15日至16日，考察组先后来到某市慈善总会和某县慈善会座谈交流。", "2024-10-20", "", ["2024-10-15"]),
    ("Chinese numerals", "二〇二四年十月十五日，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("Chinese numerals with ○", "二○二四年十月十五日，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("Chinese month and day", "十月三十一日，" + _MEETING, "2024-11-02", "", ["2024-10-31"]),
    ("廿", "十月廿五日，" + _MEETING, "2024-10-27", "", ["2024-10-25"]),
    ("full-width digits", "２０２４年１０月１５日，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("号", "10月15号，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("spaces", "10 月 15 日，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("dotted", "2024.10.15，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("lunar date in brackets", "10月15日（农历九月十三日），" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("garbled digits", "2024年1015日，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("a space inside the day", "2024年10月1 5日，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("a space inside the day, no year", "10月1 5日，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("a full-width space inside the day", "10月1\u30005日，" + _MEETING, "2024-10-17", "", ["2024-10-15"]),
    ("a year only in the headline", "10月15日，" + _MEETING, "", "某市慈善总会2024年理事会议召开", ["2024-10-15"]),
    ("December on a January page", "12月30日，" + _MEETING, "2025-01-03", "", ["2024-12-30"]),
    ("a yearbook's edition in the title", "3月8日，" + _MEETING, "2025-10-09", "某市年鉴（2025）·慈善事业", ["2024-03-08"]),
    ("a yearbook's edition with no bracket", "3月8日，" + _MEETING, "2025-10-09", "某市年鉴2025 慈善事业", ["2024-03-08"]),
    ("a day alone on a January page", "28日，" + _MEETING, "2025-01-03", "", ["2024-12-28"]),
    ("a month alone", "10月，" + _MEETING, "2024-11-17", "", ["2024-10"]),
    ("a month alone with 份", "十月份，" + _MEETING, "2024-11-17", "", ["2024-10"]),
    ("上旬", "10月上旬，" + _MEETING, "2024-11-17", "", ["2024-10"]),
    ("日前", "日前，" + _MEETING, "2024-10-17", "", ["2024-10"]),
    ("前不久", "前不久，" + _MEETING, "2024-10-17", "", ["2024-10"]),
    ("昨日 after the subject", "某市慈善总会昨日召开理事会议。会长王沐川出席会议并讲话。", "2024-10-17", "", ["2024-10-16"]),
    ("a day after the subject", "某市慈善总会15日召开理事会议，会长王沐川出席会议并讲话。", "2024-10-17", "", ["2024-10-15"]),
    ("a Chinese day after the subject", "某市慈善总会十五日召开理事会议，会长王沐川出席会议并讲话。", "2024-10-17", "", ["2024-10-15"]),
    ("同一日 is no first day", "某市慈善总会同一日在某地召开理事会议，会长王沐川出席会议并讲话。", "2024-10-17", "", ["2024-10-17"]),
    ("a day after the name", "某市慈善总会理事会议于15日在某地召开，会长王沐川出席会议并讲话。", "2024-10-17", "", ["2024-10-15"]),
    ("在…举行的…上", "在10月15日举行的某市慈善总会理事会议上，会长王沐川作了讲话。", "2024-10-17", "", ["2024-10-15"]),
    ("dateline and 今天", "新华社南京10月15日电 某市慈善总会今天召开理事会议，会长王沐川出席会议并讲话。", "2024-10-16", "", ["2024-10-15"]),
    ("dateline and 昨天", "本报南京10月16日讯 某市慈善总会昨天召开理事会议，会长王沐川出席会议并讲话。", "2024-10-18", "", ["2024-10-15"]),
    ("time line with weekday and hour", "时间：2024年10月15日（星期二）上午9:00\n地点：某会议室\n出席：会长王沐川", "2024-10-17", "", ["2024-10-15"]),
    ("date line with hours", "会议日期：2024年10月15日 上午9:30—11:30\n出席：会长王沐川、副会长张砚秋", "2024-10-17", "", ["2024-10-15"]),
    ("time and place on one line", "时间：10月15日下午3点 地点：某会议室\n出席：会长王沐川、副会长张砚秋", "2024-10-17", "", ["2024-10-15"]),
    ("a visit over several days", "10月15日至17日，某市慈善总会会长王沐川一行赴某省考察。15日上午，考察组来到某省慈善总会座谈交流。16日，考察组赴某市慈善会调研。", "2024-10-20", "", ["2024-10-15", "2024-10-16"]),
]


@pytest.mark.parametrize("form, body, date, title, days", DATE_FORMS, ids=[row[0] for row in DATE_FORMS])
def test_every_way_a_page_states_the_day(form: str, body: str, date: str, title: str, days: list[str]) -> None:
    text = f"{title}\n{body}" if title else body
    article = Article("t", text, title=title, date=date, publisher="", body_start=len(title) + 1 if title else 0)
    facts = [f.to_record() for f in extract_article(article).facts]
    assert sorted({f["event_date"] for f in facts if f["kind"] == "participation" and f.get("person") == "王沐川"}) == days


def test_a_yearbook_page_named_in_its_breadcrumb_records_the_year_before_its_edition() -> None:
    header = "首页 > 方志 > 某市年鉴（2025） > 社会 > 民政\n慈善事业\n"
    article = Article("t", header + "3月8日，" + _MEETING, title="慈善事业", date="2025-10-09", publisher="", body_start=len(header))
    facts = [f.to_record() for f in extract_article(article).facts]
    assert {f["event_date"] for f in facts if f["kind"] == "participation"} == {"2024-03-08"}
    header = "首页 > 新闻 > 民政\n慈善事业\n"  # no yearbook: the page's year
    plain = Article("t", header + "3月8日，" + _MEETING, title="慈善事业", date="2025-10-09", publisher="", body_start=len(header))
    facts = [f.to_record() for f in extract_article(plain).facts]
    assert {f["event_date"] for f in facts if f["kind"] == "participation"} == {"2025-03-08"}


def _days_taken_part(title: str, body: str) -> set[str]:
    """The days of a page posted on 2026-05-26 under its title and a 发布时间 line that people take part on."""
    header = f"{title}\n发布时间：2026-05-26\n"
    article = Article("t", header + body, title=title, date="2026-05-26", publisher="", body_start=len(header))
    return {f["event_date"] for f in (r.to_record() for r in extract_article(article).facts) if f["kind"] == "participation"}


def test_a_speech_dated_on_a_line_under_its_title_counts_its_today_from_that_day() -> None:
    title = "在某区慈善会会员代表大会上的讲话"
    body = "区长　王沐川\n（2026年5月22日）\n同志们：\n今天，某区慈善会召开会员代表大会。刚才，张砚秋同志作了工作报告。"
    assert _days_taken_part(title, body) == {"2026-05-22"}
    assert _days_taken_part(title, body.replace("2026年5月22日", "2026年5月28日")) == {"2026-05-26"}  # after the page's day: no speech date


def test_a_date_line_with_the_part_of_the_day_dates_a_host_script() -> None:
    # （2026年5月22日上午）: the line under a host script's title with the half of the day still dates what it tells
    title = "某区慈善公益项目发布会主持词"
    body = f"{title}\n（2026年5月22日上午）\n各位来宾：\n今天，我们在这里举行某区慈善公益项目发布会。下面，请区慈善会会长王沐川致辞。"
    assert _days_taken_part(title, body) == {"2026-05-22"}


_NOTE = "编者按：5月20日，某区慈善会第三次会员代表大会在某宾馆召开，区民政局局长顾明川等出席大会。大会审议通过了第二届理事会工作报告、第二届监事会工作报告和财务工作报告，表彰了一批慈善工作先进集体、先进个人和爱心企业，选举产生了第三届理事会理事和监事会监事。大会选举产生了新一届理事会，新当选的会长邬启航在闭幕前讲话。现将讲话全文刊发，供各街道慈善工作站学习参考。\n"


def test_a_speech_under_an_editors_note_is_dated_by_its_line_and_its_speaker_speaks() -> None:
    # the note runs past the first lines of the body: the date line under the speech's own heading dates the speech
    header = "在某区慈善会第三次会员代表大会上的讲话\n发布时间：2026-05-26\n"
    body = _NOTE + "在某区慈善会第三次会员代表大会上的讲话\n邬启航\n（2026年5月20日）\n各位代表：\n今天上午，顾明川局长亲临大会。刚才，郑望舒同志作了工作报告。"
    article = Article("t", header + body, title="在某区慈善会第三次会员代表大会上的讲话", date="2026-05-26", publisher="", body_start=len(header))
    facts = [f.to_record() for f in extract_article(article).facts]
    assert {f["event_date"] for f in facts if f["kind"] == "participation"} == {"2026-05-20"}
    assert ("邬启航", "2026-05-20", "speaker") in _participation(facts) and ("郑望舒", "2026-05-20", "speaker") in _participation(facts)


def test_a_speech_under_an_editors_note_with_no_date_line_counts_its_yesterday_from_the_notes_day() -> None:
    header = "邬启航在某区慈善会第三次会员代表大会上的致辞\n发布时间：2026-05-26\n"
    body = _NOTE.replace("会长邬启航在闭幕前讲话", "会长在闭幕前讲话") + "在某区慈善会第三次会员代表大会上的致辞\n某区慈善会会长　邬启航\n各位代表：\n昨天下午，各街道慈善工作站站长先行召开了座谈会，会议由郑望舒主持。"
    article = Article("t", header + body, title="邬启航在某区慈善会第三次会员代表大会上的致辞", date="2026-05-26", publisher="", body_start=len(header))
    facts = _participation([f.to_record() for f in extract_article(article).facts])
    assert ("郑望舒", "2026-05-19", "chair") in facts and ("邬启航", "2026-05-20", "speaker") in facts
    assert not any(day == "2026-05-25" for _, day, _ in facts)


def test_each_speech_of_a_digest_is_dated_by_the_bracketed_day_under_its_heading_a_garbled_one_too(tmp_path) -> None:
    page = tmp_path / "digest.txt"
    page.write_text(
        "邬启航会长讲话摘编\n发布日期：2026-07-18　来源：某市慈善总会\n\n"
        "一、在全市慈善工作会议上的讲话\n（2026年7月3日）\n　　7月3日，全市慈善工作会议召开，副局长郑望舒主持会议。邬启航在讲话中指出，要抓好募捐。\n"
        "二、在某县慈善会座谈会上的讲话\n（2026716）\n　　邬启航一行到某县慈善会调研，县慈善会会长顾明川汇报了工作。\n",
        encoding="utf-8",
    )
    facts = _participation([f.to_record() for f in extract_article(read_article(page)).facts])
    assert {("郑望舒", "2026-07-03", "chair"), ("顾明川", "2026-07-16", "speaker"), ("邬启航", "2026-07-16", "attendee")} <= facts
    assert not any(name == "顾明川" and day != "2026-07-16" for name, day, _ in facts)


def test_counts_of_days_and_other_days_are_no_day_after_a_subject() -> None:
    # a Chinese numeral day between a subject and its verb is a day; a count or a day told otherwise is none
    for text in ("培训为期三日在某地举行", "活动历时十日在某地举行", "某会同一日在某地召开会议", "有一日在某地举行"):
        assert continuing_days(text, "2024-10-17", after=False) == [], text
    assert [d.value for d in continuing_days("某论坛二十七日在某市开幕", "2024-10-28", after=False)] == ["2024-10-27"]


def test_a_clause_after_a_semicolon_that_opens_with_its_own_day_is_dated_by_it() -> None:
    # 12日在甲地，…；13日在乙地，…: the people of the second clause take part on its day; a list joined by ； stays one
    facts = _facts(
        "6月12日至13日，王沐川带队赴某州、某安两市调研。12日在某州，某州市慈善总会会长钟福生陪同调研组走访了某县慈善总会；"
        "13日在某安，调研组在某安市慈善总会常务副会长刘晏舟陪同下考察了某市慈善超市。",
        date="2026-06-15",
    )
    found = _participation(facts)
    assert ("刘晏舟", "2026-06-13", "attendee") in found and ("刘晏舟", "2026-06-12", "attendee") not in found
    assert {("王沐川", "2026-06-12", "attendee"), ("王沐川", "2026-06-13", "attendee")} <= found
    assert [s.text for s in split_sentences(normalize("甲任会长；乙任副会长；13日上午，丙到会。"), 0)] == ["甲任会长;乙任副会长;", "13日上午,丙到会。"]


def _chair_years(body: str, date: str = "2025-06-12") -> set[tuple[str, str]]:
    return {(f["organization"], str(f["year"])) for f in _facts(body, date=date) if f["kind"] == "chair_term"}


_JOINT = "6月10日，2025年某某慈善一体化联席会议在某市召开。"
_SU, _WAN = "江苏省慈善总会", "安徽省慈善总会"
CHAIR_FORMS = [
    ("the next host after 由", "江苏省慈善总会担任本年度轮值主席单位。会议商定，由安徽省慈善总会承办下一届联席会议。", {(_SU, "2025"), (_WAN, "2026")}),
    ("a host in a rotation the sentence states", "按照轮值顺序，2026年联席会议由安徽省慈善总会承办。", {(_WAN, "2026")}),
    ("the coming year's turn", "明年将由安徽省慈善总会轮值。", {(_WAN, "2026")}),
    ("a chair to come", "2026年度轮值主席将由安徽省慈善总会担任。", {(_WAN, "2026")}),
    ("taking over the chair's office", "安徽省慈善总会正式接过轮值主席之职。", {(_WAN, "2025")}),
    ("a rotating convener", "本届轮值召集人、江苏省慈善总会会长王沐川主持会议。", {(_SU, "2025")}),
    ("this year's convener", "会议由本年度召集单位江苏省慈善总会主持。", {(_SU, "2025")}),
    ("the next year's convener", "本年度召集单位江苏省慈善总会会长王沐川主持会议。会议确定安徽省慈善总会为下一年度召集单位。", {(_SU, "2025"), (_WAN, "2026")}),
    ("a convener that does not rotate", "会议由召集单位江苏省慈善总会主持。", set()),
]


@pytest.mark.parametrize("form, body, chairs", CHAIR_FORMS, ids=[row[0] for row in CHAIR_FORMS])
def test_ways_a_rotating_chair_is_stated(form: str, body: str, chairs: set[tuple[str, str]]) -> None:
    assert _chair_years(_JOINT + body) == chairs


def test_a_chair_named_by_a_person_is_the_body_the_person_was_named_with() -> None:
    # a caption or a handover between people: each stands for the body the article named them with; a year stated for
    # the taker (接任2027年度) makes the giver the year before, whatever the meeting's year
    body = (
        "11月19日，某某三省一市民政部门慈善工作第三次联席会议在南京召开。江苏省民政厅厅长王沐川出席会议并讲话。"
        "浙江省民政厅副厅长张砚秋出席会议。\n2026年度轮值召集人王沐川（右）向张砚秋移交联席会议会旗\n"
        "会上举行了轮值交接仪式，江苏省民政厅将会旗交到张砚秋手中，浙江省民政厅接任2027年度轮值召集单位。"
    )
    assert _chair_years(body, date="2026-11-20") == {("江苏省民政厅", "2026"), ("浙江省民政厅", "2027")}
    # the first term's flag is handed over by someone who held no term
    body = "4月16日，某某慈善协作联席会议在武汉成立。随后举行了首任轮值主席授旗仪式，中华慈善总会副会长王沐川向湖北省慈善总会会长张砚秋授旗。"
    assert _chair_years(body, date="2021-04-17") == {("湖北省慈善总会", "2021")}


def test_meetings_and_chairs_recalled_by_year_and_month_in_a_background_sentence() -> None:
    body = (
        "11月19日，某某民政部门慈善工作第三次联席会议在南京召开。江苏省民政厅厅长王沐川主持会议。"
        "据悉，该联席会议2024年6月在上海首次召开，上海市民政局为首个轮值召集单位；2025年9月，第二次会议在合肥召开，"
        "由安徽省民政厅担任当年轮值召集单位。江苏省民政厅副厅长张砚秋参加会议。"
    )
    facts = _facts(body, date="2026-11-20")
    assert {d for d, _ in _events(facts)} == {"2024-06", "2025-09", "2026-11-19"}
    assert {("上海市民政局", "2024"), ("安徽省民政厅", "2025")} <= _chair_years(body, date="2026-11-20")
    assert ("张砚秋", "2026-11-19", "attendee") in _participation(facts)  # the background sentence moved no date


def test_a_day_opening_a_digest_item_dates_it_without_an_event_word() -> None:
    body = "【某会开展主题党日】7月1日，某区民政局副局长王沐川带领30余人到某陵园开展党性教育。\n【某局来我区调研】7月15日，某市民政局一行来我区调研。"
    assert ("王沐川", "2026-07-01", "attendee") in _participation(_facts(body, date="2026-07-30"))


def test_a_chair_taken_over_in_a_network_named_between() -> None:
    # 省慈善总会接任某联盟2026年度轮值主席单位: the alliance between the body and the title is the network
    body = "4月16日，全省慈善工作推进会在武汉召开。今年，湖北省慈善总会接任某某城市群慈善联盟2026年度轮值主席单位。"
    assert _chair_years(body, date="2026-04-20") == {("湖北省慈善总会", "2026")}


def test_more_meeting_endings_recalled_in_a_speech() -> None:
    facts = _facts("4月16日，全省慈善工作推进会在武汉召开。去年9月，我们在恩施召开了全省慈善工作现场会，推广了经验。", date="2026-04-20")
    assert ("2025-09", "全省慈善工作现场会") in _events(facts)


def test_the_event_a_clause_about_the_past_starts_from() -> None:
    # 自2021年在某地成立以来: the founding of the body that opens the next clause; 自2020年12月第四次会员代表大会以来: that congress
    facts = _facts("报告说，自2021年在徐州成立以来，徐州市慈善联盟先后召开四次联席会议。", date="2025-10-29")
    assert ("2021", "徐州市慈善联盟成立") in _events(facts)
    facts = _facts("报告回顾，自2020年12月第四次会员代表大会以来，总会累计接收捐赠款物52.3亿元。", date="2025-11-29")
    assert ("2020-12", "第四次会员代表大会") in _events(facts)
    assert not any(date.startswith("2019") for date, _ in _events(_facts("自2019年以来，总会累计接收捐赠款物52.3亿元。", date="2025-11-29")))


def test_a_trip_told_by_a_range_yields_to_the_gathering_and_the_stop_of_its_day() -> None:
    # 7月6日至7日，…来某区考察: the trip is no event of a day that names a gathering; that day's stop (一行来到…) is one
    body = ("7月6日至7日，云岭县委副书记甘望舒率云岭县考察团来江城区考察慈善协作工作。"
            "6日上午，考察团一行来到江城区慈善服务中心，查看了项目台账。6日下午，两地在江城区民政局召开慈善协作座谈会。"
            "7日，考察团赴江城区青石镇考察。")
    events = _events(_facts(body, date="2025-07-08"))
    day = {name for date, name in events if date == "2025-07-06"}
    assert "慈善协作座谈会" in day and any("江城区慈善服务中心" in name for name in day), events
    assert not any("来江城区考察" in name for name in day), events
    # the day's gathering told by its bare ending (当天下午，调研组召开座谈会) still names the day beside that stop
    body = ("7月6日至7日，云岭县人大常委会副主任甘望舒率调研组赴江城区开展立法调研。"
            "6日上午，调研组先后来到江城区慈善服务中心和青石镇敬老院，了解慈善资金使用情况。当天下午，调研组召开座谈会。")
    day = {name for date, name in _events(_facts(body, date="2025-07-08")) if date == "2025-07-06"}
    assert "座谈会" in day and any("江城区慈善服务中心" in name for name in day), day


def test_a_party_comes_to_a_place_named_in_full() -> None:
    # 某会考察组来南通交流: 来 after a party word takes a place of any length (not only 来锡, a one-character short name)
    facts = _facts("5月8日，江城市慈善总会考察组来临安考察交流。", date="2025-05-09")
    assert any(date == "2025-05-08" and "来临安" in name for date, name in _events(facts)), _events(facts)


def test_an_earlier_gathering_told_without_its_day_is_none_of_the_day() -> None:
    # 此前，某会召开了…: told as earlier than the story's day; with no day of its own it is not that day's event
    facts = _facts("1月20日，江城区侨联开展春节走访慰问活动。此前，江城区侨联召开了春节慰问工作部署会。", date="2025-01-21")
    assert not any("部署会" in name for _, name in _events(facts)), _events(facts)
    facts = _facts("1月20日，江城区侨联开展春节走访慰问活动。此前，1月15日，江城区侨联召开了春节慰问工作部署会。", date="2025-01-21")
    assert any(date == "2025-01-15" and "部署会" in name for date, name in _events(facts)), _events(facts)


def test_a_lecture_series_recalled_from_its_first_lecture() -> None:
    # “某讲堂”自2023年4月开讲以来: the series' first sitting, dated to its month; a year alone or a launch dates none
    facts = _facts("10月9日，“江城慈善讲堂”第八讲在图书馆举行。主讲人介绍，“江城慈善讲堂”自2023年4月开讲以来，已举办七讲。", date="2025-10-10")
    assert ("2023-04", "江城慈善讲堂开讲") in _events(facts), _events(facts)
    facts = _facts("10月9日，“江城慈善讲堂”第八讲在图书馆举行。“江城慈善讲堂”自2023年开讲以来，已举办七讲。该项目自2023年4月启动以来，惠及千人。", date="2025-10-10")
    assert not any(date.startswith("2023") for date, _ in _events(facts)), _events(facts)


CHAIR_FORMS_MORE = [
    # 今年/去年/明年 in the chair's clause count from the page's year, whatever year the article last told
    ("last year's chair", "2022年，某会举办论坛。去年的轮值主席单位江苏省慈善总会会长王沐川介绍了情况。", {("江苏省慈善总会", "2024")}),
    ("this year's chair", "2022年，某会举办论坛。今年的轮值主席单位是安徽省慈善总会。", {("安徽省慈善总会", "2025")}),
    ("next year's meeting and its chair", "三省约定，明年的联席会议在合肥召开，轮值主席由安徽省慈善总会担任。", {("安徽省慈善总会", "2026")}),
    # bodies listed with their years in brackets, and a range of years
    ("a list with bracketed years", "此后，轮值主席依次交给了江苏省慈善总会（2023年）、安徽省慈善总会（2024年）和浙江省慈善联合总会（2025年）。",
     {("江苏省慈善总会", "2023"), ("安徽省慈善总会", "2024"), ("浙江省慈善联合总会", "2025")}),
    ("a range of years", "联盟实行轮值理事长制，首任轮值理事长单位为江苏省慈善总会（2017—2018年）。", {("江苏省慈善总会", "2017"), ("江苏省慈善总会", "2018")}),
    # the reporting body naming itself
    ("我会", "会上，我会接任2026年度轮值主席单位。", {("江苏省慈善总会", "2026")}),
    # a person as the chair's representative
    ("作为…代表，甲", "浙江省慈善联合总会副会长王沐川作了发言。作为2026年某某联席会议轮值主席单位代表，王沐川介绍了经验。", {("浙江省慈善联合总会", "2026")}),
    # the network named between 作为 and the year, and 的代表
    ("作为某会议…的代表，甲", "安徽省慈善总会副会长王沐川作了发言。作为某某联席会议2026年度轮值主席单位的代表，王沐川介绍了经验。", {("安徽省慈善总会", "2026")}),
]


@pytest.mark.parametrize("form, body, chairs", CHAIR_FORMS_MORE, ids=[row[0] for row in CHAIR_FORMS_MORE])
def test_more_ways_a_rotating_chair_is_stated(form: str, body: str, chairs: set[tuple[str, str]]) -> None:
    text = "江苏省慈善总会2025年工作总结\n" + body
    article = Article("t", text, title="江苏省慈善总会2025年工作总结", date="2025-06-12", publisher="", body_start=len("江苏省慈善总会2025年工作总结") + 1)
    found = {(f["organization"], str(f["year"])) for f in (x.to_record() for x in extract_article(article).facts) if f["kind"] == "chair_term"}
    assert found == chairs


def test_a_handover_fills_no_year_next_to_one_a_sentence_states_for_the_body() -> None:
    body = (
        "10月16日，某某城市慈善工作联席会议第五次会议在蚌埠召开。2026年度轮值主席、蚌埠市慈善总会会长王沐川主持。"
        "按照轮值规则，2027年度轮值主席由阜阳市慈善总会担任。阜阳市慈善总会会长张砚秋从王沐川手中接过联席会议会旗。"
    )
    assert _chair_years(body, date="2026-10-17") == {("蚌埠市慈善总会", "2026"), ("阜阳市慈善总会", "2027")}


def test_a_summary_of_a_year_s_work_places_its_days_in_that_year() -> None:
    title = "某市慈善总会2025年工作总结（摘要）"
    body = "3月12日，召开六届三次理事会议，常务副会长王沐川主持。"
    article = Article("t", f"{title}\n{body}", title=title, date="2026-01-20", publisher="", body_start=len(title) + 1)
    facts = [f.to_record() for f in extract_article(article).facts]
    assert ("王沐川", "2025-03-12", "chair") in _participation(facts)
    title = "某市慈善总会召开2025年工作总结会"  # a meeting, not a summary
    body = "1月12日，某市慈善总会召开2025年工作总结会，常务副会长王沐川主持。"
    article = Article("t", f"{title}\n{body}", title=title, date="2026-01-20", publisher="", body_start=len(title) + 1)
    assert ("王沐川", "2026-01-12", "chair") in _participation([f.to_record() for f in extract_article(article).facts])


def test_a_day_of_the_year_named_last() -> None:
    # 2022年，…。当年3月16日，…: the day falls in the year the article named last, not the page's
    body = "2022年，芜湖市慈善总会担任某某城市慈善联席会议轮值主席单位。当年3月16日，联席会议第三次会议在芜湖召开，会长王沐川致辞。"
    assert ("王沐川", "2022-03-16", "speaker") in _participation(_facts(body, date="2026-05-20"))
    assert [d.value for d in find_dates("今年3月16日，某会召开会议", "2026-05-20")] == ["2026-03-16"]


def test_a_period_is_no_week() -> None:
    assert find_dates("本周期内，某会完成项目。", "2026-05-20") == []
    assert [d.value for d in find_dates("本周，某会召开会议。", "2026-05-20")] == ["2026-05"]


def test_a_bracketed_day_after_the_opening_day_keeps_it_the_sentence_s() -> None:
    body = "本月七日，某省慈善总会代表团访问香港，出席某座谈会。翌日（八日），代表团参观了某中心，该中心总干事王沐川介绍了计划。"
    assert ("王沐川", "2026-05-08", "speaker") in _participation(_facts(body, date="2026-05-09"))


# Ways a page states its events (docs/FACTS.md, docs/gold-conventions.md): each form with the days the extractor must
# give an event and a word of each day's event name. Every day people take part on is an event's day, also where no
# event ending names it (走进某校, 赴某县对接, 视察, a caption's 慰问).
EVENT_SHAPES = [
    ("going into a place, no ending", "6月18日，江宁市慈善总会志愿服务队队长王沐川带领志愿者走进临溪县白沙镇敬老院，为老人理发。",
     {"2026-06-18": "敬老院"}),
    ("going to a place to do a job", "6月18日，远帆公司副总经理王沐川带领员工一行赴临溪县，与临溪县慈善总会对接助餐点选址工作。",
     {"2026-06-18": "临溪县"}),
    ("an inspection", "6月18日，江宁市人大常委会副主任王沐川带队视察慈善法贯彻实施情况，江宁市民政局局长赵青禾陪同。",
     {"2026-06-18": "视察"}),
    ("an event only in a caption", "▲6月18日，江宁市慈善总会会长王沐川在南苑社区慰问困难群众", {"2026-06-18": "慰问"}),
    ("a final round of a contest", "6月18日，由东湖区民政局主办的东湖区第三届公益创投大赛决赛路演在创新基地举行，东湖区民政局局长王沐川出席。",
     {"2026-06-18": "路演"}),
    ("two councils of one body the same day", "6月18日，江宁市慈善总会第三届理事会第一次会议召开，会长王沐川主持。同日，"
     "江宁市慈善总会第三届监事会第一次会议召开，监事长赵青禾主持。", {"2026-06-18": "理事会"}),
    ("a forum and its sub-forums on the next day", "6月18日至19日，第三届华东慈善论坛在江宁市举行。18日上午举行主论坛，会长王沐川致辞。"
     "19日举行三个分论坛，秘书长赵青禾主持第一分论坛。", {"2026-06-18": "论坛", "2026-06-19": "分论坛"}),
    ("a visit over days", "6月17日至19日，江北省慈善总会会长王沐川率考察团赴江北省考察。17日，考察团来到江宁市慈善总会座谈交流。"
     "18日，考察团参观了东湖区慈善超市。", {"2026-06-17": "考察", "2026-06-18": "慈善超市"}),
    ("a yearly event named with its year", "2026年江宁市“慈善一日捐”启动仪式6月18日在人民广场举行，会长王沐川出席并讲话。",
     {"2026-06-18": "启动仪式"}),
    ("a series recalled by its year", "据悉，首届华东慈善论坛于2023年在江宁市举办。6月18日，第三届华东慈善论坛在江宁市举行，会长王沐川出席。",
     {"2023": "首届", "2026-06-18": "第三届"}),
    ("an activity the body runs", "6月18日上午，江宁市慈善总会开展“夏日送清凉”活动，会长王沐川带队慰问一线环卫工人。",
     {"2026-06-18": "送清凉"}),
    ("going somewhere named by what was done there", "6月18日，江北省慈善总会会长王沐川带队赴江宁市，与江宁市慈善总会会长赵青禾座谈。",
     {"2026-06-18": "座谈"}),
    ("a trip over a range of days and a meeting on its first", "6月17日至18日，江北省民政厅副厅长王沐川带队赴江宁市开展考察交流。"
     "17日下午，两地在江宁市民政局召开座谈会，赵青禾主持。18日上午，考察组一行来到东湖区慈善超市。",
     {"2026-06-17": "座谈会", "2026-06-18": "慈善超市"}),
    ("a founding recalled by its month", "6月18日，华东城市慈善联盟理事会议在江宁市召开，王沐川主持。王沐川回顾说，2023年5月，联盟在湖州成立。",
     {"2026-06-18": "理事会议", "2023-05": "成立"}),
    ("a count of activities in a review", "6月18日，华东城市慈善联盟理事会议在江宁市召开，王沐川主持。他回顾说，过去一年，联盟开展了十余场活动。",
     {"2026-06-18": "理事会议"}),
    ("a body's founding year in a profile", "6月18日，江宁市慈善总会召开座谈会，会长王沐川主持。据悉，江宁市慈善总会成立于2016年。",
     {"2026-06-18": "座谈会"}),
    # 也就是18日 restates the day a clause told another way: the day's event is what its own clause tells
    ("a day restated after a relative day", "6月16日，江宁市慈善总会与远帆公司举行签约仪式，会长赵青禾出席。签约仪式结束后的第三天，也就是18日下午，"
     "远帆公司副总经理王沐川带领员工来到临溪县白沙镇敬老院，为老人理发。", {"2026-06-16": "签约仪式", "2026-06-18": "敬老院"}),
    # 走访 inside 采取…的方式 says how the assessment was done, not what the day's event was
    ("an assessment done in a manner", "6月18日，江宁市民政局副局长王沐川带领考评组，采取查阅台账、随机走访困难家庭相结合的方式，"
     "对全市慈善超市进行了考评。", {"2026-06-18": "考评组"}),
    ("an assessment done in a manner, then its verb", "6月18日，江宁市民政局副局长王沐川带领考评组，通过随机走访困难家庭等形式，"
     "对全市慈善超市开展考评。", {"2026-06-18": "考评"}),
]


@pytest.mark.parametrize("form,body,days", EVENT_SHAPES, ids=[s[0] for s in EVENT_SHAPES])
def test_every_way_a_page_states_its_events(form: str, body: str, days: dict[str, str]) -> None:
    events = _events(_facts(body, "2026-06-20"))
    assert {date for date, _ in events} == set(days), events
    for date, word in days.items():
        assert any(word in name for d, name in events if d == date), (date, word, events)


def test_a_notice_s_title_names_no_day_of_taking_part(tmp_path) -> None:
    page = tmp_path / "notice.txt"
    page.write_text("江北省民政厅关于王沐川等同志职务任免的通知\n发布日期：2026-06-03　来源：厅人事处\n\n各设区市民政局：\n\n"
                    "经厅党组研究决定：\n\n任命王沐川为江宁市民政局局长；\n\n免去赵青禾的江宁市民政局副局长职务。\n", encoding="utf-8")
    facts = [f.to_record() for f in extract_article(read_article(page)).facts]
    assert not _events(facts), _events(facts)


CHAIR_FORMS_HANDED = [
    # handed over in other words: the taker holds the event's year, the giver the year before (chair_terms.py)
    ("handed over by 交接给", "会上，江苏省慈善总会将轮值主席单位交接给安徽省慈善总会。", {(_WAN, "2025"), (_SU, "2024")}),
    ("taken over from, no hand", "安徽省慈善总会从江苏省慈善总会接过轮值主席。", {(_WAN, "2025"), (_SU, "2024")}),
    ("handed over, no giver named", "轮值主席一职移交给安徽省慈善总会。", {(_WAN, "2025")}),
    ("the next term by 下一", "会议确定，下一轮值主席单位为安徽省慈善总会。", {(_WAN, "2026")}),
    ("a turn told after the year's meeting", "2026年联席会议将在合肥举行，由安徽省慈善总会轮值。", {(_WAN, "2026")}),
    ("this meeting's turn", "本次会议由江苏省慈善总会轮值主办。", {(_SU, "2025")}),
    ("a history told by years", "2021年，首届联席会议在上海召开，上海市慈善基金会担任轮值主席；2022年，轮值主席由浙江省慈善联合总会担任；"
     "2023年，轮值主席移交至江苏省慈善总会。", {("上海市慈善基金会", "2021"), ("浙江省慈善联合总会", "2022"), (_SU, "2023")}),
    ("in turn over a range of years", "联席会议实行轮值制，2022年至2025年依次由上海市慈善基金会、浙江省慈善联合总会、江苏省慈善总会、安徽省慈善总会轮值。",
     {("上海市慈善基金会", "2022"), ("浙江省慈善联合总会", "2023"), (_SU, "2024"), (_WAN, "2025")}),
    ("in turn with no years", "联席会议成立以来，上海市慈善基金会、浙江省慈善联合总会、江苏省慈善总会、安徽省慈善总会先后担任轮值主席。", set()),
    ("in turn with the years listed after", "此前上海市慈善基金会、浙江省慈善联合总会先后担任2022年度、2023年度轮值主席单位。",
     {("上海市慈善基金会", "2022"), ("浙江省慈善联合总会", "2023")}),
]


@pytest.mark.parametrize("form, body, chairs", CHAIR_FORMS_HANDED, ids=[row[0] for row in CHAIR_FORMS_HANDED])
def test_a_chair_handed_over_in_other_words_or_told_in_turn(form: str, body: str, chairs: set[tuple[str, str]]) -> None:
    assert _chair_years(_JOINT + body) == chairs


def test_a_chronicle_s_body_taking_its_turn_and_a_clause_taking_the_chair_after_its_subject_s() -> None:
    chronicle = ("2021年9月　第二次联席会议在南京召开，江苏省慈善总会轮值。\n2022年10月　联席会议以视频方式召开，浙江省慈善联合总会轮值，"
                 "会场设在杭州。\n2024年5月　联席会议回到上海，上海市慈善基金会开启第二轮轮值。")
    assert _chair_years(chronicle) == {(_SU, "2021"), ("浙江省慈善联合总会", "2022"), ("上海市慈善基金会", "2024")}
    handed = ("6月10日，华东城市慈善联盟第四次理事会议在宣城举行。会上，常州市慈善总会会长王沐川将联盟会旗交给宣城市慈善总会会长赵青禾，"
              "宣城市慈善总会接过会旗，担任联盟2026年度轮值主席单位。")
    assert _chair_years(handed) == {("宣城市慈善总会", "2026"), ("常州市慈善总会", "2025")}


def test_a_year_alone_in_a_profile_names_no_day_of_taking_part() -> None:
    facts = _facts("1958年，王沐川出生在江宁市白沙镇。1980年，王沐川参加工作。", "2026-06-20")
    assert not any(len(date) == 4 for date, _ in _events(facts)), _events(facts)


# More ways a page states (or only seems to state) its events: a meeting recalled by its date, one told only by what it
# decided, a notice of one to come, and a chronicle's entries under a year heading.
EVENT_SHAPES_MORE = [
    ("a meeting recalled by its day", "在5月12日的常务理事会议上，王沐川当选为江宁市慈善总会会长。", {"2026-05-12": "常务理事会议"}),
    ("a meeting recalled by this year's month", "6月18日，江宁市慈善总会会长王沐川到临溪县调研。王沐川说，在今年3月的理事会上，总会确定了三项重点工作。",
     {"2026-06-18": "调研", "2026-03": "理事会"}),
    ("a meeting told by what it passed", "6月18日，江宁市慈善总会第三届理事会第二次会议审议通过了《2025年工作报告》。",
     {"2026-06-18": "第二次会议"}),
    ("a meeting told by whom it elected", "6月18日，江宁市慈善总会三届二次理事会议选举王沐川为会长，赵青禾为秘书长。", {"2026-06-18": "理事会议"}),
    ("a congress told by a vote", "6月18日，东湖区慈善协会第二次会员代表大会表决通过了新章程。会长王沐川作工作报告。", {"2026-06-18": "代表大会"}),
    ("a meeting's decisions with no day of its own", "江宁市慈善总会理事会审议通过了三项制度。", {}),
    ("a congress a career line recalls by whom it elected", "王沐川，1962年出生。2021年9月，在江宁市慈善总会第五次会员代表大会上当选为会长。",
     {"2021-09": "代表大会"}),
    ("a congress that elected, with no month of its own", "王沐川在江宁市慈善总会第五次会员代表大会上当选为会长。", {}),
    ("a council session told by what it agreed in a month", "今年3月，江宁市慈善总会五届二次理事会同意赵青禾辞去秘书长职务。", {"2026-03": "理事会"}),
    ("a session that added a member, the month glued to 经", "赵青禾　东湖区慈善协会原副会长，2023年12月经五届三次理事会增补", {"2023-12": "五届三次理事会"}),
    ("a notice of a meeting to come", "江宁市慈善总会定于6月25日在江宁宾馆召开第三届理事会第三次会议，请各位理事准时参加。", {}),
    ("a meeting set for a day", "经研究，东湖区慈善协会订于7月2日举行第二次会员代表大会。", {}),
]


@pytest.mark.parametrize("form,body,days", EVENT_SHAPES_MORE, ids=[s[0] for s in EVENT_SHAPES_MORE])
def test_more_ways_a_page_states_its_events(form: str, body: str, days: dict[str, str]) -> None:
    events = _events(_facts(body, "2026-06-20"))
    assert {date for date, _ in events} == set(days), events
    for date, word in days.items():
        assert any(word in name for d, name in events if d == date), (date, word, events)


@pytest.mark.parametrize("heading", ["2024年", "二〇二四年", "【2024年】", "2024年度", "大事记（2024年）", "江宁市慈善总会2024年大事记", "一、2024年"])
def test_a_chronicle_s_year_heading_places_the_days_of_its_entries(heading: str) -> None:
    body = (f"{heading}\n1月20日　江宁市慈善总会召开三届二次理事会议，会长王沐川主持。\n9月5日　总会举办慈善日宣传活动，副会长赵青禾出席。\n"
            "2026年\n3月8日　总会开展学雷锋志愿服务活动，王沐川带队。")
    events = {date for date, _ in _events(_facts(body, "2026-06-20"))}
    assert events == {"2024-01-20", "2024-09-05", "2026-03-08"}, events
    found = _participation(_facts(body, "2026-06-20"))
    assert {("王沐川", "2024-01-20", "chair"), ("赵青禾", "2024-09-05", "attendee"), ("王沐川", "2026-03-08", "attendee")} <= found


def test_a_line_that_is_more_than_a_year_heading_moves_no_day() -> None:
    body = "2024年工作回顾\n3月5日，江宁市慈善总会召开理事会议，王沐川主持。\n2024年全年募集善款1.2亿元。\n4月9日，总会召开座谈会。"
    assert {date for date, _ in _events(_facts(body, "2026-06-20"))} == {"2026-03-05", "2026-04-09"}


CHAIR_FORMS_HOSTED = [
    ("the next joint meeting's host", "下一届联席会议由安徽省慈善总会承办。", {(_WAN, "2026")}),
    ("a joint meeting's hosts year by year", "联席会议每年召开一次，2022年由浙江省慈善联合总会承办，2023年由江苏省慈善总会承办。",
     {("浙江省慈善联合总会", "2022"), (_SU, "2023")}),
    ("a host of something else", "下一届慈善论坛由安徽省慈善总会承办。", set()),
]


@pytest.mark.parametrize("form, body, chairs", CHAIR_FORMS_HOSTED, ids=[row[0] for row in CHAIR_FORMS_HOSTED])
def test_a_joint_meeting_s_host_of_a_year_chairs_it(form: str, body: str, chairs: set[tuple[str, str]]) -> None:
    assert _chair_years("6月10日，某某慈善协作会议在某市召开。" + body) == chairs


def test_a_notice_announcing_a_meeting_names_no_event_in_its_title_or_body(tmp_path) -> None:
    page = tmp_path / "notice.txt"
    page.write_text("关于召开江宁市慈善工作联席会议2026年度全体会议的通知\n发布日期：2026-11-03　来源：市民政局\n\n各成员单位：\n\n"
                    "经联席会议召集人同意，定于近期召开江宁市慈善工作联席会议2026年度全体会议，总结今年工作。\n", encoding="utf-8")
    facts = [f.to_record() for f in extract_article(read_article(page)).facts]
    assert not _events(facts), _events(facts)


def test_a_day_before_an_adverb_and_a_verb_of_going_dates_its_clause() -> None:
    # teams that went out on different days: 11日分别前往…, 12日又来到…, 9日一早赶赴… (never 用了3日走访: a count)
    for text, day in [("第三组由副会长王沐川带队，11日分别前往临溪县、东湖区。", "2026-02-11"), ("慰问组12日又来到白沙镇。", "2026-02-12"),
                      ("9日一早赶赴临溪县。", "2026-02-09"), ("工作组11日走访了白沙村。", "2026-02-11")]:
        assert [d.value for d in continuing_days(text, "2026-02-10")] == [day], text
    assert continuing_days("共用了3日走访全县。", "2026-02-10") == []
    body = ("2月9日至11日，江宁市慈善总会分三个组走访慰问困难家庭。第一组由会长王沐川带队，9日上午来到临溪县。"
            "第二组由副会长赵青禾带队，10日赴东湖区。第三组由副会长陈屿白带队，11日分别前往白沙镇、青石镇。")
    found = _participation(_facts(body, "2026-02-12"))
    assert {("王沐川", "2026-02-09", "attendee"), ("赵青禾", "2026-02-10", "attendee"), ("陈屿白", "2026-02-11", "attendee")} <= found, found


def test_a_work_summary_s_months_items_and_counts() -> None:
    # 工作：3月，…；5月，…: each month after a colon or a semicolon opens an episode of its own
    body = "一年来，总会重点抓了以下工作：3月，召开三届二次理事会议，王沐川作工作报告；5月，举办“慈善一日捐”启动仪式，赵青禾出席。"
    facts = _facts(body, "2026-12-20")
    assert {date for date, _ in _events(facts)} == {"2026-03", "2026-05"}, _events(facts)
    assert {("王沐川", "2026-03", "speaker"), ("赵青禾", "2026-05", "attendee")} <= _participation(facts)
    # an item's heading takes the day of the item it heads, not the day of the item before
    body = ("（一）召开三届二次理事会议。3月12日，总会召开三届二次理事会议，审议通过了年度工作报告。\n"
            "（二）举办慈善项目推介会。6月8日，总会在市民中心举办慈善项目推介会，王沐川出席并致辞。")
    events = _events(_facts(body, "2026-12-20"))
    assert {(date, "推介会" in name) for date, name in events} == {("2026-03-12", False), ("2026-06-08", True)}, events
    # a count of meetings after their ending names none of them
    assert not _events(_facts("全年先后召开常务理事会议2次、会长办公会议4次，举办培训班3期。", "2026-12-20"))


def test_a_speech_page_keeps_its_date_line_and_who_chaired(tmp_path) -> None:
    # a saved page's bracketed lines under a speech's title are its day and its chair, not page furniture
    page = tmp_path / "speech.html"
    page.write_text(
        "<html><head><title>在全市慈善工作推进会上的讲话</title><meta name=\"PubDate\" content=\"2026-04-21\"></head><body>"
        "<h1>在全市慈善工作推进会上的讲话</h1><pre>\n在全市慈善工作推进会上的讲话\n江宁市民政局局长　王沐川\n（2026年4月16日）\n\n"
        "（会议由江宁市民政局副局长赵青禾主持）\n\n同志们：\n　　今天召开全市慈善工作推进会，主要是总结去年全市慈善工作，部署今年重点任务。"
        "刚才，江宁市慈善总会会长陈屿白同志通报了全市慈善资金募集情况。下面，我讲三点意见。\n</pre>"
        "<p>（图片来源：江宁市民政局）</p></body></html>", encoding="utf-8")
    article = read_article(page)
    assert "（2026年4月16日）" in article.text and "（会议由江宁市民政局副局长赵青禾主持）" in article.text
    assert "图片来源" not in article.text
    facts = [f.to_record() for f in extract_article(article).facts]
    assert {f["event_date"] for f in facts if f["kind"] == "participation"} == {"2026-04-16"}
    assert ("赵青禾", "2026-04-16", "chair") in _participation(facts)


def test_a_year_s_report_places_its_days_in_that_year_but_a_meeting_hearing_it_does_not() -> None:
    body = "3月18日召开第四届理事会第六次会议，会议由理事长王沐川主持，审议通过了年度预算。"
    for title, day in [("江宁市慈善基金会2025年度工作报告（摘要）", "2025-03-18"), ("江宁市慈善基金会理事会审议2025年度工作报告", "2026-03-18")]:
        article = Article("t", f"{title}\n{body}", title=title, date="2026-04-15", publisher="", body_start=len(title) + 1)
        assert ("王沐川", day, "chair") in _participation([f.to_record() for f in extract_article(article).facts]), title


def test_a_meeting_cited_by_its_day_or_recalled_with_its_day_before_it_was_held() -> None:
    facts = _facts("经本会第五届理事会第九次会议（2026年10月28日）审议通过，本会理事长发生变更。会议由理事长王沐川主持。", "2026-11-05")
    assert {date for date, _ in _events(facts)} == {"2026-10-28"}, _events(facts)
    assert ("王沐川", "2026-10-28", "chair") in _participation(facts)
    # a day in brackets after the page date is a meeting to come
    assert not _events(_facts("按照江宁市慈善总会四届三次理事会（2026年11月20日）部署，决定召开全市慈善工作总结会议。", "2026-11-05"))
    facts = _facts("11月14日，江宁县慈善总会召开会长办公会议，会长王沐川主持。会议回顾了10月17日全县慈善工作推进会上县委副书记赵青禾提出的要求。",
                   "2026-11-20")
    assert {date for date, _ in _events(facts)} == {"2026-11-14", "2026-10-17"}, _events(facts)


def test_a_stretch_of_time_names_no_event_of_the_day_before() -> None:
    body = ("【中华慈善日】　9月5日，全市“中华慈善日”主题活动在人民广场举行，王沐川出席。\n"
            "【慈善一日捐】　年内，全市开展“慈善一日捐”活动，募集善款4120万元。\n一年来，总会举办各类培训班12期。")
    assert {name for _, name in _events(_facts(body, "2026-12-20"))} == {"全市中华慈善日主题活动"}


def test_a_founding_told_with_the_body_after_the_verb() -> None:
    events = _events(_facts("2004年6月，王沐川拿出2000万元，发起成立江宁市瓯江慈善基金会，并担任首任理事长。", "2026-12-20"))
    assert events == {("2004-06", "江宁市瓯江慈善基金会成立")}, events
    assert _events(_facts("2024年3月，江宁市慈善总会成立了江宁市慈善志愿服务队。", "2026-12-20")) == {("2024-03", "江宁市慈善志愿服务队成立")}
    for planned in ["2026年3月，江宁市慈善总会推动成立江宁市慈善志愿服务队。", "2026年3月，江宁市慈善总会将成立江宁市慈善志愿服务队。",
                    "2024年3月，江宁市慈善总会成立江宁市慈善志愿服务队以来，服务近万人次。"]:
        assert not _events(_facts(planned, "2026-12-20")), planned


def test_a_chronicle_s_entry_dated_by_its_month_alone() -> None:
    body = ("　　1月7日　总会召开四届五次常务理事会议，会长王沐川主持。\n　　5月　总会召开全市慈善工作推进会，赵青禾出席。\n"
            "　　6月12日　总会举办慈善项目推介会，王沐川出席。")
    title = "江宁市慈善总会2025年大事记"
    article = Article("t", f"{title}\n{body}", title=title, date="2026-02-10", publisher="", body_start=len(title) + 1)
    facts = [f.to_record() for f in extract_article(article).facts]
    assert {date for date, _ in _events(facts)} == {"2025-01-07", "2025-05", "2025-06-12"}, _events(facts)
    assert ("赵青禾", "2025-05", "attendee") in _participation(facts)
    assert [d.value for d in find_dates("5月 总会召开推进会", "2026-06-20")] == ["2026-05"]
    assert [d.value for d in find_dates("5月 30日，总会召开推进会", "2026-06-20")] == ["2026-05-30"]


def test_bodies_each_with_a_bracketed_year_before_taking_turns_chair_those_years() -> None:
    """此后由甲会（2024年度）、乙会（2025年度）轮值主办: the turn word after a list of bodies with their years in brackets."""
    body = ("11月6日，华东三市慈善联席会议在南京市召开。据了解，联席会议于2023年在杭州首次召开，"
            "此后由杭州市慈善总会（2024年度）、合肥市慈善总会（2025年度）轮值主办。")
    assert {("杭州市慈善总会", "2024"), ("合肥市慈善总会", "2025")} <= _chair_years(body, date="2026-11-07")


def test_a_chair_named_in_the_brackets_after_a_person_is_the_body_there() -> None:
    body = "6月10日，华东三市慈善联席会议在南京市召开。王沐川（南京市慈善总会会长、2025年度轮值主席）主持会议。"
    assert _chair_years(body, date="2025-06-15") == {("南京市慈善总会", "2025")}
    minutes = "会议议定：2026年度联席会议由合肥市慈善总会轮值召集。"
    assert _chair_years("6月10日，华东三市慈善联席会议在南京市召开。" + minutes, date="2025-06-15") == {("合肥市慈善总会", "2026")}


@pytest.mark.parametrize(
    "body, day",
    [
        ("昨晚，某市慈善总会举行慈善晚会，会长王沐川出席并致辞。", "2026-05-19"),
        ("昨夜，某县慈善会组织志愿者连夜转运救灾物资，会长王沐川带队。", "2026-05-19"),
        ("今晨，某区慈善会举行爱心早餐发放仪式，会长王沐川出席。", "2026-05-20"),
        ("今早，某区慈善会开展助老活动，会长王沐川参加。", "2026-05-20"),
        ("前日，澳門某基金會舉行捐贈儀式，會長陳澤霖出席。", "2026-05-18"),
        ("本报讯 前晚，“青川善拍”慈善拍卖晚会在青川大酒店举行，会长王沐川出席并致辞。", "2026-05-18"),
    ],
)
def test_a_part_of_a_day_told_relative_to_the_page_date(body: str, day: str) -> None:
    # 昨晚 / 昨夜 (last night), 今晨 / 今早 (this morning), 前日 / 前晚 (the day / evening before yesterday), as 昨天 and 前天
    facts = _facts(body, date="2026-05-20")
    assert {date for date, _ in _events(facts)} == {day}
    assert {d for _, d, _ in _participation(facts)} == {day}


CHAIR_CITY_FORMS = [
    ("a body as the rotating city", "5月18日，某城市慈善联盟第五次联席会议在合肥召开。合肥市慈善总会作为轮值城市承办会议。", {("合肥市慈善总会", "2026")}),
    ("the rotating chair city before its body", "5月18日，某七市慈善协作会议在芜湖召开。本次会议由轮值主席城市芜湖市慈善总会主持。", {("芜湖市慈善总会", "2026")}),
    ("next year's rotating city", "5月18日，某城市群慈善联席会议在洛阳召开。会议确定郑州市慈善总会为2027年轮值城市。", {("郑州市慈善总会", "2027")}),
    ("a place, not a body", "5月18日，某城市慈善联盟联席会议在合肥召开。会议确定下一届轮值城市为六安。", set()),
]


@pytest.mark.parametrize("form, body, chairs", CHAIR_CITY_FORMS, ids=[row[0] for row in CHAIR_CITY_FORMS])
def test_a_network_of_cities_names_its_chair_by_the_rotating_city(form: str, body: str, chairs: set[tuple[str, str]]) -> None:
    facts = _facts(body, date="2026-05-20")
    assert {(f["organization"], str(f["year"])) for f in facts if f["kind"] == "chair_term"} == chairs


def test_a_page_without_a_date_takes_its_year_from_a_date_in_chinese_numerals() -> None:
    # an official document closes with its date in Chinese numerals (二〇二五年五月二十日): without a page date, the
    # days the body writes without a year (五月十八日, 5月18日) are in that year
    for body in (
        "五月十八日上午，昆明市慈善总会第三次会员代表大会在市会议中心召开。会长王沐川作工作报告。\n二〇二五年五月二十日",
        "5月18日上午，昆明市慈善总会第三次会员代表大会在市会议中心召开。会长王沐川作工作报告。\n二〇二五年五月二十日",
    ):
        facts = _facts(body, date="")
        assert {date for date, _ in _events(facts)} == {"2025-05-18"}
        assert ("王沐川", "2025-05-18", "speaker") in _participation(facts)


@pytest.mark.parametrize(
    "body, name",
    [
        ("5月18日，昆明市慈善总会与江海银行股份有限公司战略合作签约仪式在市民中心举行。", "昆明市慈善总会与江海银行股份有限公司战略合作签约仪式"),
        ("5月18日，昆明市慈善总会第四次会员代表大会在市民中心召开。会议期间，还举行了昆明市慈善总会与江海银行股份有限公司战略合作签约仪式。",
         "昆明市慈善总会与江海银行股份有限公司战略合作签约仪式"),
        ("5月18日，江海新材料有限公司向昆明市慈善总会捐赠仪式在市民中心举行。", "江海新材料有限公司向昆明市慈善总会捐赠仪式"),
        ("5月18日，昆明市慈善总会和曲靖市慈善总会结对帮扶协议签约仪式在曲靖举行。", "昆明市慈善总会和曲靖市慈善总会结对帮扶协议签约仪式"),
    ],
)
def test_an_event_named_by_two_parties_keeps_the_first(body: str, name: str) -> None:
    # 甲会与乙公司…签约仪式, 甲公司向乙会捐赠仪式: the first party before the joiner belongs to the name, also on a day
    # with another event (docs/gold-conventions.md: a signing the page names is an event of its own)
    assert ("2026-05-18", name) in _events(_facts(body, date="2026-05-20"))


CHAIR_EXCHANGE_FORMS = [
    ("an exchange between two bodies", "5月18日，某某慈善联席会议在济南召开。会上，河北省慈善总会与山东省慈善总会进行了轮值主席交接。",
     {("河北省慈善总会", "2025"), ("山东省慈善总会", "2026")}),
    ("an exchange completed", "5月18日，某某慈善联席会议在济南召开。会议最后，河北省慈善总会同山东省慈善总会完成轮值交接。",
     {("河北省慈善总会", "2025"), ("山东省慈善总会", "2026")}),
    ("the next term told in an earlier clause", "5月18日，2026年某某慈善联席会议在济南召开。下一届联席会议将在天津举行，由天津市慈善协会担任轮值主席单位。",
     {("天津市慈善协会", "2027")}),
    ("the next step is no next term", "5月18日，2026年某某慈善联席会议在济南召开。会议部署了下一步工作，由山东省慈善总会担任轮值主席单位。",
     {("山东省慈善总会", "2026")}),
    ("the coming year an earlier clause of the part tells", "5月18日，2026年某某慈善论坛在济南举办。论坛上，2025年度轮值主席单位河北省慈善总会将会旗交给山东省慈善总会；"
     "下届论坛将于明年在天津举办，由天津市慈善协会接任轮值主席单位。",
     {("河北省慈善总会", "2025"), ("山东省慈善总会", "2026"), ("天津市慈善协会", "2027")}),
    ("a chair set off by a dash", "5月18日，2026年某某慈善联席会议在济南召开。王沐川将会旗交给2027年轮值主席单位——天津市慈善协会会长赵青禾。",
     {("天津市慈善协会", "2027")}),
    ("a body that takes a year's chair with 任", "5月18日，2026年某某慈善联席会议在济南召开。会议商定，天津市慈善协会任2027年度轮值主席单位。",
     {("天津市慈善协会", "2027")}),
    ("bodies each with its bracketed year before the chair word", "5月18日，2026年某某慈善联席会议在济南召开。联席会议自2022年成立以来，"
     "已先后由河北省慈善总会（2022年）、山东省慈善总会（2023年）、天津市慈善协会（2024年）担任轮值主席单位。",
     {("河北省慈善总会", "2022"), ("山东省慈善总会", "2023"), ("天津市慈善协会", "2024")}),
    ("a chair named as the chair's representative", "5月18日，2026年某某慈善联席会议在济南召开。王沐川将会旗交给2027年度轮值主席单位代表、"
     "天津市慈善协会会长赵青禾。", {("天津市慈善协会", "2027")}),
    ("a place's side taking the coming year's turn", "5月18日，天津市慈善协会会长赵青禾率团来鲁交流。两地联席会议每年轮流主办，"
     "今年的轮值方为山东省慈善总会，明年轮由天津方面主办。", {("山东省慈善总会", "2026"), ("天津市慈善协会", "2027")}),
]


@pytest.mark.parametrize("form, body, chairs", CHAIR_EXCHANGE_FORMS, ids=[row[0] for row in CHAIR_EXCHANGE_FORMS])
def test_a_chair_exchanged_between_two_bodies_or_taken_for_the_next_term(form: str, body: str, chairs: set[tuple[str, str]]) -> None:
    facts = _facts(body, date="2026-05-20")
    assert {(f["organization"], str(f["year"])) for f in facts if f["kind"] == "chair_term"} == chairs


@pytest.mark.parametrize(
    "body, day",
    [
        ("2.市慈善总会第五次会员代表大会召开。4月18日大会选举产生第五届理事会，会长王沐川作工作报告。", "2026-04-18"),
        ("5月20日，某会召开理事会，会长王沐川主持。4月18日上午市慈善总会在某地召开座谈会，副会长李云舟讲话。", "2026-04-18"),
        ("5月20日，某会召开理事会。4月18日市慈善总会会长王沐川带队走访困难家庭。", "2026-04-18"),
        # a day alone, its month the one told before (the next day of a course): 21日上午进行了…
        ("5月20日至21日，某会举办志愿者培训班，会长王沐川出席。21日上午进行了技能考核。副会长李云舟讲解了要点。", "2026-05-21"),
        ("5月20日至21日，某会举办志愿者培训班，会长王沐川出席。21日全天为实操演练，副会长李云舟讲解了要点。", "2026-05-21"),
    ],
)
def test_a_day_its_subject_follows_without_a_comma_dates_the_sentence(body: str, day: str) -> None:
    # 4月18日大会选举产生…: a written day that opens the sentence dates it, with or without a comma after it
    assert day in {d for _, d, _ in _participation(_facts(body, date="2026-05-25"))}


def test_a_time_from_which_or_a_relative_word_on_a_line_of_its_own_dates_no_sentence() -> None:
    # 3月1日起施行: a time from which something holds; 今日要目 (a page's furniture): no day of anyone taking part
    facts = _facts("5月20日，某会召开理事会，会长王沐川主持。3月1日起新条例施行。副会长李云舟在会上讲话。", date="2026-05-25")
    assert {d for _, d, _ in _participation(facts)} == {"2026-05-20"}
    facts = _facts("5月20日，某会召开理事会，会长王沐川主持。\n今日要目\n副会长李云舟在会上讲话。", date="2026-05-25")
    assert {d for _, d, _ in _participation(facts)} == {"2026-05-20"}


def test_a_yearly_news_list_places_its_days_in_the_year_of_its_title(tmp_path) -> None:
    # 2025年度…十大要闻, published in January 2026: its 4月18日 is in 2025
    page = tmp_path / "news-list.txt"
    page.write_text("2025年度某市慈善事业十大要闻揭晓\n2026年01月12日 来源：某市慈善总会\n\n1.某市慈善总会召开第五次会员代表大会。4月18日，大会选举产生第五届理事会，会长王沐川作工作报告。\n", encoding="utf-8")
    facts = [f.to_record() for f in extract_article(read_article(page)).facts]
    assert ("王沐川", "2025-04-18", "speaker") in _participation(facts)


def test_a_year_in_brackets_opening_a_paragraph_heads_that_year_s_entries(tmp_path) -> None:
    # 【2019年】9月，…; 【2018年】10月19日，…: a history told by years in brackets dates each entry in its year
    page = tmp_path / "history.txt"
    page.write_text(
        "某联盟八年回眸\n发布日期：2026-09-28　来源：某省慈善总会\n\n"
        "【2018年】10月19日，六省慈善总会共同发起的某某慈善联盟在武汉成立，湖北省慈善总会会长王沐川主持成立大会。\n\n"
        "【2019年】9月，联盟第二次理事会议在太原召开，山西省慈善总会会长李云舟主持会议。\n\n"
        "【2026年】9月26日，联盟2026年理事会议在郑州召开，河南省慈善总会会长赵宏达出席并讲话。\n",
        encoding="utf-8",
    )
    facts = [f.to_record() for f in extract_article(read_article(page)).facts]
    assert {("王沐川", "2018-10-19", "chair"), ("李云舟", "2019-09", "chair"), ("赵宏达", "2026-09-26", "speaker")} <= _participation(facts)
    assert {"2018-10-19", "2019-09", "2026-09-26"} <= {date for date, _ in _events(facts)}


CHAIR_ROTATION_FORMS = [
    ("next year's convener", "11月13日，闽西南协同发展区慈善会联席会议第五次会议在龙岩召开。按照轮值安排，明年的召集单位为泉州市慈善总会。",
     {("泉州市慈善总会", "2026")}),
    ("each year's clause of a rotation", "5月18日，淮海经济区慈善联盟在徐州成立。按照章程，理事长单位每年轮值一次，2025年度由徐州市慈善总会担任，2026年度由商丘市慈善总会担任。",
     {("徐州市慈善总会", "2025"), ("商丘市慈善总会", "2026")}),
    ("a post held with no rotation", "5月18日，淮海经济区慈善联盟在徐州成立。按照章程，2025年度秘书长单位由徐州市慈善总会担任。", set()),
]


@pytest.mark.parametrize("form, body, chairs", CHAIR_ROTATION_FORMS, ids=[row[0] for row in CHAIR_ROTATION_FORMS])
def test_a_rotation_told_year_by_year_or_by_next_year_s_convener(form: str, body: str, chairs: set[tuple[str, str]]) -> None:
    facts = _facts(body, date="2025-11-20")
    assert {(f["organization"], str(f["year"])) for f in facts if f["kind"] == "chair_term"} == chairs


def test_a_round_up_titled_by_an_earlier_period_places_its_recent_items_in_that_month(tmp_path) -> None:
    # 基层慈善动态（2026年10月下旬）posted on 11-03: its 日前 is October's; a page whose title names no period keeps the page month
    page = tmp_path / "roundup.txt"
    body = "【某县】日前，某县慈善总会开展助学回访，副会长王沐川带队走访受助学生家庭。\n"
    page.write_text("基层慈善动态（2026年10月下旬）\n发布时间：2026-11-03　来源：某市慈善总会\n\n" + body, encoding="utf-8")
    facts = [f.to_record() for f in extract_article(read_article(page)).facts]
    assert ("王沐川", "2026-10", "attendee") in _participation(facts)
    page.write_text("基层慈善动态\n发布时间：2026-11-03　来源：某市慈善总会\n\n" + body, encoding="utf-8")
    facts = [f.to_record() for f in extract_article(read_article(page)).facts]
    assert ("王沐川", "2026-11", "attendee") in _participation(facts)


def test_a_part_of_a_month_opening_an_item_dates_it_by_that_month() -> None:
    # a digest: the item of 7月中旬 is no more thing of 7月2日
    facts = _facts(
        "7月2日，某市慈善总会召开上半年工作总结会，会长王沐川出席并讲话。\n"
        "7月中旬，某市慈善总会开展“清凉一夏”活动，慰问一线环卫工人1200余人次。\n",
        date="2026-10-15",
    )
    events = _events(facts)
    assert ("2026-07", "清凉一夏活动") in events
    assert not any(date == "2026-07-02" and "清凉" in name for date, name in events)


def test_a_table_of_contents_names_no_event_of_its_own() -> None:
    # 本期要目 and a contents line with leader dots: the items below tell the events, each on its day
    facts = _facts(
        "本期要目\n一、总会召开三届二次理事会议\n二、“善满某城”主题宣传活动在某街举行\n"
        "要　闻　　某区慈善会召开第二次会员代表大会…………2\n"
        "一、总会召开三届二次理事会议\n9月26日下午，某市慈善总会三届二次理事会议在总会召开，会长王沐川主持。\n"
        "二、“善满某城”主题宣传活动在某街举行\n9月5日上午，“善满某城”主题宣传活动在某街举行，王沐川出席。\n",
        date="2026-10-12",
    )
    events = _events(facts)
    assert any(date == "2026-09-05" and "宣传活动" in name for date, name in events)
    assert not any(date == "2026-09-26" and "宣传活动" in name for date, name in events)
    assert not any("会员代表大会" in name for _, name in events)


def test_contents_entries_with_a_mark_a_subtitle_or_a_bracketed_heading_name_no_event() -> None:
    # ◆某会召开理事会议 over the item's heading written without the mark; ◇某联席会议在某地召开 某地接任轮值主席 over the
    # heading alone; ◆某党委开展主题党日活动 over 【某党委开展主题党日活动】7月1日，…: entries, each event on its item's day
    facts = _facts(
        "本期要目\n◆总会召开三届二次理事会议\n◇甲乙两市慈善协作联席会议第五次会议在丙市召开　丙市接任轮值主席\n◆区社会组织党委开展主题党日活动\n"
        "总会召开三届二次理事会议\n9月26日下午，某市慈善总会三届二次理事会议在总会召开，会长王沐川主持。\n"
        "甲乙两市慈善协作联席会议第五次会议在丙市召开\n9月30日，甲乙两市慈善协作联席会议第五次会议在丙市召开，李云舟出席。\n"
        "【区社会组织党委开展主题党日活动】7月1日，区社会组织党委开展主题党日活动，张砚秋参加。\n",
        date="2026-10-12",
    )
    events = _events(facts)
    assert any(date == "2026-09-30" and "联席会议" in name for date, name in events)
    assert any(date == "2026-07-01" and "党日" in name for date, name in events)
    assert not any(date == "2026-09-26" and ("联席会议" in name or "党日" in name) for date, name in events)


def test_a_heading_line_is_dated_by_the_item_below_it() -> None:
    facts = _facts(
        "11月2日，某市慈善总会召开乡贤慈善座谈会，会长王沐川主持。\n某县慈善总会开展“善行某地”进社区活动\n"
        "11月上旬，某县慈善总会在某街道开展“善行某地”进社区活动。\n",
        date="2026-11-28",
    )
    assert not any(date == "2026-11-02" and "善行" in name for date, name in _events(facts))


def test_a_named_campaign_held_in_several_sittings_is_an_event() -> None:
    facts = _facts("8月下旬，某区慈善协会联合某医院开展“健康暖心”义诊进企业活动5场。召开常务理事会议2次。", date="2026-09-03")
    events = _events(facts)
    assert ("2026-08", "健康暖心义诊进企业活动") in events
    assert not any("常务理事会议" in name for _, name in events)


def test_a_quoted_event_name_before_where_it_was_held() -> None:
    facts = _facts("8月21日，宜兴市慈善总会“紫砂慈善拍卖会”在某博物馆举行，筹得善款176万元。", date="2026-09-03")
    assert ("2026-08-21", "宜兴市慈善总会紫砂慈善拍卖会") in _events(facts)


def test_a_trip_keeps_its_day_against_a_gathering_told_without_one() -> None:
    # 11月10日至11日 …赴某地调研。调研组在某县召开座谈会: the gathering is part of the trip, not the day's event
    facts = _facts("11月10日至11日，副厅长王沐川带队赴衢州、丽水调研慈善事业发展。调研组在某县召开座谈会，听取工作汇报。", date="2026-11-16")
    events = _events(facts)
    assert any(date == "2026-11-10" and "调研" in name for date, name in events)
    assert not any(date == "2026-11-10" and name == "座谈会" for date, name in events)


def test_a_visit_told_by_come_and_a_short_place_name() -> None:
    facts = _facts("8月27日，某厅副处长王沐川来锡调研慈善信托工作，并在某局召开座谈会。", date="2026-09-03")
    assert ("2026-08-27", "来锡调研") in _events(facts)


def test_a_session_after_a_congress_on_a_traditional_page() -> None:
    facts = _facts("10月16日，某市慈善總會第六次會員代表大會在某地召開。隨後召開的六屆一次理事會，聘請王沐川為名譽會長。", date="2026-11-28")
    names = {name for _, name in _events(facts)}
    assert "六屆一次理事會" not in names


def test_a_caption_handover_yields_to_the_year_a_later_sentence_states() -> None:
    # ▲甲将会旗交到乙手中 (a caption) before …乙会接任2027年度: the giver chaired 2026, the taker 2027
    chairs = _chair_years(
        "6月11日，某某慈善协同发展联席会议第六次会议在天津召开。天津市慈善协会会长周国平主持会议，河北省慈善总会会长钱立新讲话。\n"
        "▲周国平将联席会议会旗交到钱立新手中\n"
        "会议最后，周国平将会旗交到钱立新手中，河北省慈善总会接任2027年度轮值主席单位。\n",
        date="2026-06-12",
    )
    assert ("河北省慈善总会", "2027") in chairs and ("天津市慈善协会", "2026") in chairs
    assert ("河北省慈善总会", "2026") not in chairs and ("天津市慈善协会", "2025") not in chairs


def test_by_custom_the_host_chairs_that_year() -> None:
    chairs = _chair_years("6月29日，某某慈善协作机制第四次联席会议在济南召开。会议由山东省慈善总会承办，按照惯例，承办方即为当年的轮值主席单位。", date="2026-06-30")
    assert ("山东省慈善总会", "2026") in chairs


def test_a_chronicle_told_by_bracketed_year_headings() -> None:
    chairs = _chair_years(
        "【2019年】9月，联盟第二次理事会议在太原召开，山西省慈善总会接任轮值理事长单位。\n"
        "【2020年】受疫情影响，第三次理事会议推迟以视频方式召开，河南省慈善总会担任轮值理事长单位。\n"
        "【2021年】8月，第四次理事会议在长沙召开，湖南省慈善总会接任。\n"
        "【2024年】轮值回到湖北。10月，第七次理事会议在武汉召开，湖北省慈善总会会长王沐川主持会议。\n",
        date="2026-09-28",
    )
    assert {("山西省慈善总会", "2019"), ("河南省慈善总会", "2020"), ("湖南省慈善总会", "2021"), ("湖北省慈善总会", "2024")} <= chairs


def test_the_meeting_that_decided_a_notice_is_an_event_of_its_day() -> None:
    facts = _facts("经厅党组2026年5月29日会议研究决定：任命王沐川为某省社会组织管理局副局长。", date="2026-06-03")
    assert ("2026-05-29", "厅党组会议") in _events(facts)
    assert not any(date == "2026-06-03" for date, _ in _events(facts))


@pytest.mark.parametrize(
    ("body", "meeting"),
    [
        ("为做好年度工作，经2026年5月27日会长办公会议研究，定于7月召开某区慈善工作推进会。", "会长办公会议"),
        ("经2026年5月27日二届四次理事会议审议，决定授予甲等8名同志“优秀志愿者”称号。", "二届四次理事会议"),
        ("经各县区推荐、材料初审、某市慈善奖评选委员会2026年5月27日会议评审，决定授予乙等10名同志荣誉称号。", "某市慈善奖评选委员会会议"),
    ],
)
def test_the_meeting_that_decided_may_be_named_after_its_day_or_after_the_steps_before_it(body: str, meeting: str) -> None:
    """经2026年6月9日某办公会议研究 (the day first), 经推荐、评审委员会某日会议评审 (the steps before the meeting): the
    meeting that decided is an event of its day, as 经厅党组某日会议研究 is."""
    assert ("2026-05-27", meeting) in _events(_facts(body, date="2026-06-05"))


def test_a_recalled_meeting_keeps_the_month_its_clause_gives() -> None:
    facts = _facts(
        "10月16日，某某慈善一体化第七次联席会议在黄山市召开。2025年度轮值主席单位江苏省慈善总会去年9月在南通召开第六次联席会议。"
        "某某慈善协作自2023年4月在郑州召开首次联席会议以来，已从开会交流走到项目共建。",
        date="2026-10-20",
    )
    dates = {date for date, name in _events(facts) if "联席会议" in name}
    assert {"2026-10-16", "2025-09", "2023-04"} <= dates


def test_a_relative_year_between_an_event_and_where_it_was_held() -> None:
    facts = _facts("5月22日，第三届某某慈善事业发展论坛在西安举办。第二届论坛去年在银川举行。", date="2026-05-23")
    assert any(date == "2025" and "论坛" in name for date, name in _events(facts))


def test_a_meeting_named_after_the_clause_of_its_holding_and_before_de() -> None:
    facts = _facts("昨天，某某慈善会联席会议第五次会议在我市召开。会议通报了上周五在漳州召开的五市慈善总会秘书长工作会议的意见。", date="2026-11-14")
    assert any(date == "2026-11-06" and "秘书长工作会议" in name for date, name in _events(facts))


def test_the_title_wording_of_a_meeting_the_body_names_on_its_day() -> None:
    article = Article(
        "t", "昨天，闽西南协同发展区慈善会联席会议第五次会议在我市召开。", title="闽西南五市慈善会联席会议在厦召开", date="2026-11-14",
        publisher="", body_start=0,
    )
    events = {(f.fields["date"], f.fields["name"]) for f in extract_article(article).facts if f.kind == "event"}
    assert events == {("2026-11-13", "闽西南协同发展区慈善会联席会议第五次会议")}


def test_a_quoted_title_with_a_blank_and_a_founding_month() -> None:
    facts = _facts(
        "6月30日上午，某市慈善总会党支部40余名党员来到某纪念馆，联合开展“追寻足迹 凝聚力量”主题党日活动。"
        "据了解，某某慈善党建联盟于2024年5月在上海成立，实行年度轮值制度。",
        date="2026-07-02",
    )
    events = _events(facts)
    assert ("2026-06-30", "追寻足迹 凝聚力量主题党日活动") in events
    assert any(date == "2024-05" and name.endswith("联盟成立") for date, name in events)


def test_a_named_event_at_which_something_was_done_on_a_day_was_held() -> None:
    # 9月5日，在…主题活动上，…: an event named with 在…上 opening a clause of a dated sentence took place that day
    facts = _facts("9月5日，在第十届“江宁慈善日”主题活动上，东湖区慈善协会被授予“先进社会组织”称号，会长王沐川代表领奖。", "2026-09-20")
    assert any(date == "2026-09-05" and "主题活动" in name for date, name in _events(facts)), _events(facts)
    assert ("王沐川", "2026-09-05", "attendee") in _participation(facts)


def _titled(body: str, title: str, date: str) -> set[tuple[str, str]]:
    article = Article("t", title + "\n" + body, title=title, date=date, publisher="", body_start=len(title) + 1)
    return {(f["date"], f["name"]) for f in (r.to_record() for r in extract_article(article).facts) if f["kind"] == "event"}


def test_a_transcript_s_labelled_day_is_named_by_the_page_s_title() -> None:
    body = ("【访谈时间】2025年6月10日　9:30—10:30\n【访谈嘉宾】某市慈善总会会长 乔远帆\n【主持人】某市广播电台主持人 柏倩\n"
            "主持人：乔会长，请介绍一下今年的工作。\n乔远帆：好的。今年我们把救助窗口开到了社区。\n")
    events = _titled(body, "“民生热线”：慈善协作如何让群众少跑腿", "2025-06-12")
    assert any(date == "2025-06-10" and "民生热线" in name for date, name in events), events


def test_a_day_s_event_is_named_by_the_sentence_that_tells_what_was_done_that_day() -> None:
    body = ("3月5日，全区68个志愿服务站同步开展集中服务。在南门街道，志愿服务队队长乔远帆带领队员为居民讲解急救要领；"
            "白云街道志愿服务队队长葛云舒组织队员上门理发。")
    events = _events(_facts(body, "2026-03-13"))
    assert any(date == "2026-03-05" and "集中服务" in name for date, name in events), events


def test_a_day_s_event_keeps_the_gathering_its_people_are_placed_at() -> None:
    body = "6月19日下午，学员开展实操考核，48名员工全部通过。企业负责人乔远帆在结业仪式上表示，将把救护站建在车间。"
    events = _events(_facts(body, "2026-06-20"))
    assert any(date == "2026-06-19" and "结业仪式" in name for date, name in events), events


@pytest.mark.parametrize("heading", ["往期推荐", "往期回顾", "推荐阅读", "▼往期推荐", "★往期回顾"])
def test_a_wechat_page_s_list_of_earlier_posts_tells_no_event(heading: str) -> None:
    body = f"6月10日，东湖区慈善协会召开会员大会，会长王沐川主持。\n{heading}\n▶ 东湖区慈善协会召开三届四次理事会（2026-05-15）\n▶ 王沐川会长一行赴临溪县调研\n"
    assert {date for date, _ in _events(_facts(body, "2026-06-12"))} == {"2026-06-10"}


def test_a_story_going_back_to_a_day_tells_what_follows_on_it() -> None:
    body = ("11月20日，东湖区慈善协会发布项目一周年回顾。时间回到3月18日。那天上午，协会会长乔远帆与康复中心主任葛云舒签下合作协议，"
            "区民政局副局长柏倩见证签约。")
    found = _participation(_facts(body, "2026-11-20"))
    assert {("乔远帆", "2026-03-18", "attendee"), ("柏倩", "2026-03-18", "attendee")} <= found, found


def test_a_meeting_a_page_early_in_the_year_recalls_by_last_year_s_month_keeps_that_month() -> None:
    # 2024年…总结会 on a page of 2025's first quarter is the year reviewed; 2025年4月… is a month, not a year reviewed
    events = _events(_facts("自2025年4月四届四次理事会召开以来，总会新设立专项基金9个。", "2026-03-27"))
    assert any(date == "2025-04" and "四届四次理事会" in name for date, name in events), events


def test_a_day_written_right_after_an_event_s_name_dates_the_sentence_whatever_verb_tells_it_held() -> None:
    # 研讨会于9日上午在某地揭幕 (a verb the rules do not know): the people of the sentence take part on the 9th, not on
    # the first day of the trip told before
    body = ("5月8日至10日，青禾公益协会会长沈聿明率团赴临川参加交流活动。8日下午，一行到访临川市慈善会。"
            "研讨会于9日上午在临川市会展中心揭幕，约百人与会。临川市慈善会会长冉书航致欢迎词。")
    found = _participation(_facts(body, "2026-05-12"))
    assert ("冉书航", "2026-05-09", "speaker") in found, found
    assert ("冉书航", "2026-05-08", "speaker") not in found, found


def test_a_clause_that_only_says_when_or_where_does_not_name_the_day_s_event() -> None:
    # 当天下午，在某会议室，…: the day's event is named by what was done, not by its time or place
    body = ("12月1日，东湖区慈善协会回顾了一年来的工作。时间回到4月9日。当天下午，在协会二楼会议室，"
            "协会会长乔远帆与青苗康复中心主任葛云舒交流了办学设想，区民政局副局长柏倩陪同。")
    events = _events(_facts(body, "2026-12-01"))
    names = [name for date, name in events if date == "2026-04-09"]
    assert names and not any(name.startswith(("当天", "在协会")) for name in names), events


def test_a_signing_told_on_the_day_a_story_goes_back_to_is_that_day_s_event() -> None:
    body = "11月20日，协会发布回顾。时间回到3月18日。那天上午，协会会长乔远帆与康复中心主任葛云舒签下合作协议。"
    assert ("2026-03-18", "签下合作协议") in _events(_facts(body, "2026-11-20"))


def test_a_named_day_then_its_same_day_word_opens_the_clause() -> None:
    # 9月5日“中华慈善日”当天，…主持…: the day dates what follows, not the day told before
    body = ("6月1日，协会秘书长韦若澄带领志愿者走进青苗康复中心。9月5日“中华慈善日”当天，助残专项基金在协会设立。"
            "协会副会长冉书航主持成立仪式。")
    found = _participation(_facts(body, "2026-11-20"))
    assert ("冉书航", "2026-09-05", "chair") in found and ("冉书航", "2026-06-01", "chair") not in found, found


def test_a_network_s_founding_recalled_by_its_year_before_since_is_an_event() -> None:
    # 某机制自2018年在某地建立以来: the subject before 自 is what was founded (docs/gold-conventions.md, by year alone)
    body = "6月3日，青川流域六市红十字会协作会议在临江召开。据介绍，青川流域六市红十字会协作会议机制自2018年在临江建立以来，已召开六次。"
    assert ("2018", "青川流域六市红十字会协作会议机制建立") in _events(_facts(body, "2026-06-04"))


def test_a_bare_joint_meeting_founded_in_a_year_is_the_network_named_before() -> None:
    body = "9月9日，青川流域城市慈善联席会议第四次会议在临江召开。联席会议成立于2021年，实行年度轮值。"
    assert ("2021", "青川流域城市慈善联席会议成立") in _events(_facts(body, "2026-09-10"))


def test_a_body_s_founding_year_in_a_profile_clause_is_still_no_event() -> None:
    body = "9月9日，青川慈善基金会召开理事会。据悉，青川慈善基金会成立于2016年，累计募集善款1.2亿元。"
    assert not any(date == "2016" for date, _ in _events(_facts(body, "2026-09-10")))


def test_a_meeting_s_day_written_before_its_name_is_its_date_not_part_of_its_name() -> None:
    body = "《青川慈善协会志愿者管理办法》已经4月7日第三届理事会第二次会议审议通过，现印发给你们，请遵照执行。"
    events = _events(_facts(body, "2026-04-10"))
    assert ("2026-04-07", "第三届理事会第二次会议") in events, events


def test_a_month_s_two_digits_split_by_a_stray_space_are_one_month() -> None:
    # 1 1月2日 (a typesetting slip): November 2nd, not January 2nd
    assert [d.value for d in find_dates("1 1月2日下午，一行来到某村。", "2026-11-05")] == ["2026-11-02"]
    assert [d.value for d in find_dates("1月2日下午，一行来到某村。", "2026-11-05")] == ["2026-01-02"]


def test_a_gathering_dated_in_a_year_after_the_page_s_is_still_to_come() -> None:
    body = ("9月20日，青川流域城市慈善联席会议第五次会议在临江召开，会长冉书航主持。会议商定第六次会议于2027年下半年在青川召开。"
            "2027年，冉书航将率团出席第七次会议。")
    facts = _facts(body, "2026-09-22")
    assert not any(f["kind"] == "event" and f["date"] >= "2027" for f in facts), _events(facts)
    assert not any(f["kind"] == "participation" and f["event_date"] >= "2027" for f in facts), _participation(facts)
    assert ("冉书航", "2026-09-20", "chair") in _participation(facts)


def test_a_day_s_event_is_named_past_a_connective_or_a_news_credit() -> None:
    # 此外，… / 本报讯（记者 某某）7月13日晚，…: the clause that names what was done, not the word joining it to the one before
    # nor the credit and day before it
    body = "9月24日，某市慈善论坛在临江开幕，会长乔远帆致辞。此外，25日晚，评审组集中审定优秀论文，组长柏文清主持。"
    assert ("2026-09-25", "评审组集中审定优秀论文") in _events(_facts(body, "2026-09-28"))
    credit = "本报讯（记者 葛云舒）7月13日晚，某市慈善总会“善行某城”公益直播间在某文创园首播，会长乔远帆、副会长柏文清担任主播。"
    assert _events(_facts(credit, "2026-07-15")) == {("2026-07-13", "某市慈善总会善行某城公益直播间在某文创园首播")}


def test_a_series_or_a_month_s_campaign_yields_to_the_gathering_of_its_day() -> None:
    # 某志愿服务月活动, 某系列活动: no gathering; on a day with its launch ceremony the ceremony is the day's one event
    body = "3月2日，青川区学雷锋志愿服务月活动正式启动。当天，青川区学雷锋志愿服务月启动仪式在某广场举行，区文明办主任柏文清主持。"
    facts = _facts(body, "2026-03-05")
    assert _events(facts) == {("2026-03-02", "青川区学雷锋志愿服务月启动仪式")}
    assert {f["event"] for f in facts if f["kind"] == "participation"} == {"青川区学雷锋志愿服务月启动仪式"}
    # a traditional page's 月活動 is a month's campaign too
    assert _events(_facts(body.replace("服务月活动", "服務月活動"), "2026-03-05")) == {("2026-03-02", "青川区学雷锋志愿服务月启动仪式")}
    # alone on its day, the series is the day's event
    alone = _facts("9月5日，青川市“中华慈善日”系列活动在市民广场举行，会长乔远帆出席。", "2026-09-08")
    assert _events(alone) == {("2026-09-05", "青川市中华慈善日系列活动")}


def test_a_gathering_dated_after_the_page_s_day_is_still_to_come() -> None:
    # minutes of a meeting that agreed on a campaign for a day after the page's: nobody has taken part in it yet
    body = ("8月6日上午，青川市慈善总会四届二次理事会在市民政局召开，会长冉书航主持。"
            "会议同意9月5日在全市开展“善行青川”主题宣传活动，秘书长柏晓川讲话。")
    facts = _facts(body, "2026-08-15")
    assert [e for e in _events(facts) if e[0] > "2026-08-15"] == [], _events(facts)
    assert ("冉书航", "2026-08-06", "chair") in _participation(facts)
    assert not any(d > "2026-08-15" for _, d, _ in _participation(facts)), _participation(facts)
    # the same day on a page published after it is a day that happened
    assert any(e[0] == "2026-09-05" for e in _events(_facts(body, "2026-09-08"))), _events(_facts(body, "2026-09-08"))


def test_a_ceremony_in_the_programme_of_the_reported_day_is_an_event_of_that_day() -> None:
    # the report names only the meeting; its programme schedules the ceremony, a line of time and item
    body = ("6月3日，青川流域慈善联盟2026年度理事会议在临江召开，会长冉书航主持。\n"
            "会议议程\n9:00—9:30　开幕式\n10:40—11:00　轮值主席交接仪式　见证：某某\n")
    events = _events(_facts(body, "2026-06-05"))
    assert ("2026-06-03", "轮值主席交接仪式") in events, events
    # a ceremony the report already told as held is that one, not a second event
    told = body.replace("会长冉书航主持。", "会长冉书航主持。会上举行了轮值主席交接仪式。")
    assert [e for e in _events(_facts(told, "2026-06-05")) if "仪式" in e[1]] == [("2026-06-03", "轮值主席交接仪式")]
    # a programme of a day still to come holds no ceremony
    assert not any("仪式" in n for _, n in _events(_facts(body, "2026-05-20")))


def test_a_day_told_in_a_recollection_is_not_the_day_the_page_goes_on_from() -> None:
    # 报告回顾了…：8月3日…召开: a past day inside a report's recollection; 会议当天 and 此前一天（14日）count from the meeting's day
    body = ("11月15日上午，青川流域慈善协作年会在临江召开。会上，柯望舒作了年度工作报告。报告回顾了一年来的协作：8月3日晚，"
            "协作会召开视频会商会，首批款物于3天后运抵。会议当天还举行了轮值主席交接仪式，由柯望舒主持。"
            "此前一天（14日）下午，秘书长工作会议先期召开，会议由邬若川主持。")
    found = _participation(_facts(body, "2026-11-16"))
    assert ("柯望舒", "2026-11-15", "chair") in found and ("邬若川", "2026-11-14", "chair") in found, found
    assert not {p for p in found if p[1].startswith("2026-08")}, found


def test_a_month_and_day_a_time_runs_since_dates_nothing() -> None:
    # 3月2日设立专项基金以来: the start of a time up to now, as 2018年4月设立以来 is; the day after 月 is no day alone
    assert find_dates("甲在讲话中回顾：3月2日设立专项基金以来，共接收善款800万元。", "2024-10-17") == []
    assert [d.value for d in find_dates("3月2日，某会设立专项基金。", "2024-10-17")] == ["2024-03-02"]
    assert continuing_days("回顾了3月2日以来的工作", "2024-10-12") == []


def test_a_year_recalled_inside_a_paragraph_dates_only_that_paragraph() -> None:
    # a work report's figures of the year before, told inside the meeting's account: the next paragraph is back on the
    # meeting's day
    facts = _facts(
        "10月12日，某省慈善协作会议在某市召开。理事长孟川柏作年度工作报告。2023年，协作各方共实施项目86个。\n"
        "会上，宁秋禾、郁长庚作交流发言。"
    )
    found = _participation(facts)
    assert ("宁秋禾", "2024-10-12", "speaker") in found
    assert not any(date == "2023" for _, date, _ in found)


def test_a_month_recalled_inside_a_speech_s_paragraph_ends_with_it() -> None:
    facts = _facts(
        "在全区慈善工作会议上的讲话\n（2024年10月12日）\n同志们：\n"
        "今年以来，全区慈善工作有序推进。去年5月，市民政局在我区召开现场会，充分肯定了社区基金的做法。\n"
        "正如区慈善会会长裴远舟同志刚才讲到的，要把项目做实。"
    )
    assert not any(f["kind"] == "participation" and f["person"] == "裴远舟" and f["event_date"] == "2023-05" for f in facts)


def test_a_body_founded_in_a_month_written_right_after_its_name_is_a_founding() -> None:
    # 某联盟2023年4月在某地成立: the month between the body and 在…成立, with no 于 (docs/gold-conventions.md, earlier events)
    facts = _facts("10月12日，皖赣慈善合作联盟理事会在景德镇召开。皖赣慈善合作联盟2023年4月在黄山成立，现有成员单位16家。")
    assert ("2023-04", "皖赣慈善合作联盟成立") in {(f["date"], f["name"]) for f in facts if f["kind"] == "event"}


def test_an_earlier_day_recalled_inside_a_paragraph_dates_only_that_paragraph() -> None:
    # the next paragraph goes on on the day the recall interrupted, not on the main gathering's earlier day
    body = ("　　6月12日，江城慈善论坛青年分论坛在临川举行。本次分论坛由江城市慈善协会主办。论坛开幕式已于11日在江城举行。\n"
            "　　江城市慈善协会副会长柯望舒出席并致辞，分论坛由临川慈善会会长温以宁主持。\n")
    people = {(p, d, r) for p, d, r in _participation(_facts(body, date="2026-06-15")) if p in ("柯望舒", "温以宁")}
    assert people == {("柯望舒", "2026-06-12", "attendee"), ("柯望舒", "2026-06-12", "speaker"),
                      ("温以宁", "2026-06-12", "attendee"), ("温以宁", "2026-06-12", "chair")}


@pytest.mark.parametrize("written, day", [("20226年6月12日", "2026-06-12"), ("20025年6月12日", "2025-06-12"), ("19998年6月12日", "1998-06-12")])
def test_a_year_with_a_digit_struck_twice_is_the_year_it_leaves(written: str, day: str) -> None:
    assert [d.value for d in find_dates(f"{written}，某会在江城召开理事会。", "2026-06-15")] == [day]
    assert find_dates("捐款共计12345年6月", "2026-06-15") == []


def test_a_speaker_recalling_a_network_s_founding_since_dates_that_founding() -> None:
    # 甲指出，某联席会议自2018年在某地建立以来…: a recalled founding is an event also in reported speech (docs/gold-conventions.md)
    body = "6月3日，青川流域红十字会协作会议在临江召开。冉书航指出，青川流域红十字会协作会议自2018年5月在临江建立以来，已召开六次。"
    assert ("2018-05", "青川流域红十字会协作会议建立") in _events(_facts(body, "2026-06-04"))
    # a body's founding a speaker recalls is a profile's clause, still no event
    body = "6月3日，青川慈善基金会召开理事会。冉书航指出，青川慈善基金会自2016年在临江建立以来，累计募集善款1.2亿元。"
    assert not any(date == "2016" for date, _ in _events(_facts(body, "2026-06-04")))


def test_a_first_sitting_a_since_clause_recalls_without_the_series_name_is_an_event() -> None:
    # “某沙龙”自去年4月举办首期以来; 自2019年在某地首次召开以来，联席会议已…: the series before 自, or opening the next clause
    body = "9月9日，第八期“青川读书沙龙”在临江举办。冉书航说，“青川读书沙龙”自去年4月在临江举办首期以来，已成为固定品牌。"
    assert ("2025-04", "首期青川读书沙龙") in _events(_facts(body, "2026-09-10"))
    body = "9月9日，青川流域城市慈善联席会议第五次会议在临江召开。自2021年在青川首次召开以来，联席会议已连续举办五届。"
    assert ("2021", "青川流域城市慈善联席会议首次会议") in _events(_facts(body, "2026-09-10"))
    # the page's own year is the page's event, not a recalled one
    assert not any(date == "2026" for date, _ in _events(_facts(body.replace("2021年", "2026年"), "2026-09-10")))


def test_a_network_founded_in_a_year_written_after_it_is_an_event() -> None:
    # 某联盟于2023年在某地成立 (a network, by year); a quoted name opens with a quotation mark
    body = "9月9日，青川慈善联盟召开年会。据了解，“青川”慈善联盟于2022年在临江成立，现有成员单位20家。"
    assert ("2022", "“青川”慈善联盟成立") in _events(_facts(body, "2026-09-10"))
    body = "9月9日，青川慈善基金会召开理事会。据了解，青川慈善基金会于2022年在临江成立，现有员工20名。"
    assert not any(date == "2022" for date, _ in _events(_facts(body, "2026-09-10")))


def test_a_meeting_that_decided_is_an_event_of_the_day_written_in_it_or_the_sentence_s() -> None:
    # 经9月2日某会党组会议研究; 经某会第三次会长办公会议（8月5日）审议; 8月9日，经总会会长办公会研究: the meeting held that day
    body = "经9月2日青川市红十字会党组会议研究，本期拨付善款40万元。"
    assert ("2026-09-02", "青川市红十字会党组会议") in _events(_facts(body, "2026-09-10"))
    body = "并经青川市慈善总会2026年第三次会长办公会议（8月5日）审议，确定结对关系6对。"
    assert ("2026-08-05", "青川市慈善总会2026年第三次会长办公会议") in _events(_facts(body, "2026-09-10"))
    body = "8月9日，经总会会长办公会研究，首批善款50万元已拨付。"
    assert ("2026-08-09", "总会会长办公会") in _events(_facts(body, "2026-09-10"))
    # no day written: a standing rule, no event
    assert not _events(_facts("经总会会长办公会研究，首批善款50万元已拨付。", "2026-09-10"))


def test_consultations_preparatory_meetings_charity_sales_and_rites_are_event_endings() -> None:
    # 会商会, 筹备会 (meetings), 法会 and 弥撒 held by a cleric (主法了, 主礼了): data/lexicons/events.tsv
    body = "5月6日，青川、临江两地慈善会在临江召开慈善协作会商会。当晚，青川市民政局召开义诊活动筹备会。"
    events = _events(_facts(body, "2026-05-08"))
    assert ("2026-05-06", "慈善协作会商会") in events and ("2026-05-06", "义诊活动筹备会") in events, events
    body = "5月6日下午，青川佛教协会在青川广场举行助学启动仪式。仪式前，两位法师共同主法了“祈愿平安”祝福法会。"
    assert ("2026-05-06", "祈愿平安祝福法会") in _events(_facts(body, "2026-05-08"))


def test_a_day_s_trip_is_named_with_what_was_done_where_it_went() -> None:
    # 赴某医院，为…进行了筛查; 来到某中心，和孩子们一起办了一场游戏会: the going and the deed of the next clause (day_deed)
    body = "5月8日，主任医师冉书航带领专家组赴临江县人民医院，为当地40名儿童进行了听力筛查。"
    assert any(date == "2026-05-08" and "筛查" in name for date, name in _events(_facts(body, "2026-05-10")))
    body = "6月1日，基金会秘书长冉书航带领志愿者来到青川康复中心，和孩子们一起办了一场“彩虹运动会”。"
    assert any(date == "2026-06-01" and "运动会" in name for date, name in _events(_facts(body, "2026-06-03")))


def test_a_dateline_of_a_day_alone_is_the_day_today_and_yesterday_count_from() -> None:
    # 本报某地10日讯, （某地10日讯）: a filing day in the page's month (the month before's for a later day), as 10月10日讯 is
    body = "本报青川10日讯 青川市慈善总会昨天召开第三届理事会第二次会议，会长邬若川主持会议。"
    assert ("邬若川", "2026-10-09", "chair") in _participation(_facts(body, "2026-10-12"))
    body = "（青川20日讯）青川市慈善总会今天召开第三届理事会第二次会议，会长邬若川主持会议。"
    assert ("邬若川", "2026-09-20", "chair") in _participation(_facts(body, "2026-10-12"))


def test_charity_races_and_gala_dinners_are_events() -> None:
    # 马拉松, 晚宴 (data/lexicons/events.tsv); 鸣枪起跑: a race was held (held_verb)
    body = "3月22日7时30分，由青川市人民政府主办的2026青川慈善马拉松在市民中心广场鸣枪起跑。"
    assert ("2026-03-22", "2026青川慈善马拉松") in _events(_facts(body, "2026-03-24"))
    body = "“青川同心”2026慈善晚宴8月13日晚在青川大酒店举行。"
    assert ("2026-08-13", "青川同心2026慈善晚宴") in _events(_facts(body, "2026-08-15"))


def test_a_race_started_by_the_gun_dates_the_sentences_after_it() -> None:
    """鸣枪发车 (a ride), 鸣枪开赛: a race was held (held_verb); 鸣枪 in a dated sentence sets the day of what follows
    (triggers.txt), so the hosts and guests the next sentences name are at that race, not on the page's day."""
    body = ("本报讯　5月１6日上午，“青川骑善”2026青川慈善骑行大会在滨湖度假区鸣枪发车。"
            "本次大会由青川市慈善总会、青川市体育局主办。青川市副市长王沐川宣布大会开幕，市慈善总会会长邬若川致辞。")
    facts = _facts(body, "2026-05-18")
    assert {date for date, _ in _events(facts)} == {"2026-05-16"}
    assert {d for _, d, _ in _participation(facts)} == {"2026-05-16"}
    assert ("邬若川", "2026-05-16", "speaker") in _participation(facts)


def test_a_donations_plaque_handed_over_is_no_chairs_handover() -> None:
    """将善款的捐赠牌交给乙, 从甲手中接过爱心牌: a plaque a donation's or an honour's word names (donation_board) changes
    hands with no chair; a 交接牌 taken from another body still hands the chair over."""
    assert not _chair_years("6月20日，某公司总经理钱子安将386万元善款的捐赠牌交给湖州市慈善总会会长周振宇，"
                            "周振宇从钱子安手中接过爱心牌。")
    handed = _chair_years("6月20日，湖州市慈善总会会长周振宇从嘉兴市慈善总会会长钱子安手中接过交接牌。")
    assert ("湖州市慈善总会", "2025") in handed


@pytest.mark.parametrize(
    "sentence",
    ["钱子安将108万元的捐赠示意牌交到周振宇手中。", "钱子安将认捐仪式牌交给周振宇。", "周振宇从钱子安手中接过爱心认捐牌。",
     "钱子安把善款支票牌交到周振宇手中。"],
)
def test_a_donations_board_named_with_a_word_before_its_plaque_is_no_chairs_handover(sentence: str) -> None:
    """捐赠示意牌, 认捐仪式牌, 爱心认捐牌: a word of up to two characters between the donation's word and 牌 still makes
    the board a donation's, whoever hands it over (甲将…交到乙手中 as a name ends before 将 or 把)."""
    assert not _chair_years("6月20日，某科技股份有限公司董事长" + sentence)


@pytest.mark.parametrize(
    "part",
    ["晚会现场举行了慈善捐赠仪式。", "当晚还举行了捐贈儀式。", "晚会开始前举行了开幕式。", "晚会前举行启动仪式，会长葛云舒致辞。"],
)
def test_a_part_of_the_day_named_alone_is_the_gathering_the_page_names(part: str) -> None:
    facts = _facts("10月16日晚，“善行某城”2024慈善之夜文艺晚会在某市大剧院举行。" + part)
    events = [(f["date"], f["name"]) for f in facts if f["kind"] == "event"]
    assert events == [("2024-10-16", "善行某城2024慈善之夜文艺晚会")], events


def test_a_course_s_closing_ceremony_is_the_course_s_day() -> None:
    """培训班举行结业仪式: the closing (part_of_the_day 结业仪式) is the course's last day, one event, not two."""
    facts = _facts("10月14日上午，2024年某市慈善骨干培训班在某县开班。16日下午，培训班举行结业仪式，会长葛云舒主持。")
    assert len([f for f in facts if f["kind"] == "event" and f["date"] == "2024-10-16"]) == 1


_TRIP_DAY = "10月15日，某市慈善总会副会长葛云舒带队赴东湖县调研慈善助医工作。"


def test_a_trip_told_by_its_day_yields_to_the_stop_and_meeting_of_its_two_parts() -> None:
    """当天上午，调研组来到某院…。当天下午，调研组召开座谈会: a day the page tells in two parts gives the morning's stop and
    the afternoon's meeting as events of their own (docs/gold-conventions.md, decided stop 36); the trip told by the day
    is those two."""
    facts = _facts(
        _TRIP_DAY + "当天上午，调研组一行来到东湖县人民医院，察看慈善助医结算窗口运行情况。"
        "当天下午，调研组在东湖县召开座谈会，县慈善协会会长王沐川汇报了工作。"
    )
    events = [f["name"] for f in facts if f["kind"] == "event"]
    assert len(events) == 2 and "座谈会" in events and any("东湖县人民医院" in name for name in events), events


def test_a_trip_told_by_its_day_with_one_part_is_its_one_stop() -> None:
    facts = _facts(_TRIP_DAY + "当天下午，调研组一行来到东湖县人民医院，察看慈善助医结算窗口运行情况。")
    assert [(f["date"], f["name"]) for f in facts if f["kind"] == "event"] == [("2024-10-15", "赴东湖县调研")]


def test_a_trip_told_by_its_day_keeps_a_stop_where_no_gathering_is_told_in_another_part() -> None:
    """当天上午…来到某院。当天下午…来到某站: two stops and no gathering, the trip's one visit (the trip names it)."""
    facts = _facts(
        _TRIP_DAY + "当天上午，调研组一行来到东湖县人民医院，察看慈善助医结算窗口运行情况。"
        "当天下午，调研组一行来到东湖县慈善工作站，了解站点运行情况。"
    )
    assert [(f["date"], f["name"]) for f in facts if f["kind"] == "event"] == [("2024-10-15", "赴东湖县调研")]


def test_a_part_named_alone_on_a_day_with_no_other_event_stays_its_event() -> None:
    facts = _facts("10月16日上午，某区慈善总会在某社区举行捐赠仪式，会长葛云舒致辞。")
    assert [(f["date"], f["name"]) for f in facts if f["kind"] == "event"] == [("2024-10-16", "捐赠仪式")]


def test_a_handover_ceremony_on_a_meeting_s_day_stays_an_event_of_its_own() -> None:
    facts = _facts("10月16日，东湖慈善联盟2024年年会在某市召开。会上举行了轮值主席交接仪式。")
    assert {f["name"] for f in facts if f["kind"] == "event"} == {"东湖慈善联盟2024年年会", "轮值主席交接仪式"}


@pytest.mark.parametrize(
    "text, day",
    [
        ("2024912上午，某街道慈善义集在文化广场举行。", "2024-09-12"),
        ("某区民政局于2024712召开全区慈善工作部署会。", "2024-07-12"),
        ("2024年923，某区慈善总会考察组赴邻市学习慈善超市建设。", "2024-09-23"),
    ],
)
def test_a_garbled_day_before_the_part_of_the_day_or_after_yu_dates_the_sentence(text: str, day: str) -> None:
    assert [d.value for d in find_dates(text, "2024-10-17")] == [day]
    assert {f["event_date"] for f in _facts(text + "会长葛云舒出席并讲话。") if f["kind"] == "participation"} == {day}


def test_a_day_restated_after_ye_jiu_shi_or_ji_dates_its_clause() -> None:
    assert [d.value for d in continuing_days("签约仪式结束后的第三天，也就是18日下午，甲带领志愿者来到某校。", "2024-10-16")] == ["2024-10-18"]
    assert [d.value for d in continuing_days("三天后，即18日，某会召开理事会。", "2024-10-16")] == ["2024-10-18"]
    assert not continuing_days("全年共计18日。", "2024-10-16")


def test_a_garbled_first_day_of_a_range_before_zhi_is_read() -> None:
    text = "2024916至10月8日，某区民政局组成检查组，对全区慈善超市开展了年度检查。"
    assert [d.value for d in find_dates(text, "2024-10-17")] == ["2024-09-16", "2024-10-08"]


@pytest.mark.parametrize("text", ["全年累计救助201812人次。", "全年救助人数增长于201812人次。", "编号2024912号文件", "2024年12，全年救助增长。"])
def test_a_count_or_a_number_after_yu_is_no_garbled_day(text: str) -> None:
    assert not find_dates(text, "2024-10-17")


def test_a_day_told_by_a_signing_is_named_by_it_and_a_training_class_opened_is_an_event() -> None:
    """签约设立某基金，首期捐赠…: the signing names the day, not the gift after it; 首期某实训班开班: a 实训班 is a course,
    an event of its day as a 培训班 is."""
    facts = _facts("7月7日下午，宁波恒舟科技有限公司在宁波市慈善总会签约设立“恒舟助学”冠名基金，首期捐赠500万元。会长葛云舒出席。")
    names = {f["name"] for f in facts if f["kind"] == "event" and f["date"] == "2024-07-07"}
    assert names and all(name.startswith("签约") for name in names), names
    facts = _facts("6月5日，首期社会工作骨干实训班在宁波大学开班，会长葛云舒出席。")
    assert "首期社会工作骨干实训班" in {f["name"] for f in facts if f["kind"] == "event" and f["date"] == "2024-06-05"}


def test_charity_fairs_are_events_and_open_for_business() -> None:
    # 义集, 集市 (data/lexicons/events.tsv); 开市: a fair was held (held_verb)
    body = "6月18日，青川街道第三届邻里节暨“善满青川”慈善义集在街道文化广场开市。街道党工委书记齐望舒出席。"
    facts = _facts(body, "2026-06-20")
    assert ("2026-06-18", "青川街道第三届邻里节暨善满青川慈善义集") in _events(facts)
    assert ("齐望舒", "2026-06-18", "attendee") in _participation(facts)
    body = "6月18日，青川市慈善总会在步行街举办“慈善集市”。会长齐望舒出席。"
    assert ("2026-06-18", "慈善集市") in _events(_facts(body, "2026-06-20"))


def test_a_bare_ending_on_a_day_with_its_gathering_is_that_gathering() -> None:
    # 宣布活动启动 after the day's gathering: the gathering told that day, not the series of an activity told on another day
    body = ("1月20日　青川市慈善总会开展春节走访慰问活动。\n"
            "9月5日　“中华慈善日”青川主题集市在市民广场举行。市慈善总会会长齐望舒出席，齐望舒宣布活动启动。")
    events = _events(_facts(body, "2026-12-20"))
    assert {date for date, _ in events} == {"2026-01-20", "2026-09-05"}, events
    assert [name for date, name in events if date == "2026-09-05"] == ["中华慈善日青川主题集市"], events


def test_a_body_s_founding_year_in_a_since_clause_is_no_event() -> None:
    # 某基金会自2011年成立以来, a speaker's 某台协自2001年成立以来: a profile's clause (docs/gold-conventions.md); a network's
    # founding year (某联席会议自2021年在上海建立以来) and a body's founding day stay events
    body = "6月18日，青川市慈善总会召开理事会。据了解，青川市慈善总会自2011年成立以来，累计筹集善款3亿元。"
    assert {date for date, _ in _events(_facts(body, "2026-06-20"))} == {"2026-06-18"}
    body = "6月18日，青川市慈善总会召开理事会。会长齐望舒在讲话中说，青川台协自2001年成立以来日益发展壮大。"
    assert {date for date, _ in _events(_facts(body, "2026-06-20"))} == {"2026-06-18"}
    body = "6月18日，青川流域慈善联席会议在青川召开。据介绍，青川流域慈善联席会议自2021年在上海建立以来，已召开五次。"
    assert ("2021", "青川流域慈善联席会议建立") in _events(_facts(body, "2026-06-20"))
    body = "6月18日，青川市慈善总会召开理事会。青川市慈善总会自2008年3月12日成立以来，累计筹集善款3亿元。"
    assert ("2008-03-12", "青川市慈善总会成立") in _events(_facts(body, "2026-06-20"))


def test_sittings_a_speaker_recounts_are_no_event_of_the_day() -> None:
    # 开展“某某义集”4场 in what a speaker recounts (回顾了一年来的工作：…) happened over the year; told as the item itself, a
    # campaign counted in sittings stays one event
    body = "6月10日，青川慈善联盟年会在青川举行。会上，会长齐望舒回顾了一年来联盟的工作：三地联合开展“青川慈善义集”4场。"
    assert {name for _, name in _events(_facts(body, "2026-06-12"))} == {"青川慈善联盟年会"}
    body = "6月10日，青川市慈善总会开展“青川慈善义集”4场，会长齐望舒出席。"
    assert ("2026-06-10", "青川慈善义集") in _events(_facts(body, "2026-06-12"))


def test_last_year_opening_a_sentence_dates_it_as_a_written_year_does() -> None:
    # 去年，…; 早在前年，… (data/lexicons/event_words.tsv last_year_word, year_before_last_word): as 2025年，… on a page of 2026
    assert [(d.value, d.precision) for d in find_dates("去年，副会长柯晓岚带队赴临江县考察。", "2026-06-20")] == [("2025", "year")]
    assert [d.value for d in find_dates("早在前年，柯晓岚带队赴临江县考察。", "2026-06-20")] == ["2024"]
    assert find_dates("去年以来，柯晓岚多次带队赴临江县考察。", "2026-06-20") == []  # a time up to now
    body = "6月18日，青川市慈善总会召开理事会，会长齐望舒出席。去年，副会长柯晓岚带队赴临江县考察。"
    found = _participation(_facts(body, "2026-06-20"))
    assert ("柯晓岚", "2025", "attendee") in found and not any(p[0] == "柯晓岚" and p[1] == "2026-06-18" for p in found), found


def test_people_at_a_gathering_a_clause_recalls_are_not_at_the_day_s() -> None:
    # 去年的年会上，甲作了报告; 乙曾在去年的第二届论坛上发言: at that gathering (no event of the page here), not at the meeting
    # of the page's day (docs/gold-conventions.md: words the text places at another gathering)
    for recall in ("去年的年会上，副会长柯晓岚作了工作报告。", "副会长柯晓岚曾在去年的第二届论坛上作主旨发言。",
                   "在今年3月召开的年会上，副会长柯晓岚作了工作报告。"):
        found = _participation(_facts("6月18日，青川市慈善总会召开理事会，会长齐望舒出席。" + recall, "2026-06-20"))
        assert ("齐望舒", "2026-06-18", "attendee") in found and not any(p[0] == "柯晓岚" for p in found), (recall, found)
    # an event of the page: its day is theirs
    body = "6月18日，青川市慈善总会召开理事会。在今年3月召开的青川市慈善总会第五次会员代表大会上，副会长柯晓岚作了工作报告。"
    assert ("柯晓岚", "2026-03", "speaker") in _participation(_facts(body, "2026-06-20"))
    # a gathering of the page's own month or of no earlier date recalled is not moved
    found = _participation(_facts("6月18日，青川市慈善总会召开理事会。在6月18日的理事会上，副会长柯晓岚作了工作报告。", "2026-06-20"))
    assert ("柯晓岚", "2026-06-18", "speaker") in found, found


def test_a_party_s_stop_is_named_with_what_it_did_there() -> None:
    # 赴某县，实地观摩…: a visiting party's going is named with the deed of the clause after it (day_deed), as a day's trip is
    body = "9月22日，青川市慈善总会会长齐望舒带领与会代表赴临江县，实地观摩乡村养老服务站，临江县民政局局长柯晓岚陪同。"
    events = _events(_facts(body, "2026-09-24"))
    assert ("2026-09-22", "赴临江县实地观摩乡村养老服务站") in events, events


def test_a_cue_word_inside_a_longer_word_that_is_none_stays_in_the_name() -> None:
    # 召集 (a chair cue) split off 召集单位 (cues.tsv: a word that holds a cue and is none): 轮值召集单位交接仪式 is one name
    body = "9月24日，青川慈善基地联盟2026年度工作会议在嘉兴召开。会上举行了轮值召集单位交接仪式，禹建平将联盟旗帜交给临江市慈善总会。"
    assert ("2026-09-24", "轮值召集单位交接仪式") in _events(_facts(body, "2026-09-26"))


def test_a_longer_word_that_holds_a_cue_stays_in_the_name() -> None:
    # 希望工程 holds the speech cue 希望 and is none (cues.tsv `word`): a noun of the name, read whole as the segmenter gives it
    body = "10月12日，2026年青川市希望工程助学金发放仪式在青川青少年宫举行。大会上举行了青川希望工程爱心项目集中签约仪式。"
    events = _events(_facts(body, "2026-10-13"))
    assert ("2026-10-12", "2026年青川市希望工程助学金发放仪式") in events, events
    assert ("2026-10-12", "青川希望工程爱心项目集中签约仪式") in events, events


def test_a_date_that_lost_its_separators_after_an_item_heading_is_read() -> None:
    # 【某会召开理事会】2026511上午，…: the run of digits opens the item after a digest's heading, as after a credit's bracket
    text = "【青川市慈善总会召开理事会】2026511上午，青川市慈善总会三届五次理事会在总会召开。"
    assert [d.value for d in find_dates(text, "2026-05-13")] == ["2026-05-11"]
    assert find_dates("【2026511】", "2026-05-13") == []  # a bracketed number opens no item


def test_a_month_after_a_joining_word_dates_its_sentence_only() -> None:
    # 据悉，今年4月，…; 此前，6月上旬，…: a recalled episode dates its own sentence (据悉, 此前: connective_opening); the story
    # goes on on its day
    body = ("6月16日，青川市慈善总会会长齐望舒一行赴临江市慈善总会考察交流。此前，6月上旬，临江市慈善总会会长柯晓岚一行专程到青川"
            "考察对接。当天下午，齐望舒一行还走访了临江市慈善超市。")
    found = _participation(_facts(body, "2026-06-20"))
    assert ("柯晓岚", "2026-06", "attendee") in found and ("柯晓岚", "2026-06-16", "attendee") not in found, found
    assert ("齐望舒", "2026-06-16", "attendee") in found and ("齐望舒", "2026-06", "attendee") not in found, found


def test_inspecting_a_body_on_the_day_of_a_meeting_is_a_visit_of_its_own() -> None:
    """会后，与会人员察看了某超市 (察看, 查看, 观摩 as 参观): a visit the page tells as its own activity on the meeting's day
    (docs/gold-conventions.md, decided stop 29)."""
    facts = _facts("9月3日，某市慈善总会在某宾馆召开三届二次理事会。会后，与会人员实地察看了某区慈善超市。", date="2025-09-04")
    assert ("2025-09-03", "察看某区慈善超市") in _events(facts)
    facts = _facts("11月5日，检查组在某区财政局局长孔令舟的陪同下，实地查看了某区福利院。", date="2025-11-06")
    assert ("2025-11-05", "查看某区福利院") in _events(facts)


def test_a_later_day_of_a_course_told_over_a_range_is_the_course_s_day() -> None:
    """6月10日至12日，某培训班在某市举办 … 11日，某教授授课: the course's day, named by the course (and 授课), not by a
    fragment of the day's sentence; a gathering that is no course leaves its later days named by what was done."""
    facts = _facts(
        "6月10日至12日，江西省慈善组织负责人能力提升培训班在南昌举办。10日上午举行开班式，某厅副厅长柏青岚出席并讲话。"
        "11日，某大学教授孟知远以《慈善项目管理》为题授课。",
        date="2025-06-13",
    )
    assert ("2025-06-11", "江西省慈善组织负责人能力提升培训班授课") in _events(facts)
    facts = _facts(
        "6月10日至12日，某市慈善援助活动在某县举行。10日上午举行启动仪式，某厅副厅长柏青岚出席并讲话。"
        "11日，柏青岚一行走访慰问了某乡困难群众。",
        date="2025-06-13",
    )
    assert not any(name.startswith("某市慈善援助活动") for date, name in _events(facts) if date == "2025-06-11")


def test_a_signing_held_at_the_day_s_meeting_is_an_event_of_its_own() -> None:
    """会上还举行了签约仪式: a signing the page tells as held at the meeting is an event beside it (docs/gold-conventions.md
    "Several gatherings on one day"); a bare signing told otherwise on that day stays part of the day's gathering."""
    facts = _facts("4月16日，某市慈善超市建设推进会在某宾馆召开。会上还举行了签约仪式。", date="2025-04-17")
    assert ("2025-04-16", "签约仪式") in _events(facts)
    facts = _facts("4月16日，某市慈善超市建设推进会在某宾馆召开。某市慈善总会会长柏青岚出席签约仪式。", date="2025-04-17")
    assert ("2025-04-16", "签约仪式") not in _events(facts)


def test_after_the_meeting_returns_to_its_day_from_the_day_before_told_as_that() -> None:
    # 会议前一天即11月9日…。会后，…: what the people did after the meeting is of the meeting's day, not of the day before
    body = ("11月10日，某市慈善联盟年度会议在青溪县召开，联盟理事长柯远舟主持会议。\n"
            "会议前一天即11月9日下午，联盟秘书长工作会议召开，秘书长桑晚晴主持会议。\n"
            "会后，柯远舟等与会人员考察了青溪县石门村，村党支部书记伍思远介绍了产业项目。")
    roles = _participation(_facts(body, date="2025-11-12"))
    assert {("伍思远", "2025-11-10", "speaker"), ("柯远舟", "2025-11-10", "attendee")} <= roles
    assert not {r for r in roles if r[0] == "伍思远" and r[1] == "2025-11-09"}
    # a recalled meeting told by its own day (今年4月16日，…召开。会上，…) keeps that day
    recalled = _participation(_facts("11月10日，某会年度会议召开。今年4月16日，联席会议在南京召开。会上，会长桑晚晴讲话。", date="2025-11-12"))
    assert ("桑晚晴", "2025-04-16", "speaker") in recalled


def test_a_network_founded_with_jianli_after_its_month_and_place_is_an_event() -> None:
    # 某联席会议于2023年11月在某地建立: a network's founding recalled by its month (docs/gold-conventions.md)
    body = "9月9日，青川流域六市福彩联席会议在临江召开。据了解，青川流域六市福彩联席会议于2024年10月在临江建立，每年轮值。"
    assert ("2024-10", "青川流域六市福彩联席会议建立") in _events(_facts(body, "2026-09-10"))
    # a body's founding with an organization ending is a profile's clause, and a date after the page's is no recall
    body = "9月9日，青川慈善基金会召开理事会。据了解，青川慈善基金会于2016年在临江建立，现有员工20名。"
    assert not any(date == "2016" for date, _ in _events(_facts(body, "2026-09-10")))
    body = "9月9日，青川流域六市福彩联席会议在临江召开。会议商定，六市养老联席会议拟于2027年3月在临江建立。"
    assert not any(name.endswith("建立") for _, name in _events(_facts(body, "2026-09-10")))


def test_a_network_named_inside_a_since_clause_after_its_date_is_founded_then() -> None:
    # 自2025年3月联席会议在南京建立以来: the network is written after the date; a bare 联席会议 is the one named before
    body = "9月9日，青川慈善法治联席会议第二次会议在临江召开。通报显示，自2024年5月联席会议在临江建立以来，四地共办培训9期。"
    assert ("2024-05", "青川慈善法治联席会议建立") in _events(_facts(body, "2026-09-10"))


def test_a_charity_week_is_an_event_and_chuangban_founds_it() -> None:
    # 某慈善周在某地开幕; 某文化周自2023年创办以来: a series' founding by its year
    body = "9月5日上午，2025年青川“慈善周”在临江开幕，全市将开展活动126场。"
    assert ("2025-09-05", "2025年青川慈善周") in _events(_facts(body, "2025-09-12"))
    body = "11月7日晚，第三届青川慈善文化周在临江开幕。据了解，青川慈善文化周自2023年创办以来，已先后在三地举办。"
    events = _events(_facts(body, "2026-11-08"))
    assert ("2023", "青川慈善文化周创办") in events, events
    assert ("2026-11-07", "第三届青川慈善文化周") in events, events


def test_a_lecture_is_an_event_ending() -> None:
    # 某普法讲座在某地举行: a lecture held is the day's event, not a fragment of the clause about who came
    body = "4月15日下午，由青川市慈善总会主办的“慈善法进校园”普法讲座在市慈善总会会议室举行，全市30余家慈善组织的工作人员参加。"
    assert ("2026-04-15", "慈善法进校园普法讲座") in _events(_facts(body, "2026-04-20"))


def test_a_body_named_by_a_meeting_s_ending_that_convenes_a_meeting_names_it() -> None:
    # 某联席会议在某地召开第二次会议, 某会监事会召开2025年度工作会议: one event, the convener's name before the meeting's
    body = "去年11月，青川都市圈慈善联席会议在临江召开第二次会议，通过了资源共享规则。"
    events = _events(_facts(body, "2026-04-10"))
    assert events == {("2025-11", "青川都市圈慈善联席会议第二次会议")}, events
    body = "12月26日，青川市慈善总会监事会召开2025年度工作会议，监事长乔远帆主持会议。"
    events = _events(_facts(body, "2025-12-30"))
    assert events == {("2025-12-26", "青川市慈善总会监事会2025年度工作会议")}, events
    # meetings after the verb read as none (a count of them) leave the convening meeting an event of its own
    body = "9月9日，青川流域六市慈善联席会议在临江召开两次会议。"
    assert ("2026-09-09", "青川流域六市慈善联席会议") in _events(_facts(body, "2026-09-10"))


def test_a_day_told_by_its_deed_and_a_same_day_word_is_named_by_that_deed() -> None:
    # 捐献当天: the day the donation was told on (the 14th, not the send-off's 12th), an event of its own named by it
    facts = _facts(
        "6月14日，志愿者小叶在某医院完成捐献。\n6月12日，某市红十字会为他举行欢送仪式，副会长乔远帆出席。\n"
        "捐献当天，协调员葛云舒前往病房看望，柏文清介绍了采集流程。",
        date="2025-06-16",
    )
    assert {(f["date"], f["name"]) for f in facts if f["kind"] == "event" and f["date"] == "2025-06-14"} == {("2025-06-14", "捐献")}


def test_a_day_alone_after_an_earlier_stages_date_goes_on_from_the_reports_first_day() -> None:
    facts = _facts(
        "9月12日至13日，某区第三届公益项目大赛决赛在区文化中心举行。经7月20日的初审，30个项目进入决赛。"
        "12日上午，区民政局局长沈望舒出席开幕式并致辞。13日下午，区慈善总会会长柯映雪宣读获奖名单。",
        date="2026-09-15",
    )
    days = {day for _, day, _ in _participation(facts)}
    assert {"2026-09-12", "2026-09-13"} <= days
    assert not [day for day in days if day.startswith("2026-07-1")]
    # (a day alone that goes on forward from the day named last stays in its month)
    later = _facts("9月2日，某会召开理事会。经7月20日的初审，30个项目入围。25日上午，秘书长沈望舒出席路演并致辞。", date="2026-09-30")
    assert "2026-07-25" in {day for _, day, _ in _participation(later)}


@pytest.mark.parametrize(
    "text, ending",
    [("10月29日，某市人大常委会慈善法执法检查反馈会召开。", "反馈会"), ("6月20日，某区第五届公益创投项目结项展示会在某中心举行。", "展示会")],
)
def test_a_feedback_meeting_and_a_showcase_are_events(text: str, ending: str) -> None:
    """反馈会 (an inspection's feedback meeting), 展示会 (a project showcase): endings of events (data/lexicons/events.tsv)."""
    names = [f["name"] for f in _facts(text, date="2024-11-01") if f["kind"] == "event"]
    assert len(names) == 1 and names[0].endswith(ending), names


def test_a_part_of_the_day_opens_also_after_the_month_and_day() -> None:
    """12月1日上午，发布会在某中心举行…下午，…召开座谈会: the part of a day written with its month opens the sentence too, so
    the bare 发布会 told in a part of the day of its own stays an event beside the afternoon's meeting."""
    facts = _facts(
        "12月1日上午，发布会在某市会议中心举行，会长葛云舒致辞。下午，某市慈善总会召开蓝皮书编撰工作座谈会，王沐川主持。",
        date="2024-12-02",
    )
    assert len([f for f in facts if f["kind"] == "event" and f["date"] == "2024-12-01"]) == 2


@pytest.mark.parametrize("kind", ["企业认捐仪式", "宣誓仪式"])
def test_a_ceremony_named_by_its_kind_inside_a_gathering_is_part_of_it(kind: str) -> None:
    """大会现场举行了企业认捐仪式, 会上举行了宣誓仪式: a ceremony named only by its kind held inside the day's gathering is a part
    of its programme, one event with it (docs/gold-conventions.md, decided stop 36)."""
    facts = _facts(f"10月16日，2024年东湖市慈善大会在东湖国际会议中心举行。大会现场举行了{kind}，30家企业参加。")
    events = [f["name"] for f in facts if f["kind"] == "event"]
    assert len(events) == 1 and events[0].endswith("慈善大会"), events


def test_a_meeting_of_our_province_keeps_wo_sheng_in_its_name() -> None:
    """省民政厅召开我省某奖获奖者座谈会: 我省 before the name is part of it, and the meeting is held (召开 before the name)."""
    facts = _facts("10月16日下午，省民政厅召开我省第十届“东湖慈善奖”获奖者座谈会，厅长王沐川出席。")
    assert [f["name"] for f in facts if f["kind"] == "event"] == ["我省第十届东湖慈善奖获奖者座谈会"]


def test_a_deed_told_in_a_part_of_the_day_after_its_gathering_is_an_event_of_its_own() -> None:
    """当天下午，甲带领志愿者来到某敬老院，为老人送去…: after a launch told in another sentence, what people did in a part
    of the day of its own is an event beside it (a visit on the day of a meeting, decided stop 29); a course's session
    (当天下午，某教授以…为题授课) and a sentence naming a gathering of its own are not."""
    launch = "9月3日，青禾县慈善协会秋季助老行动启动仪式在县文化中心举行，协会会长严立秋出席并讲话。"
    events = _events(_facts(launch + "当天下午，严立秋带领志愿者来到城西镇颐养院，为老人送去棉被和慰问金。", date="2025-09-04"))
    assert ("2025-09-03", "青禾县慈善协会秋季助老行动启动仪式") in events
    assert any(date == "2025-09-03" and "城西镇颐养院" in name for date, name in events)
    course = "9月3日，青禾县慈善协会2025年社工能力培训班在县文化中心开班。"
    events = _events(_facts(course + "当天下午，协会会长严立秋来到县行政学院，为学员讲授项目管理。", date="2025-09-04"))
    assert [name for date, name in events if date == "2025-09-03"] == ["青禾县慈善协会2025年社工能力培训班"]


def test_an_activity_told_over_a_range_of_days_yields_to_a_gathering_named_on_its_first_day() -> None:
    """5月9日至10日，甲带队开展某某发放暨走访慰问活动。9日上午，一行参加了某某集中发放仪式: the day's event is the ceremony,
    as a trip told by a range of days yields to a gathering of its day."""
    body = (
        "6月2日至3日，青禾县妇联主席严立秋带队，分赴城西镇、城东镇开展“暖心包裹”发放暨困难家庭走访活动。"
        "2日上午，严立秋一行参加了城西镇“暖心包裹”集中发放仪式。3日，一行在城东镇召开“暖心包裹”发放工作座谈会。"
    )
    events = _events(_facts(body, date="2025-06-05"))
    assert [name for date, name in events if date == "2025-06-02"] == ["城西镇暖心包裹集中发放仪式"]
    assert any(date == "2025-06-03" for date, _ in events)


def test_a_job_fair_and_a_residents_council_meeting_are_named_gatherings() -> None:
    """专场招聘会, 首次议事会: endings of events (data/lexicons/events.tsv), named on their day beside its other gathering."""
    body = (
        "4月8日上午，青禾县慈善协会“暖心基金”启动仪式在县文化中心举行，协会会长严立秋出席。"
        "当天下午，“青禾助残·就业同行”残疾人专场招聘会在县人力资源市场举行。"
        "同日，城西社区召开“暖心基金”首次议事会，居民代表20余人参加。"
    )
    names = [name for date, name in _events(_facts(body, date="2025-04-09")) if date == "2025-04-08"]
    assert any(name.endswith("专场招聘会") for name in names)
    assert any(name.endswith("首次议事会") for name in names)


def test_a_stop_told_right_after_the_ceremony_stays_beside_the_afternoon_gathering() -> None:
    """3月27日上午，…启动仪式。仪式结束后，一行走访慰问了…。当天下午，…召开议事会: the stop is of the morning's part."""
    body = (
        "3月27日上午，城西社区“暖心基金”启动仪式在社区党群服务中心举行，青禾县民政局局长严立秋出席。"
        "仪式结束后，严立秋一行在社区书记陪同下走访慰问了社区3户困难家庭。"
        "当天下午，社区在同一地点召开“暖心基金”首次议事会。"
    )
    names = [name for date, name in _events(_facts(body, date="2025-03-28")) if date == "2025-03-27"]
    assert any("困难家庭" in name for name in names) and len(names) == 3


@pytest.mark.parametrize(
    "span, later, day",
    [
        # a range of days, a gathering lasting days (为期三天) or one day written with its number: its ordinal days count
        # from the first day, not from the day named last (3月6日 is told by 次日 or 第二天 just before)
        ("3月5日至8日，某省慈善总会在某市举办慈善组织负责人培训班。", "第三天，", "2025-03-07"),
        ("3月5日至8日，某省慈善总会在某市举办慈善组织负责人培训班。", "培训第四天，", "2025-03-08"),
        ("3月5日，某省慈善总会开展为期三天的慈善宣传活动。", "活动最后一天，", "2025-03-07"),
        ("3月5日至7日，某省慈善总会举办慈善组织负责人培训班。", "最后一日，", "2025-03-07"),
        ("3月5日，某市慈善总会组织调研组赴某县调研。", "第三日上午，", "2025-03-07"),
        ("3月5日，某市慈善总会第四次会员代表大会开幕。", "大会第三天，", "2025-03-07"),
    ],
)
def test_an_ordinal_day_counts_from_the_first_day_of_its_span(span: str, later: str, day: str) -> None:
    body = span + "首日，会长乔远帆作动员讲话。次日，副会长葛云舒带队走访某村。" + later + "秘书长柏文清主持召开座谈会。"
    found = _participation(_facts(body, date="2025-03-12"))
    assert ("乔远帆", "2025-03-05", "speaker") in found
    assert ("葛云舒", "2025-03-06", "attendee") in found
    assert ("柏文清", day, "chair") in found, found


def test_a_day_past_the_span_or_a_last_day_of_no_span_dates_nothing_new() -> None:
    # 第五天 of a range of three days, 最后一天 after a day with no range: no day made up; the day named last goes on
    body = "3月5日至7日，某省慈善总会举办慈善组织负责人培训班，会长乔远帆作动员讲话。第五天，秘书长柏文清主持召开座谈会。"
    assert not any(date > "2025-03-07" for _, date, _ in _participation(_facts(body, date="2025-03-12")))
    body = "3月5日，某市慈善总会召开理事会，会长乔远帆主持。最后一天，秘书长柏文清主持召开座谈会。"
    assert ("柏文清", "2025-03-05", "chair") in _participation(_facts(body, date="2025-03-12"))


@pytest.mark.parametrize(
    "earlier, date",
    [
        # the month before the page's (上月, 上个月, with a part of it) and a month told as earlier than the story's day (早在今年3月,
        # 上周 with no day): an episode of its own, dated by that month, not one more thing of the day the page told before
        ("上月，", "2025-05"),
        ("上个月，", "2025-05"),
        ("上月下旬，", "2025-05"),
        ("上个月中旬，", "2025-05"),
        ("早在今年3月，", "2025-03"),
        ("早在去年12月，", "2024-12"),
        ("上周，", "2025-06"),
    ],
)
def test_an_earlier_month_told_relative_to_the_page_is_its_own_episode(earlier: str, date: str) -> None:
    body = "6月10日，某市慈善总会召开座谈会，会长乔远帆主持。" + earlier + "总会副会长葛云舒带队赴某县开展慈善调研。"
    found = _participation(_facts(body, date="2025-06-20"))
    assert ("葛云舒", date, "attendee") in found, found
    assert ("乔远帆", "2025-06-10", "chair") in found


@pytest.mark.parametrize("spoken", ["捐款数较上月增长三成。", "上月的捐款已全部拨付。", "上月28日的捐款已全部拨付。"])
def test_last_month_spoken_of_inside_a_clause_dates_nothing(spoken: str) -> None:
    body = "6月10日，某市慈善总会召开座谈会，会长乔远帆主持。秘书长葛云舒介绍，" + spoken
    found = _participation(_facts(body, date="2025-06-20"))
    assert ("葛云舒", "2025-06-10", "speaker") in found, found


_COURSE = "6月9日上午，某市社会组织评估人员培训班在某中心开班。培训班由某市民政局主办，为期三天。10日上午，服务中心副主任乔远帆讲解了评估打分规则。"


@pytest.mark.parametrize("session", [
    # a course's site session (site_session) in a later part of a day whose sessions were told before: an event of its own
    "下午，学员们来到某市友邻社会工作服务中心开展模拟评估现场教学，该中心主任葛云舒介绍了机构治理结构。",
    "当天下午，学员们来到某区某街道“银龄驿站”开展现场教学，站长葛云舒介绍了驿站的服务。",
    "下午，全体学员走进某县青少年科技活动中心开展现场学习，中心主任葛云舒作了介绍。",
    "下午，学员们赴某市救援实训基地开展实训，基地负责人葛云舒进行了示范。",
])
def test_a_course_s_site_session_after_the_day_s_sessions_is_an_event_of_its_own(session: str) -> None:
    events = [f for f in _facts(_COURSE + session, date="2025-06-12") if f["kind"] == "event"]
    assert len([e for e in events if e["date"] == "2025-06-10"]) == 2, events


@pytest.mark.parametrize("session", [
    # told with its own day, the site session is that day's session of the course: one event of the day
    "11日上午，学员们来到某市慈善总会开展现场教学，秘书长葛云舒介绍了信息公开的做法。",
    "11日，学员们走进某区某医院开展现场教学，社工部主任葛云舒介绍了医务社工的做法。",
])
def test_a_site_session_told_with_its_own_day_is_that_day_s_one_event(session: str) -> None:
    events = [f for f in _facts(_COURSE + session, date="2025-06-12") if f["kind"] == "event"]
    assert len([e for e in events if e["date"] == "2025-06-11"]) == 1, events


@pytest.mark.parametrize("figures", [
    # a report's figures (figures_opening) count gatherings over the period reported: none is an event of the day
    "报告显示，一年来联盟成员共开展“公益律师进企业”活动83场，举办培训班12期。",
    "据统计，全年共举办公益马拉松、健步走等公益赛事37场。",
    "数据显示，今年以来全市开展“慈善进社区”活动260余场。",
    "报告回顾，博物馆开馆以来举办临时展览19个、讲座40场。",
])
def test_the_gatherings_a_report_s_figures_count_are_no_events_of_the_day(figures: str) -> None:
    events = [f for f in _facts("6月10日，某联盟2025年度理事会议在某市召开。" + figures, date="2025-06-12") if f["kind"] == "event"]
    assert len(events) == 1, events


@pytest.mark.parametrize("told, name", [
    # a name reaches over a quoted brand (its words whatever their part of speech) and a grade written with a letter (5A级)
    ("6月30日下午，嘉兴市社会组织庆祝中国共产党成立105周年暨“两优一先”表彰大会在市民中心举行。", "嘉兴市社会组织庆祝中国共产党成立105周年暨两优一先表彰大会"),
    ("6月30日上午，嘉兴市2026年度社会组织等级评估工作总结会暨5A级社会组织授牌仪式在某酒店举行。", "嘉兴市2026年度社会组织等级评估工作总结会暨5A级社会组织授牌仪式"),
    ("6月30日，安吉县递铺镇社会工作服务站揭牌暨“一老一小”服务项目启动仪式在某镇便民服务中心举行。", "安吉县递铺镇社会工作服务站揭牌暨一老一小服务项目启动仪式"),
    ("6月30日，“非遗进村·艺起乡约”文艺志愿服务活动在某村文化礼堂举行。", "非遗进村·艺起乡约文艺志愿服务活动"),
])
def test_an_event_name_reaches_over_a_quoted_brand_and_a_lettered_grade(told: str, name: str) -> None:
    events = [f for f in _facts(told, date="2026-07-02") if f["kind"] == "event"]
    assert [e["name"] for e in events] == [name], events


@pytest.mark.parametrize(
    ("body", "event"),
    [
        # a performance (义演, 汇演, 展演), games (运动会), a festival (音乐节, 艺术节, 文化节), a celebration (庆典, 盛典,
        # 联欢会, 团拜会), a session open to all (公开课, 大讲堂, 读书会, 工作坊), a walk (健步走): endings of events
        # (data/lexicons/events.tsv), told with the verbs a stage uses (上演, 登场, 拉开帷幕, 揭幕, 开营, 开课, 开赛: held_verb)
        ("3月8日晚，“青川有爱”2026新春慈善义演在青川大剧院上演。", ("2026-03-08", "青川有爱2026新春慈善义演")),
        ("3月8日，青川市第三届残疾人运动会在市体育中心开幕。", ("2026-03-08", "青川市第三届残疾人运动会")),
        ("青川市首届公益音乐节于3月8日晚在滨江公园登场。", ("2026-03-08", "青川市首届公益音乐节")),
        ("3月8日，2026青川慈善文化节在市民广场拉开帷幕。", ("2026-03-08", "2026青川慈善文化节")),
        ("3月8日上午，青川市慈善总会2026年迎春团拜会在总会会议室举行。", ("2026-03-08", "青川市慈善总会2026年迎春团拜会")),
        ("3月8日，“善行青川”公益健步走在湿地公园鸣枪出发。", ("2026-03-08", "善行青川公益健步走")),
        ("3月8日下午，2026年春季青川慈善大讲堂在市图书馆开讲。", ("2026-03-08", "2026年春季青川慈善大讲堂")),
        ("3月8日，青川市社区慈善工作坊在青川街道开课。", ("2026-03-08", "青川市社区慈善工作坊")),
        ("3月8日晚，“金色年华”2026慈善音乐会在青川大剧院圆满落幕。", ("2026-03-08", "金色年华2026慈善音乐会")),
    ],
)
def test_stage_events_and_the_verbs_a_stage_uses_are_events(body: str, event: tuple[str, str]) -> None:
    assert event in _events(_facts(body, "2026-03-10"))


@pytest.mark.parametrize(
    "body",
    [
        "青川社区2026年“新春微心愿”认领活动圆满收官。",
        "青川市慈善总会“冬日暖阳2025”活动日前顺利落幕，共筹得善款86万元。",
        "青川街道“暑期护苗”系列活动落下帷幕。",
    ],
)
def test_a_campaign_closed_on_no_day_written_is_no_event(body: str) -> None:
    """收官, 落幕, 落下帷幕 (closing_verb) close a campaign (…活动) run over weeks: with no day written in the sentence it is
    no event of a day (日前 gives the page's month, not the day the weeks ended); with a day or a range of days it is."""
    assert not _events(_facts(body, "2026-01-20"))


def test_a_campaign_closed_on_the_days_written_is_an_event() -> None:
    body = "9月7日至9日，2026年“金秋同心”网络募捐活动落下帷幕，3天共筹得善款218万元。"
    assert ("2026-09-07", "2026年金秋同心网络募捐活动") in _events(_facts(body, "2026-09-12"))


@pytest.mark.parametrize("opening", ["一周来", "一周以来", "一个月来", "几天来", "连日来"])
def test_what_a_stretch_of_days_counts_is_no_event_of_the_day(opening: str) -> None:
    # 一周来，各地还开展了慈善文艺展演…: over the week (period_opening), not on the day the sentence before told
    body = f"9月11日，青川“慈善周”闭幕式在市民中心举行。{opening}，各地还开展了慈善文艺展演、慈善进校园等活动。"
    assert {date for date, _ in _events(_facts(body, "2026-09-12"))} == {"2026-09-11"}


@pytest.mark.parametrize(
    ("body", "event"),
    [
        ("10月18日，第五届海峡两岸（昆山）慈善公益论坛在昆山开幕。", ("2026-10-18", "第五届海峡两岸（昆山）慈善公益论坛")),
        ("10月18日，2026中国（杭州）慈善博览会在杭州国际博览中心开幕。", ("2026-10-18", "2026中国（杭州）慈善博览会")),
        ("10月18日，首届长三角（嘉兴）慈善论坛举行。", ("2026-10-18", "首届长三角（嘉兴）慈善论坛")),
        ("10月18日，第三屆粵港澳（澳門）慈善論壇在澳門舉行。", ("2026-10-18", "第三屆粵港澳（澳門）慈善論壇")),
    ],
)
def test_a_place_in_brackets_inside_an_event_name_is_the_names(body: str, event: tuple[str, str]) -> None:
    # 海峡两岸（昆山）慈善公益论坛: the host city in brackets (a place of data/lexicons/places.tsv) stays inside the name
    assert event in _events(_facts(body, "2026-10-22"))


def test_a_bracket_that_holds_no_place_ends_an_event_name() -> None:
    assert ("2026-10-18", "成立大会") in _events(_facts("10月18日，某基金会（筹）成立大会在杭州召开。", "2026-10-22"))


def test_a_bare_ending_on_a_traditional_page_takes_the_series_named_before() -> None:
    """論壇 alone after 第五屆某論壇 on a page in traditional characters: the name is read normalized (论坛) to find the series,
    and its own day (於18日) dates it; the range's first day keeps what else the party did there."""
    body = ("某基金會由董事長溫秀琴率團，於10月17日至19日赴江蘇昆山，出席「第五屆海峽兩岸（昆山）慈善公益論壇」。"
            "論壇於18日上午在昆山市花橋國際會議中心登場，中共昆山市委常委姒國平等出席開幕式。")
    events = _events(_facts(body, "2026-10-22"))
    assert ("2026-10-18", "海峽兩岸（昆山）慈善公益論壇") in events
    assert not any(name.endswith("開幕式") for _, name in events)
    assert not any(date == "2026-10-17" and name.endswith("論壇") for date, name in events)


def test_a_day_of_acceptance_checks_is_named_by_the_acceptance() -> None:
    """9月8日，某局技术人员甲带队对新房逐户进行了竣工验收，重点检查了…: the day's event is the 竣工验收 (a housing page's
    acceptance of finished works), not the detail the clause after it checks."""
    facts = _facts("10月16日，东湖镇举行交钥匙仪式。此前，9月8日，县住建局技术人员简志明带队对12户新房逐户进行了竣工验收，重点检查了地基和屋面。")
    named = {f["name"] for f in facts if f["kind"] == "event" and f["date"] == "2024-09-08"}
    assert named == {"竣工验收"}, named
    assert ("简志明", "2024-09-08", "attendee") in _participation(facts)
