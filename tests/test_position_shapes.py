"""The shapes a Chinese news page states a person's post in, one invented sentence per shape and variant (title before
the name, a chain over two bodies, name then title, brackets, appointment verbs, rosters, tables, 分别, a profile's 现任,
the publisher's 本会, former posts, bylines) and per kind of title (party, government rank, charity, company, school,
hospital, police and fire, army, media, religious, grades and trades at the body that employs one)."""

from __future__ import annotations

import pytest

from kg.extract import extract_article
from kg.model import Article


def _positions(body: str, publisher: str = "") -> set[tuple[str, str, str]]:
    article = Article("t", body, title="", date="2023-06-12", publisher=publisher, body_start=0)
    return {(f.to_record()["person"], f.to_record()["role"], f.to_record()["organization"]) for f in extract_article(article).facts if f.kind == "position"}



CASES = [
    pytest.param('6月10日，南川市慈善总会会长钱立德出席活动并讲话。', '', [('钱立德', '会长', '南川市慈善总会')], id='title before name'),
    pytest.param('6月10日，南川市应急管理局党委委员、南川市消防救援支队支队长孙明远出席活动。', '', [('孙明远', '党委委员', '南川市应急管理局'), ('孙明远', '支队长', '南川市消防救援支队')], id='chain two bodies'),
    pytest.param('6月10日，南川市民政局党组成员、副局长吴志刚，南川市慈善总会常务副会长周宏伟出席。', '', [('吴志刚', '党组成员', '南川市民政局'), ('吴志刚', '副局长', '南川市民政局'), ('周宏伟', '常务副会长', '南川市慈善总会')], id='chain gov+charity'),
    pytest.param('6月10日，南川市慈善总会钱立德会长出席活动。', '', [('钱立德', '会长', '南川市慈善总会')], id='name then title with body'),
    pytest.param('6月10日，周宏伟（南川恒达实业有限公司董事长）向南川市慈善总会捐赠100万元。', '', [('周宏伟', '董事长', '南川恒达实业有限公司')], id='bracket after name company'),
    pytest.param('6月10日，座谈会上，吴志刚（南川大学社会学院院长）作主旨发言。', '', [('吴志刚', '院长', '南川大学社会学院')], id='bracket after name school'),
    pytest.param('6月10日，南川市慈善总会举行捐赠仪式。\n图为 周宏伟 南川恒达实业有限公司总经理\n', '', [('周宏伟', '总经理', '南川恒达实业有限公司')], id='caption name space title'),
    pytest.param('6月10日，南川市慈善总会召开第三届会员代表大会，钱立德当选为南川市慈善总会会长。', '', [('钱立德', '会长', '南川市慈善总会')], id='当选为'),
    pytest.param('6月10日，经理事会研究，孙明远担任南川市慈善总会秘书长。', '', [('孙明远', '秘书长', '南川市慈善总会')], id='担任'),
    pytest.param('6月10日，吴志刚出任南川恒达实业有限公司总经理。', '', [('吴志刚', '总经理', '南川恒达实业有限公司')], id='出任'),
    pytest.param('6月10日，南川市民政局副局长吴志刚兼任南川市慈善总会副会长。', '', [('吴志刚', '副会长', '南川市慈善总会'), ('吴志刚', '副局长', '南川市民政局')], id='兼任'),
    pytest.param('6月10日，南川市慈善总会召开理事会，会议决定由孙明远担任秘书长。', '', [('孙明远', '秘书长', '南川市慈善总会')], id='由甲担任'),
    pytest.param('6月10日，南川市慈善总会第三届会员代表大会选举钱立德为会长，孙明远为秘书长。', '', [('孙明远', '秘书长', '南川市慈善总会'), ('钱立德', '会长', '南川市慈善总会')], id='选举甲为'),
    pytest.param('6月10日，南川市慈善总会聘请吴志刚为法律顾问。', '', [('吴志刚', '法律顾问', '南川市慈善总会')], id='聘任甲为'),
    pytest.param('南川市慈善总会第三届理事会领导成员名单\n会长：钱立德\n副会长：吴志刚、周宏伟\n秘书长：孙明远\n', '', [('吴志刚', '副会长', '南川市慈善总会'), ('周宏伟', '副会长', '南川市慈善总会'), ('孙明远', '秘书长', '南川市慈善总会'), ('钱立德', '会长', '南川市慈善总会')], id='roster colon'),
    pytest.param('6月10日，南川市慈善总会召开第三届会员代表大会，选举钱立德为会长，吴志刚、周宏伟为副会长。', '', [('吴志刚', '副会长', '南川市慈善总会'), ('周宏伟', '副会长', '南川市慈善总会'), ('钱立德', '会长', '南川市慈善总会')], id='甲、乙为副会长'),
    pytest.param('6月10日，南川市慈善总会公布理事名单。\n姓名 | 职务 | 单位\n钱立德 | 会长 | 南川市慈善总会\n周宏伟 | 董事长 | 南川恒达实业有限公司\n', '', [('周宏伟', '董事长', '南川恒达实业有限公司'), ('钱立德', '会长', '南川市慈善总会')], id='table'),
    pytest.param('6月10日，吴志刚、周宏伟分别当选南川市慈善总会会长、秘书长。', '', [('吴志刚', '会长', '南川市慈善总会'), ('周宏伟', '秘书长', '南川市慈善总会')], id='分别'),
    pytest.param('钱立德，男，1965年生，南川人。现任南川市慈善总会会长。', '', [('钱立德', '会长', '南川市慈善总会')], id='profile 现任'),
    pytest.param('6月10日，本会会长钱立德带队走访南川恒达实业有限公司。', '南川市慈善总会', [('钱立德', '会长', '南川市慈善总会')], id='本会'),
    pytest.param('6月10日，我会秘书长孙明远出席活动。', '南川市慈善总会', [('孙明远', '秘书长', '南川市慈善总会')], id='我会'),
    pytest.param('6月10日，南川市慈善总会原会长钱立德出席活动。', '', [('钱立德', '会长', '南川市慈善总会')], id='原 former'),
    pytest.param('6月10日，南川市慈善总会召开会议。（记者 钱立德 通讯员 孙明远）', '', [], id='byline'),
    pytest.param('6月10日，南川市民政局一级巡视员吴志刚、二级调研员孙明远出席。', '', [('吴志刚', '一级巡视员', '南川市民政局'), ('孙明远', '二级调研员', '南川市民政局')], id='gov rank'),
    pytest.param('6月10日，南川市民政局慈善事业促进科一级主任科员孙明远介绍情况。', '', [('孙明远', '一级主任科员', '南川市民政局慈善事业促进科')], id='主任科员'),
    pytest.param('6月10日，南川市纪委监委驻南川市民政局纪检监察组组长孙明远出席。', '', [('孙明远', '组长', '南川市纪委监委驻南川市民政局纪检监察组')], id='纪检监察组'),
    pytest.param('6月10日，南川市公安局交警支队支队长吴志刚、政委孙明远出席。', '', [('吴志刚', '支队长', '南川市公安局交警支队'), ('孙明远', '政委', '南川市公安局交警支队')], id='police'),
    pytest.param('6月10日，南川市消防救援支队东城大队大队长吴志刚、教导员孙明远带队参加演练。', '', [('吴志刚', '大队长', '南川市消防救援支队东城大队'), ('孙明远', '教导员', '南川市消防救援支队东城大队')], id='fire 大队长 教导员'),
    pytest.param('6月10日，南川恒达实业有限公司执行董事吴志刚、首席执行官周宏伟出席签约仪式。', '', [('吴志刚', '执行董事', '南川恒达实业有限公司'), ('周宏伟', '首席执行官', '南川恒达实业有限公司')], id='company 执行董事 CEO'),
    pytest.param('6月10日，南川明理律师事务所合伙人孙明远作讲座。', '', [('孙明远', '合伙人', '南川明理律师事务所')], id='law partner'),
    pytest.param('6月10日，南川市第一中学校长吴志刚、副校长周宏伟出席。', '', [('吴志刚', '校长', '南川市第一中学'), ('周宏伟', '副校长', '南川市第一中学')], id='school'),
    pytest.param('6月10日，南川大学社会工作系主任孙明远作报告。', '', [('孙明远', '主任', '南川大学社会工作系')], id='系主任'),
    pytest.param('6月10日，南川市人民医院院长吴志刚、护士长周宏伟参加义诊。', '', [('吴志刚', '院长', '南川市人民医院'), ('周宏伟', '护士长', '南川市人民医院')], id='hospital'),
    pytest.param('6月10日，南川广播电视台台长吴志刚、南川日报社总编辑孙明远出席。', '', [('吴志刚', '台长', '南川广播电视台'), ('孙明远', '总编辑', '南川日报社')], id='media'),
    pytest.param('6月10日，南川市佛教协会会长、南川灵泉寺住持释明觉法师出席。', '', [('释明觉', '会长', '南川市佛教协会'), ('释明觉', '住持', '南川灵泉寺')], id='religious'),
    pytest.param('6月10日，南川军分区司令员吴志刚、政治委员孙明远出席。', '', [('吴志刚', '司令员', '南川军分区'), ('孙明远', '政治委员', '南川军分区')], id='army'),
    pytest.param('6月10日，南川市青石镇溪头村党支部书记、村委会主任孙明远介绍情况。', '', [('孙明远', '主任', '南川市青石镇溪头村村委会'), ('孙明远', '书记', '南川市青石镇溪头村党支部')], id='village'),
    pytest.param('6月10日，南川市人民政府办公室副主任吴志刚出席。', '', [('吴志刚', '副主任', '南川市人民政府办公室')], id='副主任 of 办'),
    pytest.param('6月10日，南川市慈善总会举行年会。南川市慈善总会副会长、南川恒达实业有限公司董事长周宏伟致辞。', '', [('周宏伟', '副会长', '南川市慈善总会'), ('周宏伟', '董事长', '南川恒达实业有限公司')], id='title name caption comma'),
    pytest.param('6月10日，南川市慈善总会举行年会。周宏伟，南川恒达实业有限公司董事长，向大会作报告。', '', [('周宏伟', '董事长', '南川恒达实业有限公司')], id='name，title'),
    pytest.param('6月10日，吴志刚作为南川市慈善总会副会长出席会议。', '', [('吴志刚', '副会长', '南川市慈善总会')], id='作为'),
    pytest.param('6月10日，周宏伟是南川恒达实业有限公司董事长，多年来热心公益。', '', [('周宏伟', '董事长', '南川恒达实业有限公司')], id='是…的'),
    pytest.param('6月10日，南川市民政局党组决定，任命孙明远为南川市民政局慈善事业促进科科长。', '', [('孙明远', '科长', '南川市民政局慈善事业促进科')], id='任命'),
    pytest.param('南川市慈善总会会长钱立德、副会长吴志刚、秘书长孙明远出席。', '', [('吴志刚', '副会长', '南川市慈善总会'), ('孙明远', '秘书长', '南川市慈善总会'), ('钱立德', '会长', '南川市慈善总会')], id='list 分别 same body'),
    pytest.param('出席活动的有南川市慈善总会会长钱立德，南川恒达实业有限公司董事长周宏伟等。', '', [('周宏伟', '董事长', '南川恒达实业有限公司'), ('钱立德', '会长', '南川市慈善总会')], id='name with title in middle of list'),
    pytest.param('6月10日，国家一级演员周宏伟、南川大学教授吴志刚出席。', '', [('吴志刚', '教授', '南川大学')], id='honour title none'),
    pytest.param('6月10日，南川市人民医院心内科主任医师吴志刚参加义诊。', '', [('吴志刚', '主任医师', '南川市人民医院')], id='主任医师'),
    pytest.param('6月10日，南川市人民医院骨科主任吴志刚参加义诊。', '', [('吴志刚', '主任', '南川市人民医院骨科')], id='科主任'),
    pytest.param('6月10日，吴志刚副市长出席活动。', '', [], id='name title no org'),
    pytest.param('6月10日，南川市慈善总会前任秘书长孙明远出席。', '', [('孙明远', '秘书长', '南川市慈善总会')], id='former 前任'),
    pytest.param('2019年，时任南川市慈善总会会长钱立德带队考察。', '', [('钱立德', '会长', '南川市慈善总会')], id='时任'),
    pytest.param('南川市慈善总会：会长钱立德，秘书长孙明远。', '', [('孙明远', '秘书长', '南川市慈善总会'), ('钱立德', '会长', '南川市慈善总会')], id='已退休 name:title'),
    pytest.param('6月10日，新一届理事会由钱立德出任南川市慈善总会会长。', '', [('钱立德', '会长', '南川市慈善总会')], id='由…出任'),
    pytest.param('6月10日，钱立德当选南川市慈善总会第三届理事会会长。', '', [('钱立德', '会长', '南川市慈善总会')], id='当选 no 为'),
    pytest.param('6月10日，周宏伟被聘为南川市慈善总会名誉会长。', '', [('周宏伟', '名誉会长', '南川市慈善总会')], id='被聘为'),
    pytest.param('6月10日，孙明远调任南川市民政局副局长。', '', [('孙明远', '副局长', '南川市民政局')], id='升任/调任'),
    pytest.param('2023年，南川市慈善总会副秘书长孙明远挂职南川县民政局副局长。', '', [('孙明远', '副秘书长', '南川市慈善总会'), ('孙明远', '副局长', '南川县民政局')], id='挂职 a post at the host body'),
    pytest.param('2023年，孙明远到南川县挂职锻炼。', '', [], id='挂职锻炼 names no post'),
    pytest.param('南川市慈善总会会长钱立德，副会长吴志刚，秘书长孙明远等出席。', '', [('吴志刚', '副会长', '南川市慈善总会'), ('孙明远', '秘书长', '南川市慈善总会'), ('钱立德', '会长', '南川市慈善总会')], id='title name，title name comma list'),
    pytest.param('6月10日，南川市慈善总会召开会长会议，钱立德（会长）、孙明远（秘书长）出席。', '', [('孙明远', '秘书长', '南川市慈善总会'), ('钱立德', '会长', '南川市慈善总会')], id='name（title） bare with body before'),
    pytest.param('南川市慈善总会第三届理事会名单\n钱立德\u3000会长\n孙明远\u3000秘书长\n', '', [('孙明远', '秘书长', '南川市慈善总会'), ('钱立德', '会长', '南川市慈善总会')], id='roster 甲 title'),
    pytest.param('6月10日，南川市第一中学高三（2）班班主任周宏伟介绍了学生情况。', '', [], id='school 班主任'),
    pytest.param('6月10日，南川市慈善总会副会长兼秘书长孙明远出席。', '', [('孙明远', '副会长', '南川市慈善总会'), ('孙明远', '秘书长', '南川市慈善总会')], id='兼 compound'),
    pytest.param('6月10日，钱立德以南川恒达实业有限公司董事局主席的身份作了主旨演讲。', '', [('钱立德', '董事局主席', '南川恒达实业有限公司')], id='by 以…的身份'),
    pytest.param('6月10日，周宏伟身为南川恒达实业有限公司董事长，多年来热心公益。', '', [('周宏伟', '董事长', '南川恒达实业有限公司')], id='身为'),
    pytest.param('6月10日，吴志刚作为南川市慈善总会会长候选人作表态发言。', '', [], id='作为 a candidate'),
    pytest.param('6月10日，吴志刚以南川市慈善总会会长为榜样。', '', [], id='以 no capacity'),
    pytest.param('6月10日，南川恒达实业有限公司经研究决定聘请吴志刚为顾问。', '', [('吴志刚', '顾问', '南川恒达实业有限公司')], id='body appoints: 经研究决定聘请'),
    pytest.param('6月10日，南川市民政局任命孙明远为科长。', '', [('孙明远', '科长', '南川市民政局')], id='body appoints: 任命 bare title'),
    pytest.param('6月10日，南川市慈善总会聘请吴志刚为南川市爱心基金会顾问。', '', [('吴志刚', '顾问', '南川市爱心基金会')], id='body appoints to another body'),
    pytest.param('6月10日，湖州市纪委监委派驻湖州市民政局纪检监察组组长孙明远出席。', '', [('孙明远', '组长', '湖州市纪委监委派驻湖州市民政局纪检监察组')], id='stationed unit full names'),
    pytest.param('6月10日，江西省纪委监委驻江西省民政厅纪检监察组组长孙明远出席。', '', [('孙明远', '组长', '江西省纪委监委驻江西省民政厅纪检监察组')], id='stationed unit 驻, province'),
    pytest.param('6月10日，南川越剧团国家一级演员钱立德演唱选段。', '', [('钱立德', '国家一级演员', '南川越剧团')], id='grade at a troupe'),
    pytest.param('6月10日，国家一级演员钱立德、主持人孙明远出席。', '', [], id='grade with no body'),
    pytest.param('晚会由南川电视台主持人钱立德、吴志刚主持。', '', [('吴志刚', '主持人', '南川电视台'), ('钱立德', '主持人', '南川电视台')], id='hosts of a station, a list'),
    pytest.param('6月10日，南川恒信拍卖有限公司拍卖师钱立德执槌。', '', [('钱立德', '拍卖师', '南川恒信拍卖有限公司')], id='auctioneer of a house'),
    pytest.param('6月10日，南川文化馆馆员钱立德授课。', '', [('钱立德', '馆员', '南川文化馆')], id='馆员 of a 文化馆'),
    pytest.param('6月10日，南川市第一中学教师钱立德、吴志刚出席。', '', [('吴志刚', '教师', '南川市第一中学'), ('钱立德', '教师', '南川市第一中学')], id='teachers of a school, a list'),
    pytest.param('6月10日，南川广播电视台台长吴志刚出席。', '', [('吴志刚', '台长', '南川广播电视台')], id='station head'),
    pytest.param('6月10日，南川市人民医院主任护师钱立德参加义诊。', '', [('钱立德', '主任护师', '南川市人民医院')], id='nursing grade'),
    pytest.param('6月10日，南川市实验幼儿园园长钱立德介绍情况。', '', [('钱立德', '园长', '南川市实验幼儿园')], id='kindergarten head'),
    pytest.param('周宏伟：南川恒达实业有限公司董事长', '', [('周宏伟', '董事长', '南川恒达实业有限公司')], id='a line of a name, a colon, a body and its title'),
    pytest.param('钱立德说：南川市慈善总会会长要带头。', '', [], id='a colon after a verb of saying opens no title'),
    pytest.param('6月10日，南川驻村工作队队长兼驻村第一书记于海波发言。', '', [('于海波', '队长', '南川驻村工作队'), ('于海波', '第一书记', '南川驻村工作队')], id='驻村 before the second title'),
    pytest.param('6月10日，中慈公益信息服务中心贵州地区项目主管杨帆出席。', '', [('杨帆', '项目主管', '中慈公益信息服务中心')], id='a region between the body and its title'),
    pytest.param('6月10日，南川恒达实业有限公司浙江区域总监钱立德出席。', '', [('钱立德', '总监', '南川恒达实业有限公司')], id='a province and 区域 between the body and its title'),
    # a caption's lead (图为, 上图：, ▲), the name, where the person stands, then a space or a comma before the body and title
    pytest.param('6月10日，南川市慈善总会举行捐赠仪式。\n▲周宏伟 南川恒达实业有限公司总经理\n', '', [('周宏伟', '总经理', '南川恒达实业有限公司')], id='caption ▲ name space title'),
    pytest.param('6月10日，南川市慈善总会举行捐赠仪式。\n图为周宏伟（右二），南川恒达实业有限公司总经理。\n', '', [('周宏伟', '总经理', '南川恒达实业有限公司')], id='caption name（右二），title'),
    pytest.param('6月10日，南川市慈善总会举行捐赠仪式。\n上图：钱立德（前排左三）\u3000南川市慈善总会会长\n', '', [('钱立德', '会长', '南川市慈善总会')], id='caption 上图： name（前排左三） title'),
    pytest.param('6月10日，南川市慈善总会举行捐赠仪式。\n▲钱立德（左） 南川市慈善总会会长、南川恒达实业有限公司董事长\n', '', [('钱立德', '会长', '南川市慈善总会'), ('钱立德', '董事长', '南川恒达实业有限公司')], id='caption name two bodies'),
    pytest.param('6月10日，南川市慈善总会举行捐赠仪式。\n图为签约现场，南川市慈善总会会长讲话\n', '', [], id='caption of a scene names no one'),
    # an appositive: the name set off by commas before a body and its titles that close the clause
    pytest.param('6月10日，南川市慈善总会举行年会。会上，周宏伟，南川恒达实业有限公司董事长，介绍了公司的公益项目。', '', [('周宏伟', '董事长', '南川恒达实业有限公司')], id='clause lead，name，title，'),
    pytest.param('周宏伟，南川恒达实业有限公司董事长、南川市慈善总会副会长，多年来热心公益。', '', [('周宏伟', '董事长', '南川恒达实业有限公司'), ('周宏伟', '副会长', '南川市慈善总会')], id='name，two bodies，'),
    pytest.param('孙明远，南川市民政局党组成员、副局长，出席并讲话。', '', [('孙明远', '党组成员', '南川市民政局'), ('孙明远', '副局长', '南川市民政局')], id='name，chain of one body，'),
    pytest.param('出席活动的嘉宾：钱立德，南川市慈善总会会长；周宏伟，南川恒达实业有限公司董事长。', '', [('钱立德', '会长', '南川市慈善总会'), ('周宏伟', '董事长', '南川恒达实业有限公司')], id='guests：name，title；name，title'),
    pytest.param('钱立德为南川市慈善总会会长、南川恒达实业有限公司董事长，长期热心公益。', '', [('钱立德', '会长', '南川市慈善总会'), ('钱立德', '董事长', '南川恒达实业有限公司')], id='为 two bodies'),
    pytest.param('6月10日，南川市慈善总会副会长周宏伟，南川恒达实业有限公司董事长钱立德出席。', '', [('周宏伟', '副会长', '南川市慈善总会'), ('钱立德', '董事长', '南川恒达实业有限公司')], id='title name，title name is no appositive'),
    # scientists' and engineers' titles and grades at the body named with them; an academician's 院士 is an honour
    pytest.param('6月10日，南川恒达实业有限公司首席科学家、教授级高级工程师钱立德作报告。', '', [('钱立德', '首席科学家', '南川恒达实业有限公司'), ('钱立德', '教授级高级工程师', '南川恒达实业有限公司')], id='chief scientist and engineer grade'),
    pytest.param('6月10日，南川光电研究院首席研究员孙明远、南川恒达实业有限公司副总工程师吴志刚出席。', '', [('孙明远', '首席研究员', '南川光电研究院'), ('吴志刚', '副总工程师', '南川恒达实业有限公司')], id='chief researcher, deputy chief engineer'),
    pytest.param('6月10日，中国科学院院士、南川大学材料学院教授钱立德作报告。', '', [('钱立德', '教授', '南川大学材料学院')], id='academician is an honour'),
    pytest.param('6月10日，南川大学社会学院教授、博士生导师孙明远作报告。', '', [('孙明远', '教授', '南川大学社会学院')], id='supervisor is no post'),
    # judges, prosecutors, teachers, residents, coaches and neighbourhood heads at the body written before them
    pytest.param('6月10日，南川市中级人民法院审判员钱立德、南川市人民检察院检察官孙明远为学生讲授法治课。', '', [('钱立德', '审判员', '南川市中级人民法院'), ('孙明远', '检察官', '南川市人民检察院')], id='judge and prosecutor'),
    pytest.param('6月10日，南川市第一中学高级教师钱立德、南川市教育局教研员孙明远授课。', '', [('钱立德', '高级教师', '南川市第一中学'), ('孙明远', '教研员', '南川市教育局')], id='teacher grade and 教研员'),
    pytest.param('6月10日，南川市第一中学特级教师钱立德授课。', '', [], id='特级教师 is an honour'),
    pytest.param('6月10日，南川大学附属医院住院医师钱立德、规培医生孙明远参加义诊。', '', [('钱立德', '住院医师', '南川大学附属医院')], id='resident doctor, trainee none'),
    pytest.param('6月10日，南川足球俱乐部主教练钱立德、领队孙明远出席。', '', [('钱立德', '主教练', '南川足球俱乐部'), ('孙明远', '领队', '南川足球俱乐部')], id='coach and team leader'),
    pytest.param('6月10日，南川市青石街道溪头社区网格长钱立德、楼组长孙明远上门走访。', '', [('钱立德', '网格长', '南川市青石街道溪头社区'), ('孙明远', '楼组长', '南川市青石街道溪头社区')], id='grid and building heads'),
    pytest.param('6月10日，南川日报社主任记者钱立德出席。', '', [('钱立德', '主任记者', '南川日报社')], id='newsroom grade'),
    pytest.param('6月10日，南川基督教堂主任牧师孙明远出席，西园清真寺纳某阿訇致辞。', '', [('孙明远', '主任牧师', '南川基督教堂')], id='a church post, a cleric honorific none'),
    # 是: the name opens its clause and the titles close it
    pytest.param('据介绍，周宏伟是南川恒达实业有限公司董事长、南川市慈善总会副会长。', '', [('周宏伟', '董事长', '南川恒达实业有限公司'), ('周宏伟', '副会长', '南川市慈善总会')], id='是 two bodies'),
    pytest.param('周宏伟是南川恒达实业有限公司董事长的女儿，多年来热心公益。', '', [], id='是 … 的 another person'),
    pytest.param('周宏伟是南川市慈善总会会长候选人。', '', [], id='是 a candidate'),
    # the workplace frame: a name, 在 and the body, then a verb of holding a post and its titles
    pytest.param('6月10日，钱立德在南川市民政局任副局长。', '', [('钱立德', '副局长', '南川市民政局')], id='在…任'),
    pytest.param('2015年，钱立德在南川恒达实业有限公司担任总经理、董事。', '', [('钱立德', '总经理', '南川恒达实业有限公司'), ('钱立德', '董事', '南川恒达实业有限公司')], id='在…担任 two titles'),
    pytest.param('钱立德曾在南川市慈善总会担任秘书长。', '', [('钱立德', '秘书长', '南川市慈善总会')], id='曾在…担任'),
    pytest.param('钱立德现在南川市慈善总会工作，任副秘书长。', '', [('钱立德', '副秘书长', '南川市慈善总会')], id='现在…工作，任'),
    pytest.param('毕业后，钱立德在南川恒达实业有限公司任职，先后担任部门经理、副总经理。', '', [], id='先后担任 says no current post'),
    pytest.param('钱立德在南川恒达实业有限公司任财务部经理。', '', [], id='在…任 a department'),
    pytest.param('6月10日，南川市慈善总会在南川宾馆召开理事会，会长钱立德主持。', '', [('钱立德', '会长', '南川市慈善总会')], id='在 a venue'),
    # a roster under a heading that names its body, the page's meeting being another body's
    pytest.param('6月10日，南川市红十字会召开理事会。\n南川市慈善总会第三届理事会名单：\n钱立德\u3000会长\n孙明远\u3000秘书长\n', '', [('钱立德', '会长', '南川市慈善总会'), ('孙明远', '秘书长', '南川市慈善总会')], id='roster under a heading of another body'),
    pytest.param('6月10日，南川市红十字会召开理事会。\n南川市慈善总会第三届理事会领导成员\n会长\u3000钱立德\n秘书长\u3000孙明远\n', '', [('钱立德', '会长', '南川市慈善总会'), ('孙明远', '秘书长', '南川市慈善总会')], id='roster title first under a heading'),
    # mental-health and child-welfare trades and posts at the body written before them
    pytest.param('6月10日，南川市精神卫生中心心理治疗师钱立德、南川市第二人民医院护士孙明远发言。', '', [('钱立德', '心理治疗师', '南川市精神卫生中心'), ('孙明远', '护士', '南川市第二人民医院')], id='therapist and nurse'),
    pytest.param('6月10日，南川市第二人民医院心理治疗师、国家二级心理咨询师钱立德授课。', '', [('钱立德', '心理治疗师', '南川市第二人民医院')], id='therapist, a counsellor qualification none'),
    pytest.param('6月10日，三岗村儿童之家儿童主任钱立德、怀远县民政局儿童督导员孙明远发言。', '', [('钱立德', '儿童主任', '三岗村儿童之家'), ('孙明远', '儿童督导员', '怀远县民政局')], id='child-welfare posts'),
    pytest.param('欧阳立德（男，南川市第三人民医院退休护士）', '', [], id='a retired nurse holds no post'),
    # rosters laid out as tables and lists: a title heading over a table, a section row, a team's roster
    pytest.param('附：南川市慈善总会第三届理事会名单\n理　事（按姓氏笔画为序）：\n| 姓名 | 工作单位 |\n| 钱立德 | 南川市民政局局长 |\n| 周宏伟 | 南川恒达实业有限公司 |\n', '', [('钱立德', '理事', '南川市慈善总会'), ('钱立德', '局长', '南川市民政局'), ('周宏伟', '理事', '南川市慈善总会')], id='title heading over a table'),
    pytest.param('附：南川市慈善总会第三届理事会名单\n姓名 工作单位及职务\n会长\n钱立德 南川市民政局原局长\n副会长\n周宏伟 南川恒达实业有限公司董事长\n', '', [('钱立德', '会长', '南川市慈善总会'), ('钱立德', '局长', '南川市民政局'), ('周宏伟', '副会长', '南川市慈善总会'), ('周宏伟', '董事长', '南川恒达实业有限公司')], id='section rows of a page table'),
    pytest.param('南川市慈善总会第三届理事会名单\n序号 姓名 单位 职务\n1 钱立德 南川恒达实业有限公司 董事长\n2 周宏伟 总经理\n', '', [('钱立德', '董事长', '南川恒达实业有限公司'), ('周宏伟', '总经理', '南川恒达实业有限公司')], id='unit cell merged over two rows'),
    pytest.param('附：南川市援藏医疗队队员名单\n领　队：钱立德（南川市人民医院副院长）\n队　员：\n周宏伟（南川市中医院护士长）\n孙明远\n', '', [('钱立德', '领队', '南川市援藏医疗队'), ('钱立德', '副院长', '南川市人民医院'), ('周宏伟', '队员', '南川市援藏医疗队'), ('周宏伟', '护士长', '南川市中医院'), ('孙明远', '队员', '南川市援藏医疗队')], id='team roster'),
]


@pytest.mark.parametrize(("body", "publisher", "expected"), CASES)
def test_a_shape_of_a_post_gives_exactly_its_positions(body: str, publisher: str, expected: list[tuple[str, str, str]]) -> None:
    assert _positions(body, publisher) == set(expected)


# A person's career chain (生平, 简历, a profile, an obituary's opening): each title in its body, a body carried over the
# titles after it until another body starts, a bureau's head's title and party group in the bureau a unit's name opens
# with, an item naming a place and no body skipped, the heads 历任/曾任/先后任/曾先后担任/生前系/退休前任/离休前任, a year
# before the verb, 是某会第一、二届理事会会长，原某会副主任; and what names no post of the subject (其父, workplaces, 的客户)
CAREER_CASES = [
    pytest.param('钱立德，男，1958年生。历任德清县民政局科员、副科长，湖州市民政局社会救助处处长、副局长、党组成员，湖州市吴兴区区委常委等职。', [('钱立德', '党组成员', '湖州市民政局'), ('钱立德', '副局长', '湖州市民政局'), ('钱立德', '副科长', '德清县民政局'), ('钱立德', '处长', '湖州市民政局社会救助处'), ('钱立德', '常委', '湖州市吴兴区区委'), ('钱立德', '科员', '德清县民政局')], id='历任 carried body, unit then bureau'),
    pytest.param('周宏伟同志1985年参加工作，先后任德清县财政局副局长、局长，德清县人民政府副县长、县长，德清县委书记。', [('周宏伟', '书记', '德清县委'), ('周宏伟', '副县长', '德清县人民政府'), ('周宏伟', '副局长', '德清县财政局'), ('周宏伟', '局长', '德清县财政局')], id='先后任 gov and party'),
    pytest.param('孙明远同志曾任湖州市委组织部部长、湖州市民政局党组书记。', [('孙明远', '党组书记', '湖州市民政局'), ('孙明远', '部长', '湖州市委组织部')], id='同志曾任'),
    pytest.param('孙明远曾任湖州市纪委副书记、湖州市委组织部部长、湖州市民政局党组书记。', [('孙明远', '党组书记', '湖州市民政局'), ('孙明远', '部长', '湖州市委组织部')], id='place glued title skipped'),
    pytest.param('钱立德，男，1958年生。历任高邮县民政局局长、扬州市副市长、扬州市慈善总会会长。', [('钱立德', '会长', '扬州市慈善总会'), ('钱立德', '局长', '高邮县民政局')], id='a place office item skipped'),
    pytest.param('钱立德同志生前系湖州市第一中学校长、湖州市教育局副局长。', [('钱立德', '副局长', '湖州市教育局'), ('钱立德', '校长', '湖州市第一中学')], id='生前系'),
    pytest.param('周宏伟同志退休前任湖州市人民医院院长、党委书记。', [('周宏伟', '党委书记', '湖州市人民医院'), ('周宏伟', '院长', '湖州市人民医院')], id='退休前任'),
    pytest.param('钱立德离休前任湖州市人大常委会副主任。', [('钱立德', '副主任', '湖州市人大常委会')], id='离休前任'),
    pytest.param('吴志刚同志曾先后担任湖州恒达实业有限公司总经理、董事长。', [('吴志刚', '总经理', '湖州恒达实业有限公司'), ('吴志刚', '董事长', '湖州恒达实业有限公司')], id='曾先后担任 company'),
    pytest.param('周宏伟同志是湖州市慈善总会第一、二届理事会会长，原湖州市人大常委会副主任，今年6月在湖州病逝。', [('周宏伟', '会长', '湖州市慈善总会'), ('周宏伟', '副主任', '湖州市人大常委会')], id='是…第一、二届理事会会长，原…'),
    pytest.param('钱立德同志是湖州市慈善总会首任会长，曾任湖州市政协副主席、湖州市妇联主席，2026年3月因病逝世。', [('钱立德', '主席', '湖州市妇联'), ('钱立德', '会长', '湖州市慈善总会'), ('钱立德', '副主席', '湖州市政协')], id='是…首任会长，曾任…'),
    pytest.param('钱立德同志1926年9月出生于浙江德清，原湖州市人民政府副市长，是湖州市慈善总会的创始会长。', [('钱立德', '会长', '湖州市慈善总会'), ('钱立德', '副市长', '湖州市人民政府')], id='profile: 原…，是…的创始会长'),
    pytest.param('周宏伟同志1978年起任德清县民政局局长，1984年任德清县副县长，1990年起任湖州市慈善总会秘书长。', [('周宏伟', '局长', '德清县民政局'), ('周宏伟', '秘书长', '湖州市慈善总会')], id='year-led 起任 lines'),
    pytest.param('钱立德同志生前系湖州市慈善总会会员。', [], id='生前系 member: no post'),
    pytest.param('吴志刚，男，1960年生，德清人。其父曾任德清县民政局局长、德清县副县长。吴志刚现任湖州市慈善总会副会长。', [('吴志刚', '副会长', '湖州市慈善总会')], id='其父: not the subject'),
    pytest.param('孙明远同志先后在湖州市民政局、湖州市财政局工作。', [], id='workplaces without titles'),
    pytest.param('周宏伟同志是湖州恒达实业有限公司的客户，也是湖州市慈善总会的志愿者。', [], id='是…的客户 no post'),
    pytest.param('周宏伟同志是湖州市慈善总会会长钱立德的女儿。', [('钱立德', '会长', '湖州市慈善总会')], id='是…的女儿 no post'),
    pytest.param('孙明远同志曾任湖州军分区司令员、政治委员，湖州市民政局局长。', [('孙明远', '司令员', '湖州军分区'), ('孙明远', '局长', '湖州市民政局'), ('孙明远', '政治委员', '湖州军分区')], id='army 司令员 政治委员'),
    pytest.param('吴志刚同志历任湖州市第一中学副校长、校长，湖州市教育局局长。', [('吴志刚', '副校长', '湖州市第一中学'), ('吴志刚', '局长', '湖州市教育局'), ('吴志刚', '校长', '湖州市第一中学')], id='school then bureau'),
]


@pytest.mark.parametrize(("body", "expected"), CAREER_CASES)
def test_a_career_chain_gives_each_title_its_body(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _positions(body) == set(expected)
