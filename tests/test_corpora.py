"""The gold corpora under tests/corpus/: checks of each corpus itself and its quality floors, one module over a table.

The checks test the corpus, not the extractor, so a slip in a gold file fails here instead of costing a measurement:
every page has a gold file and the corpus has both its parts; its page formats are there; every gold line reads as a
docs/FACTS.md fact and every name a gold file gives is written in its page (an organization by its name or one of its
aliases; a page saved as a JSON or JSON Lines record is read through the loaders, so its names are checked against
the text the loaders make of it); no short form stands for two organizations; a chair, speaker or witness is also an
attendee that day (the corpora's convention); and the loaders find the page date the gold's `source` line gives. The
checks only some corpora keep are options of their row in CORPORA: one gold event a day (participation names its
event by date), chair terms naming a network of the page, participation naming an event of its day, a chair term's
year. The floors (tests/corpus/floors.toml) extract each part once and score it against its gold; each kind's floor
is its own case, so a failure names the corpus, the part and the kind. The older corpora (dev, multi, holdouts, the
seed) are built and scored by tests/test_evaluate.py.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from kg.evaluate import Report, score_pages
from kg.loaders import read_article
from tests.conftest import ROOT
from tests.corpus_checks import check_gold, check_parts, gold_of, page_text, roles_without_attendance

CORPUS = ROOT / "tests" / "corpus"
FLOORS: dict[str, dict[str, dict[str, float]]] = tomllib.loads((CORPUS / "floors.toml").read_text(encoding="utf-8"))
PAGES = (".txt", ".html")
RECORDS = (".json", ".jsonl")

# a two-character name padded to the width of three at a list line's start (何　俊): the gold writes it 何俊
_PADDED_AT_LINE_START = re.compile(r"(?m)^([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=[（(\s]|$)")
# a two-character name padded to the width of three in a list or table (蒋　丽, 郑 伟, 杨　静等): the gold writes it 蒋丽
_PADDED_ANYWHERE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=等|[^\u4e00-\u9fff]|$)")


def _padded_names_closed(text: str) -> str:
    return text + "\n" + _PADDED_AT_LINE_START.sub(r"\1\2", text)


def _padded_names_closed_and_lines_joined(text: str) -> str:
    """Padded names closed up, and the lines joined, for table cells a PDF conversion broke over two lines."""
    return "\n".join((text, _PADDED_ANYWHERE.sub(r"\1\2", text), text.replace("\n", "")))


@dataclass(frozen=True)
class Corpus:
    """One gold corpus's facts: its parts and formats, and which of the per-corpus checks it keeps."""

    name: str
    development: str
    held_out: str
    formats: tuple[str, ...] = PAGES
    min_part: int = 10  # pages in each part, at least
    exact_formats: bool = False  # every format of `formats` is there
    min_html: int = 0
    needs_record: bool = False  # a JSON or JSON Lines record is there
    record_title: bool = False  # a record's names may be in its title as the loaders read it, not only its text
    widen: Callable[[str], str] | None = None  # the page's text as the gold writes names (padding closed up)
    one_event_a_day: bool = False
    roles_attend: bool = True  # a chair, speaker or witness also attends
    chair_networks: bool = False  # a chair term's network is written in the page, its person is a gold person
    participation_events: bool = False  # a participation names an event of its day by (date, name)
    chair_years: bool = False  # a chair term names its network and a four-digit year

    @property
    def path(self) -> Path:
        return CORPUS / self.name

    def articles(self) -> list[Path]:
        return sorted(p for p in (self.path / "articles").iterdir() if p.suffix in self.formats)

    def text(self, article: Path) -> str:
        """The page as its gold's names must occur in it."""
        if article.suffix in RECORDS:
            loaded = read_article(article)
            text = loaded.title + "\n" + loaded.text if self.record_title else loaded.text
        else:
            text = page_text(article)
        return self.widen(text) if self.widen else text


CORPORA = [
    Corpus("pages", "pgD", "pgH", min_part=16, roles_attend=False),
    # news, media and cities: a visit the page tells as its own activity on a meeting's day is its own event (stop 29, CHANGES.md)
    Corpus("news", "nwD", "nwH", min_html=1),
    # wire, gov and annals: a handover ceremony the page names on a joint meeting's day is its own event (CHANGES.md)
    Corpus("wire", "wrD", "wrH", min_html=1, chair_networks=True),
    Corpus("local", "lcD", "lcH", PAGES + RECORDS, min_html=2, needs_record=True, widen=_padded_names_closed,
           one_event_a_day=True),
    Corpus("gov", "gvD", "gvH", (*PAGES, ".json"), exact_formats=True, record_title=True, chair_networks=True),
    # a page may have two gold events on one day: a ceremony or a second meeting the page names as its own
    Corpus("social", "soD", "soH", PAGES + RECORDS, min_html=2, needs_record=True),
    Corpus("reports", "rpD", "rpH", PAGES + RECORDS, min_html=2, needs_record=True,
           widen=_padded_names_closed_and_lines_joined, one_event_a_day=True, chair_years=True),
    Corpus("federation", "fdD", "fdH", PAGES + RECORDS, exact_formats=True, min_html=3, record_title=True,
           one_event_a_day=True, chair_networks=True),
    # a gathering the page names as its own (a handover ceremony, a signing) is its own event on a joint meeting's day
    Corpus("delta", "ydD", "ydH", (*PAGES, ".json"), exact_formats=True, record_title=True, chair_networks=True,
           participation_events=True),
    Corpus("media", "mdD", "mdH", (*PAGES, ".json"), exact_formats=True, record_title=True, chair_networks=True),
    # city and county federations and 民政 sites of the Yangtze River Delta: three CMS layouts saved as .html
    Corpus("cities", "ctD", "ctH", (*PAGES, ".json"), exact_formats=True, min_html=3, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True),
    # documents converted to text (大事记, 纪要, 简报, 名单 tables): PDF line breaks inside names and table cells
    Corpus("annals", "anD", "anH", (*PAGES, ".json"), exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True),
    # charitable foundations; a gathering the page names as its own (an afternoon council meeting) is an event of its own
    Corpus("foundation", "fnD", "fnH", PAGES + RECORDS, exact_formats=True, min_html=3, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # briefings and digests with many items per page (简报, 一周动态, 大事记, 要闻); a same-day gathering is its own event
    Corpus("digests", "dgD", "dgH", PAGES + RECORDS, exact_formats=True, min_html=3, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # regional networks outside the Yangtze delta (京津冀, 粤港澳, 成渝, 东北, 中部, 西北, 闽西南, 淮海, 黄河流域, 对口协作)
    # regions and leaders: a visit on a meeting's day is its own event too (stop 29, CHANGES.md)
    Corpus("regions", "rgD", "rgH", PAGES + RECORDS, min_html=3, needs_record=True, record_title=True,
           chair_networks=True, participation_events=True),
    # personnel and leadership pages (领导之窗, 组织机构, 任免, 公示, 讣告, 述职, 聘任): title chains, past and present posts
    Corpus("leaders", "ldD", "ldH", PAGES + RECORDS, exact_formats=True, min_html=3, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True),
    # party-building pages (党建联盟, 主题党日, 换届选举, 党课, 民主生活会, 表彰): party posts in a body or a committee of its own
    Corpus("party", "pbD", "pbH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # interviews and spoken word (专访, 对话, 两会, 发言摘登, 讲话, 发布会, 在线访谈, 圆桌): a broadcast and a meeting on one day
    Corpus("interviews", "ivD", "ivH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # red cross, volunteer and social-work bodies (红十字会, 志愿服务联合会, 社会工作协会, 慈善超市, 救援队): a same-day
    # signing or second meeting is its own event
    Corpus("volunteer", "voD", "voH", PAGES + RECORDS, exact_formats=True, min_html=3, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # WeChat 公众号 long-reads (点击蓝字关注, ▲ captions, 01/02 and 【】 sections, stories, bylines, 往期推荐): a same-day
    # gathering is its own event
    Corpus("wechat", "wxD", "wxH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # cross-border exchanges with Hong Kong, Macao and Taiwan bodies (沪港, 苏港, 浙港, 皖港, 沪澳, 两岸): traditional
    # characters, HK titles and honours (總幹事, 司庫, BBS, JP), English names; a same-day signing or handover is its own event
    Corpus("crossborder", "hkD", "hkH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # official notices and lists (公告, 公示, 通知, 通报, 决定, 纪要): election results, award lists, 任免, grading
    # results, a rotating chair's handover; a handover ceremony on a joint meeting's day is its own event
    Corpus("notices", "ntD", "ntH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # county and township pages (县融媒体中心, 乡镇/街道 accounts, 县民政局 and 县慈善会 sites): 慈善分会 and 工作站 founding,
    # 村级慈善基金, 一日捐, handouts, 结对帮扶 visits, 毗邻 counties' alliances with rotating chairs; a same-day ceremony
    # or second gathering is its own event
    Corpus("county", "cyD", "cyH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # conference programmes and agendas (议程, 日程, 会议手册, 嘉宾名单, previews and reviews): a handover ceremony or an
    # afternoon meeting on a joint meeting's day is its own event; a meeting a preview announces is no event
    Corpus("agendas", "agD", "agH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # awards and commendations (表彰决定, 授予称号, 候选公示 with 事迹简介, 颁奖典礼, 光荣榜, 捐赠鸣谢, 长三角 awards at a
    # joint meeting, 更正): winners in lists with units and bracketed posts; a same-day ceremony or visit is its own event
    Corpus("awards", "awD", "awH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # corporate pages about giving (company 新闻中心 and 党群工作, ESG excerpts, 工商联 and 商会 sites, 冠名基金 and 慈善信托
    # signings, 光彩事业, 万企兴万村): company title chains, bracketed company names; a same-day handover is its own event
    Corpus("corporate", "cpD", "cpH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # east-west cooperation and paired support (东西部协作, 对口支援: 沪滇, 苏陕, 浙川, 援疆, 援藏): delegations over several
    # days and places, 挂职 cadres with two posts, minority names with ·; a same-day signing or second meeting is its own event
    Corpus("eastwest", "ewD", "ewH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # disaster and emergency relief (募捐倡议书, 捐赠公示, 拨付 notices, 驰援 reports, 长三角 joint relief with its rotating
    # chair, 救援队, 应急 leaders, 善款使用 and 审计 reports, 回访 and 灾后重建): a same-day ceremony or meeting is its own event
    Corpus("relief", "rfD", "rfH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # university and school giving (教育发展基金会, 校友会 chapters, 捐赠签约, 奖助学金 颁奖 lists, 校董会, 附属医院 and 附中,
    # county 教育局, 长三角 alliances with rotating chairs): a same-day second meeting is its own event
    Corpus("campus", "uvD", "uvH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # reprinted and syndicated pages (转载 with 原标题/来源/原文链接/责任编辑/审核 lines, 本报讯 leads, 编者按, portal, app and
    # WeChat furniture, related-news lists, 综合报道 from several cities): a same-day handover or second meeting is its own event
    Corpus("reprints", "rsD", "rsH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # religious charity (宗教界慈善活动周, 佛教/道教/伊斯兰教/天主教/基督教 bodies with federations and foundations, temples,
    # mosques and churches as venues and donors, 统战部 and 民族宗教 officials): a same-day rite, sale or handover is its own event
    Corpus("faith", "faD", "faH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # medical-aid charity (大病救助 and 救急难 funds, 慈善医疗 programmes with hospitals and 药业 partners, ambulance and
    # equipment donations, 义诊 with doctors' lists, 专科联盟 and a 长三角 alliance and joint meeting with rotating chairs): a
    # same-day handover, signing or award ceremony is its own event
    Corpus("medical", "hsD", "hsH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # overseas-Chinese giving (侨联 and 侨办 pages, 侨爱工程 and 侨捐 schools, clinics and bridges, overseas 同乡会 and 侨商会
    # with their 会长/执行会长/监事长, 云签约 across time zones, 致公党 and 统战部 guests, 侨领 lists by country, honours such as
    # 拿督 and 太平绅士, a 侨界 alliance with rotating chairs): a same-day 座谈会, 茶话会 or handover is its own event
    Corpus("overseas", "ocD", "ocH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # community charity (社区基金会 理事会, 街道慈善工作站 and 分会, 慈善超市, 冠名基金, 居委会 换届, 微心愿 and 结对认领, 邻里节
    # and 慈善义集, 公益创投 评审, 慈善之星 表彰, 示范区 community exchanges with a rotating chair): a same-day salon or
    # second meeting is its own event
    Corpus("community", "cmD", "cmH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # charitable trusts and charity finance (慈善信托 set up with 委托人, 受托人 and 双受托人, 监察人 and 保管银行, 备案 公示 tables,
    # trusts' annual reports, 推进会 and forums with 民政 and 金融监管 officials, 共同富裕 trusts of companies and villages,
    # 慈善资产 投资委员会, a trust alliance with rotating chairs): a same-day signing or second meeting is its own event
    Corpus("trusts", "tsD", "tsH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # forums and summits (慈善论坛, 公益峰会, 研讨会, 座谈研讨, 沙龙, 蓝皮书发布会): 主旨演讲, 圆桌 moderators and panelists,
    # 点评, 主办/承办/协办 lists, forums over several days with 分论坛, rotating chairs and handovers; a same-day handover,
    # signing or second gathering is its own event
    Corpus("forums", "fmD", "fmH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # welfare bodies' charity (残联, 妇联, 老龄办, 关工委 and their foundations: 全国助残日, 敬老月, girls' education
    # programmes, 走访慰问 at 福利院/敬老院/特殊教育学校, 辅具 donations, 自强模范 awards, a 长三角 joint meeting with a rotating
    # convener): a same-day handover ceremony is its own event
    Corpus("welfare", "wfD", "wfH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # online charity and new media (互联网慈善: 配捐 campaigns and 一起捐 teams, 募捐信息平台 companies, 公益直播 transcripts
    # with 主播 handles, 弹幕 and 连线 guests, 公众号 posts, 网络慈善 training, 网信办 and 民政 video conferences, a 长三角
    # alliance with rotating chairs): a same-day signing or handover is its own event
    Corpus("online", "olD", "olH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # profiles and career pages (人物简介, 个人简历, 领导信息 and 分工 tables, 理事会成员简介, 候选人 公示, 先进事迹, 专访, 讣告 and
    # 追思会, 离任 and 交接, 名誉会长 and 顾问): career chains with 历任/曾任/现任/原; a same-day handover is its own event
    Corpus("profiles", "pfD", "pfH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # galas, auctions, concerts and charity sports (慈善晚会/晚宴, 书画慈善拍卖, 义卖, 义演 tours, 慈善音乐会 programmes, 马拉松,
    # 公益跑, 健步行, 骑行 with a 组委会, 长三角 culture week and music alliance with rotating chairs): performers attend; a
    # handover, 揭牌 or afternoon council meeting the page tells as its own is its own event on the gala's day
    Corpus("galas", "glD", "glH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # campaign days and weeks (中华慈善日, 慈善周, 慈善一日捐 动员大会 and 总结表彰 with award lists, 慈善月, 社区 慈善义集, a
    # week's programme told day by day, one day's events in each city of a region, a 长三角 慈善周 whose flag passes to next
    # year's rotating chair): a same-day flag handover or secretaries' meeting is its own event
    Corpus("campaigns", "cwD", "cwH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # oversight of charity (人大 执法检查 tours over several days with 组长/副组长 and member lists, 政协 视察 and 民主监督,
    # 立法调研 on a 慈善条例 draft, 等级评估 and 年检 results, 审计 进点/反馈会, 信息公开 检查 tables, 巡察, a 长三角 人大 or
    # 民政 mechanism with rotating chairs): a same-day handover ceremony is its own event
    Corpus("oversight", "lgD", "lgH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # visits and exchanges (考察交流, 来访, 调研, 走访慰问, 会见, 回访): delegations over several days and stops with 陪同 hosts,
    # visitors listed after 一行 or on a line of their own, a 座谈会 or 会见 beside a day's visit, 长三角 secretaries' exchanges
    # hosted by the year's rotating chair: a same-day 座谈会, 会见 or handover is its own event
    Corpus("visits", "vsD", "vsH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # speeches, addresses and minutes (讲话稿 under a 在…上的讲话 title with the speaker and date under it, 主持词 whose chair is
    # never named, 致辞 of a rotating chair handing over, 会议纪要 with 主持/出席/列席/记录 lines, 新年贺词 signed by a president and
    # a secretary-general, speeches excerpted in a report, 闭幕词): a person only thanked or recalled is not present
    Corpus("speeches", "spD", "spH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # training and capacity building (培训班, 研修班, 研讨班 at a party school, 开班/结业仪式, lectures by named teachers over
    # several days, 现场教学 visits, 班委 with padded names, 线上直播 lectures, a training notice's programme table, a 长三角
    # joint class hosted by the year's rotating chair): a same-day visit or handover ceremony is its own event
    Corpus("training", "tnD", "tnH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # signings and agreements (签约仪式, 战略合作框架协议, 合作备忘录, 慈善信托 and 冠名基金 agreements, 结对帮扶 with amounts,
    # 集中签约 tables of 签约单位, 共建 研究院 and 基地 with 揭牌, 签约环节 of a meeting, 长三角 rotating chairs): signers attend,
    # 见证 is a witness; a signing ceremony or handover the page names as its own is its own event on a meeting's day
    Corpus("signings", "sgD", "sgH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # environmental and ecological charity (义务植树 with leaders of several bodies, 碳中和 慈善信托 and green funds, 河湖 patrols
    # with 河长 and volunteer teams, a green foundation's 理事会 election, 绿色志愿者 award lists, biodiversity lectures, youth
    # eco camps over several days, company donations to a reserve, a 长三角 green alliance or 示范区 joint meeting with rotating
    # chairs): a same-day handover or visit the page tells as its own is its own event
    Corpus("ecology", "ecD", "ecH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # newspaper e-paper editions (数字报, 电子版: 第A05版 headers with 版面导航 and 上一版/下一版, 引题/主标题/副题, 本报讯（记者 甲
    # 通讯员 乙）, several items of one printed page each with its day, a 慈善周刊 专版 with a congress's leadership list, 更正
    # and 读者来信, interview boxes, 摄 captions and 责任编辑 lines; a 长三角 joint meeting with its handover): bylines are no
    # participants; a same-day handover, 座谈会 or visit the page tells as its own is its own event
    Corpus("epaper", "epD", "epH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # charity shops, bases and stations (慈善超市 揭牌 and 星级 授牌, 爱心驿站 in a bank branch, 社区 慈善空间, 公益集市 with
    # stalls, 调研 stops over two days, a 考评 notice with a table of 运营单位, volunteers' shifts, a 长三角 base alliance with
    # rotating 轮值召集单位): the body that runs, funds or hosts a place counts; a same-day signing, handover or visit is its own event
    Corpus("shops", "csD", "csH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # welfare and sports lottery public-welfare funds (福彩/体彩公益金: a 使用情况公告 with a table of projects and the bodies that
    # ran them, 资助项目 launches, 助学/助老/助残 drives with money handed over on named days, a 体彩 facility donation to a school,
    # 评审会 with experts, 财政/审计 检查组, a 福彩中心 党支部 day, a 长三角 joint meeting or alliance with rotating chairs): a
    # same-day handover, signing, liaison meeting or visit the page tells as its own is its own event
    Corpus("lottery", "ltD", "ltH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # charity law in practice (人大 慈善法执法检查 tours with 组长/副组长 and a roster, 年度检查结论 and 慈善组织认定 tables,
    # 行政处罚决定书 summaries, 普法 lectures by lawyers and professors, 信息公开 training over several days, 人大代表 调研 with
    # questions and answers, 征求意见 on a revision draft, a 长三角 慈善法治 network with rotating chairs): a same-day handover or
    # visit the page tells as its own is its own event
    Corpus("charitylaw", "lwD", "lwH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # charity for rural revitalization (慈善助力乡村振兴, 东西部协作 and 对口帮扶 signings, 结对共建 of a community and a village,
    # 驻村第一书记 and 村党支部书记、村委会主任, 产业帮扶 茶园/冷库/民宿 with 专业合作社 理事长, 消费帮扶 fairs, county 考察团 over
    # several days, a 乡贤理事会 founding with its council roster, model-village awards, a 长三角 rural-aid alliance with rotating
    # chairs and a handover): a same-day handover or visit the page tells as its own is its own event
    Corpus("rural", "rvD", "rvH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # Red Cross societies at work (会员代表大会 electing 会长/常务副会长/监事长 with counts and rosters, 造血干细胞 and 遗体器官
    # donation stories with 协调员 and hospitals, 应急救护 courses over several days, 博爱家园 handovers, 5·8 博爱周 events,
    # 缅怀纪念 ceremonies, company donation ceremonies and 志愿服务队 founding, 备灾 warehouses and relief dispatches, 示范学校
    # award lists, a 长三角 or 示范区 Red Cross joint meeting with rotating chairs and a handover): a same-day handover, visit
    # or second gathering the page tells as its own is its own event
    Corpus("redcross", "rcD", "rcH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # charity research and scholarship (慈善蓝皮书 and 发展报告 releases with their 主编, 理论研讨会 with 主旨演讲 and 点评 by
    # professors, 课题 开题 and 结项评审 with an 专家组, a 研究院 founded with its 院长 and 学术委员会主任 handed 聘书, 特聘研究员,
    # 讲座 series, young scholars' forums with paper awards, new books, a university-federation 合作协议, a 长三角 research
    # alliance with rotating chairs and a handover): a same-day handover or visit the page tells as its own is its own event
    Corpus("research", "acD", "acH", PAGES + RECORDS, exact_formats=True, min_html=4, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # annual reports and board business of university, school and hospital foundations (理事会 with 工作报告, 财务报告 and 监事会
    # reports, 换届 elections with rosters, officers' pages with their posts at the university or hospital, 捐赠芳名录 tables,
    # 专项基金 signings, 奖助学金 ceremonies, 医疗救助 projects with a 慈善总会 partner, an audit flash, a 长三角 alliance of university
    # or hospital foundations with rotating chairs and a handover): a same-day signing, handover or visit is its own event
    Corpus("foundreports", "frD", "frH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # social organizations' rating and oversight (等级评估 结果公示/公告 with 5A/4A/3A lists, 评估委员会 meetings with 主任委员 and
    # 委员, 专家组 实地评估 and 复核 over several days, 5A 授牌 ceremonies, 年检/年报 conclusions with 整改 and 撤销登记 lists, 约谈会,
    # assessor training over two days, a rated body's own news, a 长三角 registration authorities' joint meeting and an assessors'
    # alliance with rotating chairs and a handover): a same-day handover, signing or visit the page tells as its own is its own event
    Corpus("assessment", "saD", "saH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # companies' social responsibility and corporate giving (社会责任报告 releases, 捐赠仪式 with 冠名基金 agreements, a corporate
    # foundation's 理事会, 员工志愿者协会 service weeks over several days, 乡村振兴 结对帮扶 with a village's 党支部, 慈善奖 lists of
    # 爱心企业, a 商会 公益慈善委员会, a listed company's 对外捐赠公告, a federation's table of top corporate donors, a 长三角 enterprise
    # alliance with rotating chairs and a handover): a same-day handover, salon or visit the page tells as its own is its own event
    Corpus("csr", "crD", "crH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # township and street social-work stations (社工站 揭牌 with 站长 and 驻站社工 lists, 民政局 督导 and 调研 tours over two days,
    # 慈善总会 资助 signings with the agency that runs a station, services over several days, 慈善超市 and 爱心驿站 with 社区居委会
    # partners, 社工 training classes with trainers from universities' 社会工作系, 优秀社工站 and 优秀社工 lists, a 长三角 social-work
    # alliance and a 示范区 joint meeting with rotating chairs and a handover): a same-day handover or visit is its own event
    Corpus("socialwork", "swD", "swH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # hospital social work (医院社会工作部 揭牌 with 院长 and 党委书记, 慈善总会 patient-aid funds signed with hospitals, ward service
    # days with volunteer teams, 医务社工 training courses over several days with trainers from universities' 社会工作系, a 卫健委
    # notice of pilot hospitals with contact persons, case-sharing 研讨会 with moderators, award lists, a professional committee
    # elected with its roster, 长三角 alliances with rotating chairs and a handover): a same-day handover or visit is its own event
    Corpus("medsocial", "mwD", "mwH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # charity trusts (慈善信托 备案 notices with 受托人, 监察人 and 项目执行人, 签约仪式 with 双受托人, 信托事务处理报告 releases,
    # 决策委员会 meetings naming their members, a 民政局 table of the year's filed trusts, a two-day 研讨班 with a 法学院 and a
    # trust association, family and community trusts, a 长三角 joint meeting and an alliance with rotating chairs and a
    # handover): a same-day signing, handover or visit the page tells as its own is its own event
    Corpus("trust", "tuD", "tuH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # venture philanthropy competitions (公益创投大赛 and 公益项目大赛: launches with 主办/承办/协办 and a funding pool, 初审/复审
    # panels and result notices with a table of projects and 申报单位, 路演 days with a 评审团 and its 评审组组长, questions and
    # answers, 颁奖 and 资助签约, 督导 and 中期评估 visits over two days, 结项 exhibitions, a winning project's own page, a 长三角
    # venture alliance with rotating chairs and a handover): a same-day handover, ceremony or visit the page tells is its own event
    Corpus("venture", "vcD", "vcH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # charity culture: museums, exhibitions and archives (慈善文化: an exhibition's opening with its 策展人 and ribbon-cutting, a
    # collector's donation to a museum or 档案馆 with its 收藏证书, a 慈善文化教育基地 naming with its list of bodies, lecture series
    # over several weeks, 口述史 interviews of retired federation leaders, a museum's 理事会 and 学术委员会, a travelling exhibition,
    # a 地方志 compilation meeting, a 长三角 culture alliance or archives joint meeting with rotating chairs and a handover): a
    # same-day handover, visit or second gathering the page tells as its own is its own event
    Corpus("museums", "muD", "muH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # youth development and Project Hope (希望小学 捐建 and 揭牌 with donors, 校长 and county officials, 圆梦助学 launches with the
    # year's figures, 希望工程 anniversaries with 爱心单位/爱心人士 awards, 青年志愿者 summer teams over several days, 乡村教师 training
    # with 师范大学 trainers, 青基会 理事会 and 青年志愿者协会 elections with rosters, 长三角 alliances with rotating chairs and a
    # handover): a same-day handover, signing, forum or visit the page tells as its own is its own event
    Corpus("youth", "yhD", "yhH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # veterans' and military families' charity (拥军优属、关爱退役军人: 关爱退役军人 专项基金 launches with donors and 揭牌, 八一 and
    # 春节 慰问 visits to 军休所 and families over two days, 就业创业 training with university and bank trainers, 最美/模范退役军人
    # lists with units in brackets, village 退役军人服务站 openings with the 村党支部书记, 老兵志愿服务队, a 长三角 双拥 alliance and a
    # 服务中心 joint meeting with rotating chairs and a handover): a same-day handover or visit the page tells as its own is its own event
    Corpus("veterans", "vtD", "vtH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # hospice care, charity hospitals and medical aid (安宁疗护病区 / 慈善医院 / 临终关怀 / 大病救助 / 义诊: a foundation-funded
    # 安宁疗护病区 揭牌 with hospital departments and wards as sub-units, a 慈善医院 named after its donor, 临终关怀 volunteer teams with
    # rosters, 大病救助 lists as tables, 义诊 by doctors of several hospitals, a hospice nurses' course with lecturers, a 卫健委 and
    # 民政局 joint meeting, a family's thanks letter, a 长三角 alliance and a joint meeting with rotating chairs and a handover)
    Corpus("hospice", "hcD", "hcH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # village worthies and rural charity (乡贤 / 乡贤理事会 / 乡贤参事会 / 村级慈善基金 / 慈善工作站 / 侨乡: a township's 乡贤理事会
    # founded with its 会长 and 名誉会长, 在外乡贤 回乡 座谈会 and 认捐, village 慈善工作站 揭牌 with the 村委会主任, 重阳 敬老宴, 助学,
    # 捐赠芳名录 with padded names, 宗祠 and 文化礼堂 ceremonies, 侨联 and overseas 同乡会 gifts, a 长三角 乡贤 alliance with rotating
    # chairs and a handover): a same-day visit or signing the page tells as its own is its own event
    Corpus("villages", "xxD", "xxH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # memorials and obituaries of charity people (讣告 with a 生平, 遗体告别仪式 with 前往送别, wreaths and 唁电, 追思会 with
    # successors recalling, 纪念基金 and 冠名基金 signings, 百年诞辰 座谈会, 清明 缅怀 at a 红十字 遗体捐献者纪念园 with the names on
    # the 纪念碑 read out, 遗赠 with the executor and a 公证处, and alliance meetings opening with a 默哀 and passing the chair):
    # a same-day signing, handover, visit or second meeting the page tells as its own is its own event
    Corpus("memorials", "dhD", "dhH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # press conferences on charity (新闻发布会/通气会/答记者问: a province's or city's 新闻办 with its 民政厅/民政局, 慈善总会,
    # 红十字会, 应急管理 and 税务 bodies; 发布人 with title chains, a 主持人 from the 新闻办's 处, named and unnamed reporters asking,
    # figures released, a 慈善周 or 中华慈善日 launch days later, 蓝皮书/白皮书/监督报告 in 《》, 慈善奖 lists with padded names and units
    # in brackets, a jury roster, short 通气会 flashes, 政策解读, and 长三角/川渝 alliances' joint releases with rotating chairs and a
    # handover): a same-day seminar, signing, handover or visit the page tells as its own is its own event
    Corpus("pressconf", "xwD", "xwH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # student aid and scholarships (金秋助学 / 慈善助学 / 奖学金: cheques handed to students at a 发放仪式 with run-on lists of
    # officials, alumni companies' named scholarships signed with a university's 副校长, 希望工程 结对助学 pairs, donors'
    # 表彰 with padded honour lists and 单位 | 金额 tables, volunteers' 家访 over several days, a university foundation's
    # council with its roster, 长三角 助学 and university-foundation alliances with rotating chairs and a handover)
    Corpus("studentaid", "zxD", "zxH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # people's congress and CPPCC work on charity (人大代表 建议 / 政协委员 提案 with their authors and 联名, 视察 and 调研 tours over
    # days with their 座谈会, a 慈善法 执法检查组 with its roster, 面商 of a 建议 with the 民政局, 民主党派 charity projects, a 委员
    # 读书 session, a 长三角 政协 joint meeting with rotating chairs and a handover): a same-day stop or handover is its own event
    Corpus("proposals", "taD", "taH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # blood, stem-cell and organ donation (无偿献血/造血干细胞/遗体器官捐献: a 造血干细胞 donor's collection told as 第N例 with the
    # 红十字会 staff, the collecting hospital's doctors and a flag handed over, donors given only as 小X/王先生, 献血屋 and 采血点
    # opened in a 街道 with a company, 无偿献血奉献奖 gold/silver lists with padded names, 缅怀纪念 ceremonies with donor lists,
    # 博爱青春 volunteer teams with 队长/副队长, campus 入库 drives over several days, a 红十字会 congress with its roster table, a
    # 长三角 blood alliance and a 红十字 stem-cell joint meeting with rotating chairs and a handover): a same-day handover, visit
    # or second gathering the page tells as its own is its own event
    Corpus("donation", "xsD", "xsH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # finance for good (金融公益: a bank branch's 冠名基金 with a 慈善总会, 公益保险 for 环卫工人 and volunteers with 保单 handed over,
    # 慈善信托 with a 信托公司 as trustee and a bank as custodian, 金融知识/反诈 talks over several days, a 证券公司's 结对帮扶 of a
    # county with its 挂职 副县长, 普惠金融 助残/助农, a 金融 charity federation's election with its roster, and regional 金融公益
    # alliances' joint meetings with rotating chairs and a handover): a same-day handover, signing or visit told as its own is its own event
    Corpus("finance", "jrD", "jrH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # food aid and meal charity (食物银行/慈善助餐: 食物银行 and 爱心冰箱 stations opened in 街道 with their first donors, 长者食堂
    # and 中央厨房 visits with two more stops in one day, 粮油 and 年货 distributions at 春节, 光盘行动 volunteer teams, 专业合作社
    # rice donations with their 理事长, named 助餐基金 with their founders, a 慈善助餐 alliance's founding congress with its roster,
    # a 长三角 食物银行/助餐 alliance with rotating chairs and a handover): a same-day stop, ceremony or visit told as its own is its own event
    Corpus("foodaid", "fbD", "fbH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # tech-for-good and digital charity (科技公益、数字慈善: 智慧慈善 platforms launched with a 系统演示, a company foundation's 编程教室
    # with 科技辅导员 trained over three days, 科技志愿服务队 with 队长 and 授旗, 院士专家科普巡讲 over several days, 数字助老 classes,
    # an AI project with a university 实验室, named 科技公益基金 with their founders, a 科技公益基金会's council election with its
    # roster, a 长三角 科技公益联盟 joint meeting with rotating chairs and a handover): a same-day handover, seminar or visit is its own event
    Corpus("tech", "kjD", "kjH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # sports charity (体育公益: 公益马拉松 and 健步走 with per-kilometre and per-step donations, 体育器材 donations to 乡村学校 with a
    # several-day 体育教师 training and its 现场教学, 奥运/世界冠军 appointed 公益形象大使 with 聘书, 特奥 and 残疾人体育 games, 全民健身
    # volunteer teams with 队长 and 授旗, named 体育公益基金 with their founders, a 体育基金会's council election with its roster, a 长三角
    # 体育公益联盟 and a joint meeting with rotating chairs and a handover): a same-day ceremony or visit told as its own is its own event
    Corpus("sports", "tyD", "tyH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # legal-aid and rule-of-law charity (法律援助/公益法律服务: 法律援助工作站 openings with 揭牌 and law-firm donations, 法治大篷车 and
    # 普法 lectures in villages and schools, 法律明白人 training over several days with a 现场教学, a 法律援助基金会's council
    # elections with rosters, 司法局–慈善总会 signings, 慈善法宣传周 launches, a lawyer's 公益诉讼 case story, 十佳公益律师 lists with
    # firms in brackets, a 长三角 律师公益 alliance and a 法律援助 联席会议 with rotating chairs and a handover)
    Corpus("legalaid", "laD", "laH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # elderly-care charity (养老/助老: 长者食堂 openings with 揭牌 and donors, 重阳节 visits to 敬老院 and 失能老人 at home over
    # two days, 适老化改造 donations, 时间银行 and 银龄志愿者 teams, 老年大学 courses over several days, a 老龄事业发展基金会's
    # council election with its roster, 居家养老服务中心 staff, a 长三角 助老 alliance and a joint meeting with rotating chairs
    # and a handover): a same-day handover, visit or second stop the page tells as its own is its own event
    Corpus("elderly", "elD", "elH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # charity expos and fairs (慈展会/公益慈善博览会/公益集市: opening ceremonies with run-on lists of officials in title chains,
    # exhibitors by hall and booth, 分论坛 with 主持人 and 对话嘉宾, signings with witnesses, 项目路演 with 评委 and winners,
    # 最佳展示奖 tables, volunteer teams, 义卖 markets on squares, closing 新闻通报 with figures, pages over several days, a 长三角
    # expo alliance's joint pavilion with rotating chairs and a handover): a same-day signing, market, forum, handover or visit
    # the page tells as its own is its own event
    Corpus("expo", "zhD", "zhH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # trade-union aid (工会帮扶: 春节送温暖 visits to 困难职工 over two days, 金秋助学 grants with recipient lists, 夏送清凉 and
    # 爱心驿站 for outdoor workers, 职工互助保障 payments, 劳模工匠创新工作室 donations, a 总工会–慈善总会 cooperation agreement,
    # a 职工 foundation's council roster, company 工会主席, a 长三角 职工服务 alliance with rotating chairs and a handover)
    Corpus("unions", "ghD", "ghH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # disability charity (助残: 残联 and 残疾人福利基金会 pages: 全国助残日 activities, 辅具 donations with donors and amounts, 盲人按摩
    # and 就业 training over several days, 特殊教育学校 and 康复中心 openings with 揭牌, 残疾人 job fairs, visits to families of
    # disabled children, a foundation's council election with its roster, 助残志愿者 teams, 长三角 助残 alliances and joint meetings
    # with rotating chairs and a handover): a same-day handover, visit or ceremony the page tells as its own is its own event
    Corpus("disability", "dsD", "dsH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # women's and children's charity (妇女儿童公益: 春蕾 grants, 母亲邮包 and 两癌 aid, 儿童之家 and 妈妈驿站 openings with 揭牌,
    # 巾帼志愿者 teams, 女企业家协会 donations, 最美家庭 lists, 六一 visits, a foundation's council election, a lecture series for
    # mothers, a 长三角 妇女儿童公益 alliance with rotating chairs and a handover)
    Corpus("women", "wcD", "wcH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # chambers of commerce and private-business philanthropy (商会/工商联/光彩事业: 万企兴万村 pairing signings with villages,
    # 光彩事业 tours with project signings and bursaries, 异地商会 elections with long rosters and 商会党委 posts, 慈善晚宴 with
    # auctions and pledges, 冠名基金 set up by entrepreneurs at a 慈善总会, Hong Kong and Macau chambers in traditional characters,
    # a 长三角 商会 alliance with rotating chairs and a handover): a same-day handover, visit or second meeting is its own event
    Corpus("chambers", "ccD", "ccH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # culture and heritage charity (文化公益/非遗: 非遗传承 funds launched with donors and 国家级/省级 代表性传承人, 书画慈善义拍 with
    # artists (书法家协会, 美术家协会) and an auctioneer, 慈善义演 with hosts and performers and 送戏下乡, 农家书屋 and 乡村图书室 book
    # donations, 文艺志愿者 teams going 下乡, a 文化基金会's council election with its roster, a 长三角 文化公益联盟 with rotating chairs
    # and a handover): a same-day handover, visit or second gathering the page tells as its own is its own event
    Corpus("heritage", "whD", "whH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # emergency-rescue charity (应急救援: 民间救援队 registered with 慈善总会/红十字会/应急管理局, flood and typhoon deployments told
    # day by day with 转移群众 and 物资发放, 应急物资储备库 and AED donations, 防溺水 and 应急救护员 classes with a 现场教学, 队长/副队长/
    # 政委 posts, an 应急救援协会 congress with its roster, 表彰名单 of rescuers, a 长三角 救援 alliance with rotating chairs and a
    # handover): a same-day lecture, signing, handover or visit the page tells as its own is its own event
    Corpus("rescue", "jyD", "jyH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # mental-health aid and care of children in difficulty (心理援助/困境儿童关爱: a 心理援助热线 launched with its 督导 team and a
    # named fund, 儿童主任/儿童督导员 training over several days with a 现场教学, 留守儿童 关爱基金 with its donor company, 儿童之家 and
    # 社工站 visited by a party, a school's 心理健康教育周, a disaster 心理援助 volunteer team, a 家庭教育 lecture tour with its 宣讲团,
    # a foundation's council election with its roster, a 长三角 儿童关爱 alliance with rotating chairs and a handover): a same-day
    # visit, second meeting or handover the page tells as its own is its own event
    Corpus("mental", "xlD", "xlH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # paired assistance (对口支援 援疆/援藏/援青 and 东西部协作: a 前方指挥部's 总指挥/指挥长 with 挂职 posts in a 地委 or 县委, a home
    # city's 慈善总会 and companies handing over a "…工程" in 喀什/和田/日喀则/山南, 组团式 medical and teaching teams with a roster of
    # home hospitals and schools, Uyghur, Tibetan, Kazakh and Hui names, 结对 schools and hospitals signing, a 交流交往交融 summer camp
    # over several days, a visiting party's stops, and two paired-provinces charity alliances with rotating chairs and a handover)
    Corpus("pairing", "yjD", "yjH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # leadership changes in charity bodies and the offices over them (换届大会, 人事任免, 任前公示, 简历 career chains, 离任
    # and 欢送, 法定代表人 changes, 党组 appointments, and a regional joint meeting whose new leaders take over the rotating chair)
    Corpus("appointments", "rmD", "rmH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # judicial aid joined with charity aid (司法救助与慈善救助衔接: a 中院 and a 慈善总会 signing a 衔接 agreement with 院长, 审判委员会
    # 专职委员, 立案庭 and 执行局 heads, a 检察长 and 第七检察部主任 taking 救助金 to victims' families over two days, 司法救助专项基金
    # set up with a company's donation, a city's 联席会议 or 领导小组 with 公安, 司法, 民政, 妇联, 团委 and tables of aid cases,
    # court open days for charity volunteers, 法律援助中心 with lawyers of named firms, Hong Kong and Macau partners in traditional
    # characters, a 长三角 procuratorates' joint meeting and a courts' alliance with rotating chairs and a handover): a same-day
    # signing, handover, meeting or visit the page tells as its own is its own event
    Corpus("judicial", "sfD", "sfH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # 禁毒 charity and drug rehabilitation (禁毒基金会 理事会 换届 with election lists, 6·26 rallies with a 公安局 副局长 presiding, 禁毒
    # 宣传进校园 with 校长 and 禁毒志愿者, companies' 禁毒公益 donations with 签约, 见证 and a donors' table, 戒毒康复人员 就业帮扶 with
    # masked names, 禁毒社工 training with lecturers by day, 强制隔离戒毒所 开放日 with 人大代表 and 政协委员, volunteer teams founded with
    # 授旗 and a roster, honour lists, a city's 禁毒委员会 全体会议, Macau and Hong Kong 戒毒 bodies in traditional characters, and a
    # 长三角 禁毒基金会 alliance and 禁毒 协作 joint meeting with rotating chairs and a handover): a same-day visit, handover or
    # secretaries' meeting the page tells as its own is its own event
    Corpus("antidrug", "jdD", "jdH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # funeral reform and memorial charity (殡葬改革与缅怀公益: 惠民殡葬 subsidies and a 殡葬救助 fund with a donors' table, 海葬 /
    # 树葬 / 花坛葬 ceremonies with families and a 殡仪馆's 馆长 presiding, 清明 文明祭扫 volunteer teams with 授旗 and a roster and a
    # 网上祭扫 platform launched, a 红十字会's 遗体器官捐献 缅怀 ceremony at a 纪念园, 村 红白理事会 founded with their members, a
    # 殡葬服务 course over two days, a 殡葬行业协会's 换届 with its election lists, a township's 公益性公墓 opened, a 殡葬领域 专项整治
    # 联席会议 with its 召集人, a 社工 哀伤辅导 project, a family's thanks letter, Hong Kong and Taiwan 善終 partners in traditional
    # characters, and 长三角 殡葬 networks with rotating chairs and a handover): a same-day handover, secretaries' meeting or
    # volunteer service the page tells as its own is its own event
    Corpus("funeral", "bzD", "bzH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # culture and tourism bodies doing charity (文旅局 and 文广旅体局 chains, 景区 free-admission days with the 景区 company's
    # 总经理, a 旅游协会 charity fund with 旅行社, 酒店 and 民宿 donors, 乡村旅游 帮扶 and a 民宿 course with lecturers by day,
    # 图书馆 捐书 to a mountain school, a 文化馆 惠民演出 with performers and a 主持人, 文旅志愿服务队 授旗 with a roster, a 慈善
    # auction night with lots and buyers, a 社会责任报告 release, a 文旅 联席会议 with 召集人, a press conference, an honour
    # list, a 长三角 文旅公益联盟 with rotating chairs and a handover): a same-day visit, tour or handover told as its own is its own event
    Corpus("tourism", "wlD", "wlH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # tax and finance of charity (财税: a 公益性捐赠税前扣除资格 联合公告 of three bureaus with its table, a 慈善组织 财税 course over
    # two days with a 税务局 科长, an audit firm's 合伙人 and a 教授 lecturing, a 捐赠票据 电子化 launch and a 票据 course with a 现场教学,
    # 税收宣传月 税务志愿服务队 with 授旗 and a roster, a foundation's 审计报告 before its 监事会 and 理事会, a 民政局 年检 table with
    # 法定代表人, 纳税人 donation ceremonies with donors' tables, 慈善信托 税收 座谈会 with trust companies and banks, a Macau and a Hong
    # Kong 會計/稅務 seminar in traditional characters, a district's 专项审计 反馈会, and 长三角 慈善 财会 networks with rotating chairs and
    # a handover): a same-day signing, site session, visit, handover or secretaries' meeting the page tells as its own is its own event
    Corpus("taxation", "ssD", "ssH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # 见义勇为 foundations and heroes (见义勇为基金会/协会 表彰大会 with honour lists and a 追授, a 基金会 理事会 换届 with its roster,
    # 春节/八一 慰问 of heroes and families at home over two days, 事迹报告会 with speakers and a 主持人, a company's 见义勇为 fund
    # signed and witnessed, a 道路交通事故社会救助基金 管理中心 paying aid with masked names, a 确认 公示 with its table and a 评审会,
    # township 见义勇为 工作站 and 平安志愿者/护学岗 teams, Hong Kong and Taiwan 勇義 bodies in traditional characters, and 长三角
    # 见义勇为 alliances with rotating chairs and a handover): a same-day handover or visit the page tells as its own is its own event
    Corpus("heroism", "jwD", "jwH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # road accident victims' aid and road-safety charity (道路交通事故社会救助基金 管理中心 with 垫付 and 追偿 座谈会 and 推进会, a
    # 全国交通安全日 and "一盔一带" launches with helmet donations and 劝导员 聘书, 出租车/网约车 drivers' volunteer teams with 授旗 and
    # rosters, insurers' donations with witnesses and an agreement, accident victims' children 助学 with masked and padded tables, a
    # 红十字会 应急救护 course and a 驾校 first lesson, police ranks and 大队/中队/车管所 as bodies, 人大代表 visits, two pages in
    # traditional characters with artefacts, and a 淮海经济区 联席会议 and a 长三角 alliance with rotating chairs and a handover): a
    # same-day handover, visit or secretaries' meeting the page tells as its own is its own event
    Corpus("roadaid", "jtD", "jtH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # housing aid (安居与住房救助: 慈善安居 and 危旧房改造 with 住建局 and 乡村振兴局, 适老化改造 with 民政局 and a 老龄协会, 残联's
    # 无障碍改造 and 交钥匙, a 公示 table of 户主 and 补助金额, a construction company's fund, a 装修 trade association's volunteer
    # team, a 住房公积金管理中心's volunteer day, 人大代表 视察 over two days, a 乡镇 page naming many 村 and 组, and 长三角 / 山海协作
    # housing networks with rotating chairs and a handover): a same-day visit the page tells as its own is its own event
    Corpus("housing", "ajD", "ajH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # animal protection and wildlife rescue (小动物保护协会 领养日 and 流浪猫 绝育 campaigns with a 宠物医院, 野生动物救护中心 放归 of birds
    # and a 海洋馆's 救护开放日 in traditional characters, a 野生动物保护协会 换届 with its roster, 爱鸟周 opening ceremonies with pupils
    # and volunteers, 森林公安 and 农业农村局 联合执法 over several days, 流浪动物 专项基金 at a 慈善基金会 signed and witnessed, 文明养犬
    # 座谈会 with 城管, 派出所 and 社区, and 长江江豚 / 长三角 野生动物 alliances with rotating chairs and a handover): a same-day
    # handover, visit or release the page tells as its own is its own event
    Corpus("animals", "dwD", "dwH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
    # fire service and emergency-relief charity (消防救援支队, 大队 and 站 with 支队长, 政治委员, 站长, 指导员 and 消防员, a 119 消防宣传月
    # opening with speeches, 防灾减灾日 and 安全生产月 campaigns of 应急管理局, 微型消防站 in communities, a 慈善总会 fund visiting 消防英烈
    # families over two days, 红十字会 应急救护 courses with 救护员 certificates, social rescue teams with 授旗 and a roster, honour lists of
    # 优秀消防志愿者 in tables, insurers' and companies' equipment donations signed and witnessed, a night fire where volunteers helped and
    # their thanks ceremony, traditional-character pages, and 长三角 and 都市圈 消防 / 应急联动 joint meetings with rotating chairs and a
    # handover): a same-day visit, drill, liaison meeting or handover the page tells as its own is its own event
    Corpus("firesafety", "xfD", "xfH", PAGES + RECORDS, exact_formats=True, min_html=2, record_title=True,
           widen=_padded_names_closed_and_lines_joined, chair_networks=True, participation_events=True),
]
PAGE_CASES = [pytest.param(c, a, id=f"{c.name}-{a.stem}") for c in CORPORA for a in c.articles()]


def _cases(option: str) -> list:
    return [case for case in PAGE_CASES if getattr(case.values[0], option)]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.name)
def test_every_page_has_gold_and_the_parts_and_formats_exist(corpus: Corpus) -> None:
    articles = corpus.articles()
    check_parts(corpus.path, articles, corpus.development, corpus.held_out, corpus.min_part)
    suffixes = {p.suffix for p in articles}
    assert not corpus.exact_formats or suffixes == set(corpus.formats), suffixes
    assert sum(p.suffix == ".html" for p in articles) >= corpus.min_html
    assert not corpus.needs_record or suffixes & set(RECORDS), suffixes


def test_every_retold_article_has_gold() -> None:
    retold = CORPUS / "retold"
    articles = {p.stem for p in (retold / "articles").glob("*.txt")}
    golds = {p.stem for p in (retold / "gold").glob("*.jsonl")}
    assert articles == golds and len(articles) == 30


@pytest.mark.parametrize("corpus, article", PAGE_CASES)
def test_gold_is_facts_format_and_names_are_in_the_page(corpus: Corpus, article: Path) -> None:
    check_gold(gold_of(corpus.path, article), corpus.text(article), one_event_a_day=corpus.one_event_a_day)


@pytest.mark.parametrize("corpus, article", PAGE_CASES)
def test_page_date_is_found_and_matches_the_source_line(corpus: Corpus, article: Path) -> None:
    assert read_article(article).date == gold_of(corpus.path, article)[0]["date"]


@pytest.mark.parametrize("corpus, article", _cases("roles_attend"))
def test_every_chair_speaker_and_witness_also_attends(corpus: Corpus, article: Path) -> None:
    assert not roles_without_attendance(gold_of(corpus.path, article))


@pytest.mark.parametrize("corpus, article", _cases("chair_networks"))
def test_chair_terms_name_a_network_of_the_page_and_a_person_of_the_gold(corpus: Corpus, article: Path) -> None:
    records = gold_of(corpus.path, article)
    persons = {r["name"] for r in records if r["kind"] == "person"}
    text = "".join(corpus.text(article).split())
    for term in (r for r in records if r["kind"] == "chair_term"):
        assert "".join(term["network"].split()) in text, term
        assert term.get("person") is None or term["person"] in persons, term


@pytest.mark.parametrize("corpus, article", _cases("participation_events"))
def test_participation_names_an_event_of_its_day(corpus: Corpus, article: Path) -> None:
    """A gathering the page names as its own (a handover ceremony, a signing, a secretaries' meeting) is its own
    event on the day of a joint meeting (docs/gold-conventions.md); each participation names which one it is."""
    records = gold_of(corpus.path, article)
    events = {(r["date"], r["name"]) for r in records if r["kind"] == "event"}
    for fact in (r for r in records if r["kind"] == "participation"):
        assert (fact["event_date"], fact["event"]) in events, fact


@pytest.mark.parametrize("corpus, article", _cases("chair_years"))
def test_every_chair_term_names_its_network_and_a_year(corpus: Corpus, article: Path) -> None:
    for record in gold_of(corpus.path, article):
        if record["kind"] == "chair_term":
            assert record["network"] and re.fullmatch(r"\d{4}", str(record["year"])), record


@cache
def _report(corpus: str, part: str) -> Report:
    """A part extracted and scored once for all its floors ("rtA+rtB": the pages of either prefix)."""
    return score_pages(CORPUS / corpus, tuple(part.split("+")))


FLOOR_CASES = [pytest.param(corpus, part, kind, floor, id=f"{corpus}-{part}-{kind}")
               for corpus, parts in FLOORS.items() for part, floors in parts.items() for kind, floor in floors.items()]


@pytest.mark.parametrize("corpus, part, kind, floor", FLOOR_CASES)
def test_floor(corpus: str, part: str, kind: str, floor: float) -> None:
    report = _report(corpus, part)
    f1 = report.headline.f1 if kind == "headline" else report.kinds[kind].f1
    assert f1 >= floor, f"{corpus} {part} {kind}: F1 {f1:.3f} under its floor {floor}"
