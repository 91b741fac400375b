"""Single extraction rules, each on a short invented sentence."""

from __future__ import annotations

import pytest

from kg.extract import extract_article
from kg.extract.analysis import analyse
from kg.model import Article


def _facts(body: str, publisher: str = "", date: str = "2023-06-12") -> list[dict]:
    article = Article("t", body, title="", date=date, publisher=publisher, body_start=0)
    return [f.to_record() for f in extract_article(article).facts]


def _positions(facts: list[dict]) -> set[tuple[str, str, str]]:
    return {(f["person"], f["role"], f["organization"]) for f in facts if f["kind"] == "position"}


def _participation(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f.get("person") or f.get("organization"), f["role"]) for f in facts if f["kind"] == "participation"}


def _orgs(facts: list[dict]) -> set[str]:
    return {f["name"] for f in facts if f["kind"] == "organization"}


def _orgs_ending_in(facts: list[dict], endings: tuple[str, ...]) -> set[str]:
    return {name for name in _orgs(facts) if name.endswith(endings)}


def test_an_exhibition_hall_visited_is_an_organization() -> None:
    assert {"南川慈善文化展示馆", "北山市档案陈列馆"} <= _orgs(_facts("6月10日，考察组参观了位于该会一楼的南川慈善文化展示馆和北山市档案陈列馆。"))


def test_an_idiom_naming_a_body_s_cause_stays_inside_its_name_after_a_city_and_a_district() -> None:
    """见义勇为 ends with 为, the particle jieba glues to a name (某某为…); an idiom of the dictionary is no glued name, so a
    district's or a town's 见义勇为协会, 基金会 or 工作站 keeps its places."""
    facts = _facts("5月8日，嘉兴市秀洲区见义勇为协会会长卜晴、泰州市姜堰区溱潼镇见义勇为工作站站长闻知远出席。")
    assert {("卜晴", "会长", "嘉兴市秀洲区见义勇为协会"), ("闻知远", "站长", "泰州市姜堰区溱潼镇见义勇为工作站")} <= _positions(facts)


def test_a_national_body_s_local_office_and_a_district_s_bureaus_complete_their_short_forms_on_the_page() -> None:
    """区税务局 on a page that writes 国家税务总局某市某区税务局 is that office (its place follows the national body's name);
    区民政局 is completed with the district's city as the page writes it in full (某市某区慈善总会), not as a company's brand
    writes it short (嘉兴秀洲区某公司); the heads of the companies in a donors' table, handed certificates as bodies
    (向捐赠企业颁发证书), are not placed at the ceremony."""
    body = ("6月10日上午，秀洲区慈善捐赠仪式在国家税务总局嘉兴市秀洲区税务局举行。活动由国家税务总局嘉兴市秀洲区税务局、嘉兴市秀洲区慈善总会"
            "主办。区税务局局长卜晴，区民政局副局长闻知远出席仪式。卜晴向捐赠企业颁发了捐赠证书。\n附：捐赠企业名单\n序号　企业名称　职务　姓名"
            "　捐赠金额\n1　嘉兴秀洲区恒达商贸有限公司　董事长　罗一鸣　30\n2　嘉兴市华晟电子有限公司　总经理　陆言　20\n")
    facts = _facts(body, publisher="秀洲区慈善总会")
    assert {("卜晴", "局长", "国家税务总局嘉兴市秀洲区税务局"), ("闻知远", "副局长", "嘉兴市秀洲区民政局"),
            ("罗一鸣", "董事长", "嘉兴秀洲区恒达商贸有限公司")} <= _positions(facts)
    assert not {who for who, _ in _participation(facts)} & {"罗一鸣", "陆言"}


def test_a_conference_hotel_or_a_campus_conference_centre_holding_the_event_is_an_organization() -> None:
    """会议酒店 (会议 would end the name on the left) and a university's 学术交流中心 are venues that hold the event."""
    facts = _facts("12月1日，南川市慈善总会年会在东湖国际青年会议酒店举行。6月10日，研讨会在南川大学学术交流中心举行。")
    assert {"东湖国际青年会议酒店", "南川大学学术交流中心"} <= _orgs(facts)


def test_a_funeral_home_holding_a_farewell_is_a_venue_and_no_meeting_body() -> None:
    """仪式在某殡仪馆某厅举行: the funeral home is the venue; the bare titles of the federation's memorial meeting after it
    are still the federation's (a venue that houses a gathering holds no meeting of its own)."""
    facts = _facts("10月18日上午，钱某同志遗体告别仪式在宣城市殡仪馆永安厅举行。\n10月21日下午，市慈善总会召开钱某同志追思座谈会。"
                   "常务副会长贺明远、原秘书长卢建华先后发言。", publisher="宣城市慈善总会")
    assert "宣城市殡仪馆" in _orgs(facts)
    assert {("贺明远", "常务副会长", "宣城市慈善总会"), ("卢建华", "秘书长", "宣城市慈善总会")} <= _positions(facts)


def test_the_venue_of_a_gathering_still_to_come_is_no_organization() -> None:
    """定于某日在某殡仪馆举行: the page announces the gathering; its venue is no organization (docs/gold-conventions.md)."""
    facts = _facts("钱某同志遗体告别仪式定于2026年2月10日上午9时在宣城市殡仪馆天福厅举行。", publisher="宣城市慈善总会")
    assert "宣城市殡仪馆" not in _orgs(facts)
    held = _facts("钱某同志遗体告别仪式于2026年2月10日上午在宣城市殡仪馆天福厅举行。", publisher="宣城市慈善总会")
    assert "宣城市殡仪馆" in _orgs(held)  # held on the day: the venue that holds it


def test_a_body_named_only_as_the_owner_of_a_website_is_no_organization_of_the_page() -> None:
    """名单在某县人民政府门户网站公示: the website a text is published on gives its owner no part in the page."""
    orgs = _orgs(_facts("6月1日，南川县慈善总会发放助学金，受助名单在南川县人民政府门户网站公示。"))
    assert "南川县慈善总会" in orgs
    assert "南川县人民政府" not in orgs
    assert "南川县人民政府" in _orgs(_facts("6月1日，南川县人民政府副县长钱立德出席南川县慈善总会年会。"))


def test_localities_a_count_heading_lists_are_organizations() -> None:
    """爱心社区（2个）：甲社区、乙社区 and 示范村（2个）：on a line of its own, the villages on the next: honoured units;
    villages only visited stay places."""
    facts = _facts("6月10日，南川市慈善总会召开表彰大会。\n爱心社区（2个）：青枫社区、石桥社区\n示范村（2个）：\n丹霞镇溪头村　白沙镇岭下村\n"
                   "会后，与会人员走访了丹霞镇柳塘村。")
    orgs = _orgs(facts)
    assert {"青枫社区", "石桥社区", "丹霞镇溪头村", "白沙镇岭下村"} <= orgs, orgs
    assert "丹霞镇柳塘村" not in orgs


def test_a_count_heading_with_no_colon_lists_the_localities_of_the_lines_after_it() -> None:
    """一、示范村（3个） with no colon, its villages over two lines; the line after them is no list."""
    facts = _facts("6月10日，南川市慈善总会召开表彰大会。\n一、示范村（3个）\n丹霞镇溪头村　白沙镇岭下村\n青石镇竹园村\n"
                   "会后，与会人员走访了丹霞镇柳塘村。")
    orgs = _orgs(facts)
    assert {"丹霞镇溪头村", "白沙镇岭下村", "青石镇竹园村"} <= orgs, orgs
    assert "丹霞镇柳塘村" not in orgs


def test_an_archive_given_books_and_a_cemetery_visited_are_organizations() -> None:
    facts = _facts("6月10日，出版社向南川市档案馆赠送了年鉴。7月1日，党员们到北山烈士陵园开展主题党日活动。")
    assert {"南川市档案馆", "北山烈士陵园"} <= _orgs(facts)


def test_a_visit_named_as_a_noun_before_shi_names_no_body_visited() -> None:
    # 此次考察是某会对某地的回访: 考察 is a noun there, and 是 opens no body's name
    orgs = _orgs(_facts("6月10日，考察组参观了绍兴市慈善总会。此次考察是湖州市慈善总会对绍兴方面的回访。"))
    assert "湖州市慈善总会" in orgs
    assert not [o for o in orgs if o.startswith("是")]


def test_a_city_short_form_is_the_home_city_s_though_the_page_names_another_city_s_body_once() -> None:
    # 市民政局 on a page of 芜湖's federation is 芜湖's, as 省慈善总会 is the home province's
    facts = _facts(
        "5月10日，芜湖市慈善总会组织考察组赴扬州学习，市民政局副局长柯明远随团考察。11日，扬州市民政局局长韦思齐会见了考察组。",
        publisher="芜湖市慈善总会",
    )
    positions = _positions(facts)
    assert ("柯明远", "副局长", "芜湖市民政局") in positions
    assert ("韦思齐", "局长", "扬州市民政局") in positions
    assert ("柯明远", "副局长", "扬州市民政局") not in positions


def test_particle_glued_to_a_short_name_is_not_part_of_it() -> None:
    facts = _facts("6月10日，会议由省慈善总会常务副会长邬志刚主持。")
    assert "由省慈善总会" not in _orgs(facts)
    assert ("邬志刚", "常务副会长", "省慈善总会") in _positions(facts)


def test_a_dates_day_or_month_glued_to_a_short_name_is_not_part_of_it() -> None:
    facts = _facts("经5月8日省慈善总会会长办公会议审议，会长钱乐平主持会议。今年6月市红十字会也拨付了款物。")
    assert not {o for o in _orgs(facts) if o.startswith(("日", "月"))}, _orgs(facts)
    assert {"省慈善总会", "市红十字会"} <= _orgs(facts)


def test_province_wide_collective_is_not_an_organization() -> None:
    assert "全省慈善会" not in _orgs(_facts("6月10日，全省慈善会系统代表参加会议。"))


def test_a_society_after_a_region_of_several_provinces_is_their_network_no_body() -> None:
    facts = _facts("9月5日，京津冀地区慈善总会协作联席会议在天津召开，长三角区域红十字会合作论坛同期举行，"
                   "长三角生态绿色一体化发展示范区执行委员会社会发展部副部长祁永安和天津市慈善总会会长杭明远出席。")
    orgs = _orgs(facts)
    assert not {o for o in orgs if o.startswith(("京津冀", "长三角")) and o.endswith(("慈善总会", "红十字会"))}, orgs
    assert {"长三角生态绿色一体化发展示范区执行委员会社会发展部", "天津市慈善总会"} <= orgs


def test_kinds_and_groups_of_bodies_are_no_organization() -> None:
    facts = _facts("6月10日，各省、直辖市慈善会和部分地市级慈善会代表参加全国慈善会系统会议，"
                   "苏皖两地慈善总会与芜湖、铜陵等市慈善会负责人出席，县级慈善会和县区慈善会也派员参加。")
    orgs = _orgs(facts)
    for collective in ("直辖市慈善会", "地市级慈善会", "全国慈善会", "苏皖两地慈善总会", "铜陵等市慈善会", "县级慈善会", "县区慈善会"):
        assert collective not in orgs
    national = _facts("6月10日，全国政协委员罗一鸣出席全国慈善会系统会议。")
    assert _orgs(national) == {"全国政协"}  # a national body of its own, not a kind of body


def test_every_body_of_a_level_or_of_two_levels_is_no_organization() -> None:
    facts = _facts("6月10日，全市各辖市（区）慈善会、部分县（区）慈善会和区级慈善分会同步开展活动，东台市慈善总会会长苗立新出席。")
    orgs = _orgs(facts)
    assert not {o for o in orgs if "(" in o or "（" in o or o.startswith(("区级", "各辖"))}, orgs
    assert "东台市慈善总会" in orgs  # one body, with its place, stays


def test_an_alliance_named_by_its_count_of_members_is_an_organization() -> None:
    facts = _facts("6月10日，华东七省区慈善联盟在杭州召开理事会议，浙江、江苏、安徽三省慈善总会负责人出席。")
    orgs = _orgs(facts)
    assert "华东七省区慈善联盟" in orgs
    assert not any(o.endswith("省慈善总会") for o in orgs)


def test_party_committee_and_government_as_a_pair_are_no_bodies() -> None:
    paired = _facts("6月10日，市慈善总会召开年会。石晓川在讲话中代表市委、市政府向受表彰的单位表示祝贺。", publisher="湖州市慈善总会")
    assert _orgs(paired) == {"湖州市慈善总会"}
    placed = _facts("6月10日，湖州市慈善总会召开年会。石晓川代表湖州市委、市政府致辞。")
    assert _orgs(placed) == {"湖州市慈善总会"}  # the pair a speaker speaks for, also written with its place
    titled = _facts("6月10日，市慈善总会召开年会，市政府副秘书长罗一鸣出席。", publisher="湖州市慈善总会")
    assert ("罗一鸣", "副秘书长", "湖州市政府") in _positions(titled)


def test_the_issuer_opening_a_decision_s_title_is_an_organization_and_completes_the_short_form() -> None:
    facts = _facts("9月5日，表彰大会召开。会上，方明宣读了《丽水市人民政府关于表彰第二届慈善奖获奖者的决定》。市政府副秘书长柏松出席。")
    assert "丽水市人民政府" in _orgs(facts)
    assert "丽水市政府" not in _orgs(facts)
    assert ("柏松", "副秘书长", "丽水市人民政府") in _positions(facts)


def test_a_city_s_government_short_form_is_the_people_s_government_the_page_also_writes_short() -> None:
    facts = _facts("衢州市政协召开协商会。市人民政府副市长符远到会听取意见。符远表示，市政府将认真研究。")
    assert "衢州市人民政府" in _orgs(facts) and "衢州市政府" not in _orgs(facts)


def test_a_training_base_or_a_village_home_named_with_its_place_is_an_organization_a_conferred_title_none() -> None:
    facts = _facts("5月8日，调研组来到丽水市应急救援训练基地，随后走访了松阳县古市镇慈善幸福院。")
    assert {"丽水市应急救援训练基地", "松阳县古市镇慈善幸福院"} <= _orgs(facts)
    facts = _facts("会上宣读了《关于命名2026年度丽水市慈善文化教育基地的决定》，首批丽水市慈善文化教育基地授牌。")
    assert not any(name.endswith("教育基地") for name in _orgs(facts))


def test_experimental_language_vocational_and_sports_schools_and_party_youth_working_committees_are_bodies() -> None:
    facts = _facts("5月8日，松阳县育英实验学校、丽水外国语学校、丽水市体育运动学校的师生参加活动。"
                   "丽水市委统战部副部长方明，市委两新工委副书记柏松，团市委副书记、市少工委主任卜晴出席。")
    assert {"松阳县育英实验学校", "丽水外国语学校", "丽水市体育运动学校", "丽水市委两新工委", "丽水市少工委"} <= _orgs(facts)
    assert ("柏松", "副书记", "丽水市委两新工委") in _positions(facts)


def test_a_company_s_trade_words_the_segmenter_reads_as_verbs_stay_in_its_name_after_its_place() -> None:
    facts = _facts("现场，丽水恒晟精密制造有限公司董事长方明，柏松与上海南岸快递服务有限公司副总裁卜晴出席。")
    assert {"丽水恒晟精密制造有限公司", "上海南岸快递服务有限公司"} <= _orgs(facts)
    assert not {"制造有限公司", "服务有限公司"} & _orgs(facts)


def test_a_visited_body_starts_after_its_modifier_and_keeps_its_district() -> None:
    facts = _facts("6月10日，考察组一行参观了沈阳市和平区“暖心坊”社区慈善服务中心和位于长河路的丹阳“益邻”慈善超市。")
    assert _orgs(facts) == {"沈阳市和平区“暖心坊”社区慈善服务中心", "丹阳“益邻”慈善超市"}
    joined = _facts("6月10日，考察组一行参观了某镇“善行驿站”和县慈善超市。", publisher="泾县慈善总会")
    assert "泾县慈善超市" in _orgs(joined)  # 和 after a facility joins, it starts no place


def test_a_quoted_facility_or_team_with_its_ending_after_the_marks() -> None:
    facts = _facts("6月10日，青川区石桥街道“暖邻”慈善超市正式开业，丹霞县“晨光”志愿服务队的队员到场服务。")
    assert _orgs(facts) == {"青川区石桥街道“暖邻”慈善超市", "丹霞县“晨光”志愿服务队"}
    station = _facts("6月10日，与会人员参观了南川市丹霞县“暖邻”慈善驿站。")
    assert _orgs(station) == {"南川市丹霞县“暖邻”慈善驿站"}  # a generic lead (慈善) before the facility word after the marks
    fund = _facts("6月10日，青川区“安居家园”社区基金正式设立。")
    assert not _orgs(fund)  # a district's quoted name with no ending after it is a fund or a campaign


def test_election_gives_the_title_in_the_meeting_body() -> None:
    facts = _facts("6月10日，江西省慈善总会第五次会员代表大会在南昌召开。会议选举黎承德为会长，邬志刚、郝丽萍为副会长。")
    positions = _positions(facts)
    assert ("黎承德", "会长", "江西省慈善总会") in positions
    assert ("郝丽萍", "副会长", "江西省慈善总会") in positions


def test_co_opted_members_are_not_attendees() -> None:
    facts = _facts("6月10日，南昌市慈善总会召开理事会议。会议同意增补南昌市温州商会会长钱明远为南昌市慈善总会理事。")
    assert ("钱明远", "理事", "南昌市慈善总会") in _positions(facts)
    assert ("钱明远", "attendee") not in _participation(facts)


def test_bare_title_after_a_comma_keeps_the_organization() -> None:
    facts = _facts("福建省慈善总会会长林振邦，常务副会长陈立群、叶淑贞出席会议。")
    positions = _positions(facts)
    assert ("陈立群", "常务副会长", "福建省慈善总会") in positions
    assert ("叶淑贞", "常务副会长", "福建省慈善总会") in positions


def test_list_does_not_carry_an_organization_of_a_mixed_chain() -> None:
    facts = _facts("执行会长、安徽恒信集团有限公司董事长钱永淳，副会长黄丽娟出席。")
    assert not any(p == "黄丽娟" and o.endswith("公司") for p, _, o in _positions(facts))


def test_former_title_with_qian_ren() -> None:
    facts = _facts("市慈善总会前任会长、宁波市政协原副主席应国强出席会议。")
    positions = {(f["person"], f["role"], f.get("status")) for f in facts if f["kind"] == "position"}
    assert ("应国强", "会长", "former") in positions


def test_party_secretary_and_vice_president_are_posts_of_the_university() -> None:
    facts = _facts("湖南师范大学党委书记段宏伟、副校长邹宇航出席仪式。")
    positions = _positions(facts)
    assert ("段宏伟", "党委书记", "湖南师范大学") in positions
    assert ("邹宇航", "副校长", "湖南师范大学") in positions
    assert not any(f["kind"] == "organization" and f["name"].endswith("党委") for f in facts)


def test_a_head_with_no_body_written_heads_the_one_school_or_hospital_the_page_names() -> None:
    facts = _facts("5月8日，青岚大学图书馆捐赠仪式举行。校党委书记罗一鸣致辞，副理事长、副校长闻知远出席。仪式由副校长卜晴主持。")
    positions = _positions(facts)
    assert ("闻知远", "副校长", "青岚大学") in positions  # after the bare 校 of the sentence
    assert ("卜晴", "副校长", "青岚大学") in positions  # a sentence naming no body: the page's one university
    facts = _facts("5月8日，青岚大学与白沙大学签署合作协议。仪式由副校长卜晴主持。")
    assert not any(p[0] == "卜晴" and p[2] for p in _positions(facts))  # two universities: no guess
    facts = _facts("5月8日，爱心车队来到桐溪县人民医院。\n捐赠仪式上，院长罗一鸣致辞。")  # another paragraph
    assert ("罗一鸣", "院长", "桐溪县人民医院") in _positions(facts)
    facts = _facts("5月8日，桐溪县人民医院与青岚学院签约。\n捐赠仪式上，院长罗一鸣致辞。")
    assert ("罗一鸣", "院长", "桐溪县人民医院") not in _positions(facts)  # a 学院 has a 院长 too


def test_a_bare_subdistrict_is_the_one_the_page_named_before_it_though_others_follow() -> None:
    facts = _facts("2月5日，宁波市鄞州区青枫街道2025年度慈善工作总结表彰大会召开。区民政局副局长虞小青，街道党工委书记罗一鸣，"
                   "街道党工委副书记、办事处主任卜晴出席会议。\n会上，白沙街道、青石街道介绍了经验。")
    positions = _positions(facts)
    assert ("罗一鸣", "党工委书记", "青枫街道") in positions
    assert ("卜晴", "主任", "青枫街道办事处") in positions
    facts = _facts("2月5日，白沙街道和青枫街道联合召开慈善工作会议。街道党工委书记罗一鸣出席会议。")
    assert not any(p[0] == "罗一鸣" for p in _positions(facts))  # two named before it: either's


def test_a_profiles_subject_body_in_its_title_is_the_pages_body_not_a_body_it_visits() -> None:
    title = "岳阳市慈善总会会长罗一鸣简介"
    body = "罗一鸣，男，1961年生。2024年9月17日，他带队赴常德市慈善总会考察交流。\n2025年3月2日，会议选举卜晴为副会长。"
    article = Article("t", title + "\n" + body, title=title, date="2025-05-20", publisher="", body_start=len(title) + 1)
    positions = _positions([f.to_record() for f in extract_article(article).facts])
    assert ("卜晴", "副会长", "岳阳市慈善总会") in positions
    assert ("卜晴", "副会长", "常德市慈善总会") not in positions
    title = "岳阳市慈善总会会长罗一鸣一行赴常德考察"  # no profile: the visit's body stays the meeting's
    article = Article("t", title + "\n" + body, title=title, date="2025-05-20", publisher="", body_start=len(title) + 1)
    assert ("卜晴", "副会长", "岳阳市慈善总会") not in _positions([f.to_record() for f in extract_article(article).facts])


def test_a_council_meeting_its_title_names_after_its_body_is_the_pages_meeting_not_a_later_visit() -> None:
    """县慈善总会召开三届六次理事会 (the title): the council's meeting is the body's, so 增补甲为理事 with no body written is
    held there, not in the 慈善工作站 a visit later in the page goes to; a 座谈会 the title names is a host's talk."""
    title = "县慈善总会召开三届六次理事会 调整部分理事会成员"
    body = ("本网讯 8月28日下午，岳阳县慈善总会召开三届六次理事会（扩大）会议，调整部分理事会成员。县慈善总会会长钱立群主持。\n"
            "会议审议并表决通过了人事事项：增补县民政局副局长卜晴为理事、副会长；聘任县慈善总会副秘书长罗一鸣为秘书长。\n"
            "9月1日上午，罗一鸣上任后第一站来到青枫街道慈善工作站走访调研，站长高美玲汇报了工作站今年以来的情况。")
    article = Article("t", title + "\n" + body, title=title, date="2025-09-02", publisher="", body_start=len(title) + 1)
    positions = _positions([f.to_record() for f in extract_article(article).facts])
    assert {("卜晴", "理事", "岳阳县慈善总会"), ("卜晴", "副会长", "岳阳县慈善总会"), ("罗一鸣", "秘书长", "岳阳县慈善总会")} <= positions
    assert not [p for p in positions if p[2] == "青枫街道慈善工作站" and p[1] in ("理事", "副会长", "秘书长")]


def test_titles_of_those_who_travel_with_a_visitor_are_not_the_visited_bodys() -> None:
    """甲带队赴某会考察交流，副会长乙随同考察: the bare titles of the party are the visitor's, not the visited body's;
    the visited body's own officers who receive the party (副会长乙介绍了情况) stay its."""
    visitors = _positions(_facts("9月17日，岳阳市慈善总会会长钱立群带队赴常德市慈善总会考察交流，副会长高美玲、秘书长韩书同随同考察。"))
    assert {("高美玲", "副会长", "岳阳市慈善总会"), ("韩书同", "秘书长", "岳阳市慈善总会")} <= visitors, visitors
    assert not any(org == "常德市慈善总会" for _, _, org in visitors)
    hosts = _positions(_facts("9月17日，考察团来到常德市慈善总会，副会长高美玲、秘书长韩书同介绍了情况。", publisher="岳阳市慈善总会"))
    assert ("高美玲", "副会长", "常德市慈善总会") in hosts, hosts


def test_a_bare_station_head_heads_the_one_station_its_sentence_names() -> None:
    """走访了某镇慈善工作站，站长甲介绍: the 站 named before the title, else the one 站 of the sentence before; with two 站
    named a bare 站长 is no one's post (a page names one 站 of each 街道 in turn). A bare 社工 works in that 站 alike."""
    one = _positions(_facts("9月26日，考察组走访了白沙镇慈善工作站，站长罗一鸣介绍了日常运作方式。"))
    assert ("罗一鸣", "站长", "白沙镇慈善工作站") in one, one
    two = _positions(_facts("9月26日，考察组走访了白沙镇慈善工作站和青枫街道社会工作服务站，站长罗一鸣介绍了情况。"))
    assert not any(person == "罗一鸣" for person, _, _ in two), two
    before = _positions(_facts("9月26日，考察组参观了青枫街道社会工作服务站。站长罗一鸣介绍了情况。"))
    assert ("罗一鸣", "站长", "青枫街道社会工作服务站") in before, before
    two_before = _positions(_facts("9月26日，考察组参观了白沙镇慈善工作站和青枫街道社会工作服务站。站长罗一鸣介绍了情况。"))
    assert not any(person == "罗一鸣" for person, _, _ in two_before), two_before
    led = _positions(_facts("9月26日，白沙镇社会工作服务站站长罗一鸣带领社工卜晴、乔望川走访了困难家庭。"))
    assert {("卜晴", "社工", "白沙镇社会工作服务站"), ("乔望川", "社工", "白沙镇社会工作服务站")} <= led, led
    next_one = _positions(_facts("9月26日，白沙镇社会工作服务站站长罗一鸣汇报了工作。社工卜晴介绍了个案。"))
    assert ("卜晴", "社工", "白沙镇社会工作服务站") in next_one, next_one


def test_a_bare_unit_head_heads_the_quoted_unit_named_before_the_title() -> None:
    """参观了某街道“爱心驿站”，站长甲介绍; 来到某社区“暖心书屋”…馆长: a quoted name's closing mark stands after its ending, the
    unit is still the one the bare head's title names; a quoted 站 named after the title is another's (站长甲介绍…，走进某“驿站”)."""
    quoted = _positions(_facts("9月26日，考察组参观了青枫街道“爱心驿站”，站长罗一鸣介绍了驿站的服务项目。"))
    assert ("罗一鸣", "站长", "青枫街道“爱心驿站”") in quoted, quoted
    after = _positions(_facts("9月26日，考察组参观了白沙镇社会工作服务站。站长罗一鸣介绍了做法，考察组又走进白沙镇“暖心驿站”。"))
    assert ("罗一鸣", "站长", "白沙镇社会工作服务站") in after, after


def test_a_bare_station_head_or_stationed_worker_holds_the_post_in_the_station_whose_unveiling_the_page_reports() -> None:
    """某镇社会工作服务站揭牌…。站长由某中心项目主管甲担任; 驻站社工：乙　丙: with no 站 named in either sentence, the
    站 whose own gathering the page reports; a 社工 alone (a byline's 社工 甲) is no post there."""
    facts = _facts("4月15日上午，青枫镇社会工作服务站揭牌仪式在青枫镇便民服务中心举行。白沙区民政局局长卜晴出席。\n"
                   "据介绍，站长由南川社会工作服务中心项目主管罗一鸣担任。\n驻站社工：乔望川　闻知远\n文字：社工 岳子衿")
    positions = _positions(facts)
    assert {("罗一鸣", "站长", "青枫镇社会工作服务站"), ("乔望川", "社工", "青枫镇社会工作服务站"),
            ("闻知远", "社工", "青枫镇社会工作服务站")} <= positions, positions
    assert not any(person == "岳子衿" for person, _, _ in positions), positions


def test_a_bare_bureau_head_heads_the_bureau_its_sentence_names_before_it_and_no_other() -> None:
    """某局召开…，副局长甲主持: the 局 named before the title in its own sentence with no body between; not a bureau
    written right before the title that is not read as one (县国资局局长乙), nor a 局 of the sentence before."""
    held = _positions(_facts("6月18日下午，南川市民政局召开社会组织约谈会，副局长罗一鸣主持约谈并讲话。"))
    assert ("罗一鸣", "副局长", "南川市民政局") in held, held
    unread = _positions(_facts("6月18日，座谈会由卜晴主持，县应急管理局局长 乔望川、县国资局局长 闻知远分别介绍了情况。"))
    assert not any(person == "闻知远" for person, _, _ in unread), unread
    read = _positions(_facts("6月18日，座谈会由卜晴主持，县应急管理局局长 乔望川、县住建局局长 闻知远分别介绍了情况。"))
    assert ("闻知远", "局长", "县住建局") in read, read  # (住建局: an ending of org_suffixes.tsv)
    other = _positions(_facts("6月18日，南川市民政局局长乔望川、南川市慈善总会会长卜晴出席，局长罗一鸣讲话。"))
    assert not any(person == "罗一鸣" for person, _, _ in other), other
    before = _positions(_facts("6月18日，南川市民政局召开约谈会。副局长罗一鸣主持。"))
    assert not any(person == "罗一鸣" for person, _, _ in before), before


def test_a_teacher_or_guide_written_right_after_a_named_body_holds_a_post_there() -> None:
    """某学院教师甲, 某慈善文化馆讲解员乙, 某堂执事丙: a word for people that is a post in the body written right before it
    (docs/gold-conventions.md); a 教师 with no body, or one a word stands between, holds none."""
    positions = _positions(_facts("5月8日，捐献者代表、南川师范学院教师罗一鸣分享了经历。随后，青枫市慈善文化馆讲解员卜晴为学生上课。"
                                  "志愿者代表、白沙区天恩堂执事乔望川发言。退休教师闻知远、南川师范学院美术系退休教师岳子衿也来了。"))
    assert {("罗一鸣", "教师", "南川师范学院"), ("卜晴", "讲解员", "青枫市慈善文化馆"), ("乔望川", "执事", "白沙区天恩堂")} <= positions, positions
    assert not any(person in ("闻知远", "岳子衿") for person, _, _ in positions), positions


def test_the_kind_of_people_a_body_serves_stops_no_name_but_a_guest_word_still_does() -> None:
    facts = _facts("会议期间，浙江钱塘残疾人福利基金会秘书长罗一鸣代表签约。特邀嘉宾青枫公益服务中心主任闻知远出席。")
    positions = _positions(facts)
    assert ("罗一鸣", "秘书长", "浙江钱塘残疾人福利基金会") in positions
    assert ("罗一鸣", "秘书长", "福利基金会") not in positions
    assert ("闻知远", "主任", "青枫公益服务中心") in positions  # 嘉宾 before a name is no part of it


def test_a_towns_or_subdistricts_affairs_office_is_a_body_and_a_location_verb_ends_a_name() -> None:
    facts = _facts("5月8日，青岚镇慈善工作站揭牌。工作站站长由青岚镇社会事务办主任罗一鸣兼任。白沙街道社区服务办主任卜晴出席。")
    positions = _positions(facts)
    assert ("罗一鸣", "主任", "青岚镇社会事务办") in positions
    assert ("卜晴", "主任", "白沙街道社区服务办") in positions
    facts = _facts("5月8日，白沙街道社区服务办公室主任卜晴出席。")
    assert ("卜晴", "主任", "白沙街道社区服务办公室") in _positions(facts)  # the longer ending, not 服务办 and a stray 公室
    orgs = _orgs(_facts("据了解，青岚镇慈善工作站设在青岚镇文明办，下设12个联络点。"))
    assert "青岚镇慈善工作站" in orgs
    assert not any("设在" in name for name in orgs)  # where a body sits is no part of its name


def test_a_universitys_own_body_written_by_its_ending_alone_is_the_page_universitys() -> None:
    facts = _facts("5月8日，青岚大学召开校董会成立大会。罗一鸣当选第二届校董会主席；聘任闻知远为校董会秘书长。校友总会会长卜晴出席。")
    positions = _positions(facts)
    assert ("罗一鸣", "主席", "青岚大学校董会") in positions  # after a council's term
    assert ("闻知远", "秘书长", "青岚大学校董会") in positions
    assert ("卜晴", "会长", "青岚大学校友总会") in positions
    assert not any(p[2] == "青岚大学" and p[1] in ("主席", "秘书长") for p in positions)
    facts = _facts("5月8日，青岚大学与白沙大学签约。校友会会长卜晴出席。")
    assert not any(p[0] == "卜晴" for p in _positions(facts))  # two universities: either's
    facts = _facts("5月8日，青岚大学北京校友会会长卜晴出席。")
    assert ("卜晴", "会长", "青岚大学北京校友会") in _positions(facts)  # a chapter named whole stays itself


def test_a_body_written_by_its_kind_in_a_title_chain_is_the_owners() -> None:
    facts = _facts("5月8日，青岚大学党委书记罗一鸣，副校长、教育发展基金会理事长闻知远出席。")
    assert ("闻知远", "理事长", "青岚大学教育发展基金会") in _positions(facts)
    assert "教育发展基金会" not in _orgs(facts)
    facts = _facts("5月8日，青岚市民政局局长、教育基金会理事长闻知远出席。")  # a bureau owns no foundation
    assert not any(name.startswith("青岚市民政局") and name.endswith("基金会") for name in _orgs(facts))


def test_a_school_or_college_writing_itself_before_its_heads_title() -> None:
    facts = _facts("6月17日，青岚学院教育发展基金会召开理事会。基金会理事长、学院党委副书记、院长闻知远主持会议。会议要求紧紧围绕学院发展规划开展工作。")
    positions = _positions(facts)
    assert ("闻知远", "党委副书记", "青岚学院") in positions
    assert ("闻知远", "院长", "青岚学院") in positions
    assert not any(name.endswith("围绕学院") for name in _orgs(facts))  # a verb is no part of a name
    facts = _facts("6月17日，青岚大学教育发展基金会召开理事会。理事长、学校党委副书记闻知远主持会议。")
    assert ("闻知远", "党委副书记", "青岚大学") in _positions(facts)


def test_a_unit_after_a_hospitals_word_for_itself_is_the_one_the_page_names() -> None:
    """医院医务处处长甲、社工部主任乙: the page's hospital writing itself before its unit."""
    facts = _facts("5月8日，青岚市仁和医院举行救助项目启动仪式。青岚仁和医疗基金会理事长罗一鸣，医院医务处处长卜晴、社工部主任闻知远出席。")
    positions = _positions(facts)
    assert ("卜晴", "处长", "青岚市仁和医院医务处") in positions
    assert ("闻知远", "主任", "青岚市仁和医院社工部") in positions  # the next unit is the hospital's, not the office's
    assert not any(name.startswith("医院") for name in _orgs(facts))
    facts = _facts("5月8日，青岚市仁和医院与白沙县人民医院签约。医院社工部主任闻知远出席。")
    assert not any(org.endswith("社工部") for _, _, org in _positions(facts))  # two hospitals: whose unit is unknown
    facts = _facts("5月8日，青岚市仁和医院与白沙县人民医院签约。白沙县人民医院院长罗一鸣，医院社工部主任闻知远出席。")
    assert ("闻知远", "主任", "白沙县人民医院社工部") in _positions(facts)  # the one the sentence named before it


def test_a_hospitals_unit_after_yu_or_after_its_short_form_is_the_full_hospitals() -> None:
    """某会秘书长与医院社工部主任乙签字: the hospital's word for itself after 与; a page writing the hospital by its full name
    and its short form names one hospital, whose unit 医院社工部 is; a kind or grade of hospital (公立医院) is none."""
    facts = _facts("5月8日，青岚市慈善总会向青岚市仁和医院拨付救助金，秘书长罗一鸣与医院社工部主任闻知远在交接单上签字。")
    assert ("闻知远", "主任", "青岚市仁和医院社工部") in _positions(facts)
    facts = _facts("5月8日，衢州市慈善总会与仁和医院签约。衢州市仁和医院院长罗一鸣出席。救助申请由医院社会工作部受理，"
                   "全市公立医院和三级医院均可转介。")
    orgs = _orgs(facts)
    assert "衢州市仁和医院社会工作部" in orgs
    assert not {"公立医院", "三级医院"} & orgs


def test_a_hospital_named_only_inside_its_foundations_name_holds_its_heads_and_units() -> None:
    """某医院慈善基金会…医院院长甲, 由医院社工部主任乙担任: the page's hospital, written out only in its foundation's name."""
    facts = _facts("5月8日，青岚仁和医院慈善基金会召开理事会。基金会理事长、医院院长罗一鸣，监事长、医院审计科科长卜晴出席会议。"
                   "秘书长由医院社工部主任闻知远担任。")
    positions = _positions(facts)
    assert ("罗一鸣", "院长", "青岚仁和医院") in positions
    assert ("卜晴", "科长", "青岚仁和医院审计科") in positions
    assert ("闻知远", "主任", "青岚仁和医院社工部") in positions  # after 由, as after a comma
    assert "青岚仁和医院" in _orgs(facts)  # the body that holds a post
    assert not any(name.startswith("医院") for name in _orgs(facts))
    facts = _facts("5月8日，青岚仁和医院慈善基金会与白沙县人民医院慈善基金会签约。医院院长闻知远出席。")
    assert not any(role == "院长" for _, role, _ in _positions(facts))  # two hospitals inside names: whose is unknown


def test_units_listed_bare_after_a_hospitals_post_are_that_hospitals() -> None:
    """某医院副院长甲，医务处副处长乙，社工部副主任丙: the list's units are the hospital's, until another body is named."""
    facts = _facts("9月16日，青岚市仁和医院副院长罗一鸣，医务处副处长卜晴，社工部副主任闻知远，青岚控股集团有限公司副总裁柏松，财务部主任车遥出席仪式。")
    positions = _positions(facts)
    assert ("卜晴", "副处长", "青岚市仁和医院医务处") in positions
    assert ("闻知远", "副主任", "青岚市仁和医院社工部") in positions
    assert not any(org.endswith("财务部") and org.startswith("青岚市仁和医院") for _, _, org in positions)  # the company's, not the hospital's
    facts = _facts("9月16日，青岚市仁和医院举行启动仪式。医院院长罗一鸣，心血管外科主任卜晴出席。")
    assert ("卜晴", "主任", "青岚市仁和医院心血管外科") in _positions(facts)  # after the hospital's word for itself too


def test_an_office_after_a_schools_word_for_itself_is_the_pages_university() -> None:
    """学校财务处处长甲, 增补学校发展联络处处长乙: the university's office wherever 学校 is written before it."""
    facts = _facts("5月8日，青岚大学教育发展基金会召开理事会。学校财务处处长卜晴列席会议。会议同意增补学校发展联络处处长罗一鸣为基金会理事。")
    positions = _positions(facts)
    assert ("卜晴", "处长", "青岚大学财务处") in positions
    assert ("罗一鸣", "处长", "青岚大学发展联络处") in positions
    assert not any(name.startswith(("学校", "校")) for name in _orgs(facts))
    facts = _facts("5月8日，青岚大学教育发展基金会召开理事会。基金会理事长、校党委副书记卜晴主持会议。")
    assert "青岚大学" in _orgs(facts)  # named only inside its foundation's name, it holds a post: an organization


def test_a_kind_body_after_a_bare_school_owner_and_a_school_written_bare_or_by_itself() -> None:
    facts = _facts("5月8日，青岚大学图书馆捐赠仪式举行。校党委书记罗一鸣，副校长、教育发展基金会理事长闻知远出席。")
    assert ("闻知远", "理事长", "青岚大学教育发展基金会") in _positions(facts)  # the bare 校 owner's name, not 校…
    assert not any(name.startswith("校") for name in _orgs(facts))
    facts = _facts("5月8日，青岚大学捐赠仪式举行。校长办公室主任卜晴主持。")
    assert ("卜晴", "主任", "青岚大学校长办公室") in _positions(facts)  # 校长 belongs to the office's name
    facts = _facts("9月1日，青岚大学附属中学开学典礼举行。学校党委书记罗一鸣、校长闻知远出席。")
    positions = _positions(facts)  # a university named only inside its school's name is not the one speaking
    assert ("罗一鸣", "党委书记", "青岚大学附属中学") in positions
    assert ("罗一鸣", "党委书记", "青岚大学") not in positions


def test_council_of_a_term_is_part_of_the_chain() -> None:
    facts = _facts("省慈善总会第四届理事会会长何德昌出席。", publisher="四川省慈善总会")
    assert ("何德昌", "会长", "四川省慈善总会") in _positions(facts)


def test_elected_name_stops_before_wei() -> None:
    facts = _facts("会议选举刘光远为会长，郑伟为秘书长；吴秀芬为监事长。", publisher="四川省慈善总会")
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert {"刘光远", "郑伟", "吴秀芬"} <= people and "郑伟为" not in people


def test_abbreviation_is_an_alias_of_the_full_name() -> None:
    facts = _facts("山东泰和实业集团有限公司向市慈善总会捐赠。泰和集团董事长王建业致辞。")
    org = next(f for f in facts if f["kind"] == "organization" and f["name"] == "山东泰和实业集团有限公司")
    assert "泰和集团" in org.get("aliases", [])
    assert ("王建业", "董事长", "山东泰和实业集团有限公司") in _positions(facts)


def test_a_body_written_with_and_without_its_city_is_named_by_the_fuller_form() -> None:
    # 上海市某基金会, 上海某基金会 and 某基金会 on one page: one body, named by the fuller form, the others its aliases
    facts = _facts("上海市松岚公益基金会召开理事会，选举方立明为理事长。上海松岚公益基金会秘书长王晓红作报告。"
                   "松岚公益基金会副理事长李建国主持会议。")
    org = next(f for f in facts if f["kind"] == "organization" and f["name"] == "上海市松岚公益基金会")
    assert {"上海松岚公益基金会", "松岚公益基金会"} <= set(org.get("aliases", []))
    assert {("方立明", "理事长", "上海市松岚公益基金会"), ("王晓红", "秘书长", "上海市松岚公益基金会"),
            ("李建国", "副理事长", "上海市松岚公益基金会")} <= _positions(facts)
    assert not _orgs(facts) & {"上海松岚公益基金会", "松岚公益基金会"}


def test_a_unit_under_the_short_form_of_a_body_the_page_writes_in_full_takes_the_fuller_form() -> None:
    facts = _facts("宁波市松岚公益基金会理事长方立明出席。宁波松岚公益基金会项目部主管王晓红通报数据。")
    assert ("王晓红", "主管", "宁波市松岚公益基金会项目部") in _positions(facts)


def test_a_unit_s_head_with_no_body_written_heads_the_quoted_facility_named_before() -> None:
    # 某街道“爱心驿站”揭牌…。站长由甲兼任: the facility's name ends in its quoted brand, the unit's character inside the marks
    facts = _facts("6月18日上午，青萝街道“职工暖心驿站”揭牌仪式在朝阳路举行。驿站全天开放。站长由青萝街道总工会副主席柯远帆兼任。",
                   date="2023-06-19")
    assert ("柯远帆", "站长", "青萝街道“职工暖心驿站”") in _positions(facts)


def test_a_law_firm_written_by_its_short_ending_is_the_firm_the_page_writes_in_full() -> None:
    # 某某律所 (律所 for 律师事务所, data/lexicons/abbreviated_endings.tsv) on a page writing 江苏某某律师事务所: one firm
    facts = _facts("江苏松岚律师事务所向区慈善总会捐赠10万元。工作站站长由松岚律所律师柯远帆担任，松岚律所主任温听雨出席。")
    org = next(f for f in facts if f["kind"] == "organization" and f["name"] == "江苏松岚律师事务所")
    assert "松岚律所" in org.get("aliases", [])
    assert {("柯远帆", "律师", "江苏松岚律师事务所"), ("温听雨", "主任", "江苏松岚律师事务所")} <= _positions(facts)
    assert "由松岚" not in {f["name"] for f in facts if f["kind"] == "person"}


def test_a_body_written_by_its_short_ending_is_the_body_the_page_writes_in_full() -> None:
    facts = _facts("7月2日，湖州市佛教协会与上海市台湾同胞联谊会举办义诊。市台联副会长钟望舒主持，湖州市佛协副会长何远帆致辞。"
                   "省伊协会长裘青禾出席。")
    assert {("钟望舒", "副会长", "上海市台湾同胞联谊会"), ("何远帆", "副会长", "湖州市佛教协会")} <= _positions(facts)
    assert {"市台联", "湖州市佛协"}.isdisjoint(_orgs(facts))
    assert ("裘青禾", "会长", "省伊协") in _positions(facts)  # no full form written: the short form stays
    # 市卫健委 after 临江市卫生健康委员会: the health commission's short ending stands for the one written in full
    facts = _facts("11月2日，临江市卫生健康委员会、临江市民政局联合召开会议。市卫健委副主任柯望舒讲话。")
    assert ("柯望舒", "副主任", "临江市卫生健康委员会") in _positions(facts)
    assert not [o for o in _orgs(facts) if o.endswith("卫健委")]


def test_surname_and_title_refers_back_to_the_known_person() -> None:
    facts = _facts("6月10日，湖北省慈善总会秘书长柳文涛出席会议。会上，柳秘书长通报了工作进展。")
    assert ("柳文涛", "speaker") in _participation(facts)


def test_surname_and_title_refers_back_to_a_padded_name_written_closed() -> None:
    facts = _facts("6月10日，考察组成员：\n柳　涛　市慈善总会副会长\n会上，柳副会长介绍了工作进展。")
    assert ("柳涛", "speaker") in _participation(facts)
    assert not [f for f in facts if f["kind"] == "person" and " " in f["name"]]


def test_the_publishers_own_word_in_a_title_naming_a_visitor_is_the_publisher() -> None:
    # 某会来我会考察交流: the body the title names is the visitor; 我会 in the text is the page's publisher
    body = "6月10日，南川市慈善总会会长柳文涛一行来我会考察交流。我会会长乔远帆，常务副会长柯望等接待了客人。"
    article = Article("t", "南川市慈善总会来我会考察交流\n" + body, title="南川市慈善总会来我会考察交流", date="2023-06-12", publisher="北山市慈善总会", body_start=15)
    positions = _positions([f.to_record() for f in extract_article(article).facts])
    assert {("乔远帆", "会长", "北山市慈善总会"), ("柯望", "常务副会长", "北山市慈善总会")} <= positions
    assert not [p for p in positions if p[0] in ("乔远帆", "柯望") and p[2] != "北山市慈善总会"]


def test_possessive_surname_title_is_no_mention() -> None:
    article = Article("t", "上海市慈善基金会理事长习明出席。习主席的讲话提出了新要求。", date="2024-05-08", body_start=0)
    views = analyse(article).views
    assert [p.text for p in views[0].persons] == ["习明"]
    assert views[1].persons == []


def test_surname_title_mention_names_the_full_person() -> None:
    article = Article("t", "上海市慈善基金会理事长习明出席。习理事长讲话。", date="2024-05-08", body_start=0)
    views = analyse(article).views
    assert [p.info.get("refers") for p in views[1].persons] == ["习明"]


def test_second_cue_joined_by_bing_shares_the_subjects() -> None:
    facts = _facts("6月10日，湖北省民政厅副厅长陶红、中华慈善总会副会长高明远出席会议并致辞。")
    assert {("陶红", "speaker"), ("高明远", "speaker")} <= _participation(facts)


def test_noun_use_of_convene_is_no_chair() -> None:
    facts = _facts("6月10日，合肥市民政局局长许国华出席会议。许国华代表合肥市民政局对大会的顺利召开表示祝贺。")
    participation = _participation(facts)
    assert ("许国华", "chair") not in participation
    assert ("许国华", "speaker") in participation


def test_witness_under_construction() -> None:
    facts = _facts("8月23日，在四川省民政厅副厅长晏少华的见证下，双方签署了协议。", date="2023-08-25")
    assert ("晏少华", "witness") in _participation(facts)


def test_study_visit_is_no_reference_to_the_next_clause() -> None:
    facts = _facts("4月14日，南京市慈善总会会长冯启明带队赴无锡学习交流，副秘书长沈一鸣随同。")
    assert ("沈一鸣", "attendee") in _participation(facts)


def test_byline_author_is_a_person_with_no_part_in_the_story() -> None:
    text = "标题\n\n2021-11-02 作者:沈佳怡 来源:杭州市慈善总会\n\n6月1日，会长张明华出席会议。"
    article = Article("t", text, title="标题", date="2021-11-02", publisher="杭州市慈善总会", body_start=text.index("6月"))
    facts = extract_article(article).facts
    assert "沈佳怡" in {f.fields["name"] for f in facts if f.kind == "person"}
    assert not [f for f in facts if f.kind in ("participation", "position") and f.fields.get("person") == "沈佳怡"]


def test_a_printed_page_s_proofreader_and_layout_credits_name_persons() -> None:
    # a newspaper page's foot credits the editor, the proofreader (审读), the typesetter (组版) and the layout (版式)
    text = "标题\n\n6月1日，会长张明华出席会议。\n\n编辑：沈佳怡　审读：柏长风　组版：祝晓禾　版式：郑雨田"
    article = Article("t", text, title="标题", date="2021-11-02", publisher="", body_start=text.index("6月"))
    facts = extract_article(article).facts
    assert {"沈佳怡", "柏长风", "祝晓禾", "郑雨田"} <= {f.fields["name"] for f in facts if f.kind == "person"}
    assert not [f for f in facts if f.kind in ("participation", "position") and f.fields.get("person") in ("柏长风", "祝晓禾", "郑雨田")]


def test_a_law_enforcement_bureau_is_a_government_body_holding_its_posts() -> None:
    # 综合行政执法局 (城管执法局): a county's or city's enforcement bureau, named like any other 局
    facts = _facts("6月3日，苏州市吴江区综合行政执法局副局长林望舒参加慰问。")
    assert ("林望舒", "副局长", "苏州市吴江区综合行政执法局") in _positions(facts)


def test_office_byline_is_no_person() -> None:
    text = "标题\n\n2021-11-02 作者:办公室 来源:某市慈善总会\n\n正文。"
    article = Article("t", text, title="标题", date="2021-11-02", publisher="某市慈善总会", body_start=text.index("正文"))
    assert not [f for f in extract_article(article).facts if f.kind == "person"]


def test_self_reference_zonghui_is_the_publisher() -> None:
    facts = _facts("4月14日，南京市慈善总会会长冯启明带队赴无锡市慈善总会学习，总会副秘书长沈一鸣随同。", publisher="南京市慈善总会")
    assert ("沈一鸣", "副秘书长", "南京市慈善总会") in _positions(facts)


def test_ben_hui_is_the_body_the_page_declares_itself_not_the_federation_named_most() -> None:
    facts = _facts(
        "本基金會（仁泰慈善基金會，Yan Tai Charitable Foundation）與杭州市慈善總會於5月11日舉行協議簽署儀式。"
        "杭州市慈善總會會長鄧國平率團出席。本會主席馮志遠先生致歡迎辭，本會創會主席衛思明先生亦有出席。"
    )
    positions = _positions(facts)
    assert ("馮志遠", "主席", "仁泰慈善基金會") in positions
    assert ("衛思明", "創會主席", "仁泰慈善基金會") in positions
    assert ("馮志遠", "主席", "杭州市慈善總會") not in positions


def test_a_short_form_declared_in_brackets_names_its_body_before_a_title() -> None:
    facts = _facts(
        "7月1日上午，澳门晨光青年服务协会（Morning Light Youth Service Association，简称“晨光会”）理事长邓嘉朗一行到访"
        "无锡市慈善总会。晨光会秘书长欧阳美芬介绍了协会的社区服务。"
    )
    assert ("欧阳美芬", "秘书长", "澳门晨光青年服务协会") in _positions(facts)


def test_taiwan_and_hong_kong_association_titles_are_titles() -> None:
    facts = _facts("7月1日，台北市弘仁社會福利基金會執行長江美玉、香港東方慈善聯誼會名譽主席梁家豪到访。")
    positions = _positions(facts)
    assert ("江美玉", "執行長", "台北市弘仁社會福利基金會") in positions
    assert ("梁家豪", "名譽主席", "香港東方慈善聯誼會") in positions


def test_gai_plus_ending_refers_to_the_latest_such_organization() -> None:
    facts = _facts("考察团走访了深圳市南山区桃源社区基金会。该基金会理事长黎晓燕介绍了经验。")
    assert ("黎晓燕", "理事长", "深圳市南山区桃源社区基金会") in _positions(facts)


def test_a_bare_ending_in_a_later_paragraph_is_the_body_the_page_names_most_not_a_guests() -> None:
    """研讨会由甲研究院主办 … 乙研究院研究员丙作报告。¶ 研究院副院长丁…: a guest's body of the same ending named in a
    paragraph before is not the one the bare ending stands for; in its own paragraph the latest one still is."""
    facts = _facts(
        "6月10日，研讨会由海州大学慈善法治研究院主办，海州大学慈善法治研究院院长邵国华致辞。\n"
        "东川法学研究院研究员钱立德作报告。\n"
        "研究院副院长韩晓光主持讨论。东川公益基金会理事长王明远到会，该基金会秘书长李小红发言。"
    )
    positions = _positions(facts)
    assert ("韩晓光", "副院长", "海州大学慈善法治研究院") in positions
    assert ("韩晓光", "副院长", "东川法学研究院") not in positions
    assert ("李小红", "秘书长", "东川公益基金会") in positions


def test_city_government_short_form_resolves_to_the_peoples_government() -> None:
    facts = _facts("3月11日，南昌市慈善总会召开理事会。市政府副秘书长万晓军出席。万晓军代表南昌市人民政府讲话。")
    assert ("万晓军", "副秘书长", "南昌市人民政府") in _positions(facts)


def test_generic_company_noun_is_not_an_organization() -> None:
    assert "信托公司" not in _orgs(_facts("无锡市慈善总会与多家信托公司合作设立慈善信托。"))


def test_ordinal_stays_in_a_hospital_name() -> None:
    assert "南昌市第一医院" in _orgs(_facts("南昌市第一医院院长涂明辉出席会议。"))


def test_future_successor_is_next_years_chair() -> None:
    facts = _facts(
        "2022年5月20日，中部六省慈善协作联席会议在武汉召开。湖南省慈善总会将认真做好接任轮值主席的各项准备工作。"
    )
    years = {f["year"] for f in facts if f["kind"] == "chair_term"}
    assert years <= {"2023"}


def test_same_day_refers_to_the_day_named_before() -> None:
    facts = _facts("9月5日是中华慈善日。当天上午，启动仪式在海口举行，省慈善总会会长符永清出席。", publisher="海南省慈善总会", date="2019-09-06")
    dates = {f["event_date"] for f in facts if f["kind"] == "participation"}
    assert dates == {"2019-09-05"}


def test_names_with_a_middle_dot() -> None:
    facts = _facts("自治区慈善总会会长艾尔肯·吐尔逊，副会长阿依古丽·买买提参加会议。会议由艾尔肯·吐尔逊会长主持。", publisher="新疆维吾尔自治区慈善总会")
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert people == {"艾尔肯·吐尔逊", "阿依古丽·买买提"}
    assert ("艾尔肯·吐尔逊", "chair") in _participation(facts)


def test_names_before_the_election_verb() -> None:
    facts = _facts("福建省慈善总会第四届理事会第六次会议在福州召开。林国栋当选为福建省慈善总会会长；吴美玲、张启明增补为副会长。")
    positions = _positions(facts)
    assert ("林国栋", "会长", "福建省慈善总会") in positions
    assert {("吴美玲", "副会长", "福建省慈善总会"), ("张启明", "副会长", "福建省慈善总会")} <= positions


def test_federation_title_without_organization_in_its_own_meeting() -> None:
    text = "福建省慈善总会第四届理事会第六次会议在福州召开。会议听取了秘书长陈少彬所作的工作报告。副市长王某出席。"
    positions = _positions(_facts(text))
    assert ("陈少彬", "秘书长", "福建省慈善总会") in positions
    assert not any(p == "王某" for p, _, _ in positions), "a government title never takes the meeting's body"


def test_schooling_stage_is_no_university() -> None:
    facts = _facts("专项基金将资助困难家庭大学新生，市慈善总会会长方立群出席。")
    assert not any(name.endswith("大学") for name in _orgs(facts))


def test_conjunction_does_not_start_a_name() -> None:
    facts = _facts("会议选举李德富为会长，全体理事和会员代表出席。", publisher="蓬溪县慈善会")
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert "和会员" not in people and "李德富" in people


def test_preposition_surnames_still_make_names() -> None:
    facts = _facts("省慈善总会副会长于海涛、秘书长向红梅出席。", publisher="山东省慈善总会")
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert {"于海涛", "向红梅"} <= people


def test_name_introducers_make_people_but_no_posts() -> None:
    facts = _facts("晚会由主持人陈晓、林珊主持。受助学生代表王雨萱发言。市慈善总会会长方立群出席。", publisher="佛山市慈善会")
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert {"陈晓", "林珊", "王雨萱"} <= people
    assert not any(role in ("代表", "主持人") for _, role, _ in _positions(facts))
    assert {("陈晓", "chair"), ("林珊", "chair"), ("王雨萱", "speaker")} <= _participation(facts)


def test_trade_name_after_a_place_stays_in_the_name() -> None:
    facts = _facts("江苏鼎新信托有限责任公司副总裁邵永明出席签约仪式。")
    assert ("邵永明", "副总裁", "江苏鼎新信托有限责任公司") in _positions(facts)


def test_renamed_organization_keeps_its_former_name_as_alias() -> None:
    facts = _facts("经批准，宁波市慈善协会更名为宁波市慈善总会。宁波市慈善总会会长王某出席。")
    org = next(f for f in facts if f["kind"] == "organization" and f["name"] == "宁波市慈善总会")
    assert "宁波市慈善协会" in org.get("aliases", [])
    assert "宁波市慈善协会" not in _orgs(facts)


def test_without_publication_date_the_year_comes_from_the_text() -> None:
    facts = _facts("11月24日下午，2022年长三角慈善一体化联席会议在湖州召开，省慈善总会会长卢永年出席。", date="")
    assert {f["event_date"] for f in facts if f["kind"] == "participation"} == {"2022-11-24"}


def test_conjunction_inside_one_name_but_not_between_two() -> None:
    facts = _facts("安徽大学社会与政治学院教授胡晓东、湖南师范大学与湖南省慈善总会的代表出席。")
    assert ("胡晓东", "教授", "安徽大学社会与政治学院") in _positions(facts)
    assert "湖南师范大学与湖南省慈善总会" not in _orgs(facts)


def test_a_line_in_parentheses_is_page_noise() -> None:
    text = "标题\n\n2017年9月9日 来源:东莞市红十字会\n\n9月9日，东莞市红十字会会长梁丽珍出席活动。\n（东莞市红十字会宣传部）\n"
    article = Article("t", text, title="标题", date="2017-09-09", publisher="东莞市红十字会", body_start=text.index("9月9日"))
    names = {f.fields["name"] for f in extract_article(article).facts if f.kind == "organization"}
    assert names == {"东莞市红十字会"}


def test_well_known_abbreviation_is_an_organization() -> None:
    facts = _facts("中慈联副秘书长刘建勋出席论坛。")
    assert ("刘建勋", "副秘书长", "中慈联") in _positions(facts)


def test_page_footer_after_the_text_ends_it() -> None:
    text = ("标题\n\n2021年4月16日 来源:济南市慈善总会\n\n分享到：微信\n\n4月15日，济南市慈善总会会长王德昌出席捐赠仪式。\n\n"
            "【打印本页】【关闭窗口】\n\n主办单位：济南市慈善总会　　备案号：鲁ICP备09011234号\n")
    article = Article("t", text, title="标题", date="2021-04-16", publisher="济南市慈善总会", body_start=text.index("分享到"))
    facts = [f.to_record() for f in extract_article(article).facts]
    assert ("王德昌", "attendee") in _participation(facts)
    assert not any(f["kind"] == "participation" and f.get("organization") for f in facts), "a footer's 主办单位 hosts nothing"


@pytest.mark.parametrize("heading", ["往期推荐", "往期回顾", "推荐阅读", "往期推薦", "【相关新闻】", "相关推荐", "延伸阅读：",
                                     "相關新聞：", "【相关文章】", "猜你喜欢"])
def test_list_of_earlier_articles_under_the_text_gives_no_facts(heading: str) -> None:
    text = ("标题\n\n5月9日上午，某市慈善总会会长郑明远出席捐赠仪式。\n\n编辑：许文静\n\n"
            f"{heading}\n▶ 某市慈善总会召开二届三次理事会（2026-04-15）\n▶ 庞会长一行赴某县调研慈善工作\n"
            "▶ 会长韦德昌出席全市社会组织推进会\n\n阅读原文\n分享 在看 点赞\n")
    article = Article("t", text, title="标题", date="2026-05-10", publisher="某市慈善总会", body_start=text.index("5月9日"))
    facts = [f.to_record() for f in extract_article(article).facts]
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert "郑明远" in people or ("郑明远", "attendee") in _participation(facts)
    assert "韦德昌" not in people, "a title in the list of earlier articles names no one on this page"
    assert "许文静" in people, "the byline above the list is still read"
    assert {f["date"] for f in facts if f["kind"] == "event"} <= {"2026-05-09"}


def test_a_related_reading_heading_over_a_paragraph_is_read_on() -> None:
    # 相关阅读 over a report of its own (sentences, not titles) is a box of the page's text: its meeting and people count
    text = ("标题\n\n3月5日，某市民政局发布慈善工作要点。\n\n某市民政局\n2026年3月5日\n\n相关阅读\n\n"
            "　　2月20日，市民政局召开慈善条例宣传工作座谈会。市民政局副局长钟叔衡主持会议，某律师事务所主任骆青禾"
            "围绕募捐备案和信息公开条款作了解读，与会人员就基层宣传提出了意见和建议。\n\n【打印】【关闭】\n")
    article = Article("t", text, title="标题", date="2026-03-05", publisher="某市民政局", body_start=text.index("3月5日"))
    facts = [f.to_record() for f in extract_article(article).facts]
    assert ("钟叔衡", "chair") in _participation(facts)
    assert "2026-02-20" in {f["date"] for f in facts if f["kind"] == "event"}


def test_a_portal_footer_naming_the_site_s_sponsor_and_operator_names_no_organization() -> None:
    # 主办单位：甲　承办单位：乙 under a reposted item is the website's imprint (reprints README), not the item's hosts
    text = ("标题\n\n5月9日上午，东湖区慈善协会会长郑明远出席捐赠仪式。\n\n责任编辑：许文静\n\n"
            "主办单位：临溪县民政局　　承办单位：临溪县民政局信息中心\n鲁ICP备01234567号-1\n")
    article = Article("t", text, title="标题", date="2026-05-10", publisher="东湖区慈善协会", body_start=text.index("5月9日"))
    facts = [f.to_record() for f in extract_article(article).facts]
    assert ("郑明远", "attendee") in _participation(facts)
    assert {f["name"] for f in facts if f["kind"] == "organization"} == {"东湖区慈善协会"}


@pytest.mark.parametrize("cells", ["侯　哲　　穆　岚　　邵文渊", "侯哲　穆岚　邵文渊"])
def test_award_list_after_a_colon_with_gaps_for_commas(cells: str) -> None:
    facts = _facts(f"获奖名单\n▶ 爱心个人：{cells}\n")
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert {"侯哲", "穆岚", "邵文渊"} <= people


def test_names_without_a_han_surname_after_a_title() -> None:
    facts = _facts("自治区慈善总会副会长哈斯巴根，市民政局副局长乌云其其格，会长常建国出席大会。", publisher="呼和浩特市慈善总会")
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert {"哈斯巴根", "乌云其其格", "常建国"} <= people


def test_ordinary_words_after_a_title_are_no_name() -> None:
    facts = _facts("会议审议了理事变更事项，发挥委员专业优势，会长葛文琪手中接过会旗。")
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert not people & {"变更事项", "专业优势", "葛文琪手中"}


def _people(facts: list[dict]) -> set[str]:
    return {f["name"] for f in facts if f["kind"] == "person"}


def test_byline_names_are_people_without_post_or_participation() -> None:
    facts = _facts("本报讯(记者 马晓琳)6月10日，某市慈善协会召开会议，会长杜宏文出席。\n（本报记者 宋一扬 通讯员 黄小倩 冯嘉）\n[ 责任编辑:刘雅琪 ]")
    assert {"马晓琳", "宋一扬", "黄小倩", "冯嘉", "刘雅琪"} <= _people(facts)
    present = {who for who, _ in _participation(facts)}
    assert "杜宏文" in present and not present & {"马晓琳", "宋一扬", "黄小倩", "冯嘉", "刘雅琪"}


def test_a_deputy_editor_in_chief_is_a_title_not_a_byline() -> None:
    facts = _facts("6月10日，杭州日报报业集团副总编辑金晓冬出席会议。")
    assert ("金晓冬", "副总编辑", "杭州日报报业集团") in _positions(facts)


def test_no_date_anywhere_gives_no_participation() -> None:
    facts = _facts("某市慈善协会召开会议，会长杜宏文出席并讲话。", date="")
    assert "杜宏文" in _people(facts) and not _participation(facts)


def test_pinyin_conversion_artefacts_are_noise() -> None:
    from kg.loaders import article_from_text

    article = article_from_text("區(qū)委書記于靜出席南關區(qū)慈善總會(huì)成立大會。", "t")
    assert "(qū)" not in article.text and "南關區慈善總會成立大會" in article.text


def test_appointment_with_an_ordinal_and_the_organization_before_the_title() -> None:
    facts = _facts("10月11日，庆阳市慈善协会召开会议，会议增补冯志明为第二届庆阳市慈善协会副会长，增补冯志明、韩玉森为第二届庆阳市慈善协会常务理事。")
    positions = _positions(facts)
    assert ("冯志明", "副会长", "庆阳市慈善协会") in positions
    assert {("冯志明", "常务理事", "庆阳市慈善协会"), ("韩玉森", "常务理事", "庆阳市慈善协会")} <= positions


def test_elected_without_wei_in_the_council_the_sentence_names() -> None:
    facts = _facts("4月12日，全体代表选举出海口江东新区慈善总会首届理事会组成人员，邢德明当选会长，云海波当选副会长。")
    assert {("邢德明", "会长", "海口江东新区慈善总会"), ("云海波", "副会长", "海口江东新区慈善总会")} <= _positions(facts)


def test_a_count_after_a_name_still_names_the_person() -> None:
    facts = _facts("12月6日，海伦市慈善总会召开第二次会员代表大会。会议聘请程志明等6人为荣誉会长。")
    assert ("程志明", "荣誉会长", "海伦市慈善总会") in _positions(facts)


def test_an_undated_meeting_still_tells_which_body_elects() -> None:
    facts = _facts("11月26日上午，曲靖市慈善总会召开第二届会员大会。曲靖市民政局局长段志明同志当选新一届理事会会长。", date="")
    assert ("段志明", "会长", "曲靖市慈善总会") in _positions(facts)


def test_an_organization_name_starts_at_its_place_not_in_the_clause_before() -> None:
    orgs = _orgs(_facts("9月14日，正值决战的紧要关头金州区慈善总会会长谭岳明一行来到水城县。"))
    assert "金州区慈善总会" in orgs and not any(name.startswith("紧要") for name in orgs)


def test_a_sub_unit_ending_counts_before_a_title_only() -> None:
    facts = _facts("6月12日，贵阳市民政局社会组织管理处处长杨晓明出席会议，财务部部长季红英介绍情况。")
    assert ("杨晓明", "处长", "贵阳市民政局社会组织管理处") in _positions(facts)
    assert "财务部" not in _orgs(facts)


def test_a_county_short_form_takes_the_county_of_the_title() -> None:
    article = Article("t", "洪洞县举办慈善大会\n4月18日，县民政局局长吉晓明出席。", title="洪洞县举办慈善大会", date="2025-04-21", publisher="", body_start=10)
    positions = {(f.fields["person"], f.fields["organization"]) for f in extract_article(article).facts if f.kind == "position"}
    assert ("吉晓明", "洪洞县民政局") in positions


def test_a_district_short_form_inside_a_phrase_is_no_home() -> None:
    facts = _facts("4月18日，助推乡村振兴，省慈善协会会长郝志明出席。")
    assert ("郝志明", "会长", "省慈善协会") in _positions(facts)


def test_city_leaders_listed_after_shi_lingdao_are_people() -> None:
    facts = _facts("6月10日，市领导范德明、葛一军、闫秀英出席大会。")
    assert {"范德明", "葛一军", "闫秀英"} <= _people(facts)


def _dates(facts: list[dict]) -> set[str]:
    return {f["event_date"] for f in facts if f["kind"] == "participation"}


def test_a_year_in_a_clause_about_the_past_dates_no_event() -> None:
    facts = _facts("某新区慈善总会于4月12日宣告成立，会长王家明出席。某新区2018年4月设立以来，发展迅速。", date="")
    assert not _participation(facts)


def test_an_annual_report_is_presented_the_year_after() -> None:
    facts = _facts("5月16日，沈阳市慈善协会召开会议，会长刘长明主持。会议审议通过了《沈阳市慈善协会2024年度财务决算报告》。", date="")
    assert _dates(facts) == {"2025-05-16"}


def test_a_dateline_is_the_filing_day_and_riqian_the_month() -> None:
    facts = _facts("台湾网1月27日漳州消息 日前，漳州市2014年慈善暖冬活动启动仪式举办，市台协会长吴承明出席。", date="")
    assert _dates(facts) == {"2014-01"}


def test_a_dateline_at_the_head_of_an_indented_paragraph_is_the_filing_day() -> None:
    body = "　　江城网6月3日消息：6月2日上午，江城市慈善协会召开二届五次理事会，会长董立衡主持会议。市民政局局长柯明远出席会议并讲话。"
    assert _dates(_facts(body, date="2027-06-04")) == {"2027-06-02"}


@pytest.mark.parametrize("written, day", [("6月3O日", "2026-06-30"), ("6月I2日", "2026-06-12"), ("2O25年6月1l日", "2025-06-11")])
def test_a_scanned_page_s_letters_for_0_and_1_in_a_date_are_its_digits(written: str, day: str) -> None:
    body = f"{written}上午，江城市慈善协会召开二届五次理事会，会长柯望舒主持会议。ISO2015年版认证不是日期。"
    assert _dates(_facts(body, date="2026-07-02")) == {day}


def test_a_day_after_the_page_date_with_no_year_is_in_the_year_written_before() -> None:
    body = ("2025年7月下旬，台风影响江城期间，公司向江城市慈善总会捐赠防汛物资。"
            "7月29日，公司副总裁柯望舒将首批物资送至江城市慈善总会，市慈善总会常务副会长温以宁接收物资。")
    assert _dates(_facts(body, date="2026-04-22")) == {"2025-07-29"}


def test_the_day_before_the_event_told_after_it_is_no_day_that_dangqian_counts_from() -> None:
    body = ("10月9日，江城市慈善年会在江城召开，会长董立衡主持。\n"
            "　　会前一天即8日下午，各区秘书长碰头会召开，秘书长柯明远主持。\n"
            "　　当天下午，年度爱心人物颁奖仪式举行，副会长温若溪主持仪式。")
    facts = _facts(body, date="2027-10-12")
    chairs = {(f["person"], f["event_date"]) for f in facts if f["kind"] == "participation" and f["role"] == "chair"}
    assert chairs == {("董立衡", "2027-10-09"), ("柯明远", "2027-10-08"), ("温若溪", "2027-10-09")}, chairs


def test_the_head_of_the_sentence_speaks_when_a_cue_follows_an_object() -> None:
    facts = _facts("4月16日，南昌慈善总会会长喻德明接待了考察团。座谈会上，喻德明对仲会长一行的到来表示欢迎。")
    assert ("喻德明", "speaker") in _participation(facts)


def test_joint_party_and_government_is_no_organization() -> None:
    assert not any("政府" in name for name in _orgs(_facts("6月10日，贯彻江门市委市政府有关意见，区慈善总会会长李耀明出席。")))


def test_a_rank_before_a_title_qualifies_it() -> None:
    facts = _facts("6月12日，贵阳市社会科学界联合会党组成员、正处级副主席涂建明出席。")
    assert ("涂建明", "副主席", "贵阳市社会科学界联合会") in _positions(facts)


def test_a_semicolon_list_keeps_the_organization() -> None:
    facts = _facts("1月16日，江门市蓬江区慈善总会会长李耀明、常务副会长黄伟明；副会长谭家明、林颖；秘书长甄伟明出席。")
    assert {("谭家明", "副会长", "江门市蓬江区慈善总会"), ("甄伟明", "秘书长", "江门市蓬江区慈善总会")} <= _positions(facts)


def test_an_office_title_takes_no_organization_from_a_chain() -> None:
    facts = _facts("8月11日，朗县县委常委、副县长郑晓明主持仪式。")
    assert ("郑晓明", "常委", "朗县县委") in _positions(facts)
    assert not [p for p in _positions(facts) if p[1] == "副县长"]


def test_a_four_character_name_without_a_han_surname_before_a_cue() -> None:
    assert "次仁旺堆" in _people(_facts("8月11日，朗县县委副书记、县长次仁旺堆出席启动仪式。"))


def test_a_four_character_minority_name_whose_first_character_is_a_surname() -> None:
    facts = _facts("5月8日，德格县民政局局长白玛拉宗，昭觉县慈善会会长吉克木呷出席捐赠仪式。")
    assert {"白玛拉宗", "吉克木呷"} <= _people(facts)
    assert not {"白玛拉", "吉克木"} & _people(facts)
    assert ("吉克木呷", "会长", "昭觉县慈善会") in _positions(facts)


def test_an_adverb_after_a_three_character_name_is_no_fourth_character() -> None:
    people = _people(_facts("5月8日，座谈会上，慈善会会长阚立新、秘书长温建平均表示将全力支持。"))
    assert "温建平" in people and "温建平均" not in people


def test_an_autonomous_place_by_its_short_name_is_not_cut_to_a_shorter_place_inside() -> None:
    facts = _facts("9月2日，景宁县慈善总会会长钟瑞林，通道县民政局局长杨春生出席签约仪式。")
    assert {"景宁县慈善总会", "通道县民政局"} <= _orgs(facts)
    assert ("杨春生", "局长", "通道县民政局") in _positions(facts)
    assert not {"宁县慈善总会", "道县民政局"} & _orgs(facts)


_CONGRESS = "6月10日，江西省慈善总会召开第五次会员代表大会。"


def test_a_long_list_closed_by_one_ren() -> None:
    positions = _positions(_facts(_CONGRESS + "张明华、李建国、王大伟……任副会长，赵小军任秘书长。"))
    assert {("王大伟", "副会长", "江西省慈善总会"), ("赵小军", "秘书长", "江西省慈善总会")} <= positions


def test_honorary_title_after_an_abbreviated_organization() -> None:
    positions = _positions(_facts(_CONGRESS + "会议聘请张明华、李建国任总会名誉会长。"))
    assert {("张明华", "名誉会长", "江西省慈善总会"), ("李建国", "名誉会长", "江西省慈善总会")} == positions


def test_a_count_with_several_titles_gives_people_not_guessed_posts() -> None:
    facts = _facts(_CONGRESS + "会议选举市政府咨询张明华等16名同志为会长、副会长、秘书长。")
    assert "张明华" in _people(facts) and not _positions(facts)


def test_a_vote_on_a_list_of_council_members() -> None:
    positions = _positions(_facts(_CONGRESS + "表决通过张明华、李建国等56人为第一届理事会理事。"))
    assert {("张明华", "理事", "江西省慈善总会"), ("李建国", "理事", "江西省慈善总会")} == positions


def test_garbled_dates_take_the_reading_not_after_the_page_date() -> None:
    from kg.extract.dates import find_dates

    assert [d.value for d in find_dates("2016712，会议召开", "2016-07-20")] == ["2016-07-12"]
    assert [d.value for d in find_dates("2017123日，会议召开", "2017-12-10")] == ["2017-12-03"]
    assert [d.value for d in find_dates("2017123日，会议召开", "2017-02-01")] == ["2017-01-23"]
    assert not find_dates("累计救助201812人次", "2019-01-01")
    assert [d.value for d in find_dates("2023815下午，义卖会在广场举行", "2023-08-18")] == ["2023-08-15"]
    assert not find_dates("捐款2023815元，用于助学", "2023-08-18")


def test_a_second_body_after_jian_keeps_both_titles() -> None:
    positions = _positions(_facts("1月27日，漳州市民政局局长兼漳州市慈善总会常务副会长林建明出席。"))
    assert {("林建明", "局长", "漳州市民政局"), ("林建明", "常务副会长", "漳州市慈善总会")} <= positions


def test_a_short_form_completed_from_a_traditional_page_keeps_its_script() -> None:
    article = Article("t", "廣州市慈善會舉辦論壇\n11月24日，市慈善會會長鄺志明出席。", title="廣州市慈善會舉辦論壇", date="2012-11-25", publisher="", body_start=11)
    positions = {(f.fields["person"], f.fields["organization"]) for f in extract_article(article).facts if f.kind == "position"}
    assert ("鄺志明", "廣州市慈善會") in positions


def test_a_volunteer_team_is_a_body_and_its_leader_holds_a_post() -> None:
    facts = _facts("11月20日，成都市慈善总会宣传部部长肖丽娟、志愿者总队队长唐建明以及互联网募捐办公室主任王海明作了交流。")
    positions = _positions(facts)
    assert ("唐建明", "队长", "志愿者总队") in positions and ("王海明", "主任", "互联网募捐办公室") in positions


def _persons(facts: list[dict]) -> set[str]:
    return {f["name"] for f in facts if f["kind"] == "person"}


def test_a_collective_noun_is_no_person() -> None:
    # 师 and 干 are surnames, and 代表 a title: 师生代表, 干部代表 look like a name before a title
    facts = _facts("6月10日，某市慈善总会会长张建国看望学校师生，师生代表李明致辞。校长刘德华、师生代表、群众代表和干部代表出席。")
    persons = _persons(facts)
    assert {"张建国", "李明", "刘德华"} <= persons
    assert not persons & {"师生", "校师生", "群众", "干部"}
    assert not {p for p, _ in _participation(facts)} & {"师生", "群众", "干部"}


def test_level_party_committee_holding_a_post_is_completed_by_the_home_place() -> None:
    facts = _facts("6月1日，市委书记贺明远出席会议。", publisher="南通市慈善总会")
    assert ("贺明远", "书记", "南通市委") in _positions(facts)


def test_well_known_bodies_without_an_ending_are_organizations() -> None:
    facts = _facts("6月1日，民盟中央副主席贺明远与世界卫生组织代表出席论坛。")
    assert {"民盟中央", "世界卫生组织"} <= _orgs(facts)
    assert ("贺明远", "副主席", "民盟中央") in _positions(facts)


def test_sub_unit_named_by_what_it_does_keeps_its_parent() -> None:
    facts = _facts("6月1日，南通市红十字会应急救护培训中心主任贺明远授课。")
    assert ("贺明远", "主任", "南通市红十字会应急救护培训中心") in _positions(facts)
    facts = _facts("6月1日，南通市慈善总会接收祥瑞电器有限公司捐款。")
    assert "南通市慈善总会接收祥瑞电器有限公司" not in _orgs(facts)


def test_short_company_name_before_a_company_title() -> None:
    facts = _facts("5月9日，祥瑞机电董事长贺明远、省慈善总会会长卢建华出席捐赠仪式。", publisher="江苏省慈善总会")
    assert ("贺明远", "董事长", "祥瑞机电") in _positions(facts)
    assert "上海科技" not in _orgs(_facts("5月9日，上海科技董事长贺明远出席。"))


def test_street_and_community_before_a_title_held_in_them() -> None:
    facts = _facts("6月1日，石桥路街道党工委书记贺明远、柳岸社区党委书记卢建华陪同走访。")
    assert ("贺明远", "党工委书记", "石桥路街道") in _positions(facts)
    assert ("卢建华", "党委书记", "柳岸社区") in _positions(facts)


def test_clause_initial_year_dates_an_episode_of_a_retrospective() -> None:
    facts = _facts("2019年，市慈善总会会长贺明远出席了首届慈善论坛并致辞。2021年，他主持了第二届论坛。", publisher="南通市慈善总会")
    dated = {(f["person"], f["event_date"], f["role"]) for f in facts if f["kind"] == "participation"}
    assert ("贺明远", "2019", "speaker") in dated and ("贺明远", "2021", "chair") in dated
    facts = _facts("2019年成立的市慈善总会会长贺明远出席了论坛。", publisher="南通市慈善总会")
    assert {f["event_date"] for f in facts if f["kind"] == "participation"} == {"2023-06-12"}


def test_chair_terms_from_a_rotation_record() -> None:
    facts = _facts("8月25日，五市慈善会联席会议在张掖召开。根据轮值规则，首届轮值主席单位为酒泉市慈善总会（2020年），2021年度由嘉峪关市慈善总会轮值。")
    terms = {(f["organization"], f["year"]) for f in facts if f["kind"] == "chair_term"}
    assert {("酒泉市慈善总会", "2020"), ("嘉峪关市慈善总会", "2021")} <= terms


def test_years_listed_in_a_bracket_after_a_body_each_give_a_chair_term() -> None:
    # 甲局（2023年度、2024年度）、乙局（2025年度）先后担任轮值主席单位: two years listed in one bracket, two terms
    facts = _facts("11月20日，长三角某联盟联席会议在合肥召开。据悉，联盟于2023年成立，嘉兴市民政局（2023年度、2024年度）、"
                   "湖州市民政局（2025年度）先后担任轮值主席单位。")
    terms = {(f["organization"], f["year"]) for f in facts if f["kind"] == "chair_term"}
    assert {("嘉兴市民政局", "2023"), ("嘉兴市民政局", "2024"), ("湖州市民政局", "2025")} <= terms
    assert ("湖州市民政局", "2024") not in terms


def test_years_listed_before_a_chair_word_pair_with_the_bodies_listed_after_respectively() -> None:
    """2023年、2024年的轮值主席单位分别为甲会、乙会: each year the body in its place, no person; lists of unequal length
    pair nothing."""
    facts = _facts("8月25日，五市慈善会联席会议在张掖召开。据介绍，2023年、2024年的轮值主席单位分别为酒泉市慈善总会、嘉峪关市慈善总会。")
    terms = {(f["organization"], f["year"]) for f in facts if f["kind"] == "chair_term"}
    assert {("酒泉市慈善总会", "2023"), ("嘉峪关市慈善总会", "2024")} <= terms
    unequal = _facts("8月25日，五市慈善会联席会议在张掖召开。据介绍，2022年、2023年、2024年的轮值主席单位分别为酒泉市慈善总会、嘉峪关市慈善总会。")
    assert not {f["year"] for f in unequal if f["kind"] == "chair_term"} & {"2022", "2023"}


@pytest.mark.parametrize("told", [
    "联盟于2023年成立，2023年度、2024年度分别由酒泉市慈善总会、嘉峪关市慈善总会担任轮值主席单位。",
    "联盟成立以来，2023年和2024年分别由酒泉市慈善总会和嘉峪关市慈善总会出任联盟轮值主席单位。",
    "据介绍，2023年、2024年分别由酒泉市慈善总会会长卢建华、嘉峪关市慈善总会会长贺明远担任联盟轮值主席。",
])
def test_years_listed_before_respectively_by_pair_with_the_bodies_that_take_the_chair(told: str) -> None:
    """2023年度、2024年度分别由甲会、乙会担任轮值主席单位: the years before 分别由, the bodies (each may be with its head)
    before the verb and the chair word."""
    facts = _facts("8月25日，五市慈善会联席会议在张掖召开。" + told)
    terms = {(f["organization"], f["year"]) for f in facts if f["kind"] == "chair_term"}
    assert {("酒泉市慈善总会", "2023"), ("嘉峪关市慈善总会", "2024")} <= terms


def test_bodies_listed_after_respectively_by_for_another_task_take_no_chair() -> None:
    facts = _facts("8月25日，五市慈善会联席会议在张掖召开。2023年、2024年分别由酒泉市慈善总会、嘉峪关市慈善总会承办年会，"
                   "张掖市慈善总会担任轮值主席单位。")
    terms = {(f["organization"], f["year"]) for f in facts if f["kind"] == "chair_term"}
    assert not {o for o, _ in terms} & {"酒泉市慈善总会", "嘉峪关市慈善总会"}


def test_name_before_an_honorific_opening_a_clause_is_a_person() -> None:
    facts = _facts("6月1日，会议选举卢建华为会长；贺明远同志因到龄不再担任会长。")
    assert "贺明远" in {f["name"] for f in facts if f["kind"] == "person"}


def test_level_words_listed_before_a_short_name_make_a_collective() -> None:
    facts = _facts("6月1日，省慈善总会和部分市、县慈善会负责人参加会议。", publisher="江苏省慈善总会")
    assert not any(o.endswith("县慈善会") for o in _orgs(facts))


def test_a_short_name_after_a_glued_concurrent_mark() -> None:
    facts = _facts("6月1日，市民政局局长兼市慈善总会常务副会长贺明远出席。", publisher="南通市慈善总会")
    assert ("贺明远", "常务副会长", "南通市慈善总会") in _positions(facts)


def test_people_only_elected_are_not_attendees_and_a_convened_meeting_has_no_chair() -> None:
    facts = _facts("6月1日，南通市慈善总会召开会员代表大会。随后召开的一届一次理事会选举贺明远为会长，卢建华、吴志强为副会长。")
    roles = _participation(facts)
    assert not any(who in ("贺明远", "卢建华", "吴志强") for who, _ in roles)
    assert ("卢建华", "副会长", "南通市慈善总会") in _positions(facts)


def test_department_of_the_committee_in_a_rank_chain() -> None:
    facts = _facts("6月1日，市委常委、统战部部长贺明远出席会议。", publisher="南通市慈善总会")
    assert ("贺明远", "常委", "南通市委") in _positions(facts)
    assert ("贺明远", "部长", "南通市委统战部") in _positions(facts)


def test_district_short_form_takes_the_city_the_article_writes_before_it() -> None:
    facts = _facts("9月15日，南京市栖霞区慈善基金会召开理事会，区人民政府副区长贺明远出席。", publisher="栖霞区民政局")
    assert ("贺明远", "副区长", "南京市栖霞区人民政府") in _positions(facts)


def test_a_name_that_is_also_a_word_between_a_title_and_a_cue() -> None:
    facts = _facts("6月1日，市民政局局长高洁出席会议。", publisher="南通市慈善总会")
    assert ("高洁", "局长", "南通市民政局") in _positions(facts)
    assert "双方" not in {f["name"] for f in _facts("6月1日，甲会与乙会代表双方签约。") if f["kind"] == "person"}


def test_bare_department_of_a_personnel_notice() -> None:
    facts = _facts("6月1日，任命贺明远为厅社会救助处处长；免去卢建华的厅办公室主任职务。另，吴志强不再兼任福建省慈善总会副秘书长。", publisher="福建省民政厅")
    positions = _positions(facts)
    assert ("贺明远", "处长", "福建省民政厅社会救助处") in positions
    assert ("卢建华", "主任", "福建省民政厅办公室") in positions
    assert ("吴志强", "副秘书长", "福建省慈善总会") in positions
    assert not _participation(facts)
    facts = _facts("6月1日，厅党组成员、副厅长贺明远主持会议。", publisher="湖南省民政厅")
    assert ("贺明远", "副厅长", "湖南省民政厅") in _positions(facts)


def test_a_party_committee_of_the_organs_written_after_a_bare_parent_or_the_bodys_word_for_itself() -> None:
    """厅机关党委专职副书记甲, 总会机关党支部书记乙: the committee of the body's organs is a body of its own
    (docs/gold-conventions.md, "Party posts"), named with the body the bare 厅 or 总会 stands for."""
    facts = _facts("6月1日，厅机关党委组织党员到社区开展志愿服务，厅机关党委专职副书记贺明远参加。", publisher="湖南省民政厅")
    assert ("贺明远", "专职副书记", "湖南省民政厅机关党委") in _positions(facts)
    facts = _facts("6月1日，主题党日活动由总会机关党支部书记、办公室主任卢建华主持。", publisher="宣城市慈善总会")
    assert {("卢建华", "书记", "宣城市慈善总会机关党支部"), ("卢建华", "主任", "宣城市慈善总会办公室")} <= _positions(facts)


def test_sub_unit_in_a_list_takes_the_parent_of_the_item_before() -> None:
    facts = _facts("6月1日，湖州市慈善总会秘书长助理贺明远、项目部部长卢建华作交流发言。")
    assert ("卢建华", "部长", "湖州市慈善总会项目部") in _positions(facts)
    assert ("贺明远", "秘书长助理", "湖州市慈善总会") in _positions(facts)


def test_a_unit_written_with_its_own_parents_short_form_is_no_sub_unit_of_the_item_before() -> None:
    """某会秘书长甲、联盟秘书处主任乙: 联盟 names the unit's own parent (the alliance), not the item before's body."""
    facts = _facts("6月1日，江淮慈善救助联盟年会召开。宣城市慈善基金会秘书长贺明远、联盟秘书处主任卢建华出席。")
    positions = _positions(facts)
    assert ("卢建华", "主任", "联盟秘书处") in positions
    assert not {name for name in _orgs(facts) if name.startswith("宣城市慈善基金会") and name.endswith("秘书处")}


def test_a_town_or_village_party_committee_in_a_list_is_no_sub_unit_of_the_item_before() -> None:
    """某会会长甲、某镇党委副书记乙: the town's (or village's) party committee is a body of its own, even where its
    place is no known place name; 项目部 after a body stays that body's."""
    positions = _positions(_facts("6月1日，青山区慈善总会会长柯远帆、桃溪镇党委副书记温听雨陪同考察。"))
    assert ("温听雨", "副书记", "桃溪镇党委") in positions
    positions = _positions(_facts("6月1日，南岭镇慈善分会会长柯远帆、石桥村党总支书记温听雨作了介绍。"))
    assert ("温听雨", "书记", "石桥村党总支") in positions
    assert ("柯远帆", "会长", "南岭镇慈善分会") in positions


def test_bare_subdistrict_titles_are_held_in_the_one_subdistrict_the_page_names() -> None:
    """街道党工委书记甲, 办事处主任乙 on a page about 某街道: titles in that 街道 and its 办事处 (county README);
    where the page names two sub-districts, a bare 街道 cannot be told and gives no post."""
    facts = _facts("6月1日，桃溪街道慈善工作站揭牌。街道党工委书记柯远帆，街道党工委副书记、办事处主任温听雨出席。")
    positions = _positions(facts)
    assert {("柯远帆", "党工委书记", "桃溪街道"), ("温听雨", "党工委副书记", "桃溪街道"), ("温听雨", "主任", "桃溪街道办事处")} <= positions
    assert {"桃溪街道", "桃溪街道办事处"} <= _orgs(facts)  # the office holding a post is an organization of its own
    two = _positions(_facts("6月1日，桃溪街道慈善工作站和南岭街道慈善工作站揭牌。街道党工委书记柯远帆出席。"))
    assert not {p for p in two if p[0] == "柯远帆"}


def test_bare_locality_titles_are_held_in_the_one_locality_the_page_text_names() -> None:
    """社区党委书记甲, 社区居委会副主任乙, (活动由)街道党工委委员丙: where the page names one 社区 (街道) in its text, even
    where no body is read there (某区某街道某社区开展…), the bare locality is that one and its unit is written after it
    (docs/gold-conventions.md "A locality's unit"); a page naming two gives no post."""
    facts = _facts("6月1日，江北区松溪街道枫林社区开展邻里节活动。社区党委书记柯远帆致辞，社区居委会副主任温听雨主持。"
                   "活动由街道党工委委员乐知秋指导。")
    positions = _positions(facts)
    # the locality by the fullest form the page writes it in (its sub-district and district before it)
    assert {("柯远帆", "党委书记", "江北区松溪街道枫林社区"), ("温听雨", "副主任", "江北区松溪街道枫林社区居委会"),
            ("乐知秋", "党工委委员", "松溪街道")} <= positions
    assert {"江北区松溪街道枫林社区", "江北区松溪街道枫林社区居委会", "松溪街道"} <= _orgs(facts)
    two = _positions(_facts("6月1日，松溪街道枫林社区和竹园社区开展邻里节活动。社区党委书记柯远帆致辞。"))
    assert not {p for p in two if p[0] == "柯远帆"}
    # several named on the page: the one the title's paragraph names before it (某街道某社区开展…，社区党委书记甲陪同)
    facts = _facts("5月8日，竹园社区开展义诊。\n6月1日，松溪街道枫林社区开展慰问，社区党委书记柯远帆陪同。")
    assert ("柯远帆", "党委书记", "松溪街道枫林社区") in _positions(facts)


def test_a_body_named_before_and_written_by_its_last_words_after_an_election_verb_is_the_body_elected_to() -> None:
    """甲当选联盟首任理事长, 首任联盟理事长由乙担任: the alliance named before (this sentence or an earlier one), not the
    federation that founded it; the next clause's name keeps its own body (某会秘书长丙当选副理事长: no 理事长 of the alliance)."""
    facts = _facts("3月2日，由江州市慈善总会发起的江南公益图书联盟在江州成立，宋清和当选联盟首任理事长，"
                   "临川市慈善总会秘书长程晚舟当选副理事长。")
    positions = _positions(facts)
    assert ("宋清和", "理事长", "江南公益图书联盟") in positions
    assert ("程晚舟", "秘书长", "临川市慈善总会") in positions
    assert not {p for p in positions if p[0] == "程晚舟" and p[1] == "理事长"}
    later = _positions(_facts("江南公益图书联盟于3月2日成立。首任联盟理事长由江州市慈善总会会长宋清和担任。"))
    assert ("宋清和", "理事长", "江南公益图书联盟") in later


def test_subdistrict_committee_member_is_held_in_the_subdistrict_its_federation_branch_names() -> None:
    """街道党工委委员甲 is a title in the 街道 like 党工委书记 (docs/gold-conventions.md "Party posts"), not 委员 of a
    separate 街道党工委; a federation's branch (某区慈善总会某街道分会) names the page's sub-district after its 会."""
    facts = _facts("9月3日，西陵区慈善总会桂溪街道分会成立。街道党工委委员裴映川，桂溪街道党工委委员、组织委员乐知秋出席。")
    positions = _positions(facts)
    assert {("裴映川", "党工委委员", "桂溪街道"), ("乐知秋", "党工委委员", "桂溪街道")} <= positions
    assert not {p for p in positions if p[2].endswith("党工委") or p[2].startswith("西陵区慈善总会桂溪街道") and p[2].endswith("街道")}


def test_a_section_after_its_parent_with_no_title_is_one_organization() -> None:
    """市民政局 + 规划和财务处 (two words joined by 和), 慈善总会 + 项目部: the sub-unit with its parent, where no title
    follows to end the name and a mark or a space does; a contact line's section is whom to call, no organization."""
    orgs = _orgs(_facts("列席：宣城市民政局规划和财务处　柯远帆，宣城市民政局社会救助科　温听雨。\n先进集体：\n宣城市慈善总会项目部\n宣城市慈善总会"))
    assert {"宣城市民政局规划和财务处", "宣城市民政局社会救助科", "宣城市慈善总会项目部", "宣城市慈善总会"} <= orgs
    assert not {o for o in _orgs(_facts("宣城市民政局召开会议。\n联系人：宣城市民政局政策法规和标准化处　柯远帆")) if o.endswith("处")}
    career = _orgs(_facts("柯远帆现任宣城市民政局副局长，先后在宣城市民政局社会救助科、宣城市慈善总会工作。"))
    assert not {o for o in career if o.endswith("科")}
    assert "宣城市民政局慈善事业促进和社会工作处" in _orgs(_facts("出席：宣城市民政局慈善事业促进和社会工作处，宣城市慈善总会。"))


def test_a_department_written_bare_is_the_pages_charity_bodys_where_the_sentence_names_none() -> None:
    """A roster line (unit cell, then 部长：甲　副部长：乙), a notice from 来源：总会办公室 after the body was named, a
    publisher that is the body's office, and a title that names the body all give a bare department its parent."""
    roster = "募捐部　　　　部长：柏文清（兼）\n项目部　　　　部长：乔远帆　副部长：庞立新（女）\n办公室（党建办）　主任：葛云舒（兼）　副主任：卢望川"
    assert {
        ("柏文清", "部长", "宣城市慈善总会募捐部"),
        ("乔远帆", "部长", "宣城市慈善总会项目部"),
        ("庞立新", "副部长", "宣城市慈善总会项目部"),
        ("葛云舒", "主任", "宣城市慈善总会办公室"),
        ("卢望川", "副主任", "宣城市慈善总会办公室"),
    } <= _positions(_facts(roster, publisher="宣城市慈善总会"))
    notice = "兹任命：\n程望川同志为宣城市慈善总会副秘书长；\n兹聘任：\n柯远帆同志为募捐部部长（聘期三年）；\n温听雨同志为项目部副部长。"
    positions = _positions(_facts(notice, publisher="总会办公室"))
    assert {("柯远帆", "部长", "宣城市慈善总会募捐部"), ("温听雨", "副部长", "宣城市慈善总会项目部")} <= positions
    assert not any(person == "项目部" for person, _, _ in positions)
    assert ("柯远帆", "部长", "宣城市慈善总会募捐部") in _positions(_facts("6月9日，总会募捐部部长柯远帆参加调研。", publisher="宣城市慈善总会办公室"))
    title = "访宣城市慈善总会秘书长程望川"
    article = Article("t", f"{title}\n项目部部长柯远帆带着三个年轻人，白天跑项目。", title=title, date="2026-06-12",
                      publisher="某某杂志", body_start=len(title) + 1)
    assert ("柯远帆", "部长", "宣城市慈善总会项目部") in _positions([f.to_record() for f in extract_article(article).facts])
    # with no charity body named by the title or the sentence, a news page's bare department names nothing
    assert not _positions(_facts("6月9日，宣城市慈善总会开展调研。项目部部长柯远帆参加。", publisher="宣城日报"))
    # a ministry or a party's department is no department of the page's charity body: 民政部 is the national ministry
    title = "宣城市慈善总会召开会议"
    article = Article("t", f"{title}\n民政部副部长程望川强调，慈善组织要合规。", title=title, date="2026-06-12", publisher="某某杂志",
                      body_start=len(title) + 1)
    assert _positions([f.to_record() for f in extract_article(article).facts]) == {("程望川", "副部长", "民政部")}


def _page_posts(title: str, body: str, publisher: str) -> set[tuple[str, str, str]]:
    article = Article("t", f"{title}\n{body}", title=title, date="2026-06-12", publisher=publisher, body_start=len(title) + 1)
    return _positions([f.to_record() for f in extract_article(article).facts])


def test_an_office_written_bare_on_a_universitys_own_page_is_the_universitys() -> None:
    """我校举行… / 校友某某捐资…: a university's page writes its offices bare (发展联络处处长甲, 学生工作部部长乙), the one
    university it names holding them; a body of an earlier clause or a chain's alumni association holds none of them."""
    body = ("5月8日，青岚大学奖学金颁奖典礼举行，白沙精工有限公司董事长柯远帆出席，典礼由学生工作部部长乔望川主持。"
            "校友总会秘书长、发展联络处处长葛云舒介绍了奖学金设立情况。")
    positions = _page_posts("我校举行奖学金颁奖典礼", body, publisher="发展联络处")
    assert ("乔望川", "部长", "青岚大学学生工作部") in positions
    assert ("葛云舒", "处长", "青岚大学发展联络处") in positions
    assert not any(org.startswith(("白沙精工", "青岚大学校友总会")) and role in ("部长", "处长") for _, role, org in positions)
    # a page not speaking as a school, or one naming two universities, gives the offices no parent
    assert not any(role in ("部长", "处长") for _, role, _ in _page_posts("青岚大学举行奖学金颁奖典礼", body, publisher="青岚日报"))
    two = body.replace("校友总会", "白沙大学校友总会")
    assert not any(role in ("部长", "处长") for _, role, _ in _page_posts("我校举行奖学金颁奖典礼", two.replace("青岚大学", "青岚大学与白沙大学"), publisher="发展联络处"))


def test_a_page_naming_others_schools_does_not_speak_as_a_university() -> None:
    """学校 in a title (某会向学校捐赠, 走访慰问特殊教育学校) is a school the page names, not a university speaking of itself:
    a 处 or 部 after another body is no office of the university the page names."""
    body = "6月1日，东川区慈善总会向青岚大学捐赠助学金，东川区民政局副局长乔望川、社会救助处处长葛云舒出席。"
    positions = _page_posts("东川区慈善总会向学校捐赠助学金", body, publisher="东川区慈善总会")
    assert ("乔望川", "副局长", "东川区民政局") in positions
    assert not any(org.startswith("青岚大学") for _, _, org in positions), positions


def test_a_parents_head_title_after_a_units_title_is_held_in_the_parent() -> None:
    """某局办公室主任、副局长甲, 某医院骨科主任、副院长乙: 副局长 heads a 局, so after the unit's own title it is held in the
    bureau the unit's name opens with (where the page names it), not in the unit; a unit's own head title stays its."""
    positions = _positions(_facts("6月9日，宁波市民政局召开会议。宁波市民政局办公室主任、副局长柯远帆出席会议。"))
    assert {("柯远帆", "主任", "宁波市民政局办公室"), ("柯远帆", "副局长", "宁波市民政局")} <= positions
    assert ("柯远帆", "副局长", "宁波市民政局办公室") not in positions
    positions = _positions(_facts("6月9日，苏州市立医院召开会议。苏州市立医院骨科主任、副院长乔望川出席会议。"))
    assert ("乔望川", "副院长", "苏州市立医院") in positions
    # 某基金会某区代表处会长: 会 is no parent's head here, the office's own head is its 会长
    positions = _positions(_facts("6月9日，上海市慈善基金会召开会议。上海市慈善基金会闵行区代表处会长葛云舒出席会议。"))
    assert ("葛云舒", "会长", "上海市慈善基金会闵行区代表处") in positions


def test_governance_read_as_a_verb_stays_inside_a_research_centres_name() -> None:
    """治理 (社会治理, 基层治理), which the segmenter tags a verb, names what a centre studies: the walk leftwards keeps it,
    so the title after the name is held in the whole centre, its 与 joining two words of the one name."""
    positions = _positions(_facts("6月9日，青岚大学慈善与社会治理研究中心主任乔望川、白沙大学基层治理研究院副院长葛云舒出席会议。"))
    assert ("乔望川", "主任", "青岚大学慈善与社会治理研究中心") in positions
    assert ("葛云舒", "副院长", "白沙大学基层治理研究院") in positions
    assert not any(org in ("青岚大学", "白沙大学") for _, _, org in positions)


def test_a_doctors_bare_grade_is_held_in_the_hospital_the_sentence_named_before_it() -> None:
    """专家组由某医院某科主任、主任医师甲领衔，成员包括副主任医师乙、主治医师丙: a grade with no body written is held in the
    hospital the sentence named before it (through its department too); one named only in another sentence gives none."""
    body = "6月9日，义诊活动举行。专家组由苏州市立医院眼科主任、主任医师乔望川领衔，成员包括副主任医师葛云舒、主治医师卢望川等。"
    positions = _positions(_facts(body))
    assert {("葛云舒", "副主任医师", "苏州市立医院"), ("卢望川", "主治医师", "苏州市立医院")} <= positions
    assert ("乔望川", "主任医师", "苏州市立医院") in positions
    positions = _positions(_facts("6月9日，苏州市立医院举行义诊。专家组成员包括副主任医师葛云舒、主治医师卢望川等。"))
    assert not any(person in ("葛云舒", "卢望川") for person, _, _ in positions)


def test_an_acting_head_of_a_bare_department_holds_its_post() -> None:
    """代理 as the verb before a bare department (乙同志代理募捐部部长职务) or between it and the title (募捐部代理部长): the
    department of the page's charity body either way (docs/gold-conventions.md), not dropped."""
    notice = "柯远帆同志不再担任募捐部代理部长，由乔远帆同志代理募捐部部长职务。"
    positions = _positions(_facts(notice, publisher="宣城市慈善总会"))
    assert {("柯远帆", "部长", "宣城市慈善总会募捐部"), ("乔远帆", "部长", "宣城市慈善总会募捐部")} <= positions
    assert not any(org.endswith("代理") for _, _, org in positions)


def test_a_body_whose_council_or_congress_meets_holds_the_posts_its_sentence_elects() -> None:
    """A digest of several bodies' news: the body named right before its council or congress (召开二届三次理事会,
    第四次会员代表大会召开, 完成第五届理事会换届) elects, not the page's publisher."""
    body = (
        "8月3日，宣城市民政局召开全市慈善工作推进会。\n8月20日，泾县慈善会召开二届三次理事会，会长柏文清主持，增补乔远帆为副秘书长。\n"
        "8月中旬，旌德县慈善总会完成第五届理事会换届，旌德县原副县长庞立新任会长。\n"
        "9月29日，绩溪县慈善总会第四次会员代表大会召开，选举产生新一届理事会，葛云舒当选会长。"
    )
    positions = _positions(_facts(body, publisher="宣城市民政局", date="2026-09-30"))
    assert {("乔远帆", "副秘书长", "泾县慈善会"), ("庞立新", "会长", "旌德县慈善总会"), ("葛云舒", "会长", "绩溪县慈善总会")} <= positions
    assert not any(org == "宣城市民政局" for _, _, org in positions)


def test_a_later_election_of_the_sentence_with_no_body_written_is_to_the_body_named_before() -> None:
    # 甲当选某联盟首任理事长，某会秘书长乙当选副理事长: the alliance, not the page's federation, elects 乙
    facts = _facts("5月20日，由宣城市慈善总会发起的皖南慈善助学联盟在泾县成立，岑望舒当选联盟首任理事长，"
                   "湖州市慈善总会秘书长伍嘉禾当选副理事长。", publisher="宣城市慈善总会")
    positions = _positions(facts)
    assert ("伍嘉禾", "副理事长", "皖南慈善助学联盟") in positions
    assert ("伍嘉禾", "副理事长", "宣城市慈善总会") not in positions


def test_a_charity_title_after_a_name_is_the_meeting_bodys_only_on_a_page_naming_no_other_charity_body() -> None:
    # 甲会长在讲话中要求… in one federation's minutes: its 会长; where the page names a second charity body, no guess
    minutes = "6月2日，宣城市慈善总会召开会长办公会议。\n会议听取了募捐工作汇报。\n岑望舒会长在讲话中要求，各部门要抓好落实。"
    assert ("岑望舒", "会长", "宣城市慈善总会") in _positions(_facts(minutes, publisher="宣城市慈善总会"))
    visit = "6月2日，宣城市慈善总会召开会长办公会议，湖州市慈善总会一行参加。\n岑望舒会长在讲话中要求，各部门要抓好落实。"
    assert not any(person == "岑望舒" for person, _, _ in _positions(_facts(visit, publisher="宣城市慈善总会")))


def test_a_company_written_before_a_name_elected_to_a_council_is_not_the_electing_body() -> None:
    # 增补某公司总经理甲为第四届理事会副会长: the council after the name is the meeting's body's, not the company's
    facts = _facts("6月2日，宣城市慈善总会召开四届二次理事会。会议增补宣城青峰茶业有限公司总经理岑望舒为第四届理事会副会长，增补伍嘉禾为副秘书长。")
    positions = _positions(facts)
    assert ("伍嘉禾", "副秘书长", "宣城市慈善总会") in positions
    assert not any(org == "宣城青峰茶业有限公司" for person, _, org in positions if person == "伍嘉禾")


def test_a_consent_to_give_up_a_post_names_who_gives_it_up_and_places_them_nowhere() -> None:
    facts = _facts("6月1日，宣城市慈善总会召开三届五次理事会。会议同意卢望川同志因年龄原因辞去副秘书长职务。", publisher="宣城市慈善总会")
    assert ("卢望川", "副秘书长", "宣城市慈善总会") in _positions(facts)
    assert not any(person == "卢望川" for person, _ in _participation(facts))


def test_a_removal_of_several_posts_takes_each_items_own_body() -> None:
    facts = _facts("免去：\n程望川同志的宣城市慈善总会副秘书长、宣城市慈善总会募捐部部长职务。", publisher="宣城市慈善总会")
    assert {("程望川", "副秘书长", "宣城市慈善总会"), ("程望川", "部长", "宣城市慈善总会募捐部")} <= _positions(facts)


def test_an_election_list_separated_by_commas_spaces_or_semicolons_gives_every_name_the_title() -> None:
    """选举甲为会长，乙，丙，丁为副会长 (a page that writes ，/ ；/ a space where most write 、): every item that is a name
    and nothing else is elected; a clause before the list is no name."""
    for separator in ("，", "；", "　", " "):
        names = separator.join(("乔远帆", "庞立新", "葛云舒"))
        body = f"6月1日，宣城市慈善总会召开第三届会员代表大会，选举柏文清为会长，{names}为副会长。"
        positions = _positions(_facts(body, publisher="宣城市慈善总会"))
        assert {(n, "副会长", "宣城市慈善总会") for n in ("乔远帆", "庞立新", "葛云舒")} <= positions, separator
        if separator == "；":
            continue  # (甲；乙当选…: before the verb a semicolon ends a clause, person_names._LIST_MARKS_BEFORE_VERB)
        body = f"6月1日，宣城市慈善总会召开第三届会员代表大会。会议期间，{names}当选为副会长。"
        positions = _positions(_facts(body, publisher="宣城市慈善总会"))
        assert {(n, "副会长", "宣城市慈善总会") for n in ("乔远帆", "庞立新", "葛云舒")} <= positions, separator
        assert not any(person == "会议期间" for person, _, _ in positions)


def test_a_title_shared_by_names_separated_by_commas_spaces_or_semicolons_is_each_names() -> None:
    """常务副会长甲，乙，丙，秘书长丁出席: the items after a titled name that are names alone, each closed by a separator,
    hold its title; a clause after a titled name is no item of a list."""
    for separator in ("，", "；", "　"):
        names = separator.join(("乔远帆", "庞立新", "葛云舒"))
        body = f"6月1日，宣城市慈善总会召开常务理事会，总会副会长{names}，秘书长柏文清出席。"
        positions = _positions(_facts(body, publisher="宣城市慈善总会"))
        assert {(n, "副会长", "宣城市慈善总会") for n in ("乔远帆", "庞立新", "葛云舒")} <= positions, separator
        assert ("柏文清", "秘书长", "宣城市慈善总会") in positions
    positions = _positions(_facts("6月1日，宣城市慈善总会副会长乔远帆，随后来到泾县，考察慈善超市。", publisher="宣城市慈善总会"))
    assert not any(person == "随后" for person, _, _ in positions)


def test_three_character_name_before_a_comma_keeps_its_last_character() -> None:
    facts = _facts("6月1日，安徽省慈善总会副会长兼秘书长程立和，南京市慈善总会会长汤明等出席会议。")
    assert ("程立和", "秘书长", "安徽省慈善总会") in _positions(facts)


def test_city_body_written_with_and_without_its_province_is_one_organization() -> None:
    facts = _facts("6月1日，澳门某基金会向浙江省丽水市慈善总会捐赠善款。丽水市慈善总会会长贺明远致辞。")
    assert "丽水市慈善总会" in _orgs(facts) and "浙江省丽水市慈善总会" not in _orgs(facts)
    assert ("贺明远", "会长", "丽水市慈善总会") in _positions(facts)


def test_rank_in_brackets_or_a_space_between_title_and_name() -> None:
    facts = _facts("3月13日，省委社会工作部副部长（正厅级）贺明远一行到省慈善总会调研。副会长兼秘书长 卢建华 提出了建议。", publisher="山东省慈善总会")
    positions = _positions(facts)
    assert ("贺明远", "副部长", "山东省委社会工作部") in positions
    assert ("卢建华", "秘书长", "山东省慈善总会") in positions or "卢建华" in {f["name"] for f in facts if f["kind"] == "person"}


def test_concurrent_post_verb_and_a_name_before_a_cue_ending_in_a_conjunction() -> None:
    facts = _facts("6月1日，甲会选举贺明远、卢建华为副理事长，卢建华兼任秘书长。副会长程立和主持会议，会长王伟等出席。")
    names = {f["name"] for f in facts if f["kind"] == "person"}
    assert {"卢建华", "程立和", "王伟"} <= names and "卢建华兼" not in names and "王伟等" not in names


def test_company_with_its_place_in_brackets_and_a_county_city_split_by_jieba() -> None:
    facts = _facts("7月2日，远航新材料（苏州）有限公司总经理贺明远出席仪式。")
    assert ("贺明远", "总经理", "远航新材料(苏州)有限公司") in _positions(facts) or ("贺明远", "总经理", "远航新材料（苏州）有限公司") in _positions(facts)
    facts = _facts("4月22日，一行在广德市慈善总会会长卢建华陪同下考察。", publisher="湖州市慈善总会")
    assert ("卢建华", "会长", "广德市慈善总会") in _positions(facts)


def test_then_holding_marks_a_former_post_of_the_organization_before_it() -> None:
    facts = _facts("2022年，轮值主席单位浙江省慈善联合总会时任会长贺明远作了主旨发言。", publisher="上海市慈善基金会")
    assert ("贺明远", "会长", "浙江省慈善联合总会") in _positions(facts)


def test_chair_turns_taken_over_and_flags_taken() -> None:
    facts = _facts("10月15日，联盟实行轮值主席制度，2024年度轮值主席单位为嘉善县慈善总会，2025年度由苏州市吴江区慈善总会接任。")
    terms = {(f["organization"], f["year"]) for f in facts if f["kind"] == "chair_term"}
    assert {("嘉善县慈善总会", "2024"), ("苏州市吴江区慈善总会", "2025")} <= terms
    facts = _facts("2025年6月，江苏省慈善总会会长贺明远从卢建华手中接过会旗。", publisher="上海市慈善基金会")
    assert ("江苏省慈善总会", "2025") in {(f["organization"], f["year"]) for f in facts if f["kind"] == "chair_term"}


def _chair_terms(facts: list[dict]) -> set[tuple[str, str]]:
    return {(f["organization"], f["year"]) for f in facts if f["kind"] == "chair_term"}


@pytest.mark.parametrize(
    "schedule",
    [
        "轮值顺序为：2024年滁州市慈善总会、2025年蚌埠市慈善总会、2026年淮南市慈善总会。",
        "轮值安排如下：2024年度由滁州市慈善总会轮值，2025年度由蚌埠市慈善总会轮值，2026年度由淮南市慈善总会轮值。",
        "协作会议轮值次序是2024年滁州市慈善总会，2025年蚌埠市慈善总会，2026年淮南市慈善总会。",
        "轮值表：2024年度：滁州市慈善总会；2025年度：蚌埠市慈善总会；2026年度：淮南市慈善总会。",
    ],
)
def test_a_rotations_schedule_gives_each_year_its_chair(schedule: str) -> None:
    # 轮值顺序/安排/次序/表 then years each with its body (为, 由…轮值, a colon or nothing between): one chair term a year
    facts = _facts("10月9日，皖北慈善协作会议在滁州召开，会议确定了轮值办法。" + schedule)
    assert {("滁州市慈善总会", "2024"), ("蚌埠市慈善总会", "2025"), ("淮南市慈善总会", "2026")} <= _chair_terms(facts)


def test_a_chairs_chain_of_posts_closed_by_a_government_body_names_the_charity() -> None:
    facts = _facts("10月9日，联席会议在宣城召开。2025年度轮值主席、宣城市慈善总会会长、市政协原副主席韩景行代表轮值主席单位作工作报告。")
    assert _chair_terms(facts) == {("宣城市慈善总会", "2025")}


def test_years_of_a_chair_paired_respectively_with_bodies_named_with_their_heads() -> None:
    facts = _facts("10月9日，协作会在滁州召开。2023年度、2024年度轮值主席分别由滁州市慈善总会会长韩景行、蚌埠市慈善总会会长温立群担任。")
    assert {("滁州市慈善总会", "2023"), ("蚌埠市慈善总会", "2024")} <= _chair_terms(facts)
    heads = {(f["organization"], f.get("person")) for f in facts if f["kind"] == "chair_term" and f["year"] in ("2023", "2024")}
    assert heads == {("滁州市慈善总会", "韩景行"), ("蚌埠市慈善总会", "温立群")}


def test_a_bare_ending_opening_a_chairs_clause_is_the_pages_body_or_the_speakers() -> None:
    facts = _facts("10月9日，滁州市慈善总会召开理事会。2024年总会作为皖北慈善协作机制轮值主席单位，在滁州承办了协作论坛。")
    assert _chair_terms(facts) == {("滁州市慈善总会", "2024")}
    body = "10月9日，蚌埠市慈善总会会长韩景行率团访问淮南。座谈会由淮南市慈善协会主办，该会会长温立群主持。温立群致辞时表示，协会作为2026年度皖北慈善协作会议轮值主席单位，将于今年十一月举办年会。"
    assert _chair_terms(_facts(body)) == {("淮南市慈善协会", "2026")}


def test_our_body_in_a_bulletin_is_the_body_whose_office_publishes_it() -> None:
    body = "10月8日，皖北慈善协作会议在蚌埠召开，会议由蚌埠市慈善总会承办。淮南市慈善总会会长温立群出席会议。明年，我会将接任皖北慈善协作会议轮值主席单位。"
    assert _chair_terms(_facts(body, publisher="淮南市慈善总会办公室", date="2025-10-12")) == {("淮南市慈善总会", "2026")}
    short = "10月8日，皖北慈善协作会议在蚌埠召开，会议由蚌埠市慈善总会承办。市慈善总会会长温立群出席会议。明年，我会将接任皖北慈善协作会议轮值主席单位。"
    assert _chair_terms(_facts(short, publisher="淮南市慈善总会办公室", date="2025-10-12")) == {("淮南市慈善总会", "2026")}


def test_department_under_a_committee_department() -> None:
    facts = _facts("3月13日，山东省委社会工作部社会组织工作处处长贺明远参加调研。")
    assert ("贺明远", "处长", "山东省委社会工作部社会组织工作处") in _positions(facts)


def test_last_part_of_a_dotted_foreign_name_refers_to_the_person() -> None:
    facts = _facts("12月5日，某研究院院长让·马丁出席签约仪式。马丁院长表示，希望加强合作。")
    names = {f["name"] for f in facts if f["kind"] == "person"}
    assert "让·马丁" in names and "马丁" not in names


def test_former_post_in_the_meeting_body_stays_beside_a_new_honorary_one() -> None:
    facts = _facts("12月27日，嘉兴市慈善总会召开第五次会员代表大会。原会长贺明远代表第四届理事会作工作报告。会议决定聘请贺明远为名誉会长。")
    positions = _positions(facts)
    assert ("贺明远", "会长", "嘉兴市慈善总会") in positions and ("贺明远", "名誉会长", "嘉兴市慈善总会") in positions


def test_each_item_of_an_appointment_list_may_carry_a_former_title() -> None:
    facts = _facts("6月1日，宁波市慈善总会召开理事会。会议决定，聘请市政协原副主席贺明远、宁波大学原党委书记卢建华为总会名誉会长。", publisher="宁波市慈善总会")
    positions = _positions(facts)
    assert ("贺明远", "名誉会长", "宁波市慈善总会") in positions and ("卢建华", "名誉会长", "宁波市慈善总会") in positions


def test_a_list_of_appointments_with_ren_gives_each_name_its_own_posts() -> None:
    """甲任研究院院长，某会原副会长乙任研究院名誉院长，丙任学术委员会主任: jieba glues 任 to the name (甲任|研究院), which
    is no word of a body's name; the title after 任 is the appointed name's, no head of a chain for the next name; a
    committee with no name of its own gives a title held in the body (docs/gold-conventions.md)."""
    facts = _facts("6月10日，南川大学慈善研究院成立大会举行。会上宣读了学校的决定：南川大学社会学院教授乔望川任研究院院长，"
                   "南川市慈善总会原副会长葛云舒任研究院名誉院长，北山大学法学院教授柯远帆任学术委员会主任。")
    positions = _positions(facts)
    assert {("乔望川", "院长", "南川大学慈善研究院"), ("葛云舒", "名誉院长", "南川大学慈善研究院"), ("乔望川", "教授", "南川大学社会学院"),
            ("柯远帆", "学术委员会主任", "南川大学慈善研究院"), ("葛云舒", "副会长", "南川市慈善总会")} <= positions, positions
    assert not [p for p in positions if p[0] == "葛云舒" and p[1] == "院长" or p[0] == "柯远帆" and p[1] == "名誉院长"], positions
    assert not [o for o in _orgs(facts) if "任" in o or o == "学术委员会"], _orgs(facts)
    positions = _positions(_facts("6月10日，南川大学慈善研究院揭牌。会上宣读了聘任决定：聘请南川大学社会学院教授乔望川为研究院院长，"
                                  "南川市慈善总会副会长兼秘书长葛云舒为研究院副院长。"))
    assert ("葛云舒", "副院长", "南川大学慈善研究院") in positions and ("葛云舒", "院长", "南川大学慈善研究院") not in positions, positions


def test_a_committee_the_sentence_names_before_its_title_holds_the_bare_title() -> None:
    """某论坛学术委员会召开预备会，学术委员会主任甲主持: the committee is a body of the page, its title the bare 主任."""
    facts = _facts("6月10日，南川论坛学术委员会召开预备会，学术委员会主任乔望川主持。")
    assert ("乔望川", "主任", "南川论坛学术委员会") in _positions(facts), _positions(facts)
    facts = _facts("6月12日上午，南川大学慈善研究院召开第一次学术委员会会议，柯远帆主持会议。")
    assert "学术委员会" not in _orgs(facts), _orgs(facts)  # written bare, the committee is no body of its own


def test_a_research_secretary_is_a_post_of_the_institute() -> None:
    positions = _positions(_facts("6月10日，南川大学慈善研究院召开总结会。南川大学慈善研究院科研秘书卜晓雨汇报了出版安排。"))
    assert ("卜晓雨", "科研秘书", "南川大学慈善研究院") in positions, positions


def test_a_kind_of_body_is_no_organization() -> None:
    orgs = _orgs(_facts("7月2日，苏州市红十字会向社区服务中心和中小学捐赠AED。"))
    assert "社区服务中心" not in orgs and "中小学" not in orgs and "苏州市红十字会" in orgs


def test_a_body_named_by_ordinary_words_only_is_a_kind_or_an_organ() -> None:
    """决策委员会, 客服中心, 培训基金会: ordinary words before a body's ending name a kind of body or a body's own organ;
    a place or a proper name before them makes a body, and so does a post held there (a unit of the page's body)."""
    facts = _facts("5月6日，南川市慈善总会召开理事会，决定设立决策委员会和监督委员会，公司设有平台数据中心和客服中心。"
                   "秘书长柯远帆说，培训基金会工作人员是今年的重点。")
    orgs = _orgs(facts)
    assert not orgs & {"决策委员会", "监督委员会", "平台数据中心", "客服中心", "培训基金会"}, orgs
    assert "南川市慈善总会" in orgs, orgs
    facts = _facts("5月6日，南川市慈善总会投资委员会召开会议，投资委员会主任委员卜晓雨主持。青枫街道社会工作服务站站长乔望川参加。")
    assert {"南川市慈善总会投资委员会", "青枫街道社会工作服务站"} <= _orgs(facts), _orgs(facts)
    assert ("卜晓雨", "主任委员", "南川市慈善总会投资委员会") in _positions(facts), _positions(facts)


def test_a_registration_authority_on_a_profile_line_is_an_organization() -> None:
    """登记管理机关：某市民政局 on a body's profile line names an organization of the page (docs/gold-conventions.md); a
    trust's 备案机关：某局 stays none."""
    orgs = _orgs(_facts("柘川市青禾慈善基金会简介\n成立时间：2016年5月\n登记管理机关：柘川市民政局\n理事长：乔望川"))
    assert "柘川市民政局" in orgs, orgs
    orgs = _orgs(_facts("“青禾助学”慈善信托备案信息\n受托人：柘川市青禾慈善基金会\n备案机关：枫渡市民政局"))
    assert "枫渡市民政局" not in orgs, orgs


def test_a_locality_listed_with_organizations_is_one() -> None:
    """某会、某区某街道作了交流发言, 某公司、甲街道、乙街道、某局: a sub-district listed next to organizations is one of them; a list
    of localities alone after a visiting verb stays places."""
    orgs = _orgs(_facts("5月6日，全省慈善工作会议召开。柘川市民政局、枫渡市慈善总会、柘川市青枫区石桥街道作了交流发言。"))
    assert {"柘川市民政局", "枫渡市慈善总会", "柘川市青枫区石桥街道"} <= orgs, orgs
    orgs = _orgs(_facts("5月6日，调研组走访了柘川市青枫区石桥街道、丹霞街道，察看了社区食堂。"))
    assert not {name for name in orgs if name.endswith("街道")}, orgs


def test_a_schools_hall_is_a_place_and_the_school_a_body() -> None:
    """在学校大礼堂举行, 在某学院图书馆报告厅举行: a school's hall where a gathering sits is a place (docs/gold-conventions.md),
    the school named before it is the body; a city's library stays one."""
    orgs = _orgs(_facts("5月6日，南川学院2026年度奖学金颁奖典礼在学校大礼堂举行。5月8日，慈善论坛在北山学院图书馆报告厅举行，"
                        "会后代表参观了南川市图书馆。"))
    assert "北山学院" in orgs and "南川市图书馆" in orgs, orgs
    assert not {name for name in orgs if name.endswith(("大礼堂", "学院图书馆"))}, orgs


def test_padded_two_character_names_and_title_colon_lists() -> None:
    facts = _facts("6月1日，江苏省慈善总会会长王  伟出席会议并讲话。", publisher="江苏省慈善总会")
    assert ("王伟", "会长", "江苏省慈善总会") in _positions(facts)
    facts = _facts("6月1日，江苏省慈善总会召开会员代表大会，选举产生了新一届领导班子。会长：贺明远；副会长：卢建华、吴志强；秘书长：周红。", publisher="江苏省慈善总会")
    positions = _positions(facts)
    assert {("贺明远", "会长", "江苏省慈善总会"), ("吴志强", "副会长", "江苏省慈善总会"), ("周红", "秘书长", "江苏省慈善总会")} <= positions


def test_being_elected_alone_shows_no_presence() -> None:
    # docs/gold-conventions.md: 当选 alone does not put a person at the meeting
    facts = _facts("9月15日，南京市栖霞区慈善基金会召开第三届理事会第一次会议。季青禾当选为理事长，柏远舟、沈听澜当选为副理事长。")
    assert ("柏远舟", "副理事长", "南京市栖霞区慈善基金会") in _positions(facts)
    assert not {p for p in _participation(facts) if p[0] in ("季青禾", "柏远舟", "沈听澜")}


def test_newly_elected_shown_at_the_meeting_attend_it() -> None:
    facts = _facts(
        "12月20日，蚌埠市慈善联合会第三次会员代表大会召开。陆知微当选为会长，顾岩松、乔明川当选为副会长。"
        "会上，新一届理事会负责人集体亮相。"
    )
    assert {("陆知微", "attendee"), ("顾岩松", "attendee"), ("乔明川", "attendee")} <= _participation(facts)


def test_a_special_fund_is_a_project_not_an_organization() -> None:
    # docs/gold-conventions.md: a named fund (专项基金) is held by its foundation, it is no body of its own
    facts = _facts("9月23日，上海市慈善基金会与某某置业集团有限公司“银龄守护”专项基金签约仪式举行，长三角慈善一体化专项基金同时启动。")
    assert not any(name.endswith("基金") for name in _orgs(facts))
    assert "上海市慈善基金会" in _orgs(facts)


def test_a_town_or_named_party_committee_is_a_body_with_bare_titles() -> None:
    # docs/gold-conventions.md: 某镇党委 / 某局社会组织综合党委 are bodies of their own; 某会党委副书记 is one title
    facts = _facts(
        "5月8日，座谈会召开。吴江区芦湾镇党委副书记方临川，南京市民政局社会组织综合党委书记孟知远，"
        "苏州市慈善总会党委副书记、秘书长钟晚晴出席。"
    )
    positions = _positions(facts)
    assert ("方临川", "副书记", "吴江区芦湾镇党委") in positions
    assert ("孟知远", "书记", "南京市民政局社会组织综合党委") in positions
    assert ("钟晚晴", "党委副书记", "苏州市慈善总会") in positions


def test_a_party_branch_of_a_body_s_organ_is_a_body_with_bare_titles() -> None:
    # docs/gold-conventions.md ("Party posts", stop 29): 某会秘书处党支部 is a body of its own; 某会党支部书记 stays one title
    facts = _facts("5月8日，座谈会召开。南京市慈善基金会秘书处党支部书记方临川，无锡市慈善总会党支部书记孟知远出席。")
    positions = _positions(facts)
    assert ("方临川", "书记", "南京市慈善基金会秘书处党支部") in positions
    assert ("孟知远", "党支部书记", "无锡市慈善总会") in positions


@pytest.mark.parametrize("branch", ["中共南湖市慈善总会支部委员会", "南湖市慈善总会党支部"])
def test_a_party_branch_inside_a_body_holds_the_bodys_posts(branch: str) -> None:
    # docs/gold-conventions.md: 中共某会支部委员会 is no body of its own; 支部书记 is held in the body
    facts = _facts(
        f"9月15日下午，{branch}召开全体党员大会，进行换届选举。大会由上届支部书记、总会副会长方临川主持。\n"
        "大会以无记名投票方式，选举产生了新一届支部委员会。孟知远、方临川当选为支部委员。随后召开的新一届支委会第一次会议上，孟知远当选为支部书记。\n",
        publisher="南湖市慈善总会",
    )
    positions = {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}
    assert ("孟知远", "支部书记", "南湖市慈善总会", "current") in positions
    assert ("方临川", "支部委员", "南湖市慈善总会", "current") in positions
    assert not any(name.startswith(("中共", "南湖市慈善总会党", "南湖市慈善总会支")) for name in _orgs(facts))
    assert "支部" not in {f["name"] for f in facts if f["kind"] == "person"}


def test_branch_committee_titles_are_titles_and_a_branch_publishes_for_its_body() -> None:
    # 组织委员, 宣传委员, 纪检委员 are a branch's posts (纪检 is no name); a page the branch publishes: its 总会 is the body
    facts = _facts(
        "3月10日，总会党支部开展主题党日活动。总会党支部书记、常务副会长方临川主持，党支部宣传委员孟知远作学习体会分享，纪检委员乔远帆参加。",
        publisher="南湖市慈善总会党支部",
    )
    positions = _positions(facts)
    assert ("方临川", "党支部书记", "南湖市慈善总会") in positions
    assert ("方临川", "常务副会长", "南湖市慈善总会") in positions
    assert "纪检" not in {f["name"] for f in facts if f["kind"] == "person"}
    assert "南湖市慈善总会" in _orgs(facts)


@pytest.mark.parametrize(
    "body, publisher, role",
    [
        ("6月5日，青川市福利彩票发行中心开展主题党日活动。中心党支部纪检委员艾晴岚讲了廉政党课。", "青川市福利彩票发行中心", "党支部纪检委员"),
        ("6月5日，青川市福利彩票發行中心開展主題黨日活動。中心黨支部紀檢委員艾晴嵐講了廉政黨課。", "青川市福利彩票發行中心", "黨支部紀檢委員"),
    ],
)
def test_a_branch_after_the_body_bare_ending_is_the_publishing_body_branch(body: str, publisher: str, role: str) -> None:
    # gold-conventions: 某中心党支部纪检委员甲 is (党支部纪检委员, 某中心); 中心党支部 on the centre's own page is its
    # branch, no body of its own (a traditional page's 黨支部 too)
    facts = _facts(body, publisher=publisher)
    person = next(f["name"] for f in facts if f["kind"] == "person")
    assert (person, role, publisher) in _positions(facts)
    assert not any(name.endswith(("支部", "中心黨支部")) or name == "中心" for name in _orgs(facts))


def test_titles_in_brackets_after_a_listed_name() -> None:
    # award lists, notices and minutes: 甲（某公司董事长）; 增补乙（市民政局党组成员、副局长）为…; 区民政局 丙（局长）、丁（副局长）
    facts = _facts(
        "获得“慈善之星”称号的是：柯望舒（泰州市华澜建设集团有限公司董事长）、骆清扬（女，退休教师）。"
        "增补祁远帆（泰州市民政局党组成员、副局长）为第五届理事会副会长。"
        "出席：泰州市财政局 萧问渠（局长）、卞晓棠（副局长）；泰州市教育局 龚一苇（二级调研员）"
    )
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert {"柯望舒", "骆清扬", "祁远帆", "萧问渠", "卞晓棠", "龚一苇"} <= people
    positions = _positions(facts)
    assert ("柯望舒", "董事长", "泰州市华澜建设集团有限公司") in positions
    assert {("祁远帆", "党组成员", "泰州市民政局"), ("祁远帆", "副局长", "泰州市民政局")} <= positions
    assert {("萧问渠", "局长", "泰州市财政局"), ("卞晓棠", "副局长", "泰州市财政局"), ("龚一苇", "二级调研员", "泰州市教育局")} <= positions
    assert not any(p == "骆清扬" for p, _, _ in positions)


def test_a_verb_that_is_also_a_county_name_starts_no_organization() -> None:
    # 会同 (together with) is also 会同县: before 区民政局 it is the verb, so the body is the article's district's
    facts = _facts("3月11日，会议要求区金融办牵头，会同区民政局梳理名单。", publisher="宁波市鄞州区民政局")
    assert "会同区民政局" not in _orgs(facts)
    assert "广德市慈善总会" in _orgs(_facts("广德市慈善总会会长沈知秋出席。"))


def test_a_bare_charity_title_is_held_in_the_federation_the_sentence_named() -> None:
    facts = _facts(
        "15日上午，调研组来到湖南省慈善总会座谈。座谈会由湖南省慈善总会常务副会长向晚舟主持，副会长兼秘书长温若岚介绍了情况。"
        "16日，调研组赴湖北省慈善总会考察。"
    )
    positions = _positions(facts)
    assert {("温若岚", "副会长", "湖南省慈善总会"), ("温若岚", "秘书长", "湖南省慈善总会")} <= positions
    assert not any(p == "温若岚" and o == "湖北省慈善总会" for p, _, o in positions)


def test_a_member_unit_with_its_representative_in_brackets() -> None:
    facts = _facts("副会长单位及代表：洛阳某建设集团有限公司（董事长 方砚秋）、洛阳市青年企业家协会（会长 商若水）。")
    positions = _positions(facts)
    assert ("方砚秋", "董事长", "洛阳某建设集团有限公司") in positions or any(p == "方砚秋" and r == "董事长" for p, r, _ in positions)
    assert ("商若水", "会长", "洛阳市青年企业家协会") in positions


def test_alliances_and_fellow_townsmen_associations_are_organizations() -> None:
    # docs/gold-conventions.md: a named alliance is an organization, also where it rotates a chair like a network
    facts = _facts(
        "会上，洛阳市慈善超市联盟揭牌成立，由洛阳市慈善总会秘书长岑暮雪兼任联盟理事长。"
        "香港粤东同乡联谊总会会长简知行出席。2022年度联盟轮值主席单位作了报告。"
    )
    orgs = _orgs(facts)
    assert {"洛阳市慈善超市联盟", "香港粤东同乡联谊总会"} <= orgs
    assert "年度联盟" not in orgs


def test_a_unit_before_its_heads_title_is_no_name() -> None:
    people = {f["name"] for f in _facts("6月9日，办公室主任乔暮云，项目部部长柏怀瑾参加调研。") if f["kind"] == "person"}
    assert "项目部" not in people and "柏怀瑾" in people


def test_a_one_character_county_keeps_its_level_word_before_wei() -> None:
    facts = _facts("6月9日，歙县慈善协会召开大会。县委常委、统战部部长范清禾出席。", publisher="歙县慈善协会")
    assert "歙县县委" in _orgs(facts) and "歙县委" not in _orgs(facts)


def test_a_federations_notice_that_never_writes_its_name_appoints_in_the_publisher() -> None:
    facts = _facts("现将有关人事事项公告如下：聘任温听雨为总会秘书长。", publisher="绍兴市慈善总会")
    assert ("温听雨", "秘书长", "绍兴市慈善总会") in _positions(facts)


def test_more_government_endings_and_a_state_company_prefix() -> None:
    facts = _facts(
        "12月23日，弥渡县教育体育局局长邵远山、兰陵县融媒体中心主任魏听松出席。获奖单位：国网泰州市姜堰区供电公司。",
        publisher="弥渡县红十字会",
    )
    orgs = _orgs(facts)
    assert {"弥渡县教育体育局", "兰陵县融媒体中心", "国网泰州市姜堰区供电公司"} <= orgs
    assert ("邵远山", "局长", "弥渡县教育体育局") in _positions(facts)


def test_a_bare_list_of_names_after_a_colon_names_people_not_attendees() -> None:
    facts = _facts(
        "12月18日，表彰大会召开。获得“优秀慈善志愿者”称号的是：傅晴川、邬念慈、柴望舒、洪一苇。"
        "获得“慈善之星”称号的是：庞秋水（退休教师）。重点领域：文化、安全、卫生。"
    )
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert {"傅晴川", "邬念慈", "柴望舒", "洪一苇", "庞秋水"} <= people
    assert not {"文化", "安全", "卫生"} & people
    towns = {f["name"] for f in _facts("试点街镇：张江、唐镇、周浦、康桥。") if f["kind"] == "person"}
    assert not towns & {"张江", "唐镇", "周浦", "康桥"}
    assert not {p for p, _ in _participation(facts)} & {"傅晴川", "庞秋水"}


def test_a_district_written_after_its_citys_short_form_takes_the_city() -> None:
    # 某银行成都武侯支行 writes the district with its city in front: 区民政局 is 成都市武侯区民政局
    facts = _facts(
        "4月22日，武侯区慈善会签约仪式举行。区民政局局长林照水，四川天府银行股份有限公司成都武侯支行行长谢微澜出席。",
        publisher="武侯区慈善会",
    )
    assert ("林照水", "局长", "成都市武侯区民政局") in _positions(facts)


def test_a_section_in_brackets_after_its_parent_is_one_sub_unit() -> None:
    # docs/gold-conventions.md: 区民政局（慈善社工科） is 某区民政局慈善社工科
    facts = _facts("3月11日，会议召开。列席：宁波市鄞州区民政局（慈善社工科）石映雪（科长）。")
    assert "宁波市鄞州区民政局慈善社工科" in _orgs(facts)
    assert ("石映雪", "科长", "宁波市鄞州区民政局慈善社工科") in _positions(facts)


def test_a_mixed_list_of_people_and_bodies_elected_together_names_the_people() -> None:
    facts = _facts("5月8日，大会召开。姚望川等27名个人和吉林某某实业集团有限公司等4家单位有关负责人当选副会长。")
    assert "姚望川" in {f["name"] for f in facts if f["kind"] == "person"}


def test_a_village_party_branch_is_a_body_with_a_bare_secretary() -> None:
    facts = _facts("车辋镇西庄村党支部书记莫望秋说，村里的大棚建起来了。")
    assert ("莫望秋", "书记", "车辋镇西庄村党支部") in _positions(facts)
    assert "党支部" not in {f["name"] for f in facts if f["kind"] == "person"}


def test_a_university_department_before_a_title_is_its_own_body() -> None:
    facts = _facts("临沂大学社会工作系副主任、副教授沈照林出席。")
    assert {("沈照林", "副主任", "临沂大学社会工作系"), ("沈照林", "副教授", "临沂大学社会工作系")} <= _positions(facts)


def test_the_convener_of_a_joint_meeting_is_a_title() -> None:
    people = {f["name"] for f in _facts("3月11日，会议由区政府副区长、区慈善工作联席会议召集人骆知寒主持。") if f["kind"] == "person"}
    assert "骆知寒" in people


def test_an_appointment_with_the_persons_own_titles_in_brackets() -> None:
    facts = _facts("现将有关人事事项公告如下：一、增补程望川（市民政局党组成员、副局长）为第五届理事会副会长。二、聘任温听雨为总会秘书长。", publisher="绍兴市慈善总会")
    positions = _positions(facts)
    assert ("程望川", "副会长", "绍兴市慈善总会") in positions
    assert ("程望川", "副局长", "绍兴市民政局") in positions


def test_a_rare_surname_that_is_an_everyday_character_starts_a_name_only_after_a_title() -> None:
    facts = _facts("会议由县卫生健康局局长字怀谷主持。选举县民政局原副局长自岚峰为监事长。会长自上任以来走访了各乡镇。作者：杞山月")
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert {"字怀谷", "自岚峰", "杞山月"} <= people
    assert not any(name.startswith("自上") for name in people)
    assert ("字怀谷", "局长", "县卫生健康局") in _positions(facts)
    assert ("自岚峰", "监事长", "县民政局") not in _positions(facts)


def test_a_joint_meeting_or_leading_group_holding_posts_is_an_organization() -> None:
    facts = _facts("3月11日，会议由区政府副区长、区慈善工作联席会议召集人骆知寒主持。市慈善工作领导小组组长程远山出席。")
    positions = _positions(facts)
    assert ("骆知寒", "召集人", "区慈善工作联席会议") in positions
    assert ("骆知寒", "副区长", "区政府") in positions
    assert ("程远山", "组长", "市慈善工作领导小组") in positions
    # a joint meeting of federations named as an event is no organization (it is the network of its meetings)
    assert "长三角慈善一体化联席会议" not in _orgs(_facts("5月12日，长三角慈善一体化联席会议在杭州召开。"))


def test_a_party_department_written_bare_after_its_committees_deputy_secretary_is_that_committees() -> None:
    # 市委副书记、政法委书记甲: the committee's department (as after 市委常委、); a town's congress after 镇党委副书记、 is not
    facts = _facts("5月28日，宣城市委副书记、政法委书记岑望舒带队到市慈善总会调研，青岚镇党委副书记、人大主席伍嘉禾陪同。")
    positions = _positions(facts)
    assert {("岑望舒", "副书记", "宣城市委"), ("岑望舒", "书记", "宣城市委政法委")} <= positions
    assert "宣城市委政法委" in _orgs(facts)
    assert not any(org.endswith("党委人大") for org in _orgs(facts))


def test_a_federations_department_written_without_its_parent() -> None:
    facts = _facts("江西省慈善总会会长廖青山率调研组赴湖南考察，总会常务副会长程望川，办公室主任温听雨，项目部部长柯远帆参加。")
    positions = _positions(facts)
    assert ("温听雨", "主任", "江西省慈善总会办公室") in positions
    assert ("柯远帆", "部长", "江西省慈善总会项目部") in positions
    notice = _facts("聘任陶明远为办公室（财务部）主任；聘任孟青禾为募捐部（慈善信托办公室）副主任，主持工作；聘任谢望川为项目部部长。", publisher="绍兴市慈善总会")
    positions = _positions(notice)
    assert ("陶明远", "主任", "绍兴市慈善总会办公室（财务部）") in positions
    assert ("孟青禾", "副主任", "绍兴市慈善总会募捐部（慈善信托办公室）") in positions
    assert ("谢望川", "部长", "绍兴市慈善总会项目部") in positions
    assert "慈善信托办公室" not in _orgs(notice)
    assert not any(role == "chair" for _, role in _participation(notice))  # 主持工作: in charge, no meeting chaired
    # a party committee's department is none of a federation's, and a bare list of departments names no body
    party = _facts("市委常委、宣传部部长钟岳出席。各部室负责人汇报了工作。", publisher="某市慈善总会")
    assert not any(o.endswith("慈善总会宣传部") or o.endswith("部室") for o in _orgs(party))
    # the department a verb leads (带领, 率领, 陪同) starts after the verb
    for verb in ("带领", "率领", "陪同"):
        led = _positions(_facts(f"5月9日，省红十字基金会秘书长何立群{verb}项目部部长柯远帆、财务部副部长苗静怡赴山区回访。"))
        assert ("柯远帆", "部长", "省红十字基金会项目部") in led, verb
        assert ("苗静怡", "副部长", "省红十字基金会财务部") in led, verb


def test_a_company_brand_split_by_the_segmenter_runs_back_to_the_clause_edge() -> None:
    facts = _facts("区慈善会会长程远山，蓉和健康产业集团（成都）有限公司党委书记、董事长邬青禾出席。")
    assert ("邬青禾", "董事长", "蓉和健康产业集团（成都）有限公司") in _positions(facts)
    assert "产业集团（成都）有限公司" not in _orgs(facts)


def test_a_list_joined_by_ji_before_a_company_ending_is_no_brand() -> None:
    # 环境、社会及公司治理: the words joined by 及 before 公司 name no company; the page's company stays the bare 公司's
    facts = _facts("湖州青禾纺织股份有限公司发布环境、社会及公司治理报告。公司董事长柯远帆介绍了公益项目。")
    assert not any(o.endswith("及公司") for o in _orgs(facts))
    assert ("柯远帆", "董事长", "湖州青禾纺织股份有限公司") in _positions(facts)


def test_a_registered_bodys_name_runs_back_to_the_place_that_opens_it() -> None:
    # place + coined brand + trade + ending: the segmenter splits the brand into verbs, numerals, conjunctions
    facts = _facts("捐赠方杭州启达电器有限公司、江苏和泰制药有限公司、福建三沙湾水产品有限公司代表出席。"
                   "委托人柯远帆（山东恒鼎重工集团股份有限公司董事长）出席。")
    orgs = _orgs(facts)
    assert {"杭州启达电器有限公司", "江苏和泰制药有限公司", "福建三沙湾水产品有限公司", "山东恒鼎重工集团股份有限公司"} <= orgs
    assert ("柯远帆", "董事长", "山东恒鼎重工集团股份有限公司") in _positions(facts)
    # words of the clause between a place and the ending are no brand
    clause = _orgs(_facts("上海市民积极支持电器有限公司的义卖。苏州企业捐赠，恒瑞电器有限公司董事长钟望舒出席。"))
    assert "电器有限公司" in clause or not any(o.startswith("上海") for o in clause)
    assert not any(o.startswith(("苏州企业", "苏州")) for o in clause)
    assert "恒瑞电器有限公司" in clause
    foundation = _facts("会议由上海和泰公益基金会理事长柯远帆主持。")
    assert ("柯远帆", "理事长", "上海和泰公益基金会") in _positions(foundation)


def test_a_verb_of_holding_a_post_is_no_part_of_the_body_after_it() -> None:
    facts = _facts("钟望舒，女，1979年5月生，博士研究生学历，现任岭南社会工作学院副教授。蔡青禾曾任江南置业集团有限公司总经理。")
    orgs = _orgs(facts)
    assert "岭南社会工作学院" in orgs
    assert not any(o.startswith(("现任", "曾任")) for o in orgs)


def test_a_party_to_a_deed_named_before_a_body_or_a_person_in_brackets() -> None:
    # 委托人/受托人/捐赠方 name a party to a trust or a gift: never part of the body's name after them
    facts = _facts("签约仪式举行，委托人柯远帆（杭州启达电器有限公司董事长）与受托人山东国元信托有限责任公司签订合同，"
                   "受益人代表、捐赠人钟望舒（江苏和泰制药有限公司总经理）出席。")
    orgs = _orgs(facts)
    assert {"山东国元信托有限责任公司", "杭州启达电器有限公司", "江苏和泰制药有限公司"} <= orgs
    assert not any(o.startswith(("受托人", "委托人")) for o in orgs)
    positions = _positions(facts)
    assert ("柯远帆", "董事长", "杭州启达电器有限公司") in positions
    assert ("钟望舒", "总经理", "江苏和泰制药有限公司") in positions


def test_a_networks_rotating_chair_inside_a_title_chain_breaks_no_chain() -> None:
    for body in ("浙江省慈善联合总会会长、2026年度长三角慈善一体化联席会议轮值主席柯远帆主持会议。",
                 "浙江省慈善联合总会会长、长三角慈善一体化联席会议轮值主席柯远帆主持会议。",
                 "浙江省慈善联合总会会长、沪苏浙皖慈善协作网络本年度轮值主席柯远帆主持会议。"):
        positions = _positions(_facts(body))
        assert ("柯远帆", "会长", "浙江省慈善联合总会") in positions
        assert not any(role == "主席" for _, role, _ in positions)  # the rotating chair is a chair term, no post
    later = _positions(_facts("2024年度轮值主席、安徽省慈善总会会长钟望舒出席。"))
    assert ("钟望舒", "会长", "安徽省慈善总会") in later


def test_a_title_held_at_the_time_of_an_event_told_before_is_held_in_its_body() -> None:
    facts = _facts("2021年9月，第二次联席会议在南京召开，江苏省慈善总会轮值。时任会长钟望舒提议建立联合选树机制。")
    assert ("钟望舒", "会长", "江苏省慈善总会") in _positions(facts)
    # without 时任 a bare title is not moved to the sentence before's body
    other = _facts("江苏省慈善总会轮值。副市长钟望舒出席。")
    assert not any(p == "钟望舒" for p, _, _ in _positions(other))


def test_a_universitys_own_short_form_and_its_heads_on_its_pages() -> None:
    # 校 before a title or a body is the university the page names; 副校长 is held in the university named before it
    facts = _facts("10月16日，东海科技大学校友、宁波启达电器有限公司董事长柯远帆向母校捐赠，校党委书记钟望舒，"
                   "校党委副书记、校教育发展基金会理事长蔡青禾，副校长阎书韵出席。东海科技大学宁波校友会会长邬远帆致辞。")
    positions = _positions(facts)
    assert ("钟望舒", "党委书记", "东海科技大学") in positions
    assert ("蔡青禾", "党委副书记", "东海科技大学") in positions
    assert ("蔡青禾", "理事长", "东海科技大学教育发展基金会") in positions
    assert ("阎书韵", "副校长", "东海科技大学") in positions
    assert ("邬远帆", "会长", "东海科技大学宁波校友会") in positions
    assert "校教育发展基金会" not in _orgs(facts)
    # a university's school is no second university for 校; with no university named, 校 names nothing
    schools = _positions(_facts("南湖大学机械工程学院院长柯远帆、校党委副书记钟望舒出席。"))
    assert ("钟望舒", "党委副书记", "南湖大学") in schools
    alone = _facts("校党委书记钟望舒出席。副校长蔡青禾讲话。")
    assert not _positions(alone)


def test_a_county_the_segmenter_reads_as_a_verb_before_its_level_word() -> None:
    # 开化 (to civilize), 安定, 平和 …: a county's name the segmenter tags as a word of the clause
    facts = _facts("义乌市民政局一行7人来开，开化县委常委、统战部部长柯远帆出席。")
    positions = _positions(facts)
    assert ("柯远帆", "常委", "开化县委") in positions
    assert ("柯远帆", "部长", "开化县委统战部") in positions
    assert "县委" not in _orgs(facts)


def test_titles_of_works_companies_hospitals_and_party_offices() -> None:
    facts = _facts("昌平县农机修造厂厂长柯远帆，江南置业集团有限公司总法律顾问钟望舒、人力资源总监蔡青禾，"
                   "南湖医院心内科主治医师阎书韵，南湖市社会组织综合党委专职副书记邬远帆出席。")
    positions = _positions(facts)
    assert ("柯远帆", "厂长", "昌平县农机修造厂") in positions
    assert ("钟望舒", "总法律顾问", "江南置业集团有限公司") in positions
    assert ("蔡青禾", "人力资源总监", "江南置业集团有限公司") in positions
    assert ("阎书韵", "主治医师", "南湖医院") in positions  # a doctor's grade is held in the hospital (gold-conventions)
    assert ("邬远帆", "专职副书记", "南湖市社会组织综合党委") in positions


def test_hospitals_named_by_a_place_and_a_medical_ending() -> None:
    facts = _facts("8月3日，爱心企业向岚山县慈善会捐赠救护车，定向用于岚山县北坡中医院、岚山县妇幼保健院和岚山中西医结合医院。"
                   "岚山县青石街道社区卫生服务中心主任柯远帆、岚山县北坡中医院院长钟望舒出席。")
    orgs = _orgs(facts)
    assert {"岚山县北坡中医院", "岚山县妇幼保健院", "岚山中西医结合医院", "岚山县青石街道社区卫生服务中心"} <= orgs
    positions = _positions(facts)
    assert ("柯远帆", "主任", "岚山县青石街道社区卫生服务中心") in positions
    assert ("钟望舒", "院长", "岚山县北坡中医院") in positions


def test_a_doctors_grade_after_a_department_is_held_in_the_hospital() -> None:
    facts = _facts("10月9日，义诊专家有：岚山第二医院神经外科主任医师柯远帆，岚山县妇幼保健院儿童保健科副主任医师钟望舒，"
                   "岚山县青石街道社区卫生服务中心全科医生邬远帆；岚山第二医院眼科主任蔡青禾到场指导。")
    positions = _positions(facts)
    assert ("柯远帆", "主任医师", "岚山第二医院") in positions
    assert ("钟望舒", "副主任医师", "岚山县妇幼保健院") in positions
    assert ("邬远帆", "全科医生", "岚山县青石街道社区卫生服务中心") in positions
    assert ("蔡青禾", "主任", "岚山第二医院眼科") in positions  # the department's own head: a post in the department
    orgs = _orgs(facts)
    assert not [o for o in orgs if o.endswith(("神经外科", "儿童保健科"))]
    assert not [p for p in positions if p[0].endswith("科")]
    facts = _facts("10月9日，岚山市青石人民医院骨科主任、主任医师柯远帆带队义诊。")
    assert {("柯远帆", "主任", "岚山市青石人民医院骨科"), ("柯远帆", "主任医师", "岚山市青石人民医院")} <= _positions(facts)
    assert "岚山市青石人民医院" in _orgs(facts)  # the hospital named only inside its department's name


def test_a_hospitals_centre_before_a_grade_gives_the_hospital_the_grade() -> None:
    # 某医院某治疗中心主任、主任医师甲: as after a 科, the centre's head holds the post in the centre, the grade in the hospital
    facts = _facts("10月9日，岚山市青石人民医院眼病治疗中心主任、主任医师柯远帆带队义诊。")
    positions = _positions(facts)
    assert ("柯远帆", "主任", "岚山市青石人民医院眼病治疗中心") in positions
    assert ("柯远帆", "主任医师", "岚山市青石人民医院") in positions
    assert ("柯远帆", "主任医师", "岚山市青石人民医院眼病治疗中心") not in positions


def test_a_department_written_short_or_in_traditional_characters_gives_its_hospital_the_grade() -> None:
    """The hospital is looked up as its department is written: a short form after the full name, a traditional page."""
    facts = _facts("日照市青石中医院骨科举行义诊。\n10月9日，市青石中医院骨科主任、主任医师柯远帆带队。")
    assert [body for who, role, body in _positions(facts) if (who, role) == ("柯远帆", "主任医师")] == ["日照市青石中医院"]
    facts = _facts("10月9日，岚山市青石中醫院骨科主任、主任醫師柯遠帆帶隊義診。")
    assert ("柯遠帆", "主任醫師", "岚山市青石中醫院") in _positions(facts)


def test_the_last_words_of_a_body_named_before_stand_for_it_before_a_title() -> None:
    facts = _facts("22日，钟望舒看望了南湖区慈善总会义工大队志愿者。义工大队队长柯远帆介绍了情况。"
                   "随后一行来到南湖区民政局。民政局局长蔡青禾介绍了情况。")
    positions = _positions(facts)
    assert ("柯远帆", "队长", "南湖区慈善总会义工大队") in positions
    assert ("蔡青禾", "局长", "南湖区民政局") in positions
    # words no body named before ends in are no short form
    assert not _positions(_facts("南湖区慈善总会召开会议。服务队队长柯远帆发言。"))


def test_policy_phrases_and_office_abbreviations_inside_names_of_bodies() -> None:
    facts = _facts("座谈会由县乡村振兴办主办，县新时代文明实践志愿服务联盟承办，联盟秘书长颜望舒主持。区金融办副主任方远帆出席。")
    orgs = _orgs(facts)
    assert {"县乡村振兴办", "县新时代文明实践志愿服务联盟", "区金融办"} <= orgs
    assert ("方远帆", "副主任", "区金融办") in _positions(facts)


def test_posts_given_up_with_a_reason_or_without_a_body_written() -> None:
    notice = _facts("二、聘任钟望舒为总会秘书长，免去何远帆的秘书长职务（到龄退休）。三、同意裘青禾因工作调整辞去第五届理事会副会长职务。", publisher="绍兴市慈善总会")
    former = {(f["person"], f["role"], f["organization"]) for f in notice if f["kind"] == "position" and f["status"] == "former"}
    assert {("何远帆", "秘书长", "绍兴市慈善总会"), ("裘青禾", "副会长", "绍兴市慈善总会")} <= former
    assert ("钟望舒", "秘书长", "绍兴市慈善总会") not in former


def test_a_pronoun_after_an_appointing_verb_is_the_person_named_before() -> None:
    facts = _facts("会议选举苗远帆为市慈善总会会长；白青禾同志因到龄不再兼任市慈善总会会长，经会议研究，聘请他为市慈善总会终身荣誉会长。")
    records = {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}
    assert ("白青禾", "会长", "市慈善总会", "former") in records
    assert ("白青禾", "终身荣誉会长", "市慈善总会", "current") in records
    assert ("苗远帆", "终身荣誉会长", "市慈善总会", "current") not in records


def test_a_county_level_city_the_article_is_about_owns_its_bare_city_bodies() -> None:
    body = "瑞安市慈善总会与同乡会在瑞安市签约，瑞安市政协主席陈望舒出席。市委常委、统战部部长蔡青禾，市慈善总会会长黄远帆出席。"
    article = Article("t", body, title="瑞安市善款助学", date="2026-03-14", publisher="温州日报", body_start=0)
    positions = _positions([f.to_record() for f in extract_article(article).facts])
    assert ("蔡青禾", "常委", "瑞安市委") in positions
    assert ("黄远帆", "会长", "瑞安市慈善总会") in positions


def test_a_county_level_city_named_once_inside_another_body_does_not_own_the_bare_city_bodies() -> None:
    facts = _facts("6月10日，市防汛抗旱指挥部召开座谈会，义乌市蓝天救援队队长周立平参加。市慈善总会会长孙立群讲话。")
    positions = _positions(facts)
    assert ("周立平", "队长", "义乌市蓝天救援队") in positions
    assert not {p for p in positions if p[0] == "孙立群" and p[2].startswith("义乌市")}, positions


def test_a_department_after_the_federations_own_short_name_and_respective_lists() -> None:
    facts = _facts("会议决定：聘任施望舒为总会募捐部（慈善信托部）部长；同意蔡远帆因个人原因辞去总会项目部部长职务。"
                   "聘任杨青禾、邱明远分别为武康街道慈善工作站、新市镇慈善工作站站长。", publisher="德清县慈善总会")
    records = {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}
    assert ("施望舒", "部长", "德清县慈善总会募捐部（慈善信托部）", "current") in records
    assert ("蔡远帆", "部长", "德清县慈善总会项目部", "former") in records
    assert ("杨青禾", "站长", "武康街道慈善工作站", "current") in records
    assert ("邱明远", "站长", "新市镇慈善工作站", "current") in records
    assert ("杨青禾", "站长", "新市镇慈善工作站", "current") not in records
    # 分别为 meaning "for" pairs nothing and names no one elected
    handed = _facts("6月9日，市慈善总会会长程远山、副会长周望川分别为获奖单位颁奖。")
    assert ("周望川", "attendee") in _participation(handed)


def test_minutes_list_units_with_a_colon_and_departments_of_the_nearer_body() -> None:
    body = ("出席：\n区慈善联合会：俞望舒（执行会长）、金远帆（副秘书长）\n塘栖镇慈善分会：姚青禾（秘书长）\n区民政局：沈明远（社救科科长）\n"
            "列席：区慈善联合会募捐部部长吴望川，项目部部长潘远山\n记录：区慈善联合会办公室科员 朱青禾")
    facts = _facts(body, publisher="临平区慈善联合会")
    positions = _positions(facts)
    # (the publisher's district completes the short forms: 临平区 is a place of data/lexicons/places.tsv)
    assert {("金远帆", "副秘书长", "临平区慈善联合会"), ("姚青禾", "秘书长", "塘栖镇慈善分会")} <= positions
    assert ("潘远山", "部长", "临平区慈善联合会项目部") in positions
    assert ("朱青禾", "科员", "临平区慈善联合会办公室") in positions
    assert not any(o.endswith("慈善联合会社救科") for o in _orgs(facts))


def test_bodies_named_with_a_word_for_people_and_award_list_bodies() -> None:
    facts = _facts("区志愿者协会秘书长郭望舒出席。6月9日，区慈善会慰问了一线的志愿者以及救援队员。")
    assert ("郭望舒", "秘书长", "区志愿者协会") in _positions(facts)
    assert "救援队员" not in _orgs(facts)
    awards = _orgs(_facts("慈善楷模奖（单位）：宁波象远船舶修造有限公司、东陈乡彩虹伞志愿服务队、鹤浦镇渔嫂互助会、安吉县华远竹木制品厂。"))
    assert {"宁波象远船舶修造有限公司", "东陈乡彩虹伞志愿服务队", "鹤浦镇渔嫂互助会", "安吉县华远竹木制品厂"} <= awards


def test_a_mixed_colon_list_of_bodies_and_people_and_towns_at_an_items_edge() -> None:
    facts = _facts("慈善之星（排名不分先后）：石浦镇东门村股份经济合作社、应望舒、西周镇慈善工作站、贺远帆、鹤浦镇渔嫂互助会。")
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert {"应望舒", "贺远帆"} <= people
    assert {"石浦镇东门村股份经济合作社", "西周镇慈善工作站", "鹤浦镇渔嫂互助会"} <= _orgs(facts)
    assert "镇慈善工作站" not in _orgs(facts)


def test_a_short_form_in_a_title_chain_takes_the_place_of_the_body_before_it() -> None:
    # a Jiangsu federation's article: 省人大常委会 in a Zhejiang officer's chain is Zhejiang's, 市 in a Zaozhuang one's Zaozhuang's
    facts = _facts(
        "6月10日，联席会议在南京召开。浙江省慈善联合总会会长、省人大常委会原副主任秦望舒，"
        "枣庄市慈善总会会长、市人大常委会原主任龚青禾岚，江苏省政协原副主席、省慈善总会会长檀云起出席会议。",
        publisher="江苏省慈善总会",
    )
    positions = _positions(facts)
    assert ("秦望舒", "副主任", "浙江省人大常委会") in positions
    assert ("龚青禾岚", "主任", "枣庄市人大常委会") in positions
    assert ("檀云起", "会长", "江苏省慈善总会") in positions
    assert not any(o.startswith("江苏省人大") for _, _, o in positions)


def test_a_ministrys_department_ending_in_si_before_a_title() -> None:
    facts = _facts("中华慈善总会副会长兼秘书长、原民政部社会事务司副司长翁照临出席会议。")
    assert ("翁照临", "副司长", "民政部社会事务司") in _positions(facts)
    assert ("翁照临", "秘书长", "中华慈善总会") in _positions(facts)


def test_one_persons_titles_in_two_bodies_across_a_comma() -> None:
    facts = _facts("10月28日，宣城市民政局党组书记、局长，市慈善总会会长欧阳砚带领调研组来我县调研。选举钱一鸣为会长，市慈善总会秘书长孙二立主持。", publisher="泾县慈善总会")
    positions = _positions(facts)
    assert {("欧阳砚", "局长", "宣城市民政局"), ("欧阳砚", "会长", "宣城市慈善总会")} <= positions
    assert not any(p == "孙二立" and r == "会长" for p, r, _ in positions)  # a title already given to a name stays its own


def test_a_title_of_a_numbered_council_is_the_meeting_bodys_and_former_under_a_later_term() -> None:
    facts = _facts(
        "18日，武义县慈善总会第六次会员代表大会召开。第五届理事会会长、县人大常委会原副主任欧阳砚作工作报告。"
        "会议选举产生了第六届理事会。大会决定聘请欧阳砚为名誉会长，聘请第四届理事会会长钱一鸣为顾问。"
    )
    posts = {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}
    assert ("欧阳砚", "会长", "武义县慈善总会", "former") in posts  # written, so it stays beside the new honorary post
    assert ("欧阳砚", "名誉会长", "武义县慈善总会", "current") in posts
    assert ("钱一鸣", "会长", "武义县慈善总会", "former") in posts
    current = _facts("18日，武义县慈善总会第六届理事会第一次会议召开。第六届理事会会长钱一鸣主持会议。")
    assert ("钱一鸣", "会长", "武义县慈善总会", "current") in {(f["person"], f["role"], f["organization"], f["status"]) for f in current if f["kind"] == "position"}


def test_provincial_departments_named_like_their_city_bureaus() -> None:
    facts = _facts("五届一次监事会选举省审计厅原一级巡视员欧阳砚为监事长，省住房和城乡建设厅副厅长钱一鸣出席。", publisher="山东省慈善总会")
    positions = _positions(facts)
    assert ("欧阳砚", "一级巡视员", "山东省审计厅") in positions
    assert ("钱一鸣", "副厅长", "山东省住房和城乡建设厅") in positions


def test_zonghui_on_a_page_whose_title_names_a_federation_is_that_federation() -> None:
    body = "18日，福建省慈善总会第六次会员代表大会召开。来自各设区市、平潭综合实验区慈善总会的代表参加大会。大会决定聘请欧阳砚为总会名誉会长。"
    article = Article("t", "省慈善总会召开第六次会员代表大会\n" + body, title="省慈善总会召开第六次会员代表大会", date="2023-06-19", publisher="福建日报", body_start=17)
    positions = _positions([f.to_record() for f in extract_article(article).facts])
    assert ("欧阳砚", "名誉会长", "福建省慈善总会") in positions
    assert not any(o.startswith("平潭") for _, _, o in positions)


def test_a_bare_title_after_a_chain_takes_the_host_not_the_chains_other_body() -> None:
    facts = _facts("6月10日，江西省慈善总会会长、省老区建设促进会名誉会长欧阳砚出席会议并讲话，常务副会长钱一鸣主持会议。")
    positions = _positions(facts)
    assert ("钱一鸣", "常务副会长", "江西省慈善总会") in positions
    assert ("钱一鸣", "常务副会长", "江西省老区建设促进会") not in positions
    # with no federation as the host, the list keeps the body named last
    arts = _positions(_facts("中国书法家协会理事、沈阳市文联副主席、沈阳市书法家协会主席欧阳砚，秘书长孙二立出席。"))
    assert ("孙二立", "秘书长", "沈阳市书法家协会") in arts


def test_a_names_romanized_spelling_in_brackets_keeps_the_list_going() -> None:
    facts = _facts("远帆新材料（苏州）有限公司总经理汉斯·穆勒（Hans Müller）、副总经理钱一鸣出席仪式。")
    assert ("钱一鸣", "副总经理", "远帆新材料（苏州）有限公司") in _positions(facts)


def test_name_title_pairs_listed_after_one_body_are_all_that_bodys() -> None:
    facts = _facts("交流中，南京市慈善协会欧阳砚会长、钱一鸣秘书长等通报了情况，副市长孙二立会见。")
    positions = _positions(facts)
    assert ("钱一鸣", "秘书长", "南京市慈善协会") in positions
    assert not any(p == "孙二立" and o == "南京市慈善协会" for p, _, o in positions)


def test_a_bare_jituan_refers_back_to_a_group_company_written_with_its_legal_tail() -> None:
    facts = _facts("万晟控股集团有限公司董事长欧阳砚宣布捐赠。集团总裁钱一鸣与基金会签署了协议。")
    assert ("钱一鸣", "总裁", "万晟控股集团有限公司") in _positions(facts)


def test_a_supervisors_academic_title_keeps_the_chain_and_is_no_post() -> None:
    facts = _facts("大会决定聘请福州大学社会学系教授、博士生导师欧阳砚为总会高级顾问。", publisher="福建省慈善总会")
    positions = _positions(facts)
    assert ("欧阳砚", "教授", "福州大学社会学系") in positions
    assert not any(r == "博士生导师" for _, r, _ in positions)


def test_a_sub_unit_after_its_parents_short_form_is_under_the_parent_written_in_full() -> None:
    facts = _facts("10月28日，宣城市民政局局长欧阳砚带领市民政局慈善事业促进和社会工作科科长钱一鸣到泾县调研。", publisher="泾县慈善总会")
    assert ("钱一鸣", "科长", "宣城市民政局慈善事业促进和社会工作科") in _positions(facts)


def test_a_short_biography_gives_current_and_former_posts() -> None:
    facts = _facts(
        "聘任欧阳砚为总会秘书长。欧阳砚，女，1978年3月生，中共党员，现任越城区民政局二级调研员，"
        "曾任越城区慈善总会副秘书长、越城区民政局社会救助科科长。钱一鸣现任越城区财政局局长。",
        publisher="绍兴市慈善总会",
    )
    posts = {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}
    assert ("欧阳砚", "二级调研员", "越城区民政局", "current") in posts
    assert ("欧阳砚", "副秘书长", "越城区慈善总会", "former") in posts
    assert ("欧阳砚", "科长", "越城区民政局社会救助科", "former") in posts
    assert ("钱一鸣", "局长", "越城区财政局", "current") in posts
def test_a_levels_short_form_in_a_title_chain_takes_the_place_of_the_body_before_it() -> None:
    body = ("5月8日，长三角慈善一体化联席会议在南京召开。江苏省慈善总会会长程远山，浙江省慈善联合总会会长、省人大常委会原副主任俞望舒，"
            "枣庄市慈善总会会长、市人大常委会原主任孔青禾，中华慈善总会副会长兼秘书长、原民政部社会事务司副司长孔远帆出席会议。")
    positions = _positions(_facts(body, publisher="江苏省慈善总会"))
    assert ("俞望舒", "副主任", "浙江省人大常委会") in positions
    assert ("孔青禾", "主任", "枣庄市人大常委会") in positions
    assert {("孔远帆", "秘书长", "中华慈善总会"), ("孔远帆", "副司长", "民政部社会事务司")} <= positions
    assert ("俞望舒", "副主任", "江苏省人大常委会") not in positions


def test_the_federations_own_short_name_is_the_one_the_article_names_most_and_council_titles_stay() -> None:
    body = ("18日，福建省慈善总会第六次会员代表大会在福州召开。省慈善总会会长程远山作报告。平潭综合实验区慈善总会等单位获表彰。"
            "六届一次监事会选举省审计厅原副厅长施望舒为监事长。大会决定聘请第五届理事会会长杨青禾为总会名誉会长。")
    positions = _positions(_facts(body, publisher="东南快报"))
    assert ("杨青禾", "名誉会长", "福建省慈善总会") in positions
    assert ("杨青禾", "会长", "福建省慈善总会") in positions
    assert ("施望舒", "副厅长", "福建省审计厅") in positions


def test_a_chain_goes_on_over_a_comma_between_a_title_and_the_next_body_and_a_particle_glued_to_a_town() -> None:
    facts = _facts("10月28日，宣城市民政局党组书记、局长，市慈善总会会长周望舒带队调研。会议由镇党委委员、副镇长钟远帆主持。")
    positions = _positions(facts)
    assert {("周望舒", "党组书记", "宣城市民政局"), ("周望舒", "局长", "宣城市民政局"), ("周望舒", "会长", "宣城市慈善总会")} <= positions
    assert "由镇党委" not in _orgs(facts)
    assert "香港粤东同乡联谊总会" in _orgs(_facts("香港粤东同乡联谊总会会长郑远山出席。"))


def test_a_community_facility_named_in_quotation_marks_after_its_locality() -> None:
    facts = _facts("6月9日，调研组考察了江宁区东山街道“邻里食堂”和正定县正定镇“童心港湾”儿童之家。会议强调推进“一老一小”工作。")
    orgs = _orgs(facts)
    assert {"江宁区东山街道“邻里食堂”", "正定县正定镇“童心港湾”儿童之家"} <= orgs
    assert not any("一老一小" in o for o in orgs)
    # a list item's locality may start with a character that is a particle elsewhere (和, 与, 向)
    listed = _orgs(_facts("6月9日，授牌单位：江宁区慈善协会；和顺街道“邻里食堂”、向荣镇“童心港湾”儿童之家。"))
    assert {"和顺街道“邻里食堂”", "向荣镇“童心港湾”儿童之家"} <= listed


def test_a_quoted_brand_with_no_facility_word_after_a_visited_locality_is_a_facility_there() -> None:
    # 考察了某镇“某某微家”: the sentence visits it, the locality names it; no facility word needed inside the marks
    facts = _facts("6月9日，调研组实地考察了青川县柳岸镇“暖心小筑”，又来到石桥村“乐邻汇”和县慈善协会。")
    assert {"青川县柳岸镇“暖心小筑”", "石桥村“乐邻汇”"} <= _orgs(facts)
    # no visit, or words after the marks (a village's committee, a campaign's work): no facility
    none = _orgs(_facts("6月9日，石桥村“两委”班子召开会议。调研组考察了柳岸镇“一老一小”工作。石桥村“乐邻汇”开展活动。"))
    assert not any("“" in o for o in none), none


def test_a_bodys_own_team_or_a_brand_opening_a_name_keeps_its_quoted_part() -> None:
    facts = _facts("8月3日，青川县慈善协会“暖阳行动”志愿服务总队总队长欧阳砚带队走进敬老院。会后，一行参观了“乐邻坊”社区慈善空间。")
    orgs = _orgs(facts)
    assert {"青川县慈善协会“暖阳行动”志愿服务总队", "“乐邻坊”社区慈善空间"} <= orgs
    assert ("欧阳砚", "总队长", "青川县慈善协会“暖阳行动”志愿服务总队") in _positions(facts)
    # a name's words between the brand and its ending; a district's facility whose own name says what it is
    more = _orgs(_facts("8月3日，“青溪”沿河片区慈善联盟召开年会。与会人员考察了平阳县“暖邻驿站”和某镇慈善工作站。"))
    assert {"“青溪”沿河片区慈善联盟", "平阳县“暖邻驿站”"} <= more
    # a slogan (a blank inside), a city's campaign (全市), a programme after a body (“某某家园”): no organization
    none = _orgs(_facts("8月3日，“善行山河 爱满人间”慈善超市改革工程启动。会议通报全市“爱心驿站”建设及县红十字会“博爱家园”项目。"))
    assert not any("“" in o for o in none), none


def test_the_team_words_after_a_quoted_brand_name_no_body_once_the_brand_is_cut_off() -> None:
    """带领“某某”巾帼志愿服务队, 为“某某”青年志愿服务队授旗, “某某”留守儿童…服务队, “某某”宣讲团: where the quoted brand
    makes no team of its own (a programme's team), the team's words read after it (巾帼志愿服务队) are no body either."""
    for sentence in ("8月3日，青川县妇联主席欧阳砚带领“彩虹桥”巾帼志愿服务队走进敬老院。",
                     "8月3日，行长卜晓雨为行里的“金禾”青年志愿服务队授旗。",
                     "8月3日，“青春之声”理论宣讲团走进社区。",
                     "8月3日，学校“星河”留守儿童陪伴计划志愿者服务队成立。",
                     "“青松之光”共产党员服务队开展服务32次，“润城善家”党员志愿服务队开展活动58次。"):
        orgs = _orgs(_facts(sentence))
        assert not any(o.endswith(("服务队", "宣讲团")) for o in orgs), (sentence, orgs)
    # a body's own team after it, a brand with its facility word, a team with a head, a place opening the name: kept
    kept = _orgs(_facts("8月3日，青川县慈善协会“暖阳”志愿服务队开展活动，一行参观了“乐邻坊”社区慈善空间。"
                        "“晨光”志愿服务队队长欧阳砚介绍情况。“爱心”青川县红十字会捐赠物资。"))
    assert {"青川县慈善协会“暖阳”志愿服务队", "“乐邻坊”社区慈善空间", "“晨光”志愿服务队"} <= kept, kept
    assert any(o.startswith("青川县红十字会") or o.endswith("青川县红十字会") for o in kept), kept
    # a trust's committee after the trust's quoted brand is its organ, not a team: the rule leaves it to the committee's readers
    assert any(o.endswith("决策委员会") for o in _orgs(_facts("8月3日，“晨星·春芽”慈善信托决策委员会召开第一次会议。")))


def test_a_team_opening_with_its_quoted_brand_is_a_body_on_a_page_of_its_head_or_members() -> None:
    """举行“某某”献血志愿服务队授旗仪式 … 服务队队长甲; 带领“某某”巾帼志愿服务队 … 队员们: a page that writes a team's head or
    members tells of a team of its own, not a programme's; a place right before the brand opens the name (某地“某某”志愿救援队);
    a project's team (“某某”项目志愿服务队) and a team after a body's word for itself (总会“某某”志愿服务队) stay none."""
    facts = _facts("8月3日，青川县红十字会举行“晨曦”献血志愿服务队授旗仪式，欧阳砚将队旗授予服务队队长卜晓雨。")
    assert "“晨曦”献血志愿服务队" in _orgs(facts)
    assert ("卜晓雨", "队长", "“晨曦”献血志愿服务队") in _positions(facts)
    led = _orgs(_facts("8月3日，妇联主席欧阳砚带领“彩虹桥”巾帼志愿服务队走进敬老院。队员们为老人理发。"))
    assert "“彩虹桥”巾帼志愿服务队" in led, led
    placed = _orgs(_facts("8月3日，卜晓雨是舟山“海上明灯”志愿救援队队长。十年来带领队员参与搜救170余次。"))
    assert "舟山“海上明灯”志愿救援队" in placed, placed
    none = _orgs(_facts("8月3日，欧阳砚为“晨曦”项目志愿服务队授旗，总会“善行”志愿服务队也来到现场。队长卜晓雨发言。"))
    assert not any(o.endswith("服务队") for o in none), none


def test_a_volunteers_team_of_yigong_is_a_body() -> None:
    """某区「某某」義工隊, 某镇爱心义工队: 义工队 (traditional 義工隊), 义工大队, 志工队 end a team's name as 志愿服务队 does."""
    facts = _facts("6月7日，泉州市鯉城區「暮光」臨終關懷義工隊成立五週年。儀式由義工隊隊長卜晓雨主持。")
    assert "泉州市鯉城區「暮光」臨終關懷義工隊" in _orgs(facts)
    assert ("卜晓雨", "隊長", "泉州市鯉城區「暮光」臨終關懷義工隊") in _positions(facts)


def test_a_governments_office_by_its_short_form_is_a_body_and_its_full_form_stays_whole() -> None:
    """某省政府新闻办举行发布会, 市信访办承办, 县政府协作办: a government's office named by its short form (as 外事办, 侨办) is
    a body, no title needed after it; the full form (…新闻办公室) is read whole, not cut at its short form."""
    orgs = _orgs(_facts("9月1日，青川省政府新闻办举行新闻发布会。市政府主办、南川市信访办承办的接待日活动同日举行。"))
    assert {"青川省政府新闻办", "南川市信访办"} <= orgs and not any(o.endswith("省政府") for o in orgs), orgs
    whole = _orgs(_facts("9月1日，南川市人民政府新闻办公室举行新闻发布会。南川市人民政府口岸办公室主任欧阳砚出席。"))
    assert {"南川市人民政府新闻办公室", "南川市人民政府口岸办公室"} <= whole, whole
    assert not any(o.endswith("人民政府") for o in whole), whole


def test_a_county_whose_name_is_an_everyday_word_is_no_place_after_a_word() -> None:
    # 和 joining two words, 会同 (jointly with) before a short form: no county 和县 or 会同县 is named
    facts = _facts("6月3日，青阳县慈善协会召开大会，全县各乡镇和县直部门代表参加。县民政局局长欧阳砚讲话。县卫健委将会同县慈善协会开展义诊。")
    orgs = _orgs(facts)
    assert {"青阳县民政局", "青阳县慈善协会"} <= orgs and not any(o.startswith(("和县", "会同县")) for o in orgs), orgs
    assert ("欧阳砚", "局长", "青阳县民政局") in _positions(facts)
    # after a verb of going or its city, the county is named
    assert _orgs(_facts("6月3日，马鞍山市慈善总会一行来到和县慈善协会座谈。")) >= {"和县慈善协会"}


def test_a_chained_department_keeps_its_committee_on_a_page_of_several_counties() -> None:
    facts = _facts("6月3日，青阳县慈善协会召开大会，石台县慈善协会会长钱一鸣出席。县委常委、组织部部长欧阳砚讲话。")
    assert not any(o.endswith("县织部") for o in _orgs(facts)), _orgs(facts)
    assert any(p[0] == "欧阳砚" and p[2].endswith("县委组织部") for p in _positions(facts)), _positions(facts)


def test_a_short_form_in_a_chain_on_a_traditional_page_takes_its_place_once() -> None:
    facts = _facts("6月3日，甌海區委統戰部副部長、區民族宗教事務局局長歐陽硯出席。")
    assert ("歐陽硯", "局長", "甌海區民族宗教事務局") in _positions(facts), _positions(facts)


def test_a_school_written_only_as_a_students_is_no_organization() -> None:
    facts = _facts("6月3日，受助学生代表、青阳县第一中学高二学生欧阳砚，清溪大学2024级本科生钱一鸣先后发言。")
    assert not {"青阳县第一中学", "清溪大学"} & _orgs(facts), _orgs(facts)
    # named otherwise too (the venue), or its students' own body: an organization
    named = _orgs(_facts("6月3日，捐赠仪式在青阳县第一中学举行，青阳县第一中学高二学生欧阳砚发言。清溪大学学生会主席钱一鸣出席。"))
    assert {"青阳县第一中学", "清溪大学"} <= named, named


def test_a_pupils_school_with_a_primary_grade_is_no_organization() -> None:
    """某小学五年级学生甲: a primary school's grade (一年级 … 九年级) before 学生 is where a pupil studies, as 高二 is."""
    facts = _facts("6月3日，青阳县实验小学五年级学生宓清和领读了《安全出行倡议书》。")
    assert "青阳县实验小学" not in _orgs(facts), _orgs(facts)
    assert "宓清和" in {f["name"] for f in facts if f["kind"] == "person"}


def test_a_body_named_only_for_a_proposed_post_or_as_the_addressee_of_a_proposal_is_no_organization() -> None:
    """拟任某局某站副站长 (a post not held yet), 整理成建议提交某市人大常委会 (a text sent to a body): no organization on that
    ground; the body the person holds a post in now is one."""
    facts = _facts("郗望岳，男，1990年2月生，2014年7月参加工作。现任青阳县社会福利中心办公室主任，拟任青阳县民政局救助管理站副站长。")
    assert _orgs(facts) == {"青阳县社会福利中心办公室"}, _orgs(facts)
    facts = _facts("6月3日，青阳县人大代表缑晚晴视察青阳县救助管理站，表示将把了解到的情况整理成建议，提交青阳县人大常委会。")
    assert "青阳县人大常委会" not in _orgs(facts), _orgs(facts)
    assert "青阳县救助管理站" in _orgs(facts), _orgs(facts)


def test_a_unit_after_a_short_ending_is_the_unit_of_the_parent_written_in_full_with_its_place() -> None:
    """县住建局村镇建设股 on a page that writes 某县住房和城乡建设局 (and 县住房和城乡建设局): the unit of that bureau, named with
    its place, not of the placeless 县住房和城乡建设局."""
    facts = _facts("5月14日，青阳县住房和城乡建设局召开推进会。县住房和城乡建设局局长缑晚晴出席。县住建局村镇建设股股长逄知远通报了情况。")
    assert ("逄知远", "股长", "青阳县住房和城乡建设局村镇建设股") in _positions(facts), _positions(facts)


def test_a_micro_fire_station_named_by_its_kind_alone_is_no_organization() -> None:
    """为全市60个微型消防站添置, 各社区微型消防站: a kind of station everywhere; 某某社区微型消防站站长甲: one station."""
    facts = _facts("6月3日，青阳县慈善总会为全市60个微型消防站添置了灭火毯，社区微型消防站队员参加培训。青石社区微型消防站站长缑晚晴带领队员演示。")
    assert _orgs_ending_in(facts, ("消防站",)) == {"青石社区微型消防站"}, _orgs(facts)


def test_a_head_title_after_a_bare_parent_opens_no_unit_of_it() -> None:
    """某县民政局长甲与某中心理事长乙, 站长由中心项目主管丙担任: the 长 of a head's title after 局 or 站 opens no unit running to
    the next body's ending (no 局长甲与某中心); 校长办公室主任丁 is the university's office."""
    facts = _facts("6月10日，青阳县民政局长晁明溪与青阳善来社会工作服务中心理事长邬照庭签订协议。站长由中心项目主管芮照临担任。")
    assert ("邬照庭", "理事长", "青阳善来社会工作服务中心") in _positions(facts), _positions(facts)
    assert not any("长晁明溪" in name or "长由" in name for name in _orgs(facts)), _orgs(facts)


def test_a_body_written_only_for_its_room_is_no_organization() -> None:
    facts = _facts("6月3日，青阳县慈善协会第二次会员大会在县行政服务中心三楼会议室召开，县委党校报告厅同步收看。")
    assert not any(o.endswith(("行政服务中心", "党校")) for o in _orgs(facts)), _orgs(facts)
    # a hotel's room is the venue's; a body named otherwise too stays
    kept = _orgs(_facts("6月3日，年会在青阳大酒店二楼会议室召开。青阳县民政局局长欧阳砚出席，会后在县民政局会议室座谈。"))
    assert {"青阳大酒店", "青阳县民政局"} <= kept, kept
    # the square before a government building where an event is held is a place
    square = _orgs(_facts("6月3日，青阳县慈善一日捐启动仪式在县政府广场举行，青阳县慈善协会会长欧阳砚致辞。"))
    assert "青阳县慈善协会" in square and not any(o.endswith("政府") for o in square), square


def test_a_hall_or_exhibition_centre_where_an_event_is_held_is_a_venue() -> None:
    found = _orgs(_facts("6月3日，全市慈善工作会议在青阳会堂召开。6月5日，慈善项目推介会在青阳国际博览中心举行。"))
    assert {"青阳会堂", "青阳国际博览中心"} <= found, found


def test_a_body_a_text_is_sent_to_is_no_organization_on_that_ground() -> None:
    facts = _facts("请各单位于3月5日前将材料报市慈善总会秘书处，经研究并报县民政局同意，名单报送县红十字会。", publisher="青阳县慈善协会")
    assert not any(o.endswith(("秘书处", "民政局", "红十字会")) for o in _orgs(facts)), _orgs(facts)
    # named otherwise too: an organization
    kept = _orgs(_facts("6月3日，青阳县民政局局长欧阳砚出席。会议决定并报县民政局备案。"))
    assert "青阳县民政局" in kept, kept


def test_a_department_ending_inside_bufen_is_no_body() -> None:
    facts = _facts("10月21日，总会组织部分副会长单位赴嘉兴考察，项目部分资金已拨付。青阳县委组织部副部长欧阳砚陪同。")
    orgs = _orgs(facts)
    assert not any(o.endswith(("组织部", "项目部")) and not o.startswith("青阳") for o in orgs), orgs
    assert "青阳县委组织部" in orgs, orgs


def test_a_community_named_like_a_place_holds_its_party_secretary() -> None:
    facts = _facts("区志愿者协会秘书长郭望舒，龙凤社区党委书记罗远帆参加活动。")
    assert ("罗远帆", "党委书记", "龙凤社区") in _positions(facts)


def test_clauses_without_a_name_after_one_appointment_are_the_appointees() -> None:
    facts = _facts("1.聘任欧阳砚为总会副秘书长，兼任综合办公室主任，免去其财务部部长职务；", publisher="武义县慈善总会")
    posts = {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}
    assert ("欧阳砚", "主任", "武义县慈善总会综合办公室", "current") in posts
    assert ("欧阳砚", "部长", "武义县慈善总会财务部", "former") in posts
    # two appointees: whose the clause is is not said
    two = _positions(_facts("聘任欧阳砚为总会副秘书长，钱一鸣为总会办公室主任，兼任财务部部长。", publisher="武义县慈善总会"))
    assert not any(r == "部长" for _, r, _ in two)


def test_lifelong_honorary_titles_and_lianhui_bodies() -> None:
    facts = _facts("香港武义同乡会会长欧阳砚、永远名誉会长钱一鸣，香港慈善联会主席孙二立出席。")
    positions = _positions(facts)
    assert ("钱一鸣", "永远名誉会长", "香港武义同乡会") in positions
    assert ("钱一鸣", "名誉会长", "香港武义同乡会") not in positions
    assert ("孙二立", "主席", "香港慈善联会") in positions


def test_a_social_organizations_party_committee_holds_posts() -> None:
    facts = _facts("6月10日，浙江省民政厅党组书记、厅长欧阳砚，省社会组织综合党委副书记钱一鸣出席会议。")
    assert ("钱一鸣", "副书记", "浙江省社会组织综合党委") in _positions(facts)


def test_a_clause_subject_with_its_title_in_brackets() -> None:
    facts = _facts("6月10日，王文涛（武义县慈善总会会长）主持会议，钱一鸣（浙江大学教授）作报告。")
    positions = _positions(facts)
    assert ("王文涛", "会长", "武义县慈善总会") in positions
    assert ("钱一鸣", "教授", "浙江大学") in positions


def test_an_election_to_a_title_of_a_bodys_numbered_council() -> None:
    facts = _facts("6月10日，大会选举王文涛为武义县慈善总会第二届理事会会长，选举钱一鸣为监事长。")
    assert ("王文涛", "会长", "武义县慈善总会") in _positions(facts)


def test_a_photo_caption_states_a_post() -> None:
    facts = _facts("6月10日，武义县慈善总会召开会议。\n（图为武义县慈善总会执行会长王文涛讲话）\n图为永康市慈善总会秘书长钱一鸣\n会议强调要抓好募捐。")
    positions = _positions(facts)
    assert ("王文涛", "执行会长", "武义县慈善总会") in positions
    assert ("钱一鸣", "秘书长", "永康市慈善总会") in positions


def _notice(body: str) -> set[tuple[str, str, str, str]]:
    title = "扬州市慈善总会关于人事任免的通知\n"
    article = Article("t", title + body, title=title.strip(), date="2023-06-12", publisher="扬州市慈善总会", body_start=len(title))
    return {(f["person"], f["role"], f["organization"], f["status"]) for f in (x.to_record() for x in extract_article(article).facts) if f["kind"] == "position"}


def test_personnel_notice_shapes() -> None:
    # a name before 任 and a department with its title; 同志 before 为
    assert ("王文涛", "主任", "扬州市慈善总会办公室", "current") in _notice("王文涛任办公室主任；孙立新任财务部部长。")
    assert ("王文涛", "副主任", "扬州市慈善总会办公室", "current") in _notice("任命王文涛同志为办公室副主任（主持工作），试用期一年。")
    # a body heading its list of titles after a colon (秘书处 before a colon and a title is a body)
    listed = _notice("扬州市慈善总会秘书处：处长王文涛，副处长孙立新、李明华。")
    assert {("王文涛", "处长", "扬州市慈善总会秘书处", "current"), ("李明华", "副处长", "扬州市慈善总会秘书处", "current")} <= listed
    # a biography opening with the subject's name and sex
    bio = _notice("王文涛，男，汉族，1968年5月出生，现任扬州市民政局副局长、市慈善总会副会长。")
    assert ("王文涛", "副局长", "扬州市民政局", "current") in bio
    assert ("王文涛", "副会长", "扬州市慈善总会", "current") in bio


def test_shiren_before_a_body_makes_its_title_former() -> None:
    facts = _facts("2019年5月，时任武义县民政局局长王文涛参加了座谈。")
    assert [f["status"] for f in facts if f["kind"] == "position" and f["person"] == "王文涛"] == ["former"]


def test_the_first_of_a_list_right_after_the_verb_is_a_name_even_with_a_compound_surname() -> None:
    facts = _facts("6月10日，武义县慈善总会第三次会员代表大会召开。会议选举欧阳砚、王文涛为副会长，表决通过司马青、李明华等56人为理事。")
    positions = _positions(facts)
    assert ("欧阳砚", "副会长", "武义县慈善总会") in positions
    assert ("司马青", "理事", "武义县慈善总会") in positions


def test_a_title_then_you_then_a_name_and_danren_gives_that_person_the_title() -> None:
    positions = {(p, r, o) for p, r, o, _ in _notice("会议决定，会长由王文涛担任，秘书长由李明华兼任。扬州市慈善总会办公室主任由市民政局副局长孙立新兼任。")}
    assert {("王文涛", "会长", "扬州市慈善总会"), ("李明华", "秘书长", "扬州市慈善总会"), ("孙立新", "主任", "扬州市慈善总会办公室")} <= positions
    assert not any(p == "孙立新" and r == "主任" and o != "扬州市慈善总会办公室" for p, r, o in positions)


def _dated(facts: list[dict]) -> set[tuple[str, str, str]]:
    return {(f.get("person") or f.get("organization"), f["event_date"], f["role"]) for f in facts if f["kind"] == "participation"}


def test_preposition_glued_to_a_surname_before_a_title_is_no_name() -> None:
    """会议由庞秘书长主持: 由 and the surname are not a name 由庞; the surname refers back to the person named in full."""
    for opening, later, role in (
        ("理事长覃国栋、秘书长庞雪莲出席会议。", "会议由庞秘书长主持。", ("庞雪莲", "chair")),
        ("会长邝明远、副会长闵少卿出席会议。", "大会由闵副会长主持。", ("闵少卿", "chair")),
        ("主任晏子谦出席活动。", "仪式由晏主任主持。", ("晏子谦", "chair")),
    ):
        facts = _facts(f"6月10日，某市慈善基金会召开理事会。{opening}{later}")
        assert role in _participation(facts)
        assert not any(f["kind"] == "person" and f["name"].startswith(("由", "向")) for f in facts)


def test_bare_names_before_a_speech_led_by_a_verb_or_adverb() -> None:
    """Bare names (no title) whose clause leads to a speech cue through 进行/作/通过 or opens after 随后/特邀."""
    for sentence, name in (
        ("褚建平进行总结讲话。", "褚建平"),
        ("曹明辉进行了专题授课。", "曹明辉"),
        ("卫晓东作交流发言。", "卫晓东"),
        ("濮立钧作会议总结。", "濮立钧"),
        ("窦文杰首先致欢迎词，随后章丽华介绍了基本情况。", "章丽华"),
        ("会议特邀晁建邦作专题讲座。", "晁建邦"),
        ("杨志远传达了全国慈善会系统工作会议精神。", "杨志远"),
    ):
        facts = _facts(f"6月10日，某市慈善总会召开会议。{sentence}")
        assert {(name, "2023-06-10", "attendee"), (name, "2023-06-10", "speaker")} <= _dated(facts), sentence


def test_list_closed_by_a_count_before_the_leading_word() -> None:
    facts = _facts("6月10日，某市慈善总会召开会议。许国强、何丽萍、吕志华等5位理事先后作交流发言。")
    assert {(n, "speaker") for n in ("许国强", "何丽萍", "吕志华")} <= _participation(facts)


def test_names_joined_by_yu_before_a_cue() -> None:
    """甲与乙共同为基地揭牌: both were there; 甲与某公司签约: the company is no second name."""
    facts = _facts("6月10日，某市慈善总会召开会议。华振宇与金丽娟共同为基地揭牌。")
    assert {("华振宇", "attendee"), ("金丽娟", "attendee")} <= _participation(facts)
    facts = _facts("6月10日，某市慈善总会召开会议。戚远山和邬晓岚一同出席。")
    assert {("戚远山", "attendee"), ("邬晓岚", "attendee")} <= _participation(facts)
    facts = _facts("6月10日，某市慈善总会举行签约仪式。侯建新与某银行代表共同签约。")
    assert ("侯建新", "attendee") in _participation(facts)
    assert not any(f["kind"] == "person" and f["name"].startswith("某") for f in facts)


def test_adverb_before_a_verb_opens_no_name() -> None:
    """在随后召开的座谈会上: 召 is a surname, but 召开 is a word after the adverb, not a name."""
    facts = _facts("6月10日，考察团走访了某市慈善会。在随后召开的座谈会上，会长范晓东介绍了情况。")
    assert not any(f["kind"] == "person" and f["name"].startswith("召") for f in facts)


def test_taking_the_role_of_the_events_host() -> None:
    for sentence in ("韩晓光担任会议主持人。", "韩晓光担任本次活动主持人。", "韩晓光担任开幕式主持人。"):
        facts = _facts(f"6月10日，某市慈善总会召开会议。{sentence}")
        assert {("韩晓光", "attendee"), ("韩晓光", "chair")} <= _participation(facts), sentence


def test_a_core_of_generic_words_only_names_no_organization() -> None:
    facts = _facts("6月10日，全县乡镇慈善工作站、基层慈善分会、社区党群服务中心和两地慈善总会代表参加会议，内地兄弟省市慈善会也派员出席。")
    assert not _orgs(facts) & {"乡镇慈善工作站", "基层慈善分会", "社区党群服务中心", "两地慈善总会", "内地兄弟省市慈善会"}
    assert "城南镇慈善工作站" in _orgs(_facts("6月10日，城南镇慈善工作站站长邱明达出席会议。"))


def test_a_listed_company_or_an_applied_university_is_a_kind_of_body() -> None:
    facts = _facts("6月10日，临川市慈善总会邀请多家上市公司和一所应用型大学座谈，临川恒远科技股份有限公司董事长邱明达出席。")
    orgs = _orgs(facts)
    assert not orgs & {"上市公司", "应用型大学", "多家上市公司"}, orgs
    assert {"临川市慈善总会", "临川恒远科技股份有限公司"} <= orgs


def test_a_chamber_named_by_its_kind_or_membership_is_no_organization() -> None:
    facts = _facts("6月10日，两位会长分别代表所在商会签约。各异地商会和联盟成员商会、现有会员商会代表出席，海州市福建商会会长邱明达讲话。")
    orgs = _orgs(facts)
    assert not orgs & {"所在商会", "异地商会", "联盟成员商会", "成员商会", "现有会员商会", "会员商会"}
    assert "海州市福建商会" in orgs


def test_a_word_for_people_before_a_name_makes_a_person() -> None:
    for body, name in (
        ("6月10日，在独居老人蒋秀兰家中，会长杜宏文详细询问了她的身体状况。", "蒋秀兰"),
        ("6月10日，受助学生代表、被某某大学录取的闵子涵同学在发言中表示感谢。", "闵子涵"),
        ("6月10日，受助学生代表、某某大学大一学生闵子涵在发言中表示感谢。", "闵子涵"),
        ("6月10日，另一位获奖者、某区个体工商户钱德望因外出未能到场。", "钱德望"),
        ("6月10日，村民蒋秀兰激动地说，感谢大家。", "蒋秀兰"),
    ):
        assert name in _people(_facts(body)), body


def test_no_name_before_a_word_for_people_that_names_follow() -> None:
    facts = _facts("6月10日，项目为白内障患者、高龄老人、高二学生、初高中学生和全体同学送去慰问品。")
    assert not _people(facts)


def test_byline_labels_with_a_bar_credit_people() -> None:
    facts = _facts("6月10日，某市慈善协会会长杜宏文出席活动。\n编辑｜欧阳明远　审核｜闵晓婷\n文字｜蒋思远　图片｜戚雅楠")
    assert {"欧阳明远", "闵晓婷", "蒋思远", "戚雅楠"} <= _people(facts)
    assert not {who for who, _ in _participation(facts)} & {"欧阳明远", "闵晓婷", "蒋思远", "戚雅楠"}


def test_padded_and_surnameless_credits_and_contacts_are_people() -> None:
    """责任编辑：甲　乙 padded to three, (记者　某某某某) with no Han surname, 作者：某某·某某某 dotted, and the second
    contact of a contact block (on the same line after a phone, or aligned on the next line): people, no part."""
    facts = _facts(
        "6月10日，某市慈善协会会长杜宏文出席活动。\n"
        "联系人：蒋思远　0571-8888XXXX　柏　宁　139 0000 XXXX\n　　联系人：鲍文静　电话：0571-6666XXXX\n"
        "　　　　　　　卫　岚　电话：0571-6666XXXX\n　　邮　箱：xx@example.org\n"
        "（记者　次仁央拉）\n作者：阿依古丽·吐尔逊 戚雅楠\n责任编辑：窦　颖"
    )
    credited = {"蒋思远", "柏宁", "鲍文静", "卫岚", "次仁央拉", "阿依古丽·吐尔逊", "戚雅楠", "窦颖"}
    assert credited <= _people(facts)
    assert not {who for who, _ in _participation(facts)} & credited


def test_words_after_a_credit_label_are_no_surnameless_name() -> None:
    facts = _facts("6月10日，某市慈善协会会长杜宏文出席活动。\n图片：来源网络\n编辑：综合整理\n（图片：资料图片）\n文字：市慈善协会办公室")
    assert _people(facts) == {"杜宏文"}


def test_a_credited_name_with_a_title_in_the_story_still_takes_part() -> None:
    facts = _facts("6月10日，某区慈善会秘书长闵晓婷参加活动。闵晓婷在讲话中表示，要做好服务。\n审核｜闵晓婷")
    assert ("闵晓婷", "speaker") in _participation(facts)


def test_a_day_in_what_a_speaker_reports_does_not_date_the_people() -> None:
    """甲介绍了5月8日启动的项目: the day belongs to the project the speaker reports on, not to the meeting."""
    for report in ("介绍了5月8日启动的“微心愿”项目进展", "通报了3月15日举行的慈善晚会募款情况", "汇报了4月26日签约的合作项目", "回顾了1月9日成立以来的工作"):
        facts = _facts(f"6月10日，某市慈善总会召开项目推进会。会长方振华主持会议。秘书长邱丽娟{report}。市民政局副局长巫建新出席会议并讲话。")
        dated = _dated(facts)
        assert {("邱丽娟", "2023-06-10", "speaker"), ("巫建新", "2023-06-10", "attendee"), ("巫建新", "2023-06-10", "speaker")} <= dated, report
        assert {d for _, d, _ in dated} == {"2023-06-10"}, report


def test_days_opening_the_clauses_of_a_chronicle_date_their_own_people() -> None:
    """9月5日，甲出席…；9月12日，乙参加…: each day opening a clause dates the people named after it."""
    facts = _facts(
        "9月5日，总会会长萧振邦出席主题活动并致辞；9月12日，总会副会长童丽娜参加全省培训班；"
        "9月26日上午，总会召开秘书长办公会，秘书长乔志远主持会议。",
        date="2023-10-08",
    )
    dated = _dated(facts)
    assert {("萧振邦", "2023-09-05", "speaker"), ("童丽娜", "2023-09-12", "attendee"), ("乔志远", "2023-09-26", "chair")} <= dated
    assert not {p for p in dated if p[0] in ("童丽娜", "乔志远") and p[1] == "2023-09-05"}
    facts = _facts("15日上午，调研组一行在某会会长甘雨陪同下参观了某社区，16日，调研组赴某县，县长严峻陪同。", date="2023-06-20")
    assert {("甘雨", "2023-06-15", "attendee"), ("严峻", "2023-06-16", "attendee")} <= _dated(facts)


def test_a_second_cue_after_a_long_object_has_the_first_cues_subjects() -> None:
    for sentence in ("总会会长萧振邦出席中华慈善日主题活动并致辞。", "总会副会长童丽娜参加全省慈善会系统业务培训班开班仪式并讲话。"):
        facts = _facts(f"9月5日，{sentence}", date="2023-09-08")
        assert {role for _, role in _participation(facts)} == {"attendee", "speaker"}, sentence


def _titled(title: str, body: str, date: str) -> list[dict]:
    article = Article("t", f"{title}\n{body}", title=title, date=date, publisher="", body_start=len(title) + 1)
    return [f.to_record() for f in extract_article(article).facts]


def test_a_chronicle_of_a_past_year_places_its_days_in_that_year() -> None:
    """2025年…大事记 published in March 2026: 1月9日 is 2025-01-09, not 2026-01-09."""
    body = "1月9日　全市民政工作会议召开，市民政局局长戚明远作工作报告。\n6月12日　慈善项目推介会在某区举行，副局长蒲晓岚出席。\n"
    for title in ("2025年某市慈善事业大事记", "某县2025年慈善工作纪事", "2025年度某区慈善大事记"):
        dated = _dated(_titled(title, body, "2026-03-20"))
        assert {("戚明远", "2025-01-09", "speaker"), ("蒲晓岚", "2025-06-12", "attendee")} <= dated, title
        assert not {d for _, d, _ in dated if d.startswith("2026")}, title
    # a chronicle of the publication's own year, and a title of another kind, keep the publication's year
    assert ("蒲晓岚", "2026-06-12", "attendee") in _dated(_titled("2026年某市慈善事业大事记", body, "2026-12-20"))
    assert ("戚明远", "2026-01-09", "attendee") in _dated(_titled("某市2025年度慈善工作总结会召开", "1月9日，某市慈善总会召开总结会，会长戚明远主持。", "2026-01-12"))


def test_a_notice_of_a_meeting_to_come_gives_no_participation() -> None:
    """关于召开…的通知: the people of its agenda (主持, 通报, 讲话) have taken part in nothing yet."""
    body = "定于12月10日上午召开全体会议。会议由副厅长简雅筠主持。厅长汤致远通报全省慈善事业发展情况；副省长阮恒章讲话。"
    for title in ("关于召开某省慈善工作联席会议2026年度全体会议的通知", "关于举办全省慈善组织负责人培训班的通知"):
        facts = _titled(title, body, "2026-12-01")
        assert not _participation(facts), title
        assert {"简雅筠", "汤致远", "阮恒章"} <= {f["name"] for f in facts if f["kind"] == "person"}
    assert _participation(_titled("某省慈善工作联席会议2026年度全体会议召开", body.replace("定于", "").replace("召开", "召开了", 1), "2026-12-11"))


def test_a_notice_of_a_meeting_to_come_with_its_issuer_before_its_subject_gives_no_participation() -> None:
    """某会关于召开…的通知: the issuing body before 关于 (one or two, 、 between) still announces a meeting to come; the
    meeting that decided to convene it is dated earlier, and the agenda's people are not placed there either."""
    body = (
        "根据2026年3月2日秘书长办公会议决定，定于4月上旬召开三届二次理事会议。会议议程：1．理事长甘若水主持会议；"
        "2．副理事长兼秘书长骆平川作年度工作报告；3．拟邀请市民政局副局长晏启明到会讲话。"
    )
    for title in ("某市慈善基金会关于召开三届二次理事会议的通知", "某市慈善会、某市民政局关于举办慈善骨干培训班的通知"):
        facts = _titled(title, body, "2026-03-10")
        assert not _participation(facts), title
        assert {"甘若水", "骆平川", "晏启明"} <= {f["name"] for f in facts if f["kind"] == "person"}, title
        assert not [f for f in facts if f["kind"] == "event" and "三届二次" in f["name"]], title
    # a report of the meeting held, its body before its verb, still places its people
    held = body.replace("定于4月上旬召开", "4月8日召开了").replace("会议议程：", "").replace("拟邀请", "")
    assert _participation(_titled("某市慈善基金会召开三届二次理事会议", held, "2026-04-09"))


def test_a_list_line_opening_with_a_name_gives_that_name_the_posts_after_it() -> None:
    facts = _facts(
        "6月10日，某省民政厅印发表彰名单。\n"
        "邵国华　南昌市民政局慈善事业促进科科长\n"
        "冷秀芬（女）　九江市慈善总会副秘书长\n"
        "欧阳建华  新余市渝水区民政局党组成员、副局长\n"
        "钱立德　萍乡市湘东区慈善会会长、区人大常委会原副主任"
    )
    positions = _positions(facts)
    assert {
        ("邵国华", "科长", "南昌市民政局慈善事业促进科"),
        ("冷秀芬", "副秘书长", "九江市慈善总会"),
        ("欧阳建华", "党组成员", "新余市渝水区民政局"),
        ("欧阳建华", "副局长", "新余市渝水区民政局"),
        ("钱立德", "会长", "萍乡市湘东区慈善会"),
    } <= positions
    assert not {who for who, _ in _participation(facts)} & {"邵国华", "冷秀芬", "欧阳建华", "钱立德"}


def test_the_first_name_of_a_counted_list_is_a_person() -> None:
    assert "万福成" in _people(_facts("6月10日，决定授予万福成等10名同志“先进个人”称号。"))
    assert "沈和平" in _people(_facts("6月10日，城南镇慈善分会等10个单位和沈和平等20名个人受到表彰。"))


def test_a_place_ending_in_yuan_before_its_level_keeps_its_name() -> None:
    facts = _facts("6月10日，吉安市青原区民政局局长邵国华、太原市民政局局长钱立德出席。原省民政厅厅长冷秀芬也出席。")
    assert {("邵国华", "局长", "吉安市青原区民政局"), ("钱立德", "局长", "太原市民政局")} <= _positions(facts)
    assert "原省民政厅" not in _orgs(facts)


def test_a_day_opening_a_sentence_starts_its_episode_whatever_the_verb() -> None:
    """A digest's next item (6月23日，甲带队走进某校…) dates the people of the sentences after it, not only its own."""
    body = (
        "6月22日上午，某市慈善总会召开会长办公会议。会长苗清远主持会议。\n"
        "6月23日，总会秘书长龚青禾带队走进某乡中心学校，为师生开展应急救护培训。总会副秘书长廖志远介绍了培训内容。\n"
        "6月24日下午，某公司向市慈善总会捐赠100万元。公司董事长匡立诚、总经理詹若溪出席捐赠仪式。\n"
    )
    dated = _dated(_facts(body, date="2023-06-27"))
    assert {("廖志远", "2023-06-23", "speaker"), ("匡立诚", "2023-06-24", "attendee"), ("詹若溪", "2023-06-24", "attendee")} <= dated
    assert not {p for p in dated if p[0] in ("廖志远", "匡立诚", "詹若溪") and p[1] == "2023-06-22"}


def test_preposition_after_a_titled_person_is_no_surname() -> None:
    """钟离岚副校长向捐赠企业颁发…, 鲜于秘书长向学校赠送…: the title has its person; 向 is the preposition. A title
    with no person before it keeps a name written 向… after it (会长向国华)."""
    facts = _facts("6月10日，某大学举行捐赠仪式。钟离岚副校长向捐赠企业颁发了证书。秘书长鲜于朗出席。鲜于秘书长向学校赠送了急救包。")
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert {"钟离岚", "鲜于朗"} <= people and not {p for p in people if p.startswith("向")}
    assert "向国华" in {f["name"] for f in _facts("6月10日，某市慈善总会召开会议。会长向国华出席会议。") if f["kind"] == "person"}


def test_explaining_is_a_speech() -> None:
    for sentence in ("秘书长晏秋實现场讲解了急救要领。", "副秘书长晏秋實向学员讲解了操作要点。"):
        facts = _facts(f"6月10日，某区慈善会举行培训活动。{sentence}")
        assert ("晏秋實", "speaker") in _participation(facts), sentence


def test_an_adverb_after_a_known_name_ends_it() -> None:
    """乙则介绍, 乙又表示, 乙现场讲解: the adverb ends the name read before (乙 known from an earlier sentence)."""
    for adverb in ("则介绍", "又表示", "随即介绍", "现场介绍"):
        facts = _facts(f"6月10日，某基金会举行签约仪式。行政总裁祁美儀出席。祁美儀{adverb}，双方将共用一套系统。")
        assert ("祁美儀", "speaker") in _participation(facts), adverb


def test_a_predecessor_replaced_is_not_present() -> None:
    facts = _facts("6月10日，某基金会召开理事会，委任蒲嘉欣为财务总监，接替退休的前任总监闵志強。理事长邝德明主持。")
    assert "闵志強" not in {who for who, _ in _participation(facts)}
    assert ("邝德明", "chair") in _participation(facts)


def test_a_name_never_ends_in_a_particle() -> None:
    """连任的会长甲: 连 is a surname, but 连任的 is no name; 在甲、乙的见证下: the names stop before 的."""
    facts = _facts("6月10日，某区慈善会召开会员代表大会。区政协原副主席芮静连任会长。连任的会长芮静作表态发言。")
    people = {f["name"] for f in facts if f["kind"] == "person"}
    assert "芮静" in people and not {p for p in people if p.endswith("的")}
    assert ("芮静", "speaker") in _participation(facts)


def test_the_object_of_a_verb_is_no_item_of_the_next_clauses_list() -> None:
    """甲将会旗交给乙，丙、丁共同见证: 乙 receives the flag; only 丙 and 丁 witness."""
    facts = _facts("6月10日，某联盟举行交接仪式。理事长俞振华将联盟会旗交给下一届轮值主席单位理事长汤立本，严佩兰、蒋文杰共同见证。")
    roles = _participation(facts)
    assert {("严佩兰", "witness"), ("蒋文杰", "witness"), ("汤立本", "attendee")} <= roles
    assert ("汤立本", "witness") not in roles
    # a list running over commas with no verb before its names stays whole
    facts = _facts("6月10日，某市慈善总会召开理事会。会长晁永平，副会长柯文、喻立，秘书长濮海涛出席会议。")
    assert {(n, "attendee") for n in ("晁永平", "柯文", "喻立", "濮海涛")} <= _participation(facts)


def test_taking_a_part_at_the_event_is_presence() -> None:
    """甲、乙担任评审, 丙任监票人: a part taken at the event, not a post: they were there."""
    for sentence, name in (("某大学副教授邬明杰、协会秘书长单于茗担任评审。", "单于茗"), ("大会选举前，代表濮文涛任总监票人。", "濮文涛")):
        facts = _facts(f"6月10日，某协会举行公益创投大赛。{sentence}")
        assert (name, "attendee") in _participation(facts), sentence


def test_a_review_of_a_past_year_places_its_days_in_that_year() -> None:
    """某会2025年工作总结（摘要） published in January 2026: 1月22日 is 2025-01-22; a meeting held after the year
    (2025年度工作总结表彰会) keeps the publication's year."""
    body = "1月22日，总会举行慈善救助资金发放仪式，会长岑立东致辞。\n3月12日，召开六届三次理事会议，常务副会长柯永平主持。\n"
    for title in ("某市慈善总会2025年工作总结（摘要）", "某区慈善会2025年度工作总结", "某县慈善协会2025年工作回顾"):
        dated = _dated(_titled(title, body, "2026-04-20"))
        assert {("岑立东", "2025-01-22", "speaker"), ("柯永平", "2025-03-12", "chair")} <= dated, title
    meeting = _dated(_titled("某市慈善总会召开三届四次理事会暨2025年度工作总结表彰会", "3月11日，某市慈善总会召开理事会，会长岑立东主持。", "2026-03-15"))
    assert ("岑立东", "2026-03-11", "chair") in meeting


def test_saying_at_the_event_after_a_place_word() -> None:
    """甲在会上说, 乙在启动仪式上说：: 说 after 上 (at the event) is a speech, as after a name or 时/地."""
    for sentence, name in (
        ("会长苗立新在会上说，要把善款用好。", "苗立新"),
        ("副市长柏岚在启动仪式上说：“慈善是每个人的事。”", "柏岚"),
        ("理事长濮文清在座谈会上说，基金会将继续支持。", "濮文清"),
    ):
        facts = _facts(f"6月10日，某市慈善总会举行活动。{sentence}")
        assert {(name, "2023-06-10", "attendee"), (name, "2023-06-10", "speaker")} <= _dated(facts), sentence


def test_panel_discussion_and_exchange_are_speeches() -> None:
    """Who discusses or exchanges views at the event (展开讨论, 展开对话, 进行了深入交流) speaks."""
    for sentence, names in (
        ("某基金会理事长苗立新、某公司副总裁柏岚围绕“慈善透明”展开讨论。", ("苗立新", "柏岚")),
        ("在圆桌环节，某大学教授濮文清、某社工站站长晏秋实展开对话。", ("濮文清", "晏秋实")),
        ("秘书长苗立新就专项基金的使用与来访同行进行了深入交流。", ("苗立新",)),
        ("副会长柏岚与企业代表围绕乡村振兴展开交流。", ("柏岚",)),
    ):
        facts = _facts(f"6月10日，某市慈善总会召开座谈会。{sentence}")
        assert {(n, "speaker") for n in names} <= _participation(facts), sentence
    assert not _participation(_facts("6月10日，某市慈善总会召开座谈会。双方就合作进行了深入交流。"))


def test_who_entrusts_another_is_not_there_and_the_entrusted_acts() -> None:
    """甲委托乙致辞, 受甲委托，乙致辞: 甲 asked another to act for them; 丙受理事会委托作报告: 丙 is the one entrusted."""
    for sentence, away, acting in (
        ("副市长苗立新委托市民政局局长柏岚到会致辞。", "苗立新", "柏岚"),
        ("受副市长苗立新委托，市民政局局长柏岚致辞。", "苗立新", "柏岚"),
        ("受苗立新会长的委托，副会长柏岚宣读了贺信。", "苗立新", "柏岚"),
        ("会长苗立新因故未能到会，委托副会长柏岚代为讲话。", "苗立新", "柏岚"),
    ):
        found = _participation(_facts(f"6月10日，某市慈善总会召开理事会。{sentence}"))
        assert {(acting, "attendee"), (acting, "speaker")} <= found, sentence
        assert not {p for p in found if p[0] == away}, sentence
    found = _participation(_facts("6月10日，某市慈善总会召开会员代表大会。会长濮文清受第三届理事会委托作工作报告。"))
    assert {("濮文清", "attendee"), ("濮文清", "speaker")} <= found
    # 委托人 of a charity trust is a party that signs, not someone who sends another
    found = _participation(_facts("6月10日，某慈善信托签约仪式举行。某公司董事长晏秋实作为委托人签署了合同。"))
    assert ("晏秋实", "attendee") in found


def test_a_written_speech_or_a_letter_read_out_is_no_presence() -> None:
    """书面致辞, 宣读了甲的贺信, 未能到会: the person's words came to the event, the person did not."""
    for sentence, away in (
        ("市民政局局长苗立新作书面致辞。副局长柏岚出席会议。", "苗立新"),
        ("会长柏岚主持。会上宣读了副市长苗立新的贺信。", "苗立新"),
        ("会长柏岚主持。副市长苗立新因公务未能到会。", "苗立新"),
        ("会长柏岚主持。某省慈善协会会长苗立新作了书面交流。", "苗立新"),  # 作了 right before the written words: not there
    ):
        found = _participation(_facts(f"6月10日，某市慈善总会召开会员代表大会。{sentence}"))
        assert ("柏岚", "attendee") in found and not {p for p in found if p[0] == away}, sentence


def test_project_hope_names_hold_no_speech_word() -> None:
    """希望工程, 希望小学: a name holding 希望 (hope, a speech word: 甲希望…) is no cue; the list before it speaks not, and a
    head of a 希望小学 introducing the school speaks."""
    found = _participation(_facts("6月10日，某市希望工程实施35周年座谈会召开。团市委书记乔远帆，市青少年发展基金会理事长葛云舒，"
                                  "以及受助学生和希望工程志愿者代表出席。"))
    assert {("乔远帆", "attendee"), ("葛云舒", "attendee")} <= found
    assert not {p for p in found if p[1] == "speaker"}, found
    found = _participation(_facts("6月10日，某县恒屹希望小学揭牌仪式举行。某县恒屹希望小学校长柏岚介绍，新校区建有学生宿舍和食堂各一幢。"))
    assert {("柏岚", "attendee"), ("柏岚", "speaker")} <= found
    assert not {p for p in found if p[0] == "宿舍"}, found


def test_who_is_entrusted_with_written_words_gives_them() -> None:
    """甲未能到会，委托乙作书面交流: 乙 brings the written words to the room and gives them, a speaker; 甲 is away."""
    found = _participation(_facts("6月10日，某市慈善总会召开理事会。会长苗立新因另有公务未能到会，委托柏岚秘书长作书面交流。"))
    assert {("柏岚", "attendee"), ("柏岚", "speaker")} <= found
    assert not {p for p in found if p[0] == "苗立新"}


def test_words_said_after_a_part_of_the_event_are_a_speech() -> None:
    """“…”甲在签约后说: 说 after 后 (as after 时, 地, 上) is said there, by the one named before it."""
    found = _participation(_facts("6月10日，某慈善信托签约仪式举行。“父亲做了一辈子小五金，这份信托就是还给乡亲们的。”柏岚在签约后说。"))
    assert ("柏岚", "speaker") in found


def test_a_titled_report_or_speech_is_a_speech() -> None:
    """作题为《…》的主旨报告, 发表了题为“…”的演讲: the title between the verb and the noun hides no speech."""
    for sentence, name in (
        ("会长苗立新作题为《携手共进》的主旨报告。", "苗立新"),
        ("副市长柏岚发表了题为“慈善与共同富裕”的主旨演讲。", "柏岚"),
        ("教授濮文清做题为《社区慈善的路径》的专题讲座。", "濮文清"),
    ):
        assert (name, "speaker") in _participation(_facts(f"6月10日，某市慈善论坛举行。{sentence}")), sentence


def test_online_attendance_is_presence() -> None:
    """线上出席, 视频连线致辞, 通过视频致辞: attending or speaking from afar over a link is taking part."""
    for sentence, roles in (
        ("副会长苗立新线上出席。", {("苗立新", "attendee")}),
        ("副会长柏岚在线参加会议并发言。", {("柏岚", "attendee"), ("柏岚", "speaker")}),
        ("省慈善总会会长濮文清视频连线致辞。", {("濮文清", "attendee"), ("濮文清", "speaker")}),
        ("省慈善总会会长晏秋实通过视频致辞。", {("晏秋实", "attendee"), ("晏秋实", "speaker")}),
    ):
        assert roles <= _participation(_facts(f"6月10日，某市慈善总会召开理事会。{sentence}")), sentence


def test_a_minutes_label_that_ends_in_a_cue_word_gives_its_role() -> None:
    """会议主持：甲, 大会主持人：乙 as well as 主持：甲."""
    for label in ("会议主持", "大会主持人", "主持"):
        facts = _facts(f"6月10日，某市慈善总会召开会长办公会。\n参会人员：苗立新、柏岚\n{label}：濮文清\n记录：晏秋实")
        assert {("濮文清", "chair"), ("濮文清", "attendee"), ("苗立新", "attendee")} <= _participation(facts), label


def test_affirming_the_work_at_the_event_is_a_speech() -> None:
    """甲充分肯定了…的工作, 乙对…给予高度评价: the article reports what they said."""
    for sentence, name in (("会上，副市长苗立新充分肯定了总会一年来的工作。", "苗立新"), ("市民政局局长柏岚对总会的工作给予高度评价。", "柏岚")):
        assert (name, "speaker") in _participation(_facts(f"6月10日，某市慈善总会召开理事会。{sentence}")), sentence


def test_a_rotating_chair_named_before_a_cue_takes_part() -> None:
    """轮值主席甲主持会议: the rotating chair is a chair term, not a post, but the name after it is a person."""
    for sentence, role in (
        ("2026年度联席会议轮值主席苗立新主持会议。", "chair"),
        ("某省慈善总会会长、轮值主席柏岚主持会议，某会会长晏秋实出席。", "chair"),
        ("本年度轮值主席濮文清致辞。", "speaker"),
    ):
        facts = _facts(f"6月10日，某联席会议在某市召开。{sentence}")
        name = next(n for n in ("苗立新", "柏岚", "濮文清") if n in sentence)
        assert {(name, "attendee"), (name, role)} <= _participation(facts), sentence
        assert not any(f["kind"] == "position" and f["person"] == name and f["role"] == "主席" for f in facts), sentence
    for sentence in ("会议由轮值主席主持。", "轮值主席那一年，总会办了三件事。"):
        assert not [f for f in _facts(f"6月10日，某联席会议在某市召开。{sentence}") if f["kind"] == "person"], sentence


def test_representatives_listed_in_cells_under_a_label_alone_take_part() -> None:
    """签约代表：, then one line per unit with its title and name in cells spaced apart: they signed there."""
    body = (
        "6月10日，某区域民政协作联席会议在某市召开。会上举行了备忘录签约仪式。\n签约代表：\n"
        "某市民政局　　　党组成员、副局长　　苗立新\n某省民政厅　　　副厅长　　　　　　柏岚\n"
        "见证人：\n某部某司　　　副司长　　濮文清\n"
    )
    found = _participation(_facts(body))
    assert {("苗立新", "attendee"), ("柏岚", "attendee"), ("濮文清", "attendee"), ("濮文清", "witness")} <= found
    # a label that holds a cue word gives its role to the names after it on its line
    found = _participation(_facts("6月10日，某市慈善总会举行捐赠仪式。\n致辞嘉宾：副市长苗立新、会长柏岚"))
    assert {("苗立新", "speaker"), ("柏岚", "speaker")} <= found


def test_a_past_gathering_recalled_as_a_time_dates_its_sentence_only() -> None:
    """5月28日，甲到某会调研。…今年3月在某地召开的联席会议上，某会接任…。乙作了补充汇报: the recalled month dates
    its own sentence; the visit's people after it take part on the visit's day."""
    for recalled in ("今年3月在某市召开的联席会议上，总会接任了轮值主席单位。", "去年11月举行的年会上，总会获评先进集体。"):
        body = f"5月28日上午，某市副市长苗立新到市慈善总会调研。会长柏岚汇报了工作情况。{recalled}秘书长濮文清作了补充汇报。苗立新充分肯定了总会的工作。"
        dated = _dated(_facts(body, date="2026-05-29"))
        assert {("濮文清", "2026-05-28", "speaker"), ("苗立新", "2026-05-28", "speaker")} <= dated, recalled
        assert not any(d != "2026-05-28" for _, d, _ in dated), recalled


def test_a_second_cue_after_a_comma_and_bing_shares_the_subjects() -> None:
    """甲陪同，并介绍了…; 乙出席会议，并讲话: 并 after a comma joins the second cue to the first's people."""
    for sentence, name, role in (
        ("社区党委书记苗立新陪同，并介绍了社区慈善基金的使用情况。", "苗立新", "speaker"),
        ("副市长柏岚出席会议，并讲话。", "柏岚", "speaker"),
        ("会长濮文清出席，并为志愿者代表颁奖。", "濮文清", "attendee"),
    ):
        assert (name, role) in _participation(_facts(f"6月10日，某市慈善总会开展走访活动。{sentence}")), sentence
    found = _participation(_facts("6月10日，某市慈善总会开展走访活动。会长晏秋实带队，社区党委书记苗立新陪同，并介绍了情况。"))
    assert ("苗立新", "speaker") in found and ("晏秋实", "speaker") not in found


def test_a_speech_made_with_its_subject_between_zuo_and_the_noun() -> None:
    """甲作关于增补理事的说明, 乙作2026年1-8月工作情况报告, 丙做专题辅导: 作…说明/报告 is a speech; 作出, 工作, 作为 are not 作."""
    for sentence, name in (
        ("副会长兼秘书长苗立新作关于增补理事、常务理事的说明。", "苗立新"),
        ("常务副会长柏岚作2026年1-8月工作情况报告。", "柏岚"),
        ("某大学教授濮文清做慈善法修订要点专题辅导。", "濮文清"),
    ):
        assert (name, "speaker") in _participation(_facts(f"6月10日，某市慈善会召开常务理事会。{sentence}")), sentence
    for sentence in ("会长晏秋实作为捐赠方代表出席。", "会长晏秋实作出部署，要求做好工作。"):
        found = _participation(_facts(f"6月10日，某市慈善会召开常务理事会。{sentence}"))
        assert ("晏秋实", "attendee") in found, sentence
    assert ("晏秋实", "speaker") not in _participation(_facts("6月10日，某市慈善会召开常务理事会。会长晏秋实作为捐赠方代表出席。"))


def test_a_proposal_or_a_report_opening_reported_words_is_a_speech() -> None:
    """甲提议建立…, 乙报告，今年…: the article reports what they said at the event."""
    for sentence, name in (("时任会长苗立新提议建立联合选树机制。", "苗立新"), ("常务副会长柏岚报告，今年1至8月共接收捐赠5826万元。", "柏岚")):
        assert (name, "speaker") in _participation(_facts(f"6月10日，某市慈善会召开常务理事会。{sentence}")), sentence


def test_a_profile_places_no_one_at_an_event_by_words_to_the_reporter() -> None:
    """【人物专访】…——访某会会长甲: 同事乙说，…; 丙和他共事多年 tell the reporter, not an event; a sentence of the profile
    that tells a day, a happening or a speech still places its people."""
    body = (
        "2024年9月5日，由市慈善总会主办的慈善进万家活动在步行街启动。会长苗立新在启动仪式上说：“慈善不是有钱人的专利。”\n"
        "市慈善总会常务副会长柏岚和他共事多年。“老苗的特点是较真。”柏岚说。\n"
        "副会长濮文清说，总会这些年的变化，大家都看在眼里。\n"
    )
    for title in ("【人物专访】慈善这条路还想再走远一点——访某市慈善总会会长苗立新", "【善行人物】十二年如一日——记某市慈善总会会长苗立新"):
        found = _dated(_titled(title, body, "2025-06-20"))
        assert {("苗立新", "2024-09-05", "attendee"), ("苗立新", "2024-09-05", "speaker")} <= found, title
        assert not {p for p in found if p[0] in ("柏岚", "濮文清")}, title
    # the same words on a news page place the speakers at the day's event
    found = _dated(_titled("某市慈善进万家活动启动", body, "2024-09-06"))
    assert ("濮文清", "2024-09-05", "speaker") in found


def test_a_profile_is_told_by_its_header_lines_and_its_title_places_no_one() -> None:
    """A profile's marker in a subtitle line under a plain title (“…” / ——记某会会长甲) or a 慈善人物 title: its words to the
    reporter place no one at an event; its title names the profile's subject, who is not thereby at the page's day."""
    body = (
        "2024年9月5日，市慈善总会在步行街举行慈善进万家活动，会长苗立新出席并讲话。\n"
        "市慈善总会常务副会长柏岚和他共事多年。“老苗的特点是较真。”柏岚说。\n"
    )
    for header in ("“把善款花在明处”\n——记某市慈善总会会长苗立新", "慈善人物｜苗立新：“慈善要端得稳”", "人物对话｜苗立新：慈善要端得稳"):
        title = header.split("\n")[0]
        article = Article("t", f"{header}\n{body}", title=title, date="2025-06-20", publisher="", body_start=len(header) + 1)
        found = _dated([f.to_record() for f in extract_article(article).facts])
        assert {("苗立新", "2024-09-05", "attendee"), ("苗立新", "2024-09-05", "speaker")} <= found, header
        assert not {p for p in found if p[0] == "柏岚" or p[1] != "2024-09-05"}, header
    # on a news page the colleague's words place her at the day's event
    found = _dated(_titled("某市慈善进万家活动举行", body, "2024-09-06"))
    assert ("柏岚", "2024-09-05", "speaker") in found


def test_giving_a_lesson_is_a_speech() -> None:
    """甲为大家上了一堂…课, 乙为全体党员讲党课: a lecture given at the event."""
    for sentence, name in (("会长苗立新为大家上了一堂生动的慈善课。", "苗立新"), ("支部书记柏岚为全体党员讲党课。", "柏岚")):
        assert (name, "speaker") in _participation(_facts(f"6月10日，某市慈善总会开展主题党日活动。{sentence}")), sentence


def test_a_person_named_before_a_colon_that_ends_the_line_says_what_follows() -> None:
    """【同期声】某公司董事长 甲：, then the quoted words on the next line (a broadcast's transcript, an interview)."""
    for label in ("【同期声】某物流集团有限公司董事长 苗立新：", "【采访】市慈善总会会长柏岚：", "某市慈善总会会长 濮文清：", "【同期声】市民政局副局长 柏岚"):
        body = f"今天上午，我市慈善一日捐活动启动仪式在市民广场举行。\n{label}\n“一日捐，传递的是一座城市的温度。”"
        found = _participation(_facts(body, date="2026-07-02"))
        name = next(n for n in ("苗立新", "柏岚", "濮文清") if n in label)
        assert {(name, "attendee"), (name, "speaker")} <= found, label
    # a colon before the name is a label of a list, not a speech
    found = _participation(_facts("今天上午，我市慈善一日捐活动启动仪式在市民广场举行。\n主持人：晏秋实", date="2026-07-02"))
    assert ("晏秋实", "speaker") not in found


def test_a_second_post_after_a_chain_name_with_a_later_verb_and_a_body() -> None:
    """某会会长甲同时担任某基金会理事长, 某局局长乙，并任某会名誉会长: the post after the verb is the name's too; not where
    no body follows the verb (丙担任主持人), nor an election (丁当选某会会长 stays the election rule's, the sentence's
    others still present)."""
    body = (
        "6月10日，桐庐县慈善总会召开理事会。桐庐县慈善总会会长王强同时担任桐庐县青禾公益基金会理事长。"
        "桐庐县民政局局长李华，并任桐庐县慈善总会名誉会长，出席会议。赵刚担任主持人。"
    )
    facts = _facts(body)
    positions = _positions(facts)
    assert {
        ("王强", "理事长", "桐庐县青禾公益基金会"),
        ("李华", "名誉会长", "桐庐县慈善总会"),
    } <= positions, positions
    assert not any(person == "赵刚" for person, _, _ in positions), positions
    elected = _facts("10月23日上午，桐庐县城南镇慈善分会成立大会在城南镇召开，桐庐县慈善总会会长王强，城南镇党委书记赵刚出席会议"
                     "并为分会揭牌，镇党委委员李华当选分会会长。", date="2026-10-24")
    assert {("王强", "attendee"), ("赵刚", "attendee")} <= _participation(elected)
    assert ("李华", "会长", "桐庐县城南镇慈善分会") in _positions(elected)
    # 乙宣读决定，聘任丙兼任某部主任: the later post is 丙's; 乙 still speaks at the ceremony
    ceremony = _facts("3月17日下午，桐庐县人民医院社会工作部揭牌仪式在门诊楼举行，院长王强出席仪式。\n"
                      "随后，王强宣读了《关于设立社会工作部的决定》，聘任医务处副处长李华兼任社会工作部主任。", date="2026-03-18")
    assert ("李华", "主任", "桐庐县人民医院社会工作部") in _positions(ceremony)
    assert ("王强", "speaker") in _participation(ceremony)


def test_a_profiles_career_sentences_give_their_posts_to_the_subject_it_opened_with() -> None:
    body = (
        "欧阳砚，1962年生，泾县人。1984年大学毕业后回到家乡工作。此后历任泾县民政局副局长、局长，泾县人民政府副县长；"
        "2010年调任宣城市民政局副局长，2014年起担任宣城市民政局党组书记、局长，直至2022年退休。"
        "2022年，他当选宣城市慈善总会会长。他同时兼任安徽省慈善联合会副会长，曾任省慈善联合会监事。"
    )
    facts = _facts(body, publisher="宣城市慈善总会")
    posts = {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}
    assert {
        ("欧阳砚", "副局长", "泾县民政局", "former"),
        ("欧阳砚", "局长", "泾县民政局", "former"),
        ("欧阳砚", "副县长", "泾县人民政府", "former"),
        ("欧阳砚", "副局长", "宣城市民政局", "current"),
        ("欧阳砚", "局长", "宣城市民政局", "former"),
        ("欧阳砚", "副会长", "安徽省慈善联合会", "current"),
        ("欧阳砚", "监事", "安徽省慈善联合会", "former"),
    } <= posts


def test_a_career_clause_telling_where_the_subject_worked_gives_its_body_to_the_bare_titles_after_it() -> None:
    # 在某中心工作，先后任A、B; 他被调到某局，先后任A、B: the body of the clause before the career verb holds its bare titles
    body = (
        "欧阳砚，1968年生，泾县人。1990年他被调到泾县民政局，先后任副局长、局长。"
        "2002年至2010年在宣城市青禾社会工作服务中心工作，先后任项目主管、副主任。"
    )
    posts = _positions(_facts(body, publisher="宣城市慈善总会"))
    assert {
        ("欧阳砚", "副局长", "泾县民政局"),
        ("欧阳砚", "局长", "泾县民政局"),
        ("欧阳砚", "项目主管", "宣城市青禾社会工作服务中心"),
        ("欧阳砚", "副主任", "宣城市青禾社会工作服务中心"),
    } <= posts


def test_a_profiles_career_paragraph_after_its_opening_paragraph_is_the_subjects() -> None:
    """An obituary's 生平: the opening paragraph (甲，男，1950年3月生…) then a paragraph of the career with no name,
    whose posts come after a month (1993年3月任…) and 其间兼任 as well as a year."""
    body = (
        "欧阳砚，男，汉族，1950年3月生，泾县人，1970年8月参加工作。\n"
        "1978年任泾县民政科科长；1987年调任宣城市民政局局长、党组书记；1993年3月任宣城市人民政府副秘书长；"
        "1996年2月起任宣城市人大常委会副主任，其间兼任宣城市人大内务司法委员会主任委员，2005年4月退休。"
    )
    posts = _positions(_facts(body, publisher="宣城市慈善总会"))
    assert {
        ("欧阳砚", "科长", "泾县民政科"),
        ("欧阳砚", "局长", "宣城市民政局"),
        ("欧阳砚", "党组书记", "宣城市民政局"),
        ("欧阳砚", "副秘书长", "宣城市人民政府"),
        ("欧阳砚", "副主任", "宣城市人大常委会"),
        ("欧阳砚", "主任委员", "宣城市人大内务司法委员会"),
    } <= posts


def test_a_career_chain_line_by_line_gives_each_post_to_the_subject_and_a_superseded_post_is_former() -> None:
    """A 简历 told one dated line a paragraph (1986年5月起任…；¶ 1992年4月任…): the chain goes on past the paragraph after
    the opening; a title with no body takes the body before (1997年8月任局长); a post a later dated line (or 退休)
    follows, or held from a month to a month, is former; the chain's last post is current."""
    body = (
        "柏岚，女，汉族，1963年2月生，安徽桐城人，1983年7月参加工作。\n"
        "1983年7月至1986年4月，在桐城县孔城镇工作；\n"
        "1986年5月起任桐城县财政局预算股股长；\n"
        "1992年4月任桐城市财政局副局长，1997年8月任局长、党组书记；\n"
        "2004年6月—2012年9月任安庆市财政局局长，其间兼任安庆市国资委主任；\n"
        "2012年9月调任安庆市人大常委会副秘书长；\n"
        "2023年2月退休。\n"
        "2023年6月当选为安庆市慈善会会长。现兼任安徽省慈善联合会常务理事。"
    )
    facts = _facts(body, publisher="安庆市慈善会")
    posts = {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}
    assert {
        ("柏岚", "股长", "桐城县财政局预算股", "former"),
        ("柏岚", "副局长", "桐城市财政局", "former"),
        ("柏岚", "局长", "桐城市财政局", "former"),
        ("柏岚", "党组书记", "桐城市财政局", "former"),
        ("柏岚", "局长", "安庆市财政局", "former"),
        ("柏岚", "副秘书长", "安庆市人大常委会", "former"),
        ("柏岚", "常务理事", "安徽省慈善联合会", "current"),
    } <= posts
    # a news paragraph opening with a day is no line of the chain
    news = "柏岚，女，1963年2月生，安徽桐城人。\n2024年9月17日，安庆市慈善会举行座谈会。\n2024年10月任安庆市民政局局长。"
    assert not any(p[0] == "柏岚" for p in _positions(_facts(news, publisher="安庆市慈善会")))


def test_a_bio_paragraph_under_a_heading_line_that_ends_with_a_name_is_that_names() -> None:
    """理事会成员简介: a heading line (副会长　甲, 秘书长　乙（女）) then the bio paragraph that opens 男，…生 or 1970年3月生，…
    with no name: its posts are the heading's person's; 选举产生基金会第三届理事会 names no body 产生基金会."""
    body = (
        "经第一届理事会第八次会议选举，产生基金会第二届理事会。现将理事会成员简介如下：\n"
        "副理事长　柏岚（女）\n"
        "1970年3月生，浙江海宁人，大学学历。现任海宁市中心医院党委副书记，兼任海宁市红十字会常务理事。\n"
        "秘书长　晏秋实\n"
        "男，1981年生，浙江桐乡人。2015年至2022年任海宁市民政局社会组织科科长。"
    )
    facts = _facts(body, publisher="海宁市潮乡公益基金会")
    posts = {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}
    assert {
        ("柏岚", "党委副书记", "海宁市中心医院", "current"),
        ("柏岚", "常务理事", "海宁市红十字会", "current"),
        ("晏秋实", "科长", "海宁市民政局社会组织科", "former"),
    } <= posts
    assert "产生基金会" not in _orgs(facts)
    # the heading's title is held in the body the page's title names
    title = "海宁市潮乡公益基金会第二届理事会成员简介"
    titled = Article("t", f"{title}\n{body}", title=title, date="2023-06-12", publisher="海宁市潮乡公益基金会", body_start=len(title) + 1)
    held = _positions([f.to_record() for f in extract_article(titled).facts])
    assert {("柏岚", "副理事长", "海宁市潮乡公益基金会"), ("晏秋实", "秘书长", "海宁市潮乡公益基金会")} <= held
    # a line that ends with a name but is followed by a sentence naming nobody's birth is no heading of a bio
    assert not any(p[0] == "晏秋实" for p in _positions(_facts("秘书长　晏秋实\n现任海宁市民政局局长的同志参加会议。", publisher="海宁市潮乡公益基金会")))


def test_a_work_history_block_opening_with_the_name_and_a_date_is_that_names_career() -> None:
    """主要工作经历 under a 公示's table: 甲　1986年7月参加工作，…；2015年1月至2022年6月任… and 乙　2001.09—2012.08　unit+title
    with its dated lines under it: the name opening the block is a person whose posts follow; the lines tell no
    gathering (参加工作, 至 a month are no days anyone took part on), nor is 主持某处工作 chairing one."""
    body = (
        "现将候选人主要工作经历公示如下：\n"
        "晏秋实　1986年7月参加工作，2015年1月至2022年6月任海宁市民政局局长，2022年7月退休。\n"
        "柏　岚　2001.09—2012.08　海宁市财政局预算科副科长\n"
        "2012.09—　　海宁市慈善总会副秘书长（主持秘书处工作）"
    )
    facts = _facts(body, publisher="海宁市慈善总会")
    posts = {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}
    assert {
        ("晏秋实", "局长", "海宁市民政局", "former"),
        ("柏岚", "副秘书长", "海宁市慈善总会", "current"),
    } <= posts
    assert {"晏秋实", "柏岚"} <= {f["name"] for f in facts if f["kind"] == "person"}
    assert not [f for f in facts if f["kind"] == "participation"]


def test_a_pre_appointment_notices_current_posts_belong_to_the_name_that_opened_the_paragraph() -> None:
    body = (
        "钱一鸣，女，汉族，1986年5月生，浙江上虞人，2008年8月参加工作。现任越城区民政局社会救助处副处长、一级主任科员，"
        "拟任越城区民政局社会救助处处长。\n"
        "周望舒，男，1979年10月生，2000年参加工作。现任越城区民政局四级调研员，2025年3月起挂职任越城区慈善总会副秘书长，"
        "拟推荐为越城区慈善总会秘书长人选。"
    )
    posts = _positions(_facts(body, publisher="越城区民政局"))
    assert {
        ("钱一鸣", "副处长", "越城区民政局社会救助处"),
        ("钱一鸣", "一级主任科员", "越城区民政局社会救助处"),
        ("周望舒", "四级调研员", "越城区民政局"),
        ("周望舒", "副秘书长", "越城区慈善总会"),
    } <= posts
    assert ("钱一鸣", "处长", "越城区民政局社会救助处") not in posts  # 拟任: proposed, not held
    assert ("周望舒", "秘书长", "越城区慈善总会") not in posts


def test_a_name_opening_a_sentence_or_its_part_after_a_semicolon_is_whose_career_a_later_clause_tells() -> None:
    """甲此前曾任…；乙长期在基层工作，历任…: the name opening the sentence (or the part after ；) is the subject of a career
    verb opening a later clause of that part, with no one else named between; a name inside an earlier clause is not."""
    body = ("新任会长乔远帆，原会长葛云舒出席会议。据了解，葛云舒此前曾任泾县妇联主席、泾县政协副主席；"
            "乔远帆长期在基层和民政系统工作，历任泾县民政局局长、泾县人大常委会副主任，2025年12月退休。")
    posts = {(f["person"], f["role"], f["organization"], f["status"]) for f in _facts(body, publisher="泾县慈善总会") if f["kind"] == "position"}
    assert {("葛云舒", "主席", "泾县妇联", "former"), ("葛云舒", "副主席", "泾县政协", "former")} <= posts
    assert {("乔远帆", "局长", "泾县民政局", "former"), ("乔远帆", "副主任", "泾县人大常委会", "former")} <= posts
    assert not any(person == "葛云舒" and org.startswith("泾县民政局") for person, _, org, _ in posts)
    body = "新任会长乔远帆，原会长葛云舒出席会议。乔远帆主持会议，葛云舒介绍情况，历任泾县民政局局长。"
    assert not any(org == "泾县民政局" for _, _, org in _positions(_facts(body, publisher="泾县慈善总会")))  # the name before the verb opens no part


def test_a_career_sentence_naming_someone_else_is_not_the_profiles() -> None:
    body = "欧阳砚，1962年生，泾县人。此后，钱一鸣调任泾县民政局局长，周望舒历任泾县财政局副局长。"
    posts = _positions(_facts(body, publisher="泾县慈善总会"))
    assert not any(person == "欧阳砚" for person, _, _ in posts)


def test_executive_and_chief_officer_titles_of_boards_firms_and_departments_are_titles() -> None:
    body = (
        "6月3日，签约仪式在深圳举行。香港仁济长者基金会行政总裁欧阳砚、財務總監钱一鸣，某某会计师事务所合伙人周望舒，"
        "宣城市审计局总审计师钟远帆，香港社会福利署助理署长程远山，澳门明德慈善会司库孔青禾出席。"
    )
    positions = _positions(_facts(body, publisher="深圳市慈善会"))
    assert {
        ("欧阳砚", "行政总裁", "香港仁济长者基金会"),
        ("钱一鸣", "財務總監", "香港仁济长者基金会"),
        ("钟远帆", "总审计师", "宣城市审计局"),
        ("孔青禾", "司库", "澳门明德慈善会"),
    } <= positions
    assert not any(role in ("总裁", "总监") for _, role, _ in positions)


def test_a_hospital_pointed_back_to_with_gai_or_a_bare_yuan_is_the_one_named_last() -> None:
    """该院党委书记甲, 院党委副书记乙: a body ending in 院 written as 该院 or a bare 院 before a title is the one the page named
    last before it (of two hospitals visited), not the first, and not one named after it."""
    body = (
        "6月9日，考察组走访了东阳市中医医院。\n"
        "6月10日，考察组来到桐庐县人民医院，查看救护车运行情况。院党委副书记赵刚介绍了情况。该院党委书记刘强陪同。\n"
        "6月11日，考察组又来到建德市第一人民医院。"
    )
    positions = _positions(_facts(body))
    assert {("赵刚", "党委副书记", "桐庐县人民医院"), ("刘强", "党委书记", "桐庐县人民医院")} <= positions
    assert not any(person in ("赵刚", "刘强") and org != "桐庐县人民医院" for person, _, org in positions), positions


def test_a_bare_ending_after_an_appointing_verb_and_after_wei_in_a_council_meeting() -> None:
    """增选集团副总裁甲为基金会理事: 集团 right after the verb is the company the page named, and 基金会 after 为 the
    foundation whose council meets, not the guest's foundation the page named last (增选 is an election verb)."""
    body = (
        "6月10日，桐庐青禾公益基金会召开二届三次理事会，桐庐青禾实业集团有限公司董事长王强出席。"
        "建德市慈善基金会副秘书长张明到会指导。会议同意增选集团副总裁李华为基金会理事、副理事长。"
    )
    positions = _positions(_facts(body))
    assert {
        ("李华", "副总裁", "桐庐青禾实业集团有限公司"),
        ("李华", "理事", "桐庐青禾公益基金会"),
        ("李华", "副理事长", "桐庐青禾公益基金会"),
    } <= positions, positions
    assert not any(person == "李华" and org == "建德市慈善基金会" for person, _, org in positions)


def test_a_body_pointed_back_to_with_gai_and_a_title_before_zhe_inside_a_name() -> None:
    body = (
        "5月8日，座谈会由香港明德慈善交流协会主办，该会主席欧阳砚主持，社会福利署助理署长钱一鸣出席。"
        "次日，代表团参观了香港西区长者服务中心，该中心总干事周望舒介绍了服务情况。"
    )
    facts = _facts(body, publisher="深圳市慈善会")
    positions = _positions(facts)
    assert {
        ("欧阳砚", "主席", "香港明德慈善交流协会"),
        ("钱一鸣", "助理署长", "社会福利署"),
        ("周望舒", "总干事", "香港西区长者服务中心"),
    } <= positions
    assert not any(role == "区长" for _, role, _ in positions)


def test_a_credit_line_with_slashes_names_the_writer_and_the_photographer() -> None:
    facts = _facts("6月10日，某市慈善协会会长杜宏文出席活动。\n（文/欧阳明远　图/闵晓婷）\n文/图 蒋思远")
    assert {"欧阳明远", "闵晓婷", "蒋思远"} <= _people(facts)
    assert not {who for who, _ in _participation(facts)} & {"欧阳明远", "闵晓婷", "蒋思远"}


def test_one_character_of_the_clause_before_a_place_starts_no_name() -> None:
    facts = _facts("十二年，她把“秘书长”做成了“老娘舅”——记宣城市慈善总会副会长欧阳砚。")
    assert ("欧阳砚", "副会长", "宣城市慈善总会") in _positions(facts)
    assert "记宣城市慈善总会" not in _orgs(facts)


def test_a_resume_under_a_profiles_opening_gives_the_subject_each_lines_posts() -> None:
    body = (
        "欧阳砚同志生平\n"
        "欧阳砚，男，汉族，1950年3月生，安徽泾县人，1970年8月参加工作。\n"
        "1970.08—1980.10 泾县民政局科员、办公室主任\n"
        "1980.10—1990.06 泾县县委副书记、县长\n"
        "1990年6月至2002年1月 宣城市民政局副局长、局长\n"
        "2012.06—至今 宣城市慈善总会名誉会长\n"
        "2013.01—2014.02 钱一鸣在宣城市财政局任职。\n"
    )
    facts = _facts(body, publisher="宣城市慈善总会")
    posts = {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}
    assert {
        ("欧阳砚", "副书记", "泾县县委", "former"),
        ("欧阳砚", "副局长", "宣城市民政局", "former"),
        ("欧阳砚", "局长", "宣城市民政局", "former"),
        ("欧阳砚", "名誉会长", "宣城市慈善总会", "current"),
    } <= posts
    assert not any(role == "县长" for _, role, _, _ in posts)  # an office title joined to a party committee's is not held in it
    assert not any(org == "宣城市财政局" for _, _, org, _ in posts)


def test_surnames_cheng_and_tuo_start_names_after_a_title_but_cheng_starts_no_ordinary_word() -> None:
    facts = _facts("6月10日，宣城市慈善总会常务副会长承文博、秘书长庹远帆出席活动。活动由某区慈善会承办，承担了组织工作。")
    positions = _positions(facts)
    assert {("承文博", "常务副会长", "宣城市慈善总会"), ("庹远帆", "秘书长", "宣城市慈善总会")} <= positions
    assert not {p for p in _people(facts) if p.startswith("承") and p != "承文博"}


def test_a_city_level_short_form_in_an_article_about_a_county_level_city_is_that_citys() -> None:
    body = "6月10日，江阴市慈善总会召开理事会。市委常委、统战部部长欧阳砚，市慈善总会会长钱一鸣出席。"
    facts = _facts(body, publisher="江阴市慈善总会")
    positions = _positions(facts)
    assert ("欧阳砚", "常委", "江阴市委") in positions
    assert ("钱一鸣", "会长", "江阴市慈善总会") in positions


def test_a_list_line_of_unit_posts_and_a_name_in_columns_apart_by_spaces() -> None:
    body = (
        "3月18日，四地民政部门在合肥签署合作备忘录。\n签约代表：\n"
        "宣城市民政局　　　党组成员、副局长　　欧阳砚\n"
        "湖州市民政厅　　　二级巡视员　　　　　钱一鸣\n"
    )
    positions = _positions(_facts(body, publisher="宣城市民政局"))
    assert {("欧阳砚", "党组成员", "宣城市民政局"), ("欧阳砚", "副局长", "宣城市民政局"), ("钱一鸣", "二级巡视员", "湖州市民政厅")} <= positions


def test_an_appointment_with_weiren_and_a_name_spelled_in_brackets() -> None:
    facts = _facts("6月3日，澳门明德慈善会理事会召开会议，委任欧阳砚（Karen Au）为澳门明德慈善会行政总监。")
    assert "欧阳砚" in _people(facts)
    assert ("欧阳砚", "行政总监", "澳门明德慈善会") in _positions(facts)


def test_trade_words_end_a_companys_short_form_before_a_company_title_and_several_companies_are_none() -> None:
    body = ("6月3日，宣城市慈善总会与福建恒达鞋业有限公司、泉州明远信托有限公司签约。恒达鞋业董事长欧阳砚、"
            "明远信托副总经理钱一鸣出席。多家信托公司参与了项目。")
    facts = _facts(body, publisher="宣城市慈善总会")
    positions = _positions(facts)
    assert {("欧阳砚", "董事长", "福建恒达鞋业有限公司"), ("钱一鸣", "副总经理", "泉州明远信托有限公司")} <= positions
    assert "多家信托公司" not in _orgs(facts)


def test_a_note_in_brackets_between_a_title_and_its_name_leaves_the_title_as_written() -> None:
    body = "6月3日，宣城市民政局副局长（主持工作）欧阳砚、宣城市慈善总会副秘书长（挂职）钱一鸣、湖州市财政局副局长（正处级）周望舒出席会议。"
    positions = _positions(_facts(body, publisher="宣城市慈善总会"))
    assert {("欧阳砚", "副局长", "宣城市民政局"), ("钱一鸣", "副秘书长", "宣城市慈善总会"), ("周望舒", "副局长", "湖州市财政局")} <= positions


def test_a_section_ending_in_gu_before_its_heads_title_is_a_sub_unit() -> None:
    body = "6月3日，泾县民政局社会事务股股长欧阳砚、宣城市财政局预算股副股长钱一鸣出席会议。各股室负责人参加。"
    facts = _facts(body, publisher="泾县民政局")
    positions = _positions(facts)
    assert {("欧阳砚", "股长", "泾县民政局社会事务股"), ("钱一鸣", "副股长", "宣城市财政局预算股")} <= positions


def test_a_residents_or_villagers_committee_is_no_persons_name() -> None:
    facts = _facts("6月3日，调研组来到东山街道桃园社区，社区党委书记、居委会主任欧阳砚，村委会主任钱一鸣介绍了情况。")
    assert not {"居委会", "村委会"} & _people(facts)
    assert {"欧阳砚", "钱一鸣"} <= _people(facts)


def test_a_provinces_short_form_on_its_own_federations_page_is_its_own_though_another_province_is_named() -> None:
    body = "9月8日，江苏省慈善总会将轮值主席会旗移交。10月8日，省慈善总会会长欧阳砚带队赴杭州座谈。"
    positions = _positions(_facts(body, publisher="安徽省慈善总会办公室"))
    assert ("欧阳砚", "会长", "安徽省慈善总会") in positions
    assert ("欧阳砚", "会长", "江苏省慈善总会") not in positions


def test_a_communitys_elderly_canteen_and_childrens_home_are_bodies() -> None:
    body = "6月3日，调研组走访了东山街道桃园社区长者食堂和西湖街道儿童之家，看望了老人和儿童。"
    orgs = _orgs(_facts(body, publisher="宣城市民政局"))
    assert {"东山街道桃园社区长者食堂", "西湖街道儿童之家"} <= orgs


def test_a_profile_opened_by_the_year_of_birth_and_a_bare_ren_in_its_career() -> None:
    body = (
        "宣城市慈善总会会长孔青禾的履历表上写满了“公家的事”。1958年，孔青禾出生在泾县一个农民家庭。"
        "1998年出任泾县副县长，2004年回到市里，任宣城市教育局局长，2011年任宣城市人民政府副秘书长。"
    )
    positions = _positions(_facts(body, publisher="宣城市慈善总会"))
    assert {("孔青禾", "局长", "宣城市教育局"), ("孔青禾", "副秘书长", "宣城市人民政府")} <= positions
    assert "孔青禾" in _people(_facts("会长孔青禾致辞。1958年，孔青禾出生在泾县。"))


def test_a_county_short_form_takes_the_county_its_paragraph_named_last() -> None:
    # a round trip over several counties: each paragraph's 县慈善总会 is the county it went to
    facts = _facts("3月5日，市慈善总会分两组走访慰问。\n"
                   "第一组来到泾县，在县慈善总会会长严立波、县民政局局长尤佳的陪同下看望困难群众。\n"
                   "第二组赴祁门县，县慈善总会秘书长单若晴陪同。", publisher="黄山市慈善总会")
    positions = _positions(facts)
    assert ("严立波", "会长", "泾县慈善总会") in positions
    assert ("尤佳", "局长", "泾县民政局") in positions
    assert ("单若晴", "秘书长", "祁门县慈善总会") in positions
    # a digest: each item names its county's body in full, then by its short form
    facts = _facts("■甲地\n日前，东至县慈善总会召开理事会，县慈善总会副会长柏文卿作报告。\n"
                   "■乙地\n石台县慈善总会资助学生120名。县慈善总会会长檀一鸣介绍了项目。")
    positions = _positions(facts)
    assert ("柏文卿", "副会长", "东至县慈善总会") in positions
    assert ("檀一鸣", "会长", "石台县慈善总会") in positions
    # a body the paragraph named in full goes before a county it only travels to
    facts = _facts("■甲地\n10月24日，泾县慈善总会组织志愿者赴黄山市祁门县结对帮扶，县慈善总会秘书长单若晴带队，"
                   "祁门县慈善总会会长严立波陪同。\n■乙地\n东至县慈善总会召开理事会。")
    positions = _positions(facts)
    assert ("单若晴", "秘书长", "泾县慈善总会") in positions
    assert ("严立波", "会长", "祁门县慈善总会") in positions
    # a district written with its city in front keeps it; a list of levels names no one body
    facts = _facts("4月2日，铜官区、义安区民政部门负责人座谈。在铜陵市义安区，区慈善会会长耿书同介绍情况，各县、区慈善会代表发言。")
    assert ("耿书同", "会长", "铜陵市义安区慈善会") in _positions(facts)
    assert not any(name.startswith("义安区县") for name in _orgs(facts))


def test_a_verb_between_a_bodys_ending_and_a_place_joins_two_bodies() -> None:
    for verb in ("联合", "携手"):
        facts = _facts(f"10月21日，嘉善县慈善总会{verb}嘉善县教育局开展助学回访，副会长严立波带队。")
        orgs = _orgs(facts)
        assert {"嘉善县慈善总会", "嘉善县教育局"} <= orgs, verb
        assert not any(verb in name for name in orgs), verb
    # a name's own verb follows no ending and stays inside it
    assert "中华慈善联合总会" in _orgs(_facts("10月21日，中华慈善联合总会召开理事会。"))


def _titled_notice(body: str, title: str) -> list[dict]:
    article = Article("t", f"{title}\n{body}", title=title, date="2025-04-08", publisher="", body_start=len(title) + 1)
    return [f.to_record() for f in extract_article(article).facts]


def _statuses(facts: list[dict]) -> set[tuple[str, str, str, str]]:
    return {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}


def test_a_notice_line_that_is_one_verb_heads_the_lines_under_it() -> None:
    # 兹任命： / 聘任： / 免去：, each over lines that open with a name and 同志 (invented notice)
    facts = _titled_notice(
        "　　经研究，决定：\n"
        "　　兹任命：\n"
        "　　柏文舟同志为衢州市慈善总会副秘书长（试用期一年）；\n"
        "　　聘任：\n"
        "　　雷秋禾同志为衢州市慈善总会副秘书长；\n"
        "　　免去：\n"
        "　　宫望川同志的衢州市慈善总会副秘书长职务（因到龄退休）；\n"
        "　　特此通知。\n",
        title="关于柏文舟等同志职务任免的通知",
    )
    positions = _statuses(facts)
    body = "衢州市慈善总会"
    assert ("柏文舟", "副秘书长", body, "current") in positions
    assert ("雷秋禾", "副秘书长", body, "current") in positions
    assert ("宫望川", "副秘书长", body, "former") in positions
    # a personnel decision shows no one at an event, the names of its title included
    assert not [f for f in facts if f["kind"] == "participation"]


def test_a_verb_heading_holds_only_over_lines_that_open_with_a_name() -> None:
    facts = _titled_notice("　　任命：\n　　会议认为，甘若川为衢州市慈善总会副秘书长。\n", title="衢州市慈善总会召开会长办公会议")
    assert not _positions(facts)


def test_removal_with_tongzhi_between_the_name_and_the_post() -> None:
    # 免去甲同志的…职务, 免除乙同志某局…职务: the honorific stands between the name and the post it ends
    facts = _facts("会议决定免去伍听澜同志的丽水市慈善总会副会长职务，免除宁照溪同志丽水市慈善总会秘书长职务。")
    positions = {(p, r, o) for p, r, o in _positions(facts)}
    assert {("伍听澜", "副会长", "丽水市慈善总会"), ("宁照溪", "秘书长", "丽水市慈善总会")} <= positions
    assert ("伍听澜", "attendee") not in _participation(facts)  # decided about, not shown there
    assert ("宁照溪", "attendee") not in _participation(facts)
    assert {f["status"] for f in facts if f["kind"] == "position"} == {"former"}


def test_a_counted_title_is_a_group_and_the_word_before_it_no_name() -> None:
    for line in ("应到理事9人，实到8人。", "应到常务理事27名，实到25名。", "应到委员十一人。"):
        facts = _facts(f"6月10日，某市慈善总会召开理事会，会议由会长严立波主持，{line}")
        assert not any(name.startswith("应到") or name.startswith("实到") for name in _persons(facts)), line
    assert ("严立波", "理事", "宁波市慈善总会") in _positions(_facts("6月10日，宁波市慈善总会理事严立波出席。"))


def test_a_secondment_gives_a_current_post() -> None:
    # 挂职任, 挂任: a seconded official holds the post (invented notice); 挂职 in a 关于…的通知 title is a personnel decision
    facts = _titled_notice(
        "　　经商定，柏文舟同志挂职任湖州市慈善总会副秘书长，挂职期一年。\n　　雷秋禾挂任湖州市慈善总会副秘书长。\n",
        title="关于柏文舟等同志挂职的通知",
    )
    positions = _statuses(facts)
    assert {("柏文舟", "副秘书长", "湖州市慈善总会", "current"), ("雷秋禾", "副秘书长", "湖州市慈善总会", "current")} <= positions
    assert not [f for f in facts if f["kind"] == "participation"]


def test_sex_mark_after_an_elected_name_keeps_the_list() -> None:
    facts = _facts("6月10日，桐庐县红十字会召开第三次会员代表大会。在随后召开的三届一次理事会上，"
                   "陶一鸣当选为会长，贺晓雯（女）、孔德胜当选为副会长，吕小梅（女）当选为秘书长。")
    positions = _positions(facts)
    assert ("贺晓雯", "副会长", "桐庐县红十字会") in positions
    assert ("孔德胜", "副会长", "桐庐县红十字会") in positions
    assert ("吕小梅", "秘书长", "桐庐县红十字会") in positions


def test_passive_appointment_verb_before_the_title() -> None:
    facts = _facts("6月10日，桐庐县慈善总会召开第四次会员代表大会。会上，陶一鸣当选为会长，孔德胜被聘任为秘书长。")
    assert ("孔德胜", "秘书长", "桐庐县慈善总会") in _positions(facts)


def test_section_listed_after_another_section_is_under_their_body() -> None:
    facts = _facts("6月10日，某市慈善总会召开述职会。桐庐县民政局社会组织管理处处长贺晓雯、人事处副处长孔德胜参加会议。")
    positions = _positions(facts)
    assert ("贺晓雯", "处长", "桐庐县民政局社会组织管理处") in positions
    assert ("孔德胜", "副处长", "桐庐县民政局人事处") in positions


def test_acting_post_is_the_post() -> None:
    facts = _facts("6月10日，桐庐县慈善总会召开理事会。会议聘任孔德胜为桐庐县慈善总会办公室代理主任，"
                   "由副秘书长贺晓雯代理秘书长职务。")
    positions = _positions(facts)
    assert ("孔德胜", "主任", "桐庐县慈善总会办公室") in positions
    assert ("贺晓雯", "秘书长", "桐庐县慈善总会") in positions


def test_acting_title_after_a_party_title_keeps_the_chain() -> None:
    facts = _facts("6月10日，桐庐县召开志愿服务大会。县委副书记、代县长孔德胜出席并讲话。")
    assert ("孔德胜", "副书记", "桐庐县委") in _positions(facts)


def test_national_red_cross_head_body_is_an_organization() -> None:
    facts = _facts("6月10日，联席会议在合肥召开。中国红十字会总会党组成员、副会长贺晓雯出席并讲话。")
    positions = _positions(facts)
    assert ("贺晓雯", "党组成员", "中国红十字会总会") in positions
    assert ("贺晓雯", "副会长", "中国红十字会总会") in positions


def test_profile_opening_after_its_label_in_brackets() -> None:
    facts = _facts("【人物名片】贺晓雯，女，1975年11月生，浙江奉化人。现任宁波市慈善总会副会长兼秘书长。"
                   "曾任宁波市民政局社会救助处副处长。")
    positions = _positions(facts)
    assert ("贺晓雯", "秘书长", "宁波市慈善总会") in positions
    assert ("贺晓雯", "副处长", "宁波市民政局社会救助处") in positions


def test_career_clause_with_no_name_is_the_previous_clause_persons() -> None:
    facts = _facts("会长孔德胜主持会议。孔德胜还曾任温州市政协委员，现任温州市慈善总会荣誉会长。")
    positions = {(f["person"], f["role"], f["organization"], f.get("status")) for f in facts if f["kind"] == "position"}
    assert ("孔德胜", "委员", "温州市政协", "former") in positions
    assert ("孔德胜", "荣誉会长", "温州市慈善总会", "current") in positions


def test_decision_title_states_the_appointment_it_makes() -> None:
    facts = _facts("6月10日，桐庐县慈善基金会召开理事长办公会议。会上宣读了《关于聘请孔德胜、贺晓雯同志为桐庐县慈善基金会顾问的决定》。")
    positions = _positions(facts)
    assert ("孔德胜", "顾问", "桐庐县慈善基金会") in positions
    assert ("贺晓雯", "顾问", "桐庐县慈善基金会") in positions


def test_padded_name_with_a_sex_mark_inside_a_list_after_the_verb() -> None:
    facts = _facts("桐庐县慈善总会第三届理事会第二次会议于2026年1月16日召开。会议经表决，作出如下决议：\n"
                   "　　二、增补孔德胜、贺　雯（女）、吕小梅等3人为第三届理事会理事。")
    positions = _positions(facts)
    assert ("孔德胜", "理事", "桐庐县慈善总会") in positions
    assert ("贺雯", "理事", "桐庐县慈善总会") in positions


def test_party_title_in_a_chain_is_held_where_the_chains_other_title_is() -> None:
    facts = _facts("6月10日，桐庐县慈善总会党委召开民主生活会。会上，党委副书记、常务副会长孔德胜，党委委员、监事长贺晓雯依次发言。")
    positions = _positions(facts)
    assert ("孔德胜", "党委副书记", "桐庐县慈善总会") in positions
    assert ("贺晓雯", "党委委员", "桐庐县慈善总会") in positions


def test_party_working_committee_is_an_organization() -> None:
    facts = _facts("6月10日，南京市鼓楼区召开培训班。区委组织部副部长、区两新工委书记孔德胜出席。")
    positions = _positions(facts)
    assert ("孔德胜", "副部长", "鼓楼区委组织部") in positions
    assert ("孔德胜", "书记", "鼓楼区两新工委") in positions


def test_hospital_head_with_no_body_heads_the_hospital_named() -> None:
    facts = _facts("9月15日，桐庐县慈善总会会长贺晓雯带队调研。调研组一行来到桐庐县第一人民医院，察看慈善助医窗口。院长孔德胜陪同。")
    assert ("孔德胜", "院长", "桐庐县第一人民医院") in _positions(facts)


def test_a_care_homes_or_schools_head_with_no_body_heads_the_one_named_before() -> None:
    facts = _facts("3月1日，桐庐县慈善总会考察组参观了萧山区康宁养老院，该院院长郑丽华介绍了服务情况。"
                   "随后，考察组走访了临安区青山中心小学，校长陆明远介绍了学校情况。")
    positions = _positions(facts)
    assert ("郑丽华", "院长", "萧山区康宁养老院") in positions
    assert ("陆明远", "校长", "临安区青山中心小学") in positions
    assert not any(p[1] == "校长" and p[2] != "临安区青山中心小学" for p in positions if p[0] == "陆明远")


def test_names_under_a_title_label_line_hold_it_in_the_pages_body() -> None:
    body = ("领导之窗\n来源：桐庐县慈善总会\n会　长：孔德胜\n副　会　长：\n　　贺晓雯　　桐庐瑞丰建设集团有限公司董事长\n"
            "　　吕小梅（女）　　浙江通洲律师事务所主任\n监　事　长：方立新\n")
    article = Article("t", body, title="领导之窗", date="2026-03-18", publisher="桐庐县慈善总会", body_start=0)
    positions = _positions([f.to_record() for f in extract_article(article).facts])
    assert ("贺晓雯", "副会长", "桐庐县慈善总会") in positions
    assert ("吕小梅", "副会长", "桐庐县慈善总会") in positions


def test_paragraph_under_a_leadership_line_tells_the_persons_other_posts() -> None:
    body = ("领导之窗\n来源：桐庐县慈善总会\n会　长：孔德胜\n常务副会长：贺晓雯\n　　兼桐庐县慈善基金会理事长。分管募捐部。\n"
            "监　事　长：方立新\n　　桐庐县审计局原副局长。列席理事会。\n")
    article = Article("t", body, title="领导之窗", date="2026-03-18", publisher="桐庐县慈善总会", body_start=0)
    facts = [f.to_record() for f in extract_article(article).facts]
    positions = {(f["person"], f["role"], f["organization"], f.get("status")) for f in facts if f["kind"] == "position"}
    assert ("贺晓雯", "理事长", "桐庐县慈善基金会", "current") in positions
    assert ("方立新", "副局长", "桐庐县审计局", "former") in positions


@pytest.mark.parametrize("number", ["1. ", "1、", "（一）", "①"])
def test_numbered_candidate_item_gives_the_name_and_its_posts_after_a_comma(number: str) -> None:
    facts = _facts(f"拟推荐以下同志为年度慈善之星人选，现予公示。\n{number}柯望舒，江南远航物流集团有限公司党委书记、董事长\n"
                   "2、鲍清和（女），东湖区青柳街道新民社区党委书记\n")
    positions = _positions(facts)
    assert ("柯望舒", "党委书记", "江南远航物流集团有限公司") in positions
    assert ("柯望舒", "董事长", "江南远航物流集团有限公司") in positions
    assert ("鲍清和", "党委书记", "东湖区青柳街道新民社区") in positions


@pytest.mark.parametrize("honour", [" BBS, JP", " MH", "太平绅士", "博士", "女士"])
def test_honours_after_a_name_do_not_break_the_list_of_one_bodys_officers(honour: str) -> None:
    facts = _facts(f"10月8日，考察团拜访了星澜社区服务协进会。协进会主席郁岚舟{honour}，副主席兼司库冼望秋，总干事甘棠露热情接待了考察团。")
    positions = _positions(facts)
    assert ("郁岚舟", "主席", "星澜社区服务协进会") in positions
    assert ("冼望秋", "副主席", "星澜社区服务协进会") in positions
    assert ("冼望秋", "司库", "星澜社区服务协进会") in positions
    assert ("甘棠露", "总干事", "星澜社区服务协进会") in positions


def test_ben_hui_on_a_page_that_declares_no_body_is_the_charity_body_its_title_names() -> None:
    facts = _titled("晴川仁爱基金会访问团赴湖州交流", "由本会主席岑望舒率领的访问团一行12人于6月3日抵达湖州。团员包括本会副主席伍嘉禾先生、"
                    "董事麦秋澄先生及黎雅琪女士，以及多名社工。", "2024-06-05")
    positions = _positions(facts)
    assert ("岑望舒", "主席", "晴川仁爱基金会") in positions
    assert ("伍嘉禾", "副主席", "晴川仁爱基金会") in positions
    assert ("麦秋澄", "董事", "晴川仁爱基金会") in positions
    assert ("黎雅琪", "董事", "晴川仁爱基金会") in positions


def test_a_name_after_ji_with_its_own_title_after_it_does_not_share_the_title_before() -> None:
    facts = _facts("5月8日，湖州市慈善总会会长岑望舒及伍嘉禾理事长共同见证签约。")
    positions = _positions(facts)
    assert ("岑望舒", "会长", "湖州市慈善总会") in positions
    assert not any(person == "伍嘉禾" and role == "会长" for person, role, _ in positions)


@pytest.mark.parametrize("unit", ["居委会", "办事处", "驻局纪检监察组"])
def test_a_unit_not_read_as_a_body_between_two_titles_keeps_the_first_title_in_its_body(unit: str) -> None:
    facts = _facts(f"3月2日，慰问组走进社区。杭州市民政局党组成员、{unit}组长郁望川陪同。")
    assert ("郁望川", "党组成员", "杭州市民政局") in _positions(facts)


@pytest.mark.parametrize(("chain", "first", "body", "second"), [
    ("德清县青岚镇党委书记、人大主席", "书记", "德清县青岚镇党委", "主席"),
    ("宁波市海澄律师事务所合伙人、法律援助中心主任", "合伙人", "宁波市海澄律师事务所", "主任"),
])
def test_a_word_not_read_as_a_body_between_two_titles_keeps_the_first_title_in_its_body(chain: str, first: str, body: str, second: str) -> None:
    facts = _facts(f"5月6日，义卖活动在湖州举行。{chain}郁望川出席并致辞。")
    positions = _positions(facts)
    assert ("郁望川", first, body) in positions
    assert not any(person == "郁望川" and role == second and org == body for person, role, org in positions)


@pytest.mark.parametrize(("chain", "party", "locality", "office", "unit"), [
    ("青石巷社区党委书记、居委会主任", "党委书记", "青石巷社区", "主任", "青石巷社区居委会"),
    ("柳塘社区党支部书记、社区居委会副主任", "党支部书记", "柳塘社区", "副主任", "柳塘社区居委会"),
    ("南浦街道党工委副书记、办事处主任", "党工委副书记", "南浦街道", "主任", "南浦街道办事处"),
])
def test_a_localitys_unit_after_its_party_title_holds_the_title_after_it(chain: str, party: str, locality: str, office: str, unit: str) -> None:
    """docs/gold-conventions.md: the party post in the locality, the next one in its unit written bare (parent and unit)."""
    facts = _facts(f"4月9日，区慈善总会一行走访困难家庭，{chain}韦砚秋陪同走访。")
    positions = _positions(facts)
    assert ("韦砚秋", party, locality) in positions
    assert ("韦砚秋", office, unit) in positions
    assert ("韦砚秋", office, locality) not in positions
    assert unit in _orgs(facts)


def test_a_title_after_a_space_that_titles_the_next_name_opens_the_next_item_of_the_list() -> None:
    facts = _facts("出席会议的还有：湖州市慈善总会会长岑望舒　副会长兼秘书长伍嘉禾　嘉兴市慈善总会会长麦秋澄　常务副会长甘棠露等。")
    positions = _positions(facts)
    assert ("伍嘉禾", "副会长", "湖州市慈善总会") in positions
    assert ("伍嘉禾", "秘书长", "湖州市慈善总会") in positions
    assert ("甘棠露", "常务副会长", "嘉兴市慈善总会") in positions
    assert not any(person == "岑望舒" and role == "副会长" for person, role, _ in positions)


def test_a_labelled_list_of_names_with_posts_in_brackets_gives_each_name_the_label_in_the_meeting_body() -> None:
    facts = _titled("湖州市慈善总会第五届理事会负责人选举结果公告", "5月20日，湖州市慈善总会召开五届一次理事会，选举产生了新一届理事会负责人：\n"
                    "会长：岑望舒\n副会长：伍嘉禾（湖州市民政局副局长）、麦秋澄（浙江明德律师事务所主任）、甘棠露（女，湖州市妇联原副主席）\n", "2026-05-21")
    positions = _positions(facts)
    assert ("岑望舒", "会长", "湖州市慈善总会") in positions
    for person in ("伍嘉禾", "麦秋澄", "甘棠露"):
        assert (person, "副会长", "湖州市慈善总会") in positions, person
    assert ("伍嘉禾", "副局长", "湖州市民政局") in positions


def test_a_numbered_or_space_kept_profile_opening_names_its_subject_and_gives_the_career_posts() -> None:
    facts = _titled("青川区“最美志愿者”候选人公示", "候选人事迹简介\n"
                    "　　1．鞠雨桐，女，1971年3月生，中共党员。现任青川区石桥街道丹桂社区党委副书记。曾任青川区第三毛纺厂工会主席。\n"
                    "　　蔺修远　男，1964年生，现任浙江远帆船舶有限公司董事长。2010年至2016年任青川区工商联副主席。\n", "2026-08-10")
    assert {"鞠雨桐", "蔺修远"} <= _persons(facts)
    positions = _positions(facts)
    assert ("鞠雨桐", "党委副书记", "青川区石桥街道丹桂社区") in positions
    assert ("蔺修远", "董事长", "浙江远帆船舶有限公司") in positions
    assert not {person for person, _ in _participation(facts)} & {"鞠雨桐", "蔺修远"}


def test_a_quoted_team_after_a_career_verb_keeps_its_locality_and_the_body_read_after_the_marks() -> None:
    facts = _facts("鞠雨桐，女，1975年生，现任丹霞县“晴川”公益服务中心理事长，2019年起担任石桥社区“暖阳”志愿服务队队长。")
    orgs = _orgs(facts)
    assert {"丹霞县“晴川”公益服务中心", "石桥社区“暖阳”志愿服务队"} <= orgs
    assert not any(org.startswith(("年起", "现任", "公益服务中心")) for org in orgs)
    assert ("鞠雨桐", "理事长", "丹霞县“晴川”公益服务中心") in _positions(facts)


def test_a_contact_line_names_a_person_with_no_post_or_participation() -> None:
    facts = _facts("6月10日，某市慈善总会召开会议，会长杜宏文出席。\n公示期间如有异议，请与区慈善总会联系。联系人：柴若溪，电话：0571-8888xxxx。\n"
                   "联系人：滕远舟　　联系电话：0571-8888xxxx\n联络人：郝小姐　电话：020-8888xxxx")
    assert {"柴若溪", "滕远舟"} <= _people(facts)
    assert "郝小姐" not in _people(facts)  # a way of addressing someone unnamed
    present = {who for who, _ in _participation(facts)}
    assert "杜宏文" in present and not present & {"柴若溪", "滕远舟"}
    assert not {who for who, _, _ in _positions(facts)} & {"柴若溪", "滕远舟"}


def test_surnames_of_the_hundred_families_that_are_no_everyday_words_start_names() -> None:
    facts = _facts("6月10日，湖州市慈善总会召开年会，会议由市慈善总会常务副会长谯远航主持，志愿者缑雅宁作交流发言。")
    assert {"谯远航", "缑雅宁"} <= _people(facts)
    assert ("谯远航", "常务副会长", "湖州市慈善总会") in _positions(facts)


def test_a_credit_names_the_unit_of_its_person_between_the_label_and_the_name() -> None:
    """文/图：某会　甲, (作者：某会办公室 乙), 联系人：某处　丙: the unit a credited person works in is no name, the
    person after it is one; a unit the dictionary knows (宣传部) is no name with the surname 宣."""
    facts = _facts(
        "6月10日，某市慈善协会会长杜宏文出席活动。\n文/图：某区红十字会　乔映雪　　审核：邝立言\n"
        "（作者：某基金会办公室 计云舒）\n（文/某会秘书处 阚望舒　图/宣传部 柏一鸣）\n"
        "联系人：某市民政局慈善事业促进处　芮思齐，电话：0571-0000000"
    )
    credited = {"乔映雪", "邝立言", "计云舒", "阚望舒", "柏一鸣", "芮思齐"}
    assert credited <= _people(facts)
    assert not _people(facts) - credited - {"杜宏文"}
    assert not {who for who, _ in _participation(facts)} & credited


def test_a_bracketed_credit_may_write_its_label_after_the_name() -> None:
    """(某会办公室　甲　文/图), (某县慈善总会　乙　供稿), (丙 摄), (某局 丁): a credit that names the person before what
    they did, or only their unit; one-character labels with their colon (文：甲　图：乙)."""
    facts = _facts(
        "6月10日，某市慈善协会会长杜宏文出席活动。\n（某街道机关党支部　贺兰舟　文/图）\n（某县慈善总会　邬思远　供稿）\n"
        "（檀一诺 摄）\n（某县民政局 甄可馨）\n文：屈慕白　图：蔺北辰"
    )
    credited = {"贺兰舟", "邬思远", "檀一诺", "甄可馨", "屈慕白", "蔺北辰"}
    assert credited <= _people(facts)
    assert not _people(facts) - credited - {"杜宏文"}
    assert not _people(_facts("6月10日，某市慈善协会会长杜宏文出席活动。\n本文 图片来自某市慈善协会（某某活动）"))  - {"杜宏文"}


def test_a_credit_with_its_label_after_a_slash_or_a_padded_name_in_brackets_names_a_person() -> None:
    """（某部　甲/文　乙/摄）, （文/丙　摄/丁）, （戊　己 摄）, （某处　庚　辛）: a label after a slash, 摄/ before the name, and a
    two-character name padded to the width of three in a bracketed credit; each credited, none present."""
    facts = _facts(
        "6月10日，某市慈善协会会长杜宏文出席活动。\n（宣传部　阚望舒/文　柏一鸣/摄）\n（文/计云舒　摄/芮思齐）\n"
        "（乔　雪 摄）\n（社工处　邝　言）"
    )
    credited = {"阚望舒", "柏一鸣", "计云舒", "芮思齐", "乔雪", "邝言"}
    assert credited <= _people(facts)
    assert not _people(facts) - credited - {"杜宏文"}
    assert not {who for who, _ in _participation(facts)} & credited


def test_a_bare_title_chain_after_a_clause_on_a_body_s_head_is_held_in_that_body_when_its_title_is_of_that_kind() -> None:
    # 局长甲作报告，党组成员、副局长乙主持: the second chain names no body; 副局长 is a 局's title, so it is the 局 of
    # the clause before; a title of another kind (副会长) takes nothing from it
    facts = _facts(
        "3月2日，全区教育工作会议召开。衢州市教育局党委书记、局长柯望舒出席并讲话，党组成员、副局长伍澄川主持。"
        "4月5日，丽水市卫生健康局局长邵启帆致辞，副会长戚南枝主持。"
    )
    positions = _positions(facts)
    assert {("伍澄川", "党组成员", "衢州市教育局"), ("伍澄川", "副局长", "衢州市教育局")} <= positions
    assert not [p for p in positions if p[0] == "戚南枝" and p[2].endswith("局")]


def test_a_section_whose_words_stop_the_name_reader_before_its_heads_title() -> None:
    """应急管理厅 + 救灾和物资保障处 + 处长 (a verb and 和 inside the section), 民政局 + 某和某科 + （以下简称某科）:
    the section after its government body is one sub-unit, its head's post held in it; a title of the body itself
    (副局长) after the body stays the body's."""
    facts = _facts("6月1日，桐江省应急管理厅救灾和物资保障处处长柯远帆通报了汛情。")
    assert ("柯远帆", "处长", "桐江省应急管理厅救灾和物资保障处") in _positions(facts)
    assert "桐江省应急管理厅" not in {o for _, _, o in _positions(facts)}
    assert "桐江市民政局养老服务和社会事务科" in _orgs(_facts("6月1日，桐江市民政局养老服务和社会事务科（以下简称社事科）科长柯远帆作说明。"))
    assert ("温听雨", "副局长", "桐江市民政局") in _positions(_facts("6月1日，桐江市民政局副局长温听雨出席。"))


def test_front_line_and_temporary_bodies_hold_their_posts() -> None:
    """A pairing aid's front headquarters, branch headquarters, work teams and groups, a batch's medical team and a
    prefecture's party committee are organizations whose titles (总指挥, 指挥长, 领队, 组长, 委员) are posts in them."""
    facts = _facts(
        "7月2日，签约仪式在西岭州举行。青州市对口支援西岭州前方指挥部总指挥韦成林，北原地委委员（挂职）蒙晓燕，"
        "天津第八批援青医疗队领队覃海波，北京市第九批援青干部联络组玉树小组组长，玉树州委常委、副州长（挂职）黎向东，"
        "山东省防汛抗旱指挥部办公室主任邝志远出席仪式。"
    )
    positions = _positions(facts)
    assert ("韦成林", "总指挥", "青州市对口支援西岭州前方指挥部") in positions
    assert ("蒙晓燕", "委员", "北原地委") in positions
    assert ("覃海波", "领队", "天津第八批援青医疗队") in positions
    assert ("黎向东", "组长", "北京市第九批援青干部联络组玉树小组") in positions
    assert ("黎向东", "常委", "玉树州委") in positions
    assert ("邝志远", "主任", "山东省防汛抗旱指挥部办公室") in positions
    assert not any(f["kind"] == "person" and f["name"].endswith("地委") for f in facts)


def test_the_donors_of_numbered_donation_rows_are_persons_not_present() -> None:
    # 7　甲　30,000.00: a row's cell of a surname and one or two characters (padded 甲　某, or 乙、丙) is a donor; a
    # body's cell and an unnamed donor are none; donors named in a list are not said to be at anything
    body = ("9月3日，临江市慈善总会“援青川”专项募捐接收捐赠如下：\n"
            "序号　捐赠人　金额（元）　备注\n"
            "1　　临江远帆机械有限公司　　　120,000.00　定向青川县\n"
            "2　　韦　澜　　　　　　　　　　 8,000.00\n"
            "3　　邬晴川、邬晴岳　　　　　　 2,000.00　兄弟共同捐赠\n"
            "4　　无名氏　　　　　　　　　　 1,000.00\n")
    facts = _facts(body, publisher="临江市慈善总会", date="2026-09-04")
    assert {"韦澜", "邬晴川", "邬晴岳"} <= _persons(facts), _persons(facts)
    assert not {"无名氏", "临江远帆"} & _persons(facts)
    assert not {p for p, _ in _participation(facts)} & {"韦澜", "邬晴川", "邬晴岳"}


def test_a_sign_off_line_names_who_handled_and_checked_it() -> None:
    # 经办人：甲　　复核：乙 (a two-character name padded to three): people with no post and no part in anything
    facts = _facts("9月3日，临江市慈善总会接收捐赠款物12笔。\n经办人：韦若澄　　复核：邬　川\n", publisher="临江市慈善总会", date="2026-09-04")
    assert {"韦若澄", "邬川"} <= _persons(facts), _persons(facts)
    assert not {p for p, _ in _participation(facts)} & {"韦若澄", "邬川"}


def test_units_a_notice_is_copied_reported_or_addressed_to_are_no_organizations() -> None:
    facts = _facts(
        "6月10日，衢州市慈善总会召开理事会，会长罗一鸣主持会议。\n"
        "联系部门：总会募捐部\n"
        "监督电话：0000-1234567（衢州市慈善总会监事会办公室）\n"
        "抄送：衢州市财政局，衢州市审计局。\n"
        "报：浙江省民政厅\n"
        "户名：衢州市慈善总会\n开户行：中国农业银行衢州柯城支行\n"
    )
    orgs = _orgs(facts)
    assert "衢州市慈善总会" in orgs
    assert not {o for o in orgs if o.endswith(("财政局", "审计局", "民政厅", "监事会办公室", "募捐部", "支行"))}, orgs


def test_the_office_on_a_notices_imprint_line_is_no_organization_unless_named_elsewhere() -> None:
    imprint = "6月10日，衢州市慈善总会召开理事会，会长罗一鸣主持会议。\n衢州市慈善总会办公室　　　　2026年6月12日印发\n"
    assert "衢州市慈善总会办公室" not in _orgs(_facts(imprint))
    edited = "衢州市慈善总会办公室编　　　　2026年6月12日\n6月10日，衢州市慈善总会召开理事会，会长罗一鸣主持会议。\n"
    assert "衢州市慈善总会办公室" not in _orgs(_facts(edited))
    held = imprint + "记录：衢州市慈善总会办公室副主任 周启衡\n"
    assert "衢州市慈善总会办公室" in _orgs(_facts(held))


def test_a_post_removed_in_its_own_department_by_qi_is_held_in_the_department() -> None:
    facts = _facts("经研究决定：任命周启衡为局社会事务处副处长，免去其局办公室副主任职务。", publisher="衢州市民政局")
    assert ("周启衡", "副主任", "衢州市民政局办公室") in _positions(facts)
    assert not {o for o in _orgs(facts) if o.startswith("其")}
    school = _facts("6月10日，衢州市慈善总会聘请其为衢州学院荣誉顾问。")
    assert "衢州学院" in _orgs(school) and not {o for o in _orgs(school) if o.startswith(("其", "为"))}


def test_report_to_glued_to_a_short_names_level_word_is_not_part_of_it() -> None:
    facts = _facts("6月10日，衢州市慈善总会召开理事会。各分会于7月1日前将总结报市慈善总会办公室。")
    assert not {o for o in _orgs(facts) if o.startswith("报")}, _orgs(facts)


def test_a_companys_trade_union_chair_is_one_title_in_the_company_a_federations_chair_is_bare() -> None:
    facts = _facts("6月10日，衢州恒达机械有限公司党委书记、董事长罗一鸣，执行总裁吴晓，工会主席周启衡出席活动，"
                   "衢州市总工会主席钱乐平致辞。")
    positions = _positions(facts)
    assert ("吴晓", "执行总裁", "衢州恒达机械有限公司") in positions
    assert ("周启衡", "工会主席", "衢州恒达机械有限公司") in positions
    assert ("钱乐平", "主席", "衢州市总工会") in positions


def test_a_department_written_bare_is_the_pages_own_body_named_in_its_breadcrumb_or_just_before() -> None:
    header = "衢州市慈善总会 > 新闻动态 > 工作动态\n赴山区县开展结对帮扶\n来源：本会\n"
    text = header + "5月6日，总会副会长罗一鸣带领募捐部部长周启衡赴开化县对接帮扶项目。"
    article = Article("t", text, title="赴山区县开展结对帮扶", date="2026-05-08", publisher="本会", body_start=len(header))
    assert ("周启衡", "部长", "衢州市慈善总会募捐部") in _positions([f.to_record() for f in extract_article(article).facts])
    facts = _facts("5月6日，衢州市慈善总会副会长罗一鸣赴开化县调研，总会募捐部部长周启衡参加调研。")
    assert ("周启衡", "部长", "衢州市慈善总会募捐部") in _positions(facts)


def test_bodies_of_a_kind_or_a_count_of_cities_are_no_organization() -> None:
    for sentence in ("各设区市民政局、慈善总会，省各有关单位：", "全省11市慈善总会负责人参加会议。",
                     "温州、台州、丽水3市慈善总会作交流发言。", "全省九个设区市慈善总会负责人作了发言。",
                     "各市（县）、区民政局分管负责同志参加。", "各县（市）区慈善会财务人员参加培训。", "各县市区慈善会负责人参加。",
                     "各区（市）县民政局分管领导参加会议。"):
        assert not _orgs(_facts(sentence)), sentence
    assert "衢州市民政局" in _orgs(_facts("6月10日，开化县慈善总会与衢州市民政局签约。"))


def test_a_universitys_word_for_itself_and_its_alumni_words_complete_with_its_name() -> None:
    facts = _facts("6月10日，衢州学院举行捐赠仪式。学校上海校友会会长周启衡、校友工作办公室主任吴晓、学校计算机学院院长罗一鸣出席。")
    positions = _positions(facts)
    assert ("周启衡", "会长", "衢州学院上海校友会") in positions
    assert ("吴晓", "主任", "衢州学院校友工作办公室") in positions
    assert ("罗一鸣", "院长", "衢州学院计算机学院") in positions


def test_tourism_and_applied_are_words_inside_names() -> None:
    facts = _facts("6月10日，会议增补开化县钱江旅游发展有限公司总经理周启衡为副会长，浙江树人应用技术学院教授吴晓出席。")
    assert {"开化县钱江旅游发展有限公司", "浙江树人应用技术学院"} <= _orgs(facts)


def test_a_bureau_of_ethnic_and_religious_affairs_is_an_organization() -> None:
    facts = _facts("6月10日，衢州市民族宗教事务局局长周启衡、开化县民族和宗教事务局副局长吴晓出席活动。")
    positions = _positions(facts)
    assert ("周启衡", "局长", "衢州市民族宗教事务局") in positions
    assert ("吴晓", "副局长", "开化县民族和宗教事务局") in positions


def test_religious_bodies_and_their_merit_societies_end_a_name() -> None:
    facts = _facts(
        "3月2日，临江市民族宗教事务局副局长柏安然、松山区民族和宗教事务局局长邢书和、"
        "临江市佛教协会慈善功德会会长释明光、松山区天主教爱国会主席马守义到场。"
    )
    assert {"临江市民族宗教事务局", "松山区民族和宗教事务局", "临江市佛教协会慈善功德会", "松山区天主教爱国会"} <= _orgs(facts)
    assert {
        ("柏安然", "副局长", "临江市民族宗教事务局"),
        ("邢书和", "局长", "松山区民族和宗教事务局"),
        ("释明光", "会长", "临江市佛教协会慈善功德会"),
        ("马守义", "主席", "松山区天主教爱国会"),
    } <= _positions(facts)


def test_a_post_in_a_named_temple_or_mosque_is_held_in_it() -> None:
    facts = _facts("3月2日，临江市白石禅寺方丈释明光、西关清真寺伊玛目马守义、东山禅院住持释心灯来到敬老院。")
    assert {
        ("释明光", "方丈", "临江市白石禅寺"),
        ("马守义", "伊玛目", "西关清真寺"),
        ("释心灯", "住持", "东山禅院"),
    } <= _positions(facts)


def test_a_place_of_worship_named_by_one_character_ending_is_an_organization() -> None:
    facts = _facts(
        "3月2日，临江白塔寺捐资5万元、东山区福音堂捐资3万元，松山青云观捐赠大米。与会人员参观了食堂，副会长贺玉堂对宫部长表示感谢。"
        "各界人士齐聚一堂，践行社会主义核心价值观。临江市白塔寺街道慈善工作站站长甲乙出席，青松寺巷的居民前来参观。"
    )
    # 参观, 食堂, 齐聚一堂, 价值观: words ending so; 贺玉堂: a person; 宫部长: a surname after a particle; 白塔寺街道, 青松寺巷: places
    assert _orgs_ending_in(facts, ("寺", "观", "堂", "宫")) == {"临江白塔寺", "东山区福音堂", "松山青云观"}, _orgs(facts)


def test_a_shop_named_by_one_character_ending_is_an_organization() -> None:
    facts = _facts(
        "3月2日，东门社区与张记面馆、青禾糕点坊、一品斋茶点坊和临江百货有限公司北街店签订协议。"
        "王阿姨开了一家馄饨店，老街坊都来帮忙，市民在临江书店买书，会长赴驻马店调研。"
    )
    # 馄饨店: a kind of shop; 老街坊, 书店: words ending so; 驻马店: a place
    assert _orgs_ending_in(facts, ("店", "坊")) == {"青禾糕点坊", "一品斋茶点坊", "临江百货有限公司北街店"}, _orgs(facts)


def test_a_relief_supplies_reserve_centre_is_an_organization() -> None:
    # 储备中心: the segmenter leaves 中心 alone after 储备 (a bare 中心 names no body)
    facts = _facts("7月2日，聘任钱立德为临江省救灾物资储备中心代理主任。")
    assert "临江省救灾物资储备中心" in _orgs(facts)
    assert ("钱立德", "主任", "临江省救灾物资储备中心") in _positions(facts)


def test_a_community_facility_written_after_its_place_is_an_organization() -> None:
    facts = _facts(
        "3月2日，考察组参观了东山区侨爱书屋和临江县城北社区慈善驿站，并在青石镇职工之家座谈。"
        "全市建成慈善驿站50个，推进乡村书屋建设，社区养老食堂运行良好。"
    )
    # a kind of facility with no place or locality of its own (慈善驿站, 乡村书屋, 社区养老食堂) is no organization
    assert _orgs_ending_in(facts, ("书屋", "驿站", "之家", "食堂")) == {"东山区侨爱书屋", "临江县城北社区慈善驿站", "青石镇职工之家"}, _orgs(facts)


def test_a_company_named_before_its_staff_keeps_its_whole_name() -> None:
    facts = _facts("3月2日，临江青禾餐饮集团有限公司员工自发捐款2万元，东山蓝天救援队员赶到现场。")
    assert "临江青禾餐饮集团有限公司" in _orgs(facts)
    assert "临江青禾餐饮集团" not in _orgs(facts)
    assert not {name for name in _orgs(facts) if "救援队" in name}, _orgs(facts)  # 救援队员: a member, no body


def test_the_pages_own_unit_by_its_self_name_is_a_body_only_where_a_post_is_held_in_it() -> None:
    quiet = _facts("3月2日，临江市慈善总会召开理事会。本纪要由总会办公室整理，会长甲乙在总会办公室接受采访。", publisher="临江市慈善总会")
    assert not {name for name in _orgs(quiet) if name.endswith("办公室")}, _orgs(quiet)
    held = _facts("3月2日，临江市慈善总会召开理事会，总会办公室主任丙丁主持。", publisher="临江市慈善总会")
    assert {name for name in _orgs(held) if name.endswith("办公室")}, _orgs(held)


def test_a_short_form_after_a_verb_glued_to_its_level_starts_at_the_level() -> None:
    facts = _facts("3月2日，善款全部捐入市慈善总会专项基金，详情见区慈善基金会公众号。", publisher="某报")
    assert {"市慈善总会", "区慈善基金会"} <= _orgs(facts), _orgs(facts)
    assert not {name for name in _orgs(facts) if name.startswith(("入", "捐", "见", "情"))}, _orgs(facts)


def test_a_verb_of_inspecting_or_including_after_a_place_opens_no_name() -> None:
    facts = _facts("3月2日，考察组到东山区察看慈善工作站建设情况，实地考察基金会项目，并将慈善信托纳入信托公司评价。")
    assert not {name for name in _orgs(facts) if "察看" in name or "考察" in name or "纳入" in name}, _orgs(facts)


def test_a_roundups_short_forms_are_of_the_section_that_writes_them() -> None:
    # a portal's roundup of several cities' reports, each under its city: the short forms are the section's city's,
    # not the first city the source line names nor the one another section writes in full
    body = (
        "多地慈善组织开展新春慰问。\n"
        "　　衢州：5月6日，衢州市慈善总会会长牟春晓带队走访困难家庭。\n"
        "　　丽水：7日上午，市慈善总会联合市民政局举行年度表彰会。市慈善总会会长钟一鸣讲话。\n"
    )
    facts = _facts(body, publisher="综合衢州日报、丽水日报", date="2026-05-10")
    assert {"丽水市慈善总会", "衢州市慈善总会", "丽水市民政局"} <= _orgs(facts), _orgs(facts)
    assert ("钟一鸣", "会长", "丽水市慈善总会") in _positions(facts)
    assert ("钟一鸣", "会长", "衢州市慈善总会") not in _positions(facts)


def test_the_bishop_inside_catholic_is_no_title_and_a_diocese_is_a_body() -> None:
    facts = _facts("3月2日，临江市天主教教务委员会主任柏安然、天主教苏州教区主教马守义来到敬老院。")
    assert {"临江市天主教教务委员会", "天主教苏州教区"} <= _orgs(facts)
    assert {("柏安然", "主任", "临江市天主教教务委员会"), ("马守义", "主教", "天主教苏州教区")} <= _positions(facts)


def test_a_post_in_a_named_daoist_temple_is_held_in_it() -> None:
    facts = _facts("3月2日，松山区白云道院住持邢书和、临江市东华行宫监院柏清来到敬老院。")
    assert {("邢书和", "住持", "松山区白云道院"), ("柏清", "监院", "临江市东华行宫")} <= _positions(facts)


def test_a_short_form_opening_with_its_level_word_does_not_run_back_to_a_place() -> None:
    facts = _facts("3月2日，上海佛教界向市慈善基金会捐赠善款10万元，市慈善基金会理事长柏安然出席。")
    assert not any("佛教界" in name for name in _orgs(facts))


def test_the_pages_own_body_speaking_of_itself_before_a_title_is_named_by_its_header() -> None:
    # 总会/我会 before a title where the text names no body before it: the body the breadcrumb or the byline's office names
    header = "台州市慈善总会 > 新闻中心 > 总会要闻\n我会赴黔西南开展协作对接\n来源：本会\n"
    text = header + "9月3日，总会党委副书记、副会长柏文涛带领项目部部长隋玉芬赴兴义市对接协作项目。"
    article = Article("t", text, title="我会赴黔西南开展协作对接", date="2026-09-05", publisher="本会", body_start=len(header))
    positions = _positions([f.to_record() for f in extract_article(article).facts])
    assert ("柏文涛", "党委副书记", "台州市慈善总会") in positions
    assert ("柏文涛", "副会长", "台州市慈善总会") in positions
    header = "首页 > 工作动态\n我会应邀参加城市慈善论坛\n时间：2026-09-05　来源：本站　作者：台州市慈善总会办公室\n"
    text = header + "近日，我会秘书长晏子航应邀赴杭州参加城市慈善论坛并作交流发言。"
    article = Article("t", text, title="我会应邀参加城市慈善论坛", date="2026-09-05", publisher="本站", body_start=len(header))
    assert ("晏子航", "秘书长", "台州市慈善总会") in _positions([f.to_record() for f in extract_article(article).facts])


def test_a_bodys_last_words_before_a_title_stand_for_the_body_named_earlier_in_the_sentence() -> None:
    # 由某会主办、某行业协会承办…，行业协会会长乙: the tail refers to the body this sentence named, not the first charity
    facts = _facts("9月3日，由台州市慈善总会主办、台州市黄岩模具行业协会承办的慈善拍卖会举行，"
                   "台州市慈善总会会长柏文涛、行业协会会长晏子航出席。")
    positions = _positions(facts)
    assert ("晏子航", "会长", "台州市黄岩模具行业协会") in positions
    assert ("柏文涛", "会长", "台州市慈善总会") in positions


def test_an_election_list_closed_by_a_note_on_its_order_and_opened_by_a_padded_name() -> None:
    # 甲、乙（按姓氏笔画排序）当选为副会长: the note closes the list, each name before it holds the title; 柴　琳 padded
    facts = _facts("台州市慈善总会第三次会员代表大会召开，会议选举产生了新一届理事会，祁文韬当选为会长，"
                   "柴　琳、骆思远、蓝晓岚（排名不分先后）当选为副会长。")
    positions = _positions(facts)
    for name in ("柴琳", "骆思远", "蓝晓岚"):
        assert (name, "副会长", "台州市慈善总会") in positions, name
    assert ("祁文韬", "会长", "台州市慈善总会") in positions


def test_a_standing_deputy_head_of_government_keeps_the_party_committee_title_before_it() -> None:
    # 县委常委、常务副县长甲: 常务副县长 is one title (no break in the chain), so 常委 stays the county committee's
    facts = _facts("5月9日，仙居县委常委、常务副县长柏文涛，黄岩区委常委、常务副区长晏子航出席启动仪式。")
    positions = _positions(facts)
    assert ("柏文涛", "常委", "仙居县委") in positions
    assert ("晏子航", "常委", "黄岩区委") in positions


def test_a_department_written_after_its_county_committee_keeps_the_whole_department_name() -> None:
    # on a page naming two counties, 县委常委、宣传部部长甲 is 某县委宣传部 (no characters of 宣传部 lost to the county's name)
    facts = _facts("9月3日，仙居县慈善总会与天台县慈善总会签订结对协议。仙居县委常委、宣传部部长柏文涛，"
                   "县委常委、组织部部长晏子航出席签约仪式。")
    positions = _positions(facts)
    assert ("晏子航", "部长", "仙居县委组织部") in positions
    assert not any(org.endswith("县织部") for _, _, org in positions)


def test_a_democratic_partys_provincial_or_city_committee_is_a_body_with_its_own_titles() -> None:
    # 致公党某省委会, 农工党某市委会: the party's name and 省委会/市委会 are one body; 主委/副主委 are its titles
    facts = _facts("9月3日，致公党江苏省委会主委韩立新主持会议，农工党南京市委会副主委柏青云、秘书长方静怡讲话。")
    assert {"致公党江苏省委会", "农工党南京市委会"} <= _orgs(facts)
    assert "江苏省委" not in _orgs(facts)
    positions = _positions(facts)
    assert ("韩立新", "主委", "致公党江苏省委会") in positions
    assert ("柏青云", "副主委", "农工党南京市委会") in positions
    assert ("方静怡", "秘书长", "农工党南京市委会") in positions
    # 民进市委 (jieba tags 民进 an adjective): the party's committee of the page's city, by its short form
    facts = _facts("6月18日，成都市政协副主席、民进市委主委邵安平率委员视察。", publisher="成都市政协")
    assert ("邵安平", "主委", "民进成都市委") in _positions(facts)
    assert "成都市委" not in _orgs(facts)


def test_an_overseas_association_ending_in_a_general_association_or_a_guild_hall_keeps_its_officers() -> None:
    # 某国某乡同乡总会, 某国某省会馆: endings of overseas associations; 副总会长/署理总会长 are their titles
    facts = _facts("9月3日，马来西亚福建同乡总会副总会长林海涛、署理总会长柏青云，新加坡广东会馆理事方静怡出席仪式。")
    assert {"马来西亚福建同乡总会", "新加坡广东会馆"} <= _orgs(facts)
    positions = _positions(facts)
    assert ("林海涛", "副总会长", "马来西亚福建同乡总会") in positions
    assert ("柏青云", "署理总会长", "马来西亚福建同乡总会") in positions
    assert ("方静怡", "理事", "新加坡广东会馆") in positions
    # 总会长 is no title of its own: 某市慈善总会长期 is the federation and the adverb after it
    facts = _facts("9月3日，某集团与南京市慈善总会长期合作，南京市慈善总会会长韩立新出席仪式。")
    assert ("韩立新", "会长", "南京市慈善总会") in _positions(facts)
    assert "南京市慈善总会" in _orgs(facts)


def test_a_bare_village_before_its_chain_of_titles_is_the_one_village_the_page_names() -> None:
    body = "6月3日，调研组来到东山镇青杉村，走访了困难家庭。村党支部书记、村委会主任欧阳砚介绍了村里的助餐点。"
    positions = _positions(_facts(body))
    assert {("欧阳砚", "书记", "青杉村党支部"), ("欧阳砚", "主任", "青杉村村委会")} <= positions


def test_a_bare_community_before_its_chain_of_titles_is_the_one_community_the_page_names() -> None:
    body = "6月3日上午，梧桐社区“暖冬”义卖会举行。社区党委书记、居委会主任钱一鸣主持，居民代表参加。"
    positions = _positions(_facts(body))
    assert {("钱一鸣", "党委书记", "梧桐社区"), ("钱一鸣", "主任", "梧桐社区居委会")} <= positions


def test_a_bare_village_is_not_guessed_where_the_page_names_two() -> None:
    body = "6月3日，调研组先后来到青杉村和白鹭村。村党支部书记、村委会主任欧阳砚介绍了助餐点。"
    organizations = {p[2] for p in _positions(_facts(body))}
    assert not {"青杉村党支部", "白鹭村党支部", "青杉村村委会", "白鹭村村委会"} & organizations


def test_a_named_villages_committee_keeps_the_village_whole() -> None:
    positions = _positions(_facts("6月3日，枫林村党委书记、村委会主任欧阳砚介绍了村级慈善基金的用途。"))
    assert ("欧阳砚", "主任", "枫林村村委会") in positions


def test_a_first_secretary_of_a_named_village_is_held_in_its_branch_or_in_the_village() -> None:
    # the village's branch where the page names it; a stationing verb in the chain keeps the title before it
    body = ("6月3日，捐赠仪式在南溪镇石门村举行。青禾文旅集团有限公司副总经理、派驻石门村第一书记费雨辰，"
            "石门村党总支书记房立春参加仪式。")
    positions = _positions(_facts(body))
    assert ("费雨辰", "第一书记", "石门村党总支") in positions
    assert ("费雨辰", "副总经理", "青禾文旅集团有限公司") in positions
    # no branch named: the village as written, and its name no person (a surname opening it: 柳)
    facts = _facts("6月3日，优秀第一书记代表、青山区北塘镇柳溪村第一书记景一帆发言。")
    assert ("景一帆", "第一书记", "青山区北塘镇柳溪村") in _positions(facts)
    assert "柳溪村" not in _persons(facts)


def test_a_word_ending_in_cun_before_a_title_is_no_village() -> None:
    # 驻村第一书记: no village's name before 村; 农村 named after no town
    facts = _facts("6月3日，优秀驻村第一书记代表钟望舒发言。")
    assert not {p[2] for p in _positions(facts) if p[1] == "第一书记"} & {"驻村", "优秀驻村"}
    assert not [o for o in _orgs(facts) if o.endswith("村")]


def test_a_units_head_with_no_body_heads_the_unit_named_before() -> None:
    # the body in the sentence before the title, and in the sentence before it (a 队 of a 队长, a 馆 of a 馆长)
    facts = _facts("6月3日，平阳县红枫山地救援队赶到灾区，副队长贺明川带领队员转移群众。"
                   "当天下午，县慈善总会在平阳县图书馆召开座谈会。馆长郎月清介绍了图书馆的做法。")
    positions = _positions(facts)
    assert ("贺明川", "副队长", "平阳县红枫山地救援队") in positions
    assert ("郎月清", "馆长", "平阳县图书馆") in positions


def test_a_qualifier_between_titles_and_the_name_keeps_the_chain() -> None:
    facts = _facts("8月9日，捐赠仪式举行。温州启泰电机有限公司总经理、2003届校友景文澜，"
                   "某大学材料学院院长、中国工程院院士闻一舟出席仪式。景文澜致辞，闻一舟讲话。")
    positions = _positions(facts)
    assert ("景文澜", "总经理", "温州启泰电机有限公司") in positions
    assert any(p[:2] == ("闻一舟", "院长") for p in positions), positions


def test_a_word_for_who_the_holder_is_between_the_titles_and_the_name_keeps_the_chain() -> None:
    """副局长、某省援疆干部甲, 经理、“某某”志愿者乙, 队长、某专业大三学生丙: who the holder is besides the posts (a word for
    people: 干部, 志愿者, 学生, 传承人, 咨询师) is an aside of the name; the titles before it are the name's."""
    facts = _facts("8月9日，欢迎会由宁波市江北区教育局副局长、江苏援疆干部景文澜主持。白沙农商银行南湖支行总经理、“金禾”志愿者"
                   "闻一舟讲课，红枫志愿服务队队长、临床医学专业大三学生岳子衿接旗。")
    positions = _positions(facts)
    assert {("景文澜", "副局长", "宁波市江北区教育局"), ("闻一舟", "总经理", "白沙农商银行南湖支行"),
            ("岳子衿", "队长", "红枫志愿服务队")} <= positions, positions


def test_a_post_whose_holder_changed_is_the_first_name_s_former_post_and_the_second_s_post() -> None:
    """基金会法定代表人由甲变更为乙: the former holder and the holder now of the post, in the body written before the title."""
    facts = _facts("9月20日，白沙公益基金会召开第三届理事会第一次会议。按照章程，理事长担任法定代表人，"
                   "白沙公益基金会法定代表人由景文澜变更为闻一舟。")
    positions = {(f["person"], f["role"], f["organization"], f.get("status")) for f in facts if f["kind"] == "position"}
    assert ("景文澜", "法定代表人", "白沙公益基金会", "former") in positions, positions
    assert ("闻一舟", "法定代表人", "白沙公益基金会", "current") in positions, positions


def test_a_second_holder_of_a_sole_title_is_not_the_hosts() -> None:
    # the host's 会长 chairs; the 会长 and 秘书长 listed after him, with no body written, are the page's own body's
    facts = _facts("6月5日，2026年慈善协作联席会议在丽水召开，衢州市慈善总会应邀参加。会议由2026年度轮值主席、"
                   "丽水市慈善总会会长贺立群主持，会长伍承东、秘书长巫晓岚参加并作交流发言。", publisher="衢州市慈善总会")
    positions = _positions(facts)
    assert ("贺立群", "会长", "丽水市慈善总会") in positions
    assert ("伍承东", "会长", "衢州市慈善总会") in positions
    assert ("巫晓岚", "秘书长", "衢州市慈善总会") in positions
    assert ("伍承东", "会长", "丽水市慈善总会") not in positions


def test_a_bare_group_before_a_title_is_its_holding_company() -> None:
    facts = _facts("7月8日，市慈善总会与安徽远帆集团控股有限公司签署助学协议，集团总经理韦望川代表公司签约。")
    assert ("韦望川", "总经理", "安徽远帆集团控股有限公司") in _positions(facts)


def test_the_care_for_the_next_generation_phrase_stays_inside_a_bodys_name() -> None:
    # rjieba reads 关心 as a word that ends names and 下一代 as a time word: the phrase is one word of the name
    facts = _facts("4月9日，临川区关心下一代工作委员会主任韦望舒、区关心下一代基金会理事长柯远帆出席签约仪式。")
    assert {"临川区关心下一代工作委员会", "临川区关心下一代基金会"} <= _orgs(facts)  # the short form completed with its district
    assert ("柯远帆", "理事长", "临川区关心下一代基金会") in _positions(facts)


def test_visit_verbs_written_together_name_the_body_after_the_last() -> None:
    facts = _facts("9月20日，韦望舒一行走访慰问了临川区晨曦敬老院、临川区石桥街道颐年养老院，看望慰问丹霞县春晖儿童福利院的孩子们。")
    orgs = _orgs(facts)
    assert {"临川区晨曦敬老院", "丹霞县春晖儿童福利院"} <= orgs
    assert not {o for o in orgs if o.startswith(("慰问", "走访", "看望"))}, orgs


def test_a_security_unit_keeps_its_verb_like_word_inside_the_name() -> None:
    # rjieba reads 保卫 as a verb that would end the name: 安全保卫, 治安保卫 are one word of a unit's name
    facts = _facts("6月3日，甘肃省公安厅经济安全保卫总队副总队长韦望川在培训班上作专题辅导。")
    assert ("韦望川", "副总队长", "甘肃省公安厅经济安全保卫总队") in _positions(facts)


def test_company_directors_titles_are_titles_in_the_company() -> None:
    facts = _facts("座谈会上，远帆互联网科技有限公司品牌总监韦望舒、首席技术官柯远帆介绍了平台的捐赠审核流程。")
    positions = _positions(facts)
    assert ("韦望舒", "品牌总监", "远帆互联网科技有限公司") in positions
    assert ("柯远帆", "首席技术官", "远帆互联网科技有限公司") in positions


def test_deputy_section_chiefs_project_managers_and_full_time_deputies_are_titles() -> None:
    facts = _facts("会上，临川区民政局社会事务科副科长韦望川、远帆物业服务有限公司项目经理柯远帆、临川区老龄工作委员会办公室专职副主任韦望舒先后发言。")
    positions = _positions(facts)
    assert ("韦望川", "副科长", "临川区民政局社会事务科") in positions
    assert ("柯远帆", "项目经理", "远帆物业服务有限公司") in positions
    assert ("韦望舒", "专职副主任", "临川区老龄工作委员会办公室") in positions


def test_a_career_chain_that_opens_with_a_places_office_title_goes_on_after_it() -> None:
    """历任某县副县长，某局局长，某政协副主席: the first item names no body (the government is not written: no post), yet
    the chain's later bodies after commas are the subject's former posts all the same."""
    body = "祁望舒，男，1963年4月生，浙江德清人。历任德清县副县长，湖州市民政局局长，湖州市政协副主席。"
    posts = {(f["person"], f["role"], f["organization"], f["status"]) for f in _facts(body, publisher="湖州市慈善总会")
             if f["kind"] == "position"}
    assert {("祁望舒", "局长", "湖州市民政局", "former"), ("祁望舒", "副主席", "湖州市政协", "former")} <= posts
    assert not [p for p in posts if p[1] == "副县长"]


def test_a_career_paragraph_opened_by_a_name_and_a_colon_or_a_spaced_birth_year_is_that_names() -> None:
    """甲：1984年7月参加工作，历任…; 乙：曾任…; 丙　1961年生，…。曾任…: the name opening the paragraph (a colon or a space
    before its date) is the profile's subject, its later dated clauses too; a label with a colon (公示期：) is nobody."""
    body = (
        "柯远帆：1984年7月参加工作，历任安吉县民政局副局长，湖州市民政局局长；2016年1月至2024年2月任湖州市人大常委会副主任，2024年3月退休。\n"
        "童立诚：曾任长兴县民政局局长。2019年起任湖州市慈善总会秘书长。\n"
        "　　舒怀瑜　1961年生，浙江临安人。曾任临安区委书记、湖州市政协秘书长，2022年起任湖州市慈善总会会长。\n"
        "公示期：2026年起，为期七天。"
    )
    facts = _facts(body, publisher="湖州市慈善总会")
    posts = {(f["person"], f["role"], f["organization"], f["status"]) for f in facts if f["kind"] == "position"}
    assert {
        ("柯远帆", "局长", "湖州市民政局", "former"),
        ("柯远帆", "副主任", "湖州市人大常委会", "former"),
        ("童立诚", "局长", "长兴县民政局", "former"),
        ("童立诚", "秘书长", "湖州市慈善总会", "current"),
        ("舒怀瑜", "书记", "临安区委", "former"),
        ("舒怀瑜", "会长", "湖州市慈善总会", "current"),
    } <= posts
    assert "公示期" not in {f["name"] for f in facts if f["kind"] == "person"}


def test_a_transcript_turn_labelled_with_its_time_and_a_bracketed_aside_names_its_speaker() -> None:
    """[00:03:15] 甲（某公司副总裁，宁波连线）：…: a turn of a round-table's transcript names its speaker, who takes part and
    speaks, and holds the title in the aside; the turn's time is no list label, and later turns (甲：…) are theirs too."""
    body = (
        "编者按：4月16日晚，“指尖善意”线上沙龙第三期在线上举行，本期沙龙由某省慈善联合会主办，两位嘉宾连线。\n"
        "[00:02:10] 詹若松（宁波澄明网络科技有限公司副总裁，宁波连线）：各位网友晚上好。\n"
        "[00:02:31] 邵晚晴（温州市慈善总会秘书长）：大家好，我在温州。\n"
        "[00:09:48] 詹若松：平台这两年做的最多的，是把项目信息公开做细。"
    )
    facts = _facts(body, date="2026-04-18")
    assert {("詹若松", "副总裁", "宁波澄明网络科技有限公司"), ("邵晚晴", "秘书长", "温州市慈善总会")} <= _positions(facts)
    found = _participation(facts)
    for name in ("詹若松", "邵晚晴"):
        assert {(name, "attendee"), (name, "speaker")} <= found, name
    # a list's label with a note in brackets names nobody
    listed = _facts("4月16日，某市慈善总会举行表彰会。\n慈善之星（排名不分先后）：\n某某社区、某某街道", date="2026-04-18")
    assert not [f for f in listed if f["kind"] == "person"]


def test_a_trade_name_with_a_verbs_complement_stays_whole() -> None:
    """杭州跑起来体育科技有限公司: 起来 inside the trade name, read by the segmenter as a verb, does not end the name."""
    facts = _facts("11月20日，杭州跑起来体育科技有限公司副总经理邬晓川出席活动。大家行动起来，市慈善总会发出倡议。", date="2026-11-21")
    assert ("邬晓川", "副总经理", "杭州跑起来体育科技有限公司") in _positions(facts)
    assert "体育科技有限公司" not in _orgs(facts)
    assert "市慈善总会" in _orgs(facts)


def test_a_name_opening_its_clause_then_wei_or_xi_a_body_and_its_title_holds_that_post() -> None:
    """（注：甲为某公司总经理，乙系某银行副行长）: a signers' note; the name and 为/系 are no part of the body's name. A
    title that does not close the clause (候选人 after it, 颁奖) gives no post."""
    facts = _facts("6月10日，签约仪式举行。（注：韦子健为浙江丰禾织造有限公司总经理，裴思远系海宁恒达农村商业银行股份有限公司副行长。）")
    assert {("韦子健", "总经理", "浙江丰禾织造有限公司"), ("裴思远", "副行长", "海宁恒达农村商业银行股份有限公司")} <= _positions(facts)
    assert not [o for o in _orgs(facts) if o.startswith(("韦子健", "裴思远"))]
    assert ("韦子健", "会长", "宁波市慈善总会") not in _positions(_facts("6月10日，会上，韦子健为宁波市慈善总会会长候选人。"))
    assert ("韦子健", "会长", "宁波市慈善总会") not in _positions(_facts("6月10日，会长葛云舒、韦子健为宁波市慈善总会会员颁奖。"))


def test_titles_given_after_a_body_is_set_up_are_held_in_that_body_not_the_meetings() -> None:
    """某馆理事会…宣布成立某馆学术委员会，甲任主任委员，乙任委员: the committee just set up holds the titles; with no body
    set up (会议决定，甲任秘书长) the meeting's body still does."""
    facts = _facts("6月10日，海州慈善博物馆召开第二届理事会第一次会议。会议宣布成立海州慈善博物馆学术委员会，邵国华任主任委员，"
                   "海州大学教授钱立德任委员。会议决定，韩晓光任秘书长。")
    positions = _positions(facts)
    assert {("邵国华", "主任委员", "海州慈善博物馆学术委员会"), ("钱立德", "委员", "海州慈善博物馆学术委员会")} <= positions
    assert ("邵国华", "主任委员", "海州慈善博物馆") not in positions
    assert ("韩晓光", "秘书长", "海州慈善博物馆") in positions


def test_a_schools_youth_league_secretary_holds_the_title_in_the_school() -> None:
    """某中学团委书记甲, 某大学团委副书记乙: 团委书记 is one title held in the school, as 党委书记 is (gold-conventions stop 36);
    the 团委 is no body of its own there."""
    facts = _facts("6月10日，海州中学团委书记邵国华带领团员来到超市。服务团团长、东川科技大学团委副书记钱立德带队。")
    positions = _positions(facts)
    assert {("邵国华", "团委书记", "海州中学"), ("钱立德", "团委副书记", "东川科技大学")} <= positions
    assert not [o for o in _orgs(facts) if o.endswith("团委")]


def test_a_titles_latin_initials_in_brackets_before_the_name_are_an_aside() -> None:
    """某公司创始人、首席执行官（CEO）甲，某公司总经理乙: the initials stand between the title and its name, which still
    holds both titles of the chain."""
    facts = _facts("6月10日，海州星禾生物科技有限公司创始人、首席执行官（CEO）邵国华，东川长涛机械股份有限公司总经理钱立德参加对话。")
    assert {("邵国华", "创始人", "海州星禾生物科技有限公司"), ("邵国华", "首席执行官", "海州星禾生物科技有限公司"),
            ("钱立德", "总经理", "东川长涛机械股份有限公司")} <= _positions(facts)


def test_a_short_note_line_in_brackets_under_a_roster_is_text_not_a_credit() -> None:
    """（注：甲为某医院院长；乙为某大学副校长） on a line of its own with no full stop: a note on the roster above, read
    as text (a bracketed line of a credit, （某会宣传部）, is still dropped)."""
    facts = _facts("6月10日，某会换届。\n副 会 长：韦子健　裴思远\n（注：韦子健为海州市第一人民医院院长；裴思远为海州大学副校长）\n（海州市红十字会宣传部）")
    assert {("韦子健", "院长", "海州市第一人民医院"), ("裴思远", "副校长", "海州大学")} <= _positions(facts)
    assert "海州市红十字会宣传部" not in _orgs(facts)


def test_a_council_named_after_the_elected_persons_own_post_is_the_meetings() -> None:
    # 增补某市慈善总会会长甲为理事会副会长 at a provincial federation's council: 理事会 is the meeting's, not the city body's
    facts = _facts("9月8日，江西省慈善总会五届二次理事会在南昌召开。会议增补九江市慈善总会会长钱望舒为理事会副会长。")
    assert {("钱望舒", "会长", "九江市慈善总会"), ("钱望舒", "副会长", "江西省慈善总会")} <= _positions(facts)
    assert ("钱望舒", "副会长", "九江市慈善总会") not in _positions(facts)


def test_a_title_then_an_order_note_or_de_shi_and_a_colon_heads_the_names_after_it() -> None:
    # 理事（按姓氏笔画为序）：甲、乙 and 当选副会长的是：丙、丁: the title before the colon is each listed name's
    positions = _positions(_facts(
        "6月10日，南山市书画协会召开第一届理事会第一次会议，选举王明为会长，当选副会长的是：张大海、李小红。"
        "副秘书长（按姓氏笔画为序）：刘一鸣、赵小川出席会议。"
    ))
    assert {("张大海", "副会长", "南山市书画协会"), ("李小红", "副会长", "南山市书画协会")} <= positions
    assert {("刘一鸣", "副秘书长", "南山市书画协会"), ("赵小川", "副秘书长", "南山市书画协会")} <= positions
    assert not {p for p in positions if p[0] in ("张大海", "李小红") and p[1] != "副会长"}


def test_a_prefectures_short_form_opening_with_zhou_is_no_short_form_of_a_city_body_ending_alike() -> None:
    # 州慈善总会 on a page that also writes 杭州慈善总会: the level word 州 opens its own short form (黔东南州's), the
    # characters 杭州 are one place word and no body named after 杭 stands for it
    positions = _positions(_facts(
        "9月8日，杭州慈善总会会长王大明带领代表团抵达黔东南州，州民政局局长韦正中、州慈善总会会长石秀梅陪同走访。"
    ))
    assert ("石秀梅", "会长", "州慈善总会") in positions
    assert not {p for p in positions if p[0] == "石秀梅" and p[2].startswith("杭州")}


def test_a_prefectures_level_word_after_a_citys_names_every_body_of_both_levels() -> None:
    # 各市州民政局: the cities' and prefectures' bureaus, a group of bodies, not one prefecture's 州民政局
    orgs = _orgs(_facts("各市州民政局和各市州慈善会的负责人参加了座谈，副厅长马大明到会讲话。湘西土家族苗族自治州民政局介绍了经验。"))
    assert "湘西土家族苗族自治州民政局" in orgs
    assert not {o for o in orgs if o.startswith("州")}


def test_a_profiles_opening_clause_that_is_only_a_body_and_its_titles_names_the_subjects_posts() -> None:
    # 甲，女，1966年生，某局原副局长，某会副会长兼秘书长。: no verb, yet each such clause is a post (原: a former one);
    # 浙江湖州人, 高级会计师 (no body first) are none
    facts = _facts("韩立秋，女，1966年生，浙江湖州人，高级会计师，湖州市民政局原副局长，湖州市慈善总会第四届理事会副会长兼秘书长。")
    positions = {(f["person"], f["role"], f["organization"], f.get("status", "current")) for f in facts if f["kind"] == "position"}
    assert ("韩立秋", "副局长", "湖州市民政局", "former") in positions
    assert {("韩立秋", "副会长", "湖州市慈善总会", "current"), ("韩立秋", "秘书长", "湖州市慈善总会", "current")} <= positions
    assert not {p for p in positions if p[1] == "高级会计师"}


def test_a_profiles_opening_clause_with_a_title_ending_in_ren_names_the_post() -> None:
    # 某局原副主任: the 任 of 主任 is the title's, no career verb (任某职) that the clause would need a verb reading for
    facts = _facts("柯望舒，男，1963年生，临江县民政局原副主任，临江县慈善总会副会长兼秘书长。")
    positions = {(f["person"], f["role"], f["organization"], f.get("status", "current")) for f in facts if f["kind"] == "position"}
    assert ("柯望舒", "副主任", "临江县民政局", "former") in positions, positions
    assert ("柯望舒", "副会长", "临江县慈善总会", "current") in positions, positions


def test_qi_after_an_appointing_verb_is_the_person_named_before_unless_another_party_stands_between() -> None:
    # 大会决定聘请其为某会名誉会长: 其 is the one named before; 甲向乙颁发证书，并聘请其为…: 其 is 乙, no post for 甲
    positions = _positions(_facts("第三届理事会会长严守正因年龄原因不再担任会长职务，会议决定聘请其为南江省慈善总会名誉会长。"))
    assert ("严守正", "名誉会长", "南江省慈善总会") in positions
    positions = _positions(_facts("典礼上，校长高明远向陆振华颁发了捐赠证书，并聘请其为南江理工大学荣誉校董。"))
    assert not {p for p in positions if p[0] == "高明远" and p[1] == "荣誉校董"}


def test_the_successor_named_before_jie_ren_holds_the_one_post_given_up() -> None:
    # 同意甲辞去秘书长职务，由原副秘书长乙接任: 乙 is 秘书长 now; 甲 held it before, in the body whose council met (not
    # the publisher's)
    facts = _facts("5月，南山市慈善总会四届三次理事会同意杜文清辞去秘书长职务，由原副秘书长梁一帆接任，她仍任副会长。", publisher="江淮慈善协作联盟")
    positions = {(f["person"], f["role"], f["organization"], f.get("status", "current")) for f in facts if f["kind"] == "position"}
    assert ("梁一帆", "秘书长", "南山市慈善总会", "current") in positions
    assert ("杜文清", "秘书长", "南山市慈善总会", "former") in positions
    assert not {p for p in positions if p[0] == "梁一帆" and p[1] == "秘书长" and p[3] == "former"}


def test_gai_before_a_one_character_ending_points_at_the_latest_body_ending_in_it() -> None:
    # 该行副行长甲 after a bank's name, 该所主任乙 after a law firm's: the body the page named last with that ending
    assert ("廖文杰", "副行长", "青禾农村商业银行股份有限公司") in _positions(_facts(
        "4月9日，总会与青禾农村商业银行股份有限公司签订助学协议，会长邵启东与该行副行长廖文杰代表双方签约。"))
    assert ("冯书宁", "主任", "青禾律师事务所") in _positions(_facts("4月9日，总会与青禾律师事务所签订法律服务协议，该所主任冯书宁出席。"))


def test_every_name_of_a_roster_line_after_its_title_and_order_note_holds_the_title() -> None:
    # 副会长（按姓氏笔画为序）：甲 乙 丙: names after the colon, padded or not and set apart by spaces, all hold the title
    facts = _facts(
        "5月9日，丽水市慈善总会第五次会员代表大会在某会议中心召开，选举产生了新一届领导班子（名单附后）。\n\n"
        "丽水市慈善总会第五届理事会领导班子名单\n\n会　长：柯望舒\n\n副会长（按姓氏笔画为序）：丁　屹 文若岚 季远山 万　澄\n\n秘书长：桑晚晴"
    )
    positions = _positions(facts)
    assert {(name, "副会长", "丽水市慈善总会") for name in ("丁屹", "文若岚", "季远山", "万澄")} <= positions
    assert ("柯望舒", "会长", "丽水市慈善总会") in positions and ("桑晚晴", "秘书长", "丽水市慈善总会") in positions
    # the same list inside a sentence of prose: names after the colon set apart by spaces
    prose = _positions(_facts("5月9日，丽水市慈善总会第五次会员代表大会在某会议中心召开。会议选举柯望舒为会长，副会长：丁　屹　文若岚　季远山。"))
    assert {(name, "副会长", "丽水市慈善总会") for name in ("丁屹", "文若岚", "季远山")} <= prose


def test_a_title_after_a_group_of_bodies_is_held_in_none_of_them() -> None:
    # 四地慈善会（基金会）秘书长甲、乙、丙、丁: each is some body's secretary, the page does not say whose; they still attend
    facts = _facts(
        "11月18日，丽水市慈善总会第三次联席会议在丽水召开。丽水市慈善总会会长柯望舒主持会议。"
        "四地慈善会（基金会）秘书长文若岚、季远山、桑晚晴、万澄参加会议。",
        date="2023-11-20",
    )
    assert ("柯望舒", "会长", "丽水市慈善总会") in _positions(facts)
    assert not {p for p in _positions(facts) if p[0] in ("文若岚", "季远山", "桑晚晴", "万澄")}
    assert {("文若岚", "attendee"), ("万澄", "attendee")} <= _participation(facts)


def test_a_correction_states_the_corrected_text_and_not_the_wrong_one() -> None:
    # 更正: “某会副会长甲”应为“某会常务副会长甲”: the post in the quotation after 应为 is the page's statement
    facts = _facts("本报5月20日A07版一文中，“丽水市莲都区慈善总会副会长柯望舒”应为“丽水市莲都区慈善总会常务副会长柯望舒”。特此更正。")
    positions = _positions(facts)
    assert ("柯望舒", "常务副会长", "丽水市莲都区慈善总会") in positions
    assert ("柯望舒", "副会长", "丽水市莲都区慈善总会") not in positions


def test_a_committee_written_after_its_body_and_term_is_the_body_s_named_without_the_term() -> None:
    # 某社区第十二届居民委员会, 某基金会第二届投资委员会: the committee is the body's, its name leaves the term out
    facts = _facts("7月6日上午，西湖区北山街道青松社区第十二届居民委员会换届选举大会召开。柴宏亮、乔建平当选为副主任。")
    assert "西湖区北山街道青松社区居民委员会" in _orgs(facts)
    assert ("柴宏亮", "副主任", "西湖区北山街道青松社区居民委员会") in _positions(facts)
    assert not [o for o in _orgs(facts) if "届" in o or o == "居民委员会"]
    assert "湖州市惠民慈善基金会投资委员会" in _orgs(_facts("3月12日下午，湖州市惠民慈善基金会第二届投资委员会第一次会议召开。"))
    # 某侨联第九届委员会: the body's own council, no committee of its own; 基金会第二届…: a bare word names no holder
    council = _orgs(_facts("湖州市侨联第九届委员会第一次会议召开，甲乙丙当选主席。"))
    assert "湖州市侨联" in council and not [o for o in council if o.endswith("委员会")]
    assert "基金会投资委员会" not in _orgs(_facts("3月12日下午，基金会第二届投资委员会第一次会议召开。"))


def test_who_speaks_for_the_chair_body_names_the_body_they_were_named_with_not_the_network() -> None:
    # 联盟轮值主席、甲会会长乙主持会议，并代表轮值主席单位作报告: the chair body is 乙's, the alliance holds no term of its own
    facts = _facts(
        "11月18日，长三角某某公益联盟2026年度工作会议在嘉善召开。联盟轮值主席、浙江省慈善联合总会会长柯望舒主持会议，并代表轮值主席单位作年度工作报告。",
        date="2026-11-20",
    )
    terms = {(f["organization"], f["year"]) for f in facts if f["kind"] == "chair_term"}
    assert ("浙江省慈善联合总会", "2026") in terms, terms
    assert not [t for t in terms if t[0].endswith("联盟")], terms


def test_a_body_whose_ending_opens_with_a_word_for_people_is_named_and_holds_posts() -> None:
    # 乡贤理事会, 乡贤会: 乡贤 (a word for people, no title) opens the body's ending; 大学生甲 stays a student named
    facts = _facts("3月8日，青溪县乡贤理事会成立大会召开，青溪县乡贤理事会会长伍思远、石门镇乡贤会秘书长卞远舟出席。")
    assert {("伍思远", "会长", "青溪县乡贤理事会"), ("卞远舟", "秘书长", "石门镇乡贤会")} <= _positions(facts)
    assert "青溪县乡贤理事会" in _orgs(facts)
    student = _facts("3月8日，青溪县慈善总会一行看望了大学生柳远帆。")
    assert "柳远帆" in {f["name"] for f in student if f["kind"] == "person"} and not any("大学" in o for o in _orgs(student))


def test_the_bodies_of_village_worthies_are_named_with_every_ending_of_their_kind() -> None:
    # 乡贤参事会, 乡贤议事会, 乡贤咨询委员会, 乡贤联合会, 乡贤促进会 (乡贤 opens the ending, as in 乡贤理事会) hold their officers'
    # posts; the short form after the full one (参事会会长) is the same body
    facts = _facts("5月6日，石门村乡贤参事会召开会议，参事会会长伍思远主持，参事会副会长卞远舟发言。")
    assert {("伍思远", "会长", "石门村乡贤参事会"), ("卞远舟", "副会长", "石门村乡贤参事会")} <= _positions(facts)
    for body, title in (("南湾镇乡贤议事会", "会长"), ("东坑村乡贤咨询委员会", "主任"), ("青溪县乡贤联合会", "会长"), ("白沙镇乡贤促进会", "副会长")):
        facts = _facts(f"5月6日，{body}召开年会，{body}{title}伍思远出席。")
        assert ("伍思远", title, body) in _positions(facts), (body, _positions(facts))
    # a worthies' or a village's history hall named with its place is a body (a named venue); a bare one, or 乡贤 alone, is none
    assert "东坑村乡贤馆" in _orgs(_facts("会后，与会人员参观了东坑村乡贤馆。"))
    assert "上林镇村史馆" in _orgs(_facts("5月6日，上林镇村史馆正式开馆。"))
    assert not _orgs(_facts("5月6日，许多乡贤参加了会议，乡贤参事会成员都来了。"))


def test_a_lineage_hall_named_with_its_village_is_a_named_venue() -> None:
    # 某村某氏宗祠 (祠堂, 祖祠, 家庙), in the holding frame or as the scene: a body; a hall with no village named is a place
    assert "石门村陈氏宗祠" in _orgs(_facts("5月6日，庆典在石门村陈氏宗祠举行，石门村党支部书记伍思远主持。"))
    assert "龙岗村黄氏祠堂" in _orgs(_facts("5月6日，捐赠仪式在龙岗村黄氏祠堂举行。"))
    assert "上林村李氏家庙" in _orgs(_facts("5月6日，祭祖活动在上林村李氏家庙举行。"))
    assert "南湾镇上林村陈氏宗祠" in _orgs(_facts("5月6日上午，南湾镇上林村陈氏宗祠里座无虚席，上林村慈善基金成立仪式在这里举行。"))
    assert not _orgs(_facts("5月6日，乡贤们出资修缮宗祠，并在村祠堂前合影。"))


def test_a_bureau_of_foreign_and_overseas_chinese_affairs_is_a_government_body() -> None:
    # 外事侨务局, 侨务局, in simplified and traditional characters
    assert ("伍思远", "副局长", "青溪县外事侨务局") in _positions(_facts("5月6日，青溪县外事侨务局副局长伍思远出席活动。"))
    assert ("伍思遠", "副局長", "江門市外事僑務局") in _positions(_facts("5月6日，江門市外事僑務局副局長伍思遠出席活動。"))
    assert ("伍思远", "局长", "泉州市侨务局") in _positions(_facts("5月6日，泉州市侨务局局长伍思远出席活动。"))


def test_a_broadcaster_is_named_by_every_ending_of_its_kind() -> None:
    # 广播电视总台, 广电总台, 广播电台 beside 电视台: a host from a broadcaster holds 主持人 there
    for body in ("苏州广播电视总台", "中央广播电视总台", "无锡市广播电视台", "江阴市广电总台", "常州人民广播电台"):
        facts = _facts(f"5月6日，论坛由{body}主持人黎小溪主持。")
        assert ("黎小溪", "主持人", body) in _positions(facts), (body, _positions(facts))
    # one that only broadcasts (做客某电台“某”直播节目, 某广电总台进行了直播) is the press, no organization of the page
    assert not [o for o in _orgs(_facts("4月16日，青溪县慈善总会秘书长伍思远做客泰州人民广播电台“阳光热线”直播节目。")) if o.endswith("电台")]
    assert not _orgs(_facts("4月16日，江阴市广电总台对活动进行了直播。"))


def test_the_leader_of_a_team_named_by_no_body_holds_no_post() -> None:
    """评审专家组由甲任组长: a review team is no body; its leader keeps the posts written with the name and no 组长 in the
    meeting's body (a 领导小组 found as an organization still holds its 组长)."""
    facts = _facts("5月14日，九江市慈善总会召开项目评审会。评审专家组由九江学院教授乔远帆任组长，九江学院副教授葛云舒为成员。")
    positions = _positions(facts)
    assert ("乔远帆", "教授", "九江学院") in positions
    assert not [p for p in positions if p[1] == "组长"]
    # the team's clause only: an election in a later clause of the sentence is the meeting body's
    facts = _facts("5月14日，九江市慈善总会召开第三次会员代表大会。会上，监票组由乔远帆任组长，大会选举葛云舒为会长。")
    assert ("葛云舒", "会长", "九江市慈善总会") in _positions(facts)


def test_a_cooperative_named_with_its_crop_and_a_farming_verb_keeps_its_whole_name() -> None:
    # 某县某村茶叶种植专业合作社, 某镇生猪养殖专业合作社: 种植 and 养殖 stand inside a cooperative's name
    facts = _facts("5月10日，青溪县石门村党支部书记、青溪县石门茶叶种植专业合作社理事长伍思远，石门镇生猪养殖专业合作社理事长卞远舟出席。")
    positions = _positions(facts)
    assert ("伍思远", "理事长", "青溪县石门茶叶种植专业合作社") in positions
    assert ("卞远舟", "理事长", "石门镇生猪养殖专业合作社") in positions
    assert "专业合作社" not in _orgs(facts)


def test_a_name_holding_a_village_level_or_opening_with_whose_is_a_kind_of_body() -> None:
    # 村级养老服务站, 新建村级慈善工作站: every village's station; 当地茶叶专业合作社: whichever cooperative is there
    facts = _facts("5月10日，青溪县慈善总会出资建设村级养老服务站，在石门村新建村级慈善工作站，由当地茶叶专业合作社负责管护。")
    assert not {o for o in _orgs(facts) if "村级" in o or o.startswith("当地")}
    assert "青溪县慈善总会" in _orgs(facts)
    # a named village's cooperative is one body
    assert "石门村茶叶专业合作社" in _orgs(_facts("5月10日，石门村茶叶专业合作社理事长伍思远出席。"))


def test_a_bare_unit_after_another_unit_of_a_body_is_that_body_s() -> None:
    # 某局办公室副主任、财务处处长: the second unit is the bureau's, a sibling of the office, not a unit of the office
    facts = _facts("6月3日，会议召开。临川市民政局办公室副主任、财务处处长岑望川出席。")
    positions = _positions(facts)
    assert ("岑望川", "处长", "临川市民政局财务处") in positions
    assert "临川市民政局办公室财务处" not in _orgs(facts)


def test_a_university_s_school_is_no_short_form_of_another_university_s() -> None:
    # 某京大学 is a university of its own: its school is no short form of 某京师范大学's, whose characters it holds in order
    facts = _facts("6月3日，评审会召开。评审组由云京大学社会学院副教授岑望川、云京师范大学社会发展学院讲师骆清扬组成。")
    assert {"云京大学社会学院", "云京师范大学社会发展学院"} <= _orgs(facts)
    assert ("岑望川", "副教授", "云京大学社会学院") in _positions(facts)


def test_a_company_opens_with_the_place_the_segmenter_read_as_an_adverb() -> None:
    # 大连 is tagged an adverb: the walk stops there, the registered name still opens with the place
    facts = _facts("6月3日，救灾物资启运，大连岚川物流有限公司承担物资的免费运输。")
    assert "大连岚川物流有限公司" in _orgs(facts)
    assert "岚川物流有限公司" not in _orgs(facts)


def test_a_visit_verb_read_as_a_noun_visits_nothing() -> None:
    # 考察报告报某局, 实地考察、材料审核、某委员会审定: the verb names a report or a step of a list, no body visited
    facts = _facts("6月3日，临川市慈善总会梳理考察成果，形成考察报告报市民政局。经实地考察、材料审核、评审委员会审定和社会公示，结果如下。")
    orgs = _orgs(facts)
    assert "报告报市民政局" not in orgs and "评审委员会审定" not in orgs


def test_a_leader_leading_a_committee_s_group_is_no_part_of_its_name() -> None:
    # 甲率某委员会视察组: the segmenter glues 率 to the name's last character (立行|率), which ends what precedes the body
    facts = _facts("10月21日，临川省政协副主席皇甫望川率省政协社会和法制委员会视察组在某县开展专题视察。")
    assert not any("率" in org for org in _orgs(facts))
    assert any(org.endswith("省政协社会和法制委员会") for org in _orgs(facts))


def test_and_after_a_party_branch_joins_two_bodies() -> None:
    # 某会党支部与某公司: 党支部 ends the first name, 与 opens the second, no name holds both
    facts = _facts("3月10日，临川市慈善总会党支部与国网岚川供电公司党支部开展联学共建活动。")
    assert not any("与" in org for org in _orgs(facts))
    assert "临川市慈善总会" in _orgs(facts)


def test_a_unit_written_after_its_body_s_bare_ending_is_the_page_s_one_body_s() -> None:
    # 基金会研究发展部 on a page naming one foundation in full: that foundation's department, the bare form an alias
    facts = _facts("6月3日，临川市慈善基金会召开会议。临川市慈善基金会副理事长郗望川讲话，基金会研究发展部部长雍清扬主持会议。")
    assert ("雍清扬", "部长", "临川市慈善基金会研究发展部") in _positions(facts)
    assert "基金会研究发展部" not in _orgs(facts)
    two = _facts("6月3日，临川市慈善基金会与岚川教育基金会召开会议。基金会研究发展部部长雍清扬主持会议。")
    assert not any(org.endswith("基金会研究发展部") and len(org) > 8 for org in _orgs(two))  # two foundations: whose is not said


def test_a_deputy_to_a_people_s_congress_holds_daibiao_there() -> None:
    """某市人大代表甲 before or after another title, and in a bracket after a company's title: a seat in that congress;
    a company's list names no unit of it, and a word for the deputies after the title is no name."""
    facts = _facts("6月10日，宁波市人大代表、南川市慈善总会会长罗一鸣出席会议。"
                   "青田纺织集团有限公司董事长、全国人大代表石晓峰致辞。")
    posts = _positions(facts)
    assert {("罗一鸣", "代表", "宁波市人大"), ("罗一鸣", "会长", "南川市慈善总会"), ("石晓峰", "代表", "全国人大")} <= posts, posts
    assert "青田纺织集团全国人大" not in _orgs(facts)
    assert _positions(_facts("市人大代表来我会开展调研。")) == set()


def test_deputies_named_only_as_a_group_hold_no_seat_and_name_no_congress() -> None:
    facts = _facts("6月10日，区人大常委会主任罗一鸣带领部分市人大代表视察南川市慈善总会。")
    assert not [o for o in _orgs(facts) if o.endswith("市人大")], _orgs(facts)
    assert not [p for p in _positions(facts) if p[1] == "代表"]


def test_a_cppcc_member_after_another_title_holds_weiyuan_there() -> None:
    """某公司董事长、某市政协委员甲: the member's seat is a post in the CPPCC (docs/gold-conventions.md), no aside of the name."""
    facts = _facts("6月10日，南川纺织集团有限公司董事长、宁波市政协委员罗一鸣出席会议。")
    assert {("罗一鸣", "董事长", "南川纺织集团有限公司"), ("罗一鸣", "委员", "宁波市政协")} <= _positions(facts), _positions(facts)


def test_the_terms_written_between_a_body_and_its_title_in_a_career_keep_the_post() -> None:
    """曾任某市政协第九届、第十届委员: one seat held over both terms, former."""
    facts = _facts("罗一鸣曾任宁波市政协第九届、第十届委员，现任南川市慈善总会荣誉会长。")
    assert {("罗一鸣", "委员", "宁波市政协"), ("罗一鸣", "荣誉会长", "南川市慈善总会")} <= _positions(facts), _positions(facts)
    assert [f["status"] for f in facts if f["kind"] == "position" and f["role"] == "委员"] == ["former"]


def test_the_head_of_a_federation_s_presidium_holds_that_title() -> None:
    """某市残联主席团主席: the presidium's head is one title of the federation (roles.tsv), after another body's title too."""
    facts = _facts("6月10日，宁波市政协副主席、宁波市残联主席团主席罗一鸣出席会议。")
    assert {("罗一鸣", "副主席", "宁波市政协"), ("罗一鸣", "主席团主席", "宁波市残联")} <= _positions(facts), _positions(facts)


def test_a_name_given_its_own_post_earlier_takes_no_title_of_another_s_list() -> None:
    facts = _facts("3月1日，市红十字会党组书记、常务副会长杭明远看望捐献者。"
                   "3月2日下午，医院召开座谈会，省红十字会办公室主任祁永安、杭明远出席并讲话，市红十字会副会长钱立德、孙海涛也参加座谈。")
    positions = _positions(facts)
    assert ("祁永安", "主任", "省红十字会办公室") in positions
    assert not {p for p in positions if p[0] == "杭明远" and p[1] == "主任"}, positions
    assert {("钱立德", "副会长"), ("孙海涛", "副会长")} <= {p[:2] for p in positions}


def test_gai_and_an_ending_point_at_the_object_named_right_before_the_comma() -> None:
    # 参观了某护理中心，该中心主任甲: a body read only as the visit's object still holds the post 该 points at
    assert ("柯望舒", "主任", "北区长者日间护理中心") in _positions(_facts("会后，与会者参观了北区长者日间护理中心，该中心主任柯望舒介绍了服务。"))
    # no 了 before the name: no object read, no post given to a guessed body
    assert not _positions(_facts("北区长者日间护理中心，该中心主任柯望舒介绍了服务。"))


def test_a_county_level_city_named_only_after_the_bare_city_forms_is_not_their_city() -> None:
    # 市民政局 read before the page first names the county-level city the party visits next day: not that city's
    facts = _facts(
        "3月8日，江苏省慈善总会会长柏青岚带队来我市调研。市民政局局长卓远航陪同。"
        "9日，调研组赴宜兴市，宜兴市慈善总会会长邹明澈陪同。宜兴市慈善总会介绍了宜兴市的做法。",
        publisher="江苏省慈善总会",
    )
    positions = _positions(facts)
    assert ("邹明澈", "会长", "宜兴市慈善总会") in positions
    assert ("卓远航", "局长", "宜兴市民政局") not in positions


def test_school_s_word_for_itself_is_the_school_named_only_inside_its_foundation_s_name() -> None:
    # 学校校长甲 on a secondary school's page that writes the school only inside its foundation's name
    facts = _facts("9月5日，温州市青禾中学校友教育基金会举行颁奖仪式。基金会理事长、学校党委书记柳慕川，学校校长祁远舟出席。")
    positions = _positions(facts)
    assert ("祁远舟", "校长", "温州市青禾中学") in positions
    assert ("柳慕川", "党委书记", "温州市青禾中学") in positions
    assert ("柳慕川", "理事长", "温州市青禾中学校友教育基金会") in positions


def test_a_red_cross_team_s_name_keeps_its_donation_and_first_aid_words() -> None:
    # 捐献, 应急, 救护 stand inside a red cross team's name as 捐赠, 救援 do: its head's post is held in the whole name
    positions = _positions(_facts(
        "4月2日，缅怀活动举行。漳州市遗体器官捐献志愿者服务队队长柴望川发言，芗城区红十字应急救护志愿服务队队长卜闻溪参加。"
    ))
    assert ("柴望川", "队长", "漳州市遗体器官捐献志愿者服务队") in positions
    assert ("卜闻溪", "队长", "芗城区红十字应急救护志愿服务队") in positions


def test_a_title_s_bracketed_note_closed_by_a_title_gives_both_posts_to_the_name_after_it() -> None:
    # 局长（某会副会长）甲: the note's post is a second one in its own body; 理事长（法定代表人）乙: both in the body
    positions = _positions(_facts(
        "5月8日，晚会举行。市委常委符清远，湖州市民政局党委书记、局长（湖州市慈善总会副会长）柯望舒出席。"
        "会议由浙江省青禾公益基金会理事长（法定代表人）卜远帆主持。"
    ))
    assert ("柯望舒", "局长", "湖州市民政局") in positions
    assert ("柯望舒", "党委书记", "湖州市民政局") in positions
    assert ("柯望舒", "副会长", "湖州市慈善总会") in positions
    assert ("卜远帆", "理事长", "浙江省青禾公益基金会") in positions
    assert ("卜远帆", "法定代表人", "浙江省青禾公益基金会") in positions


def test_a_bare_ending_before_its_council_is_the_body_the_posts_after_ren_are_held_in() -> None:
    # 基金会理事会由…组成，公司董事长甲任理事长: 基金会 is the foundation named before, not the company of 甲's own title
    positions = _positions(_facts(
        "2016年，宁波青禾电器股份有限公司出资设立宁波青禾公益基金会。"
        "基金会理事会由7名理事组成，公司董事长柯望川任理事长，卜远舟任秘书长。",
        publisher="宁波青禾电器股份有限公司",
    ))
    assert ("柯望川", "理事长", "宁波青禾公益基金会") in positions
    assert ("卜远舟", "秘书长", "宁波青禾公益基金会") in positions
    assert ("柯望川", "理事长", "宁波青禾电器股份有限公司") not in positions


def test_a_rating_committee_s_name_keeps_its_rating_word() -> None:
    # 评估 stands inside a rating committee's name: its chair's 主任委员 is held in the whole name, and the chain before holds
    positions = _positions(_facts(
        "9月3日，评审会议召开。温州市民政局副局长，温州市社会组织评估委员会主任委员贲南舟主持会议。"
    ))
    assert ("贲南舟", "主任委员", "温州市社会组织评估委员会") in positions
    assert ("贲南舟", "副局长", "温州市民政局") in positions


def test_a_title_joined_by_jian_to_a_council_s_title_is_held_in_that_council_s_body() -> None:
    # 第二届理事会副理事长兼秘书长甲: 秘书长 is the meeting body's as 副理事长 is, not the supervising body named before
    positions = _positions(_facts(
        "9月11日上午，福建省青禾公益基金会第二届理事会第十二次会议在福州召开，业务主管单位省侨联党组成员、副主席柯远明，"
        "以及理事、监事共60余人参加会议，会议由第二届理事会副理事长兼秘书长卜望舒主持。"
    ))
    assert ("卜望舒", "副理事长", "福建省青禾公益基金会") in positions
    assert ("卜望舒", "秘书长", "福建省青禾公益基金会") in positions
    assert not any(person == "卜望舒" and org.endswith("侨联") for person, _, org in positions)


def test_an_election_in_a_roundup_item_is_held_in_the_body_whose_meeting_the_sentence_before_tells() -> None:
    # 【某市】某会召开理事会议…。会议审议通过了增补甲为副会长: the item's body, not the roundup's first one
    positions = _positions(_facts(
        "【桐乡】10月20日，桐乡市乌镇镇慈善分会举行慈善项目推介会，分会会长柯远明出席。\n"
        "【海宁】10月21日，海宁市慈善总会召开三届五次理事会议，会长卜望舒主持。会议审议通过了增补某公司董事长岑青川为副会长的议案。"
    ))
    assert ("岑青川", "副会长", "海宁市慈善总会") in positions
    assert ("岑青川", "副会长", "桐乡市乌镇镇慈善分会") not in positions


def test_a_bare_title_in_a_list_of_several_bodies_keeps_the_body_of_its_rank() -> None:
    # 某委员会副主任委员、某局局长甲，副主任委员、某大学教授乙，委员丙、丁: the names hold posts in several bodies; a bare
    # 副主任委员 or 委员 is a rank of the committee's 副主任委员 before it, not of the bureau or the university
    positions = _positions(_facts(
        "10月9日，审核会议召开。嘉兴市社会组织评估委员会副主任委员、嘉兴市民政局社会组织管理处处长贲南舟，副主任委员、"
        "嘉兴学院文法学院教授柴望川，委员卜闻溪、庞秋实出席会议。"
    ))
    committee = "嘉兴市社会组织评估委员会"
    assert ("柴望川", "副主任委员", committee) in positions
    assert ("柴望川", "教授", "嘉兴学院文法学院") in positions
    assert {("卜闻溪", "委员", committee), ("庞秋实", "委员", committee)} <= positions
    assert ("贲南舟", "处长", "嘉兴市民政局社会组织管理处") in positions


def test_a_school_s_head_after_zai_and_its_word_for_itself_is_the_page_s_university_s() -> None:
    # 在学校党委书记甲的见证下: 在 stands before 学校 as 由 does; the head is the university the page names
    positions = _positions(_facts("5月16日，青州理工大学举行签约仪式。在学校党委书记柯望舒的见证下，副校长卜远川与企业代表签约。"))
    assert ("柯望舒", "党委书记", "青州理工大学") in positions


def test_a_social_worker_of_a_named_station_holds_her_post_there_and_a_station_keeps_its_name() -> None:
    # 社工 is a post after its station (某街道社工站社工甲); inside a body's name (社工站, 社工部, 社工服务中心) it is none
    facts = _facts("5月6日，兰溪路街道社工站社工宓书瑶、江宁区启明社工服务中心主任柏文涛和滨江医院医务社工部主任费可心出席活动。")
    positions = _positions(facts)
    assert ("宓书瑶", "社工", "兰溪路街道社工站") in positions
    assert ("柏文涛", "主任", "江宁区启明社工服务中心") in positions
    assert ("费可心", "主任", "滨江医院医务社工部") in positions
    orgs = {f["name"] for f in facts if f["kind"] == "organization"}
    assert "兰溪路街道" not in orgs and "滨江医院医务" not in orgs


def test_a_social_worker_after_a_bare_street_or_community_holds_no_post_there() -> None:
    # 某街道社工甲 on an award list: the place she works in, not a body that employs her
    facts = _facts("获评优秀社工的有：临溪区荷塘街道社工宓书瑶、临溪区柳岸社区社工柏文涛。")
    assert not [p for p in _positions(facts) if p[1] == "社工"]
    assert {"宓书瑶", "柏文涛"} <= {f["name"] for f in facts if f["kind"] == "person"}


def test_a_longer_title_opened_by_she_gong_and_a_weekday_before_you_name_no_false_person() -> None:
    # 社工督导 is one title (its name follows it whole); 周三有社工: a weekday before 有 (there is), no name before 社工
    persons = {f["name"] for f in _facts("6月2日，东湖街道慈善工作站开放日举行，社工督导柯雨桐到场。站内每周一、周三有社工接待来访群众。")
               if f["kind"] == "person"}
    assert "柯雨桐" in persons
    assert not {name for name in persons if name.startswith(("督导", "周"))}


def test_titles_of_coordinators_assistants_building_heads_hosts_and_unit_supervisors_are_posts() -> None:
    # 协调员, 研究助理, 楼组长, 节目主持人 (in a TV station, a body where a post is held), 宣统委员 (a town committee's), 主管 (a
    # department's) are posts held in the body before them
    facts = _facts(
        "6月10日，无锡市红十字会协调员柯晓雯陪同捐献者。南京大学慈善研究中心研究助理钱立群领读。江西广播电视台节目主持人孔明远主持对谈。"
        "南湖镇党委委员、宣统委员严晓静出席。南湖街道向阳社区楼组长邵国华发言。南京市至诚慈善基金会项目部主管高雅通报数据。"
    )
    assert {
        ("柯晓雯", "协调员", "无锡市红十字会"),
        ("钱立群", "研究助理", "南京大学慈善研究中心"),
        ("孔明远", "节目主持人", "江西广播电视台"),
        ("严晓静", "宣统委员", "南湖镇党委"),
        ("邵国华", "楼组长", "南湖街道向阳社区"),
        ("高雅", "主管", "南京市至诚慈善基金会项目部"),
    } <= _positions(facts)


def test_supervising_as_a_verb_or_a_supervising_unit_is_no_post_and_a_reporting_station_no_body() -> None:
    # 业务主管单位, 由某局主管, 民主管理: 主管 inside other words; 接受某电视台采访: the press that only reports (gold-conventions)
    facts = _facts(
        "6月10日，该会业务主管单位为南京市民政局。由南京市民政局主管的南京市至诚慈善基金会实行民主管理。"
        "南京市至诚慈善基金会理事长严晓静接受南湖电视台采访时说，项目进展顺利。"
    )
    assert not [p for p in _positions(facts) if p[1] == "主管"]
    assert "南湖电视台" not in _orgs(facts)
    assert ("严晓静", "理事长", "南京市至诚慈善基金会") in _positions(facts)


def test_a_department_after_gaiyuan_is_a_body_named_with_the_hospital_and_a_grade_stays_the_hospitals() -> None:
    # 由该院小儿外科主任、主任医师甲带队: the department is a body named with the hospital 该院 points at, its head's post
    # held there, the grade in the hospital (gold-conventions); a department before a grade is no body; 该院 of a college
    # names no hospital's department
    facts = _facts(
        "5月28日，南湖市慈善总会联合南湖医科大学附属第二医院发起项目。此前，由该院小儿心脏外科主任、主任医师柯晓雯带队的专家组赴泰顺县筛查。"
        "该院心内科主任医师钱立群参加。南湖市慈善总会走访南湖职业技术学院，该院社科主任孔明远参加。"
    )
    positions = _positions(facts)
    assert ("柯晓雯", "主任", "南湖医科大学附属第二医院小儿心脏外科") in positions
    assert ("柯晓雯", "主任医师", "南湖医科大学附属第二医院") in positions
    assert ("钱立群", "主任医师", "南湖医科大学附属第二医院") in positions
    orgs = _orgs(facts)
    assert "南湖医科大学附属第二医院小儿心脏外科" in orgs
    assert not [o for o in orgs if o.endswith(("心内科", "社科"))]


def test_a_coordinators_field_of_work_before_the_title_is_no_part_of_the_post() -> None:
    # gold-conventions: 某红十字会造血干细胞捐献协调员 holds 协调员 in the society, the field dropped as a doctor's department is
    facts = _facts("6月10日，无锡市红十字会造血干细胞捐献协调员柯晓雯陪同捐献者完成采集。")
    assert ("柯晓雯", "协调员", "无锡市红十字会") in _positions(facts)


def test_localities_a_count_of_named_units_lists_are_organizations() -> None:
    """以下3家单位被命名为某基地：⏎某馆⏎某镇某村 (one body a line) and 首批3家单位获命名：甲、乙镇丙村、丁街道戊社区: the
    localities among the named units are organizations as the bodies beside them are; a village only visited stays a place."""
    lines = _facts("6月10日，南川市慈善文化基地授牌仪式举行。经评估，以下3家单位被命名为南川市慈善文化基地：\n南川市档案馆\n"
                   "丹霞镇溪头村\n青枫街道石桥社区\n会后，与会人员走访了丹霞镇柳塘村。")
    assert {"丹霞镇溪头村", "青枫街道石桥社区"} <= _orgs(lines)
    assert "丹霞镇柳塘村" not in _orgs(lines)
    listed = _facts("6月10日，南川市慈善文化基地授牌仪式举行。首批3家单位获命名：南川市档案馆、白沙镇岭下村、青枫街道竹园社区。")
    assert {"白沙镇岭下村", "青枫街道竹园社区"} <= _orgs(listed)


def test_a_federation_s_exhibition_hall_a_count_of_named_units_lists_is_the_unit_not_its_federation() -> None:
    """首批2家单位获命名：甲馆、某市慈善总会慈善文化展厅 (and one unit a line): the hall is the unit named, not its federation."""
    listed = _facts("6月10日，南川市慈善文化基地授牌仪式举行。首批2家单位获命名：南川市档案馆、北山县慈善总会慈善文化展厅。")
    assert "北山县慈善总会慈善文化展厅" in _orgs(listed)
    assert "北山县慈善总会" not in _orgs(listed)
    lines = _facts("6月10日，南川市慈善文化基地授牌仪式举行。以下2家单位被命名为南川市慈善文化基地：\n南川市档案馆\n"
                   "北山县慈善总会慈善文化展示厅\n")
    assert "北山县慈善总会慈善文化展示厅" in _orgs(lines)
    assert "北山县慈善总会" not in _orgs(lines)


def test_a_research_librarian_is_a_post_held_in_the_archive_named_before_it() -> None:
    """研究馆员 (副研究馆员) is the professional rank of archives, museums and libraries, as 研究员 is of institutes."""
    facts = _facts("5月8日，东川市慈善文化座谈会召开。东川市档案馆研究馆员柴望舒、东川图书馆副研究馆员欧映雪参加座谈。")
    assert {("柴望舒", "研究馆员", "东川市档案馆"), ("欧映雪", "副研究馆员", "东川图书馆")} <= _positions(facts)


def test_a_visiting_hong_kong_or_macao_body_leaves_the_page_its_mainland_province() -> None:
    # 省慈善总会 on a page naming one province's bodies and a visiting Macao association is that province's
    facts = _facts("3月5日，江苏省民政厅副厅长甲会见澳门同善会联合总会访问团一行。省慈善总会会长乙参加会见。")
    orgs = _orgs(facts)
    assert {"江苏省民政厅", "澳门同善会联合总会", "江苏省慈善总会"} <= orgs
    assert "省慈善总会" not in orgs


@pytest.mark.parametrize(
    "sentence, year",
    [
        ("5月20日，皖江慈善联席会议在铜陵召开，铜陵市慈善总会担任2026年度执行主席单位。", "2026"),
        ("5月20日，皖江慈善联席会议在铜陵召开，本年度执行主席单位铜陵市慈善总会会长严立民主持会议。", "2026"),
        ("5月20日，皖江慈善联席会议在铜陵召开，2026年度牵头单位为铜陵市慈善总会。", "2026"),
        ("5月20日，皖江慈善联席会议在铜陵召开，联席会议实行轮流牵头，本届牵头单位为铜陵市慈善总会。", "2026"),
        ("5月20日，皖江慈善联席会议在铜陵召开，铜陵市慈善总会作为本年度轮值单位主持会议。", "2026"),
        ("5月20日，皖江慈善联席会议在铜陵召开，会议由轮值召集人、铜陵市慈善总会会长严立民主持。", "2026"),
        ("5月20日，皖江慈善联席会议在铜陵召开，铜陵市慈善总会作为2026年度轮值召集单位承办会议。", "2026"),
        ("5月20日，皖江慈善联席会议在铜陵召开，铜陵市慈善总会接棒成为2027年度轮值主席单位。", "2027"),
        ("5月20日，皖江慈善联席会议在铜陵召开，下一届联席会议由铜陵市慈善总会承办。", "2027"),
    ],
)
def test_every_word_for_a_rotating_chair_names_the_chair_body(sentence: str, year: str) -> None:
    """轮值主席单位 is one of many words for a network's rotating chair: 执行主席单位, 牵头单位 of a term, 轮值单位,
    轮值召集人/召集单位, 接棒, the host of the next meeting."""
    assert ("铜陵市慈善总会", year) in _chair_terms(_facts(sentence, date="2026-05-21"))


def test_a_projects_lead_body_is_no_chair() -> None:
    assert not _chair_terms(_facts("5月20日，助学项目启动，项目牵头单位为铜陵市慈善总会。", date="2026-05-21"))
    assert not _chair_terms(_facts("5月20日，本次义诊活动的牵头单位为铜陵市慈善总会。", date="2026-05-21"))


@pytest.mark.parametrize(
    "sentence",
    [
        "5月20日，皖江慈善联席会议在铜陵召开，宣城市慈善总会从池州市慈善总会手中接棒。",
        "5月20日，皖江慈善联席会议在铜陵召开，池州市慈善总会向宣城市慈善总会交棒。",
        "5月20日，皖江慈善联席会议在铜陵召开，池州市慈善总会将联席会议会旗交给宣城市慈善总会。",
        "5月20日，皖江慈善联席会议在铜陵召开，池州市慈善总会将轮值主席的接力棒交到宣城市慈善总会手中。",
        "5月20日，皖江慈善联席会议在铜陵召开，池州市慈善总会向宣城市慈善总会交接旗帜。",
    ],
)
def test_a_baton_or_flag_handed_over_gives_the_taker_the_year_and_the_giver_the_one_before(sentence: str) -> None:
    assert {("宣城市慈善总会", "2026"), ("池州市慈善总会", "2025")} <= _chair_terms(_facts(sentence, date="2026-05-21"))


def test_a_baton_taken_from_a_body_names_its_giver_the_year_before() -> None:
    body = "5月20日，皖江慈善联席会议在铜陵召开。自去年接过池州市慈善总会的轮值主席接力棒以来，宣城市慈善总会推动了六个合作项目。"
    assert ("池州市慈善总会", "2025") in _chair_terms(_facts(body, date="2026-05-21"))


def test_a_headlines_meeting_year_yields_to_the_year_the_body_states_for_the_taker() -> None:
    # the headline's 2026年度 is the meeting's; the text says the taker's term is 2027, and 2026 was the host's
    headline = "皖江慈善联席会议2026年度会议在铜陵召开　宣城市慈善总会接任轮值主席\n"
    body = "5月20日，会议由2026年度轮值主席单位铜陵市慈善总会承办。铜陵市慈善总会会长严立民将会旗交给2027年度轮值主席单位宣城市慈善总会。"
    terms = _chair_terms(_facts(headline + body, date="2026-05-21"))
    assert ("宣城市慈善总会", "2027") in terms and ("宣城市慈善总会", "2026") not in terms
    # with no year stated in the text, the headline's stands
    assert ("宣城市慈善总会", "2026") in _chair_terms(_facts(headline + "5月20日，会议听取了工作报告。", date="2026-05-21"))


def test_will_take_the_chair_as_an_occasion_dates_no_later_term() -> None:
    body = "5月20日，皖江慈善联席会议在铜陵召开，宣城市慈善总会正式接任2026年度轮值主席单位。宣城市慈善总会将以接任轮值主席为契机，推动合作落地。"
    assert _chair_terms(_facts(body, date="2026-05-21")) == {("宣城市慈善总会", "2026")}


@pytest.mark.parametrize(
    "body",
    [
        "临川镇司法所", "临川区法律援助中心", "临川镇法律援助工作站", "临川区公共法律服务中心", "临川镇公共法律服务工作站",
        "临川区公证处", "临川镇人民调解委员会", "临川镇调委会", "临川区人民调解中心", "临川区矛盾纠纷调处化解中心",
        "临川镇社会治理中心", "临川镇综治中心", "临川区社区矫正中心", "抚州仲裁委员会", "临川区劳动人事争议仲裁院",
        "临川区人民法院", "临川区人民检察院", "临川人民法庭", "临川镇派出所", "临川镇消防救援站",
        "临川区妇女儿童维权站", "临川区法学会", "临川区律师协会", "临川镇社会工作站", "临川镇新时代文明实践所",
        "临川镇党群服务中心", "临川镇退役军人服务站", "临川区应急管理局", "临川区蓝天救援队", "临川镇志愿服务站",
    ],
)
def test_legal_and_government_service_bodies_a_charity_page_names_are_organizations(body: str) -> None:
    """The kinds of body a legal-aid or community page names (justice, mediation, courts, service stations), each
    with the head it has, are organizations by their endings (data/lexicons/org_suffixes.tsv)."""
    assert body in _orgs(_facts(f"6月10日，{body}负责人祁望川出席活动并讲话。"))
    assert body in _orgs(_facts(f"6月10日，在{body}的协调下，困难群众拿到了欠薪。"))


def test_a_legal_service_body_named_only_by_its_kind_is_no_organization() -> None:
    for sentence in ("6月10日，困难群众可以到法律援助中心申请免费服务。", "6月10日，各乡镇司法所工作人员参加培训。",
                     "6月10日，他向法院提起诉讼，获得了赔偿。", "6月10日，学生们在模拟法庭上扮演法官和律师。",
                     "6月10日，全县12个司法所共办理调解案件300件。"):
        assert not _orgs(_facts(sentence)), sentence


@pytest.mark.parametrize(
    "short, full",
    [
        ("市律协", "抚州市律师协会"), ("市侨联", "抚州市归国华侨联合会"),
        ("市社工委", "抚州市社会工作委员会"), ("市关工委", "抚州市关心下一代工作委员会"),
        ("市残工委", "抚州市残疾人工作委员会"), ("市老龄委", "抚州市老龄工作委员会"),
        ("市文明委", "抚州市精神文明建设委员会"), ("市民宗局", "抚州市民族宗教事务局"),
        ("市社科联", "抚州市社会科学界联合会"), ("市妇联", "抚州市妇女联合会"), ("市工商联", "抚州市工商业联合会"),
    ],
)
def test_a_bodys_short_ending_is_an_alias_of_the_body_the_page_names_in_full(short: str, full: str) -> None:
    facts = _facts(f"6月10日，{full}召开座谈会。{short}负责人祁望川主持会议。")
    assert full in _orgs(facts) and short not in _orgs(facts)
    assert ("祁望川", "负责人", full) in _positions(facts)
    alone = _orgs(_facts(f"6月10日，抚州{short}负责人祁望川主持会议。"))  # written only by its short form: that name stays
    assert alone == {"抚州" + short}, alone


def test_a_short_ending_inside_a_longer_name_is_the_unit_of_the_body_named_in_full() -> None:
    facts = _facts("6月10日，抚州市律师协会公益法律服务委员会召开座谈会，市律协公益法律服务委员会主任祁望川主持会议。")
    assert _orgs(facts) == {"抚州市律师协会公益法律服务委员会"}
    assert ("祁望川", "主任", "抚州市律师协会公益法律服务委员会") in _positions(facts)
    facts = _facts("6月10日，抚州市妇女联合会召开座谈会，市妇联家庭工作部部长祁望川主持会议。")
    assert ("祁望川", "部长", "抚州市妇女联合会家庭工作部") in _positions(facts)  # a unit named with its body's short form


def test_a_countys_page_takes_its_bare_city_short_forms_for_the_city_it_names_in_full() -> None:
    # the title names a county of 抚州; the page names 抚州市工商业联合会 in full: its 市委, 市政府 are 抚州's
    article = Article("t", "6月10日，仪式由抚州市工商业联合会主办。市委常委、统战部部长祁望川，市政府副秘书长钟远帆出席。",
                      title="结对签约仪式在临川举行", date="2026-06-12", publisher="", body_start=0)
    orgs = {f.fields["name"] for f in extract_article(article).facts if f.kind == "organization"}
    assert {"抚州市委", "抚州市委统战部", "抚州市政府"} <= orgs, orgs


def test_a_causes_baton_is_no_chairs() -> None:
    body = "5月20日，皖江慈善联席会议在铜陵召开。宣城市慈善总会会长严立民表示，要从池州市慈善总会手中接过慈善事业的接力棒。"
    assert not _chair_terms(_facts(body, date="2026-05-21"))


@pytest.mark.parametrize("told", [
    "11月5日，市红十字会党组书记、常务副会长贺明远向黄山市心理援助志愿服务队授旗。",
    "11月5日，常州市慈善总会向常州市慈善义工服务队授旗。",
    "11月5日，南通市红十字会会长严立民向南通市应急救护志愿服务队授旗，并叮嘱队员注意安全。",
    "11月5日，淮安市妇联向淮安市家庭教育巡回宣讲团授旗。",
])
def test_a_flag_handed_to_a_team_is_no_chair(told: str) -> None:
    # a team sent out under its flag (志愿服务队, 宣讲团): no chair changes hands (tests/corpus/mental xlD03, xlD09)
    assert not _chair_terms(_facts(told, date="2026-11-06"))


def test_a_flag_handed_to_a_team_that_takes_a_rotating_chair_still_gives_it() -> None:
    told = "11月5日，联盟2026年度轮值主席单位常州市慈善总会向2027年度轮值主席单位南京市慈善总会授旗。"
    assert ("南京市慈善总会", "2027") in _chair_terms(_facts(told, date="2026-11-06"))


@pytest.mark.parametrize(("told", "post"), [
    ("浙江省血液中心党委书记、主任蓝天川主持会议。", ("蓝天川", "主任", "浙江省血液中心")),
    ("南京市鼓楼医院主管护师柏雨川介绍了情况。", ("柏雨川", "主管护师", "南京市鼓楼医院")),
    ("南京市脑科医院心理治疗师冉冬川作交流发言。", ("冉冬川", "心理治疗师", "南京市脑科医院")),
    ("南京市第十三中学心理教师郑望川介绍了情况。", ("郑望川", "心理教师", "南京市第十三中学")),
    ("栖霞区民政局儿童督导员魏书川介绍了经验。", ("魏书川", "儿童督导员", "栖霞区民政局")),
    ("阿克苏地区行署副专员林远川出席会议。", ("林远川", "副专员", "阿克苏地区行署")),
    ("库车市慈善会会长韩立川参加会议。", ("韩立川", "会长", "库车市慈善会")),
])
def test_the_care_donation_and_paired_assistance_classes_give_their_posts(told: str, post: tuple[str, str, str]) -> None:
    # blood centres, care and child-welfare professions, a
    # prefecture's 行署 and a county made a city after the places table (tests/corpus/donation, mental, pairing)
    facts = _facts("8月4日，活动举行。" + told, date="2026-08-05")
    assert post in {(f["person"], f["role"], f["organization"]) for f in facts if f["kind"] == "position"}


@pytest.mark.parametrize(("told", "name"), [
    ("次日，副会长厉春川一行走访慰问了捐献者家属盖永川、隋玉川两户家庭。", "隋玉川"),
    ("移植受者林远川说，很感激。", "林远川"),
    ("患儿家长吕小川说，谢谢大家。", "吕小川"),
])
def test_donors_families_and_recipients_named_after_their_word_are_persons(told: str, name: str) -> None:
    facts = _facts("4月4日，缅怀纪念活动举行。" + told, date="2026-04-05")
    assert name in {f["name"] for f in facts if f["kind"] == "person"}


def test_a_person_retired_from_a_body_holds_no_post_there() -> None:
    facts = _facts("8月4日，表彰大会举行。获奖名单：欧阳素川（女，县第三人民医院退休护士）、王大川（安吉县第二中学退休教师）。", date="2026-08-05")
    assert not {p for p in _positions(facts) if p[0] in ("欧阳素川", "王大川")}


@pytest.mark.parametrize(
    "body, person, body_name",
    [
        # 新闻发言人: a spokesman's post, held in the body the person speaks for, in a title chain or alone
        ("11月12日上午，南京市人民政府新闻办公室举行新闻发布会。南京市人民政府新闻办公室副主任、新闻发言人荀小岩主持。", "荀小岩", "南京市人民政府新闻办公室"),
        ("6月1日，江苏省民政厅召开新闻发布会，江苏省民政厅新闻发言人王小川介绍有关情况。", "王小川", "江苏省民政厅"),
        ("6月1日，江苏省应急管理厅举行新闻发布会，江苏省应急管理厅党委委员、新闻发言人赵一帆发布汛期救灾情况。", "赵一帆", "江苏省应急管理厅"),
    ],
)
def test_a_spokesman_holds_the_post_in_the_body(body: str, person: str, body_name: str) -> None:
    assert (person, "新闻发言人", body_name) in _positions(_facts(body))


@pytest.mark.parametrize(
    "body, school",
    [
        # the school a student goes to (student_word after it, admission_verb before it) is no body of the page
        ("9月6日上午，某市慈善总会会长王建军看望了即将赴兰州大学报到的受助学生支晓晨。", "兰州大学"),
        ("8月1日，某县慈善会走访了被东南大学录取的学生王小川。", "东南大学"),
        ("8月1日，某县慈善会走访了学生王小川，他已收到东南大学的录取通知书。", "东南大学"),
        ("8月1日，某县慈善会为王小川送去助学金，他下月将到某市第一中学入学。", "某市第一中学"),
        ("8月1日，某县慈善会资助的学生王小川升入某市第一中学。", "某市第一中学"),
    ],
)
def test_the_school_a_student_goes_to_is_no_organization_of_the_page(body: str, school: str) -> None:
    assert school not in _orgs(_facts(body))


def test_a_school_that_holds_the_event_stays_an_organization() -> None:
    facts = _facts("8月1日，某县慈善会在东南大学举行助学金发放仪式，东南大学副校长王小川出席并致辞。新生报到工作同日开始。")
    assert "东南大学" in _orgs(facts)


@pytest.mark.parametrize(
    "body, whole, glued",
    [
        # a verb leading, joining or bringing a party glued by the segmenter to the level word of the body after it
        ("5月19日，省人大常委会副主任公孙明远率省人大常委会慈善法执法检查组在无锡开展执法检查。", "省人大常委会慈善法执法检查组", "率省人大常委会慈善法执法检查组"),
        ("5月19日，会长诸葛明远携区慈善会秘书处一行赴无锡学习。", "区慈善会", "携区慈善会"),
    ],
)
def test_a_leading_verb_glued_to_a_level_word_is_no_part_of_the_body(body: str, whole: str, glued: str) -> None:
    found = _orgs(_facts(body))
    assert whole in found or any(name.endswith(whole) for name in found), found
    assert not any(name.startswith(glued[0]) for name in found), found


@pytest.mark.parametrize("meeting", ["面商会", "磋商会", "协商会", "会商会"])
def test_a_meeting_to_consult_is_no_chamber_of_commerce(meeting: str) -> None:
    found = _orgs(_facts(f"7月8日下午，县民政局召开县人大代表建议办理{meeting}，县工商联、县总商会负责人参加。"))
    assert not any(name.endswith(meeting) for name in found), found
    assert "县总商会" in found


@pytest.mark.parametrize(
    "body, office, person, role",
    [
        # a nationally run body's office in a province or a city is named with the national body before its own name
        ("6月17日，省政府新闻办举行新闻发布会，国家税务总局江苏省税务局所得税处处长宓小青回答记者提问。", "国家税务总局江苏省税务局所得税处", "宓小青", "处长"),
        ("12月3日，江西省民政厅召开发布会，国家税务总局江西省税务局二级巡视员邬小桐出席。", "国家税务总局江西省税务局", "邬小桐", "二级巡视员"),
        ("5月8日，某市慈善总会召开座谈会，国家税务总局南京市税务局副局长王小川、中国人民银行南京分行副行长李小明出席。", "国家税务总局南京市税务局", "王小川", "副局长"),
    ],
)
def test_a_national_bodys_office_keeps_the_national_name_before_its_own(body: str, office: str, person: str, role: str) -> None:
    facts = _facts(body)
    assert office in _orgs(facts)
    assert (person, role, office) in _positions(facts)


def test_the_national_body_alone_stays_itself() -> None:
    facts = _facts("5月8日，某市慈善总会召开座谈会，国家税务总局局长赵大勇出席。")
    assert ("赵大勇", "局长", "国家税务总局") in _positions(facts)


@pytest.mark.parametrize(("body", "publisher", "title", "city"), [
    ("6月10日，常熟市政协召开慈善工作专题协商会。市政协主席闻溪山主持会议，市政协副主席柯望亭、市慈善总会会长冼朗月出席。苏州市民政局副局长甘立行到会指导。",
     "", "苏州：常熟政协聚焦慈善事业发展", "常熟市"),
    ("6月10日，常熟市政协召开慈善工作专题协商会。市政协主席闻溪山主持会议，市政协副主席柯望亭、市慈善总会会长冼朗月出席。苏州市民政局副局长甘立行到会指导。",
     "苏州日报", "", "常熟市"),
    ("6月10日，常熟市政协召开慈善工作专题协商会。市政协主席闻溪山主持会议，市政协副主席柯望亭、市慈善总会会长冼朗月出席。苏州市民政局副局长甘立行到会指导。",
     "苏州市慈善总会", "", "常熟市"),
    ("6月10日，昆山市人大常委会召开座谈会。市人大常委会副主任闻溪山主持，市民政局局长柯望亭、市红十字会会长冼朗月出席。苏州市人大常委会副主任甘立行到会指导，苏州市慈善总会参加。",
     "", "", "昆山市"),
    ("9月3日，余姚市委统战部与余姚市工商联联合举办慈善座谈会。市委统战部副部长闻溪山主持，市工商联主席柯望亭讲话。宁波市工商联副主席甘立行出席。",
     "宁波日报", "", "余姚市"),
    ("9月3日，省慈善联合会调研组来到诸暨市，市委常委、统战部部长闻溪山，市民政局局长柯望亭陪同。调研组考察了诸暨市慈善总会，会长冼朗月介绍情况。",
     "浙江省慈善联合会", "", "诸暨市"),
])
def test_a_county_level_city_named_last_before_the_bare_city_forms_owns_them(body: str, publisher: str, title: str, city: str) -> None:
    """市政协 after 常熟市政协召开…: the county-level city the page names last before its first bare 市 form, as often there as
    its prefecture (publisher and title counted), owns the bare forms; the prefecture's bodies named in full keep theirs."""
    article = Article("t", body, title=title, date="2026-06-12", publisher=publisher, body_start=0)
    positions = _positions([f.to_record() for f in extract_article(article).facts])
    held = {(person, body_name) for person, _, body_name in positions}
    assert {p for p in held if p[0] in ("闻溪山", "柯望亭", "冼朗月")} and all(
        body_name.startswith(city) for person, body_name in held if person in ("闻溪山", "柯望亭", "冼朗月")), positions
    assert not {p for p in held if p[0] == "甘立行" and p[1].startswith(city)}, positions


def test_a_prefecture_s_page_naming_a_county_level_city_once_in_a_list_keeps_its_bare_city_forms() -> None:
    # the prefecture written more often before the first bare form than the county-level city the award list names
    facts = _facts("南通慈善超市改革在全市推开，南通各界踊跃参与。优秀慈善组织奖：海门市慈善总会、南通爱心助学联合会。"
                   "市慈善总会会长闻溪山为获奖单位颁奖。", publisher="南通市慈善总会")
    assert ("闻溪山", "会长", "南通市慈善总会") in _positions(facts), _positions(facts)


@pytest.mark.parametrize(("body", "names", "not_names"), [
    ("6月1日，中河街道和团区委联合举办活动。", {"团区委"}, {"中河街道和团区委"}),
    ("6月1日，鄞州区慈善总会联合团区委、区委宣传部举办活动。", {"鄞州区慈善总会", "团区委"}, {"鄞州区慈善总会联合团区委"}),
    ("6月1日，鄞州区红十字会会同团区委、区教育局开展培训。", {"鄞州区红十字会", "团区委"}, {"鄞州区红十字会会同团区委"}),
    ("6月1日，南湖社区及区委统战部参加活动。", {"区委统战部"}, set()),
    ("6月1日，宁波大学与区委宣传部联合举办活动。", {"宁波大学", "区委宣传部"}, {"宁波大学与区委宣传部"}),
    ("6月1日，上海市绿化和市容管理局与团市委联合举办活动。", {"上海市绿化和市容管理局", "团市委"}, set()),
    ("6月1日，部分市、县慈善会负责人和全省各市、县民政局参加会议。", set(), {"县慈善会", "县民政局"}),
])
def test_a_short_form_at_its_level_word_after_and_or_a_joining_verb_is_a_second_body(body: str, names: set[str], not_names: set[str]) -> None:
    """某街道和|团区委, 某会|联合|团区委, 某社区及|区委统战部: a short form opening at its level word (the league's 团 before it)
    starts a second name after 和/与/及 or a joining verb; a lone level word after a list's link (部分市、县慈善会) still
    names a group, and 绿化和市容 stays one name."""
    orgs = _orgs(_facts(body, publisher="宁波市鄞州区慈善总会" if "鄞州区" not in body else ""))
    assert names <= orgs and not (not_names & orgs), orgs


def test_the_league_s_tuan_before_its_committee_s_place_opens_the_name() -> None:
    """团湖州市委 is 共青团湖州市委's short form, no body of the city's party committee; 慰问团|湖州市委 is the committee."""
    facts = _facts("9月3日，团湖州市委举办志愿活动。共青团湖州市委副书记闻溪山主持。由团杭州市委主办的集市开幕。"
                   "团德清县委书记柯望亭出席。慰问团湖州市委书记冼朗月参加。")
    orgs = _orgs(facts)
    assert {"共青团湖州市委", "团杭州市委", "团德清县委", "湖州市委"} <= orgs, orgs
    assert ("柯望亭", "书记", "团德清县委") in _positions(facts)
    assert ("冼朗月", "书记", "湖州市委") in _positions(facts)
    assert [f for f in facts if f["kind"] == "organization" and f["name"] == "共青团湖州市委" and "团湖州市委" in f.get("aliases", [])]


def test_a_government_press_office_by_its_short_name_is_no_government() -> None:
    """省政府新闻办 is the government's press office (新闻办), no government of its own; 某省人民政府新闻办公室 and 国务院新闻办公室
    stay whole beside the short forms (新闻办公室 the longer ending)."""
    facts = _facts("省政府新闻办举行发布会，省政府新闻办新闻发布处副处长冼朗月主持。国务院新闻办公室副主任甘立行、国务院新闻办干部闻溪山出席。"
                   "市政府新闻办与江苏省人民政府新闻办公室联合举办。", publisher="江苏省民政厅")
    orgs = _orgs(facts)
    assert not {n for n in orgs if n in ("江苏省政府", "省政府")}, orgs
    assert {"国务院新闻办公室", "江苏省政府新闻办", "江苏省人民政府新闻办公室"} <= orgs, orgs
    assert ("冼朗月", "副处长", "江苏省政府新闻办新闻发布处") in _positions(facts), _positions(facts)


def test_a_word_ending_in_dui_that_leads_or_joins_a_team_ends_no_team_s_name() -> None:
    """某中学带队老师, 某救援队领队, 某会组队参加, 随队医生: 带队, 领队, 组队, 随队… lead, join or line up with a team; the body
    before them is named without them, and no team of that name is read."""
    facts = _facts("巴楚县第三中学带队老师闻溪山介绍情况。宁波市蓝天救援队领队柯望亭、宁波市第二中学随队医生冼朗月参加。宁波市慈善总会组队参加比赛。")
    orgs = _orgs(facts)
    assert {"巴楚县第三中学", "宁波市蓝天救援队", "宁波市慈善总会"} <= orgs, orgs
    assert not {n for n in orgs if n.endswith(("带队", "领队", "随队", "组队"))}, orgs
    assert ("柯望亭", "领队", "宁波市蓝天救援队") in _positions(facts)


def test_a_ban_ending_written_out_in_full_ends_the_name_in_its_office() -> None:
    """某区对口支援与合作交流办公室, 某市政府新闻办公室: a 办 ending (合作交流办, 新闻办) written out as 办公室 is one name, the
    office in full, beside its short form (某区合作交流办) when the page writes both."""
    facts = _facts("由徐汇区对口支援与合作交流办公室联合主办。开营仪式由徐汇区合作交流办副主任闻溪山主持。"
                   "南京市人民政府新闻办公室与江苏省政府新闻办公室参加，县扶贫办公室协办。")
    orgs = _orgs(facts)
    assert {"徐汇区对口支援与合作交流办公室", "南京市人民政府新闻办公室", "江苏省政府新闻办公室"} <= orgs, orgs
    assert not {n for n in orgs if n.endswith("办") and "对口支援" in n}, orgs
    assert not {n for n in orgs if n.endswith("公室公室")}, orgs


def test_a_roster_table_s_unit_cell_alone_after_a_name_is_where_the_person_works() -> None:
    """| 甲 | 某公司 | under 姓名 | 工作单位: the unit column's body alone is where the person works, no organization of the page
    on that ground (as 甲（某公司） in brackets); a title in the cell gives the post and the body; a body the text names
    elsewhere stays."""
    body = ("11月21日，某基金会召开第三届理事会。宁川市第一人民医院院长卞洁出席。\n\n附：宁川市关爱儿童基金会第三届理事会名单\n\n理　事：\n\n"
            "| 姓名 | 工作单位 |\n| 卞　洁 | 宁川市第一人民医院 |\n| 全　勇 | 宁川禾栩物流集团有限公司 |\n| 濮砺 | 宁川市律师协会 |\n"
            "| 闻溪山 | 宁川市家庭教育研究会副会长 |\n")
    facts = _facts(body)
    orgs = _orgs(facts)
    assert "宁川禾栩物流集团有限公司" not in orgs and "宁川市律师协会" not in orgs, orgs
    assert {"宁川市第一人民医院", "宁川市家庭教育研究会"} <= orgs, orgs
    assert ("闻溪山", "副会长", "宁川市家庭教育研究会") in _positions(facts)
    # an award list's units without people stay organizations
    assert {"宁川禾栩物流集团有限公司"} <= _orgs(_facts("获奖单位名单：\n\n| 序号 | 单位 |\n| 1 | 宁川禾栩物流集团有限公司 |\n"))


def test_a_body_in_a_person_s_brackets_with_a_gender_note_or_a_member_s_word_or_after_a_padded_name_is_a_workplace() -> None:
    """丙（女，某县慈善协会志愿者）, 丁（某会会员）, 岑　澈（某区慈善协会）: the body is where the person belongs, holding no
    post there, no organization of the page on that ground; a title in the brackets (甲（某会秘书长）) gives the post and the body."""
    facts = _facts("6月5日，表彰大会举行。获奖者：晏秋澄（宁川建工集团有限公司总经理）、扈知夏（女，宁川市东湖县慈善协会志愿者）、"
                   "荀既白（宁川市西湖区慈善总会会员）。学员代表宓远帆（宁川市北湖区慈善总会）、岑　澈（宁川市南湖区慈善协会）作交流发言。")
    orgs = _orgs(facts)
    assert "宁川建工集团有限公司" in orgs, orgs
    assert not orgs & {"宁川市东湖县慈善协会", "宁川市西湖区慈善总会", "宁川市北湖区慈善总会", "宁川市南湖区慈善协会"}, orgs
    assert ("晏秋澄", "总经理", "宁川建工集团有限公司") in _positions(facts)


def test_a_place_whose_name_opens_with_a_conjunction_is_not_cut_at_it() -> None:
    # nothing before the conjunction it could join: the clause's start, another conjunction, a particle
    assert "和平桥街道和睦社区居委会" in _orgs(_facts("6月10日，和平桥街道和睦社区居委会组织志愿者慰问老人。"))
    both = _orgs(_facts("6月10日，天津市和平区慈善协会和和平桥街道社区居委会共同举办了慈善活动。"))
    assert {"天津市和平区慈善协会", "和平桥街道社区居委会"} <= both and "平桥街道社区居委会" not in both
    seen = _orgs(_facts("6月10日，王小明参观了和平街道社区服务中心和永和镇敬老院。"))
    assert {"和平街道社区服务中心", "永和镇敬老院"} <= seen and not {"平街道社区服务中心", "和镇敬老院"} & seen
    visited = _orgs(_facts("6月10日，慈善会会长李华走访了及第村村民委员会。"))
    assert "及第村村民委员会" in visited and "第村村民委员会" not in visited
    # a county whose name opens with a particle keeps its province
    assert "安徽省和县慈善协会" in _orgs(_facts("6月10日，安徽省和县慈善协会会长张明出席活动。"))
    assert "马鞍山市和县民政局" in _orgs(_facts("6月10日，马鞍山市和县民政局局长张明出席活动。"))
    assert {"太和县慈善协会", "永和镇人民政府"} <= _orgs(_facts("6月10日，太和县慈善协会与永和镇人民政府签订协议。"))
    assert {"共和村村委会", "同心县民政局"} <= _orgs(_facts("6月10日，共和村村委会和同心县民政局联合开展救助。"))
    # and two bodies joined by the conjunction stay two
    assert "平湖市民政局" in _orgs(_facts("6月10日，市慈善总会和平湖市民政局共同举办活动。", publisher="嘉兴市慈善总会"))
    assert not _orgs(_facts("6月10日，两个机构和社区居委会一起举办活动。"))
    assert {"南京市慈善总会", "玄武区民政局"} <= _orgs(_facts("6月10日，南京市慈善总会与玄武区民政局联合开展慰问。"))


def test_a_word_for_people_opening_a_sub_unit_s_name_is_no_title() -> None:
    assert ("王明", "科长", "县委统战部乡贤联络科") in _positions(_facts("6月10日，县委统战部乡贤联络科科长王明出席活动。"))
    assert ("王明", "部长", "团市委志愿者工作部") in _positions(_facts("6月10日，团市委志愿者工作部部长王明出席活动。"))
    assert ("李强", "科长", "嘉兴市委组织部干部科") in _positions(_facts("6月10日，嘉兴市委组织部干部科科长李强参加会议。"))
    assert not _positions(_facts("6月10日，乡贤代表王明发言。"))
    # after no body, the word for people stays a word for people, and the unit has no parent written
    assert not any(org.endswith("学生工作部") for _, _, org in _positions(_facts("6月10日，某公司董事长甲出席，典礼由学生工作部部长乙主持。")))


def test_the_offices_of_a_township_or_county_committee_by_their_short_forms() -> None:
    assert ("张华", "主任", "镇统战办") in _positions(_facts("6月10日，镇统战办主任张华介绍了情况。", publisher="嘉兴市慈善总会"))
    assert ("张华", "主任", "梅坞镇统战办") in _positions(_facts("6月10日，梅坞镇统战办主任张华介绍了情况。"))
    assert ("张华", "主任", "街道党政办") in _positions(_facts("6月10日，街道党政办主任张华介绍了情况。", publisher="嘉兴市慈善总会"))
    assert ("刘洋", "副主任", "县委统战办") in _positions(_facts("6月10日，县委统战办副主任刘洋陪同调研。", publisher="嘉兴市慈善总会"))
    assert "区人大办公厅" in _orgs(_facts("6月10日，区人大办公厅主任张华参加。", publisher="嘉兴市慈善总会"))
    assert not _orgs(_facts("6月10日，各地要落实财政办法。"))


def test_a_chamber_named_by_a_place_s_one_character_short_form_is_kept_whole() -> None:
    facts = _facts("6月10日，甬商总会执行会长李强、徽商会副会长张华、苏商会会长王明出席活动。")
    assert {"甬商总会", "徽商会", "苏商会"} <= _orgs(facts)
    assert not any(f.get("region") for f in facts if f["kind"] == "organization")  # a people's short form, no place
    assert {"粤商会", "闽商总会"} <= _orgs(_facts("6月10日，粤商会与闽商总会签约。"))
    assert "浙商商会" in _orgs(_facts("6月10日，浙商商会会长赵敏出席。"))
    # a city's people meeting in another: 在 and the host's short form are the name's
    assert {"在京台州商会", "在沪宁波商会"} <= _orgs(_facts("6月10日，在京台州商会、在沪宁波商会共同捐赠。"))
    assert ("钱红", "会长", "在苏温州同乡会") in _positions(_facts("6月10日，在苏温州同乡会会长钱红出席。"))
    assert ("吴明", "会长", "在杭湖州商会") in _positions(_facts("6月10日，在杭湖州商会会长吴明出席。"))
    # a town's chamber and a meeting to consult are no such thing
    assert "乌镇镇商会" in _orgs(_facts("6月10日，乌镇镇商会会长张华发言。"))
    assert not _orgs(_facts("6月10日，召开协商会。"))


def test_historical_bodies_of_a_career() -> None:
    assert ("王明", "副书记", "溧阳县南渡公社党委") in _positions(_facts("1968年，王明任溧阳县南渡公社党委副书记。"))
    assert ("王明", "副主任", "南渡公社革委会") in _positions(_facts("1970年，王明任南渡公社革委会副主任。"))
    assert ("王明", "副主任", "县革委会") in _positions(_facts("1976年，王明任县革委会副主任。"))
    assert ("王明", "书记", "红星大队党支部") in _positions(_facts("1975年，王明任红星大队党支部书记。"))
    assert ("王明", "主任", "南渡公社管委会") in _positions(_facts("1978年，王明任南渡公社管委会主任。"))
    assert ("王明", "副专员", "嘉兴地区行署") in _positions(_facts("1980年，王明任嘉兴地区行署副专员。"))


def test_a_locality_s_centre_with_no_locality_named_is_a_place_where_a_thing_is_sited() -> None:
    for sentence in ("6月10日，服务站设在村党群服务中心一楼，设有政策咨询窗口。", "6月10日，在村党群服务中心门前，商会党委书记王明领誓。",
                     "6月10日，工作站依托村党群服务中心建设。", "6月10日，驿站建在镇便民服务中心旁。", "6月10日，服务点落在街道黨群服務中心一楼。"):
        assert not _orgs(_facts(sentence, publisher="宜兴市慈善总会")), sentence
    # the centre the page's event is held in stands for the page's locality's (the gold completes it)
    assert "镇党群服务中心" in _orgs(_facts("6月10日，千灯镇某志愿服务队在镇党群服务中心成立。"))
    assert "街道党群服务中心" in _orgs(_facts("6月10日，某驿站揭牌仪式在街道党群服务中心举行。"))
    assert "禾丰村党群服务中心" in _orgs(_facts("6月10日，参观了禾丰村党群服务中心。"))
    assert "桃源街道党群服务中心" in _orgs(_facts("6月10日，在桃源街道党群服务中心召开座谈会。"))


def test_a_community_facility_of_the_red_cross_or_the_disabled_and_a_relief_depot_named_with_its_place() -> None:
    assert "澄江街道红十字博爱家园" in _orgs(_facts("6月3日下午，某市红十字会在澄江街道红十字博爱家园召开捐献者家属座谈会。"))
    assert "武康街道阳光家园" in _orgs(_facts("6月3日，在义卖区，武康街道阳光家园的学员们现场编的竹编小篮子很受欢迎。"))
    assert "瓯海区应急物资储备库" in _orgs(_facts("6月3日，慈善会在瓯海区应急物资储备库举行发放仪式。"))
    assert "旌德县救灾物资储备库" in _orgs(_facts("6月3日，6辆货车抵达旌德县救灾物资储备库。"))
    assert not _orgs(_facts("6月3日，红十字会将打造更多博爱家园。")) - {"红十字会"}
    assert not _orgs(_facts("6月3日，各地要建好物资储备库。"))


def test_a_bare_unit_in_a_title_chain_is_its_parent_department_s_or_office_s() -> None:
    assert ("王明", "处长", "省政府新闻办新闻发布处") in _positions(_facts("6月3日，省政府新闻办新闻发言人、新闻发布处处长王明主持发布会。"))
    assert ("王明", "股长", "江山市民政局社会救助股") in _positions(_facts("6月3日，江山市民政局副局长李华、社会救助股股长王明出席。"))
    assert ("王明", "科长", "嘉兴市委统战部联络科") in _positions(_facts("6月3日，嘉兴市委统战部副部长李华、联络科科长王明出席。"))
    assert ("王明", "科长", "县委组织部干部科") in _positions(_facts("6月3日，县委组织部副部长李华，干部科科长王明出席。", publisher="嘉兴市慈善总会"))
    assert ("王明", "部长", "嘉兴市委统战部") in _positions(_facts("6月3日，嘉兴市委常委、统战部部长王明出席。"))


def test_the_units_of_a_court_or_procuratorate_written_after_it_are_bodies_with_their_heads_posts() -> None:
    # a court's 庭 and 局, a procuratorate's numbered or named 检察部, an office or 政治部, written with the parent or bare
    # after it in the same list (by 、 or ，), and the court's or procuratorate's own committee (审判委员会, 检察委员会)
    facts = _facts("6月3日，杭州市中级人民法院立案庭庭长张建国、执行局副局长李明华出席会议。")
    assert {("张建国", "庭长", "杭州市中级人民法院立案庭"), ("李明华", "副局长", "杭州市中级人民法院执行局")} <= _positions(facts)
    facts = _facts("嘉兴市中级人民法院党组成员、审判委员会专职委员何建平主持会议，执行局局长陈立军介绍了执行救助情况。")
    assert {("何建平", "专职委员", "嘉兴市中级人民法院审判委员会"), ("何建平", "党组成员", "嘉兴市中级人民法院")} <= _positions(facts)
    assert ("陈立军", "局长", "嘉兴市中级人民法院执行局") in _positions(facts)
    facts = _facts("昆山市人民法院党组成员、副院长王建华，执行局副局长李国强，立案庭庭长张立新陪同参观。")
    assert {("李国强", "副局长", "昆山市人民法院执行局"), ("张立新", "庭长", "昆山市人民法院立案庭")} <= _positions(facts)
    facts = _facts("无锡市人民检察院检察长陈明，第三检察部主任刘军、政治部副主任杨洁出席。")
    assert {("刘军", "主任", "无锡市人民检察院第三检察部"), ("杨洁", "副主任", "无锡市人民检察院政治部")} <= _positions(facts)
    facts = _facts("宁波市人民检察院第七检察部主任孙志强、控告申诉检察部副主任吴晓峰介绍了情况。")
    assert ("孙志强", "主任", "宁波市人民检察院第七检察部") in _positions(facts)
    facts = _facts("绍兴市人民检察院检察委员会委员、未成年人检察部主任金晓燕出席。")
    assert {("金晓燕", "委员", "绍兴市人民检察院检察委员会"), ("金晓燕", "主任", "绍兴市人民检察院未成年人检察部")} <= _positions(facts)
    facts = _facts("湖州市南浔区人民法院审判管理办公室主任沈丽华、政治部主任钱国平参加。")
    assert {("沈丽华", "主任", "湖州市南浔区人民法院审判管理办公室"), ("钱国平", "主任", "湖州市南浔区人民法院政治部")} <= _positions(facts)
    facts = _facts("杭州中院民一庭庭长赵海峰、刑二庭副庭长钱秀英参加座谈。")
    assert ("钱秀英", "副庭长", "杭州中院刑二庭") in _positions(facts), "a unit after a unit is its sibling, not its sub-unit"
    # a 庭 or 局 with no parent before it, or no title after it, names no body
    facts = _facts("志愿者跟随执行局干警来到千灯镇，在第三法庭旁听了庭审。")
    assert not _orgs(facts)
    # a court's halls (诉讼服务中心, 执行指挥中心, 检察服务中心) where something is held are places, unless a head's title follows
    facts = _facts("10月27日，志愿者在昆山市人民法院诉讼服务中心合影，又在吴江区人民检察院检察服务中心座谈。")
    assert not _orgs_ending_in(facts, ("中心",))
    facts = _facts("吴江区人民检察院检察服务中心主任沈红介绍了工作。")
    assert ("沈红", "主任", "吴江区人民检察院检察服务中心") in _positions(facts)


def test_a_unit_after_its_court_s_short_form_is_the_unit_of_the_court_the_page_names_in_full() -> None:
    # 某中院 (中级人民法院), 某区检察院 (人民检察院 without 人民): one body under both names, its units with it
    facts = _facts("11月4日，基金设立仪式在南京市中级人民法院举行。南京中院审判委员会委员、执行局局长夏立群介绍了使用办法。")
    assert ("夏立群", "局长", "南京市中级人民法院执行局") in _positions(facts)
    body = ("9月15日，南通市通州区人民检察院举行救助金发放仪式。区检察院党组成员、副检察长闫立出席，"
            "区检察院第七检察部主任桑晓燕主持。")
    positions = _positions(_facts(body))
    assert ("闫立", "副检察长", "南通市通州区人民检察院") in positions
    assert ("桑晓燕", "主任", "南通市通州区人民检察院第七检察部") in positions


def test_a_masked_name_is_no_person() -> None:
    # a case's party or a minor written by the surname and 某 or 某某 (a compound surname too): the page leaves them unnamed
    facts = _facts("法院向被害人张某某发放救助金6万元，李某的母亲王秀英接过救助金。欧阳某某、刘某（未成年）和赵某获得帮扶，志愿者陈小红陪同。")
    persons = {f["name"] for f in facts if f["kind"] == "person"}
    assert persons == {"王秀英", "陈小红"}


def test_a_hospital_unit_written_bare_before_its_head_s_title_is_the_page_s_hospital_s_unit() -> None:
    """由肿瘤科主任、主任医师甲兼任病区主任，护理部副主任乙任护士长: a hospital's ward (安宁疗护病区) is a body named with the
    hospital; a department written bare before its head's title is the unit of the hospital the page named last (in the
    longest form it writes), the grade after it held in the hospital; a bare 病区 is the ward the page named; the titles
    after a comma written before the next name are that name's, not the first's (hospice README)."""
    facts = _facts("5月8日，青岚市仁和医院安宁疗护病区揭牌。院长罗一鸣介绍，由肿瘤科主任、主任医师卜晴兼任病区主任，"
                   "护理部副主任、副主任护师闻知远任护士长。\n护理部主任陆言介绍了照护流程。")
    positions = _positions(facts)
    assert {("卜晴", "主任", "青岚市仁和医院肿瘤科"), ("卜晴", "主任医师", "青岚市仁和医院"), ("卜晴", "主任", "青岚市仁和医院安宁疗护病区"),
            ("闻知远", "副主任", "青岚市仁和医院护理部"), ("闻知远", "副主任护师", "青岚市仁和医院"),
            ("陆言", "主任", "青岚市仁和医院护理部")} <= positions
    assert not {p for p in positions if p[0] == "卜晴" and p[2].endswith("护理部")}
    assert {"青岚市仁和医院安宁疗护病区", "青岚市仁和医院肿瘤科", "青岚市仁和医院护理部"} <= _orgs(facts)
    facts = _facts("5月8日，学员们进入青岚市仁和医院安宁疗护病区实训。病区护士长卜晴示范讲解了芳香疗法。")
    assert ("卜晴", "护士长", "青岚市仁和医院安宁疗护病区") in _positions(facts)
    facts = _facts("5月8日，青岚市仁和医院安宁疗护中心主任、主任护师卜晴出席。")
    assert {("卜晴", "主任", "青岚市仁和医院安宁疗护中心"), ("卜晴", "主任护师", "青岚市仁和医院")} <= _positions(facts)


def test_a_bare_unit_that_is_no_hospital_s_or_follows_a_list_of_hospitals_names_no_hospital_unit() -> None:
    """社会事务科科长甲 on a bureau's page: no hospital's unit; 全市38家医院的社工和社工部负责人: a kind, no body; a page cut off
    after a unit's head's title gives no unit."""
    facts = _facts("5月8日，青岚市民政局召开会议。社会事务科科长卜晴出席。")
    assert not any("医院" in name for name in _orgs(facts))
    facts = _facts("5月8日，青岚市仁和医院举办培训。全市38家医院的社工和社工部负责人参加培训。学员们跟随团队入户，护理部副主任")
    assert _orgs(facts) == {"青岚市仁和医院"}


def test_our_yard_on_a_hospital_s_own_page_is_the_publisher() -> None:
    """我院院长甲, 由我院护理部主任乙主持, 进入我院安宁疗护病区: on a hospital's own page 我院 is the publisher, its units
    named with it."""
    article = Article("t", "5月8日，培训班在我院开班。开班仪式由我院护理部主任卜晴主持。我院院长罗一鸣致辞。学员们进入我院安宁疗护病区实训。"
                      "病区护士长闻知远作了示范。", title="", date="2023-06-12", publisher="青岚市仁和医院", body_start=0)
    facts = [f.to_record() for f in extract_article(article).facts]
    assert {("卜晴", "主任", "青岚市仁和医院护理部"), ("罗一鸣", "院长", "青岚市仁和医院"),
            ("闻知远", "护士长", "青岚市仁和医院安宁疗护病区")} <= _positions(facts)
    assert not any(name.startswith("我院") for name in _orgs(facts))
    # published by the hospital's office (院办): 我院 is the hospital the page named last; before any, no organization
    article = Article("t", "我院社会工作部揭牌成立\n5月8日，青岚市仁和医院社会工作部揭牌。我院社会工作部主任卜晴介绍了服务流程。",
                      title="我院社会工作部揭牌成立", date="2023-06-12", publisher="院办", body_start=12)
    facts = [f.to_record() for f in extract_article(article).facts]
    assert ("卜晴", "主任", "青岚市仁和医院社会工作部") in _positions(facts)
    assert not any(name.startswith("我院") for name in _orgs(facts))


def test_police_sub_units_and_antidrug_bodies_host_under_their_own_names() -> None:
    """禁毒 (a verb to the segmenter) stands inside antidrug bodies' names; a 公安局's 支队, 大队 and 分局 are bodies of their
    own, not the bureau."""
    facts = _facts("6月10日上午，南川市禁毒宣传活动在人民广场举行。活动由南川市禁毒委员会办公室主办，南川市公安局禁毒支队、"
                   "南川市东城区启明禁毒社会工作服务中心、南川市公安局西城分局治安大队承办。")
    hosts = {"南川市禁毒委员会办公室", "南川市公安局禁毒支队", "南川市东城区启明禁毒社会工作服务中心", "南川市公安局西城分局治安大队"}
    assert hosts <= _orgs(facts)
    assert {(name, "host") for name in hosts} <= _participation(facts)
    assert "南川市公安局" not in _orgs(facts)


def test_a_court_s_units_after_its_short_forms_in_brackets_and_after_a_leader_are_the_court_s() -> None:
    """温州中院审判委员会专职委员甲，执行局局长乙; 区法院…执行局; 西湖法院立案庭 on a page writing 杭州市西湖区人民法院; 区检察院第七检察部
    on a page writing the procuratorate with 人民; a roster line's unit in brackets (市中级人民法院　甲（立案庭副庭长）); a unit after
    带领 (检察长甲带领第七检察部主任乙): each the unit of the court or procuratorate, named in full."""
    facts = _facts("5月8日，青岚市中级人民法院召开会议。青岚中院党组副书记、副院长罗一鸣，青岚中院审判委员会专职委员卜晴，执行局局长闻知远出席。")
    assert ("闻知远", "局长", "青岚市中级人民法院执行局") in _positions(facts)
    facts = _facts("5月8日，杭州市西湖区人民法院召开会议。西湖法院审判委员会专职委员卜晴，立案庭庭长闻知远出席。")
    positions = _positions(facts)
    assert {("卜晴", "专职委员", "杭州市西湖区人民法院审判委员会"), ("闻知远", "庭长", "杭州市西湖区人民法院立案庭")} <= positions
    facts = _facts("5月8日，青岚市中级人民法院召开联席会议。\n联络员：\n青岚市中级人民法院　卜　晴（立案庭副庭长）\n青岚市人民检察院　闻知远（第七检察部副主任）")
    assert {("卜晴", "副庭长", "青岚市中级人民法院立案庭"), ("闻知远", "副主任", "青岚市人民检察院第七检察部")} <= _positions(facts)
    facts = _facts("5月8日，青岚市人民检察院党组书记、检察长罗一鸣带领第七检察部主任卜晴走访困难家庭。")
    assert ("卜晴", "主任", "青岚市人民检察院第七检察部") in _positions(facts)
    facts = _facts("12月1日，宁波市鄞州区人民检察院联合宁波市鄞州区慈善总会开展活动。\n1日上午，区检察院党组书记、检察长罗一鸣，第七检察部主任卜晴来到姜山镇。")
    assert {("罗一鸣", "检察长", "宁波市鄞州区人民检察院"), ("卜晴", "主任", "宁波市鄞州区人民检察院第七检察部")} <= _positions(facts)
    assert not any("区检察院" in name for name in _orgs(facts))


def test_a_county_s_working_joint_meeting_before_its_plenary_is_a_body_and_holds_its_conveners() -> None:
    """某县某某工作联席会议第一次全体会议 … 联席会议召集人甲: a county's or city's joint meeting of its bodies is an organization
    (docs/gold-conventions.md), its conveners written with the bare 联席会议 held there; the verbs of a long topic stay in the
    name; a joint meeting of several places' bodies is their network, no body."""
    facts = _facts("7月14日下午，南川县乡村文化工作联席会议第一次全体会议在县行政中心召开。县人民政府副县长、联席会议召集人吴志刚出席会议并讲话，"
                   "县民政局局长、联席会议副召集人孙明远主持会议。")
    assert "南川县乡村文化工作联席会议" in _orgs(facts)
    assert {("吴志刚", "召集人", "南川县乡村文化工作联席会议"), ("孙明远", "副召集人", "南川县乡村文化工作联席会议")} <= _positions(facts)
    facts = _facts("7月16日下午，芜湖市养老领域突出问题专项整治工作联席会议第一次全体会议召开。副市长、联席会议召集人周宏伟出席会议并讲话。")
    assert ("周宏伟", "召集人", "芜湖市养老领域突出问题专项整治工作联席会议") in _positions(facts)
    for body in ("7月16日下午，苏锡常慈善工作联席会议第五次会议在无锡召开。联席会议召集人周宏伟出席会议并讲话。",
                 "7月16日下午，在合肥召开的宁马毗邻地区慈善工作联席会议第三次会议上，联席会议召集人周宏伟讲话。"):
        facts = _facts(body)
        assert not any(name.endswith("联席会议") for name in _orgs(facts))
        assert not any(p[1] == "召集人" for p in _positions(facts))


def test_a_district_whose_name_opens_with_a_level_character_is_no_short_form_of_the_city() -> None:
    """市北区城市管理局 is that district's bureau as written, not 青岛 + 市北区… (a city's short form 市… completed)."""
    facts = _facts("6月13日，青岛市慈善总会举行仪式。市北区城市管理局副局长吴志刚、市民政局副局长孙明远出席。")
    assert {"市北区城市管理局", "青岛市民政局"} <= _orgs(facts)
    assert not any(name.startswith("青岛市北区") for name in _orgs(facts))
