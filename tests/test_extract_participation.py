"""Who takes part and how (docs/FACTS.md participation), each rule on short invented texts in several variants."""

from __future__ import annotations

import pytest

from kg.extract import extract_article
from kg.extract.text import normalize, split_sentences
from kg.model import Article


def _participation(body: str, date: str = "2025-06-12") -> set[tuple[str, str, str]]:
    article = Article("t", body, title="", date=date, publisher="", body_start=0)
    facts = [f.to_record() for f in extract_article(article).facts]
    return {(f.get("person") or f.get("organization"), f["event_date"], f["role"]) for f in facts if f["kind"] == "participation"}


@pytest.mark.parametrize(
    "body, person, role",
    [
        # a speaker listed after an appointment verb's names is still there
        ("6月10日，某区慈善总会召开理事会议，会议增补某公司总经理乔远帆为副会长，秘书长葛云舒就明年工作作了说明。", "葛云舒", "speaker"),
        ("6月10日，某区慈善总会召开理事会议，会议选举乔远帆为会长，葛云舒作表态发言。", "葛云舒", "speaker"),
        ("6月10日，某县慈善协会召开会员大会，会议聘请乔远帆为名誉会长，会长葛云舒主持。", "葛云舒", "chair"),
        # who takes a speaking part (担任评议人, 担任点评嘉宾: a discussant comments on the papers) speaks
        ("6月10日，某慈善法治研讨会举行。某大学法学院教授乔远帆、研究院副院长葛云舒担任评议人。", "葛云舒", "speaker"),
        ("6月10日，某公益沙龙举行，沙龙邀请某中心理事长葛云舒担任点评嘉宾。", "葛云舒", "speaker"),
        # an applicant who defends a project before the panel (答辩) speaks at the review
        ("6月10日，某市慈善总会召开公益项目评审会。会上，某社区服务中心主任葛云舒等申报单位代表逐一答辩。", "葛云舒", "speaker"),
        # a supervisor who sits in (列席) and gives the board of supervisors' opinion (发表监事会意见) speaks
        ("6月10日，某慈善基金会召开三届二次理事会，理事长乔远帆主持，监事长葛云舒列席会议并发表监事会意见。", "葛云舒", "speaker"),
        ("6月10日，某慈善基金会召开理事会，理事长乔远帆主持，监事葛云舒列席会议并发表意见。", "葛云舒", "speaker"),
        # an adverb of one by one (逐项, 逐条) between a name the segmenter cuts (邸|若兰) and its verb: the name ends before it
        ("6月8日，某市民政局局长乔远帆到某会调研，处长邸若兰陪同。6月10日，某市民政局召开反馈会，乔远帆主持，邸若兰逐项通报了检查发现的问题。", "邸若兰", "speaker"),
    ],
)
def test_who_chairs_or_speaks_is_also_an_attendee(body: str, person: str, role: str) -> None:
    found = _participation(body)
    assert (person, "2025-06-10", role) in found
    assert (person, "2025-06-10", "attendee") in found


@pytest.mark.parametrize(
    "death",
    [
        "某市慈善总会名誉会长、市政协原主席乔远帆同志，因病医治无效，于2025年6月8日在某市逝世，享年84岁。",
        "6月8日，某市慈善总会原会长乔远帆先生因病在某市去世，享年九十岁。",
        "某市慈善总会名誉会长乔远帆同志于2025年6月8日不幸病逝。",
        "2025年6月8日，乔远帆老会长与世长辞。",
    ],
)
def test_the_deceased_takes_no_part_in_their_farewell(death: str) -> None:
    found = _participation(
        death + "乔远帆同志遗体告别仪式于6月11日上午在某市殡仪馆举行。会长葛云舒主持告别仪式，秘书长柏文清宣读了乔远帆同志生平。"
        "乔远帆同志病重期间，市领导到医院看望。"
    )
    assert not any(person == "乔远帆" for person, _, _ in found)
    assert ("葛云舒", "2025-06-11", "chair") in found
    assert ("柏文清", "2025-06-11", "speaker") in found


def test_an_earlier_event_of_the_deceased_is_kept_and_a_mourner_is_not_the_deceased() -> None:
    found = _participation(
        "6月11日，某市慈善总会会长葛云舒代表总会向因病逝世的老会长乔远帆的家属表示慰问。"
        "2019年5月，乔远帆同志出席全市慈善工作会议并讲话。乔远帆同志于2025年6月8日在某市逝世。"
    )
    assert ("葛云舒", "2025-06-11", "attendee") in found
    assert ("乔远帆", "2019-05", "speaker") in found
    assert not any(person == "乔远帆" and date.startswith("2025") for person, date, _ in found)


@pytest.mark.parametrize(
    "quoted",
    [
        "某大学社会学院教授乔远帆曾撰文指出，慈善透明的关键在于能查。",
        "正如某大学教授乔远帆曾经说过的，慈善透明的关键在于能查。",
        "老会长乔远帆生前常说，慈善会是给老百姓跑腿的。",
        "某研究院研究员乔远帆撰文认为，慈善组织应当公开账目。",
        # who first proposed a thing (在甲的倡议下, 最早由乙, 由丙倡议发起) is not there either
        "他回顾说，联席会议是2021年在时任某市慈善协会会长乔远帆的倡议下建立的。",
        "据悉，联合救助的设想最早由某市慈善总会原会长乔远帆提出。",
        "项目由某集团董事长乔远帆倡议发起，是基金会投入最大的帮扶项目。",
    ],
)
def test_words_said_before_and_elsewhere_or_a_thing_first_proposed_place_no_one_at_the_event(quoted: str) -> None:
    found = _participation("6月10日，某市慈善总会召开信息公开工作推进会，会长葛云舒主持会议。" + quoted)
    assert ("葛云舒", "2025-06-10", "chair") in found
    assert not any(person == "乔远帆" for person, _, _ in found)


def test_a_surname_that_reads_like_a_past_marker_still_speaks() -> None:
    found = _participation("6月10日，某市慈善总会召开理事会议，会长曾远帆指出，要做好信息公开。")
    assert ("曾远帆", "2025-06-10", "speaker") in found


@pytest.mark.parametrize(
    "middle",
    [
        "邝明远在听取汇报后，转达了分管副市长刘海舟对全市慈善工作的关心。",
        "邝明远看望了老会长刘海舟，转达了市委的问候。",
        "邝明远一行参观了刘海舟创办的慈善超市。",
    ],
)
def test_a_pronoun_opening_the_next_sentence_is_the_subject_not_the_last_name(middle: str) -> None:
    found = _participation("6月10日，市民政局局长邝明远一行来到市慈善总会调研。" + middle + "他指出，要把慈善工作做实。")
    assert ("邝明远", "2025-06-10", "speaker") in found
    assert ("刘海舟", "2025-06-10", "speaker") not in found


@pytest.mark.parametrize(
    "written, day",
    [
        ("2O25年8月6日上午", "2025-08-06"),
        ("２Ｏ２５年８月６日", "2025-08-06"),
        ("2025年1O月6日", "2025-10-06"),
        ("2o25年8月6日", "2025-08-06"),
    ],
)
def test_a_letter_o_for_a_zero_in_a_date_dates_the_meeting(written: str, day: str) -> None:
    # scanned minutes and typed pages write a Latin O for the zero; the page date is days later
    found = _participation(written + "，某市慈善总会四届七次理事会在市民政局会议室召开，会议由会长葛云舒主持。", date="2025-10-15")
    assert ("葛云舒", day, "chair") in found


def test_a_letter_o_elsewhere_is_left_as_written() -> None:
    from kg.extract.text import normalize

    assert normalize("OPPO手机2台、Go2年卡") == "OPPO手机2台、Go2年卡"


@pytest.mark.parametrize(
    "row",
    [
        "　　副理事长　　　　　　葛云舒、柏文清　　　　　　　　　　　　柏文清、乔远帆",
        "　　秘书长　　　　　　　乔远帆　　　　　　　　　　　　　　　　乔远帆（连任）",
        "　　理事\t葛云舒、柏文清、乔远帆\t柏文清、乔远帆",
    ],
)
def test_people_in_a_row_of_table_columns_are_listed_not_present(row: str) -> None:
    found = _participation("经本会第五届理事会第九次会议审议通过，本会部分理事发生变更。\n　　变更事项　　　　变更前　　　　变更后\n" + row + "\n")
    assert not any(person in ("葛云舒", "柏文清", "乔远帆") for person, _, _ in found)


def test_a_signing_row_under_a_presence_label_still_attends() -> None:
    found = _participation("6月10日，某基金会与某公司签约仪式在某市举行。\n出席：\n某基金会　　理事长　　葛云舒\n某公司　　董事长　　柏文清\n")
    assert ("葛云舒", "2025-06-10", "attendee") in found
    assert ("柏文清", "2025-06-10", "attendee") in found


_TEAMS = "春节将至，6月9日至11日，市慈善总会分三个组深入县区开展走访慰问。"


@pytest.mark.parametrize(
    "team, day",
    [
        ("第二组由常务副会长葛云舒带队，副秘书长柏文清参加。10日，慰问组赴某县，某县慈善总会会长乔远帆陪同。", "2025-06-10"),
        ("第二组由常务副会长葛云舒带队，副秘书长柏文清参加。10日上午，慰问组一行来到某县，乔远帆陪同。", "2025-06-10"),
        ("第三组由常务副会长葛云舒带队，副秘书长柏文清参加，11日分别前往某县、某区，某县慈善总会会长乔远帆陪同。", "2025-06-11"),
        ("第三组由常务副会长葛云舒带队，副秘书长柏文清参加，11日先后走访某县、某区，乔远帆陪同。", "2025-06-11"),
    ],
)
def test_a_team_formed_before_its_day_goes_out_on_that_day(team: str, day: str) -> None:
    found = _participation(_TEAMS + "第一组由会长庞立新带队。9日上午，慰问组来到某区。" + team)
    assert ("庞立新", "2025-06-09", "attendee") in found
    for person in ("葛云舒", "柏文清", "乔远帆"):
        assert (person, day, "attendee") in found
        assert (person, "2025-06-09", "attendee") not in found


def test_a_team_sentence_keeps_its_day_when_someone_else_acts_next() -> None:
    found = _participation("6月9日，市慈善总会会长葛云舒带队赴某县调研，柏文清参加。10日，某县县长乔远帆会见了调研组一行。")
    assert ("葛云舒", "2025-06-09", "attendee") in found


@pytest.mark.parametrize(
    "row",
    [
        "名誉会长　　乔　远　　　　某省人大常委会原副主任",
        "副 会 长　柏　倩（女）　乔远帆",
        "秘 书 长　乔远帆",
    ],
)
def test_a_table_row_padded_by_single_spaces_lists_its_people(row: str) -> None:
    found = _participation("6月10日，某省慈善总会第五届理事会第一次会议选举产生新一届领导班子，名单如下：\n职　务　　姓　名　　现任职务\n" + row + "\n")
    assert not any(person in ("乔远", "柏倩", "乔远帆") for person, _, _ in found)


def test_a_broadcast_label_with_spaced_titles_still_speaks() -> None:
    found = _participation("6月10日，某市慈善总会“情暖万家”活动启动。\n【同期声】市委常委、统战部部长 市慈善总会会长 葛云舒\n我们要把好事办好。\n")
    assert ("葛云舒", "2025-06-10", "speaker") in found


@pytest.mark.parametrize("heading", ["葛云舒（某市慈善总会会长、党支部书记）：", "葛　舒（某市慈善总会会长，某市政协原副主席）：", "眭云舒（某县慈善协会秘书长）："])
def test_a_speaker_heading_with_a_title_chain_speaks_at_the_meeting(heading: str) -> None:
    found = _participation("6月10日，某省慈善联合会召开工作座谈会，现将部分发言摘要刊发。\n" + heading + "\n我们今年要把助学项目做实。\n")
    name = heading[:3].replace("　", "")
    assert (name, "2025-06-10", "speaker") in found
    assert (name, "2025-06-10", "attendee") in found


@pytest.mark.parametrize(
    "body, person",
    [
        ("6月10日上午，某市慈善总会副会长兼秘书长葛云舒做客某市广播电台“民生热线”直播节目，解答听众提问。", "葛云舒"),
        ("6月10日上午，某市人民政府新闻办公室举行新闻发布会，某市民政局副局长乔远帆回答记者提问。", "乔远帆"),
    ],
)
def test_a_guest_of_a_broadcast_or_who_answers_reporters_speaks(body: str, person: str) -> None:
    # tests/corpus/interviews/README.md: a dated live programme or press conference is an event, its guests speak
    found = _participation(body)
    assert (person, "2025-06-10", "speaker") in found
    assert (person, "2025-06-10", "attendee") in found


_CEREMONY = "6月10日，某区慈善总会“春晖助学奖”颁奖仪式在区文化中心举行，区民政局局长乔远帆出席。"


@pytest.mark.parametrize(
    "body",
    [
        _CEREMONY + "乔远帆为获奖教师颁发证书和奖金。获得本届“春晖助学奖”的3名教师是：葛云舒、柯望舒、林序白。\n",
        _CEREMONY + "乔远帆为获奖学生颁奖。\n附：本届“春晖助学奖”获奖学生名单\n文学院：葛云舒　柯望舒\n理学院：林序白、温以宁\n",
        _CEREMONY + "5位获奖者悉数到场领奖。\n获奖者（部分）：\n葛云舒（某公司董事长）；柯望舒（某街道志愿者）；林序白（退休教师）\n",
        _CEREMONY + "乔远帆为获奖教师颁奖。获得本届“春晖教师”称号的是（按姓氏笔画排序）：\n葛云舒（某中学）　柯望舒（某小学）\n",
        _CEREMONY + "获得“优秀志愿者”称号的是：\n葛云舒（某街道）　柯望舒（某社区）\n上述优秀志愿者均到会领奖。\n",
        "6月10日，某区慈善总会召开第二次会员大会。会长乔远帆主持会议。当选副会长的是：葛云舒、柯望舒、林序白。乔远帆为新当选的副会长颁发了聘书。\n",
        # one by one (逐一) between the group and what is handed it
        _CEREMONY + "乔远帆为3位特聘顾问逐一颁发了聘书。首批特聘顾问共3人（按姓氏笔画排序）：\n葛云舒　东湖大学法学院教授\n柯望舒　南山学院社会学系副教授\n",
        # a quoted group coming on stage in turn (依次上台), its list under a heading that quotes it
        _CEREMONY + "5名“春晖之星”依次上台，乔远帆为他们颁发证书。\n2025年度“春晖之星”名单\n葛云舒（某公司）\n柯望舒（某医院）\n",
    ],
)
def test_a_listed_group_shown_handed_its_awards_or_letters_is_there(body: str) -> None:
    """为获奖学生颁奖, 获奖者悉数到场领奖 and the list of that group, before or after (its heading may carry an aside:
    称号的是（按姓氏笔画排序）：; the group may come as a whole: 均到会领奖): handed, so present."""
    found = _participation(body)
    assert ("葛云舒", "2025-06-10", "attendee") in found
    assert ("柯望舒", "2025-06-10", "attendee") in found


@pytest.mark.parametrize(
    "body",
    [
        _CEREMONY + "获得本届“春晖助学奖”的3名教师是：葛云舒、柯望舒、林序白。\n",  # no one handed anything
        _CEREMONY + "乔远帆为获奖代表颁发证书。获得本届“春晖助学奖”的3名教师是：葛云舒、柯望舒、林序白。\n",  # some of them only
        _CEREMONY + "乔远帆为获奖学生颁奖。\n附：本届评审专家名单\n文学院：葛云舒　柯望舒\n",  # another group's list
    ],
)
def test_a_list_with_no_sentence_showing_its_group_handed_anything_stays_absent(body: str) -> None:
    found = _participation(body)
    assert ("乔远帆", "2025-06-10", "attendee") in found
    assert not any(person in ("葛云舒", "柯望舒") for person, _, _ in found)


def test_a_bracketed_title_in_a_sentence_is_no_speaker_heading() -> None:
    found = _participation("6月10日，某省慈善联合会召开工作座谈会。获奖者：葛云舒（退休教师）、乔远帆（某公司董事长）。\n")
    assert not any(person == "葛云舒" for person, _, _ in found)


@pytest.mark.parametrize(
    "past",
    [
        "特别是原副会长乔远帆同志生前长期分管项目工作，为项目的创立倾注了大量心血。",
        "全区慈善工作站全部完成规范化建设，在原会长乔远帆同志任内打下的基础上，新增工作点42个。",
        "他几次提到已故的原系主任乔远帆教授，言语中满是感激。",
        "校友柏文清回忆说：“乔远帆老师当年自掏腰包给我买过一张回家的车票，这份情我一直记着。”",
    ],
)
def test_people_of_the_past_or_of_quoted_words_are_not_there(past: str) -> None:
    found = _participation("6月10日，某市慈善总会召开理事会议，会长葛云舒主持会议。" + past)
    assert ("葛云舒", "2025-06-10", "chair") in found
    assert not any(person == "乔远帆" for person, _, _ in found)


@pytest.mark.parametrize(
    "opening",
    [
        "经本会第五届理事会第九次会议（2025年5月28日）审议通过，本会部分理事发生变更。",
        "根据理事会会议（2025年5月28日）决议，本会理事长发生变更。",
        "在全市慈善工作推进会（2025年5月28日）上，",
    ],
)
def test_a_meeting_named_with_its_day_in_brackets_dates_what_follows(opening: str) -> None:
    found = _participation(opening + "会议由理事长葛云舒主持，应到理事7人，实到7人。", date="2025-06-05")
    assert ("葛云舒", "2025-05-28", "chair") in found


@pytest.mark.parametrize(
    "welcome",
    [
        "座谈会上，葛云舒代表总会对来访一行的到来表示欢迎，柏文清从三个方面汇报了一季度工作。",
        "座谈会上，葛云舒对来访一行表示热烈欢迎；柏文清汇报了一季度工作。",
        "座谈会上，葛云舒对各方的支持表示衷心感谢，柏文清介绍了项目进展。",
    ],
)
def test_a_welcome_or_thanks_is_no_reported_speech_that_hides_the_next_speaker(welcome: str) -> None:
    found = _participation("6月10日，某市民政局局长邝明远一行来到某市慈善总会调研，总会会长葛云舒、秘书长柏文清陪同。" + welcome)
    assert ("葛云舒", "2025-06-10", "speaker") in found
    assert ("柏文清", "2025-06-10", "speaker") in found


@pytest.mark.parametrize(
    "said",
    [
        "乔远帆副院长补充说，车上的呼吸机在春节期间抢救了一名老人。",
        "乔远帆接着说，项目明年还要扩大。",
        "会长乔远帆重点介绍了社区基金的做法。",
        "乔远帆简要介绍了社区基金的做法。",
    ],
)
def test_more_ways_of_saying_after_a_name(said: str) -> None:
    found = _participation("6月10日，某基金会召开项目回访座谈会，某医院副院长乔远帆出席。" + said)
    assert ("乔远帆", "2025-06-10", "speaker") in found


def test_who_sends_regards_through_another_is_not_there() -> None:
    found = _participation("6月10日，市民政局局长邝明远一行来到市慈善总会调研。邝明远转达了分管副市长乔远帆对全市慈善工作的关心，充分肯定了总会的工作。")
    assert ("邝明远", "2025-06-10", "attendee") in found
    assert not any(person == "乔远帆" for person, _, _ in found)


@pytest.mark.parametrize("title", ["某教育基金会2025年度工作报告（摘要）", "某基金会2025年工作报告", "某慈善会2025年年度报告"])
def test_a_yearly_report_places_its_days_in_its_year(title: str) -> None:
    body = "2025年度共召开理事会会议2次。3月18日召开第四届理事会第六次会议，会议由理事长葛云舒主持。"
    article = Article("t", body, title=title, date="2026-04-15", publisher="", body_start=0)
    found = {(f.fields.get("person"), f.fields["event_date"], f.fields["role"]) for f in extract_article(article).facts if f.kind == "participation"}
    assert ("葛云舒", "2025-03-18", "chair") in found


@pytest.mark.parametrize(
    "title",
    [
        "在全市慈善工作推进会上的讲话",
        "在某慈善论坛开幕式上的致辞",
        "在全省慈善工作会议上的总结讲话",
        "在某市慈善总会会员代表大会上的闭幕词",
        "在全市慈善工作推进会上的讲话（摘要）",  # a short note in brackets says the text is cut
        "在某慈善论坛开幕式上的致辞(节选)",
    ],
)
def test_a_speech_text_gives_its_author_and_its_own_date(title: str) -> None:
    body = (
        "市民政局党组书记、局长　葛云舒\n（2025年4月16日）\n（会议由市民政局副局长柏文清主持）\n同志们：\n"
        "今天召开全市慈善工作会议，主要是部署今年重点任务。下面，我讲三点意见。\n"
    )
    article = Article("t", body, title=title, date="2025-04-21", publisher="", body_start=0)
    found = {(f.fields.get("person"), f.fields["event_date"], f.fields["role"]) for f in extract_article(article).facts if f.kind == "participation"}
    assert ("葛云舒", "2025-04-16", "speaker") in found
    assert ("柏文清", "2025-04-16", "chair") in found


def test_people_a_speech_only_thanks_recalls_or_praises_are_not_there() -> None:
    body = (
        "某市慈善总会会长　葛云舒\n（2025年4月16日）\n尊敬的柏文清副市长，各位代表：\n"
        "刚才，柏文清副市长作了重要讲话。从首任会长乔远帆同志到上一届会长戚明川同志，历届理事会打下了坚实基础。\n"
        "我还要特别感谢原秘书长诸葛岚同志，她为总会的规范化建设付出了很多心血。\n"
        "某区慈善会会长钱望舒等同志带领各地慈善会开拓创新。\n"
        "戚明川老会长今天也来到会场，让我们向他表示敬意！\n"
    )
    article = Article("t", body, title="在某市慈善总会会员代表大会上的讲话", date="2025-04-21", publisher="", body_start=0)
    found = {(f.fields.get("person"), f.fields["event_date"], f.fields["role"]) for f in extract_article(article).facts if f.kind == "participation"}
    assert {("葛云舒", "2025-04-16", "speaker"), ("柏文清", "2025-04-16", "speaker"), ("戚明川", "2025-04-16", "attendee")} <= found
    assert not [p for p in found if p[0] in ("乔远帆", "诸葛岚", "钱望舒")]
    assert ("戚明川", "2025-04-16", "speaker") not in found  # 让我们向他表示敬意: the speaker's words


def test_a_bracketed_credit_line_is_still_page_noise() -> None:
    from kg.extract.lexicon import lexicons

    assert lexicons().noise_action("（记者 某某 通讯员 某某）") == "drop"
    assert lexicons().noise_action("（2025年4月16日）") != "drop"
    assert lexicons().noise_action("（会议由某局副局长某某主持）") != "drop"
    assert lexicons().noise_action("（检查组组成人员均全程参加了检查。）") != "drop"  # a sentence of the text, in brackets


@pytest.mark.parametrize("recent", ["日前", "近日"])
def test_a_digest_item_opening_with_recently_is_not_the_day_of_the_item_before(recent: str) -> None:
    body = (
        "■甲县\n11月14日，甲县慈善总会举办青瓷义卖，会长葛云舒出席。\n■乙县\n"
        + recent + "，旅居海外的侨胞乔远帆向乙县慈善总会捐赠100万元，设立助老专项基金。\n"
        "乙县慈善总会常务副会长柏文清出席捐赠仪式并向乔远帆颁发了证书。\n"
    )
    found = _participation(body, date="2025-11-26")
    assert ("葛云舒", "2025-11-14", "attendee") in found
    assert ("柏文清", "2025-11", "attendee") in found
    assert ("柏文清", "2025-11-14", "attendee") not in found


@pytest.mark.parametrize(
    "item",
    [
        "乙县慈善总会{recent}与某职业学院签约共建慈善实践基地，会长柏文清、学院团委书记乔远帆出席签约仪式。",  # after its subject
        "乙县　乙县慈善总会{recent}与某职业学院签约共建慈善实践基地，会长柏文清、学院团委书记乔远帆出席签约仪式。",  # a place cell
        "滁州：{recent}，滁州市慈善总会与某职业学院签约共建慈善实践基地，会长柏文清、学院团委书记乔远帆出席签约仪式。",  # a place label
    ],
)
@pytest.mark.parametrize("recent", ["日前", "近日"])
def test_a_digest_item_telling_its_recent_time_after_its_subject_is_of_its_month(item: str, recent: str) -> None:
    # 某会日前与某协会签约 opening a digest's next item: the recent time after the item's subject (or a place label) is the
    # month's, as 日前，… opening it is, not the day of the item before
    body = "11月14日，甲县慈善总会举办青瓷义卖，会长葛云舒出席。\n" + item.format(recent=recent) + "\n"
    found = _participation(body, date="2025-11-26")
    assert ("葛云舒", "2025-11-14", "attendee") in found
    assert {("柏文清", "2025-11", "attendee"), ("乔远帆", "2025-11", "attendee")} <= found, found
    assert ("柏文清", "2025-11-14", "attendee") not in found


@pytest.mark.parametrize(
    "turn",
    ["，柏文清表示将给予支持。", "，某市民政局副局长柏文清则表示将给予支持。", "；柏文清也表示将给予支持。"],
)
def test_a_clause_whose_own_subject_speaks_ends_the_words_reported_before_it(turn: str) -> None:
    # 甲在讲话中希望…，乙表示…: 乙's clause (a name, its title chain before it, right after the comma, its verb of saying
    # right after it) is 乙's own words, not part of what 甲 hoped
    found = _participation(_DAY_TOLD + "葛云舒在讲话中希望两家加强项目对接" + turn)
    assert {("葛云舒", "2025-06-10", "speaker"), ("柏文清", "2025-06-10", "speaker"), ("柏文清", "2025-06-10", "attendee")} <= found, found


def test_a_paragraph_going_back_to_an_earlier_day_before_one_back_at_the_gathering_is_a_recall() -> None:
    # 9月15日，某感谢仪式举行。 ¶ 9月3日凌晨，某楼起火，甲…敲门 (what the ceremony thanks for) ¶ 感谢仪式上，乙通报了…: the
    # paragraph going back tells a recalled day; the one back at the gathering is on the story's day
    found = _participation(
        "9月15日上午，某区消防救援大队在某社区举行感谢仪式。\n\n9月3日凌晨，某小区一幢居民楼起火，快递员葛云舒最先发现火情，挨家挨户敲门。\n\n"
        "感谢仪式上，大队长柏文清通报了火灾经过，葛云舒说，大家知道先敲哪几家的门。",
        date="2025-09-16",
    )
    assert ("葛云舒", "2025-09-03", "attendee") in found, found
    assert {("柏文清", "2025-09-15", "speaker"), ("葛云舒", "2025-09-15", "speaker")} <= found, found
    assert not [p for p in found if p[0] == "柏文清" and p[1] != "2025-09-15"], found


def test_the_speaker_a_heading_line_names_over_a_paragraph_of_words_speaks() -> None:
    # 发言摘编: 甲（某会会长） on a line of its own over a paragraph of words: 甲 speaks there; the last line of a roster
    # of the same shape (丙（某院院长） under 乙（某局局长）) over the text going on does not
    found = _participation(
        "6月22日，六市慈善协作座谈会在某市召开，某市副市长乔远帆出席并致辞。\n\n葛云舒（某市慈善总会会长）\n\n"
        "我们的经验就一条：跟着企业走，十年来资助学生四千多人。\n\n柏文清（某市慈善总会秘书长）\n\n"
        "我们离省城近，已经和省城的慈善总会谈了两轮。\n\n应邀参加的人大代表：\n\n邸若兰（区人大代表）\n\n"
        "石　磊（区人大代表，某社区居委会主任）\n\n当天下午，与会人员考察了某社区慈善超市。",
        date="2025-06-24",
    )
    assert {(n, "2025-06-22", r) for n in ("葛云舒", "柏文清") for r in ("attendee", "speaker")} <= found, found
    assert not [p for p in found if p[0] == "石磊" and p[2] == "speaker"], found


@pytest.mark.parametrize(
    "recall, back",
    [
        ("今年3月，某村召开村民代表大会，表决通过了设立村级慈善基金的决议。", "\n\n仪式上，"),  # the next paragraph
        ("今年3月至5月，受某局委托，某会计师事务所对某会进行了专项审计。", "会上，"),  # back at the gathering, same paragraph
        ("去年9月，在某市召开的联席会议上，某会接过交接牌。", "\n\n"),
    ],
)
def test_a_paragraph_recalling_an_earlier_month_of_the_year_is_a_recall(recall: str, back: str) -> None:
    # 6月28日，某仪式举行。 ¶ 今年3月，某村召开… (a paragraph opening with an earlier month of the page's year or the year
    # before): a recall, as one inside a paragraph is; the next paragraph (or 会上，…) is on the story's day again
    found = _participation(
        "6月28日上午，某村慈善基金成立仪式在村文化礼堂举行，某镇党委副书记葛云舒出席。\n\n" + recall + back
        + "某公司董事长柏文清在发言中说，要把这份情还给家乡。",
        date="2025-06-30",
    )
    assert {("柏文清", "2025-06-28", "attendee"), ("柏文清", "2025-06-28", "speaker")} <= found, found
    assert not [p for p in found if p[0] == "柏文清" and p[1] != "2025-06-28"], found


@pytest.mark.parametrize(
    "party",
    ["回访组", "督导组", "走访小组", "考察团", "帮扶工作队", "慰问团"],
)
def test_a_party_named_by_its_activity_and_a_group_noun_takes_its_members_to_each_stop(party: str) -> None:
    found = _participation(
        f"6月9日至10日，市慈善总会秘书长葛云舒带领项目部部长柏文清、财务部副部长乔远帆一行赴某县，某县民政局局长庞立新全程陪同。"
        f"9日下午，{party}来到某县人民医院。10日上午，{party}在某县中心小学召开座谈会。"
    )
    for person in ("葛云舒", "柏文清", "乔远帆", "庞立新"):
        assert (person, "2025-06-09", "attendee") in found
        assert (person, "2025-06-10", "attendee") in found


@pytest.mark.parametrize(
    "members",
    ["访问团成员包括副会长柏文清、监事长乔远帆等。", "代表团成员有副会长柏文清、监事长乔远帆。", "随行人员有副会长柏文清、监事长乔远帆。"],
)
def test_the_members_a_sentence_lists_after_the_party_go_to_each_stop(members: str) -> None:
    found = _participation(
        "某会会长葛云舒率领访问团一行于6月9日至10日赴某省交流访问。" + members
        + "9日下午，访问团与某省慈善总会举行座谈会。10日，访问团在某省慈善总会副秘书长庞立新陪同下参观了某博物馆。"
    )
    for person in ("葛云舒", "柏文清", "乔远帆"):
        assert (person, "2025-06-10", "attendee") in found
    assert ("庞立新", "2025-06-10", "attendee") in found
    assert ("庞立新", "2025-06-09", "attendee") not in found


@pytest.mark.parametrize(
    "members",
    [
        "考察组成员：\n柏文清　市慈善总会副会长\n乔　远　市慈善总会副秘书长\n",  # one row a line under a label ending its line, a padded name
        "来访人员：\n葛云舒、柏文清、乔　远\n",  # the names on one line of their own
        "一行包括：某会副会长柏文清，某会副秘书长乔远。\n",  # the names right after the label
    ],
)
def test_the_members_listed_under_a_label_after_the_party_go_to_each_stop(members: str) -> None:
    found = _participation(
        "6月9日至10日，某会会长葛云舒带领考察组一行3人赴某市考察交流。\n" + members
        + "9日下午，考察组来到某市慈善总会，秘书长庞立新接待。\n10日上午，考察组赴某县参观了某慈善超市。\n"
    )
    for person in ("葛云舒", "柏文清", "乔远"):
        assert (person, "2025-06-09", "attendee") in found
        assert (person, "2025-06-10", "attendee") in found
    assert ("庞立新", "2025-06-10", "attendee") not in found  # a host of one stop is no member


@pytest.mark.parametrize("escort", ["在某县慈善总会会长庞立新陪同下", "在庞立新的陪同下"])
def test_a_party_escorted_by_someone_named_before_its_word_still_makes_its_stop(escort: str) -> None:
    found = _participation(
        "6月9日至10日，某会会长葛云舒带领考察组一行赴某市考察交流。考察组成员有副会长柏文清、副秘书长乔远。\n"
        f"10日上午，{escort}，考察组赴某县参观了某慈善超市。\n"
    )
    for person in ("葛云舒", "柏文清", "乔远"):
        assert (person, "2025-06-10", "attendee") in found


def test_a_host_who_receives_the_party_named_first_does_not_join_it() -> None:
    # 丙会见了甲一行 repeats the party's leader after the lead named it: the host receives the party, not one of its members
    found = _participation(
        "6月9日至10日，某会会长葛云舒一行来某市考察交流。一行包括：某会副会长柏文清。某市慈善总会会长乔远全程陪同。\n"
        "9日上午，副市长庞立新在市政府会见了葛云舒一行。\n10日上午，考察团赴某县参观了某慈善超市。\n"
    )
    assert ("庞立新", "2025-06-10", "attendee") not in found
    for person in ("葛云舒", "柏文清", "乔远"):
        assert (person, "2025-06-10", "attendee") in found


def test_an_organizations_of_a_kind_is_no_visiting_party() -> None:
    # 考察组织, 服务队伍: an activity before 组/队 that is no group noun names no party; 调研组长 is a title
    found = _participation(
        "6月9日，市慈善总会会长葛云舒带队赴某县调研。10日，某县民政局考察组织建设情况，服务队伍建设取得成效。"
    )
    assert ("葛云舒", "2025-06-10", "attendee") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "某省慈善联合会会长葛云舒出席会议，听取了各地的工作汇报，并就下一步工作提出要求。",
        "联合会会长葛云舒出席座谈会，观看了宣传片，并对做好下一步工作作出部署。",
        "基金会理事长葛云舒参加活动，走访了受助家庭，还对项目执行情况进行了点评。",
    ],
)
def test_a_clause_going_on_with_no_subject_of_its_own_is_the_one_named_persons(sentence: str) -> None:
    found = _participation("6月10日，某省慈善联合会在某市召开座谈会。" + sentence)
    assert ("葛云舒", "2025-06-10", "speaker") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "会议由会长葛云舒主持，听取了秘书处的工作汇报，并就下一步工作提出要求。",  # the meeting hears and asks
        "会议由会长葛云舒主持，审议了工作报告，同时对下一步工作提出要求。",
    ],
)
def test_a_clause_with_another_subject_gives_the_person_no_speech(sentence: str) -> None:
    found = _participation("6月10日，某省慈善联合会在某市召开座谈会。" + sentence)
    assert not {("葛云舒", "2025-06-10", "speaker"), ("柏文清", "2025-06-10", "speaker")} & found


@pytest.mark.parametrize(
    "period",
    [
        "据了解，今年以来，总会秘书长葛云舒先后带队走访慰问困难群众300余户。",
        "近年来，秘书长葛云舒多次带队赴山区学校开展助学活动。",
        "自总会成立以来，秘书长葛云舒带领志愿者参加各类活动200余场。",
        "三年来，葛云舒带队走访了全市所有乡镇。",
    ],
)
def test_what_people_did_over_a_period_places_no_one_at_the_event(period: str) -> None:
    found = _participation("6月10日，某市慈善总会召开理事会。会长乔远帆主持会议。" + period)
    assert ("乔远帆", "2025-06-10", "chair") in found
    assert not any(person == "葛云舒" for person, _, _ in found)


def test_a_day_in_a_sentence_opening_with_a_period_still_places_people() -> None:
    found = _participation("6月10日，某市慈善总会召开理事会。今年以来，总会秘书长葛云舒于6月5日带队赴某县调研。")
    assert ("葛云舒", "2025-06-05", "attendee") in found


def test_a_party_goes_out_only_for_the_range_of_days_it_was_formed_for() -> None:
    found = _participation(
        "■6月9日至10日，副厅长葛云舒带队赴某市调研，某市民政局局长柏文清陪同。调研组在某县召开座谈会。"
        "■6月12日，某省民政厅副厅长乔远帆会见某地访问团一行。访问团团长庞立新介绍了有关情况。"
        "■6月13日，某部某局副局长严可望一行来某省调研，乔远帆陪同。■次日，调研组赴某市某区，某区民政局局长方知秋陪同。",
        "2025-06-16",
    )
    for person in ("葛云舒", "柏文清"):
        assert (person, "2025-06-09", "attendee") in found
        assert not any(p == person and d in ("2025-06-12", "2025-06-14") for p, d, _ in found)
    assert ("严可望", "2025-06-14", "attendee") in found
    assert ("方知秋", "2025-06-14", "attendee") in found


@pytest.mark.parametrize("opening", ["6月9日至11日，", "6月9日—11日，", "6月9日到11日，"])
def test_a_party_formed_for_a_range_attends_each_stop_within_it(opening: str) -> None:
    found = _participation(opening + "市慈善总会会长葛云舒带领副会长柏文清一行赴某县考察。10日，考察组来到某县某镇。11日，考察组在某县召开座谈会。")
    for day in ("2025-06-10", "2025-06-11"):
        assert ("柏文清", day, "attendee") in found


def test_people_going_out_separately_over_a_range_take_part_on_their_own_days() -> None:
    # 甲，乙、丙分别带队 over the 12th to the 14th, then each one's day told: the range's first day is only the first one's
    body = ("1月12日至14日，青川市慈善总会会长葛云舒，副会长柏文清、乔远帆分别带队，分赴各镇开展新春走访慰问活动。"
            "12日上午，葛云舒一行来到某镇敬老院，看望入住老人。13日，柏文清带队到某街道某社区走访困难家庭。14日，乔远帆来到某村慰问困难党员。")
    found = _participation(body, "2026-01-16")
    assert found == {("葛云舒", "2026-01-12", "attendee"), ("柏文清", "2026-01-13", "attendee"), ("乔远帆", "2026-01-14", "attendee")}
    assert _participation(body.replace("分别带队", "分別帶隊"), "2026-01-16") == found  # a traditional page's 分別
    # going out together, they are all there on the range's first day
    together = _participation(body.replace("分别带队，分赴各镇", "带队赴各镇"), "2026-01-16")
    assert {("柏文清", "2026-01-12", "attendee"), ("乔远帆", "2026-01-12", "attendee")} <= together


def test_a_standing_team_acting_on_a_later_day_is_not_the_visiting_party() -> None:
    # the officials' party visits the rescue team on the 15th; the team (救援队, 服务队: a body's own team) acts on the 16th
    found = _participation(
        "9月14日，某区蓝海应急救援队赴某镇抗洪。15日下午，某区应急管理局局长葛云舒、副局长柏文清一行来到某镇，看望慰问救援队队员。"
        "16日，救援队完成任务后平安归队，某公司向救援队捐赠救援装备，某区慈善总会副会长乔远帆出席捐赠仪式。",
        "2025-09-18",
    )
    assert {("葛云舒", "2025-09-15", "attendee"), ("柏文清", "2025-09-15", "attendee"), ("乔远帆", "2025-09-16", "attendee")} <= found
    assert not {p for p in found if p[0] in ("葛云舒", "柏文清") and p[1] == "2025-09-16"}, found
    # a party formed under the team's word goes on under it
    team = _participation("9月15日，某区慈善总会会长葛云舒带领志愿服务队赴某镇，副会长柏文清参加。16日，服务队来到某村看望困难群众。", "2025-09-18")
    assert ("柏文清", "2025-09-16", "attendee") in team, team


@pytest.mark.parametrize("going_home", ["考察组结束行程返回江城", "考察组一行返程", "考察组结束访问，启程回江城"])
def test_a_party_going_home_on_the_last_day_makes_no_stop(going_home: str) -> None:
    found = _participation("6月9日至11日，市慈善总会会长葛云舒带领副会长柏文清一行赴某县考察。10日，考察组来到某县某镇。"
                           f"11日，{going_home}。此行考察组成员一致认为收获很大。")
    assert ("柏文清", "2025-06-10", "attendee") in found
    assert not any(d == "2025-06-11" for _, d, _ in found), found


@pytest.mark.parametrize(
    "later_day",
    ["16日下午在某区召开座谈会，某区慈善协会会长方知秋作交流发言。", "16日，赴某县考察慈善超市建设。", "16日上午，先后来到某镇、某村。"],
)
def test_a_visit_over_a_range_of_days_goes_on_with_no_subject_written(later_day: str) -> None:
    found = _participation(
        "6月15日—16日　某省慈善总会副会长葛云舒到某市调研，先后到某区、某县察看慈善工作站建设情况，柏文清、乔远帆陪同。" + later_day
        + "6月28日　某会与某医院签订合作协议，会长庞立新签约。",
        "2025-06-30",
    )
    for person in ("葛云舒", "柏文清", "乔远帆"):
        assert (person, "2025-06-15", "attendee") in found
        assert (person, "2025-06-16", "attendee") in found
        assert (person, "2025-06-28", "attendee") not in found


@pytest.mark.parametrize(
    "later_day",
    [
        "10日上午，“春晖”助学金发放仪式在某县第一中学举行，200名学生领到助学金。",
        "10日下午两会在某县签订结对帮扶协议。",
        "10日，某市慈善总会联合某县民政局在某镇为困难家庭发放慰问金。",
    ],
)
def test_a_day_of_the_partys_range_whose_first_clause_names_nobody_is_one_of_its_stops(later_day: str) -> None:
    found = _participation(
        "6月9日至10日，市慈善总会副会长葛云舒带领工作组赴某县开展结对帮扶，秘书长柏文清随同前往。"
        "9日，工作组走访了某镇困难家庭。" + later_day
    )
    for person in ("葛云舒", "柏文清"):
        assert (person, "2025-06-10", "attendee") in found


@pytest.mark.parametrize(
    "other_item",
    ["【某区】10日，某区慈善协会召开理事会议，会长乔远帆主持。", "10日，某区慈善协会会长乔远帆在某区召开理事会议。"],
)
def test_a_day_of_the_range_that_opens_another_story_or_a_persons_clause_is_no_stop(other_item: str) -> None:
    found = _participation("6月9日至10日，市慈善总会副会长葛云舒带领工作组赴某县开展结对帮扶。9日，工作组走访了某镇困难家庭。" + other_item)
    assert ("葛云舒", "2025-06-09", "attendee") in found
    assert ("葛云舒", "2025-06-10", "attendee") not in found


@pytest.mark.parametrize("adverb", ["先后", "分别", "依次", "相继"])
def test_a_list_that_attends_and_then_speaks_in_turn_speaks(adverb: str) -> None:
    found = _participation(
        "6月10日，某片区慈善协作会议在某市召开。甲省慈善总会会长葛云舒，乙省慈善总会副会长柏文清，丙省慈善总会秘书长乔远帆等代表"
        f"参加会议并{adverb}作交流发言。"
    )
    for person in ("葛云舒", "柏文清", "乔远帆"):
        assert (person, "2025-06-10", "speaker") in found


def test_a_title_chain_joined_by_jian_keeps_a_list_over_commas_whole() -> None:
    found = _participation(
        "6月10日，某片区慈善协作会议在某市召开。甲市慈善总会会长葛云舒，乙市慈善总会常务副会长兼秘书长柏文清，丙市慈善总会会长乔远帆先后发言。"
    )
    for person in ("葛云舒", "柏文清", "乔远帆"):
        assert (person, "2025-06-10", "speaker") in found


@pytest.mark.parametrize("escort", ["全程陪同", "全程参加", "一同前往"])
def test_hosts_escorting_the_whole_visit_attend_each_stop(escort: str) -> None:
    found = _participation(
        "6月8日至10日，总会常务副会长葛云舒带领项目部部长柏文清一行赴某市，对接帮扶项目。"
        f"某市慈善协会会长乔远帆、秘书长庞立新{escort}。8日下午，双方召开座谈会。9日，一行赴某县走访受助学生。"
    )
    for person in ("乔远帆", "庞立新"):
        assert (person, "2025-06-08", "attendee") in found
        assert (person, "2025-06-09", "attendee") in found


@pytest.mark.parametrize("along", ["等随同", "随同", "等随行", "等随团", "等同行", "等一同前往", "一同参加"])
def test_members_named_going_along_after_the_party_set_out_attend_each_stop(along: str) -> None:
    # 甲带队赴某市…。乙、丙等随同。 (party_escort_marker): the party's own members, named after the sentence that formed it
    # and before its first stop, closed by a bare word of going along; each attends every later day of the range
    found = _participation(
        "6月8日至9日，某省慈善总会常务副会长葛云舒带队赴某市开展对口帮扶对接活动。"
        f"总会副会长兼秘书长柏文清，某药业有限公司董事长乔远帆{along}。"
        "8日上午，对接座谈会在某市召开。9日上午，葛云舒一行赴某县中心小学，为“爱心书屋”揭牌。"
    )
    for person in ("柏文清", "乔远帆"):
        assert (person, "2025-06-08", "attendee") in found
        assert (person, "2025-06-09", "attendee") in found


@pytest.mark.parametrize("bracket", [("【", "】")])
def test_a_bracketed_year_opening_a_chronicle_entry_dates_its_people(bracket: tuple[str, str]) -> None:
    o, c = bracket
    found = _participation(
        "编者按：6月10日，某片区慈善联盟2025年理事会议召开。我们梳理联盟走过的路。\n"
        f"{o}2019年{c}10月19日，某片区慈善联盟在某市成立，首任理事长葛云舒在成立大会上致辞。\n"
        f"{o}2021年{c}8月，第三次理事会议在长沙召开，时任会长柏文清主持会议。\n"
        f"{o}2022年{c}7月，第五次理事会议在南昌召开，时任某省民政厅副厅长乔远帆到会致辞。\n"
    )
    assert ("葛云舒", "2019-10-19", "speaker") in found
    assert ("柏文清", "2021-08", "chair") in found
    assert ("乔远帆", "2022-07", "speaker") in found
    assert not any(d.startswith("2025") for _, d, _ in found)


def _participation_titled(title: str, body: str, date: str = "2025-06-12") -> set[tuple[str, str, str]]:
    article = Article("t", body, title=title, date=date, publisher="", body_start=0)
    facts = [f.to_record() for f in extract_article(article).facts]
    return {(f.get("person") or f.get("organization"), f["event_date"], f["role"]) for f in facts if f["kind"] == "participation"}


@pytest.mark.parametrize(
    "title",
    ["关于葛云舒等同志职务任免的通知", "某市慈善总会关于柏文清同志任职的通知", "关于某会第三届理事会负责人拟任人选的公示", "某会人事任命"],
)
def test_a_personnel_notice_places_no_one_at_an_event(title: str) -> None:
    found = _participation_titled(
        title,
        "经总会党委6月10日会议研究，决定：\n兹任命：\n葛云舒同志为某市慈善总会副秘书长；\n柏文清同志为总会办公室主任。\n乔远帆同志不再担任财务部部长。\n",
    )
    assert not found


def test_a_ceremony_of_appointment_still_has_its_people() -> None:
    found = _participation_titled("某基金会举行顾问聘任仪式", "6月10日，某基金会举行顾问聘任仪式。理事长葛云舒主持仪式，区民政局局长柏文清出席。")
    assert ("柏文清", "2025-06-10", "attendee") in found


def test_a_roster_line_of_units_and_posts_places_no_one() -> None:
    found = _participation(
        "6月10日，某省慈善总会召开第五届理事会第一次会议，会长葛云舒主持。\n内设机构\n"
        "　　募捐部　　　　部长：柏文清（兼）\n　　办公室　主任：乔远帆　副主任：庞立新（女）\n"
    )
    assert ("葛云舒", "2025-06-10", "chair") in found
    assert not any(person in ("柏文清", "乔远帆", "庞立新") for person, _, _ in found)


@pytest.mark.parametrize("mark", ["、", "，", "；", " ", "\u3000"])
def test_a_list_of_titled_names_written_with_another_mark_than_the_enumeration_comma(mark: str) -> None:
    # a saved page writes the list with commas, semicolons or spaces: every name of it was there
    found = _participation(
        f"6月10日，某县慈善总会召开理事会议，会长葛云舒，副会长乔远帆{mark}柏文清{mark}尤若岚，秘书长任嘉树出席会议。"
        f"会议选举乔远帆为常务副会长，邝明轩{mark}尚雨桐为副会长。"
    )
    for person in ("葛云舒", "乔远帆", "柏文清", "尤若岚", "任嘉树"):
        assert (person, "2025-06-10", "attendee") in found
    assert not any(person in ("邝明轩", "尚雨桐") for person, _, _ in found)  # elected, not said to be there


@pytest.mark.parametrize("mark", ["，", " "])
def test_a_comma_that_ends_a_clause_after_a_name_starts_no_list(mark: str) -> None:
    found = _participation(f"6月10日，某县慈善总会召开理事会议，会长葛云舒主持会议{mark}高度评价了一年来的工作。")
    assert ("葛云舒", "2025-06-10", "chair") in found
    assert not any(person.startswith("高") for person, _, _ in found)


@pytest.mark.parametrize(
    "minutes, recorder",
    [
        ("时　　间：2025年6月10日下午\n主　　持：葛云舒\n记　　录：柏文清\n", "柏文清"),  # a label padded to four characters
        ("时间：2025年6月10日下午\n主持：葛云舒\n记录：柏　文\n", "柏文"),  # a two-character name padded to three
        ("时间：2025年6月10日下午\n主持：葛云舒\n列席：某县民政局社会事务科　柏　文\n", "柏文"),
    ],
)
def test_the_minutes_header_lists_who_was_there_whatever_its_padding(minutes: str, recorder: str) -> None:
    found = _participation(minutes + "　　6月10日，某县慈善总会召开会长办公会议，研究了年底前几项重点工作。\n")
    assert (recorder, "2025-06-10", "attendee") in found


@pytest.mark.parametrize("listed", ["出席会议的领导有", "参加会议的还有", "参会的人员有"])
def test_a_list_after_de_you_names_who_was_there(listed: str) -> None:
    found = _participation(f"6月10日，某县慈善总会召开第三次会员代表大会。{listed}柏文清、尤若岚等。")
    assert {("柏文清", "2025-06-10", "attendee"), ("尤若岚", "2025-06-10", "attendee")} <= found


def test_who_spoke_in_the_past_tense_of_the_verb_is_a_speaker() -> None:
    found = _participation("6月10日，某县慈善总会召开第三次会员代表大会，县委副书记葛云舒讲了话。")
    assert ("葛云舒", "2025-06-10", "speaker") in found


def test_who_told_the_meeting_a_story_is_a_speaker() -> None:
    # 讲述了…经历: a representative recounting at a ceremony speaks there, as one who 介绍了 does
    found = _participation("6月10日，青溪县慈善总会2025年度慈善表彰大会在县文化中心举行。受助学生代表秦晚舟讲述了自己三年的求学经历。")
    assert ("秦晚舟", "2025-06-10", "speaker") in found
    assert ("秦晚舟", "2025-06-10", "attendee") in found


@pytest.mark.parametrize("date_line", ["【访谈时间】2025年6月10日　9:30—10:30", "访谈时间：2025年6月10日上午"])
@pytest.mark.parametrize("label", ["乔远帆：", "【乔远帆】"])
def test_a_transcript_speaker_speaks_on_its_labelled_day_not_at_what_the_answer_recalls(date_line: str, label: str) -> None:
    found = _participation(
        f"{date_line}\n【主持人】某市广播电台主持人 柏倩\n【访谈嘉宾】某市慈善总会会长 乔远帆\n"
        f"主持人：乔会长，请介绍一下今年的工作。\n{label}好的。去年11月，某市慈善联席会议在某县召开第二次会议，通过了工作规则。\n",
        date="2025-06-12",
    )
    assert {("乔远帆", "2025-06-10", "attendee"), ("乔远帆", "2025-06-10", "speaker")} <= found
    assert {("柏倩", "2025-06-10", "chair"), ("柏倩", "2025-06-10", "speaker")} <= found
    assert not any(person == "乔远帆" and day == "2024-11" for person, day, _ in found)


def test_a_round_table_speaker_placed_at_its_day_by_a_label_speaks_there() -> None:
    found = _participation("6月10日上午，某市慈善联合会举行会长圆桌对话，会长乔远帆出席。\n主持人：各位会长，最大的难点在哪里？\n乔远帆：还是信息。求助人的记录两边都看不到。\n")
    assert {("乔远帆", "2025-06-10", "attendee"), ("乔远帆", "2025-06-10", "speaker")} <= found


@pytest.mark.parametrize(
    "body, person, role",
    [
        # surnames seldom seen (笪) or everyday characters too (侍, 粘: read only right after a title)
        ("6月10日，某区志愿服务表彰大会召开，区委副书记、代区长笪卓群出席并讲话。", "笪卓群", "speaker"),
        ("6月10日，某区志愿服务表彰大会召开，区政协副主席侍岚舟，市志愿服务联合会副会长葛云舒出席大会。", "侍岚舟", "attendee"),
        ("6月10日，某市卫生健康委员会副主任粘润川，某医院副院长葛云舒等200余人参加活动。", "粘润川", "attendee"),
        # a part taken at the event itself (培训师, 导师, 选手), no post: the name after it is there
        ("6月10日，县红十字会举办救护员培训班，县红十字会应急救护培训师乔远帆授课。", "乔远帆", "speaker"),
        ("6月10日，某企业救护员培训班开班，培训由区红十字会持证导师乔远帆、葛云舒授课。", "乔远帆", "speaker"),
        ("6月10日，救护技能竞赛举行。某市红十字会选手乔远帆、某区红十字会选手葛云舒获个人一等奖，并上台领奖。", "乔远帆", "attendee"),
        # a shop's manager (店长) is a post like any other
        ("6月10日，某区慈善超市开展爱心义卖活动，超市店长乔远帆介绍了义卖的做法。", "乔远帆", "speaker"),
    ],
)
def test_rare_surnames_and_titles_of_a_part_at_the_event_name_who_was_there(body: str, person: str, role: str) -> None:
    found = _participation(body)
    assert (person, "2025-06-10", role) in found
    assert (person, "2025-06-10", "attendee") in found


@pytest.mark.parametrize(
    "body, person",
    [
        ("6月10日，三方在纪念馆召开座谈会，由乔远帆同志主持。", "乔远帆"),
        ("6月10日，某县慈善总会召开理事会议，会议由葛云舒同志主持。", "葛云舒"),
    ],
)
def test_the_preposition_you_before_a_name_is_no_surname(body: str, person: str) -> None:
    found = _participation(body)
    assert {(person, "2025-06-10", "chair"), (person, "2025-06-10", "attendee")} <= found
    assert not any(name.startswith("由") for name, _, _ in found)


def test_a_name_ending_in_he_named_in_full_elsewhere_is_not_cut_before_he() -> None:
    found = _participation(
        "6月10日，市慈善总会常务副会长乔远和、市红十字会专职副会长葛云舒带队参加。\n乔远和在活动中讲话。"
    )
    assert {("乔远和", "2025-06-10", "attendee"), ("乔远和", "2025-06-10", "speaker")} <= found
    assert not any(name == "乔远" for name, _, _ in found)


def _minutes(title: str, body: str) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """Minutes under their title line: who took part (person, day, role) and the posts (person, title, body)."""
    article = Article("t", f"{title}\n{body}", title=title, date="2025-06-12", publisher="", body_start=len(title) + 1)
    facts = [f.to_record() for f in extract_article(article).facts]
    found = {(f["person"], f["event_date"], f["role"]) for f in facts if f["kind"] == "participation"}
    return found, {(f["person"], f["role"], f["organization"]) for f in facts if f["kind"] == "position"}


def test_minutes_labels_padded_to_a_column_width_give_the_chair_those_present_and_their_titles() -> None:
    title = "湖州市慈善总会第二届理事会第四次会长办公会议纪要"
    body = (
        "　　时　间：2025年6月10日上午9:00\n"
        "　　主　持：葛云舒\n"
        "　　出　席：葛云舒（会长）、乔远帆（常务副会长）、柏文清（副会长）\n"
        "　　列　席：戚明川（总会办公室主任）\n"
        "　　请　假：诸葛岚（副会长，因公出差）\n"
        "　　会议研究了下半年工作。\n"
    )
    found, positions = _minutes(title, body)
    assert ("葛云舒", "2025-06-10", "chair") in found
    assert {("乔远帆", "2025-06-10", "attendee"), ("柏文清", "2025-06-10", "attendee"), ("戚明川", "2025-06-10", "attendee")} <= found
    assert not [p for p in found if p[0] == "诸葛岚"]  # 请假: not there
    # a bracket of titles alone: the posts are held in the body whose meeting it is
    assert {("乔远帆", "常务副会长", "湖州市慈善总会"), ("柏文清", "副会长", "湖州市慈善总会"), ("诸葛岚", "副会长", "湖州市慈善总会")} <= positions


def test_minutes_listing_one_person_a_line_with_the_title_after_the_name_give_each_line_its_post_and_presence() -> None:
    # 出　席：甲　常务副会长 then one padded name a line under it, its bare title after it: the meeting body's post, there
    title = "湖州市慈善总会会长办公会议纪要"
    body = (
        "时　间：2025年6月10日上午9:00\n"
        "主　持：葛云舒　会长\n"
        "出　席：乔　远　常务副会长\n"
        "　　　　柏文清　副会长\n"
        "列　席：戚明川　办公室主任\n"
        "　　　　诸葛岚　市民政局社会事务科科长\n"
        "记　录：钱小禾\n\n"
        "　　会议研究了下半年工作。\n"
    )
    found, positions = _minutes(title, body)
    assert ("葛云舒", "2025-06-10", "chair") in found
    assert {(name, "2025-06-10", "attendee") for name in ("乔远", "柏文清", "戚明川", "诸葛岚", "钱小禾")} <= found
    assert not any(role == "chair" for name, _, role in found if name != "葛云舒")
    assert {("葛云舒", "会长", "湖州市慈善总会"), ("乔远", "常务副会长", "湖州市慈善总会"), ("柏文清", "副会长", "湖州市慈善总会"),
            ("诸葛岚", "科长", "湖州市民政局社会事务科")} <= positions


def test_a_list_under_its_own_label_after_a_chair_s_line_is_not_chaired() -> None:
    body = ("6月10日，某市慈善论坛分论坛举行。\n主持：葛云舒（某市慈善总会副秘书长）\n"
            "发言嘉宾：乔远帆（某区民政局局长）、柏文清（某县慈善会会长）\n三位嘉宾作了交流。")
    found = _participation(body)
    assert ("葛云舒", "2025-06-10", "chair") in found
    assert not any(role == "chair" for name, _, role in found if name != "葛云舒")


def test_presence_lines_at_the_foot_of_minutes_are_the_meetings_day_not_the_day_the_text_reached() -> None:
    title = "某市慈善组织联席会议第三次会议纪要"
    body = (
        "　　2025年6月10日，某市慈善组织联席会议第三次会议在湖州召开。会长葛云舒主持会议。\n"
        "　　会前一天（6月9日），各成员单位秘书长工作会议在湖州召开，由秘书长乔远帆主持。\n"
        "出席：葛云舒　乔远帆　柏文清\n"
        "记录：戚明川\n"
    )
    found, _ = _minutes(title, body)
    assert {("柏文清", "2025-06-10", "attendee"), ("戚明川", "2025-06-10", "attendee"), ("乔远帆", "2025-06-10", "attendee")} <= found
    assert not [p for p in found if p[0] in ("柏文清", "戚明川") and p[1] == "2025-06-09"]


@pytest.mark.parametrize("topic", ["就年度工作要点（讨论稿）", "对下一步工作", "围绕项目合作"])
def test_a_list_that_attends_and_then_raises_views_on_a_topic_speaks(topic: str) -> None:
    found = _participation(f"6月10日下午，某会秘书长工作会议召开，柏文清主持，乔远帆、葛云舒参加并{topic}提出意见。")
    assert {("乔远帆", "2025-06-10", "speaker"), ("葛云舒", "2025-06-10", "speaker")} <= found


def test_groups_listed_one_a_line_after_a_split_into_groups_are_there() -> None:
    found = _participation(
        "6月10日，总会领导班子成员分两组，分赴各区开展走访慰问：\n"
        "第一组：常务副会长　乔远帆　副会长　葛云舒　（某区）\n"
        "第二组：副会长　柏文清　　副秘书长　尤若岚　（某县）\n"
        "各组分别听取了当地慈善会的工作安排。"
    )
    assert {(name, "2025-06-10", "attendee") for name in ("乔远帆", "葛云舒", "柏文清", "尤若岚")} <= found


@pytest.mark.parametrize("adverb", ["依次", "相继"])
def test_the_last_two_character_name_of_a_list_before_an_adverb_of_turns_is_read(adverb: str) -> None:
    found = _participation(f"6月10日，某市慈善总会召开年度述职会议。副秘书长乔远帆、葛蕾{adverb}述职，从履职尽责等方面作了汇报。")
    assert {("葛蕾", "2025-06-10", "speaker"), ("葛蕾", "2025-06-10", "attendee")} <= found


@pytest.mark.parametrize(
    "members",
    [
        "团员包括副会长柏文清、秘书长乔远帆等。",
        "随团成员有副会长柏文清、秘书长乔远帆共8人。",
        "考察团成员还包括某市慈善会副会长柏文清、秘书长乔远帆。",
    ],
)
def test_members_listed_after_the_party_sets_out_go_on_to_its_later_days(members: str) -> None:
    found = _participation("6月9日至11日，某省慈善总会会长葛云舒率考察团一行赴某市访问。" + members + "10日，考察团参观了某区养老服务中心。11日，全团前往某县拜访县慈善协会。")
    for person in ("葛云舒", "柏文清", "乔远帆"):
        for day in ("2025-06-10", "2025-06-11"):
            assert (person, day, "attendee") in found


def test_a_lead_that_sets_out_the_titled_party_again_is_no_stop() -> None:
    article = Article("t", "庞立新会长一行赴某市调研\n6月9日至10日，某省慈善总会会长庞立新一行赴某市调研。副会长葛云舒参加调研。某市民政局副局长乔远帆全程陪同。10日上午，调研组来到某县慈善总会。",
                      title="庞立新会长一行赴某市调研", date="2025-06-12", publisher="", body_start=13)
    facts = [f.to_record() for f in extract_article(article).facts]
    found = {(f.get("person"), f["event_date"], f["role"]) for f in facts if f["kind"] == "participation"}
    for person in ("庞立新", "葛云舒", "乔远帆"):
        assert (person, "2025-06-10", "attendee") in found


@pytest.mark.parametrize("opening", ["论坛于18日上午在某会展中心登场", "年会於18日下午在某酒店揭开序幕", "研讨会于6月18日在某大学拉开帷幕"])
def test_a_gathering_told_on_its_day_after_yu_dates_its_people(opening: str) -> None:
    found = _participation("6月17日，某会一行抵达某市。" + opening + "，约百人与会。某市慈善总会会长葛云舒出席并致辞。", "2025-06-20")
    assert ("葛云舒", "2025-06-18", "speaker") in found
    assert ("葛云舒", "2025-06-17", "attendee") not in found


@pytest.mark.parametrize(
    "hosted",
    [
        "6月14日至15日，江苏慈善发展论坛在南京举行。论坛由江苏省慈善总会、南京市慈善联合会联合主办，玄武区慈善协会承办。",
        "6月14日至15日，由江苏省慈善总会、南京市慈善联合会联合主办，玄武区慈善协会承办的江苏慈善发展论坛在南京举行。",
    ],
)
def test_the_hosts_of_a_gathering_over_days_host_its_closing_day_not_a_visit(hosted: str) -> None:
    body = hosted + "江苏省慈善总会会长葛云舒致辞。15日下午，论坛闭幕式举行，南京市慈善联合会会长柏文清作总结讲话。"
    found = _participation(body, "2025-06-16")
    for host in ("江苏省慈善总会", "南京市慈善联合会", "玄武区慈善协会"):
        assert (host, "2025-06-14", "host") in found
        assert (host, "2025-06-15", "host") in found
    visit = _participation(hosted + "江苏省慈善总会会长葛云舒致辞。15日，与会人员在玄武区慈善协会会长柏文清陪同下考察了某社区服务站。", "2025-06-16")
    assert ("江苏省慈善总会", "2025-06-15", "host") not in visit


@pytest.mark.parametrize(
    "later",
    [
        "16日下午，研修班举行结业仪式，葛云舒作总结讲话。",
        "16日上午，南京大学教授柏文清为学员授课。",
        "16日，学员们来到玄武区某社区慈善超市开展现场教学，超市负责人柏文清介绍了运营情况。",
        "16日上午，学员围绕两个主题分组研讨，柏文清主持。",  # a gathering's groups at work on its later day
        "16日，研修班分组开展工作坊，南京大学副教授柏文清带领学员试讲。",  # a training's workshop day
    ],
)
def test_the_hosts_of_a_training_over_days_host_its_classes_and_closing(later: str) -> None:
    # a training's later day: its closing (结业), a class (授课, 专题辅导) or a lesson on site (现场教学) goes on with it
    body = ("6月15日至16日，全市慈善组织负责人研修班在南京举办。研修班由南京市慈善联合会主办，玄武区慈善协会承办。"
            "15日上午，南京市慈善联合会会长葛云舒出席开班式并讲话。" + later)
    found = _participation(body, "2025-06-17")
    for host in ("南京市慈善联合会", "玄武区慈善协会"):
        assert (host, "2025-06-15", "host") in found
        assert (host, "2025-06-16", "host") in found


@pytest.mark.parametrize(
    ("opening", "carried"),
    [
        ("6月15日，为期两天的全市慈善组织负责人研修班在南京开班。", True),  # its length written: 为期两天
        ("6月15日，全市慈善组织负责人研修班在南京开班。", True),  # a course that 开班 goes on up to the page's day
        ("6月15日，全市慈善组织负责人座谈会在南京召开。", False),  # a meeting of one day: the later class is no part of it
    ],
)
def test_the_hosts_of_a_course_with_no_range_written_host_its_later_classes(opening: str, carried: bool) -> None:
    body = (opening + "本次活动由南京市慈善联合会主办，玄武区慈善协会承办。南京市慈善联合会会长葛云舒出席并讲话。"
            "16日上午，南京大学教授柏文清讲授《社区慈善项目设计》。")
    found = _participation(body, "2025-06-17")
    for host in ("南京市慈善联合会", "玄武区慈善协会"):
        assert (host, "2025-06-15", "host") in found
        assert ((host, "2025-06-16", "host") in found) is carried


@pytest.mark.parametrize(
    ("opening", "later", "carried"),
    [
        # a forum that opens (开幕) goes on: its later day's session (分论坛) is a part of it
        ("6月15日，第三届社区慈善论坛在南京开幕。论坛由南京市慈善联合会、玄武区慈善协会联合主办。",
         "16日，论坛分设两个分论坛，分论坛由柏文清主持。", True),
        # a fair that opens (开市): a later day's sentence names the fair itself
        ("6月15日上午，由南京市慈善联合会、玄武区慈善协会联合主办的爱心集市在某街区开市。",
         "16日晚，玄武区慈善协会副会长柏文清在集市现场开设直播间。", True),
        # a lecture series that opens (开讲): its later lecture (讲座) is a part of it
        ("6月15日，慈善文化大讲堂在某图书馆开讲。大讲堂由南京市慈善联合会、玄武区慈善协会联合主办。",
         "16日下午，第二讲由某大学副教授柏文清主讲，讲座由葛云舒主持。", True),
        # a week its hosts are written for (服务周由…主办): each later day with people there is one of its days
        ("6月15日上午，某医院首届医务社工服务周启动。服务周由南京市慈善联合会、玄武区慈善协会主办。",
         "16日，医院社会工作部主任柏文清带领医务社工走进某社区，对出院患者家庭进行随访。", True),
        # a launch ceremony's hosts (由…主办的服务周启动仪式) host the launch only
        ("6月15日上午，由南京市慈善联合会、玄武区慈善协会主办的医务社工服务周启动仪式举行。",
         "16日，医院社会工作部主任柏文清带领医务社工走进某社区，对出院患者家庭进行随访。", False),
        # a meeting of one day: a later day's visit is no part of it
        ("6月15日，南京市慈善联合会、玄武区慈善协会联合主办的座谈会召开。",
         "16日，医院社会工作部主任柏文清带领医务社工走进某社区，对出院患者家庭进行随访。", False),
    ],
)
def test_the_hosts_of_a_gathering_that_opens_host_its_later_days(opening: str, later: str, carried: bool) -> None:
    found = _participation(opening + "南京市慈善联合会会长葛云舒出席并致辞。" + later, "2025-06-17")
    assert ("柏文清", "2025-06-16", "attendee") in found  # the later day has people there
    for host in ("南京市慈善联合会", "玄武区慈善协会"):
        assert (host, "2025-06-15", "host") in found
        assert ((host, "2025-06-16", "host") in found) is carried


def test_the_hosts_of_a_contest_over_a_range_host_a_later_days_session() -> None:
    # 专场: a session of a contest held over its range of days (26日上午的助残专场中，…先后路演)
    body = ("6月15日至16日，某区第六届公益创投大赛决赛路演举行。大赛由玄武区民政局、玄武区慈善总会主办。区民政局局长葛云舒致辞。"
            "16日上午的助残专场中，某助残服务中心主任柏文清先后路演。")
    found = _participation(body, "2025-06-17")
    for host in ("玄武区民政局", "玄武区慈善总会"):
        assert (host, "2025-06-16", "host") in found


def test_the_members_of_a_class_committee_the_trainees_elect_attend_that_day() -> None:
    # 班委会: elected by the trainees from among them, in the room (unlike an election result read out for a body)
    body = ("6月15日，全市慈善组织负责人研修班开班。当天下午，学员分组讨论，推选产生了研修班班委会。名单如下：\n"
            "班　长：葛云舒（滁州市慈善总会）\n副班长：柏文清（宿州市慈善总会）　江沐阳（淮北市慈善总会）\n"
            "16日，南京大学教授王立群讲授《社区慈善》。")
    found = _participation(body, "2025-06-17")
    for person in ("葛云舒", "柏文清", "江沐阳"):
        assert (person, "2025-06-15", "attendee") in found
    assert ("王立群", "2025-06-15", "attendee") not in found  # the list is over where prose goes on
    sentence = _participation("6月15日，研修班开班。学员选举产生研修班班委：滁州市慈善总会秘书长葛云舒任班长。", "2025-06-17")
    assert ("葛云舒", "2025-06-15", "attendee") in sentence
    board = _participation("6月15日，某会召开理事会。会议选举滁州市慈善总会秘书长葛云舒任副会长。", "2025-06-17")
    assert ("葛云舒", "2025-06-15", "attendee") not in board  # a body's election result: no presence on that ground


def test_a_transcript_host_bringing_in_a_guest_names_no_chair() -> None:
    # 主持人：接下来连线的是甲 is the host speaking, not a 主持：甲 line of minutes listing who chaired
    body = ("10月8日晚，某市慈善总会公益助农直播在某县举行，主持人葛云舒主持。\n"
            "主持人：接下来连线的是某县农业农村局局长柏文清，柏局长您好！\n柏文清：大家好，今年的茶叶收成不错。\n")
    found = _participation(body, "2025-10-09")
    assert ("柏文清", "2025-10-08", "attendee") in found
    assert ("柏文清", "2025-10-08", "chair") not in found
    assert ("葛云舒", "2025-10-08", "chair") in found
    minutes = _participation("10月8日，某市慈善总会召开会长办公会议。\n主持：某市慈善总会副会长柏文清\n", "2025-10-09")
    assert ("柏文清", "2025-10-08", "chair") in minutes


@pytest.mark.parametrize(
    "opening",
    ["2025年6月14日至15日，江苏慈善发展论坛在南京举行。", "2025年6月14日—15日，江苏慈善发展论坛在南京举行。"],
)
def test_hosts_carry_to_a_later_day_written_with_its_year_or_named_by_a_handover(opening: str) -> None:
    # the range written with its year; the later day's event named by a handover at its closing, its 分论坛 in a sentence
    body = (opening + "论坛由江苏省慈善总会、南京市慈善联合会联合主办。江苏省慈善总会会长葛云舒致辞。"
            "15日上午，论坛设两个分论坛，南京市慈善联合会会长柏文清主持。闭幕式上还举行了论坛轮值交接仪式，葛云舒将会旗交给柏文清。")
    found = _participation(body, "2025-06-16")
    for host in ("江苏省慈善总会", "南京市慈善联合会"):
        assert (host, "2025-06-14", "host") in found
        assert (host, "2025-06-15", "host") in found


@pytest.mark.parametrize(
    "spoke",
    [
        "受表彰代表、鼓楼区慈善协会秘书长葛云舒，南京市志愿者协会副会长柏文清作交流发言。",
        "受助家庭代表、玄武区某社区居民葛云舒，江宁区慈善协会会长柏文清作经验交流发言。",
    ],
)
def test_a_representative_label_before_a_title_chain_is_no_verb_of_the_list(spoke: str) -> None:
    found = _participation("6月10日，南京市慈善总会召开表彰大会。" + spoke)
    for person in ("葛云舒", "柏文清"):
        assert (person, "2025-06-10", "speaker") in found


@pytest.mark.parametrize(
    "student",
    ["受助学生代表、南京大学新生葛云舒发言。", "土木工程学院2025级本科生葛云舒作为受助学生代表发言。", "东南大学在读研究生葛云舒发言。"],
)
def test_a_student_named_by_their_studies_speaks(student: str) -> None:
    found = _participation("6月10日，南京市慈善总会举行助学金发放仪式。" + student)
    assert ("葛云舒", "2025-06-10", "speaker") in found


def test_a_project_presented_with_zuo_is_a_speech() -> None:
    found = _participation("6月10日，南京市慈善总会召开推进会。会长庞立新主持，秘书长葛云舒作公益项目推介。")
    assert ("葛云舒", "2025-06-10", "speaker") in found


def test_a_row_of_names_alone_after_a_colon_names_the_people_of_that_sentence() -> None:
    """参加捐款的县领导有：then a line of names one wide space apart, two-character ones padded (甲　乙　丙丁): every
    name is a person, there on the day of the sentence the row continues (no caption of the page's first event)."""
    body = (
        "【县慈善会召开理事会】6月3日，某县慈善会理事会在县民政局召开，会长柯远帆主持。\n\n"
        "【县领导参加一日捐】6月8日，全县“慈善一日捐”集中捐款活动在县行政中心举行。参加捐款的县领导有：\n\n"
        "温　雨　乔暮云　柏　川　葛云舒\n\n"
        "当天共收到捐款10万元。"
    )
    taking_part = {(p, d) for p, d, _ in _participation(body, "2025-06-20")}
    assert {("温雨", "2025-06-08"), ("乔暮云", "2025-06-08"), ("柏川", "2025-06-08"), ("葛云舒", "2025-06-08")} <= taking_part
    assert not {p for p, d in taking_part if d == "2025-06-03"} - {"柯远帆"}


@pytest.mark.parametrize(
    "label, names, people",
    [
        ("参加捐款的县领导有：", "葛 舒 柏文清 乔远帆 庞 立", ("葛舒", "柏文清", "乔远帆", "庞立")),
        ("出席活动的市领导还有：", "柏文清 葛 舒 乔远帆", ("葛舒", "柏文清", "乔远帆")),
    ],
)
def test_names_padded_by_single_spaces_under_a_presence_label_attend(label: str, names: str, people: tuple[str, ...]) -> None:
    found = _participation("6月10日，某县慈善一日捐集中捐款活动举行。\n" + label + "\n" + names + "\n当天共收到捐款20万元。")
    for person in people:
        assert (person, "2025-06-10", "attendee") in found


def test_a_line_of_ordinary_words_with_single_spaces_names_no_one() -> None:
    found = _participation("6月10日，某县慈善一日捐集中捐款活动举行。\n活动主题：\n爱心 奉献 温暖 共享\n")
    assert not found


def test_a_guest_of_honour_named_by_their_part_attends() -> None:
    found = _participation("6月10日，某会举行签约仪式。某局局长葛云舒、某区人民政府副区长柏文清担任主礼嘉宾。")
    assert ("柏文清", "2025-06-10", "attendee") in found


_PREVIEW_BODY = (
    "某市慈善论坛将于7月8日在某市举办。论坛由某市慈善总会主办。根据初步议程，开幕式由某会秘书长葛云舒主持，"
    "某市民政局局长柏文清致辞。"
)


def test_a_preview_title_places_no_one_and_holds_no_event_to_come() -> None:
    article = Article("t", _PREVIEW_BODY, title="某市慈善论坛将于7月8日在某市举办", date="2025-06-20", publisher="", body_start=0)
    facts = [f.to_record() for f in extract_article(article).facts]
    assert not [f for f in facts if f["kind"] == "participation"]
    assert not [f for f in facts if f["kind"] == "event" and f["date"] > "2025-06-20"]


def test_a_title_telling_the_meeting_held_places_its_programme() -> None:
    found = _participation_titled("某市慈善论坛在某市举办", _PREVIEW_BODY.replace("将于", "于"), "2025-07-09")
    assert ("葛云舒", "2025-07-08", "chair") in found


def test_the_one_a_programme_change_replaced_takes_no_part() -> None:
    found = _participation(
        "6月10日，某会召开理事会议。会议由某会会长葛云舒主持。某局副局长柏文清致辞（原定由局长乔远帆致辞，因另有公务），"
        "秘书长庞立作工作报告。"
    )
    assert ("柏文清", "2025-06-10", "speaker") in found
    assert not {p for p, _, _ in found if p == "乔远帆"}


def test_a_report_named_in_full_is_made_by_who_takes_it_after_zuo() -> None:
    # 作报告 is also written inside 工作报告: the one who chairs 并作年度工作报告 speaks, not the sentence's first name
    found = _participation("6月10日，某会召开年度表彰会。某局副局长柏文清出席会议，某会会长葛云舒主持会议并作年度工作报告。")
    assert ("葛云舒", "2025-06-10", "speaker") in found
    assert ("柏文清", "2025-06-10", "speaker") not in found


def test_winners_under_a_label_ending_in_shi_are_listed_not_present() -> None:
    # 获奖的…名“某某之星”是：… runs past a bare label's length; those it lists are awarded, not placed at the ceremony
    found = _participation(
        "6月10日，某市慈善之星颁奖典礼举行。某局局长柏文清出席。获奖的5名“某市慈善之星”是：某公司董事长葛云舒，"
        "某社区党委书记乔远帆，某会秘书长庞立。"
    )
    assert ("柏文清", "2025-06-10", "attendee") in found
    assert not {p for p, _, _ in found if p in ("葛云舒", "乔远帆", "庞立")}


@pytest.mark.parametrize("reads", ["宣读了《关于表彰2025年度爱心企业的决定》", "宣读获奖名单", "宣读了受助学生名单", "宣读了倡议书"])
def test_reading_out_a_decision_a_list_or_a_letter_is_a_speech(reads: str) -> None:
    """docs/gold-conventions.md: 宣读 is the reader's turn to speak (speaker, on top of attendee)."""
    found = _participation(f"6月10日，某县慈善总会召开表彰大会，会长葛云舒主持，秘书长柏文清{reads}。")
    assert ("柏文清", "2025-06-10", "speaker") in found
    assert ("柏文清", "2025-06-10", "attendee") in found


@pytest.mark.parametrize("venue", ["临川宾馆", "临川市会议中心", "临川国际会展中心"])
def test_a_named_venue_that_holds_the_event_is_an_organization(venue: str) -> None:
    """docs/gold-conventions.md: a hotel or conference centre where the event is held counts (docs/FACTS.md: hotels and
    centres that host); it takes no part in it."""
    article = Article("t", f"6月10日，某县慈善总会第三次会员代表大会在{venue}召开。", title="", date="2025-06-12", publisher="", body_start=0)
    facts = [f.to_record() for f in extract_article(article).facts]
    assert venue in {f["name"] for f in facts if f["kind"] == "organization"}
    assert not any(f.get("organization") == venue for f in facts if f["kind"] == "participation")


@pytest.mark.parametrize(
    "body, people",
    [
        ("6月10日，某县慈善论坛举行，某大学教授葛云舒作主旨报告，县慈善协会会长乔远帆、秘书长柏文清作交流。", ("乔远帆", "柏文清")),
        ("6月10日下午的分论坛上，县慈善总会副会长乔远帆与某公司总经理柏文清同台对谈。", ("乔远帆", "柏文清")),
        ("6月10日，县慈善沙龙由秘书长葛云舒主持，副会长乔远帆与某公司总经理柏文清同台，就社区慈善各谈看法。", ("乔远帆", "柏文清")),
        ("6月10日，县慈善工作座谈会由葛云舒主持，乔远帆、柏文清分别交流了各自在助学项目上的做法。", ("乔远帆", "柏文清")),
        ("6月10日，某县助学金发放仪式举行，会长葛云舒致辞，受助学生家长代表乔远帆、柏文清代表受助家庭致谢。", ("乔远帆", "柏文清")),
    ],
)
def test_who_takes_a_turn_on_a_panel_speaks(body: str, people: tuple[str, ...]) -> None:
    """作交流, 同台对谈, 同台 alone, 分别交流, 代表…致谢: each named panelist or thanking speaker speaks (docs/FACTS.md speaker)."""
    found = _participation(body)
    for person in people:
        assert (person, "2025-06-10", "speaker") in found, person


@pytest.mark.parametrize(
    "body, people",
    [
        ("6月10日，某县慈善论坛举行。县慈善协会会长乔远帆，某公司总经理柏文清围绕“企业与公益”开展圆桌对话，葛云舒担任主持人。", ("乔远帆", "柏文清")),
        ("6月10日，某县慈善论坛举行。　　对话嘉宾：乔远帆（县慈善协会会长）、柏文清（某公司总经理）　　两位嘉宾结合本地实践交流。", ("乔远帆", "柏文清")),
        ("6月10日，某县慈善总会召开项目推介会，副秘书长乔远帆主持并逐一推介了18个项目，秘书长柏文清作项目推介。", ("乔远帆", "柏文清")),
    ],
)
def test_a_round_table_or_a_project_pitch_is_a_turn_to_speak(body: str, people: tuple[str, ...]) -> None:
    """开展圆桌对话, a 对话嘉宾： label, 推介了 and 作项目推介: each named person speaks at the event (docs/FACTS.md speaker)."""
    found = _participation(body)
    for person in people:
        assert (person, "2025-06-10", "speaker") in found, person


@pytest.mark.parametrize(
    "body",
    [
        "6月10日，某县慈善协会召开理事会议，原会长乔远帆因年龄原因申请辞去会长职务，会议对其多年的付出表示感谢。",
        "6月10日，某县慈善协会召开理事会议，会议同意乔远帆同志因工作调动辞去副会长职务。",
        "6月10日，某县慈善基金会召开理事会议，乔远帆任期届满不再担任监事。",
    ],
)
def test_who_gives_a_post_up_is_decided_about_not_shown_there(body: str) -> None:
    """docs/gold-conventions.md "Presence": a board's decision about someone (辞去, 不再担任) does not put them in the room."""
    assert not any(who == "乔远帆" for who, _, _ in _participation(body))


def test_the_marks_closing_quoted_words_end_their_sentence() -> None:
    # “…！”甲在仪式上说。: the closing mark after ！ belongs to the quoted words; the next sentence opens with the speaker
    body = "5月9日上午，某会会长石晓川与某中心主任祁明远签下协议。“这只是一个开始！”石晓川在签约仪式上说。"
    article = Article("t", body, title="", date="2026-05-12", publisher="", body_start=0)
    found = {(f.fields["person"], f.fields["role"]) for f in extract_article(article).facts if f.kind == "participation"}
    assert ("石晓川", "speaker") in found
    assert [s.text for s in split_sentences(normalize(body), 0)][1] == normalize("“这只是一个开始！”")


def test_those_who_go_along_with_a_party_attend_its_later_stops() -> None:
    # 乙、丙随同前往: they travel with the party the sentence before formed, so they attend its next day's stop
    body = ("10月12日，某省慈善总会常务副会长甘明哲带领工作组一行4人赴某县开展帮扶活动。"
            "总会副秘书长柴若溪、项目部部长邝文博随同前往。13日，工作组一行走访慰问了某镇困难群众。")
    article = Article("t", body, title="", date="2026-10-15", publisher="", body_start=0)
    found = {(f.fields["person"], f.fields["event_date"]) for f in extract_article(article).facts if f.kind == "participation"}
    assert {("柴若溪", "2026-10-13"), ("邝文博", "2026-10-13")} <= found


def test_members_listed_on_a_line_of_their_own_attend_the_party_s_first_day_and_each_stop() -> None:
    # 访问团成员有：… with no verb of taking part: the named join the party that set out in the lead
    found = _participation(
        "6月9日至10日，某国某市同乡会会长葛云舒率访问团一行8人回乡考察交流。\n访问团成员有：副会长柏文清、秘书长乔远帆等。\n"
        "9日下午，市侨联在某会议室召开座谈会，副主席庞立新主持。\n10日上午，访问团赴某县参加助学捐赠仪式。\n"
    )
    for person in ("葛云舒", "柏文清", "乔远帆"):
        assert (person, "2025-06-09", "attendee") in found
        assert (person, "2025-06-10", "attendee") in found
    assert ("庞立新", "2025-06-10", "attendee") not in found


def test_a_meeting_across_time_zones_is_dated_by_the_page_s_own_clock() -> None:
    # 北京时间…，正是当地时间…: the local day abroad is the same moment, and a month told later recalls the past
    found = _participation(
        "北京时间3月2日凌晨1时，正是某国某市当地时间3月1日晚6时。在相隔万里的两个会场，某某慈善信托云签约仪式同步举行。\n"
        "某省慈善总会副会长葛云舒、秘书长柏文清出席。仪式由柏文清主持。\n据悉，双方于2025年11月签署合作意向书。\n",
        date="2026-03-03",
    )
    assert ("葛云舒", "2026-03-02", "attendee") in found
    assert ("柏文清", "2026-03-02", "chair") in found
    assert not any(day in ("2026-03-01", "2025-11") for _, day, _ in found)


@pytest.mark.parametrize(
    "later",
    [
        "会议审议通过了《合作章程》，并商定2027年度工作会议由天津市慈善联合会轮值承办。",
        "与会各方议定，2027年联席会议由天津市慈善联合会承办。",
    ],
)
def test_a_host_of_a_later_years_meeting_does_not_host_this_one(later: str) -> None:
    found = _participation("9月21日，2026年环渤海慈善联席会议在青岛召开，会议由青岛市慈善总会承办。" + later, "2026-09-23")
    assert ("青岛市慈善总会", "2026-09-21", "host") in found
    assert not [f for f in found if f[0] == "天津市慈善联合会" and f[2] == "host"]


def test_who_releases_a_report_at_the_meeting_speaks() -> None:
    found = _participation("6月10日，全省慈善工作会议在济南召开。会上，省民政厅慈善处处长孙立发布了《山东省慈善发展报告（2025）》。")
    assert ("孙立", "2025-06-10", "speaker") in found


def test_a_label_ending_in_a_cue_character_or_a_locative_word_is_no_speaker() -> None:
    found = _participation("6月10日，某会召开座谈会。项目名称：乡村助学。信中说：“感谢大家。”李明称，项目进展顺利。")
    people = {f[0] for f in found}
    assert "李明" in people
    assert not people & {"项目名", "信中"}


@pytest.mark.parametrize(
    "caption",
    ["▲乔远帆（右二）在某镇敬老院慰问老人", "图为乔远帆向困难家庭送上慰问金", "乔远帆（左）与志愿者一起为老人理发"],
)
def test_a_photo_caption_shows_its_people_at_the_event_the_text_told_them_at_last(caption: str) -> None:
    found = _participation(
        "6月10日，某市慈善总会召开五届三次理事会，会长葛云舒主持。\n"
        "6月12日，副会长乔远帆带队赴某县走访慰问困难群众。\n" + caption + "\n"
        "6月15日，总会与某公司签订合作协议。"
    )
    assert ("乔远帆", "2025-06-12", "attendee") in found
    assert ("乔远帆", "2025-06-10", "attendee") not in found


def test_a_caption_of_someone_the_text_has_not_placed_shows_the_main_event() -> None:
    found = _participation("6月10日，某市慈善总会召开五届三次理事会，会长葛云舒主持。\n▲秘书长柏文清（右一）在会上发言\n")
    assert ("柏文清", "2025-06-10", "attendee") in found


@pytest.mark.parametrize(
    "convened",
    ["分论坛一由南京市慈善联合会秘书长葛云舒召集，东海大学讲师柏文清等5人宣读论文。",
     "第一组讨论由南京市慈善联合会秘书长葛云舒召集，柏文清等6位代表交流发言。"],
)
def test_who_convenes_a_session_chairs_it(convened: str) -> None:
    # 由甲召集 (a 分论坛's, a group's convener) chairs; 召集单位 and a network's 召集人 are titles, no cue
    found = _participation("6月14日，江苏慈善论坛在南京举行。" + convened + "会议由今年的召集单位苏州市慈善总会召集。", "2025-06-16")
    assert ("葛云舒", "2025-06-14", "chair") in found
    assert ("柏文清", "2025-06-14", "chair") not in found


def test_names_on_a_line_of_their_own_end_the_sentence_whose_colon_opens_them() -> None:
    """出席的还有某会副会长：, then 甲　某　乙　某 on the next line: the names are the colon's list, there and in post."""
    body = (
        "6月10日上午，“春晖”慈善信托签约仪式在宁波市慈善总会举行。会长贝立群致辞。出席仪式的还有宁波市慈善总会副会长：\n"
        "　　柏　原　甘　棠　郁知秋\n"
        "　　仪式结束后，与会人员参观了展厅。"
    )
    article = Article("t", body, title="", date="2025-06-12", publisher="", body_start=0)
    facts = [f.to_record() for f in extract_article(article).facts]
    present = {f["person"] for f in facts if f["kind"] == "participation" and f["role"] == "attendee"}
    assert {"柏原", "甘棠", "郁知秋"} <= present
    assert ("柏原", "副会长") in {(f["person"], f["role"]) for f in facts if f["kind"] == "position"}


def test_a_label_of_three_characters_padded_by_spaces_gives_its_role_to_the_names_after_it() -> None:
    """主 持 人：甲　乙 on a programme page, 主　持　人：丙、丁 in minutes: a label padded to its column's width (one
    space or a full-width one between its characters) is read as the cue it spells, as 主　持： is."""
    for line in ("主 持 人：葛　岚　乔远帆", "主　持　人：葛岚、乔远帆"):
        found = _participation("6月10日晚，湖州市慈善音乐会在湖州大剧院举行。\n\n" + line + "\n")
        assert {("葛岚", "2025-06-10", "chair"), ("乔远帆", "2025-06-10", "chair")} <= found, line


def test_rows_of_titles_and_names_after_the_prose_are_a_list_not_presence() -> None:
    """现将名单公布如下：, then 某会——某会（会长　甲） or 副理事长　乙（女） line by line: a roster the page gives, no one shown at
    the day's event; the same rows under a heading that names presence (参加义诊的专家有：) were there, and so is a row
    with a verb or a photo's mark (captions: ▲丙与老人亲切交谈, 丙（左二）在活动现场)."""
    opening = "6月10日，某市慈善总会召开会长办公会议，会长葛云舒主持。"
    for heading, rows in (
        ("会议确定了今年的结对名单，现公布如下：", "1．某县慈善总会——某州某县慈善会（会长　乔远帆）\n2．某区慈善总会——某州某县慈善会（副会长　柏文清）"),
        ("经会议研究，现将新一届负责人简介如下：", "副理事长　乔远帆（女）\n秘书长　柏文清"),
        ("", "【领导名录】\n某市民政局\n局　　长　乔远帆\n分管副局长　柏文清（女）"),
    ):
        found = _participation(f"{opening}{heading}\n{rows}\n")
        assert ("葛云舒", "2025-06-10", "chair") in found, rows
        assert not {p for p in found if p[0] in ("乔远帆", "柏文清")}, rows
    found = _participation(f"{opening}参加义诊的专家有：\n某市人民医院心内科主任医师　乔远帆；\n某市中医院骨科副主任医师　柏文清。\n")
    assert {("乔远帆", "2025-06-10", "attendee"), ("柏文清", "2025-06-10", "attendee")} <= found
    # a row that opens with the name, its unit in brackets or after one gap (no cells)
    found = _participation(f"{opening}参加义诊的专家有：\n乔　远（某市人民医院主任医师）\n柏文清　临江县中医院副主任医师\n")
    assert {("乔远", "2025-06-10", "attendee"), ("柏文清", "2025-06-10", "attendee")} <= found
    found = _participation(f"{opening}会议确定了结对名单，现公布如下：\n乔　远（某市人民医院主任医师）\n柏文清　临江县中医院副主任医师\n")
    assert not {p for p in found if p[0] in ("乔远", "柏文清")}
    for caption in ("▲副会长乔远帆与老人亲切交谈", "▲副会长乔远帆（左二）在活动现场", "副会长乔远帆（右一）在活动现场"):
        assert ("乔远帆", "2025-06-10", "attendee") in _participation(f"{opening}\n{caption}\n"), caption


def test_words_in_a_digest_item_that_tells_no_gathering_place_no_one() -> None:
    """【某县】某会近日向医院拨付善款…。常务副会长甲说，…; ■某县 ¶ 某项目今年共资助…。会长乙介绍，…: an item of a digest
    that tells no gathering before the words: there was no event to be present at (docs/gold-conventions.md); words told
    at the item's gathering (…在活动现场…说, a day's meeting) or in a page's one story place the speaker there."""
    lead = "6月10日，某市慈善总会召开理事会议，会长葛云舒主持。\n"
    for item in (
        "【某县】某县慈善总会近日向县人民医院拨付大病救助善款50万元。县慈善总会常务副会长乔远帆说，今年以来已救助大病患者237人次。",
        "■某县\n某县慈善总会助学项目今年共资助困难学生412名。县慈善总会会长乔远帆介绍，今年起资助对象首次扩大到中职学生。",
        "3．某区慈善超市上线运行。累计服务居民4300余人次。区慈善会会长乔远帆介绍，超市实现了线上下单。",
    ):
        found = _participation(lead + item + "\n")
        assert ("葛云舒", "2025-06-10", "chair") in found, item
        assert not {p for p in found if p[0] == "乔远帆"}, item
    for item in (
        "【某县】某县慈善总会近日在县人民医院举行大病救助资金发放仪式。县慈善总会常务副会长乔远帆说，今年以来已救助大病患者237人次。",
        "■某县\n某县慈善总会助学项目今年共资助困难学生412名。在活动现场，县慈善总会会长乔远帆介绍，今年起资助对象首次扩大到中职学生。",
    ):
        assert ("乔远帆", "speaker") in {(p[0], p[2]) for p in _participation(lead + item + "\n")}, item
    # a page's one story, its paragraph opening with no item's mark: the words are the gathering's
    found = _participation(lead + "今年以来，总会共救助困难群众3200人次。常务副会长乔远帆说，明年将扩大救助范围。\n")
    assert ("乔远帆", "2025-06-10", "speaker") in found


def test_a_report_made_before_a_comma_is_no_saying_verb() -> None:
    found = _participation(
        "6月10日，某市慈善论坛在某宾馆举行。某大学教授乔远帆作了题为《社区互助的经验》的主旨报告，"
        "某区慈善会会长葛云舒、某街道党工委书记柏文清作交流发言。"
    )
    assert {("乔远帆", "2025-06-10", "speaker"), ("葛云舒", "2025-06-10", "speaker"), ("柏文清", "2025-06-10", "speaker")} <= found
    # a report a verb with 了 took as its object (汇报了, 提交了) is a noun too: who comments after the comma spoke
    for done in ("各小组汇报了调研报告", "学员们提交了结业报告"):
        taken = _participation(f"6月10日，某市慈善总会举办培训班，某大学教授乔远帆授课。6月11日，{done}，乔远帆逐一点评。")
        assert ("乔远帆", "2025-06-11", "speaker") in taken, done
    # a report that is the verb of saying still opens reported speech: whom it names is spoken of, not shown there
    for report in ("报告", "就工作开展情况报告", "就合作项目进展情况报告"):  # (作 of 工作, 合作 makes no speech: 报告 says)
        said = _participation(f"6月10日，某市慈善总会召开理事会议。秘书长乔远帆{report}，会长葛云舒一年来走访了多家企业。")
        assert ("乔远帆", "2025-06-10", "speaker") in said and not any(person == "葛云舒" for person, _, _ in said), report


def test_a_roundups_section_headed_by_its_place_tells_who_was_there() -> None:
    found = _participation(
        "6月10日，全省各地开展慈善活动。\n\n徐州：徐州市慈善总会举行集中捐赠仪式，徐州市人民政府副市长乔远帆、徐州市慈善总会会长葛云舒出席。"
        "\n\n淮安：淮安市慈善总会在某广场举办慈善集市，淮安市慈善总会会长柏文清到集市察看。"
    )
    assert {("乔远帆", "2025-06-10", "attendee"), ("葛云舒", "2025-06-10", "attendee"), ("柏文清", "2025-06-10", "attendee")} <= found
    # a place that labels a list of names is still a list: who it names need not be there
    listed = _participation("6月10日，某会召开年度表彰会。\n\n获表彰个人名单\n\n徐州：乔远帆、葛云舒")
    assert not any(person in ("乔远帆", "葛云舒") for person, _, _ in listed)


@pytest.mark.parametrize(
    "lead",
    [
        "日前，市慈善总会会长葛云舒带队赴某县走访结对家庭。副秘书长柏文清参加走访。",  # set out in a month's lead, no day
        "6月9日下午，市慈善总会会长葛云舒带队，副秘书长柏文清一行3人抵达某县。葛云舒一行在某县县长乔远帆陪同下察看了安置点。",
    ],
)
def test_a_party_led_by_its_named_member_attends_its_stop_on_a_day_of_its_own(lead: str) -> None:
    found = _participation(lead + "6月10日上午，葛云舒一行来到某镇某村，走访了两户困难家庭。")
    assert ("柏文清", "2025-06-10", "attendee") in found
    assert ("乔远帆", "2025-06-10", "attendee") not in found  # who received the party on the 9th is no member of it


def test_someone_else_named_before_the_party_still_keeps_its_members_out() -> None:
    found = _participation("6月9日，市慈善总会会长葛云舒带领副会长柏文清一行赴某县考察。6月10日，某县县长乔远帆会见了葛云舒一行。")
    assert ("柏文清", "2025-06-10", "attendee") not in found


def test_the_items_of_a_list_ending_in_semicolons_keep_the_day_of_their_paragraph() -> None:
    found = _participation(
        "6月9日，某联盟年会在某市召开，会长葛云舒主持。\n6月10日上午，配套的义诊活动在某社区卫生服务中心举行。\n参加义诊的专家有：\n"
        "某医院心内科主任医师 柏文清；\n某医院骨科副主任医师 乔远帆；\n某医院儿科主治医师 庞立新。"
    )
    for person in ("柏文清", "乔远帆"):
        assert (person, "2025-06-10", "attendee") in found
        assert (person, "2025-06-09", "attendee") not in found


@pytest.mark.parametrize("joined", ["参加检查", "参加执法检查", "陪同督导"])
def test_who_joins_a_party_named_by_its_activity_goes_to_each_stop(joined: str) -> None:
    found = _participation(
        "6月9日至10日，某省人大常委会检查组在副主任葛云舒带领下赴某市开展执法检查。"
        f"检查组副组长柏文清{joined}。10日，检查组来到某县，察看了县慈善超市。"
    )
    assert ("柏文清", "2025-06-10", "attendee") in found


_TOUR = "6月9日至10日，某省政协视察组在副主席葛云舒带领下赴某市视察。10日，视察组来到某县，察看了县慈善超市。"
_ROSTER = "视察组成员名单\n组　长：葛云舒（省政协副主席）\n副组长：柏文清　省政协秘书长\n　　　　乔远帆（省民政厅副厅长）\n成　员：史若兰（省政协委员）\n"  # (某省政协 would read as no body)


@pytest.mark.parametrize(
    "body",
    [
        _TOUR.replace("视察。", "视察，视察组全体组成人员参加。") + "\n" + _ROSTER,  # the whole party said to take part before the roster
        _TOUR + "\n" + _ROSTER + "（视察组组成人员均全程参加了视察。）",  # after it, in a bracketed line of its own
        _TOUR.replace("视察。", "视察，副组长柏文清及视察组成员参加。") + "\n" + _ROSTER,  # the party's members, after a named one
    ],
)
def test_a_roster_of_a_party_that_took_part_whole_attends_each_stop(body: str) -> None:
    found = _participation(body)
    for person in ("柏文清", "乔远帆", "史若兰"):
        assert {(person, "2025-06-09", "attendee"), (person, "2025-06-10", "attendee")} <= found, person


def test_a_roster_of_a_party_not_said_to_take_part_whole_attends_nothing() -> None:
    found = _participation(_TOUR + "\n" + _ROSTER)
    assert not {p for p in found if p[0] in ("柏文清", "乔远帆", "史若兰")}
    assert ("葛云舒", "2025-06-10", "attendee") in found


def test_a_byline_after_the_roster_is_no_member() -> None:
    found = _participation(_TOUR + "视察组全体组成人员参加。\n" + _ROSTER + "文：方知秋　图：何一苇\n")
    assert ("史若兰", "2025-06-10", "attendee") in found
    assert not {p for p in found if p[0] in ("方知秋", "何一苇")}


def test_a_programme_s_day_heading_dates_the_lines_under_it() -> None:
    found = _participation(
        "6月9日至10日，某联盟年会在某市举行。9日上午的开幕式由秘书长葛云舒主持。10日上午，某区慈善协会会长柏文清介绍了慈善超市的运营情况。\n"
        "附：年会日程\n第一天（6月9日）\n9:00　开幕式（主持：葛云舒）\n第二天（6月10日）\n8:30　现场考察"
    )
    assert ("葛云舒", "2025-06-09", "chair") in found
    assert ("葛云舒", "2025-06-10", "attendee") not in found  # the programme's first day is no part of the report's last


def test_the_maker_or_owner_of_a_lot_is_not_shown_at_the_auction() -> None:
    """甲创作的行书《…》, 乙的山水画《…》, 丙捐赠的书法作品, 丁签名的球拍: the lots of an auction or an exhibition named by
    who made, gave, signed or owns them; the person is not shown at the event by that (the auctioneer who takes the
    gavel and a bidder who comes are)."""
    opening = "6月20日下午，某市书画慈善拍卖会在某国际会议中心举行，拍卖师葛云舒主槌。"
    for lots in (
        "其中，市书法家协会主席乔远帆创作的行书《江南春》、苏州画院院长柏文清的山水画《太湖图》尤其引人关注。",
        "拍品包括国家一级美术师乔远帆的国画《帆影》，以及奥运冠军柏文清签名的比赛用球拍等18件。",
        "区书法家协会主席乔远帆捐赠的书法作品《上善若水》被某公司拍得，柏文清的油画《晨光》以5万元成交。",
    ):
        found = _participation(opening + lots, "2025-06-22")
        assert ("葛云舒", "2025-06-20", "attendee") in found, lots
        assert not {p for p in found if p[0] in ("乔远帆", "柏文清")}, lots
    found = _participation(opening + "市书法家协会主席乔远帆现场挥毫，柏文清出席并致辞。", "2025-06-22")
    assert {("乔远帆", "2025-06-20", "attendee"), ("柏文清", "2025-06-20", "speaker")} <= found


def test_a_signing_party_named_as_a_noun_is_no_cue() -> None:
    """签约企业, 签约单位: the parties of a signing as a noun (代表签约企业发言); the person before it acts on the next cue."""
    found = _participation("6月10日，某区慈善项目推介会在某宾馆举行。五个街道与爱心企业签约，某公司董事长乔远帆代表签约企业发言。")
    assert ("乔远帆", "2025-06-10", "speaker") in found
    assert ("乔远帆", "2025-06-10", "speaker") in _participation("6月10日，某区慈善项目推介会在某宾馆举行。某公司董事长乔远帆作为签约单位代表发言。")


def test_days_that_open_what_a_speaker_reported_are_no_days_taken_part() -> None:
    facts = _participation(
        "6月12日上午，某市慈善志愿服务总结会举行。孙立通报了服务情况：6月1日至7日，全市志愿者参与了助老服务。"
        "钱立德通报了审计报告，截至5月31日未发现问题；会长周敏致辞。"
    )
    assert ("孙立", "2025-06-12", "speaker") in facts and ("钱立德", "2025-06-12", "speaker") in facts
    assert ("周敏", "2025-06-12", "speaker") in facts
    assert not [f for f in facts if f[1] in ("2025-06-01", "2025-05-31")]


@pytest.mark.parametrize("verb", ["叮嘱", "嘱咐", "勉励"])
def test_who_urges_the_people_visited_spoke_and_whom_the_visit_was_to_did_not(verb: str) -> None:
    """甲看望了乙，叮嘱她…: the one who urges is reported speaking; the one visited, named in the clause before, is no
    speaker, and whom the words are to (随行的丙) is still there."""
    found = _participation(f"6月10日，某区慈善会会长葛云舒来到某社区，看望了独居老人柏文清，{verb}她保重身体。")
    assert ("葛云舒", "2025-06-10", "speaker") in found
    assert ("柏文清", "2025-06-10", "speaker") not in found and ("柏文清", "2025-06-10", "attendee") in found
    found = _participation(f"6月10日，某区慈善会会长葛云舒来到某社区走访困难家庭。葛云舒{verb}随行的秘书长乔远帆，要把回访做成常态。")
    assert {("葛云舒", "2025-06-10", "speaker"), ("乔远帆", "2025-06-10", "attendee")} <= found


def test_a_list_of_speakers_over_commas_after_a_cue_keeps_every_speaker() -> None:
    found = _participation("6月10日，某区慈善会召开座谈会，考察团成员、某县慈善会秘书长葛云舒，某市慈善会会长乔远帆分别发言。")
    assert {("葛云舒", "2025-06-10", "speaker"), ("乔远帆", "2025-06-10", "speaker")} <= found


@pytest.mark.parametrize("put", ["提出要求", "提出了明确要求", "提了几点希望"])
def test_a_quote_word_put_forward_as_a_noun_leaves_the_next_clause_its_own(put: str) -> None:
    """甲对下一步工作提出要求，乙出席会议: 要求 is what 甲 put forward, no reported speech; 乙's clause tells who was there."""
    found = _participation(f"6月10日，某区慈善会召开年度工作会议，会长葛云舒对下一步工作{put}，区民政局副局长乔远帆出席会议。")
    assert {("葛云舒", "2025-06-10", "speaker"), ("乔远帆", "2025-06-10", "attendee")} <= found
    found = _participation("6月10日，某区慈善会召开年度工作会议，会长葛云舒在讲话中要求，要像乔远帆同志那样扎根基层。")
    assert ("乔远帆", "2025-06-10", "attendee") not in found  # 在讲话中要求，…: what follows is reported speech


def test_an_assisting_body_is_no_host() -> None:
    """主办 … 协办 … 承办: FACTS.md's hosts are 主办, 承办 and 联合主办; the bodies before 协办 assist and host nothing."""
    found = _participation("6月10日，由湖州市慈善总会主办，湖州市书法家协会、湖州市美术家协会协办，湖州瑞丰拍卖有限公司承办的慈善拍卖会在湖州举行。")
    hosts = {who for who, _, role in found if role == "host"}
    assert {"湖州市慈善总会", "湖州瑞丰拍卖有限公司"} <= hosts
    assert not hosts & {"湖州市书法家协会", "湖州市美术家协会"}


@pytest.mark.parametrize(
    "body",
    [
        "6月10日，会长葛云舒主持召开会长办公会议，研究部署下半年募捐工作。",  # a meeting's agenda, no speech
        "6月10日，物资交接仪式在某县举行。乔远帆代表某县慈善会向工作组回赠了感谢信。",  # a letter of thanks handed over
    ],
)
def test_words_that_hold_a_speech_word_are_no_speech(body: str) -> None:
    found = _participation(body)
    assert not {p for p in found if p[2] == "speaker"}
    assert {p for p in found if p[2] == "attendee"}


@pytest.mark.parametrize("praise", ["给予肯定", "给予了肯定", "予以肯定"])
def test_praise_given_in_words_is_a_speech_and_names_no_one_before_it(praise: str) -> None:
    """甲对…给予肯定: the one who praises spoke; a word before the phrase (公开、公正给予肯定) is read as no name."""
    found = _participation(f"6月10日，某区慈善会召开理事会议，区民政局副局长葛云舒出席会议，葛云舒对慈善会一年来的工作{praise}。")
    assert ("葛云舒", "2025-06-10", "speaker") in found
    found = _participation(f"6月10日，某区慈善项目评审会召开，区民政局副局长葛云舒在讲话中对评审工作的公开、公正{praise}。")
    assert {p[0] for p in found} == {"葛云舒"}


@pytest.mark.parametrize("name", ["praise_cue", "made_speech_cue"])
def test_the_cue_a_praise_or_made_speech_is_read_as_is_one_speaker_cue_word(name: str) -> None:
    """praise_cue / made_speech_cue (event_words.tsv) name the cues.tsv row whose role and shape the phrase takes."""
    from kg.extract.lexicon import lexicons, word_class

    words = word_class(name)
    assert len(words) == 1
    cue = lexicons().participation_cues[words[0]]
    assert (cue.cue, cue.role, cue.shape) == ("speaker", "speaker", "before")


def test_rows_under_a_header_with_a_column_of_signers_attend_the_signing() -> None:
    """序号　项目名称　签约单位　签约代表: the names in the rows under such a header took part (signing is attending); under a
    header with no such column (联系人) they did not."""
    rows = (
        "　　1　助学项目　宁波市慈善总会、浙江丰禾织造有限公司　葛云舒、韦子健\n"
        "　　2　助老项目　宁波市慈善总会、海宁恒达农村商业银行股份有限公司　葛云舒、裴思远\n"
    )
    lead = "6月10日，宁波市慈善总会举行签约仪式，秘书长葛云舒主持。\n"
    signed = _participation(lead + "随后，两个项目逐一签约：\n　　序号　项目名称　签约单位　签约代表\n" + rows)
    assert {("韦子健", "2025-06-10", "attendee"), ("裴思远", "2025-06-10", "attendee")} <= signed
    listed = _participation(lead + "项目联系人如下：\n　　序号　项目名称　合作单位　联系人\n" + rows)
    assert not {p for p in listed if p[0] in ("韦子健", "裴思远")}


def test_table_rows_under_a_speakers_column_or_a_presence_heading_take_part() -> None:
    """序号　单位　发言人　职务: each row's person (read by column) spoke at the day's meeting; 参加义诊的专家名单如下： over a
    table with a 姓名 column: each row's person attended; the header's 单位 is no name. A table of contacts names no one there."""
    lead = "6月10日，衢州市慈善总会召开秘书长座谈会，会长祁望舒主持。\n"
    rows = "1　舟山市慈善总会　甘立衡　秘书长\n2　丽水市慈善总会　蒯　舟　副秘书长\n"
    spoke = _participation(lead + "会上，各地作交流发言。\n交流发言单位及发言人\n序号　单位　发言人　职务\n" + rows)
    assert {("甘立衡", "2025-06-10", "speaker"), ("甘立衡", "2025-06-10", "attendee"), ("蒯舟", "2025-06-10", "speaker")} <= spoke
    assert not any(person == "单位" for person, _, _ in spoke)
    doctors = _participation(
        "6月10日，岚山县“健康岚山”义诊活动在县文化广场举行。\n部分参加义诊的专家名单如下：\n序号 姓名 单位 科室 职称\n"
        "1 柯远帆 岚山县妇幼保健院 儿童保健科 主任医师\n2 钟 望舒 岚山第二医院 神经内科 副主任医师\n"
    )
    assert {("柯远帆", "2025-06-10", "attendee"), ("钟望舒", "2025-06-10", "attendee")} <= doctors
    contacts = _participation(lead + "各地联系人如下：\n序号　单位　联系人　职务\n" + rows)
    assert not any(person in ("甘立衡", "蒯舟") for person, _, _ in contacts)


def test_who_reminds_the_meeting_speaks_and_a_body_reminding_the_public_names_no_one() -> None:
    # 甲提醒，…: reported speech, as 强调 and 指出 are; 某局提醒市民: a body's notice, no person there
    found = _participation(
        "6月10日，某市慈善总会召开2025年度资助项目评审会，会长柏文清主持。某大学教授葛云舒提醒，涉及未成年人的项目要保护个人信息。"
        "某市民政局提醒市民谨防诈骗。"
    )
    assert {("葛云舒", "2025-06-10", "speaker"), ("葛云舒", "2025-06-10", "attendee")} <= found
    assert {p[0] for p in found} == {"柏文清", "葛云舒"}, found
    assert ("柏文清", "2025-06-10", "speaker") not in found  # the chair is not the one reminding


def test_the_venue_named_before_you_hosts_nothing() -> None:
    # 在某会展中心举行，大会由甲、乙联合主办: the hosts are the bodies after 由; the venue before it only holds the event
    found = _participation("6月10日，第三届“嘉兴慈善奖”表彰大会在嘉兴国际会展中心举行，大会由嘉兴市民政局、嘉兴市慈善总会联合主办。")
    hosts = {who for who, _, role in found if role == "host"}
    assert hosts == {"嘉兴市民政局", "嘉兴市慈善总会"}, found


def test_who_sent_the_letter_read_out_is_absent_and_its_reader_speaks() -> None:
    """甲宣读了乙发来的贺信: the sender was not there (发来的贺信, an absent cue), the reader was and spoke."""
    found = _participation("6月10日，某市慈善总会召开第三届理事会第一次会议。秘书长王沐川宣读了省慈善总会副会长张砚秋同志发来的贺信。")
    assert ("王沐川", "2025-06-10", "speaker") in found
    assert not any(person == "张砚秋" for person, _, _ in found)


def test_a_standing_team_handed_a_flag_sets_out_no_party() -> None:
    # 甲和乙为服务队授旗: the team is named where the officials take part; its action days later is not theirs
    found = _participation(
        "5月30日，某区慈善总会会长葛云舒和副会长柏文清为某区护河志愿服务队授旗。6月5日，服务队又组织亲子家庭走进某村，开展护河体验活动。",
        "2025-06-08",
    )
    assert {("葛云舒", "2025-05-30", "attendee"), ("柏文清", "2025-05-30", "attendee")} <= found, found
    assert not [p for p in found if p[1] == "2025-06-05" and p[0] in ("葛云舒", "柏文清")], found


def test_the_hosts_of_a_service_week_host_each_of_its_days_a_visit_too() -> None:
    # 服务周由甲、乙联合主办: a week made of its days; each day people are out on (a visit to a village too) is hosted by
    # the week's hosts, where a forum's visit is not
    found = _participation(
        "5月11日至13日，某某科技公司第二届员工志愿服务周开展。服务周由某某科技公司员工志愿者协会、宁波市慈善总会联合主办。"
        "5月11日上午，服务周启动，宁波市慈善总会副会长葛云舒致辞。5月12日，公司工会主席柏文清带领志愿者赴鄞州区某村慰问老人。"
        "5月13日，公司副总经理庞秋实带队走访困难家庭。",
        "2025-05-15",
    )
    for day in ("2025-05-11", "2025-05-12", "2025-05-13"):
        assert ("宁波市慈善总会", day, "host") in found, found


def test_a_camps_closing_day_is_hosted_by_the_camps_hosts() -> None:
    # 结营仪式 is the later part of a camp held over days (as 闭幕式 of a forum): the camp's hosts host that day too
    found = _participation(
        "7月12日上午，由池州市慈善总会、共青团池州市委联合主办的2025年青少年生态夏令营在池州学院开营。50名中小学生参加为期5天的营期活动，"
        "池州市慈善总会会长葛云舒致辞。7月16日下午，夏令营结营仪式在池州学院举行，池州市慈善总会秘书长柏文清主持。",
        "2025-07-18",
    )
    assert {("池州市慈善总会", "2025-07-16", "host"), ("共青团池州市委", "2025-07-16", "host")} <= found, found


def test_a_name_before_jiang_le_speaks_and_jiang_is_no_character_of_it() -> None:
    # 甲讲了…的经过: 讲了 tells what the person said (a speaker), and 讲 ends no name
    found = _participation("6月10日，全区慈善超市推进会召开。交流发言环节，某街道慈善超市店长柏晨讲了开设夜间取货窗口的经过。")
    assert {("柏晨", "2025-06-10", "speaker"), ("柏晨", "2025-06-10", "attendee")} <= found
    assert not any(name.startswith("柏晨讲") for name, _, _ in found)


def test_a_sub_district_or_town_named_among_the_hosts_hosts_and_one_named_as_the_place_does_not() -> None:
    # 由某会、某街道联合主办, 由某会与某镇联合主办: the locality is a host (an organization); 在某街道启动: a place only
    hosts = _participation(
        "5月10日上午，“微心愿”认领活动在丽水市莲都区岩泉街道启动。活动由莲都区慈善总会、莲都区紫金街道联合主办。"
        "6月16日，慈善超市在丽水市碧湖镇开业。超市由莲都区慈善总会与碧湖镇联合主办。",
        date="2025-06-20",
    )
    assert {("莲都区紫金街道", "2025-05-10", "host"), ("碧湖镇", "2025-06-16", "host"), ("莲都区慈善总会", "2025-05-10", "host")} <= hosts
    assert not any(who in ("丽水市莲都区岩泉街道", "岩泉街道") for who, _, _ in hosts)


def test_a_camps_opening_address_and_a_talk_on_a_book_title_are_speeches() -> None:
    # 致开营辞 (as 致开幕辞), 作《…》专题讲座 (as 作专题辅导)
    found = _participation(
        "7月12日，某市青少年生态夏令营在池州学院开营，池州市慈善总会会长葛云舒致开营辞，池州学院教授柏文清作《身边的湿地》专题讲座。",
        "2025-07-18",
    )
    assert {("葛云舒", "2025-07-12", "speaker"), ("柏文清", "2025-07-12", "speaker")} <= found, found


def test_a_guide_word_in_an_award_lists_bracket_is_no_speech() -> None:
    # 甲（某湿地讲解员）: 讲解员 names what the awardee does, no 讲解 on the page's day
    found = _participation(
        "5月27日，池州市慈善总会会长葛云舒赴升金湖实地考察湿地修复项目。\n附：2025年度十佳绿色志愿者名单\n柏文清（池州市贵池区升金湖湿地讲解员）\n",
        "2025-05-29",
    )
    assert ("葛云舒", "2025-05-27", "attendee") in found
    assert not [p for p in found if p[0] == "柏文清"], found


def test_people_there_throughout_a_camp_attend_each_of_its_later_days() -> None:
    # 甲、乙全程陪同营员: the counsellors are there on every day of the camp the page tells, as its hosts host them
    body = (
        "7月12日上午，由池州市慈善总会、共青团池州市委联合主办的2025年青少年生态夏令营在池州学院开营。50名中小学生参加为期5天的营期活动，"
        "辅导员柏文清、乔远帆全程陪同营员。7月16日下午，夏令营结营仪式在池州学院举行，池州市慈善总会秘书长葛云舒主持。"
    )
    found = _participation(body, "2025-07-18")
    assert {("柏文清", "2025-07-16", "attendee"), ("乔远帆", "2025-07-16", "attendee")} <= found, found
    assert ("柏文清", "2025-07-16", "attendee") not in _participation(body.replace("全程陪同", "陪同"), "2025-07-18")


def test_who_takes_the_flag_and_then_speaks_for_the_team_is_the_speaker() -> None:
    # 乙接旗并代表队员发言: the second cue joined by 并 and 代表 (on behalf of) has the first one's subject
    found = _participation("5月30日，吴兴区慈善总会会长葛云舒为护河志愿服务队授旗，服务队队长柏文清接旗并代表队员发言。", "2025-06-02")
    assert ("柏文清", "2025-05-30", "speaker") in found, found
    assert ("葛云舒", "2025-05-30", "speaker") not in found, found


def test_a_list_written_whole_after_its_heading_leaves_no_lines_open() -> None:
    # 五星级慈善超市（2家）：甲超市、乙超市。 is a whole list of the bodies given plaques; the honour list after it
    # (名单，丙、丁等2人获评) names people who need not be there
    found = _participation(
        "6月10日上午，全市慈善超市建设推进会在鼓楼区社会组织服务中心召开。会长葛云舒出席并讲话，为五星级慈善超市授牌。\n"
        "五星级慈善超市（2家）：玄武区梅园街道慈善超市、秦淮区夫子庙街道慈善超市。\n"
        "会议还通报了优秀店员名单，柏晓岚、周立冬等2人获评。"
    )
    assert ("葛云舒", "2025-06-10", "attendee") in found
    assert not [p for p in found if p[0] in ("柏晓岚", "周立冬")], found


def test_the_list_of_new_leaders_under_a_caption_showing_them_is_of_people_there() -> None:
    # ▲新一届领导班子成员走上主席台 over the list the page gives after it: every name on its lines attends; where the sentence
    # names the titles shown (新当选的会长、监事长集体亮相), the lines of other titles (监　事：) do not
    body = (
        "5月9日，丽水市慈善总会第五次会员代表大会在某会议中心召开。随后召开的五届一次理事会选举产生了新一届领导班子（名单附后）。"
        "\n\n▲新一届领导班子成员走上主席台与会员代表见面。\n\n丽水市慈善总会第五届理事会领导班子名单"
        "\n\n会　长：柯望舒\n\n副会长（按姓氏笔画为序）：丁　屹 文若岚\n\n秘书长：桑晚晴"
    )
    people = _participation(body, date="2025-05-12")
    assert {(name, "2025-05-09", "attendee") for name in ("柯望舒", "丁屹", "文若岚", "桑晚晴")} <= people
    titled = _participation(body.replace("▲新一届领导班子成员走上主席台与会员代表见面", "新当选的会长、秘书长集体亮相") + "\n\n监　事：万　澄", date="2025-05-12")
    assert {("柯望舒", "2025-05-09", "attendee"), ("桑晚晴", "2025-05-09", "attendee")} <= titled
    assert not {p for p in titled if p[0] in ("丁屹", "万澄")}


def test_the_officers_shown_are_not_the_plain_members_listed_under_them() -> None:
    # 新一届理事会、监事会负责人走上主席台 over the council's list: 负责人 are its officers, so the lines of its plain members
    # (理　事：, 监　事：) show no one there, the officers' lines do
    found = _participation(
        "5月9日，青田县助学基金会第二届理事会第一次会议召开。新一届理事会、监事会负责人走上主席台与大家见面。"
        "\n\n理 事 长：柯望舒\n\n秘 书 长：桑晚晴\n\n理　　事：柯望舒　文若岚　丁　屹\n\n监　　事：万　澄　乔书白",
        date="2025-05-12",
    )
    assert {("柯望舒", "2025-05-09", "attendee"), ("桑晚晴", "2025-05-09", "attendee")} <= found, found
    assert not [p for p in found if p[0] in ("文若岚", "丁屹", "万澄", "乔书白")], found


def test_the_list_lines_before_a_sentence_showing_their_title_are_of_people_there() -> None:
    # 执行会长：乙、丙 listed, then 新当选的会长甲和三位执行会长走上主席台: the names of a line of a title it shows attend; a
    # line of a title it does not show (秘书长：丁) does not
    found = _participation(
        "5月9日，丽水市青田商会第七届会员大会召开，选举产生了新一届领导班子。\n会　长：柯望舒\n执行会长：文若岚、桑　晴\n"
        "秘书长：万书澄\n随后，新当选的会长柯望舒和两位执行会长走上主席台与大家见面。",
        date="2025-05-12",
    )
    assert {(name, "2025-05-09", "attendee") for name in ("柯望舒", "文若岚", "桑晴")} <= found, found
    assert not [p for p in found if p[0] == "万书澄"], found


def test_the_new_leaders_under_a_heading_of_a_title_shown_are_there() -> None:
    # 新当选的会长、副会长集体亮相 then the page's sections 一、会长 / 二、副会长 / 三、副秘书长: the lines opening with a name
    # (甲，男，1960年11月生，…; 乙　某公司董事长; a padded 丙　丁，女，…) under a heading of a title shown attend; under another title
    # (副秘书长) they do not
    found = _participation(
        "5月9日，丽水市慈善总会第五次会员代表大会召开。会议结束时，新当选的会长、副会长集体亮相，与全体代表见面。现将简介如下：\n"
        "一、会长\n柯望舒，男，1960年11月生，浙江丽水人，大学学历。\n"
        "二、副会长\n文若岚　丽水某建设集团有限公司董事长\n桑　晴，女，1972年3月生，浙江青田人。\n"
        "三、副秘书长\n万书澄　丽水某商业银行股份有限公司行长\n",
        date="2025-05-12",
    )
    assert {(name, "2025-05-09", "attendee") for name in ("柯望舒", "文若岚", "桑晴")} <= found, found
    assert not [p for p in found if p[0] == "万书澄"], found


def test_the_officers_shown_under_a_padded_heading_of_their_title_are_there() -> None:
    # 新一届理事会负责人集体亮相 then the list 副 会 长（按姓氏笔画为序）： over one name a line: the heading's title is padded
    # (no role read in it) and the sentence shows every officer, so each line under it attends; 理　事 lines do not
    found = _participation(
        "5月9日，青田县慈善总会第四次会员代表大会召开。新一届理事会负责人集体亮相，与代表们见面。\n\n附：负责人名单\n\n"
        "会　　长：柯望舒（县政协原副主席）\n\n副 会 长（按姓氏笔画为序）：\n\n丁　屹（某建材有限公司董事长）\n\n文若岚（县红十字会）\n\n"
        "理　　事：\n\n万　澄（某小学校长）",
        date="2025-05-12",
    )
    assert {(name, "2025-05-09", "attendee") for name in ("柯望舒", "丁屹", "文若岚")} <= found, found
    assert not [p for p in found if p[0] == "万澄"], found


def test_the_officers_shown_in_a_leaders_table_are_there() -> None:
    # 新一届理事会负责人集体亮相 over a table 职务　姓名　工作单位及职务 whose rows open with the title's cell (副理事长兼秘书长
    # 乙): each row's person attends; a row of a plain member (理　事) does not
    found = _participation(
        "3月26日，青田县助学基金会第三届理事会第一次会议召开。新一届理事会负责人集体亮相，与理事们见面。\n\n附：负责人名单\n\n"
        "职务 姓名 工作单位及职务\n\n理事长 柯望舒 某局原副局长\n\n副理事长兼秘书长 文若岚 某局某科科长\n\n监事长 丁　屹 某审计局原科长\n\n"
        "理事 万书澄 某公司经理",
        date="2025-03-28",
    )
    assert {(name, "2025-03-26", "attendee") for name in ("柯望舒", "文若岚", "丁屹")} <= found, found
    assert not [p for p in found if p[0] == "万书澄"], found


@pytest.mark.parametrize("opening, address", [("夏令营开营仪式", "致开营辞"), ("培训班开班仪式", "致开班辞"), ("研修班结业仪式", "致结业词")])
def test_who_gives_the_address_of_a_camp_or_course_opening_speaks(opening: str, address: str) -> None:
    # 致开营辞, 致开班辞: the address of a course's opening, as 致开幕辞 is of a meeting's; without the cue word the name is
    # not even read as one (葛云舒致开…)
    found = _participation(f"6月10日，某市慈善总会举行{opening}。某会会长葛云舒{address}，某局副局长蒲文岚讲话。")
    assert {("葛云舒", "2025-06-10", "speaker"), ("葛云舒", "2025-06-10", "attendee"), ("蒲文岚", "2025-06-10", "speaker")} <= found


@pytest.mark.parametrize("said", ["葛云舒(女)说", "葛云舒（女）说", "葛云舒先生说", "葛云舒牧师说", "葛云舒女士说"])
def test_who_says_after_a_bracket_or_form_of_address_behind_the_name_speaks(said: str) -> None:
    # 说 is one character: read as a cue right after a name, and so after the name's (女) or 先生 as well
    found = _participation(f"6月10日，某市慈善总会召开理事会议，会长乔远帆主持。某会理事长{said}，协会从首届起参与论坛。")
    assert ("葛云舒", "2025-06-10", "speaker") in found
    assert ("葛云舒", "2025-06-10", "attendee") in found


def test_the_councils_officers_shown_with_another_title_are_all_the_elected() -> None:
    # 新当选的理事会负责人和监事长走上主席台: 负责人 stands for every officer elected, not only the 监事长 named beside it
    found = _participation(
        "5月26日，池州市绿野公益基金会第三届理事会第一次会议在池州召开。会议选举柏文清、乔远帆为副理事长，葛云舒当选为监事长。"
        "随后，新当选的理事会负责人和监事长走上主席台与参会人员见面。",
        "2025-05-29",
    )
    assert {("柏文清", "2025-05-26", "attendee"), ("乔远帆", "2025-05-26", "attendee"), ("葛云舒", "2025-05-26", "attendee")} <= found, found


@pytest.mark.parametrize("heading", ["附：出席嘉宾名单（按姓氏笔画排序）", "出席嘉宾名单", "参会人员名单："])
def test_the_rows_under_the_title_of_a_list_of_those_present_attend(heading: str) -> None:
    # 出席嘉宾名单 alone on its line titles the rows under it (某会副秘书长　甲): people who were there; a list of
    # awardees or judges under its title is not
    rows = "某市慈善总会副秘书长　　葛云舒\n某区社会组织服务中心主任　　蒲文岚\n"
    body = "6月10日下午，某区公益创投大赛决赛在某中心举行。某局局长乔远帆出席并致辞。\n"
    assert {("葛云舒", "2025-06-10", "attendee"), ("蒲文岚", "2025-06-10", "attendee")} <= _participation(f"{body}{heading}\n{rows}")
    assert not {p for p in _participation(f"{body}附：获奖个人名单\n{rows}") if p[0] in ("葛云舒", "蒲文岚")}


def test_presiding_over_the_federation_s_work_chairs_no_meeting() -> None:
    # 主持总会全面工作: in charge of the body's work (its own word for itself before the work), no meeting chaired
    found = _participation("2025年5月9日，南江市慈善总会召开第四次会员代表大会。会长卢望川主持总会全面工作，副会长邵青协助会长工作。")
    assert not [p for p in found if p[0] == "卢望川" and p[2] == "chair"], found
    assert ("卢望川", "2025-05-09", "chair") in _participation("2025年5月9日，南江市慈善总会召开第四次会员代表大会，会长卢望川主持会议。")


def test_who_goes_up_on_stage_attends_and_the_verb_ends_a_two_character_name() -> None:
    found = _participation("某公司总经理王明上台讲话。")
    assert {("王明", "2025-06-12", "attendee"), ("王明", "2025-06-12", "speaker")} <= found
    assert "王明上台" not in {who for who, _, _ in found}


def test_who_asks_or_answers_in_a_question_and_answer_excerpt_speaks() -> None:
    """问（甲）：…/答（乙）：… under a visit, and 丙提问：…: asking and answering is speaking at the gathering."""
    found = _participation(
        "6月10日上午，某市人大代表乔远帆、柏文清来到某市慈善总会开展调研，市民政局副局长葛云舒参加。部分问答摘录如下：\n"
        "问（乔远帆）：善款的收益怎么用？\n答（葛云舒）：收益全部用于助学项目。\n"
        "互动环节，代表柏文清提问：备案去哪里办？\n"
    )
    assert {("乔远帆", "2025-06-10", "speaker"), ("葛云舒", "2025-06-10", "speaker"), ("柏文清", "2025-06-10", "speaker")} <= found


@pytest.mark.parametrize(
    "opening",
    [
        "6月10日，某基金会冠名基金成立仪式举行。基金会副理事长葛云舒主持仪式，某公司总经理乔远帆致辞。",
        "6月10日，某基金会冠名基金成立仪式举行，副理事长葛云舒主持，捐赠企业代表乔远帆讲话。",
    ],
)
def test_he_said_quotes_the_one_who_was_given_the_floor(opening: str) -> None:
    found = _participation(opening + "他说：“这笔钱要一直用在孩子们的康复上。”")
    assert ("乔远帆", "2025-06-10", "speaker") in found
    assert ("葛云舒", "2025-06-10", "chair") in found
    assert ("葛云舒", "2025-06-10", "speaker") not in found


def test_he_said_after_a_sentence_with_no_speaker_quotes_its_subject() -> None:
    found = _participation("6月10日，某市慈善总会召开座谈会。会长葛云舒在听取汇报后，转达了乔远帆对慈善工作的关心。他指出，要把项目做实。")
    assert ("葛云舒", "2025-06-10", "speaker") in found
    assert ("乔远帆", "2025-06-10", "speaker") not in found


@pytest.mark.parametrize(
    "line, person",
    [
        ("2.二胡独奏《春江》　独奏：乔远帆", "乔远帆"),
        ("3.钢琴曲《晨光》　演奏：葛云舒", "葛云舒"),
        ("4.童声合唱《小星星》　演唱：某区少年合唱团　领唱：柏文清", "柏文清"),  # a second label on the line
        ("5.配乐诗《家园》　朗诵：乔远帆", "乔远帆"),
    ],
)
def test_a_programme_line_names_its_performer_present(line: str, person: str) -> None:
    found = _participation("6月10日晚，某市慈善音乐会在市大剧院举行。\n节目单\n1.交响序曲《金陵》　演奏：某艺术团交响乐队\n" + line + "\n")
    assert (person, "2025-06-10", "attendee") in found


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("开幕前，乔远帆主教主礼了感恩弥撒。", "乔远帆"),
        ("葛云舒道长主法了祈福法会。", "葛云舒"),
        ("开幕前，乔远帆主教主礼感恩弥撒。", "乔远帆"),  # with no 了
        ("祈福法会由葛云舒法师主礼，信众百余人参加。", "葛云舒"),  # 由…主礼: the officiant before the verb
    ],
)
def test_who_officiates_a_rite_chairs_it(sentence: str, person: str) -> None:
    found = _participation("6月10日，某宫慈善义卖活动举行。" + sentence)
    assert (person, "2025-06-10", "chair") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "6月10日，沪港慈善论坛举行。某基金会理事长乔远帆作为主礼嘉宾为论坛剪彩。",  # the guest of honour: no chair
        "6月10日，副县长乔远帆参观了民主法治示范村。",  # 主法 inside 民主法治
    ],
)
def test_officiating_words_inside_other_words_give_no_chair(sentence: str) -> None:
    found = _participation(sentence)
    assert ("乔远帆", "2025-06-10", "attendee") in found
    assert ("乔远帆", "2025-06-10", "chair") not in found


def test_a_foreign_name_written_by_its_last_part_alone_is_that_person() -> None:
    found = _participation(
        "6月10日，某红十字会AED捐赠仪式举行。某公司总经理安德烈·莫罗出席仪式。莫罗表示，希望把更多急救设备送进社区。"
    )
    assert ("安德烈·莫罗", "2025-06-10", "speaker") in found
    assert not any(person == "莫罗" for person, _, _ in found)


@pytest.mark.parametrize(
    "sentence, speakers",
    [
        ("乔远帆、葛云舒分别就助学项目落实、养老服务等作了补充汇报。", ("乔远帆", "葛云舒")),
        ("组织委员乔远帆作学习心得分享。", ("乔远帆",)),
        ("乔远帆就学习贯彻全会精神作了交流发言。", ("乔远帆",)),
    ],
)
def test_a_reference_word_in_the_topic_of_a_speech_leaves_the_speaker_to_it(sentence: str, speakers: tuple[str, ...]) -> None:
    found = _participation("6月10日，某市慈善总会召开座谈会。" + sentence)
    for person in speakers:
        assert (person, "2025-06-10", "speaker") in found


def test_who_is_named_after_a_reference_word_in_a_speech_topic_is_still_only_referred_to() -> None:
    found = _participation("6月10日，某市慈善总会召开座谈会。乔远帆就学习葛云舒同志讲话精神作了发言。")
    assert ("乔远帆", "2025-06-10", "speaker") in found
    assert not any(person == "葛云舒" for person, _, _ in found)


def test_a_preacher_speaks() -> None:
    found = _participation("6月10日，某堂举行义诊活动。感恩礼拜上，乔远帆牧师证道，信众为义诊奉献善款。")
    assert ("乔远帆", "2025-06-10", "speaker") in found


def test_a_handed_group_listed_after_a_later_day_attends_the_day_it_was_handed() -> None:
    found = _participation(
        "6月10日，某市红十字会第五次会员代表大会召开。会上，乔远帆当选为会长，葛云舒当选为监事长。"
        "副市长柏文清为新当选的会长、监事长颁发了当选证书。\n"
        "6月11日上午，乔远帆来到某区红十字会调研。\n"
        "附：某市红十字会第五届理事会负责人名单\n会长：乔远帆\n监事长：葛云舒\n"
        "附：某市红十字会第五届常务理事名单\n戚明川　钱望舒　诸葛岚\n"
    )
    assert ("葛云舒", "2025-06-10", "attendee") in found
    assert ("葛云舒", "2025-06-11", "attendee") not in found
    assert not any(person in ("戚明川", "钱望舒", "诸葛岚") for person, _, _ in found)  # another list's heading closes the first


@pytest.mark.parametrize("sentence", ["全体党员重温入党誓词，誓词由乔远帆领誓。", "新党员入党宣誓仪式由支部书记乔远帆领誓。"])
def test_who_leads_an_oath_speaks(sentence: str) -> None:
    found = _participation("6月10日，某中心党支部开展主题党日活动。" + sentence)
    assert ("乔远帆", "2025-06-10", "speaker") in found
    assert ("乔远帆", "2025-06-10", "attendee") in found


@pytest.mark.parametrize("sentence", ["全体党员在支部书记乔远帆的领誓下重温入党誓词。", "党员们参观了展馆，并在支部书记乔远帆的带领下重温入党誓词。"])
def test_who_leads_an_oath_under_de_xia_speaks(sentence: str) -> None:
    """在甲的领誓下, 在乙的带领下重温入党誓词: the leader of the oath speaks (docs/gold-conventions.md), 的 no noun's mark here."""
    found = _participation("6月10日，某中心党支部开展主题党日活动。" + sentence)
    assert ("乔远帆", "2025-06-10", "speaker") in found, found


def test_who_leads_a_group_that_then_renews_its_oath_only_attends() -> None:
    found = _participation("6月10日，某中心党支部开展主题党日活动。支部书记乔远帆带领党员代表走进某社区，重温入党誓词。")
    assert ("乔远帆", "2025-06-10", "attendee") in found, found
    assert ("乔远帆", "2025-06-10", "speaker") not in found, found


def test_the_winners_listed_after_an_award_label_attend_where_the_page_shows_them_handed_it() -> None:
    """二等奖获得者为： then one name a line (padded, its school in brackets), and 甲为获奖博士生颁发证书: the winners the label
    names are the group handed their awards, there that day; with nothing handed the list stays names."""
    lines = ("6月10日下午，第三届南川慈善博士生论坛举行闭幕式。共评出优秀论文一等奖1篇、二等奖2篇。一等奖由北山大学社会学院"
             "博士研究生乔望川获得，二等奖获得者为：\n　　葛　云（南川大学）\n　　柯远帆（北山大学）\n\n")
    found = _participation(lines + "南川市慈善总会会长罗一鸣为获奖博士生颁发证书。")
    assert {("葛云", "2025-06-10", "attendee"), ("柯远帆", "2025-06-10", "attendee")} <= found, found
    assert not [p for p in _participation(lines + "南川市慈善总会会长罗一鸣致辞。") if p[0] in ("葛云", "柯远帆")]


def test_serving_as_the_forums_reviewers_puts_them_there() -> None:
    """甲、乙担任论坛评议专家, 丙担任评议人: a part taken at the event, as 担任评审 is."""
    found = _participation("6月10日上午举行南川慈善青年学者论坛。乔望川、葛云舒担任论坛评议专家，柯远帆担任评议人。")
    assert {("乔望川", "2025-06-10", "attendee"), ("葛云舒", "2025-06-10", "attendee"), ("柯远帆", "2025-06-10", "attendee")} <= found, found


_EXCHANGE = "6月10日至11日，某片区慈善会秘书长交流活动在某县举行。某市慈善总会秘书长葛云舒、某县慈善协会秘书长柏文清参加。"


def test_the_people_of_a_range_go_on_as_its_attendees_on_a_later_day() -> None:
    found = _participation(_EXCHANGE + "\n10日上午，座谈会在某镇召开，某镇镇长乔远帆致辞。\n11日上午，与会人员来到某市，参观了某慈善展示馆。")
    for person in ("葛云舒", "柏文清"):
        assert (person, "2025-06-11", "attendee") in found
    assert ("乔远帆", "2025-06-11", "attendee") not in found  # named in a later paragraph only: no attendee of the whole


@pytest.mark.parametrize(
    "next_day",
    [
        "11日上午，某市慈善总会会长乔远帆来到某镇调研。",  # someone else acts on the later day
        "12日上午，与会人员来到某市参观。",  # a day past the range: another item of the page
    ],
)
def test_the_people_of_a_range_attend_no_day_the_text_does_not_give_them(next_day: str) -> None:
    found = _participation(_EXCHANGE + "\n" + next_day)
    assert {(person, day) for person, day, _ in found if person in ("葛云舒", "柏文清")} == {("葛云舒", "2025-06-10"), ("柏文清", "2025-06-10")}


# 采集当天 where no sentence before told 采集 with a day: the day named last, as 当天 alone
@pytest.mark.parametrize("same_day, day", [("捐献当天，", "2025-06-14"), ("当天，", "2025-06-12"), ("采集当天，", "2025-06-12")])
def test_an_activity_named_before_its_same_day_word_is_the_day_that_told_it(same_day: str, day: str) -> None:
    # told out of order: the donation on the 14th, the send-off on the 12th, then the day of the donation again
    found = _participation(
        "6月14日，志愿者小叶在某医院完成捐献。\n6月12日，某市红十字会为他举行欢送仪式，副会长乔远帆出席。\n"
        + same_day + "协调员葛云舒前往病房看望，柏文清介绍了采集流程。",
        date="2025-06-16",
    )
    assert {(d, role) for person, d, role in found if person == "柏文清"} == {(day, "attendee"), (day, "speaker")}


_ASSESSMENT = "6月3日至5日，某市民政局组建考评组，对全市养老服务机构开展了实地考评。"


@pytest.mark.parametrize(
    "roster",
    [
        "考评组成员如下：\n邸　岚　市民政局社会福利处处长\n葛云舒　江南大学副教授\n",
        "专家组名单如下：\n组　长：邸　岚（江南大学教授）\n成　员：葛云舒　乔远帆\n",
    ],
)
def test_the_roster_of_an_assessing_team_under_the_assessment_attends_it(roster: str) -> None:
    # docs/gold-conventions.md (decided stop 31): the assessors a roster lists do the assessing
    found = _participation(_ASSESSMENT + roster)
    assert ("邸岚", "2025-06-03", "attendee") in found
    assert ("葛云舒", "2025-06-03", "attendee") in found


@pytest.mark.parametrize(
    "body",
    [
        # a roster that is no assessing team's: listed, not shown there
        _ASSESSMENT + "理事会成员如下：\n邸　岚　市民政局社会福利处处长\n葛云舒　江南大学副教授\n",
        # the heading opens a paragraph of its own: a standing panel, not the team of the day
        _ASSESSMENT + "\n专家组成员如下：\n邸　岚　市民政局社会福利处处长\n葛云舒　江南大学副教授\n",
    ],
)
def test_a_roster_of_no_assessing_team_or_apart_from_the_assessment_places_no_one(body: str) -> None:
    assert not {who for who, _, _ in _participation(body)} & {"邸岚", "葛云舒"}


_COUNCIL_MEETING = "11月3日，某区评估委员会召开审定会议，{shown}主任乔远帆主持会议。\n"


@pytest.mark.parametrize(
    "body",
    [
        # the whole group shown present, then its roster under a heading (a name on the label's line, one a line after)
        _COUNCIL_MEETING.format(shown="全体委员出席。") + "\n附：评估委员会组成人员\n主　任：乔远帆　市民政局局长\n"
        "委　员：邸　岚　江南大学公共管理学院副教授\n　　　　葛云舒　市财政局社会保障处副处长\n　　　　柏文清　市慈善总会原秘书长\n",
        # the group came along, then its roster on the label's line
        _COUNCIL_MEETING.format(shown="") + "结对志愿者随队来到会场。结对志愿者为：邸　岚　葛云舒\n",
    ],
)
def test_the_roster_of_a_group_shown_present_attends_its_day(body: str) -> None:
    found = _participation(body, "2025-11-05")
    assert {("邸岚", "2025-11-03", "attendee"), ("葛云舒", "2025-11-03", "attendee")} <= found, found


_JUDGING = "某区民政局于6月3日组织专家对申报的20个项目进行了复审，项目单位逐一答辩。\n"


@pytest.mark.parametrize(
    "roster",
    [
        "评审专家：\n邸　岚（某大学副教授）\n葛云舒（某会秘书长）\n",  # the panel's heading alone, one member a line
        "评审专家：邸岚、葛云舒\n",  # the members on the label's line
        "评审专家组由3名专家组成：\n组　长：邸　岚　某大学教授\n成　员：葛云舒　江南大学副教授\n　　　　柏文清　市慈善总会秘书长\n",  # a panel's posts under its heading
    ],
)
def test_the_roster_of_a_judging_panel_attends_the_day_of_the_judging(roster: str) -> None:
    found = _participation(_JUDGING + roster, "2025-06-10")
    assert {("邸岚", "2025-06-03", "attendee"), ("葛云舒", "2025-06-03", "attendee")} <= found, found


def test_the_day_of_a_panel_roster_is_named_by_the_sentence_writing_it() -> None:
    # a notice dated days later: the roster's rows tell no deed, the sentence writing the judging's day names its event
    article = Article("t", _JUDGING + "评审专家：\n邸　岚（某大学副教授）\n葛云舒（某会秘书长）\n", title="", date="2025-06-10", publisher="", body_start=0)
    events = {(f.fields["date"], f.fields["name"]) for f in extract_article(article).facts if f.kind == "event"}
    assert ("2025-06-03", "组织专家对申报的20个项目进行了复审") in events, events


@pytest.mark.parametrize(
    "body",
    [
        "某区公益创投项目申报工作已经启动。\n评审专家：\n邸　岚（某大学副教授）\n葛云舒（某会秘书长）\n",  # no judging told
        _JUDGING + "联系人：\n邸　岚（某大学副教授）\n葛云舒（某会秘书长）\n",  # a roster of no panel
        _JUDGING + "经专家评审，拟资助项目负责人如下：\n邸　岚（某大学副教授）\n葛云舒（某会秘书长）\n",  # a list the panel chose
        _JUDGING + "特邀专家学者与项目联系人：邸岚、葛云舒\n",  # a label with a panel's word inside, no panel's
    ],
)
def test_the_roster_of_a_panel_never_placed_at_its_judging_places_no_one(body: str) -> None:
    assert not {who for who, _, _ in _participation(body, "2025-06-10")} & {"邸岚", "葛云舒"}


_COMMITTEE_ROSTER = "\n附：评估委员会组成人员\n主　任：邸　岚　市民政局局长\n委　员：葛云舒　江南大学公共管理学院副教授\n　　　　柏文清　市慈善总会原秘书长\n"


@pytest.mark.parametrize(
    "body",
    [
        _COUNCIL_MEETING.format(shown="") + _COMMITTEE_ROSTER,  # the group is never said to be present
        # 主任 inside another title, no whole group before it (主　任：邸岚 lists a post)
        _COUNCIL_MEETING.format(shown="副主任出席。") + _COMMITTEE_ROSTER,
        # a whole of things, no group of people: 认领： lists who took a wish
        "11月3日，某社区举行微心愿认领活动，社区书记乔远帆出席，心愿全部认领。\n\n认领：居民邸岚\n\n认领：居民葛云舒\n",
    ],
)
def test_the_roster_of_a_group_not_shown_present_places_no_one(body: str) -> None:
    assert not {who for who, _, _ in _participation(body, "2025-11-05")} & {"邸岚", "葛云舒"}


_FIELD_ASSESSMENT = (
    "6月3日，某市民政局组建专家组，对申报等级的社会组织开展实地评估。某处处长乔远帆全程陪同。专家组名单如下：\n"
    "组　长：邸　岚（某大学教授）\n成　员：葛云舒　柏文清\n\n当天评估了某市敬老基金会。\n\n"
)


def test_an_assessing_team_listed_at_its_first_stop_attends_its_later_stops() -> None:
    # the team's word tells the later stop; who escorts the work throughout goes with it
    found = _participation(_FIELD_ASSESSMENT + "6月4日，专家组来到某市慈善总会，听取了工作汇报。", "2025-06-10")
    assert {(who, "2025-06-04", "attendee") for who in ("邸岚", "葛云舒", "柏文清", "乔远帆")} <= found, found


@pytest.mark.parametrize(
    "panel",
    [
        "专家组组长由某大学教授邸岚担任，成员包括某会副秘书长葛云舒和注册会计师柏文清。",
        "专家组由三人组成，某大学教授邸岚任组长，某会副秘书长葛云舒、注册会计师柏文清为成员。",
    ],
)
def test_an_assessing_team_formed_in_prose_attends_its_day_and_later_stops(panel: str) -> None:
    # the team's members named in running text (its leader by 由…担任 too) attend its first day and each stop its word tells
    body = ("6月3日至4日，某区民政局对公益创投项目开展中期评估。" + panel + "\n\n3日上午，专家组首先来到某街道，听取项目汇报。"
            "\n\n4日，专家组分两组走访了某社区的5个项目。")
    found = _participation(body, "2025-06-10")
    for day in ("2025-06-03", "2025-06-04"):
        assert {(who, day, "attendee") for who in ("邸岚", "葛云舒", "柏文清")} <= found, found


def test_an_assessing_team_formed_in_prose_judges_each_day_of_the_contest() -> None:
    # a contest held over a range of days, hosted over them: its panel judges on each day the contest goes on (专场)
    body = ("6月3日至4日，某区公益创投大赛决赛路演举行。大赛由玄武区民政局主办。评审团由三名评委组成，组长由某大学教授邸岚担任，"
            "评委包括某会副秘书长葛云舒、注册会计师柏文清。区民政局局长乔远帆致辞。\n\n4日上午的助残专场中，某中心主任江明远等先后路演。")
    found = _participation(body, "2025-06-10")
    assert {(who, "2025-06-04", "attendee") for who in ("邸岚", "葛云舒", "柏文清")} <= found, found


def test_an_assessing_team_not_named_on_a_later_day_is_not_there() -> None:
    found = _participation(_FIELD_ASSESSMENT + "6月4日，某市慈善总会召开理事会议，会长江明远主持。", "2025-06-10")
    assert not {who for who, day, _ in found if day == "2025-06-04"} & {"邸岚", "葛云舒", "柏文清", "乔远帆"}, found


@pytest.mark.parametrize(
    "series",
    [
        "研讨会由江北省慈善总会、东湖省慈善总会轮流主办。",
        "研讨会于2023年首次举办，此后由江北省慈善总会（2024年度）、东湖省慈善总会（2025年度）轮值主办。",
    ],
)
def test_the_bodies_that_host_a_series_in_turn_host_no_day_of_it(series: str) -> None:
    found = _participation("10月24日，第五届华东慈善理论研讨会在某市举行，会长乔远帆出席。" + series, "2025-10-28")
    assert not {who for who, _, role in found if role == "host"}, found
    assert ("乔远帆", "2025-10-24", "attendee") in found


def test_this_event_hosted_in_turn_has_its_host() -> None:
    found = _participation("10月24日，第五届华东慈善理论研讨会在某市举行，会长乔远帆出席。本次研讨会由江北省慈善总会轮值主办。", "2025-10-28")
    assert ("江北省慈善总会", "2025-10-24", "host") in found


def test_who_asks_and_who_answers_at_a_hearing_speak() -> None:
    found = _participation(
        "6月10日，某区公益创投大赛决赛在区民政局举行。嘉兴学院讲师王秀英问道：“项目结束后志愿者还能留下来吗？”"
        "某区阳光助老服务中心理事长钱立德回答说，明年会把骨干培养成志愿者。"
    )
    assert {("王秀英", "2025-06-10", "speaker"), ("钱立德", "2025-06-10", "speaker")} <= found


@pytest.mark.parametrize(
    "body, person",
    [
        # 领读 (reads a text aloud before the others), 领学了: a speaker
        ("6月10日，某市慈善总会召开理事会，理事长乔远帆主持，研究助理葛云舒领读《慈善法》第五章。", "葛云舒"),
        ("6月10日，某市慈善总会召开理事会，理事长乔远帆主持，副会长葛云舒领学了《慈善法》。", "葛云舒"),
        # 结合…，分析了…: an analysis given in a talk
        ("6月10日，某慈善论坛在某市举行，理事长乔远帆主持，研究员葛云舒结合调查数据，分析了县域慈善的短板。", "葛云舒"),
        # 先后路演: a project pitched before the judges
        ("6月10日，某区公益创投大赛决赛举行，理事长乔远帆主持，服务社社长葛云舒、中心主任柏文清先后路演。", "葛云舒"),
        # 交流了学习体会: a trainee's talk at the close of a course
        ("6月10日，某市慈善信托研讨班举行结业式，理事长乔远帆主持，学员代表葛云舒交流了学习体会。", "葛云舒"),
        # a quote after what the speaker does meanwhile (握着…的手说, 笑着说 written 笑著說)
        ("6月10日，某市慈善总会会长乔远帆走访慰问困难群众，看望了老党员葛云舒。葛云舒握着老人的手说：“谢谢你们。”", "葛云舒"),
        ("6月10日，某市慈善总会会长乔远帆走访慰问困难群众，看望了老党员葛云舒。葛云舒笑著說：“年年都有人惦記。”", "葛云舒"),
    ],
)
def test_speaking_shapes_make_a_speaker(body: str, person: str) -> None:
    found = _participation(body)
    assert (person, "2025-06-10", "speaker") in found, found
    assert (person, "2025-06-10", "attendee") in found


def test_whose_hand_is_held_does_not_speak() -> None:
    found = _participation("6月10日，某市慈善总会会长乔远帆走访慰问困难群众，看望了老党员葛云舒。葛云舒拉着乔远帆的手说：“每年都来看我。”")
    assert ("葛云舒", "2025-06-10", "speaker") in found, found
    assert ("乔远帆", "2025-06-10", "speaker") not in found, found


def test_a_briefing_attended_is_no_briefing_given() -> None:
    found = _participation("2月10日，某市慈善总会召开年度捐赠情况通报会。副局长乔远帆、秘书长葛云舒参加通报会。会议由葛云舒主持。", "2025-02-12")
    assert ("葛云舒", "2025-02-10", "chair") in found, found
    assert not {who for who, _, role in found if role == "speaker"}, found


def test_a_list_that_runs_into_its_own_verb_does_not_chair() -> None:
    found = _participation(
        "5月19日上午，某县慈善一日捐活动启动仪式举行。县长乔远帆，县人大常委会主任葛云舒，县政协主席柏文清带头捐款，常务副县长邸若兰主持仪式。", "2025-05-20"
    )
    assert ("邸若兰", "2025-05-19", "chair") in found, found
    assert not {who for who, _, role in found if role == "chair"} - {"邸若兰"}, found
    assert {("乔远帆", "2025-05-19", "attendee"), ("葛云舒", "2025-05-19", "attendee")} <= found


def test_a_verb_inside_a_quoted_project_name_is_no_act() -> None:
    found = _participation(
        "6月10日，江北省慈善总会召开重点课题开题论证会。“县级慈善会转型发展研究”课题组负责人、江北建筑大学副教授葛云舒，“慈善资金助力乡村振兴研究”课题组负责人、东湖师范学院教授柏文清分别汇报了研究框架。"
    )
    assert {("葛云舒", "2025-06-10", "speaker"), ("柏文清", "2025-06-10", "speaker")} <= found, found


@pytest.mark.parametrize(
    "said",
    [
        "葛云舒在直播中说，每一个上线的项目都可以查看善款去向。",  # 在…中说
        "监事长葛云舒列席会议并发表监事意见。",  # 发表监事意见 holds the title 监事
    ],
)
def test_more_ways_of_saying_make_a_speaker(said: str) -> None:
    found = _participation("6月10日，某市慈善总会召开理事会，理事长乔远帆主持，副会长葛云舒出席。" + said)
    assert ("葛云舒", "2025-06-10", "speaker") in found, found


def test_a_named_host_whose_turns_are_written_speaks() -> None:
    found = _participation(
        "11月19日上午，三省一市慈善会会长圆桌对话在某市慈善总会举行，某慈善联合会副秘书长葛云舒担任主持人。江北省慈善总会会长乔远帆出席。\n"
        "主持人：各位会长，一体化走到第七年，最难的是什么？\n乔远帆：最难的是资金跨省。\n主持人：乔会长，您怎么看下一步？\n乔远帆：先把平台打通。",
        "2025-11-21",
    )
    assert {("葛云舒", "2025-11-19", "chair"), ("葛云舒", "2025-11-19", "speaker")} <= found, found
    assert ("乔远帆", "2025-11-19", "speaker") in found
    assert ("乔远帆", "2025-11-19", "chair") not in found, found  # 主持人：乔会长，…: whom the host's turn addresses


def test_a_discussion_with_a_subject_of_its_own_is_not_the_chairs_speech() -> None:
    found = _participation("11月6日，某慈善法治论坛在合肥举行。某大学法学院院长乔远帆主持圆桌对话，四地慈善会法律顾问和律师代表围绕应急慈善等话题展开讨论。", "2025-11-08")
    assert ("乔远帆", "2025-11-06", "chair") in found, found
    assert ("乔远帆", "2025-11-06", "speaker") not in found, found


def test_the_subject_who_welcomes_a_party_and_briefs_it_speaks() -> None:
    found = _participation("11月6日，某省慈善总会考察组来到某市慈善总会座谈。座谈中，葛云舒副会长代表某市慈善总会欢迎乔远帆会长一行的到来，通报了总会的总体情况。", "2025-11-08")
    assert ("葛云舒", "2025-11-06", "speaker") in found, found


@pytest.mark.parametrize("told", ["科长葛云舒告诉记者，六届大赛已累计资助项目196个。", "49岁的受助居民葛云舒告诉大家：“家里装了扶手以后，我可以自己去菜场了。”"])
def test_who_tells_the_reporter_or_the_room_speaks(told: str) -> None:
    found = _participation("6月10日，某区公益创投大赛决赛举行，理事长乔远帆主持。" + told)
    assert {("葛云舒", "2025-06-10", "speaker"), ("葛云舒", "2025-06-10", "attendee")} <= found, found


@pytest.mark.parametrize(
    "speeches",
    [
        "会上，东西两个分会场作了交流发言：某区民政局副局长葛云舒；某县慈善协会秘书长柏文清。",
        "会上，三家基层慈善组织先后作典型发言：某街道慈善工作站站长葛云舒、某县慈善协会秘书长柏文清。",
        "先后发言的有某街道慈善工作站站长葛云舒、某县慈善协会秘书长柏文清。",
    ],
)
def test_people_listed_after_a_speech_cue_whose_clause_names_no_one_spoke(speeches: str) -> None:
    found = _participation("6月10日，某市慈善总会召开基层慈善工作推进会，会长乔远帆主持。" + speeches)
    for person in ("葛云舒", "柏文清"):
        assert {(person, "2025-06-10", "speaker"), (person, "2025-06-10", "attendee")} <= found, found


def test_what_a_named_speaker_says_after_a_colon_is_no_list_of_speakers() -> None:
    found = _participation("6月10日，某市慈善总会召开理事会，会长乔远帆主持。会上，葛云舒作了交流发言：柏文清老师常说，慈善要做在实处。")
    assert ("葛云舒", "2025-06-10", "speaker") in found, found
    assert ("柏文清", "2025-06-10", "speaker") not in found, found


def test_the_hosts_of_a_lecture_series_told_by_its_sessions_host_its_later_sessions() -> None:
    found = _participation(
        "3月14日上午，某市“慈善家风”公益讲座在市图书馆启动。活动由宁波市慈善总会、宁波市文明办主办，宁波市海曙区社会工作协会承办，全年将举办8讲，面向市民免费开放。"
        "首讲由某大学教授乔远帆主讲。\n4月11日，第二讲在某区文化中心举行，某医院社工部主任葛云舒分享了陪伴病患家庭的故事。\n"
        "5月9日，第三讲在某镇举行，退休教师柏文清讲述了老街坊互助的往事。",
        "2025-05-12",
    )
    for day in ("2025-04-11", "2025-05-09"):
        assert {("宁波市慈善总会", day, "host"), ("宁波市海曙区社会工作协会", day, "host")} <= found, found
    one_day = _participation("3月14日上午，某市“慈善家风”公益讲座在市图书馆举行。讲座由宁波市慈善总会主办。4月11日，某区文化中心举办读书会，葛云舒分享了读书心得。", "2025-05-12")
    assert ("宁波市慈善总会", "2025-04-11", "host") not in one_day, one_day


@pytest.mark.parametrize(
    "absence",
    [
        "副会长柏文清因另有公务未出席。",
        "副会长柏文清因工作原因无法出席，发来书面讲话。",
        "副会长柏文清因病不能出席会议。",
        "副会长柏文清因公出差未参会。",
    ],
)
def test_who_did_not_attend_is_no_attendee(absence: str) -> None:
    found = _participation("6月10日，某县慈善协会召开理事会议，会长乔远帆主持并讲话，秘书长葛云舒作工作报告。" + absence)
    assert ("葛云舒", "2025-06-10", "attendee") in found, found
    assert not [p for p in found if p[0] == "柏文清"], found


@pytest.mark.parametrize(
    "kin",
    [
        "受助学生柏文清的母亲葛云舒说，孩子的学费总算有了着落。",
        "在受助学生柏文清家中，会长乔远帆送上慰问金。柏文清的母亲葛云舒说：“谢谢大家一直惦记着我们。”",
    ],
)
def test_a_relative_named_after_a_person_speaks_not_the_person(kin: str) -> None:
    found = _participation("6月10日，某县慈善协会走访慰问困难学生家庭，会长乔远帆带队。" + kin)
    assert {("葛云舒", "2025-06-10", "speaker"), ("葛云舒", "2025-06-10", "attendee")} <= found, found
    assert ("柏文清", "2025-06-10", "speaker") not in found, found


def test_the_newly_elected_shown_include_the_lines_under_each_title_heading_before() -> None:
    """常务副会长（按姓氏笔画为序）： over lines that open with a name (甲（某公司董事长）), then 新一届理事会负责人走上主席台:
    every officer listed before, under a heading or on a line of his title, was shown there (not a 理　事 line: 负责人 are
    the officers); 会　长：甲（某公司董事长）'s title is the role at the line's start, not the first one read."""
    body = (
        "11月8日下午，常州市温岭商会第四届会员大会暨换届选举大会在常州国际饭店召开。\n"
        "大会选举产生了新一届理事会。第四届理事会领导班子名单如下：\n"
        "会　　长：甘启明（江苏安建工集团有限公司董事长）\n"
        "常务副会长（按姓氏笔画为序）：\n"
        "方　翊（常州丰纺织有限公司董事长）\n"
        "江树民（某某物流有限公司）\n"
        "副会长（按姓氏笔画为序）：\n"
        "叶　洵（某某食品有限公司）\n"
        "监 事 长：舒望远（某某律师事务所主任）\n"
        "秘 书 长：沙晓东（专职）\n"
        "理　事：钱立群　孙慕白\n"
        "随后，新一届理事会负责人走上主席台与会员代表见面。\n"
    )
    found = _participation(body, date="2026-11-09")
    for name in ("甘启明", "方翊", "江树民", "叶洵", "舒望远", "沙晓东"):
        assert (name, "2026-11-08", "attendee") in found
    assert ("孙慕白", "2026-11-08", "attendee") not in found
@pytest.mark.parametrize(
    "recalled",
    [
        "会议回顾了6月3日全县慈善工作推进会上县委副书记葛云舒提出的工作要求落实情况。",
        "会议传达了6月3日全市慈善工作会议上副市长葛云舒的讲话精神。",
    ],
)
def test_who_acted_at_a_meeting_the_page_recalls_by_its_day_attended_that_day(recalled: str) -> None:
    found = _participation("6月10日，某县慈善总会召开会长办公会议，会长乔远帆主持。" + recalled)
    assert ("葛云舒", "2025-06-03", "attendee") in found, found
    assert not [p for p in found if p[0] == "葛云舒" and p[1] == "2025-06-10"], found


_LAUNCH = "7月9日上午，某市慈善总会关爱项目启动仪式在某镇举行，市慈善总会常务副会长乔远帆出席。"


@pytest.mark.parametrize(
    "body",
    [
        # a group coming on stage to take what it is handed (上台领取, 登台接受, 到场领取, 走上领奖台), its list under a heading
        _LAUNCH + "随后，首批50名“守望员”上台领取了工作包。\n首批“守望员”名单（部分）：\n葛云舒（某村）　柯望舒（某村）\n",
        _LAUNCH + "8名志愿律师登台接受聘书。\n志愿律师名单\n葛云舒（某律师事务所）\n柯望舒（某律师事务所）\n",
        _LAUNCH + "获奖志愿者到场领取证书。获奖志愿者（按姓氏笔画排序）：葛云舒、柯望舒。\n",
        _LAUNCH + "10名优秀护理员走上领奖台。\n优秀护理员名单：\n葛云舒（某护理院）\n柯望舒（某护理院）\n",
        # the handing sentence itself opens the list (，他们是：, ，分别是：, 名单如下：)
        _LAUNCH + "乔远帆为首批驻站志愿律师颁发聘书，他们是：\n葛云舒　柯望舒　林序白\n工作站由某律师事务所负责日常运行。\n",
        _LAUNCH + "乔远帆为3名特聘顾问颁发聘书，分别是：葛云舒、柯望舒、林序白。\n",
        _LAUNCH + "乔远帆为获奖志愿者颁奖，名单如下：\n葛云舒（某街道）　柯望舒（某社区）\n",
        # or the sentence right after it does (名单如下（按姓氏笔画为序）：, 他们是：, 受聘人员：)
        _LAUNCH + "8位“守望之星”依次上台领奖。名单如下（按姓氏笔画为序）：\n葛云舒（某公司）\n柯望舒（某公司）\n乔远帆在讲话中强调，要做好工作。\n",
        _LAUNCH + "乔远帆为首批特聘顾问颁发聘书。他们是：葛云舒、柯望舒。\n",
        _LAUNCH + "乔远帆为首批志愿律师颁发聘书。受聘人员：\n葛云舒（某律师事务所）\n柯望舒（某律师事务所）\n",
    ],
)
def test_a_group_coming_on_stage_or_handed_letters_is_the_list_that_names_it(body: str) -> None:
    found = _participation(body, date="2025-07-12")
    assert ("葛云舒", "2025-07-09", "attendee") in found, found
    assert ("柯望舒", "2025-07-09", "attendee") in found, found


def test_a_list_introduced_where_nothing_is_handed_stays_a_list() -> None:
    # 他们是： after a sentence that hands nothing (a roster of the project's helpers): no one shown there
    found = _participation(_LAUNCH + "项目首批守望员共50名，他们是：\n葛云舒（某村）　柯望舒（某村）\n", date="2025-07-12")
    assert not [p for p in found if p[0] in ("葛云舒", "柯望舒")], found


def test_a_list_opened_after_a_sentence_that_hands_nothing_stays_a_list() -> None:
    # 名单如下： after a sentence that names an honour but hands it to no one there: no one shown there
    found = _participation(_LAUNCH + "仪式上还表彰了2025年度“守望之星”。名单如下：\n葛云舒（某公司）\n柯望舒（某公司）\n", date="2025-07-12")
    assert not [p for p in found if p[0] in ("葛云舒", "柯望舒")], found


@pytest.mark.parametrize(
    "shown",
    [
        "随后，新当选的第四届理事会领导班子成员走上主席台与会员代表见面。",
        "新一届领导班子集体亮相，与全体代表见面。",
        "会议结束时，新当选的班子成员登台与大家见面。",
        "新一届领导班子成员与代表们合影留念。",
    ],
)
def test_the_leadership_shown_as_a_whole_is_every_officer_listed_before(shown: str) -> None:
    # 领导班子（成员）, 班子成员: the leadership as a whole, as 负责人 is: every officer's line listed before the sentence
    # shows him there (docs/gold-conventions.md, presence), not the lines of the council's plain members (理　事：)
    found = _participation(
        "5月9日，丽水市青田商会第七届会员大会召开，选举产生了新一届理事会。领导班子名单如下：\n会　　长：柯望舒（某公司董事长）\n"
        "常务副会长（按姓氏笔画为序）：\n文若岚（某物流有限公司）\n桑　晴（某纺织有限公司总经理）\n监 事 长：乔书白\n秘 书 长：万书澄（专职）\n"
        "理　　事：葛云舒　林序白\n" + shown,
        date="2025-05-12",
    )
    assert {(name, "2025-05-09", "attendee") for name in ("柯望舒", "文若岚", "桑晴", "乔书白", "万书澄")} <= found, found
    assert not [p for p in found if p[0] in ("葛云舒", "林序白")], found


@pytest.mark.parametrize(
    "closing",
    [
        # the closing session of a gathering over days (a range, or 为期两天 told after its first day) opening the sentence:
        # the span's last day, and the leaders' list right before it (a multi-day congress) is shown there
        "在闭幕式上，新当选的领导班子成员集体亮相，与代表们见面。",
        "会议闭幕时，新当选的领导班子成员走上主席台与代表们见面。",
        "大会闭幕，新一届领导班子集体亮相。",
        "在6日下午的闭幕大会上，新当选的班子成员登台与大家见面。",
    ],
)
@pytest.mark.parametrize("opening", ["6月5日至6日，某市佛教协会第六次代表会议在某寺召开。", "6月5日，某市佛教协会第六次代表会议开幕。会议为期两天。"])
def test_the_leadership_shown_at_the_closing_of_a_congress_over_days_is_there_on_its_last_day(opening: str, closing: str) -> None:
    found = _participation(
        opening + "市民宗局局长乔书白出席开幕式并讲话。会议选举产生了第六届理事会和领导班子。第六届领导班子名单：\n"
        "会　长：柯望舒\n副会长：文若岚　桑　晴\n秘书长：万书澄\n" + closing,
        date="2025-06-12",
    )
    assert ("乔书白", "2025-06-05", "speaker") in found, found
    assert {(name, "2025-06-06", "attendee") for name in ("柯望舒", "文若岚", "桑晴", "万书澄")} <= found, found
    assert not [p for p in found if p[0] in ("柯望舒", "文若岚", "桑晴", "万书澄") and p[1] != "2025-06-06"], found


def test_a_closing_told_after_a_later_day_of_the_span_is_not_moved() -> None:
    # once the page names a later day of the span (7日，…), a closing it tells is of the day it tells it on, not the span's last
    found = _participation(
        "6月5日至8日，某市慈善总会会长乔书白带队赴某省学习交流。7日，乔书白一行出席某省慈善大会开幕式。在闭幕式上，乔书白作交流发言。",
        date="2025-06-12",
    )
    assert ("乔书白", "2025-06-07", "speaker") in found, found


@pytest.mark.parametrize("told", [
    "某银行支行理财经理乔远帆以《识破高息理财骗局》为题，给80多位老年学员讲课。",
    "社区律师乔远帆结合身边案例为居民开讲座，讲解遗嘱的订立。",
    "某大学教授乔远帆为志愿者们作讲座。",
    "市慈善总会副会长乔远帆为学员们上了一课。",
    "某市红十字会培训师乔远帆在现场开讲，示范心肺复苏。",
])
def test_who_lectures_or_gives_a_talk_speaks(told: str) -> None:
    # 讲课, 开讲座, 作讲座, 上了一课, 开讲: the lecturer speaks at the day's gathering, as 授课 and 主讲 do
    assert ("乔远帆", "2025-06-10", "speaker") in _participation("6月10日，宣传活动在某市老年大学举行。" + told)


_DAY_TOLD = "6月10日，某市慈善总会召开三届五次理事会，会长乔远帆主持会议。"


@pytest.mark.parametrize("told", [
    # an earlier time with no day (earlier_opening), a part of the year or a season of figures (undated_time_opening), a
    # stretch of time (period_opening), after a joining word (据悉，) or not: the people are at no event of the day told
    "此前，副会长葛云舒曾带队赴某县调研。",
    "之前，葛云舒已多次走访结对村。",
    "今年年初，副会长葛云舒带队赴某县开展慰问活动。",
    "年初，葛云舒带队走访了困难家庭。",
    "年底，葛云舒将带队回访受助学生。",
    "上半年，葛云舒带队走访了10家爱心企业。",
    "今年下半年，葛云舒主持召开了三次项目推进会。",
    "一季度，葛云舒带队赴某县开展调研。",
    "去年同期，葛云舒带队赴某县调研。",
    "前段时间，葛云舒带领志愿者走进某社区开展义诊。",
    "当初，葛云舒带队考察了某基地并讲话。",
    "据悉，此前，葛云舒曾率考察组来访。",
    "今年以来，葛云舒先后出席了20场活动并讲话。",
    "平时，葛云舒经常到敬老院看望老人。",
])
def test_a_sentence_told_at_a_time_with_no_day_places_its_people_at_no_event(told: str) -> None:
    found = _participation(_DAY_TOLD + told)
    assert ("乔远帆", "2025-06-10", "chair") in found
    assert not [p for p in found if p[0] == "葛云舒"], found
    facts = [f.to_record() for f in extract_article(Article("t", _DAY_TOLD + told, title="", date="2025-06-12", publisher="", body_start=0)).facts]
    assert {f["date"] for f in facts if f["kind"] == "event"} == {"2025-06-10"}, [f for f in facts if f["kind"] == "event"]
    assert len([f for f in facts if f["kind"] == "event"]) == 1, [f for f in facts if f["kind"] == "event"]


@pytest.mark.parametrize("told, day", [
    # a day or month of its own after the time word dates the clause as before; 期间, 同日, 会后 stay on the day told
    ("此前，5月20日，副会长葛云舒带队赴某县调研。", "2025-05-20"),
    ("此前，副会长葛云舒于5月20日带队赴某县调研。", "2025-05-20"),
    ("会议期间，葛云舒作了发言。", "2025-06-10"),
    ("同日，葛云舒出席了某社区慈善超市开业仪式。", "2025-06-10"),
    ("会后，副会长葛云舒带领与会人员参观了某中心。", "2025-06-10"),
    # a part of the story's month told without its month (month_part_alone): that month, as 6月底，… is
    ("月底，葛云舒带队赴某县调研。", "2025-06"),
    ("下旬，葛云舒带队走访了结对学校。", "2025-06"),
    ("月中旬，副会长葛云舒带领志愿者走进某社区开展义诊。", "2025-06"),
])
def test_a_time_word_with_a_day_or_a_same_day_word_keeps_its_day(told: str, day: str) -> None:
    found = _participation(_DAY_TOLD + told)
    assert ("葛云舒", day, "attendee") in found, found
    assert not [p for p in found if p[0] == "葛云舒" and p[1] != day], found


@pytest.mark.parametrize("told", [
    # a deed still to come: after the names (future_act_marker, or 将 with a verb of going or taking part) or opening the
    # sentence (future_opening)
    "副会长葛云舒还将带队赴某县调研。",
    "副会长葛云舒将于下月带队赴某县考察。",
    "副会长葛云舒即将赴某县出席签约仪式。",
    "副会长葛云舒、秘书长柏文清拟于7月赴某县回访。",
    "副会长葛云舒也将出席下周的捐赠仪式。",
    "届时，副会长葛云舒将出席并致辞。",
    "下一步，副会长葛云舒将带队走访结对企业。",
    "明年，副会长葛云舒将带队赴某县考察。",
])
def test_a_deed_still_to_come_places_no_one_at_the_day_s_event(told: str) -> None:
    found = _participation(_DAY_TOLD + told)
    assert ("乔远帆", "2025-06-10", "chair") in found
    assert not [p for p in found if p[0] in ("葛云舒", "柏文清")], found
    facts = [f.to_record() for f in extract_article(Article("t", _DAY_TOLD + told, title="", date="2025-06-12", publisher="", body_start=0)).facts]
    assert len([f for f in facts if f["kind"] == "event"]) == 1, [f for f in facts if f["kind"] == "event"]


@pytest.mark.parametrize("told", [
    "副会长葛云舒将善款交到受助学生手中。",  # 将 of 把: done at the event
    "副会长葛云舒将证书颁发给受助学生代表。",
    "副会长葛云舒出席并讲话，他表示，总会将继续做好助学工作。",  # the future is in his words, not his presence
])
def test_the_ba_of_jiang_and_a_future_in_reported_words_keep_the_person_there(told: str) -> None:
    assert ("葛云舒", "2025-06-10", "attendee") in _participation(_DAY_TOLD + told)


@pytest.mark.parametrize("handing, heading", [
    # a group named only as the honoured (recipient_group) stands for the page's honour list, whatever its heading calls them
    ("副市长乔远帆为受表彰人员颁发证书和奖金。", "附：2025年度防汛抗洪“最美民间救援人”名单（3名）"),
    ("区委副书记乔远帆为获奖者颁奖。", "附：优秀志愿者名单"),
    ("乔远帆为受表彰个人颁发荣誉证书。", "附：先进个人名单（按姓氏笔画排序）"),
    ("乔远帆等领导为获奖人员颁奖。", "附件：2025年度“助残之星”名单"),
])
def test_the_honoured_handed_their_awards_as_a_whole_are_the_page_s_honour_list(handing: str, heading: str) -> None:
    found = _participation(
        "6月10日上午，某市志愿服务表彰会召开。会议宣读了表彰决定。" + handing + "\n" + heading + "\n"
        "葛云舒（某市雷霆应急救援队）\n柏文清（某市蓝盾应急救援队）\n邸若兰（某市水乡应急救援队队长）\n"
    )
    assert {(name, "2025-06-10", "attendee") for name in ("葛云舒", "柏文清", "邸若兰")} <= found, found


@pytest.mark.parametrize("handing, heading", [
    ("区委副书记乔远帆出席并讲话。", "附：优秀志愿者名单"),  # nothing handed: a list of names only
    ("区委副书记乔远帆为获奖者颁奖。", "附：某市志愿服务联合会第二届理事会理事名单"),  # no honour list
    ("区委副书记乔远帆为获奖代表颁奖。", "附：优秀志愿者名单"),  # the representatives only, not the whole list
])
def test_a_list_with_no_group_handed_or_no_honour_heading_places_no_one(handing: str, heading: str) -> None:
    found = _participation(
        "6月10日上午，某市志愿服务表彰会召开。" + handing + "\n" + heading + "\n葛云舒（某社区）\n柏文清（某街道）\n"
    )
    assert not [p for p in found if p[0] in ("葛云舒", "柏文清")], found


@pytest.mark.parametrize("told", ["区委副书记乔远帆、柯望舒等为获奖代表颁奖。", ""])
def test_a_caption_handing_the_honoured_group_yields_to_the_text_handing_its_representatives(told: str) -> None:
    # ▲乔远帆为“助残之星”颁奖 (a photo caption) where the text says the awards went to the winners' representatives: the
    # caption shows those, not the whole list after it; a caption over a text that says nothing else shows the group handed
    found = _participation(
        "6月10日上午，某市志愿服务表彰会召开。会议宣读了表彰决定。" + told + "\n乔远帆为“助残之星”颁奖\n"
        "获评2025年度“助残之星”的个人有（按姓氏笔画排序）：\n葛云舒　柏文清　邸若兰　石　磊　乔书白\n"
    )
    listed = {(name, "2025-06-10", "attendee") for name in ("葛云舒", "柏文清", "邸若兰", "石磊", "乔书白")}
    assert not (listed & found) if told else listed <= found, found


@pytest.mark.parametrize("thanked", [
    # thanked for support given (thank_verb … 对…的 remote_support): spoken of, not shown at the event
    "乔远帆在讲话中特别感谢了老会长葛云舒对总会工作的支持。",
    "乔远帆致辞，感谢葛云舒先生多年来对慈善事业的关心和帮助。",
    "会长乔远帆衷心感谢爱心企业家葛云舒长期以来对助学项目的支持。",
])
def test_a_person_thanked_for_support_given_is_not_shown_there(thanked: str) -> None:
    found = _participation(_DAY_TOLD + thanked)
    assert not [p for p in found if p[0] == "葛云舒"], found


def test_a_person_thanked_for_coming_is_there() -> None:
    found = _participation(_DAY_TOLD + "乔远帆感谢副市长葛云舒出席会议并对总会工作的支持。")
    assert ("葛云舒", "2025-06-10", "attendee") in found, found


@pytest.mark.parametrize("told", [
    # 代表主办 (on_behalf_of before a host word): the organisers as a group, named by who acts for them; no host on that ground
    "某市民政局、某市慈善总会负责人分别代表主办单位致辞。",
    "市署管理委员会主席乔远帆、副主席葛云舒，以及多位管理委员会成员，亦分别代表主办",
    "嘉兴市民政局、嘉兴市慈善总会代表主办方向捐赠企业颁发感谢状。",
])
def test_acting_on_behalf_of_the_organisers_makes_no_host(told: str) -> None:
    found = _participation("6月10日，捐赠仪式在某地举行。" + told)
    assert not [p for p in found if p[2] == "host"], found


def test_the_bodies_the_page_calls_hosts_still_host_beside_one_acting_on_their_behalf() -> None:
    found = _participation("6月10日，捐赠仪式举行。仪式由嘉兴市民政局主办，嘉兴市慈善总会承办。嘉兴市慈善总会会长乔远帆代表承办方致辞。")
    assert {("嘉兴市民政局", "2025-06-10", "host"), ("嘉兴市慈善总会", "2025-06-10", "host"), ("乔远帆", "2025-06-10", "speaker")} <= found, found


@pytest.mark.parametrize("told, person, role", [
    # a cleft sentence: the cue, its object, 的是 or 的为, then whom the role is of
    ("授课的是某公司软件工程师、志愿服务队队长乔远帆。", "乔远帆", "speaker"),
    ("主持会议的是秘书长乔远帆，会长葛云舒讲话。", "乔远帆", "chair"),
    ("为学员授课的为某大学教授乔远帆。", "乔远帆", "speaker"),
])
def test_a_cleft_sentence_gives_its_cue_s_role(told: str, person: str, role: str) -> None:
    found = _participation("6月10日，某区某活动在某社区举行。" + told)
    assert (person, "2025-06-10", role) in found and (person, "2025-06-10", "attendee") in found, found


@pytest.mark.parametrize(
    "body",
    [
        "5月18日，青川市政府新闻办召开新闻发布会。市民政局局长葛云舒发布有关情况，并与市慈善总会会长柏文清一起回答记者提问。",
        "5月18日上午，青川市慈善总会召开新闻发布会，发布人：市慈善总会副会长葛云舒、市民政局慈善事业促进处处长柏文清。",
        "5月18日，青川市新闻办举行新闻发布会，市民政局副局长葛云舒作为发布人介绍了有关情况，市慈善总会秘书长柏文清答记者问。",
        "5月18日，青川市新闻办举行新闻发布会，市民政局副局长葛云舒发布相关情况，市慈善总会秘书长柏文清回答了记者提问。",
    ],
)
def test_who_releases_at_a_press_conference_speaks(body: str) -> None:
    # 发布有关情况, 发布相关情况, 发布人： (cues.tsv), 答记者问, 回答记者提问: the releaser and the answerers are speakers
    found = _participation(body, "2026-05-20")
    for person in ("葛云舒", "柏文清"):
        assert (person, "2026-05-18", "speaker") in found
        assert (person, "2026-05-18", "attendee") in found


@pytest.mark.parametrize(
    "instructed",
    [
        "会前，市委书记葛云舒作出批示，要求全市各级各部门进一步重视慈善工作。",
        "市委书记葛云舒专门作出重要批示。",
        "省委副书记葛云舒对会议作出重要指示，希望全市慈善组织再接再厉。",
        "会议传达了省委副书记葛云舒对慈善工作的重要批示精神。",
        "副市长柏文清传达了市委书记葛云舒的批示。",
    ],
)
def test_a_leader_who_only_sends_an_instruction_is_not_there(instructed: str) -> None:
    # 批示, 作出指示 (absent in cues.tsv): written from afar, like 发来贺信; a 要求/希望 after it in the sentence is the
    # instruction's, and the one who wrote it is still not there
    found = _participation(f"5月18日，青川市慈善工作会议召开。副市长柏文清出席会议并讲话。{instructed}", "2026-05-20")
    assert not {p for p in found if p[0] == "葛云舒"}, found
    assert ("柏文清", "2026-05-18", "speaker") in found


@pytest.mark.parametrize(
    "spoke",
    ["发表讲话", "发表了重要讲话", "发表主旨演讲", "发表了主题演讲", "发表演讲", "发表致辞", "发表获奖感言"],
)
def test_a_speech_delivered_with_fabiao_is_a_speech(spoke: str) -> None:
    # 发表讲话, 发表主旨演讲, 发表获奖感言 (cues.tsv): the name right before them is the speaker's, who was there
    found = _participation(f"5月18日，青川慈善论坛召开。市民政局局长葛云舒{spoke}，市慈善总会会长柏文清主持。", "2026-05-20")
    assert ("葛云舒", "2026-05-18", "speaker") in found
    assert ("葛云舒", "2026-05-18", "attendee") in found
    assert ("柏文清", "2026-05-18", "chair") in found


@pytest.mark.parametrize(
    "spokesman",
    ["市政府新闻办副主任、新闻发言人荀岩", "市民政局新闻发言人荀岩", "新聞發言人荀岩"],
)
def test_a_spokesman_who_chairs_a_press_conference_chairs(spokesman: str) -> None:
    # 新闻发言人 (roles.tsv, held in the body written before it): a title before the name, so the name is read and its cue too
    found = _participation(f"5月18日，青川市政府新闻办举行新闻发布会。{spokesman}主持发布会。", "2026-05-20")
    assert ("荀岩", "2026-05-18", "chair") in found
    assert ("荀岩", "2026-05-18", "attendee") in found


@pytest.mark.parametrize(
    "asked",
    ["首席记者芮思远问：今年有什么新安排？", "首席记者芮思远问及今年的新安排，葛云舒作了回答。", "首席记者芮思远问到今年的新安排。",
     "首席记者芮思远提问：今年有什么新安排？"],
)
def test_a_named_reporter_who_asks_at_a_press_conference_speaks(asked: str) -> None:
    # 问：, 提问：, 问及, 问到 (cues.tsv): the one who asks is a speaker there (docs/gold-conventions.md; pressconf README)
    found = _participation(f"5月18日，青川市政府新闻办举行新闻发布会，市民政局局长葛云舒回答记者提问。{asked}", "2026-05-20")
    assert ("芮思远", "2026-05-18", "speaker") in found
    assert ("芮思远", "2026-05-18", "attendee") in found


def test_a_turn_labelled_with_a_title_before_the_name_is_that_persons() -> None:
    # 青川日报首席记者甲：…？ / 市民政局局长乙：…: a transcript's turn whose label writes a title chain before the name
    found = _participation(
        "5月18日，青川市政府新闻办举行新闻发布会。\n青川日报首席记者芮思远：今年有什么新安排？\n市民政局局长葛云舒：今年将重点推进社区慈善。",
        "2026-05-20",
    )
    for person in ("芮思远", "葛云舒"):
        assert (person, "2026-05-18", "speaker") in found


@pytest.mark.parametrize(
    "turns, reporter",
    [
        # a press conference's question headed by the outlet's reporter and a colon, on a line of its own
        ("新华日报记者韦知远：今年的慈善月有什么新安排？\n卢静怡：今年我们将首次发布透明度榜单。", "韦知远"),
        ("人民网记者 韦知远：善款去向怎样公开？\n卢静怡：每一笔都在网上公示。", "韦知远"),
        ("某县融媒体中心见习记者韦知远：困难群众怎样申请救助？\n卢静怡：可以到街道窗口申请。", "韦知远"),
        # told in prose: the reporter asks (问及, 追问, 问, 提问 after 就…, 发问 after 向…)
        ("答记者问环节，某广播电视台记者韦知远问及慈善信托的备案情况，卢静怡回答，今年已备案12单。", "韦知远"),
        ("某晚报记者韦知远追问：资金沉淀的问题怎么解决？卢静怡说，今年将开展专项清理。", "韦知远"),
        ("记者韦知远就募捐平台的监管提问，卢静怡表示，将加强日常检查。", "韦知远"),
        ("某日报记者韦知远向卢静怡发问，卢静怡说，将继续推进。", "韦知远"),
        ("澎湃新闻记者韦知远问：今年的捐赠总额是多少？卢静怡说，共计3.2亿元。", "韦知远"),
    ],
)
def test_a_reporter_named_asking_at_a_press_conference_speaks_there(turns: str, reporter: str) -> None:
    body = "6月17日上午，江苏省民政厅召开新闻发布会，副厅长卢静怡发布有关情况并回答记者提问。\n【答记者问】\n" + turns
    facts = [f.to_record() for f in extract_article(Article("t", body, title="", date="2026-06-18", publisher="", body_start=0)).facts]
    found = {(f.get("person"), f["event_date"], f["role"]) for f in facts if f["kind"] == "participation"}
    assert (reporter, "2026-06-17", "speaker") in found, found
    assert (reporter, "2026-06-17", "attendee") in found, found
    assert ("卢静怡", "2026-06-17", "speaker") in found
    # the reporter holds no post (记者 alone is no title), and the outlet that sends them is no organization of the page
    assert not [f for f in facts if f["kind"] == "position" and f["person"] == reporter]
    assert not [f for f in facts if f["kind"] == "organization" and f["name"].endswith(("电视台", "融媒体中心", "日报", "晚报"))]


def test_a_turn_under_a_question_and_answer_heading_is_at_the_conference_not_at_what_an_answer_recalls() -> None:
    body = (
        "6月17日上午，江苏省民政厅召开新闻发布会，副厅长卢静怡、处长葛云舒回答记者提问。\n三、现场问答\n"
        "新华日报记者韦知远：今年有什么新安排？\n卢静怡：去年全省共有4.7万户次企业享受了这项政策，今年还将扩大。\n"
        "交汇点记者潘若溪：灾害发生时怎样规范募捐？\n葛云舒：去年汛期，省、市两级共启动协调机制6次。"
    )
    facts = [f.to_record() for f in extract_article(Article("t", body, title="", date="2026-06-18", publisher="", body_start=0)).facts]
    found = {(f.get("person"), f["event_date"], f["role"]) for f in facts if f["kind"] == "participation"}
    for person in ("韦知远", "潘若溪", "卢静怡", "葛云舒"):
        assert (person, "2026-06-17", "speaker") in found, (person, found)


@pytest.mark.parametrize(
    "body",
    [
        # a byline's reporter is an author: a person, no part in the event
        "6月1日，某市慈善总会召开理事会议，会长卢静怡主持。（记者 韦知远 通讯员 潘若溪）",
        # a reporter who interviews (就此采访) asks nothing at a conference: no speaker
        "6月1日，某市慈善总会召开理事会议，会长卢静怡主持。记者韦知远就此采访了与会代表。",
    ],
)
def test_a_reporter_not_asking_at_the_event_does_not_speak(body: str) -> None:
    assert not [p for p in _participation(body, "2026-06-02") if p[0] == "韦知远" and p[2] == "speaker"]


def test_a_newsroom_post_keeps_its_outlet_an_organization() -> None:
    """某日报社首席记者甲: a post held in the outlet (roles.tsv 首席记者), so the outlet is a body of the page."""
    body = "6月1日，某市慈善总会召开理事会议，会长卢静怡主持，扬州日报社首席记者韦知远应邀出席。"
    facts = [f.to_record() for f in extract_article(Article("t", body, title="", date="2026-06-02", publisher="", body_start=0)).facts]
    assert ("organization", "扬州日报社") in {(f["kind"], f.get("name")) for f in facts}
    assert ("韦知远", "首席记者", "扬州日报社") in {(f.get("person"), f.get("role"), f.get("organization")) for f in facts if f["kind"] == "position"}
    # the same reporter asking at a press conference speaks there and keeps the post
    body = "6月1日，江苏省民政厅召开新闻发布会，副厅长卢静怡回答记者提问。\n【答记者问】\n扬州日报社首席记者韦知远：今年怎样安排？\n卢静怡：将扩大范围。"
    facts = [f.to_record() for f in extract_article(Article("t", body, title="", date="2026-06-02", publisher="", body_start=0)).facts]
    assert ("韦知远", "2026-06-01", "speaker") in {(f.get("person"), f["event_date"], f["role"]) for f in facts if f["kind"] == "participation"}
    assert ("organization", "扬州日报社") in {(f["kind"], f.get("name")) for f in facts}


_INSPECTION_TOUR = (
    "6月3日至4日，杭州市政协副主席乔远帆带领调研组赴建德市开展慈善事业发展专题调研。\n"
    "3日下午，调研组一行来到建德市慈善总会，实地了解慈善超市运营情况。\n"
    "4日上午，调研组召开座谈会，建德市民政局局长葛云舒汇报了全市慈善工作情况。\n"
)


@pytest.mark.parametrize(
    "roster",
    [
        # a roster under its heading at the page's end: label rows (组　长：甲（某职）, 成　员：乙（某职）、丙)
        "附：调研组成员名单\n组　长：乔远帆（市政协副主席）\n成　员：柏文清（市政协社会和法制委员会主任）、邸若兰",
        # one name and its post a line, no label
        "附：调研组成员名单\n乔远帆　市政协副主席\n柏文清　市政协社会和法制委员会主任\n邸若兰　市民政局副局长",
        # the party named in full in the heading, a row continued by an indented line
        "附：杭州市政协慈善事业专题调研组组成人员名单\n组　长：乔远帆　市政协副主席\n成　员：柏文清　市政协社会和法制委员会主任\n　　　　邸若兰　市民政局副局长",
        # one line of names
        "调研组成员：乔远帆、柏文清、邸若兰。",
        # another party's word (视察组), 名单如下：, names with their posts in brackets
        "视察组成员名单如下：\n柏文清（市政协常委）\n邸若兰（市民政局副局长）",
        # a sentence listing the members with their titles before the names
        "考察组成员包括市政协常委柏文清、市民政局副局长邸若兰等。",
    ],
)
def test_an_inspecting_partys_roster_given_after_its_stops_attends_every_stop(roster: str) -> None:
    # the people a roster lists as the inspecting party attend each day of the tour the page tells (proposals README;
    # docs/gold-conventions.md), the leader named in the opening sentence too
    found = _participation(_INSPECTION_TOUR + roster, "2026-06-08")
    for person in ("乔远帆", "柏文清", "邸若兰"):
        for day in ("2026-06-03", "2026-06-04"):
            assert (person, day, "attendee") in found


def test_a_serving_teams_roster_attends_no_later_stop_on_that_ground() -> None:
    # 宣讲团成员：, 服务队队员名单 list a team that serves (a standing body of its own), not a party sent to inspect: the listed
    # members attend a later stop only where the page places them there
    found = _participation(
        "6月3日上午，某市家庭教育巡回宣讲活动启动仪式举行，团长乔远帆作首场宣讲。\n宣讲团成员：\n柏文清（某市第三人民医院）\n邸若兰（某学院）\n"
        "4日下午，宣讲团走进某社区，成员柏文清为居民作了专题讲座。",
        "2026-06-08",
    )
    assert ("邸若兰", "2026-06-04", "attendee") not in found
    assert ("柏文清", "2026-06-04", "speaker") in found


_JURY_ROSTER = "\n主　任：乔远帆　市慈善总会会长\n副主任：葛云舒　市民政局副局长\n　　　　柏文清　市慈善总会常务副会长\n委　员：邸若兰　荀岩\n"


@pytest.mark.parametrize(
    "judging, heading",
    [
        ("6月10日，扬州市第三届“十佳慈善项目”评审会召开，市慈善总会会长乔远帆主持会议。", "附：扬州市“十佳慈善项目”评审委员会名单"),
        ("6月10日，市慈善总会组织专家对32个申报项目进行了终审，会长乔远帆主持。", "附件：第五届“慈善之星”评委会组成人员名单"),
        ("6月10日，第二届公益创投大赛决赛路演在市民中心举行。", "评审委员会成员名单如下："),
        ("6月10日，市慈善项目推荐评审会在市民政局召开。", "附：扬州市慈善项目推荐委员会名单"),
    ],
)
def test_a_jurys_roster_attends_the_judging_the_page_tells_as_held(judging: str, heading: str) -> None:
    # a jury's members listed under its heading (主任, 副主任, 委员 rows) attend the judging the page tells on its day
    found = _participation(f"{judging}\n{heading}{_JURY_ROSTER}", "2025-06-16")
    for person in ("葛云舒", "柏文清", "邸若兰", "荀岩"):
        assert (person, "2025-06-10", "attendee") in found


@pytest.mark.parametrize(
    "told",
    [
        # a press conference that announces the results, the judging told in passing on an earlier day
        "6月15日，扬州市政府新闻办举行新闻发布会，发布第三届“十佳慈善项目”评审结果。经评审委员会6月10日会议评审，10个项目入选。",
        # a notice of results with no judging held on a day it writes
        "经扬州市“十佳慈善项目”评审委员会评审，现将入选项目公示如下。公示期为6月15日至6月21日。",
    ],
)
def test_a_jurys_roster_is_placed_at_no_judging_told_only_in_passing(told: str) -> None:
    found = _participation(f"{told}\n附：扬州市“十佳慈善项目”评审委员会名单{_JURY_ROSTER}", "2025-06-16")
    assert not {who for who, _, _ in found} & {"葛云舒", "柏文清", "邸若兰", "荀岩"}


@pytest.mark.parametrize(
    "sent",
    [
        "会长乔远帆宣读了省委书记葛云舒对大会的批示。",  # whose instruction is read out
        "大会收到省慈善总会会长葛云舒的贺信。",  # whose letter reaches the meeting
        "秘书长乔远帆宣读了中华慈善总会会长葛云舒给大会的贺信。",
        "会议播放了全国人大常委会副委员长葛云舒的视频致辞。",  # a recorded address
        "会上传达了省委书记葛云舒同志的重要批示。",
        "省委书记葛云舒批示指出，要把慈善事业办好。",  # 批示指出: words written from afar
        "省慈善总会会长葛云舒致电祝贺。",  # 致电, 致函: a telegram or a letter
        "省领导葛云舒送来花圈。",  # a wreath sent
    ],
)
def test_who_only_sends_words_or_a_wreath_to_the_event_is_not_there(sent: str) -> None:
    # docs/gold-conventions.md "One who did not come": the sender of a letter, an instruction or a recorded address read or
    # played at the event is not there (a possessor before 的贺信/的批示/的视频致辞: absent_document in event_words.tsv)
    found = _participation("6月10日，某市慈善总会第五次会员代表大会召开，会长乔远帆主持。" + sent)
    assert not {who for who, _, _ in found} & {"葛云舒"}
    assert ("乔远帆", "2025-06-10", "chair") in found


@pytest.mark.parametrize(
    "sent",
    ["副会长葛云舒宣读批示。", "副会长葛云舒传达批示精神。", "副会长葛云舒宣读了省民政厅的贺信。", "副会长葛云舒宣读贺信。"],
)
def test_who_reads_out_an_instruction_or_a_letter_speaks_there(sent: str) -> None:
    # a reading verb right before the absent cue (宣读批示) has the document as its object: the reader is there and speaks
    found = _participation("6月10日，某市慈善总会第五次会员代表大会召开，会长乔远帆主持。" + sent)
    assert ("葛云舒", "2025-06-10", "speaker") in found
    assert ("葛云舒", "2025-06-10", "attendee") in found


@pytest.mark.parametrize(
    "sent",
    [
        "大会由副市长乔远帆主持，市委副书记葛云舒出席会议并作重要讲话。",
        "副市长乔远帆主持，市委副书记葛云舒出席并作了热情洋溢的讲话。",
        "副市长乔远帆主持，市委副书记葛云舒出席开幕式并作简短致辞。",
    ],
)
def test_a_speech_joined_by_bing_with_words_about_it_is_the_attendees(sent: str) -> None:
    # 出席会议并作重要讲话: words about the speech (重要, 热情洋溢的, 简短) between 作 and its noun keep it joined to the first cue
    found = _participation("6月10日，某市慈善大会召开。" + sent)
    assert ("葛云舒", "2025-06-10", "speaker") in found
    assert ("乔远帆", "2025-06-10", "chair") in found


@pytest.mark.parametrize(
    "sent",
    [
        "会长乔远帆在讲话中回顾了原会长葛云舒为慈善事业作出的贡献。",  # 为…作出的贡献: the deeds of whom the speech speaks
        "会长乔远帆介绍了葛云舒对慈善工作的支持和帮助。",
        "会长乔远帆介绍了葛云舒同志的先进事迹。",
        "会议号召全市慈善工作者向葛云舒同志学习。",  # held up as an example
        "会议号召全市志愿者向优秀志愿者葛云舒学习。",
        "大会号召向葛云舒等先进典型看齐。",
    ],
)
def test_a_person_a_speech_speaks_of_or_holds_up_as_an_example_is_not_shown_there(sent: str) -> None:
    found = _participation("6月10日，某市慈善总会第五次会员代表大会召开，会长乔远帆主持。" + sent)
    assert not {who for who, _, _ in found} & {"葛云舒"}


@pytest.mark.parametrize(
    "caption",
    ["左起：市民政局局长葛云舒、副局长柏文清", "从左至右：市民政局局长葛云舒、副局长柏文清", "前排左起：葛云舒、柏文清",
     "图为活动现场，左起依次为市民政局局长葛云舒、副局长柏文清。"],
)
def test_the_people_a_photos_caption_names_in_order_are_there(caption: str) -> None:
    # 左起：甲、乙 (左起, 右起: never a name) names who the photo shows at the event
    found = _participation("6月10日，某市慈善总会第五次会员代表大会召开，会长乔远帆主持。\n" + caption)
    assert {("葛云舒", "2025-06-10", "attendee"), ("柏文清", "2025-06-10", "attendee")} <= found
    assert not {who for who, _, _ in found} & {"左起", "右起"}


@pytest.mark.parametrize(
    "sent",
    [
        "某大学讲师葛云舒、某研究院助理研究员柏文清等6位青年学者报告了各自的研究成果。",  # 报告了: a paper presented
        "某区红十字会副会长葛云舒、某市红十字会秘书长柏文清先后交流。",  # 先后交流: each took the floor in turn
        "某公司副总经理葛云舒、某基金会理事长柏文清参与对话。",  # a panel: 参与对话, 参加对话
        "某公司副总经理葛云舒、某基金会理事长柏文清参加了对话。",
        "运动员代表葛云舒和裁判员代表柏文清分别宣誓。",  # taking the oath for the others, each in turn
        "受助学生代表葛云舒朗读了感谢信，柏文清朗诵了自己写的小诗。",  # a letter or a poem read out
        "随后，讲解员葛云舒为学生上了第一课，审计组组长柏文清反馈了审计发现的问题。",
        "秘书长葛云舒作开班动员，理事长柏文清一一作答。",  # 作…动员: a rallying speech; 作答: answers given
    ],
)
def test_papers_panels_oaths_readings_and_first_lessons_are_speeches(sent: str) -> None:
    found = _participation("6月10日，某市慈善总会年会在某市召开。" + sent)
    for person in ("葛云舒", "柏文清"):
        assert (person, "2025-06-10", "speaker") in found
        assert (person, "2025-06-10", "attendee") in found


def test_the_whole_party_taking_an_oath_solemnly_names_no_one() -> None:
    # 庄严宣誓 is no cue: the word before it is no name
    found = _participation("6月10日，某志愿服务总队成立仪式举行。在葛云舒的领誓下，全体志愿者庄严宣誓。")
    assert not {who for who, _, _ in found} & {"庄严"}


@pytest.mark.parametrize(
    "shown, heading",
    [
        # a group named at length before its handing (为获评某年度“某某优秀慈善志愿者”的20名志愿者颁发证书): still the group
        ("乔远帆为获评2025年度“某某市优秀慈善志愿者”的20名志愿者颁发证书。", "获奖志愿者名单如下："),
        # a new team's members sworn in as a whole, then its roster
        ("在副队长乔远帆的领誓下，12名新队员面向队旗宣誓。", "附：新入队队员名单"),
        ("在乔远帆的领誓下，18名队员面向队旗庄严宣誓。", "附：首批队员名单"),
        # the representatives came up, and the list is headed by the same words: it lists them
        ("8名受助学生代表依次上台，从乔远帆手中接过助学金。", "附：受助学生代表名单"),
    ],
)
def test_a_group_shown_there_as_a_whole_attends_by_the_list_of_it(shown: str, heading: str) -> None:
    body = f"6月10日，某市慈善总会某仪式在某市举行。{shown}\n{heading}\n葛云舒　柏文清　石　磊\n（某市慈善总会　供稿）"
    found = _participation(body)
    assert {("葛云舒", "2025-06-10", "attendee"), ("柏文清", "2025-06-10", "attendee"), ("石磊", "2025-06-10", "attendee")} <= found


def test_representatives_handed_their_part_stand_in_for_a_list_of_another_heading() -> None:
    # 获奖代表 came up: a list headed otherwise (获奖名单) is not of them
    body = "6月10日，某市慈善总会表彰会举行。3名获奖代表依次上台领奖。\n附：先进个人名单\n葛云舒　柏文清　石　磊\n（某市慈善总会　供稿）"
    found = _participation(body)
    assert not {who for who, _, _ in found} & {"葛云舒", "柏文清", "石磊"}


def test_a_later_days_handing_that_opens_its_list_dates_it_by_its_own_day() -> None:
    body = ("6月10日，某市社会组织评估总结会召开，乔远帆为获评5A等级的社会组织授牌。\n"
            "6月11日，某市评估专家培训会举行。培训会上，乔远帆为新入库的评估专家代表颁发聘书：\n葛云舒　柏文清\n来自高校的50名专家参加培训。")
    found = _participation(body)
    assert ("葛云舒", "2025-06-11", "attendee") in found
    assert ("葛云舒", "2025-06-10", "attendee") not in found


@pytest.mark.parametrize("bullet", ["◇", "■", "●", "◆", "▲"])
def test_a_digests_items_opened_by_a_bullet_and_a_day_alone_are_of_that_day(bullet: str) -> None:
    body = (f"　　{bullet}6月2日，某市慈善总会举行爱心企业座谈会，总会会长乔远帆出席。\n\n"
            f"　　{bullet}3日，总会秘书长葛云舒带领项目部赴某县，与某县慈善总会会长柏文清商谈项目续签。\n\n"
            f"　　{bullet}7日，某镇慈善分会成立，某区慈善总会会长石磊为分会揭牌。\n")
    found = _participation(body)
    assert {("葛云舒", "2025-06-03", "attendee"), ("柏文清", "2025-06-03", "attendee"), ("石磊", "2025-06-07", "attendee")} <= found
    assert ("葛云舒", "2025-06-02", "attendee") not in found


def test_who_joins_a_trip_before_its_first_stop_goes_with_it_each_day() -> None:
    # 参加活动 right after the party sets out: the named join it and attend its later days too
    body = ("6月10日至11日，某省慈善总会会长乔远帆率代表团赴某市开展慈善帮扶活动。某省慈善总会秘书长葛云舒，某公司董事长柏文清参加活动。\n"
            "10日上午，某帮扶项目推进会在某市召开。某市慈善总会会长石磊主持会议。\n"
            "11日上午，代表团来到某县中心小学，为学生发放书包。\n")
    found = _participation(body)
    for person in ("葛云舒", "柏文清", "乔远帆"):
        assert (person, "2025-06-11", "attendee") in found


def test_a_day_alone_told_as_what_it_was_dates_its_clause() -> None:
    # 14日是考察最后一天，…: the day opens the item as 14日，… does
    body = ("6月8日，某省慈善总会会长乔远帆率调研组赴某省学习考察。\n"
            "9日，调研组来到某市，某市慈善总会会长葛云舒介绍了经验。\n"
            "11日是考察最后一天，调研组赴某县，某县慈善总会会长柏文清全程陪同。\n")
    found = _participation(body)
    assert ("柏文清", "2025-06-11", "attendee") in found
    assert ("柏文清", "2025-06-09", "attendee") not in found


@pytest.mark.parametrize(
    "sent",
    [
        "联盟轮值主席、东海市民政局局长葛云舒主持会议，代表轮值主席单位作《联盟2025年度工作报告》。",
        "东海市民政局局长葛云舒主持会议，代表理事会作工作报告。",
        "联盟轮值主席、东海市慈善总会会长葛云舒主持会议，并代表轮值主席单位报告了联盟一年来的工作。",
    ],
)
def test_a_clause_opened_by_speaking_for_a_body_goes_on_from_the_chair(sent: str) -> None:
    found = _participation("6月10日，某某慈善联盟2025年年会在某市召开。" + sent)
    assert ("葛云舒", "2025-06-10", "chair") in found
    assert ("葛云舒", "2025-06-10", "speaker") in found


def test_speaking_for_the_team_after_another_persons_clause_is_not_the_first_persons_speech() -> None:
    found = _participation("6月10日，某志愿服务队成立仪式举行。乔远帆为服务队授旗，队长葛云舒接过队旗，代表全体队员发言。")
    assert ("乔远帆", "2025-06-10", "speaker") not in found
