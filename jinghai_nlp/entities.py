"""Rule-based entities: PLACE, INSTITUTION, PROJECT and DATE (the rules-only baseline).

Rules generalise through the gazetteer (every division of China, full and short
names), head nouns (``data/heads.json``: 经开区, 大学, 工程 …) with a left extension
over name-like tokens, quoted names (“海河英才”行动计划), government bodies (区委,
市政府, 区人大常委会) and date patterns. Fixed political formulae (中国式现代化, 党的二十大)
are masked first, as the guide says they contain no entities.
"""

from __future__ import annotations

import bisect
import itertools
import json
import os
import re
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from .gazetteer import Gazetteer
from .quantities import unit_table
from .textscan import first_of, last_of
from .types import Entity

TokenSpan = tuple[str, int, int]


def _anchored(first: str, source: str) -> re.Pattern[str]:
    """``source`` compiled to be tried only where its first character can stand (``first``, a
    character class): the same matches, without trying every alternative at every offset of a
    long text (tests/test_entities.py checks each against ``source`` alone on corpora/)."""
    return re.compile(f"(?={first})(?:{source})")


FORMULAE = re.compile(
    r"习近平新时代中国特色社会主义思想|中国特色社会主义|中国式现代化|中华民族伟大复兴|具有中国特色的|"
    r"党的[一二三四五六七八九十]+大|二十届[^\n，。、]{0,8}全会|中央[\u4e00-\u9fff]{2,4}?工作会议|中央八项规定|"
    r"习近平总书记|全面建设社会主义现代化国家|中华优秀传统文化|“?[\u4e00-\u9fff]{0,2}(?:枫桥|浦江)经验”?|"
    # national policy slogans (DECISIONS.md): no place inside 绿水青山就是金山银山, 山水林田湖草沙
    r"绿水青山就是金山银山|山水林田湖草?沙?|"
    # national strategies named after the country: 美丽中国, 法治中国, 平安中国, 健康中国, 数字中国, 中国梦
    r"(?:美丽|法治|平安|健康|数字)中国(?!行动)|(?:伟大)?中国梦|"
    # a disease and a fixed phrase of care named with a place or a 社区 inside: no entity
    r"非洲猪瘟|居家和社区|人均公园绿地|"
    # meetings are fixed formulae too: 区委三届十二次全会, 市委九届七次八次全会, 中央和省委经济工作会议
    r"(?:自治区党委|[省市区县州旗盟]委)[一二三四五六七八九十]+届(?:[一二三四五六七八九十]+次|历次|、)*(?:全会|全体会议)|"
    r"(?:中央和)?(?:自治区党委|[省市区县州旗盟]委)(?:经济工作会议|全会)|第[一二三四五六七八九十]+次党代会|"
    # the session a report is given at (header): 第三届人民代表大会第七次会议, 第十四届人民代表大会第二次会议
    r"第[一二三四五六七八九十]+届人民代表大会(?:常务委员会)?第[一二三四五六七八九十]+次(?:全体)?会议|"
    r"[省市区县州旗盟]?[一二三四五六七八九十]+届人大[一二三四五六七八九十]+次(?:全体)?会议"  # 州十二届人大二次会议
)
# … and the division whose congress it is, written before the session's name (header: 在天津市静海区
# 第三届人民代表大会第七次会议上): part of the formula
_CONGRESS_AFTER = re.compile(r"\s*第[一二三四五六七八九十]+届人民代表大会")
CN_NUM = "零〇一二两三四五六七八九十百"
DATE_SOURCE = (
    r"(?:\d{4}[—\-–~至到]\d{4}年)"  # a plan's span: （2021—2035年）
    r"|(?:到|至|截至|自)?(?:\d{4}|[二〇一二三四五六七八九零]{4})年"
    r"(?:\d{1,2}[-—–至]\d{1,2}月|\d{1,2}月(?:\d{1,2}日|底)?|底|末|初|前|上半年|下半年|年底|度)?"
    r"(?:[—\-至到~](?:\d{4}年))?(?:底前|前|以来|至今)?"
    r"|\d{1,2}月\d{1,2}日"
    r"|(?:到|至)?“?十[一二三四五六七八九]五”?(?:时期|期间|中期|末|初|以来|规划期)?"
    r"|今明两年|明后两年|今冬明春|岁末年初|今年(?:以来|上半年|下半年|年底前|底前|年底|底)?|明年|去年(?:底|末)?|前年|全年|年内|年底前|年底|年末|"
    r"年初(?:以来)?|上半年|下半年|(?:到|至)?本世纪中叶|"
    rf"(?:刚刚)?过去(?:的)?(?:一|五|[{CN_NUM}]|\d{{1,2}})年|这五年|这一年|五年来|一年来|[{CN_NUM}\d]{{1,2}}年(?:内|来|间|时间|左右)"
    rf"|(?:未来|今后)[{CN_NUM}\d]{{1,2}}年|近[{CN_NUM}\d]{{1,2}}年来?|新的一年|近年来|上年度|上年|当年|[前第]?[一二三四]季度(?:末|以来)?|(?<![\d.])\d{{1,2}}[-—–]\d{{1,2}}月"
    # a month alone (10月全线通车); not a month count (6个月) nor part of a date or a number
    r"|(?<![\d.年个])(?:1[0-2]|[1-9])月(?:底前|底|前|初|中旬|上旬|下旬|份)?(?!\d)"
)
# the characters a date can begin with (DATE_SOURCE's alternatives: digits, 到/至/截至/自, numerals,
# “十四五”, 今年, 岁末, 去年, 全年, 年底, 上半年, 本世纪, 刚刚过去, 这五年, 未来, 近年来, 新的一年, 当年, 第一季度)
DATE_FIRST = r"[\d到至截自二〇一三四五六七八九零两十百“今明岁去前全年上下本刚过这五未近新当第]"
DATE_RE = _anchored(DATE_FIRST, DATE_SOURCE)
_PROGRAMME_NAME = (
    r"(?P<name>[^，。；：、\n“”《》（）()]{2,18}?"  # 服务业扩能提质
    r"|[^，。；：、\n“”《》（）()等]{2,16}(?:、[^，。；：、\n“”《》（）()等]{2,16}?)+"  # 铸魂、防渗、净土、夯基 (_parallel_items)
    r"|[^，。；：、\n“”《》（）()等]{0,12}“[^，。；\n“”]{1,14}”[^，。；：、\n“”《》（）()等]{0,8}?)"  # 技改转型“蝶变”
    r"(?:三年行动计划|行动计划|三年行动|攻坚行动|专项行动|专项整治|专项斗争|行动|工程|计划|试点)"
)
# what a report says of a programme after naming it: 国企改革三年行动圆满收官, …三年行动高效落实
_PROGRAMME_DONE = r"(?:圆满收官|通过国家验收|深入实施|全面铺开|接续实施|高效落实|有序推进|扎实推进|取得|成效)"
# a named programme introduced by its verb: 实施服务业扩能提质行动, 扎实推进营商环境优化提升三年行动;
# (PROGRAMME_OPENING_RE) or opening a clause that says what became of it: 国企改革三年行动圆满收官
_PROGRAMME_ADVERBS = (
    r"深入|全面|扎实|持续|继续|大力|积极|加快|统筹|着力|认真|有序|稳步|稳妥|稳慎|组织|常态化|纵深|全力|高标准"
)
_PROGRAMME_VERBS = r"实施|开展|推进|推动|启动|完成|深化|落实|抓好|实行"
PROGRAMME_RE = re.compile(
    rf"(?:^|(?<=[，。；：\n]))(?:{_PROGRAMME_ADVERBS})*"
    rf"(?:(?:{_PROGRAMME_VERBS})好?)+"
    r"(?:自治区|全社会|全市|全区|全省|全县|全州)?(?:新一轮|新一批|首批|一批)?"  # whose it is: not in the name
    + _PROGRAMME_NAME
    # 推进…机制试点工作: the work is not in the name; …2023行动和重点领域安全专项治理: another work after 和
    + r"(?=[，。；、\n]|和(?=[^，。；\n]{2,20}?(?:行动|工程|计划|试点|治理|整治))|(?:工作|建设|任务)(?:[，。；、\n]|圆满|顺利)|"
    + _PROGRAMME_DONE
    + ")",
    re.M,
)
# a pilot or programme a place is supported to run: 支持西昌、冕宁开展四川省县城新型城镇化建设试点
SUPPORTED_PILOT_RE = re.compile(
    r"支持[^，。；：\n]{2,12}?(?:开展|实施|推进)(?P<name>[^，。；：、\n“”《》（）()]{4,20}?(?:试点|行动|工程))(?=[，。；\n]|工作)"
)
PROGRAMME_OPENING_RE = re.compile(
    # not after its verb (PROGRAMME_RE), nor after a verb of the clause (巩固国企改革三年行动成效)
    rf"(?:^|(?<=[，。；：\n]))(?!{_PROGRAMME_ADVERBS}|{_PROGRAMME_VERBS}|巩固|提升|扩大|放大|发挥)"
    + _PROGRAMME_NAME
    + "(?="
    + _PROGRAMME_DONE
    + ")",
    re.M,
)
# national programmes named by a fixed phrase (train and dev gold: PROJECT): “一带一路”, “八五”普法, “东数西算”
# 工会 and 共青团 named in a list of the people's organisations (工会、共青团、妇联等人民团体); alone
# they are common words (基层工会)
MASS_ORGS = _anchored(
    "工会|共青团",
    r"(?<!基层)(?<!企业)(?<!行业)(?<!乡镇)(?<!社区)(?<!园区)(?<![总村])(?:工会|共青团)(?=、(?:共青团|妇联|工会|残联|科协|侨联))",
)
# a named inspection of the centre or the State Council (DECISIONS.md: the whole campaign is one
# PROJECT): 中央安全生产考核巡查, 国务院高质量发展综合督查, 中央脱贫攻坚专项巡视
CENTRAL_INSPECTIONS = re.compile(r"(?:中央|国务院)(?:(?![和及与、])[\u4e00-\u9fff]){2,10}?(?:巡查|督查|巡视)(?!组)")
NATIONAL_PROGRAMMES = _anchored(
    "[“一六七八九三爱中农二四五国第]",
    r"“一带一路”(?:倡议)?|一带一路|“?[六七八九]五”?普法|“东数西算”|三北防护林|爱国卫生运动|(?:中国)?农民丰收节|"
    r"“[二三四五六七]经普”|[二三四五六七]经普|“国土[二三四]调”|国土[二三四]调|"
    # the national pilot of extending land contracts (jinghai 2026: 第二轮土地承包延包30年试点,
    # huangshanqu 2024: 第二轮土地承包到期后再延长30年试点)
    r"第二轮土地承包(?:到期后)?(?:再延长|延包|延长)30年试点",
)
_SCHOOL_SUFFIX = re.compile(r"第?[一二三四五六七八九十]{1,2}中(?![心国华央学])|旅校|卫校|职校|技校|党校")
_NAMED_CAMPUS = re.compile(r"新?(?:校区|院区)|[\u4e00-\u9fff]{2}(?:校区|院区)")
_NUMBERED_SCHOOL = re.compile(
    r"(?<![城都超])[市区县州]第[一二三四五六七八九十]{1,3}(?:高级中学|初级中学|中学|小学|幼儿园|高中|初中|人民医院|中医院|医院)"
)
_SHARED_BY = frozenset(("中央、", "中央和"))
_COUNT_PREFIX = re.compile(r"[\d一二三四五六七八九十百]+(?:项|个)(?=[\u4e00-\u9fff])")
# words that name a sector before an industry word, not a company (高端装备, 化纤纺织)
_SECTOR_WORDS = frozenset(
    "高端 化纤 智能 新型 现代 先进 绿色 数字 智慧 精细 生物 航空 汽车 电子 光伏 海洋 低空".split()
)
_FIELDS_BEFORE = re.compile("领域|行业|产业")  # 树脂材料、化纤纺织等领域目标企业: fields, not names
_NOT_COMPANY_START = ("涉", "源网")  # 涉气、涉酸、涉危废等项目; 源网荷储: kinds of projects
_EDITION_ENDS = ("届", "首届")
_AMOUNT_BEFORE = re.compile(r"\d[万亿千百]?[\u4e00-\u9fff]{0,2}$")
_NAME_BEFORE_AMOUNT = re.compile(r"([\u4e00-\u9fff]{2,4}?)\d")
_QUOTE = re.compile(r"“[^”\n]{2,14}”")
_QUOTED_REGION = re.compile(r"“[^“”\n]{2,6}”(?:次区域|地区)")
_QUOTED_EVENTS = re.compile(r"((?:“[^”\n]{2,14}”、?){1,6})等[^，。；\n“”]{0,8}?(?:活动|赛事)")
_QUOTED_SERIES = re.compile(r"“[^”\n]{2,14}”系列(?:专项)?(?:活动|行动)")
# a campaign, contest or event named by a quoted slogan and what it is: “四进”宗教场所活动, “下基层、察
# 民情、解民忧、暖民心”实践活动, “皖美红色物业”建设三年行动, “海棠杯”创新创业大赛 (not a plan's document)
_QUOTED_CAMPAIGN = re.compile(
    r"“[^“”\n]{2,18}”(?:(?![和及与等的、])[\u4e00-\u9fff]){1,8}?"
    r"(?:实践活动|宣传活动|主题活动|演出活动|专项行动|三年行动|行动|大赛|活动)(?!方案|计划|体系|机制|模式|中|上|[的是])"
)
# a recurring event after its edition (guide §3: the ordinal is not part of the name): 第十五届湖北
# （潜江）龙虾节, 首届全民健身运动会, 第八届中国—亚欧博览会; the name ends at the first event word
_EDITION = re.compile(r"第[一二三四五六七八九十百\d]+届|首届")
EDITION_EVENT = re.compile(
    rf"(?:{_EDITION.pattern})(?P<name>[^，。；：、\n“”《》\s]{{0,20}}?"
    r"(?:运动会|运会|博览会|展销会|交易会|洽谈会|推介会|大会|峰会|论坛|艺术节|文化节|节|大赛|比赛|联赛|锦标赛|"
    r"马拉松|展演|(?<![发拓进开])展|文化周|音乐周|电影周|宣传周|实践月|评选活动))"
)
# a conference the government holds on a sector's development, after the verb that holds it:
# 召开全州工业发展大会, 召开推动民营经济高质量发展大会, 申办全省文化旅游发展大会 (the scope
# 全州/全省 is not part of the name)
DEVELOPMENT_CONFERENCE = re.compile(
    r"(?:召开|举办|承办|申办|办好|主办)(?:全[国省州市区县盟旗])?"
    r"(?!第)(?P<name>[\u4e00-\u9fff]{2,14}?发展大会)(?![\u4e00-\u9fff]{0,2}(?:精神|部署|要求))"
)
# a year the government names for a campaign: 深入开展“城市精细化管理年”, 围绕“消费促进年”,
# 深入开展改革系统集成攻坚突破年, 扎实开展四强能力作风提升年活动 (not 把今年作为…攻坚年, a
# year's theme, nor an anniversary, 中俄建交70周年)
CAMPAIGN_YEAR = re.compile(
    r"(?:开展|围绕|启动|实施)(?P<name>“[\u4e00-\u9fff]{2,12}(?<!周)年”|[\u4e00-\u9fff]{2,12}"
    r"(?:提升|攻坚|突破|促进|推进|管理|服务|建设|规范|效能|质量)年(?:活动|行动)?)(?=[，。；、和“]|活动)"
)
_NOT_EVENTS = frozenset(("人民代表大会", "代表大会", "大会", "节", "展", "比赛", "大赛"))
_KIND_HEADS = ("项目", "活动")  # 技改项目, 主题活动: a kind when one common word comes before
# an international event named by its scope and field, with or without a verb of hosting (世界智能大会,
# 中国国际工业博览会, 全球数字经济大会); not 全国 (全国奶业大会 is a meeting whose decisions are carried out)
# the verb of hosting after an event, or after the list it opens: 嘎拉村桃花节、鲁朗花海牧场节成功举办
_HOSTED_AFTER = re.compile(
    r"(?:、[^，。；：、\n]{2,24}?)*(?:等[^，。；：\n]{0,8}?)?(?:成功|圆满|顺利|相继|先后)?(?:举办|举行|召开|开幕)"
)
_WORLD_EVENT = re.compile(
    r"(?:世界|全球|国际|中国国际|亚洲|亚太|中国—东盟)[\u4e00-\u9fff]{2,10}(?:大会|论坛|峰会|博览会|交易会|锦标赛|大赛)"
)
_ABBREVIATED_EVENTS = frozenset(("博会", "交会", "洽会", "贸会", "青会", "运会"))
# an event's name ends at its event word: 系列活动 or 活动 after it is the programme around it
# (中国农民丰收节系列活动, 农业嘉年华活动, 一山一河文化旅游节活动 → …节, …嘉年华)
_EVENT_THEN_ACTIVITY = re.compile(
    r"(?:节|嘉年华|大赛|峰会|论坛|博览会|交易会|运动会|马拉松|大会|联赛|锦标赛|邀请赛|音乐周|电影周)(?P<tail>(?:系列)?活动)$"
)
PLACE_LIST_END = re.compile(
    r"等(?:[\d一二三四五六七八九十百]+(?:个|条|处|座))?(?:一批)?(?:传统|重点|特色|精品)?(?:景区|景点|村|湖泊|河湖|河流)"
)
_LEAD_VERBS = re.compile(
    r"(?:持续|加快|深入|积极|全面|重点|着力|力争|统筹|提升|开发|打造|建设|推进|推动|引导|支持|培育|实施|改造|开工|"
    r"确保|建成|竣工|投产|提速|高标准|抓好|续建|新建|首批|滚动|精心|研究|谋划|深化|创建)+"
)
# a zone the places of an abbreviation run share, named after the run (中俄蒙合作先导区,
# 川桂国际产能合作产业园); not a rank, a count or a verb inside (中德首个合作产业园)
_JOINT_ZONE = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:合作先导区|合作示范区|合作区|合作产业园区|合作产业园|合作园区|合作园)"
)
_NOT_IN_JOINT_ZONE = re.compile(r"[首个级省市县建创推和与及等]")
# a count of parks after a list of their short names: 凉山高新、德昌特色、冕宁稀土3个园区
PARK_LIST_END = re.compile(
    r"等?[\d一二三四五六七八九十]+个(?:省级|国家级)?(?:园区|开发区|工业园区|产业园区|经开区|高新区)"
)
PLACE_PROJECT_LIST_END = re.compile(
    r"等(?:一批|[\d一二三四五六七八九十]+个)?(?:[\d.]+千伏|风电|光伏|水电|抽水蓄能|输变电|重点项目|重大项目|项目)"
)
_WORK_END = re.compile(
    r"(?:综合治理|治理|生态修复|修复|改扩建|改建|扩建|改造|优化提升|提质扩容|扩容|提升|"
    r"产业园|物流园|生产线|基地|小镇|农庄|隧道|高架|连接线|大桥|综合体|一期|二期|三期)$"
)
FACILITY_LIST_END = re.compile(
    r"等(?:[\d一二三四五六七八九十百]+(?:个|座|条|处))?(?:高速公路|高速|铁路|水库|水电站|抽水蓄能电站|电站|机场)"
    r"(?:项目)?(?:建设|前期|开工|前期工作)"
)
_PLACE_ENDS = frozenset("湾沟山河湖谷村岛寨岭埠滩洲峡潭")
# a rank or role after a place, not the kind of a facility: 广西沿海首家儿童体检中心, 西部陆海新通道战略枢纽
_NOT_KIND_WORDS = frozenset(("首家", "首个", "首座", "首批", "首条", "首台", "第一", "唯一", "战略", "重要", "核心"))
_ZONE_ENDS = ("园区", "集中区", "样板区")


def _kind_ends(text: str, end: int) -> bool:
    """Whether a kind of facility or zone may end at ``end``: the text ends, the clause ends, a
    conjunction or a word of works follows (抽水蓄能电站、, 污水处理厂建成)."""
    after = text[end : end + 1]
    return not after or after in _CLAUSE_END or after in "等和及与" or _BUILD.match(text, end) is not None


_KIND_TOKENS = 5  # a kind of facility after a place: at most five words (抽水/蓄/能/电站) …
_KIND_CHARS = 10  # … and ten characters
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# works named by their place and their trade (盐源扎拉山光伏, 西昌牦牛山风电); after a company's name
# the trade is what the company makes
_TRADE_HEADS = frozenset(("光伏", "风电"))
# a route's words inside a work's name, between its two ends (A至B…工程)
_ROUTE_WORDS = ("高速公路", "高速", "公路", "铁路", "航道", "管线", "管道", "班列", "输电线路", "线路")
_BUILT_BODIES = ("医院", "卫生院", "学院", "大学", "实验室")
_BUILT_VERBS = r"新建|开工建设|加快建设|启动建设|完成|建成"  # not 筹建: a body founded
_BUILT_BEFORE = re.compile(rf"(?:{_BUILT_VERBS}|建设(?:省级|国家级|自治区级))$")  # 建设省级…重点实验室
_BUILT_AFTER = re.compile(r"(?:建设|建成|开工|投用|投入使用|主体完工|主体封顶|加速推进|选址扩建|改扩建|扩建|项目)")
# … or a list around it does: 加快建设六盘山、贺兰山实验室; 天津美术学院和天津音乐学院选址扩建
_BUILT_LIST_BEFORE = re.compile(rf"(?:{_BUILT_VERBS})(?:[^，。；：、\n]{{2,16}}[、和])+$")
_BUILT_LIST_AFTER = re.compile(  # bodies all (not 池州职业技术学院、安徽卫生健康学院实训基地开工)
    rf"(?:[、和][^，。；：、\n]{{0,14}}?(?:{'|'.join(_BUILT_BODIES)}))+(?=选址扩建|改扩建|扩建|建成|开工|投用|投入使用)"
)


def _as_work(text: str, ent: Entity) -> Entity:
    """A hospital, college or laboratory that the words right around it build is a project:
    完成乌鲁木齐职业技术学院建设, 六盘山实验室加速推进, 建设省级…重点实验室, or in a list that
    they build (加快建设六盘山、贺兰山实验室; 天津美术学院和天津音乐学院选址扩建); not a body followed
    by 建设 and what it builds (…大学建设…中心)."""
    if ent.label != "INSTITUTION" or not ent.text.endswith(_BUILT_BODIES):
        return ent
    after = _BUILT_AFTER.match(text, ent.end)
    if after is not None and after.group() == "建设" and text[after.end() : after.end() + 1] not in _CLAUSE_END:
        after = None  # …大学建设…中心: the body builds something else
    if after is None and _BUILT_BEFORE.search(text, max(0, ent.start - 6), ent.start) is None:
        listed = _BUILT_LIST_AFTER.match(text, ent.end) is not None
        if not listed and ent.start > 0 and text[ent.start - 1] in "、和":
            listed = _BUILT_LIST_BEFORE.search(text, _clause_start(text, ent.start), ent.start) is not None
        if not listed:
            return ent
    return Entity(ent.start, ent.end, "PROJECT", ent.text, ent.source)


# a list that won a title: 洪墩村、朱备镇入选全国乡村旅游重点村镇, 隆基光伏、天通银厦被认定为…企业
_HONOURED_LIST = re.compile(
    r"(?:^|(?<=[，。；：\n]))(?P<items>[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+)(?:分别)?"
    r"(?:被认定为|被评为|入选|获评|创成)[^，。；：\n]{0,24}?(?P<kind>企业|公司|村镇|乡镇|小区|社区|村|镇)"
)
_HONOURED_PLACE_ENDS = ("村", "镇", "乡", "湾", "水乡", "社区", "小区", "花园", "嘉苑")
_NATURAL_KINDS = frozenset(("大峡谷", "峡谷", "冰川"))  # after a name jieba knows as a place (雅鲁藏布大峡谷)
_TITLE_WORDS = re.compile(r"国家级|省级|百强|标杆|示范")
# a role a city takes (上海国际金融中心, 乌鲁木齐国际航空枢纽), not a body or a building (国际会展中心)
_ROLE_TAIL = re.compile(
    r"(?:国际|区域性?|全国性)(?:综合)?(?:金融|航运|贸易|消费|航空|医疗服务|科技创新|经济|旅游|文化旅游|物流)(?:中心|枢纽)$"
)
_LOCALITY = re.compile(r"城[东南西北]|[东南西北]城|[东南西北]环|河[东西]|江[南北]|[东南西北][横纵]")  # 北横通道
_NATURAL_ENDS = (
    "淀",
    "山",
    "岭",
    "河",
    "江",
    "湖",
    "海",
    "岛",
    "峡",
    "谷",
    "泉",
    "滩",
    "洲",
    "渠",
    "湾",
    "峰",
    "平原",
    "高原",
    "草原",
    "盆地",
)
# a place's proper name before the title it won: 七屋岭创成国家3A级旅游景区, 泉堰村创建湖北旅游名村
_HONOURED_PLACE = re.compile(
    r"(?:(?<=[、，。；：\n])|(?<=支持)|(?<=推动))(?!支持|推动)([\u4e00-\u9fff]{1,4}[湾沟山河湖谷村岛寨岭埠滩洲峡潭])"
    r"(?=(?:成功)?(?:创建|创成|入选|获评|被评为|列入|荣获))"
)
_OWN_PREFIXES = frozenset("市区县州省")
_OWN_BODY_KINDS = (
    "人民医院",
    "中医院",
    "医院",
    "保健院",
    "集团",
    "局",
    "体校",
    "职教中心",
    "综治中心",
    "农科院",
    "办",
    "学校",
    "研究院",
    "研究所",
    "图书馆",  # 市图书馆, 州博物馆: the jurisdiction's own library and museum
    "博物馆",
    "档案馆",
    "文化馆",
    "美术馆",
    "科技馆",
    "急救中心",  # 市急救中心, 市全民健身中心, 区老年公寓: its own public facilities
    "全民健身中心",
    "体育中心",
    "疾控中心",
    "会展中心",
    "体育馆",
    "体育场",
    "老年公寓",
    "福利院",
    "养老院",
)
# the body of a level of government, after the level's character (市委, 区人民政府; GOV_BODY)
_BODY_WORDS = r"(?:委(?:员会)?|党委|人民政府|政府|人大常委会|人大|政协|纪委监委|纪委|监委|高级人民法院|中级人民法院|人民法院|法院|人民检察院|检察院)(?!员|书记|系统|常务会议|党组会议)"
# the standard departments of a level's government, however jieba cuts them (区/应急/管理局,
# 市/发展/改革/委, 市/文化/和/旅游局): 区应急管理局, 市发展改革委, 县卫生健康委, 市公共资源交易中心
_DEPARTMENTS = (
    "发展和改革委员会|发展改革委|发改委|教育局|教育体育局|科学技术局|科技局|工业和信息化局|工信局|经济和信息化局|经信局|"
    "公安局|民政局|司法局|财政局|人力资源和社会保障局|人社局|自然资源和规划局|自然资源局|生态环境局|"
    "住房和城乡建设局|住房城乡建设局|住建局|交通运输局|水务局|水利局|农业农村局|商务局|文化和旅游局|文化旅游局|文旅局|"
    "卫生健康委员会|卫生健康委|卫健委|卫生健康局|退役军人事务局|应急管理局|审计局|国资委|市场监督管理局|市场监管局|统计局|"
    "医疗保障局|医保局|林业和草原局|林业局|城市管理局|城管局|行政审批局|政务服务管理局|政务服务和数据管理局|数据局|信访局|"
    "乡村振兴局|体育局|税务局|民族宗教事务委员会|民宗委|外事办|人防办|金融办|金融局|地方金融监督管理局|机关事务管理局|"
    "公共资源交易中心|政务服务中心|住房公积金管理中心|疾病预防控制中心|融媒体中心"
)
DEPARTMENT_RE = re.compile(rf"(?<![城都超园社景街辖小片全本我该郊域])[省市区县州旗盟](?:{_DEPARTMENTS})")
# a department or office of a level's party committee or government is one body with it:
# 区委组织部, 市委党校, 市政府办公室 (maximal name, guide §1)
_BODY_OFFICE = r"(?:组织部|宣传部|统战部|政法委|社会工作部|办公室|办公厅|党校|巡察办|编办|网信办|外办|研究室)"
_LEVEL_ENDS = ("省", "市", "区", "县", "州", "旗", "盟")
_BODY_AFTER = re.compile(_BODY_WORDS + _BODY_OFFICE + "?")
_BODY_LEVELS = frozenset((*_LEVEL_ENDS, "自治区", "自治州"))
_NOT_BUILT_KINDS = frozenset(("局", "集团", "办"))
_QUOTED_PART = re.compile(r"“[\u4e00-\u9fff]{2,8}”")
_COUNTISH = re.compile(r"[\d一二两三四五六七八九十百千万亿第]")
_FOREIGN_CITY_AFTER = re.compile(
    r"(?![等和与及的])(?:([\u4e00-\u9fff]{2,4}?)(?:市|港|州)|([\u4e00-\u9fff]{2,4})(?=[、，。；至和与等的]|定期|航线))"
)
_ABBREV_CONTEXT = re.compile(r"[驻在来]")
_AID_PAIR = re.compile(r"援(.)援(.)")
# one-character forms of countries (中俄, 中吉乌, 日韩) and of cities named beside provinces (甬凉, 蓉渝昆)
_COUNTRY_ABBREVIATIONS = frozenset("中俄蒙日韩美欧朝越泰缅吉乌哈非")
_CITY_ABBREVIATIONS = frozenset("甬蓉穗榕港澳台")
_NOT_AFTER_ABBREVIATIONS = frozenset("式")  # 新中式茶饮


@lru_cache(maxsize=64)
def _abbreviation_run_re(chars: frozenset[str]) -> re.Pattern[str]:
    """Runs of two or more of ``chars`` (one-character names)."""
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]{2,}")


_DESIGNATION_HEADS = frozenset(("示范区", "先行区", "引领区", "试验区", "实验区"))
_VILLAGE_AFTER = re.compile(r"([\u4e00-\u9fff]{1,4}?)(?:村|社区|街道)")
# a place name followed by 村/社区 is the village's name (东黄山村, 凤凰村), not 村民, 村级, 村集体…
_VILLAGE_TAIL = re.compile(r"(?:村|社区)(?![民级集庄镇落干委务居内])")
_DIVISION_ENDS = ("镇", "乡", "区", "县", "市", "州", "省", "旗", "盟", "村", "社区", "街道")
_NOT_VILLAGE = (
    "等",
    "和",
    "及",
    "与",
    "的",
    "个",
    "在",
    "到",
    "农",
    "乡",
    "各",
    "全",
    "新农",
    "行政",
    "自然",
    "美丽",
    "和美",
    "示范",
    "重点",
    "城乡",
    "城市",
    "中心",
    "传统",
    "社区",
    "特色",
)
_TWO_PROGRAMMES = re.compile(r"([^和]{2,}?(?:行动|工程|计划))和([^和]{2,})")
# a numbered metro line and its phase or section: 地铁11号线一期东段, 5号线延伸线, 轨道交通2号线一期北段主体工程
# (PROJECT: reports name a line to build or open it; the segmenter cuts 11/号/线 apart)
METRO_LINE_RE = _anchored(
    r"[城轨地\d]",
    r"(?<![0-9A-Za-z])(?:(?:城市)?轨道交通|地铁|轨交)?\d{1,2}号线"
    r"(?:[一二三四五六七八九十]期)?(?:[东西南北]段|[东西南北]?延伸(?:段|线))?(?:(?:主体)?工程)?",
)
# a power line or substation by its voltage: 220千伏珍溪变, 桃源35千伏变电站, 攀西1000千伏特高压交流输变电工程
# (a name before the voltage or between it and the head; 500千伏变电站 alone names nothing)
VOLTAGE_WORK_RE = re.compile(
    r"(?<![\d.])\d{2,4}千伏(?:特高压)?(?:交流|直流)?(?P<name>[\u4e00-\u9fff]{0,4}?)"
    r"(?:输变电工程|输变电|变电站|变(?![电化压革动成为得]))"
)
# a port's numbered berths: 金鼓江11号泊位, 大榄坪4号5号泊位, 大榄坪1－3号泊位, 大榄坪12号13号等泊位
BERTHS_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12}?)\d{1,2}(?:[－\-—]\d{1,2})?号(?:\d{1,2}号)*"
    r"(?:泊位|(?=(?:、[^，。；\n]{2,16}?)?等[^，。；\n]{0,6}泊位))"
)
# a route named by one character of each place it joins, which the segmenter leaves as single
# characters: 攀盐高速公路, 津兴城际, 津滨轻轨, 荆潜监高速公路 (and 金西、昭普 listed before one)
_ROUTE_HEADS = ("高速公路", "高等级公路", "城际铁路", "高速", "高铁", "城际", "轻轨", "铁路", "客专")
_ROUTE_NOT_CHARS = frozenset("每此等内外间和与及的在到为是对将把被至")  # not 上, 下: 德上高速 (德州—上饶)
_WORK_LEAD = re.compile(_LEAD_VERBS.pattern[:-2] + r"|投运|投用|争取|启动|完成|开建)+")
_ROAD_CODE = re.compile(r"[GSXY]\d{1,4}")  # national, provincial, county roads: G228, S213, X012
# a numbered road and the section of it under work: G318池州至殷汇, 240国道杨市至总口段,
# S225齐山至万罗山一级公路, 234国道后湖至熊农段改建 (PROJECT: a section is named to be built)
ROAD_SECTION_RE = _anchored(
    r"[原GSX\d]",
    r"(?<![A-Za-z0-9])原?(?:[GSX]\d{1,4}(?:国道|省道)?|\d{2,3}(?:国道|省道))"
    r"(?P<section>[\u4e00-\u9fff]{1,8}?(?:至|经)[\u4e00-\u9fff]{1,10}?|[\u4e00-\u9fff]{2,4}?段)"
    r"(?=[、，。；：（(\n]|等|开工|建成|建设|全线|通车|前期|加快|全面|实现|完成|顺利|主体|贯通|进展|启动|项目|改造|$)",
)
# a city's own state companies, acting: 推动市城发集团深化…, 促进市高新投向…, 支持市江汉投大力发展…
LOCAL_COMPANY_RE = re.compile(
    r"(推动|促进|引导|支持|鼓励|^|[，。；\n])([市区县州][\u4e00-\u9fff]{2,4}?(?:集团|投))"
    r"(?=向|大力|围绕|深化|做|加快|持续|实现|新增|打造|聚焦|拓展)",
    re.M,
)
REGION_RE = re.compile(
    r"新中国|(?:华北|华东|华南|华中|西北|西南|东北)地区|丝绸之路经济带|成渝地区双城经济圈|(?:长三角)?G60科创走廊"
)
# a province's free trade zone by its official name: 中国（安徽）自贸试验区, 中国(上海)自由贸易试验区
_FTZ = r"(?:自由贸易试验区|自贸试验区|自贸区)"
# … and the part of it in a city: 自贸试验区池州联动创新区, 自贸区绥芬河片区, 自贸区协同发展区; not a part
# competed for (争创中国（天津）自由贸易试验区联动创新区: a designation, guide §3)
_FTZ_PART = r"[\u4e00-\u9fff]{0,5}?(?:片区|联动创新区|联动发展区|协同发展区)"
_FTZ_PART_RE = re.compile(_FTZ_PART)
_FTZ_END = re.compile(rf"{_FTZ}$")
_COMPETING = ("争创", "申创", "申建", "申报", "创建")
_COMPETED_FOR = re.compile(rf"(?:{'|'.join(_COMPETING)})$")
FREE_TRADE_ZONE_RE = _anchored(
    "中", "".join(rf"(?<!{w})" for w in _COMPETING) + rf"中国[（(][\u4e00-\u9fff]{{2,4}}[）)]{_FTZ}(?:{_FTZ_PART})?"
)
# a sector of a city's plan, by its compass part: 东部产业新城, 北部生态区, 南部产城融合区, 北部沙漠景区
# (not 北部山区, 中西部地区: a kind of land, a region of the country)
CITY_SECTOR_RE = re.compile(
    r"(?<![东南西北中])[东南西北中]部[\u4e00-\u9fff]{0,5}?(?:新城|新区|都市区|生态区|融合区|景区|片区|组团|功能区)"
)
COMPANY_LIST_END = re.compile(
    r"等(?:[\d一二三四五六七八九十百千余多]+[个家批]|一批)?(?:[^，。；：\n]{0,8}?|[^，。；：\n]{0,16}的[^，。；：\n的]{0,4}?)"
    r"(?:项目|企业|外企|公司|平台|生产基地)"
)
# the end of a list of projects: 等…项目 (up to 24 characters between), 等重点工程, 等建设
WORK_LIST_END = re.compile(r"等[^，。；：\n]{0,24}?项目|等(?:重点|重大)?(?:工程|建设)")
GOV_BODY = _anchored(
    "[党国人解武兵第团中自省市区县州旗盟镇乡政]",
    r"(?:党中央|国务院|人民解放军|解放军|武警(?:部队)?|(?:兵团)?第[一二三四五六七八九十]+师|兵团|人民政协|(?<=委、)(?:人民)?政府|"
    r"中央(?!厨房|空调|商务区|公园|大街|财经|电视台|广播)|"
    r"团[省市区县州旗盟]委|"  # the Youth League's committee of the level (团市委), not the party's
    rf"(?<![乡全团])(?:自治区|[省市区县州旗盟镇乡]){_BODY_WORDS}{_BODY_OFFICE}?|"
    r"(?<![省市区县州旗盟镇乡])(?:人大|政协)(?!常委会))",
)
_HARD_TAGS = {
    "p",
    "c",
    "u",
    "uj",
    "ul",
    "uz",
    "ug",
    "uv",
    "ud",
    "r",
    "m",
    "q",
    "f",
    "y",
    "e",
    "o",
    "zg",
    "mq",
    "rr",
    "rz",
}
_HARD_OR_VERB_TAGS = frozenset(_HARD_TAGS | {"v"})  # where a jurisdiction's own body's name stops
_INNER_VERBS = frozenset(("建设", "加密", "锚定", "打造", "创建", "争创", "申报", "服务", "融入", "对接", "联通"))
# verbs that name a facility's function inside its name (技术转移中心, 成果转化基地)
_NOMINAL_VERBS = frozenset(
    "转移 转化 交易 孵化 服务 创新 研发 检测 监测 培训 展示 体验 储备 加工 制造 运营 调度 指挥 集散 分拨".split()
)
_NOUN_TAGS = {"n", "nz", "ns", "nt", "j", "vn"}  # 技术转移中心, 电信智算中心: a noun before a verb-like word
_PARK_WORD_TAGS = _NOUN_TAGS | {"eng", "b"}  # the words of a park named by its industry: nouns, 5G, 高端
_SOFT_TAGS = {"v", "vn", "d", "ad", "vd", "vg", "dg"}
# single characters that may begin a name jieba cut apart (中稀, 九华湖, 渤化): localities, numerals,
# classifiers, nouns and characters jieba does not know; not the demonstratives 每, 此
_NAME_START_TAGS = {"f", "m", "q", "zg", "n", "ng", "ns", "nr", "nrt", "nz", "j", "x", "s", "b", "tg"}
_NOT_NAME_START = frozenset("每此等上下内外间")
_LEADING_TRIM = {
    "加快",
    "推进",
    "推动",
    "建设",
    "实施",
    "开展",
    "启动",
    "打造",
    "建成",
    "开工",
    "举办",
    "设立",
    "培育",
    "引进",
    "支持",
    "落实",
    "深化",
    "持续",
    "全面",
    "积极",
    "加强",
    "提升",
    "完善",
    "扎实",
    "深入",
    "着力",
    "大力",
    "抓好",
    "做好",
    "完成",
    "新建",
    "改造",
    "参与",
    "组织",
    "承办",
    "创建",
    "争创",
    "成功",
    "高标准",
    "高水平",
    "高质量",
    "谋划",
    "申报",
    "规划",
    "续建",
    "新开工",
    "投用",
    "运营",
    "拓展",
    "依托",
    "围绕",
    "聚焦",
    "发挥",
    "利用",
    "统筹",
    "协同",
    "服务",
    "融入",
    "对接",
    "用好",
    "办好",
    "开通",
    "通车",
    "竣工",
    "完工",
    "筹建",
    "配合",
    "确保",
    "力争",
    "争取",
    "助力",
    "带动",
    "促进",
    "加大",
    "强化",
    "优化",
    "巩固",
    "扩大",
    "保障",
    "坚持",
    "继续",
    "重点",
    "主要",
    "全力",
    # verbs of policy writing that jieba does not know as verbs
    "紧盯",
    "锚定",
    "聚力",
    "深耕",
    "做强",
    "做优",
    "做大",
    "做实",
    "做精",
    "做深",
    "做细",
    "擦亮",
    "叫响",
    "打响",
    "唱响",
    "放大",
    "厚植",
    "抢抓",
    "紧扣",
    "对标",
    "瞄准",
    "跟进",
    "盘活",
    "建好",
    "用足",
    "提速",
    "加速",
    "研究",
    "精心",
    "滚动",
    "首批",
}
_PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng", "x"}
# a word after a company's name that may still be part of it; not nz, which jieba gives products
# too (西恩/锂电池: the company, then what it makes)
_NAME_GOES_ON_TAGS = _PROPER_TAGS - {"nz"}
_PLAIN_NAME_TAGS = {"n", "v", "vn", "a", "an", "j", "l", "i", "d"}  # 小试/中试: words, not a name
_BUILD = re.compile(
    r"开工|建设|建成(?!全国|全省|全市|全区|全州|一流|示范|国家|省级|市级|自治区)|通车|改扩建|改建|扩建|新建|续建|完工|竣工|贯通|加快推进|谋划|规划建设|提升改造|升级改造|"
    r"施工|封顶|投用|投入使用|投入运营|开通|验收|开业|搬迁|等项目|项目建设|完成投资|主体结构|前期工作|复工|可研|铺轨|拉通|提档|选址|落地|等[\u4e00-\u9fff]{0,4}?基础设施"
)
_CLAUSE_REACH = 300  # how far a clause is read from a name at most (no real clause is longer)
_CLAUSE_END = "，。；：！？\n、（）()《》"
_OWN_ZONES = frozenset(("经开区", "高新区", "自贸区", "综保区", "自贸试验区", "综合保税区", "集中区"))
# 集中区 (Anhui's 产业集中区) alone only where no word of a kind comes before: not 工业集中区
_CLAUSE_TAGS = frozenset(("v", "c", "p", "d"))
# the same, found in the text: the segmenter may split them (综 保 区, 自 贸 试验区)
_OWN_ZONE_RE = re.compile("|".join(sorted(_OWN_ZONES, key=len, reverse=True)))
_ZONE_KINDS = ("园区", "产业园", "开发区", "保税区", "农场", "示范区", "工业区", "物流园", "城区", "新区")
_HOST_VERB = re.compile(r"举办|办好|承办|主办|举行")
_HOSTED = re.compile(rf"(?:{_EDITION.pattern}|举办|办好|承办|主办|参加)$")
_MODIFIED_NOUNS = frozenset(
    "装备 城市 投资 涂料 产业 技术 行业 领域 人才 企业 比例 比重 资金 债券 债 模式 体系 标准 村".split()
)
_RANK_WORDS = frozenset("国家级 省级 市级 州级 县级 区级 国家 全国 全省 全市 创成 晋级 争创".split())
_COUNT_NUMBER = r"[\d一二三四五六七八九十百千万]+"  # a count right after a name: 30个, 49所, 51项
_COUNT_BEFORE = re.compile(r"[\d一二三四五六七八九十百千万余多]+[个座处项条所批]$")
# words that say what kind of school or hospital, not which (普惠性幼儿园, 县级三甲中医医院)
_KIND_WORDS = frozenset(
    "普惠 普惠性 普惠型 性 型 公办 民办 城镇 乡村 农村 乡镇 城区 县级 三甲 二甲 中医 中小学 义务教育 薄弱 寄宿制 城市 医疗 教育 县域 紧密型".split()
)
# a list of schools or hospitals that ends as works: 等6所学校建成, 等改扩建, 等新建续建项目, 等5个项目
SCHOOL_WORK_LIST_END = re.compile(
    r"等(?:[\d一二三四五六七八九十]+(?:所|个|家))?(?:学校|医院)?(?:新建|续建|改扩建|改建|扩建)*"
    r"(?:[^，。；：\n]{0,6}?项目|改扩建|建成|开工|建设|投用)"
)
_SCHOOL_ITEM = re.compile(
    r"(?:[市区县州]|[市区县州]?第[一二三四五六七八九十]+)?([\u4e00-\u9fff]{2,6}?)(?:小学|中学|幼儿园|医院)"
)
# bodies the clause founds are named even by common words: 筹建镁合金产业研究院, 共建半导体产业学院
_CORPORATE_HEADS = frozenset(("集团", "公司"))
# parks a city names by the industry they hold (纺织服装产业园, 数字产业园, 绿谷科创城)
_INDUSTRY_PARK_HEADS = frozenset(("产业园", "产业园区", "科创城", "科学城"))
# words that say what kind of park, not which (特色产业园区, 县域产业园区, 现代农业产业园)
_PARK_KIND_WORDS = frozenset("特色 现代 县域 专业 重点 各类 百亿 千亿 线下 线上 农业 高端 省 州 县".split())
_PARK_KIND_BEFORE = re.compile(r"(?:[级省州县国个座家]|[首一]批)$")  # 国家级, 全国, 首批, 5个
_GROUP_OF_PLACES = ("国家", "各国", "地区")
# one-character names of countries listed (拓展赴俄、蒙、日、韩、东南亚等国家): each a place
COUNTRY_LIST_RE = re.compile(
    r"(?:(?<=[赴对与同和向至往])|(?<![\u4e00-\u9fff]))"
    r"[俄蒙日韩朝越泰缅老柬吉乌哈塔美欧非](?:、[俄蒙日韩朝越泰缅老柬吉乌哈塔美欧非]){2,}(?=[、等和及]|[^\u4e00-\u9fff]|$)"
)
COUNTRY_TRADE_RE = re.compile(
    r"(?<=[对赴])[俄蒙日韩朝越](?=贸易|经贸|合作|出口|进口|投资|开放|口岸|物流|班列|航线|旅游|跨境|农业|边贸|互市)"
)
_AWARD_VERBS = frozenset(("荣获", "获评", "获批", "荣膺", "摘得", "入选", "跻身"))
_RANK_START = re.compile(r"[一二三]级|国家|省级|市级|全国|全省")  # a rank striven for: 创三级中医院
_STRETCHES = frozenset(("上游", "中游", "下游", "中上游", "中下游"))  # 长江上游, 雅砻江中上游
_STRETCH_AFTER = re.compile("|".join(sorted(_STRETCHES, key=len, reverse=True)))
_NAME_CHAR_TAGS = frozenset(("nr", "ns", "zg", "g"))  # jieba's tags of a single character of a name
# … but these go on a place's own name (县, 村, 委, 湖), or say where in it (东, 南)
_NOT_NAME_CHARS = frozenset("县村委湖河江湾园谷东南西北中市区镇乡州省")
# the verbs after which a company is named; a match starting at a clause does not take them in
_COMPANY_LEADS = "支持|推动|加快建设|推进|力促|与"
_FOUNDED_HEADS = frozenset(("研究院", "学院", "研究所", "联盟", "联合体", "协会", "联合会", "商会", "实验室"))
_FOUNDED = re.compile(r"(?:成立|筹建|组建|共建|设立|新建|揭牌|获批|挂牌)[^，。；：、\n]{0,2}$")
_DIVISION_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|市|自治区|自治州|州|县|区|盟|旗)")
_DOCUMENT_TITLE = re.compile(
    r"《[^《》\n]{1,60}?(?:规划|条例|纲要|办法|规定|方案|意见|决定|通知|计划|制度|细则|规则|标准|指南)"
    r"(?:[（(][^《》\n]{1,12}[）)])?》"
)
_COUNTED_PROJECTS = re.compile(_COUNT_NUMBER + r"(?:\.\d+)?(?:个|项|座|处|条)")
_FIELD_BEFORE = re.compile(
    rf"(?:{_PROGRAMME_VERBS})好?(?P<field>(?!{_PROGRAMME_VERBS}|运用|学习|推广|借鉴|坚持|践行)"
    r"[\u4e00-\u9fff]{2,8}?)(?<![和与及的等])(?=“)"
)
_FIELD_AFTER_MARK = re.compile(rf"[、和](?P<field>(?!{_PROGRAMME_VERBS})[\u4e00-\u9fff]{{2,8}}?)(?<![和与及的等])(?=“)")
_PROGRAMME_VERB_RE = re.compile(_PROGRAMME_VERBS)
_WORK_FIELD = re.compile(r"(?:改造|建设|治理|整治|改革)$")
_TERRITORY_WORDS = ("自治区", "全社会", "全市", "全区", "全省", "全县", "全州", "全国", "省级", "市级")
_WORKED_HEADS = ("铁路", "高速", "公路", "机场", "水库", "路", "大道", "大桥", "城际", "高铁")
_WORK_TAIL = re.compile(
    r"(?:增建二线|复线|扩能(?:改造)?|危桥改造|(?:飞行区)?改扩建|(?:[一二三四五六七八九十]期)?航站楼|大坝|[东西南北]{1,2}延(?!续|长|伸)|"
    r"(?:货运)?专用线|延伸段)(?:项目|工程)?(?=[、，。；等和及]|建设|开工|全面|全线|加快|顺利|完工|完成|竣工|前期|总体|主体|工程|$)"
)
_UNIT_HEADS = ("期", "电厂", "电站")
_UNIT_TAIL = re.compile(
    r"(?:(?:[\d一二三四五六七八九十]+号)+机组|第[一二三四五六七八九十]+台[\u4e00-\u9fff]{1,3}?|主体装置)(?=[、，。；等和及]|建成|投产|开工)|"
    r"(?<=期)(?:改扩建|扩建|扩能|改造)(?:工程|项目)"  # 浦东国际机场四期扩建工程, 中心站一期扩能项目: the phase's work
)
_ANNUAL_MEETING = re.compile(r"年会")
# a hospital's, school's, airport's or reservoir's new building or part, written after its name
_BUILDING_HEADS = ("医院", "学校", "中学", "小学", "幼儿园", "卫生院", "保健院", "期", "水库", "机场", "改扩建工程")
_BUILDING_TAIL = re.compile(
    r"(?:新?院区|新?校区|高中部|初中部|(?:门诊|医技|住院|教学|综合)+楼|[\u4e00-\u9fff]{0,6}?(?:防治|救治)中心|"
    r"制剂室|(?:T\d)?航站楼|(?:[东西南北]堤)+)+(?:项目建设工程|新建工程|项目|工程)?"
)
_REBUILDS = ("改扩建", "改建", "扩建")
# what closes a list before the kind its items are (…、…等, 等12个, 一批), and what names a set of
# programmes of its own (“三大工程”, 十大惠民工程, “六大行动”)
_AFTER_A_LIST = re.compile(r"(?:等|等[\d一二三四五六七八九十]+[个项]|一批)$")
_SET_NAMED = re.compile(r"[“一二三四五六七八九十百千]+大|“")
_PROGRAMME_END = re.compile(r"(?:专项行动|专项整治|行动|计划)$")  # not 工程: 、试运行河东污水处理厂工程
_ITEM_REACH = 10  # how far before a programme's name its list item may start
_CLAUSE_WORD_TAGS = frozenset(("p", "c", "d", "ad", "r", "u", "m", "q"))
_PROGRAMME_LEAD = re.compile(rf"(?:{_PROGRAMME_ADVERBS}|{_PROGRAMME_VERBS})+")
_COUNTED_AFTER = re.compile(_COUNT_NUMBER + r"(?:所|家|座)")
_COUNT_AFTER = re.compile(_COUNT_NUMBER + r"[个座处项条所批]")
_GLOSS = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")  # 中国（沙特）…: a place glossed inside a name
_GLOSSED_REACH = 8
_ALONG = frozenset(("沿江", "沿海", "沿黄", "沿边"))  # before a line's head: 沿江高铁天门段
_LINE_HEADS = frozenset(("高铁", "高速", "铁路", "公路", "城际", "高速公路"))
_TECH_CODES = frozenset(("5G", "6G"))  # 5G工业物联网产业园: a technology that opens a name, not a count
_PAREN_BEFORE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]")
_SECTION_AFTER = re.compile(
    r"[（(][\u4e00-\u9fff]{1,5}段[）)]|[东西南北]段(?![落])|[（(][东西南北]线[）)]|"
    r"(?<=[路速铁线])[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}段|"  # 绕城高速（西线）, 乐西高速昭觉至美姑段
    r"(?<=[速铁])[\u4e00-\u9fff]{2}段(?![落])"  # 德上高速合池段: the section by a character of each end
)
_PHASE_AFTER = re.compile(
    r"[（(][一二三四五六七八九\d]期[）)](?:工程|项目)?|[一二三四五六七八九]期(?:工程|项目)?|[一二三四]阶段"
)


@dataclass(frozen=True, slots=True)
class Head:
    head: str
    label: str
    generic_ok: bool = False
    built: str | None = None  # the label in a clause about building it (津沧高速 PLACE -> PROJECT)
    company: bool = False  # an industry word after a company's own name (天珈智能, 宝昂新材料)


_ZONE_HEAD = Head("园区", "PLACE")  # a zone's end word that is not a head of its own (园区 is generic)


@dataclass
class EntityResources:
    """What the rules need; built once per pipeline (see ``EntityRules.load``)."""

    gazetteer: Gazetteer
    heads: dict[str, Head]
    regions: frozenset[str]
    not_names: frozenset[str]
    ambiguous: frozenset[str] = frozenset()
    tags: dict[str, str] = field(default_factory=dict)
    common: frozenset[str] = frozenset()  # frequent common words (建设, 健康, 街道)
    classifiers: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()  # 工商联, 工信部, 北交所: national bodies by a fixed short name
    abbreviations: frozenset[str] = frozenset()  # 津, 川, 皖: provinces' one-character forms


COMMON_FREQ = 500  # a word jieba counts this often, with a common-word tag, is a common word


def _jieba_tags() -> tuple[dict[str, str], frozenset[str]]:
    """jieba's tag of each dictionary word, and its common words (frequent, tagged other than as a name)."""
    from .segmentation import import_jieba

    jieba = import_jieba()

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, encoding="utf-8") as fh:
        data = fh.read()
    fields = data.split()
    lines = data.count("\n") + (0 if data.endswith("\n") else 1)
    if len(fields) == 3 * lines:  # every line is "word freq tag": slice the fields (3x faster than a loop)
        words, freqs, tag_list = fields[0::3], fields[1::3], fields[2::3]
    else:
        rows = [parts for parts in (line.split() for line in data.splitlines()) if len(parts) == 3]
        words, freqs, tag_list = [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]
    tags = dict(zip(words, tag_list, strict=True))
    common = frozenset(
        w
        for w, f, t in zip(words, freqs, tag_list, strict=True)
        if t not in _PROPER_TAGS and len(f) >= 3 and int(f) >= COMMON_FREQ
    )
    return tags, common


def load_heads() -> dict[str, Any]:
    return json.loads((resources.files("jinghai_nlp") / "data" / "heads.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


class EntityRules:
    """Find entities in a text given its tokens. Pure apart from the loaded resources."""

    def __init__(self, res: EntityResources) -> None:
        self.res = res
        self._head_by_len = sorted(res.heads.values(), key=lambda h: len(h.head), reverse=True)
        self._max_head = max((len(h) for h in res.heads), default=0)
        self._head_cache: dict[str, Head | None] = {}
        # the ends of heads that are not whole heads (运动会 -> 会, 动会): what a word must be for a
        # head cut across it and the word before to be given back whole (_split_at_heads)
        self._head_tails = frozenset(h[i:] for h in res.heads for i in range(1, len(h)))
        self._place_cache: dict[tuple[str, frozenset[str]], bool] = {}
        projects = "|".join(re.escape(h.head) for h in self._head_by_len if h.label == "PROJECT")
        self._quoted_res = (
            re.compile(rf"“[^”\n]{{1,16}}”(?:{projects})"),
            re.compile(rf"“[^”\n]{{1,16}}(?:{projects})”"),
        )
        industries = "|".join((*(re.escape(h.head) for h in self._head_by_len if h.company), *sorted(_CORPORATE_HEADS)))
        self._company_re = (
            re.compile(
                rf"(?:(?<=[、，。；：\n])|{'|'.join(f'(?<={w})' for w in _COMPANY_LEADS.split('|'))})"
                rf"(?!{_COMPANY_LEADS})((?:(?!等)[\u4e00-\u9fff]){{2,4}}?)(?:{industries})"
                r"(?=[、，。；等和与]|投产|建成|获|荣获|完成|实现|入选|被|落户|年产|成功|上市|挂牌|签约|成为|再|跻身|\d)"
            )
            if industries
            else None
        )
        self._abbrevs = frozenset(res.abbreviations)
        bodies = "|".join(re.escape(b) for b in sorted(res.bodies, key=len, reverse=True))
        # not a bank's name inside 银行业 (the banking sector: 中国银行业, 建设银行业金融机构)
        bodies_re = re.compile(rf"(?:{bodies})(?!(?<=银行)业)") if bodies else None
        # patterns whose whole match is an entity: (pattern, label, rule source)
        self._whole_matches: tuple[tuple[re.Pattern[str], str, str], ...] = (
            (DATE_RE, "DATE", "date"),
            (GOV_BODY, "INSTITUTION", "body"),
            *(((bodies_re, "INSTITUTION", "body"),) if bodies_re is not None else ()),
            (MASS_ORGS, "INSTITUTION", "body"),
            (DEPARTMENT_RE, "INSTITUTION", "body"),
            (CENTRAL_INSPECTIONS, "PROJECT", "quoted"),
            (NATIONAL_PROGRAMMES, "PROJECT", "quoted"),
            (ROAD_SECTION_RE, "PROJECT", "head"),
            (METRO_LINE_RE, "PROJECT", "head"),
            (REGION_RE, "PLACE", "gazetteer"),
            (CITY_SECTOR_RE, "PLACE", "head"),
            (FREE_TRADE_ZONE_RE, "PLACE", "head"),
        )

    @classmethod
    def load(cls, gazetteer: Gazetteer | None = None) -> EntityRules:
        raw = load_heads()
        tags, common = _jieba_tags()
        tags.update(raw.get("terms", {}))  # the lexicon's general terms, which jieba's dictionary lacks
        heads = {
            h["head"]: Head(
                h["head"],
                h["label"],
                bool(h.get("generic_ok")),
                h.get("built") or ("PROJECT" if h.get("transport") else None),
                bool(h.get("company")),
            )
            for h in raw["heads"]
        }
        return cls(
            EntityResources(
                gazetteer=gazetteer or Gazetteer.load(),
                heads=heads,
                regions=frozenset(raw["regions"]),
                not_names=frozenset(raw["not_names"]),
                ambiguous=frozenset(raw.get("ambiguous_short_forms", ())),
                tags=tags,
                common=common,
                classifiers=frozenset(u for u, v in unit_table().items() if v.classifier),
                bodies=frozenset((*raw.get("bodies", ()), *raw.get("enterprises", ()))),
                abbreviations=frozenset(raw.get("province_abbreviations", {})),
            )
        )

    # -- helpers ---------------------------------------------------------------
    def _is_place_name(self, word: str, local: frozenset[str]) -> bool:
        key = (word, local)
        found = self._place_cache.get(key)
        if found is None:
            found = self._place_name(word, local)
            if len(self._place_cache) < 200_000:
                self._place_cache[key] = found
        return found

    def _place_name(self, word: str, local: frozenset[str]) -> bool:
        if len(word) < 2 or word in self.res.not_names:
            return False
        if word in self.res.regions:
            return True
        stretch = _STRETCH_AFTER.search(word, len(word) - 3)
        if stretch is not None and stretch.end() == len(word) and word[: stretch.start()].endswith(("江", "河")):
            return self._is_place_name(word[: stretch.start()], local)  # 长江上游: jieba's one word
        g = self.res.gazetteer
        common = word in self.res.common
        full = g.by_name.get(word)
        if full is not None:
            if not all(d.level in ("town", "village") for d in full):
                return True
            kind = next((k for k in _ZONE_KINDS if word.endswith(k) and len(word) > len(k)), None)
            if kind is not None and self.res.tags.get(word[: -len(kind)], "nz") not in _PROPER_TAGS:
                return False  # 化工园区, 物流园区: a kind of zone, even where a village has that name
            return word in local or not common  # 街道, 农场: towns and villages whose names are common words
        short = g.by_short.get(word)
        if short is not None and any(d.level == "province" for d in short):
            return True  # 湖北, 广西: a province's short form, though a district or village shares it
        if word in local:
            return not (common or word in self.res.ambiguous)  # 建设, 健康: short forms that are common words
        if short is not None:
            levels = {d.level for d in short}
            if word in self.res.ambiguous or common:
                return False
            if levels & {"province", "city"}:
                return True  # 银川, 合肥: jieba tags some city names as common nouns
            tag = self.res.tags.get(word)
            if tag is not None and tag not in _PROPER_TAGS:
                return False  # a common word that happens to shorten a county name (合作, 资源)
            return "county" in levels
        return False

    def _cuts_a_word(self, text: str, s: int, e: int, w: str, local: frozenset[str]) -> bool:
        """A far-away town's name that the lexicon cut out of common words: 示范村镇 (范村镇),
        平安乡镇 (平安乡), 放开城镇 (开城镇). The report's own towns are trusted."""
        if w in local:
            return False
        full = self.res.gazetteer.by_name.get(w)
        if full is None or not all(d.level in ("town", "village") for d in full):
            return False
        common = self.res.common
        return (s > 0 and text[s - 1 : s + 1] in common) or (e < len(text) and text[e - 1 : e + 1] in common)

    def _proper(self, words: Sequence[str], local: frozenset[str], *, geographic: bool = False) -> bool:
        """Whether ``words`` hold a name. geographic: before a place head (运河, 高速), a county's
        short form counts even where jieba tags it a common noun (平陆运河)."""
        singles = 0
        g = self.res.gazetteer
        for w in words:
            if w in _RANK_WORDS:
                continue  # 国家级高新区: a designation, not a name
            if geographic and w in g.by_short and w not in self.res.common and w not in self.res.ambiguous:
                return True
            if self._is_place_name(w, local) or self.res.tags.get(w) in _PROPER_TAGS:
                return True
            if w.startswith("“") or re.match(r"[A-Za-z]", w) or _LOCALITY.fullmatch(w) or w in _TECH_CODES:
                return True  # 城北污水处理厂, 河西片区雨污分流改造工程: a part of the city names it; 5G…产业园
            if re.fullmatch(r"[\u4e00-\u9fff]", w) and w not in self.res.tags:
                return True
            if len(w) >= 2 and _HAN.fullmatch(w) and w not in self.res.tags:
                return True  # a word jieba does not know: most likely a name
            singles = singles + 1 if len(w) == 1 else 0
            if singles >= 3:
                return True
        return False

    # -- the rules -------------------------------------------------------------
    def find(
        self,
        text: str,
        tokens: Sequence[TokenSpan],
        *,
        local_names: frozenset[str] = frozenset(),
        local_abbreviations: frozenset[str] = frozenset(),
    ) -> list[Entity]:
        """Entities of ``text``; ``tokens`` are (text, start, end); ``local_names`` are the
        names of divisions inside the document's jurisdiction (trusted in short form);
        ``local_abbreviations`` the one-character forms of the jurisdiction (池 for 池州市)."""
        tokens = self._with_local_names_whole(tokens, local_names)
        masked = [(m.start(), m.end()) for m in FORMULAE.finditer(text)]
        cands: list[Entity] = [
            Entity(m.start(), m.end(), label, m.group(0), source)
            for pattern, label, source in self._whole_matches
            for m in pattern.finditer(text)
        ]
        cands += self._quoted(text)
        cands += [
            Entity(m.start("name"), m.end("name"), "PROJECT", m.group("name"), "head")
            for m in EDITION_EVENT.finditer(text)
            if m.group("name") not in _NOT_EVENTS
        ]
        cands += [
            Entity(m.start("name"), m.end("name"), "PROJECT", m.group("name"), "head")
            for m in itertools.chain(DEVELOPMENT_CONFERENCE.finditer(text), CAMPAIGN_YEAR.finditer(text))
        ]
        cands += self._companies(text)
        for m in itertools.chain(
            PROGRAMME_RE.finditer(text), PROGRAMME_OPENING_RE.finditer(text), SUPPORTED_PILOT_RE.finditer(text)
        ):
            name = m.group("name")
            s0 = m.start("name")
            if "、" in name and not _parallel_items(name):
                last = name[name.rindex("、") + 1 :]
                if len(last) < 6 or last[0].isdigit():
                    continue  # 6座泵站新建重建工程: works counted
                s0 += len(name) - len(last)  # 深化跨境电商、市场采购贸易、内外贸一体化试点: the last item's name
            if not name.endswith(("等", "各项", "各类")) and "等" not in name[-3:]:
                count = _COUNT_PREFIX.match(text, s0)
                if count is not None and m.end() - count.end() >= 4:
                    s0 = count.end()  # 持续实施20项民心工程: the programme is 民心工程
                both = _TWO_PROGRAMMES.fullmatch(text, s0, m.end())
                if both is not None:  # 实施民营企业培优工程和市场主体倍增行动: two programmes
                    cands.append(Entity(s0, both.end(1), "PROJECT", both.group(1), "head"))
                    s0 = both.start(2)
                work = text.find("工作和", s0, m.end())
                if work >= 0 and m.end() - work - 3 >= 4:
                    s0 = work + 3  # 推进品牌高中培育工作和强校工程: a work of the clause, then the programme
                cands.append(Entity(s0, m.end(), "PROJECT", text[s0 : m.end()], "head"))
        for m in LOCAL_COMPANY_RE.finditer(text):
            cands.append(Entity(m.start(2), m.end(2), "INSTITUTION", m.group(2), "head"))
        cands += self._abbreviated(text, local_names, local_abbreviations)
        cands += self._from_tokens(text, self._split_at_heads(tokens), local_names)
        cands += self._own_zones(text, tokens)
        cands += self._schools(text, local_names)
        cands += self._own_bodies(text, tokens)
        cands += self._listed_companies(text, tokens)
        cands += self._listed_places(text)
        cands += self._honoured_places(text, local_names)
        cands += _listed_facilities(text)
        cands += _listed_works(text)
        cands += _listed_commercial(text)
        cands += self._listed_place_projects(text, local_names)
        cands += self._listed_parks(text, local_names)
        cands += self._numbered_works(text, tokens, local_names)
        cands += _abbreviated_routes(text, tokens)
        cands += _streets(text)
        cands += _national_centres(text)
        cands += self._glossed_centres(text, local_names)
        cands += self._stations(text, local_names)
        cands += _named_associations(text)
        cands += _numbered_facilities(text)
        cands += _listed_countries(text)
        cands += self._listed_universities(text)
        cands += self._abbreviation_runs(text, tokens, local_abbreviations)
        cands += self._natural_features(text, tokens)
        cands = [c for c in cands if not any(a < c.end and c.start < b for a, b in masked)]
        cands = [c for c in cands if not _refused(text, c) and not self._kind_only(c, local_names)]
        cands = [_without_activity(c) for c in cands if not _counted_kind(text, c)]
        ents = _with_sections(text, _without_list_kinds(text, _resolve(cands)))
        ents = _with_villages(text, _in_project_lists(text, _with_phases(text, _with_stretches(text, ents))))
        ents = _schools_in_work_lists(text, ents)
        ents = self._with_named_jurisdictions(text, self._with_foreign_cities(text, ents), local_names)
        ents = self._with_item_starts(text, self._with_conjuncts(text, ents, local_names), tokens)
        ents = _with_work_tails(
            text, _without_quoted_kinds(_with_fields(text, _repeated(text, ents, tokens, masked), masked))
        )
        ents = self._places_with_kinds(text, _with_place_led_works(text, _with_zone_parts(text, ents)), tokens)
        ents = _with_numbers_before(text, _with_name_fragments(text, _with_places_of_works(text, ents), tokens))
        ents = self._with_branches(text, _with_place_offices(text, ents), local_names)
        ents = self._with_glossed_names(text, _quoted_zones(text, ents), local_names)
        ents = [_as_work(text, self._without_title_tail(text, e, local_names)) for e in ents]
        ents = self._without_name_openings(self._honoured_lists(text, self._with_levels(text, ents)), tokens)
        ents = _without_fields_of_work(text, _without_title_scopes(text, ents), self.res.tags)
        # 在天津市静海区第三届人民代表大会第七次会议上: the session's name is a formula (DECISIONS.md)
        return [e for e in ents if not (e.label == "PLACE" and _CONGRESS_AFTER.match(text, e.end))]

    def _with_levels(self, text: str, ents: list[Entity]) -> list[Entity]:
        """A body known by its fixed short name keeps the level written before it, as 市政协 does:
        市妇联, 区总工会, 县残联, 市红十字会 (the level opening a list item or a clause)."""
        out = []
        for ent in ents:
            s = ent.start
            if (
                ent.label == "INSTITUTION"
                and ent.text in self.res.bodies
                and s >= 1
                and text[s - 1] in _OWN_PREFIXES
                and (s == 1 or text[s - 2] in "、，。；：“\n和及")
            ):
                ent = Entity(s - 1, ent.end, ent.label, text[s - 1 : ent.end], ent.source)
            out.append(ent)
        return out

    def _without_name_openings(self, ents: list[Entity], tokens: Sequence[TokenSpan]) -> list[Entity]:
        """A place that jieba joins to a single character it reads as part of a name (天津/益 中静海高中,
        兴庆区/富 洋烧烤店, 马来西亚/炬 申物流) opens a longer name: it is no place of its own (guide:
        not PLACE, a place that is only the first part of a name). Not the characters that go on a
        place's own name (县, 村, 委) or say where in it (东, 南)."""
        if not ents:
            return ents
        starts = {s: w for w, s, _ in tokens}
        out = []
        for ent in ents:
            nxt = starts.get(ent.end) if ent.label == "PLACE" else None
            if (
                nxt is not None
                and len(nxt) == 1
                and self.res.tags.get(nxt) in _NAME_CHAR_TAGS
                and nxt not in _NOT_NAME_CHARS
            ):
                continue
            out.append(ent)
        return out

    def _numbered_works(self, text: str, tokens: Sequence[TokenSpan], local: frozenset[str]) -> list[Entity]:
        """Works named with a number the segmenter cuts apart: a substation by its voltage and
        name (220千伏珍溪变, 桃源35千伏变电站), a port's berths (大榄坪4号5号泊位)."""
        out: list[Entity] = []
        by_end = {e: (w, s) for w, s, e in tokens} if "千伏" in text else {}
        for m in VOLTAGE_WORK_RE.finditer(text):
            start = m.start()
            before = by_end.get(start)
            if before is not None and len(before[0]) >= 2 and before[0] not in _LEADING_TRIM:
                if self._proper([before[0]], local):
                    start = before[1]  # 桃源35千伏变电站: the place named before the voltage
            if start < m.start() or len(m.group("name")) >= 2:
                out.append(Entity(start, m.end(), "PROJECT", text[start : m.end()], "head"))
        for m in BERTHS_RE.finditer(text) if "泊位" in text else ():  # no berths without the word
            floor = m.start("name")  # the pattern reads at most 12 characters of name
            clause = max(last_of(text, "，。；：、\n", m.end("name"), floor) + 1, floor)
            lead = _WORK_LEAD.match(text, clause)
            start = lead.end() if lead is not None else clause
            if 2 <= m.end("name") - start <= 6 and _HAN.fullmatch(text[start : m.end("name")]):
                out.append(Entity(start, m.end(), "PROJECT", text[start : m.end()], "head"))
        return out

    def _kind_only(self, c: Entity, local: frozenset[str]) -> bool:
        """A project or event named only by one common word and its head is a kind, not a name:
        技改项目, 房地产项目, 城市更新项目, 群众体育活动, 主题活动 (not 锦江氧化铝项目)."""
        if c.label != "PROJECT" or not c.text.endswith(_KIND_HEADS):
            return False
        kind = c.text[:-2]
        return 2 <= len(kind) <= 4 and kind in self.res.tags and not self._is_place_name(kind, local)

    def _with_item_starts(self, text: str, ents: list[Entity], tokens: Sequence[TokenSpan]) -> list[Entity]:
        """A programme's name runs back to the start of its list item or clause when the words
        before it are the name's own, not the clause's verb: 、信访问题源头治理专项行动 (信访 and
        联防 read as verbs cut the name), 、大气污染防治联防联控专项行动, ，十万大学生留银专项行动. Not
        after a verb, adverb, preposition or conjunction (、实施…行动, 、和…), nor over another entity."""
        starts = {s: w for w, s, _ in tokens}
        taken = [(e.start, e.end) for e in ents]
        out = []
        for ent in ents:
            if ent.label == "PROJECT" and ent.source == "head" and _PROGRAMME_END.search(ent.text):
                q = _item_start(text, ent.start, _ITEM_REACH, marks="、，。；：\n")
                if q is not None and q < ent.start and self._name_words(text, q, ent.start, starts):
                    if not any(a < ent.start and q < b for a, b in taken):
                        ent = Entity(q, ent.end, ent.label, text[q : ent.end], ent.source)
            out.append(ent)
        return out

    def _name_words(self, text: str, s: int, e: int, starts: dict[int, str]) -> bool:
        """Whether text[s:e] is whole tokens, none of them a clause's verb, adverb, preposition or
        conjunction, the first not a verb of work (实施, 推进) either."""
        words = []
        k = s
        while k < e:
            w = starts.get(k)
            if w is None or k + len(w) > e:
                return False
            words.append(w)
            k += len(w)
        tags = self.res.tags
        if _LEAD_VERBS.match(words[0]) or _WORK_LEAD.match(words[0]):
            return False
        return not any(
            w in _LEADING_TRIM or tags.get(w, "") in _CLAUSE_WORD_TAGS or _PROGRAMME_LEAD.fullmatch(w) for w in words
        )

    def _with_conjuncts(self, text: str, ents: list[Entity], local: frozenset[str]) -> list[Entity]:
        """A bare name listed beside names of one label has that label: 京津冀、江浙沪、广深闽、武汉
        (PLACE); 沉湖、龙嘴河等小流域; 西北油田、乌石化、国能化工 (INSTITUTION). An item counts
        when nothing was found in it and it looks like a name (and is no place the gazetteer
        knows); the list counts when at least half its items were found whole, all with one label.
        Measured on train and dev: PLACE recall on dev 0.717 -> 0.734."""
        by_span = {(e.start, e.end): e for e in ents}
        starts = [e.start for e in ents]  # ents are sorted and do not overlap
        extra: list[Entity] = []
        for m in _ENUMERATION.finditer(text):
            items = _items_of(text, m.start(), m.end())
            if len(items) < 2 or text[m.start() - 1 : m.start()] == "“":  # “一港、五大中心”: a slogan
                continue
            found = [by_span[span].label for span in items if span in by_span]
            if not found or len(set(found)) > 1 or 2 * len(found) < len(items) or found[0] == "DATE":
                continue
            label = found[0]
            for s, e in items:
                if text[e : e + 1] in _OPENS or text[s - 1 : s] in _CLOSES:
                    continue  # 津静市域（郊）铁路首开段: the name runs on past the bracket or quote
                if _touches(ents, starts, s, e):
                    continue
                name = text[s:e]
                if self._name_like(name, strict=False) and not self._is_place_name(name, local):
                    extra.append(Entity(s, e, label, name, "list"))
        return first_come([*ents, *extra]) if extra else ents

    def _listed_places(self, text: str) -> list[Entity]:
        """Bare names in a list of scenic areas, villages or lakes are places: 大芦村、三娘湾、犀丽湾、
        八寨沟、五皇山等景区; 拖船埠、莫岭等6个村. The first item counts after the clause's verbs."""
        out: list[Entity] = []
        for m in PLACE_LIST_END.finditer(text):
            for p_start, piece in _list_items(text, m.start()):
                if (
                    2 <= len(piece) <= 5
                    and _HAN.fullmatch(piece)
                    and (self._name_like(piece, strict=False) or piece[-1] in _PLACE_ENDS)
                ):
                    out.append(Entity(p_start, p_start + len(piece), "PLACE", piece, "list"))
        return out

    def _honoured_places(self, text: str, local: frozenset[str]) -> list[Entity]:
        """A place's proper name before the title it won: 泉堰村创建湖北旅游名村 (not a name the
        gazetteer already finds)."""
        return [
            Entity(m.start(1), m.end(1), "PLACE", m.group(1), "list")
            for m in _HONOURED_PLACE.finditer(text)
            if self._name_like(m.group(1), strict=False) and not self._is_place_name(m.group(1), local)
        ]

    def _listed_parks(self, text: str, local: frozenset[str]) -> list[Entity]:
        """Parks listed by short names, a place and one word, before their count: 凉山高新、
        德昌特色、冕宁稀土3个园区 (each a PLACE, not the place alone)."""
        return self._place_led_items(text, PARK_LIST_END, local, "PLACE", size=(3, 6), rest=(2, 2))

    def _listed_place_projects(self, text: str, local: frozenset[str]) -> list[Entity]:
        """Items of a list of projects that begin with a place are projects named by it:
        德昌腊巴山、盐源大坝梁子等一批风电项目; 盐源百灵、西昌月城等500千伏输变电工程."""
        return self._place_led_items(text, PLACE_PROJECT_LIST_END, local, "PROJECT", size=(4, 12), rest=(2, 10))

    def _place_led_items(
        self,
        text: str,
        ends: re.Pattern[str],
        local: frozenset[str],
        label: str,
        *,
        size: tuple[int, int],
        rest: tuple[int, int],
    ) -> list[Entity]:
        """The items of each list that ``ends`` closes which begin with a place's name (two or
        three characters) and go on for ``rest`` characters, ``size`` in all, and are no place's
        name themselves: one ``label`` entity each."""
        out: list[Entity] = []
        for m in ends.finditer(text):
            for p_start, piece in _list_items(text, m.start(), first_after_verb=False):
                if not (size[0] <= len(piece) <= size[1] and _HAN.fullmatch(piece)):
                    continue
                n = next((n for n in (3, 2) if self._is_place_name(piece[:n], local)), None)
                if n is not None and rest[0] <= len(piece) - n <= rest[1] and not self._is_place_name(piece, local):
                    out.append(Entity(p_start, p_start + len(piece), label, piece, "list"))
        return out

    def _own_bodies(self, text: str, tokens: Sequence[TokenSpan]) -> list[Entity]:
        """The jurisdiction's own departments, hospitals and state companies, named by 区, 市, 县, 州
        or 省 and their kind: 区林业局, 区人民医院, 市投控集团, 市少儿体校, 州安办, 省肿瘤医院
        (INSTITUTION; PROJECT in a clause about building it). The prefix must be a word of its
        own (not 城市, 园区) and the words between it and the kind nouns, not verbs."""
        out: list[Entity] = []
        n = len(tokens)
        for k, (w, s, e0) in enumerate(tokens):
            if len(w) >= 3 and w[0] in _OWN_PREFIXES and w not in self.res.common:
                kind = next((h for h in _OWN_BODY_KINDS if w.endswith(h)), None)
                if (
                    kind is not None
                    and kind not in _NOT_BUILT_KINDS
                    and (k == 0 or tokens[k - 1][2] != s or not self._is_place_name(tokens[k - 1][0], frozenset()))
                ):
                    label = "PROJECT" if _builds(text, s, e0) else "INSTITUTION"
                    out.append(Entity(s, e0, label, w, "head"))  # 区医院, jieba's one word
                continue
            if w not in _OWN_PREFIXES or k + 1 >= n:
                continue
            if k > 0 and tokens[k - 1][2] == s and self._is_place_name(tokens[k - 1][0], frozenset()):
                continue  # 钦州 市: the city's name, handled as a place
            j = k + 1
            while j < n and tokens[j][1] == tokens[j - 1][2] and tokens[j][2] - s <= 12:
                tw = tokens[j][0]
                tag = self.res.tags.get(tw, "")
                # jieba's pieces of an abbreviated name: 市/投/控/集团, 市/少儿 (m)/体校
                piece = (
                    len(tw) == 1
                    and tag in ("v", "vn")
                    and tokens[j][2] - s <= 4
                    or tag == "m"
                    and not _COUNTISH.search(tw)
                )
                if not _HAN.fullmatch(tw) or tag in _HARD_OR_VERB_TAGS and not piece:
                    break
                span = text[e0 : tokens[j][2]]
                kind = next(
                    (h for h in _OWN_BODY_KINDS if span.endswith(h) and len(h) > len(tw) or tw.endswith(h)), None
                )
                if kind is not None and not (tw in self.res.common and tw != kind and len(kind) <= len(tw)):
                    e = tokens[j][2]
                    if e - s > len(w) + len(kind) or len(kind) >= 2:
                        label = "PROJECT" if _builds(text, s, e) and kind not in _NOT_BUILT_KINDS else "INSTITUTION"
                        part = _QUOTED_PART.match(text, e)
                        if label == "PROJECT" and part is not None:
                            e = part.end()  # 新建市妇幼保健院“妇孺国医堂”: the hospital's new part
                        out.append(Entity(s, e, label, text[s:e], "head"))
                    break
                j += 1
        return out

    def _with_foreign_cities(self, text: str, ents: list[Entity]) -> list[Entity]:
        """A country and the city or port of it named next are one place: 俄罗斯赤塔市, 蒙古国乌兰巴托,
        越南海防港 (not 马来西亚炬申物流, a company: its name holds a common word)."""

        def city(ent: Entity) -> tuple[int, str] | None:
            if ent.label != "PLACE" or ent.text not in self.res.regions or ent.text.startswith("中"):
                return None
            m = _FOREIGN_CITY_AFTER.match(text, ent.end)
            if m is None or not self._name_like(m.group(1) or m.group(2), strict=False):
                return None
            return m.end(), "PLACE"

        return _run_on(text, ents, city)

    def _with_named_jurisdictions(self, text: str, ents: list[Entity], local: frozenset[str]) -> list[Entity]:
        """A body of a place named in full is one institution with the place: 呼伦贝尔市委,
        天津市委, 池州市人民政府, 凉山州委, 黄山区政府 (not the place and a bare 市委, nor the body
        with the place's name lost)."""
        out: list[Entity] = []
        for k, ent in enumerate(ents):
            m = _BODY_AFTER.match(text, ent.end) if ent.label == "PLACE" and ent.text.endswith(_LEVEL_ENDS) else None
            if m is not None and (k + 1 == len(ents) or ents[k + 1].start >= m.end()):
                out.append(Entity(ent.start, m.end(), "INSTITUTION", text[ent.start : m.end()], "body"))
                continue  # 凉山州/委: the place won over the body that shares its last character
            level = ent.text[:3] if ent.text.startswith(("自治区", "自治州")) else ent.text[:1]
            if ent.label == "INSTITUTION" and ent.source == "body" and level in _BODY_LEVELS:
                end = ent.start + len(level)
                start = next(
                    (
                        x
                        for x in range(max(0, ent.start - 10), ent.start)
                        if _HAN.fullmatch(text, x, ent.start) and self._is_place_name(text[x:end], local)
                    ),
                    None,
                )
                if start is not None:
                    while out and out[-1].end > start:
                        if out[-1].start < start:
                            break  # an entity that begins before the place: leave both as they are
                        out.pop()
                    else:
                        ent = Entity(start, ent.end, "INSTITUTION", text[start : ent.end], "body")
            out.append(ent)
        return out

    def _abbreviated(self, text: str, local: frozenset[str], own: frozenset[str]) -> list[Entity]:
        """One-character place names after 驻, 在, 来 (驻津解放军, 在津布局, 来川视察, 驻池单位) and in
        援藏援疆: a province's or the jurisdiction's own abbreviation, unless it begins a longer
        name (在凉山, 入京津冀)."""
        chars = self._abbrevs | own
        out = []
        for m in _ABBREV_CONTEXT.finditer(text):
            i = m.end()
            ch = text[i : i + 1]
            if ch not in chars:
                continue
            if any(self._is_place_name(text[i : i + n], local) for n in (2, 3)):
                continue
            out.append(Entity(i, i + 1, "PLACE", ch, "gazetteer"))
        for m in _AID_PAIR.finditer(text):
            if m.group(1) in chars and m.group(2) in chars:
                out += [Entity(m.start(1), m.end(1), "PLACE", m.group(1), "gazetteer")]
                out += [Entity(m.start(2), m.end(2), "PLACE", m.group(2), "gazetteer")]
        return out

    def _places_with_kinds(self, text: str, ents: list[Entity], tokens: Sequence[TokenSpan]) -> list[Entity]:
        """A place and the kind of work or facility written right after it are one project, named by
        the place: 石台抽水蓄能电站, 天堂湖污水处理厂, 达坂城区抽水蓄能电站 (the kind's words are common
        ones, which the head rule alone does not take for a name)."""
        if not ents:
            return ents
        starts = [t[1] for t in tokens]
        out: list[Entity] = []
        for n, ent in enumerate(ents):
            k = _index_at(starts, ent.end) if ent.label == "PLACE" else None
            nxt = ents[n + 1].start if n + 1 < len(ents) else len(text)
            if k is not None:
                found = self._kind_after(text, tokens, k, nxt, zones=self._zone_may_follow(ent))
                if found is not None:
                    end, label = found
                    ent = Entity(ent.start, end, label, text[ent.start : end], "head")
            out.append(ent)
        return out

    def _zone_may_follow(self, ent: Entity) -> bool:
        """Whether a zone named after this place is the place's own (宁南蚕桑现代农业园区), not a zone
        beside a country or inside a zone (白俄罗斯中白工业园, 自由贸易试验区联动创新区)."""
        if ent.text in self.res.regions:
            return False
        head = self._head_of(ent.text)
        return head is None or head.label != "PLACE" or len(head.head) < 2

    def _kind_after(
        self, text: str, tokens: Sequence[TokenSpan], k: int, limit: int, *, zones: bool = True
    ) -> tuple[int, str] | None:
        """The end and label of a kind of project (抽水蓄能电站, 污水处理厂) or zone (茧丝绸工业发展集中区,
        同城商务区, 软件园) that starts at token ``k``, if one does."""
        start = tokens[k][1]
        verb = counted = False
        for j in range(k, min(k + _KIND_TOKENS, len(tokens))):
            w, _, e = tokens[j]
            if e > limit or e - start > _KIND_CHARS or not _HAN.fullmatch(w):
                return None
            if w in _LEADING_TRIM or _BUILD.fullmatch(w) or w in _NOT_FRAGMENTS or w in _NOT_KIND_WORDS:
                return None
            counted = counted or w in _RANK_WORDS or self.res.tags.get(w) in ("m", "mq", "q")
            span = text[start:e]
            head = self._head_of(span)  # 污水/处理厂: the head may span words
            if head is None or len(head.head) < len(w) and not w.endswith(head.head):
                head = None
            zone_end = span.endswith(_ZONE_ENDS) and "示范" not in span  # 向海经济发展示范园区: a title
            if (head is None or len(head.head) < 2) and zone_end and e - start > 3:
                head = _ZONE_HEAD  # 宁南蚕桑现代农业园区, 河马泉海绵城市样板区 (园区 alone is no name)
            verb = verb or self.res.tags.get(w) == "v"
            if head is not None and head.label == "PLACE" and head.built is None and len(head.head) >= 2:
                if not zones or verb or counted:
                    return None  # 与雄安新区共建特色产业园区, 静海镇两个市级园区: not the zone's name
                nw = tokens[j + 1][0] if j + 1 < len(tokens) else ""
                if not _kind_ends(text, e) and nw not in _LEADING_TRIM and self.res.tags.get(nw) != "v":
                    return None  # but 集中区成功认定, 园区获评: a verb after the zone
                return (e, "PLACE") if len(head.head) < e - start else None  # 宁南蚕桑现代农业园区
            if head is None or head.company or head.label == "PLACE" and head.built != "PROJECT":
                continue
            if head.label == "INSTITUTION" and head.built != "PROJECT":
                return None
            if head.head in _KIND_HEADS or head.generic_ok:
                return None  # 技改项目, 生态工程: a kind of undertaking, not of facility
            if not _kind_ends(text, e):
                return None
            if head.label != "PROJECT" and not _builds(text, start, e):
                return None
            return e, "PROJECT"
        return None

    def _honoured_lists(self, text: str, ents: list[Entity]) -> list[Entity]:
        """The items of a list that won a title are of the title's kind: 洪墩村、朱备镇入选全国乡村
        旅游重点村镇 and 枫林湾、五里水乡被评为…示范小区 (places), 隆基光伏、天通银厦、共享装备被认定
        为…链主企业 (companies). Only items no entity touches are added, and only names (not
        2家企业, not a common word such as 共享装备)."""
        if "、" not in text:
            return ents
        starts = [e.start for e in ents]
        added: list[Entity] = []
        for m in _HONOURED_LIST.finditer(text):
            label = "INSTITUTION" if m.group("kind") in ("企业", "公司") else "PLACE"
            for ps, piece in _pieces(text, m.start("items"), m.end("items")):
                pe = ps + len(piece)
                if not _HAN.fullmatch(piece) or not 2 <= len(piece) <= 8 or _touches(ents, starts, ps, pe):
                    continue
                if label == "PLACE" and not (piece.endswith(_HONOURED_PLACE_ENDS) and len(piece) >= 3):
                    continue
                if label == "INSTITUTION" and not self._name_like(piece, strict=False):
                    continue
                added.append(Entity(ps, pe, label, piece, "list"))
        return sorted([*ents, *added], key=lambda e: e.start) if added else ents

    def _without_title_tail(self, text: str, ent: Entity, local: frozenset[str]) -> Entity:
        """A place followed by a title it holds or seeks is only the place: 乌鲁木齐县 (国家级乡村振兴
        示范县), 西部 (百强县区), 中国 (楼宇经济标杆商务区), 仙人湖 (国家级旅游度假区创建工作)."""
        role = _ROLE_TAIL.search(ent.text, 2)
        if role is not None and self._is_place_name(ent.text[: role.start()], local):
            # 确定为新疆国际医疗服务中心, 建设乌鲁木齐国际航空枢纽: a role the place takes, not a body
            return Entity(ent.start, ent.start + role.start(), "PLACE", ent.text[: role.start()], ent.source)
        title = _TITLE_WORDS.search(ent.text) if ent.label == "PLACE" else None
        if title is None:
            return ent
        head_of = self._head_of(ent.text)
        zone = head_of.head if head_of is not None and head_of.label == "PLACE" and len(head_of.head) >= 2 else ""
        sought = False
        if zone and (title.group() in ("国家级", "省级") or title.end() > len(ent.text) - len(zone)):
            sought = title.group() in ("国家级", "省级") and "创建" in text[ent.end : _clause_end(text, ent.end)]
            if not sought:
                return ent  # 南山国家级旅游度假区, 长三角生态绿色一体化发展示范区: a zone of that rank or kind
        for n in range(min(len(ent.text) - 1, 8), 1, -1):
            head = ent.text[:n]
            if _TITLE_WORDS.search(ent.text, n) is None:
                continue  # a title after the place, right away or further on
            if self._is_place_name(head, local) or sought and n >= 3 and head.endswith(_NATURAL_ENDS):
                # 推进东黄山国家级旅游度假区、…创建: the rank sought (guide §3), the mountain named
                return Entity(ent.start, ent.start + n, "PLACE", head, ent.source)
        return ent

    def _with_branches(self, text: str, ents: list[Entity], local: frozenset[str]) -> list[Entity]:
        """A body's branch, named by its place or not, and its numbered inspection team are one body
        with it: 武汉仲裁委员会天门分会, 黄山职业技术学院分校 (the place inside goes into it),
        自治区党委第三巡视组."""

        def branch(ent: Entity) -> tuple[int, str] | None:
            m = _BRANCH_AFTER.match(text, ent.end) if ent.label == "INSTITUTION" else None
            if m is None or m.group(1) and not self._is_place_name(m.group(1), local):
                return None
            return m.end(), ent.label  # the branch's place (天门) is inside the branch's name

        return _grown(text, ents, branch)

    def _with_glossed_names(self, text: str, ents: list[Entity], local: frozenset[str]) -> list[Entity]:
        """A name, a place glossed in brackets, then a head's words are one name: 中国（沙特）吉赞产业园,
        中欧班列（乌鲁木齐）集结中心 (the name before and the place inside go into it). The words
        after the bracket are a name found there with a head (中欧（中亚）“天山号”班列), else run to
        the first head within _GLOSSED_REACH characters, with no mark of the clause between; a
        company's head is not one (companies are read from the text)."""

        starts = [e.start for e in ents]  # ents are sorted by start

        def glossed(ent: Entity) -> tuple[int, str] | None:
            m = _GLOSS.match(text, ent.end) if ent.label in ("PLACE", "PROJECT") else None
            if m is None or not self._is_place_name(m.group(1), local) or _EDITION.match(text, m.end()):
                return None  # 中国(四川)首届民族音乐周: the edition is no part of the name (guide §3)
            s = m.end()
            k = _index_at(starts, s)
            inner = ents[k] if k is not None else None
            if inner is not None and inner.label != "DATE" and inner.end - s <= _GLOSSED_REACH:
                head = self._head_of(inner.text)  # 中欧（中亚）“天山号”班列: the name found after the bracket
                if head is not None and not head.company:
                    return inner.end, inner.label
            for end in range(s + 2, min(len(text), s + _GLOSSED_REACH) + 1):
                if not _HAN.fullmatch(text[end - 1]):
                    return None
                head = self._head_of(text[s:end])
                if head is None or head.company or head.head in _KIND_HEADS:
                    continue
                longer = self._head_of(text[s : end + 1]) if end < len(text) else None
                if longer is not None and len(longer.head) > len(head.head):
                    continue  # 产业园/区: the longer head
                built = head.built is not None and _builds(text, ent.start, end)
                return end, head.built if built and head.built else head.label
            return None

        return _grown(text, ents, glossed)

    def _listed_universities(self, text: str) -> list[Entity]:
        """The items of a list of universities are universities, by their usual short names too:
        加快与南开、天大等高校共建… (南开 is also a district: here the university); two items at
        least, and not countries (与哈萨克斯坦、俄罗斯等高等院校: their universities)."""
        out: list[Entity] = []
        for m in _SCHOOL_LIST_END.finditer(text):
            items = _items_of(text, _clause_start(text, m.start()), m.start())
            if len(items) < 2 or any(text[s:e] in self.res.regions for s, e in items):
                continue
            out += [
                Entity(s, e, "INSTITUTION", text[s:e], "body")
                for s, e in items
                if 2 <= e - s <= 10 and _HAN.fullmatch(text, s, e)
            ]
        return out

    def _glossed_centres(self, text: str, local: frozenset[str]) -> list[Entity]:
        """A national centre and the place of its branch in brackets: 国家会展中心（上海）,
        国家会展中心（天津） (a venue is PLACE, as the gold has 文化中心; another centre
        INSTITUTION; PROJECT in a clause about building it)."""
        out = []
        for m in GLOSSED_CENTRE_RE.finditer(text):
            if self._is_place_name(m.group("place"), local):
                s, e = m.span()
                label = "PLACE" if m.group("venue") else "INSTITUTION"
                out.append(Entity(s, e, "PROJECT" if _builds(text, s, e) else label, m.group(0), "head"))
        return out

    def _stations(self, text: str, local: frozenset[str]) -> list[Entity]:
        """A city's railway station by its compass point: 上海东站, 天津西站, 黄山北站 (PLACE;
        PROJECT in a clause about building it)."""
        out = []
        for m in STATION_RE.finditer(text):
            e = m.end()
            for s in (m.start() - 3, m.start() - 2):  # the longer city name first: 牡丹江东站
                if s >= 0 and self._is_place_name(text[s : m.start()], local):
                    out.append(Entity(s, e, "PROJECT" if _builds(text, s, e) else "PLACE", text[s:e], "head"))
                    break
        return out

    def _natural_features(self, text: str, tokens: Sequence[TokenSpan]) -> list[Entity]:
        """Rivers, lakes, mountains and plains that jieba's dictionary knows as place names: 白洋淀,
        江汉平原, 洞庭湖, 雅鲁藏布江, 黄浦江 (three characters at least: 河水, 山水 are words), with
        the quotes around it (“大黄山”)."""
        tags = self.res.tags
        out = []
        for k, (w, s, e) in enumerate(tokens):
            if len(w) >= 3 and w.endswith(_NATURAL_ENDS) and tags.get(w) == "ns" and w not in self.res.common:
                if text[s - 1 : s] == "“" and text[e : e + 1] == "”":
                    s, e = s - 1, e + 1
                out.append(Entity(s, e, "PLACE", text[s:e], "gazetteer"))
            elif w in _NATURAL_KINDS and k > 0 and tokens[k - 1][2] == s:
                pw, ps, _ = tokens[k - 1]  # 雅鲁藏布/大峡谷: a river's name and the kind of feature
                if len(pw) >= 2 and tags.get(pw) == "ns" and pw not in self.res.common:
                    out.append(Entity(ps, e, "PLACE", text[ps:e], "gazetteer"))
        return out

    def _abbreviation_runs(self, text: str, tokens: Sequence[TokenSpan], own: frozenset[str]) -> list[Entity]:
        """Two to four one-character names of provinces (京津, 沪苏浙, 川滇) or of countries (中俄, 俄蒙,
        中吉乌) in a row are one place, when the run is its own words: 京津协同创新, 中蒙建交, 甬凉协作
        (not 新中式, and not 皖美 or 美新, where 美 is not America beside a province)."""
        provinces = self._abbrevs | own | _CITY_ABBREVIATIONS
        runs = _abbreviation_run_re(provinces | _COUNTRY_ABBREVIATIONS).finditer(text)
        found = [m for m in runs if len(m.group()) <= 4]
        if not found:
            return []
        starts = {t[1] for t in tokens}
        ends = {t[2] for t in tokens}
        out = []
        for m in found:
            run, i, j = m.group(), m.start(), m.end()
            if (
                i in starts
                and j in ends
                and len(set(run)) == len(run)
                and (set(run) <= provinces or set(run) <= _COUNTRY_ABBREVIATIONS)
                and text[j : j + 1] not in _NOT_AFTER_ABBREVIATIONS
            ):
                zone = _JOINT_ZONE.match(text, j)
                if zone is not None and not _NOT_IN_JOINT_ZONE.search(zone.group()):
                    j = zone.end()  # 中俄蒙合作先导区, 川桂国际产能合作产业园: the places' joint zone
                out.append(Entity(i, j, "PLACE", text[i:j], "gazetteer"))
        return out

    def _schools(self, text: str, local: frozenset[str]) -> list[Entity]:
        """A place and a school's short name (黄山一中, 静海一中, 黄山旅校) and a city's numbered school
        or hospital (市第五中学, 天门市第八人民医院): INSTITUTION, PROJECT in a clause about building it."""
        spans = []
        for m in _NUMBERED_SCHOOL.finditer(text):
            a, b = m.start(), m.start() + 1  # the place may be named before 市: 天门市第一人民医院
            w = next((w for w in (5, 4, 3, 2) if a - w + 1 >= 0 and self._is_place_name(text[a - w + 1 : b], local)), 0)
            campus = _NAMED_CAMPUS.match(text, m.end())  # 市第六中学永福校区: the school's campus by its place
            spans.append((a - w + 1 if w else a, m.end() if campus is None else campus.end()))
        for m in _SCHOOL_SUFFIX.finditer(text):
            s = m.start()
            n = next((n for n in (4, 3, 2) if s - n >= 0 and self._is_place_name(text[s - n : s], local)), None)
            if n is not None:
                spans.append((s - n, m.end()))
        return [Entity(a, b, "PROJECT" if _builds(text, a, b) else "INSTITUTION", text[a:b], "head") for a, b in spans]

    def _own_zones(self, text: str, tokens: Sequence[TokenSpan]) -> list[Entity]:
        """经开区, 综保区, 自贸试验区 alone (or after 市, 县: 市经开区): the jurisdiction's own zone
        (DECISIONS.md), not after a rank word (国家级高新区 is a kind of zone) nor inside a longer word."""
        ends = {e: w for w, _, e in tokens}
        out = []
        for m in _OWN_ZONE_RE.finditer(text):
            before = ends.get(m.start())
            if before is None and m.start() > 0:
                continue  # inside a word
            if before is not None and before in _RANK_WORDS:
                continue
            if m.group(0) == "集中区" and before is not None and self.res.tags.get(before) not in _CLAUSE_TAGS:
                continue  # 工业集中区: a kind of zone, not the city's own (支持集中区建设…)
            s = m.start() - 1 if before in ("市", "县", "州") else m.start()  # 市经开区: the city's own
            out.append(Entity(s, m.end(), "PLACE", text[s : m.end()], "gazetteer"))
        return out

    def _quoted(self, text: str) -> list[Entity]:
        """Quoted names with a project head (“海河英才”行动计划); quoted events listed before
        等…活动 (“龙虾狂欢季”“金秋消费季”等主题活动); a quoted series (“优环境、稳经济”系列活动);
        a quoted region (“三北”地区, “海赤乔”次区域: a place; a quoted zone is more often a kind or
        a title, “口袋公园”, “新中式茶饮发展先行区”, so those are left)."""
        out = [
            Entity(m.start(), m.end(), "PROJECT", m.group(0), "quoted")
            for pattern in self._quoted_res
            for m in pattern.finditer(text)
            if m.group(0).strip("“”") not in self.res.not_names  # “形象工程”: a kind in quotes, no name
        ]
        for m in _QUOTED_EVENTS.finditer(text):
            for q in _QUOTE.finditer(text, m.start(1), m.end(1)):
                out.append(Entity(q.start(), q.end(), "PROJECT", q.group(0), "quoted"))
        for m in _QUOTED_SERIES.finditer(text):
            out.append(Entity(m.start(), m.end(), "PROJECT", m.group(0), "quoted"))
        for m in _QUOTED_CAMPAIGN.finditer(text) if "”" in text else ():
            out.append(Entity(m.start(), m.end(), "PROJECT", m.group(0), "quoted"))
        for m in _QUOTED_REGION.finditer(text) if "”" in text else ():
            out.append(Entity(m.start(), m.end(), "PLACE", m.group(0), "quoted"))  # “三北”地区, “海赤乔”次区域
        return out

    def _from_tokens(self, text: str, tokens: Sequence[TokenSpan], local: frozenset[str]) -> list[Entity]:
        out: list[Entity] = []
        n = len(tokens)
        i = 0
        while i < n:
            w, s, e = tokens[i]
            # gazetteer places, merging a run (天津市 静海区)
            is_place = self._is_place_name(w, local)
            if is_place and not self._cuts_a_word(text, s, e, w, local):
                j = i
                while (
                    j + 1 < n
                    and self._is_place_name(tokens[j + 1][0], local)
                    and tokens[j + 1][1] == tokens[j][2]
                    and not (tokens[j][0] in self.res.regions and tokens[j + 1][0] in self.res.regions)
                ):
                    j += 1  # 天津市静海区 is one place; 中亚西亚南亚 are three regions
                out.append(Entity(s, tokens[j][2], "PLACE", text[s : tokens[j][2]], "gazetteer"))
            if len(w) >= 4 and w.endswith(_GROUP_OF_PLACES) and not is_place:
                region = w[:-2]  # 东盟国家, 港澳台地区: jieba's one word for the region and its countries
                if region in self.res.regions:
                    out.append(Entity(s, s + len(region), "PLACE", region, "gazetteer"))
            head = self._head_of(w)
            if head is not None and len(head.head) == 1 and self.res.tags.get(w, "") in ("v", "vn", "vd"):
                head = None  # 开园 is a verb, not a park
            if (
                head is not None
                and len(head.head) == 1
                and len(w) >= 2
                and (
                    w in self.res.common
                    or self.res.tags.get(w) in ("l", "i", "a", "ad", "an", "d")
                    or head.label == "PLACE"
                    and self.res.tags.get(w, "ns") not in ("ns", "nr", "nrt", "nrfg", "j")
                )
                and not (  # 天津/软件园: a place names the park its common word ends with
                    head.label == "PLACE"
                    and w not in self.res.common
                    and i > 0
                    and tokens[i - 1][2] == s
                    and self._is_place_name(tokens[i - 1][0], local)
                )
            ):
                head = None  # 环节, 薄弱环节, 集成电路: a word of the dictionary that only ends like a head
            if head is not None and len(head.head) == 1 and is_place:
                head = None  # 凉山, 黄河: a place name of its own, not a head to extend
            if head is not None and len(w) == 2 and w[0] == "沿" and head.label == "PLACE":
                head = None  # 沿河企业, 沿河两岸: along the river, no river named
            if head is not None and head.label == "PROJECT" and w == head.head and len(w) == 1 and e < len(text):
                if "\u4e00" <= text[e] <= "\u9fff" and text[e] not in "等和及与暨" and not _HOSTED_AFTER.match(text, e):
                    head = None  # 发展节水产业: jieba cut 节 off 节水, no event ends here (but 牧场/节/成功举办)
            if head is not None and head.label != "PLACE" and i + 1 < n and tokens[i + 1][1] == e:
                if tokens[i + 1][0] in _MODIFIED_NOUNS:
                    head = None  # 海洋工程装备, 国际贸易中心城市: the head word only modifies a noun
                elif (
                    head.label == "INSTITUTION"
                    and w == head.head
                    and self.res.tags.get(w) == "v"
                    and self.res.tags.get(tokens[i + 1][0]) == "v"
                ):
                    head = None  # 市人民政府组织实施: the head is a verb before a verb, no body ends here
            if head is not None:
                ent = self._extend(text, tokens, i, head, local)
                if ent is not None:
                    out.append(ent)
            i += 1
        return out

    def _with_local_names_whole(self, tokens: Sequence[TokenSpan], local: frozenset[str]) -> Sequence[TokenSpan]:
        """The tokens, with a name of the report's own divisions that jieba cut into single
        characters given back whole (会/东 -> 会东 in 凉山州's report), unless the name is a
        common word."""
        out: list[TokenSpan] | None = None
        k = 0
        while k + 1 < len(tokens):
            (a, sa, ea), (b, sb, eb) = tokens[k], tokens[k + 1]
            if len(a) == 1 and len(b) == 1 and ea == sb and a + b in local:
                w = a + b
                if w not in self.res.common and w not in self.res.ambiguous and self._is_place_name(w, local):
                    if out is None:
                        out = list(tokens[:k])
                    out.append((w, sa, eb))
                    k += 2
                    continue
            if out is not None:
                out.append(tokens[k])
            k += 1
        if out is None:
            return tokens
        out.extend(tokens[k:])
        return out

    def _split_at_heads(self, tokens: Sequence[TokenSpan]) -> Sequence[TokenSpan]:
        """The tokens, with a head that jieba cut across two words given back whole (健身运动/会 ->
        健身/运动会, 民族音乐/周 -> 民族/音乐周, 先导/区 -> 先导区, 东宁/互市/贸易区 -> 互市贸易区),
        where the second word is no head of its own."""
        out: list[TokenSpan] | None = None
        merged: set[int] = set()  # tokens joined whole to the next one
        heads, tails = self.res.heads, self._head_tails
        for k in range(1, len(tokens)):
            (a, sa, ea), (b, sb, eb) = tokens[k - 1], tokens[k]
            if b not in tails or ea != sb or self._head_of(b) is not None or merged and (k - 1) in merged:
                continue
            whole = heads.get(a + b) if len(a) + len(b) <= self._max_head else None
            if whole is not None and len(b) > 1 and whole.label != "PLACE":
                whole = None  # 互市/贸易区 is a zone's word; 专项/整治 stays two (问题专项整治 is no name)
            if whole is not None and not whole.company and _HAN.fullmatch(a):
                if out is None:
                    out = list(tokens)
                out[k] = (a + b, sa, eb)  # 合作/先导/区: the zone word jieba cut in two
                merged.add(k - 1)
                continue
            if len(a) < 2:
                continue
            for n in range(min(len(a) - 1, self._max_head - len(b)), 0, -1):
                h = heads.get(a[-n:] + b)
                if h is not None and not h.company:
                    if out is None:
                        out = list(tokens)
                    out[k - 1] = (a[:-n], sa, ea - n)
                    out[k] = (a[-n:] + b, ea - n, eb)
                    break
        if out is None:
            return tokens
        return [t for k, t in enumerate(out) if k not in merged]

    def _head_of(self, word: str) -> Head | None:
        cache = self._head_cache
        if word in cache:
            return cache[word]
        heads = self.res.heads
        found = None
        for n in range(min(len(word), self._max_head), 0, -1):
            h = heads.get(word[-n:])
            if h is not None:
                found = h
                break
        if len(cache) < 200_000:
            cache[word] = found
        return found

    def _companies(self, text: str) -> list[Entity]:
        """Companies named at the start of a clause or list item: 彤辉科技投产…, 、石河医药等10家企业.

        jieba cuts an unknown name into single characters, so this reads the text: two to four
        characters that hold no common word, an industry word (``company`` heads), then a list
        delimiter or a verb of what the company did."""
        if self._company_re is None:
            return []
        out = []
        for m in self._company_re.finditer(text):
            if m.group(1) in _SECTOR_WORDS or not self._name_like(m.group(1), strict=False):
                continue  # 大力发展科技: the words before the industry are common words, not a name
            out.append(Entity(m.start(), m.end(), "INSTITUTION", m.group(0), "head"))
        return out

    def _name_like(self, name: str, *, strict: bool = True) -> bool:
        """Two to five characters with no common word inside (宝昂, 中科云图; not 联合飞机).

        strict: no word of jieba's dictionary other than a name; else no frequent common
        word and no verb or adjective (金风 is in the dictionary as a noun)."""
        tags, common = self.res.tags, self.res.common

        def plain(word: str) -> bool:
            if strict:
                return tags.get(word, "nz") not in _PROPER_TAGS
            return (
                word in common or tags.get(word, "") in _SOFT_TAGS or tags.get(word, "") in ("a", "ad", "an", "l", "i")
            )

        return (
            2 <= len(name) <= 5 and _HAN.fullmatch(name) is not None and not any(plain(w) for w in _inner_words(name))
        )

    def _pieced_name(self, words: Sequence[str]) -> bool:
        """Whether single characters make a name that jieba did not know: two to four characters
        with no common word inside (潜网, 海乳; not 龙头, 子)."""
        name = "".join(words)
        return all(len(w) == 1 for w in words) and len(name) <= 4 and self._name_like(name, strict=False)

    def _listed_companies(self, text: str, tokens: Sequence[TokenSpan]) -> list[Entity]:
        """Bare names in a list of projects or companies are companies (DECISIONS.md):
        加快中科云图、联合飞机等项目建设; 促进亿能、胜微等企业."""
        out: list[Entity] = []
        starts = {s: k for k, (_, s, _) in enumerate(tokens)}
        for m in COMPANY_LIST_END.finditer(text):
            first = len(out)
            clause_s = _clause_start(text, m.start())
            companies = m.group(0).endswith(("企业", "外企", "公司"))  # a list of companies, not of projects
            pieces = _pieces(text, clause_s, m.start())
            generic = any(p in self.res.common for _, p in pieces)  # 铸造件、零部件、元器件等配套企业
            # names of words count in a list of companies that lists no trades or fields
            siblings = companies and not generic and not _FIELDS_BEFORE.search(m.group(0))
            unread: list[tuple[int, str]] = []
            for n_piece, (p_start, piece) in enumerate(pieces):
                if n_piece > 0:
                    if self._name_like(piece) or companies and not generic and self._short_company(piece):
                        out.append(Entity(p_start, p_start + len(piece), "INSTITUTION", piece, "list"))
                    else:
                        found = self._company_before_product(
                            text, p_start, p_start + len(piece), starts, tokens, companies=companies
                        )
                        out += found
                        if not found:
                            unread.append((p_start, piece))
                    continue
                lead = _NAME_BEFORE_AMOUNT.match(piece)
                if lead is not None and self._name_like(lead.group(1)):
                    out.append(Entity(p_start, p_start + lead.end(1), "INSTITUTION", lead.group(1), "list"))
                    continue  # 宝镁30万吨镁合金…等20个项目: the company before its output
                k0 = starts.get(p_start)
                while k0 is not None and k0 < len(tokens) and tokens[k0][2] <= m.start():
                    w = tokens[k0][0]
                    if not (w in _LEADING_TRIM or len(w) >= 2 and self.res.tags.get(w, "") in _SOFT_TAGS):
                        break
                    k0 += 1  # the clause's leading verbs: 推进环欧太阳能切片
                if k0 is not None and k0 < len(tokens) and (k0 != starts.get(p_start) or companies):
                    found = self._company_before_product(
                        text, tokens[k0][1], p_start + len(piece), starts, tokens, companies=companies
                    )
                    if found:
                        out += found
                        continue
                # the first item: the longest name at its end that follows a verb or the clause start
                for cut in range(max(0, len(piece) - 5), len(piece) - 1):
                    k = starts.get(p_start + cut)
                    if k is None:
                        continue
                    before = tokens[k - 1][0] if k > 0 and cut > 0 else ""
                    if (cut == 0 or len(tokens[k][0]) == 1) and self.res.tags.get(tokens[k][0]) == "p":
                        continue  # 与诺和诺德、英力士…, 注重从抖音、小红书…: the preposition is not in the name
                    after_verb = before in self.res.common and len(before) >= 2 or self.res.tags.get(before) == "p"
                    if _AMOUNT_BEFORE.search(piece, 0, cut):
                        continue  # 100万千瓦光伏: what an amount measures, not a name
                    if (cut == 0 or after_verb) and self._name_like(piece[cut:]):
                        out.append(Entity(p_start + cut, p_start + len(piece), "INSTITUTION", piece[cut:], "list"))
                        break
                    if (cut == 0 or after_verb) and siblings and self._sibling_company(piece[cut:]):
                        # 培育壮大龙丹乳业、完达山乳业等乳品企业: a company's name of words, after the verb
                        out.append(Entity(p_start + cut, p_start + len(piece), "INSTITUTION", piece[cut:], "list"))
                        break
            if siblings:
                out += [
                    Entity(p_start, p_start + len(piece), "INSTITUTION", piece, "list")
                    for p_start, piece in unread
                    if self._sibling_company(piece)
                ]
            if not companies:  # 华润光伏、大唐光伏…等重大项目: the companies, not what they make
                out[first:] = [_without_trade(e) for e in out[first:]]
        # 涉气、涉酸等项目, 涉镉等重金属行业企业 (what a trade involves), 源网荷储 (a kind of project)
        return [e for e in out if not e.text.startswith(_NOT_COMPANY_START)]

    def _sibling_company(self, name: str) -> bool:
        """A company's name that reads as words, in a list of companies: 天安日化、方圆钛白、
        新硅科技等企业; 诺和诺德、英力士、明治乳业等一批外企; 江汉盐化工、可赛化工等企业.
        Three to five characters; before a trade word at its end (化工, 科技) no frequent common
        word and no full place name; else not two plain dictionary words (小试中试)."""
        tags, common = self.res.tags, self.res.common
        if not 3 <= len(name) <= 5 or _HAN.fullmatch(name) is None or name.startswith(_NOT_COMPANY_START):
            return False
        if name in tags and tags[name] not in _PROPER_TAGS:
            return False
        body = name[:-2] if name[-2:] in common else name
        if (
            any(p in common or p in self.res.gazetteer.by_name for p in _inner_words(body))
            or tags.get(body) in _NOUN_TAGS
        ):
            return False  # 化纤纺织: a trade, not a name
        return body != name or not any(
            tags.get(name[:k], "nz") in _PLAIN_NAME_TAGS and tags.get(name[k:], "nz") in _PLAIN_NAME_TAGS
            for k in range(2, len(name) - 1)
        )

    def _industry_named(self, text: str, start: int, end: int, words: Sequence[str]) -> bool:
        """A park named by the industry it holds, in the city's own report: 做强纺织服装产业园,
        谋划推动数字产业园, 建好绿电产业园, 丝路国际科学城. Not a kind of park: one a rank or a count
        comes before (国家现代农业产业园, 省高端人才产业园, 5个百亿产业园区), one named by kind
        words (特色产业园区, 县域产业园区), one counted after (线下产业园2个) or a plan's name."""
        if len("".join(words)) < 2 or words[0] in _PARK_KIND_WORDS or words[0] in _RANK_WORDS:
            return False
        if any(self.res.tags.get(w, "nz") not in _PARK_WORD_TAGS for w in words):
            return False
        if _PARK_KIND_BEFORE.search(text, max(0, start - 2), start) or _COUNT_BEFORE.search(
            text, max(0, start - 8), start
        ):
            return False
        return not (_COUNT_AFTER.match(text, end) or text.startswith("规划", end))

    def _short_company(self, name: str) -> bool:
        """A company's short name that is also a dictionary noun, in a list of companies: 远景、中船等企业."""
        return len(name) == 2 and self._name_like(name, strict=False) and self.res.tags.get(name) == "n"

    def _company_before_product(
        self,
        text: str,
        s: int,
        e: int,
        starts: dict[int, int],
        tokens: Sequence[TokenSpan],
        *,
        companies: bool = False,
    ) -> list[Entity]:
        """A company's name before what it makes, in a list of projects (DECISIONS.md: the company is
        INSTITUTION, the product phrase nothing): 晶钰金刚线, 宝镁30万吨镁合金, 龙祥光伏支架.

        In a list of companies (…等企业) a name and one trade word is the company's whole name:
        华德牧业、蒙拓机械等机械装备制造企业, 上汽大众、广汽、陕汽等汽车制造企业."""
        for n in (4, 3, 2):
            cut = s + n
            k = starts.get(cut)
            if cut >= e - 1 or k is None or not self._name_like(text[s:cut]):
                continue
            name = text[s:cut]
            g = self.res.gazetteer
            if self.res.tags.get(name) == "ns" or any(
                p in self.res.common or p in g.by_name or p in g.by_short for p in _inner_words(name)
            ):
                continue  # 城市数字…, 西昌钒钛…: a place or a common word, not a company's name
            nxt = tokens[k][0]
            head = self._head_of(nxt)
            if head is not None and not head.company:
                continue  # 武张高铁, 安卓梅达酒店: a named facility, not a company and its product
            if nxt[0].isdigit() or (
                len(nxt) >= 2 and nxt in self.res.tags and self.res.tags[nxt] not in _NAME_GOES_ON_TAGS
            ):
                if companies and tokens[k][2] == e and not nxt[0].isdigit():
                    return [Entity(s, e, "INSTITUTION", text[s:e], "list")]
                return [Entity(s, cut, "INSTITUTION", text[s:cut], "list")]
        return []

    def _cut_off_start(self, text: str, tokens: Sequence[TokenSpan], j: int, start: int) -> int | None:
        """Where a name starts when jieba cut its first one or two characters off as single-character
        words that are not function words: 、中稀牦牛坪采选工程 (中 f), 、九华湖综合治理工程 (九 m),
        提速建设渤化新材料产业园二期 (渤). Only at the start of a list item or clause, or right after
        a verb of the clause (建设, 开工); else None."""
        k = j
        while k >= 0 and j - k < 2 and tokens[k][2] == (tokens[k + 1][1] if k + 1 <= j else start):
            w = tokens[k][0]
            if len(w) != 1 or not "\u4e00" <= w <= "\u9fff" or w in _NOT_NAME_START:
                break
            if self.res.tags.get(w, "n") not in _NAME_START_TAGS:
                break
            k -= 1
        if k == j:
            return None
        lead = tokens[k + 1][1]
        before = tokens[k] if k >= 0 else None
        if before is None or before[2] != lead:
            return lead if lead == 0 or text[lead - 1] in "、，。；：“\n" else None
        bw = before[0]
        if bw in _LEADING_TRIM or bw in ("、", "，", "。", "；", "：", "“", "\n"):
            return lead
        return None

    def _extend(
        self, text: str, tokens: Sequence[TokenSpan], i: int, head: Head, local: frozenset[str]
    ) -> Entity | None:
        if head.company:
            return None  # companies are read from the text (_companies), not from jieba's pieces
        w, s, e = tokens[i]
        words = [w[: len(w) - len(head.head)]] if len(w) > len(head.head) else []
        start = s
        j = i - 1
        limit = 24 if head.label == "PROJECT" else 18
        while j >= 0:
            tw, ts, te = tokens[j]
            if te != start or e - ts > limit:
                break
            if tw in ("）", ")"):
                m = _PAREN_BEFORE.search(text, max(0, te - 8), te)
                if m is not None and m.end() == te and self._is_place_name(m.group(0)[1:-1], local):
                    # 江汉平原（天门）蔬菜产业大会, 中国(四川)民族音乐周: a place gloss inside the name
                    words.insert(0, m.group(0))
                    start = m.start()
                    while j >= 0 and tokens[j][1] >= m.start():
                        j -= 1
                    continue
            route = head.built is not None or head.label == "PROJECT" and any(x.endswith(_ROUTE_WORDS) for x in words)
            if tw == "至" and route and j > 0 and self._is_place_name(tokens[j - 1][0], local):
                words.insert(0, tw)  # 天门至洪湖高速公路, 牡丹江至绥芬河高速公路扩容改造工程
                start = ts
                j -= 1
                continue
            if (head.built is not None or head.label == "PROJECT") and _ROAD_CODE.fullmatch(tw):
                words.insert(0, tw)  # S213新东环线, G228国道拓宽改线工程: the road's number is its name
                start = ts
                break
            if any(ch in _CLAUSE_END or ch.isspace() or ch.isdigit() for ch in tw) and tw not in _TECH_CODES:
                if not (tw.startswith("“") or tw.endswith("”") or tw in ("“", "”", "—")):
                    break
            if len(tw) == 1 and j > 0 and tokens[j - 1][2] == ts and _LOCALITY.fullmatch(tokens[j - 1][0] + tw):
                words.insert(0, tokens[j - 1][0] + tw)  # 北/横/通道: a part of the city cut into characters
                start = tokens[j - 1][1]
                j -= 2
                continue
            if tw in _AWARD_VERBS:
                break  # 巴特瑞荣获联合国工业发展组织…: the verb of the clause (jieba tags 荣获 a name)
            if tw == "创" and words and _RANK_START.match(words[0]):
                break  # 支持市中医院创三级中医院: 创 (a noun to jieba) is the verb, the rank its goal
            tag = self.res.tags.get(tw, "")
            if tw in _ALONG and (i - j == 1 and head.built is not None or words and words[0] in _LINE_HEADS):
                words.insert(0, tw)  # 沿江高铁, 沿海高速: a line named by what it runs along
                start = ts
                break
            stretch = tw in _STRETCHES and j > 0 and self._is_place_name(tokens[j - 1][0], local)
            if (tag in _HARD_TAGS or tw in self.res.classifiers) and not self._is_place_name(tw, local) and not stretch:
                break  # but 长江/中游/城市群: a stretch of a river is part of the region's name
            if tag == "v" and (not head.generic_ok or i - j > 2 or len(tw) == 1) and not self._is_place_name(tw, local):
                prev = tokens[j - 1] if j > 0 and tokens[j - 1][2] == ts else None
                named = (
                    (head.label == "PROJECT" or head.built == "PROJECT" and _builds(text, ts, e))
                    and not head.generic_ok
                    and prev is not None
                    and (
                        i - j == 1
                        and self._is_place_name(prev[0], local)
                        or (len(tw) == 1 or tw in _NOMINAL_VERBS)
                        and len(prev[0]) >= 2
                        and self.res.tags.get(prev[0], "nz") in _NOUN_TAGS
                        and prev[0] not in _LEADING_TRIM
                    )
                )
                if (
                    not named
                    and head.label == "INSTITUTION"
                    and not head.company
                    and len(tw) >= 2
                    and tw not in _LEADING_TRIM
                    and not _WORK_LEAD.fullmatch(tw)
                ):
                    # 四川/应用/技术/职业/学院: a verb-like word right after the place that opens the name
                    named = prev is not None and self._is_place_name(prev[0], local)
                if not named:
                    break  # but 王口炒货节: a place, a word jieba calls a verb, an event
            if head.label == "PLACE" and tw in _INNER_VERBS and words:
                break  # 木里建设国家森林公园, 加密钦州港: the clause's verb, not part of a zone's name
            words.insert(0, tw)
            start = ts
            j -= 1
        lead = self._cut_off_start(text, tokens, j, start)
        if lead is not None:
            words.insert(0, text[lead:start])
            start = lead

        # trim leading verbs and adverbs of the clause
        untrimmed = start
        k = 0
        while k < len(words) and (
            words[k] in _LEADING_TRIM
            or words[k].endswith(tuple(_LEADING_TRIM))
            or head.built is not None
            and words[k].endswith(_REBUILDS)  # 新改扩建幼儿园: the work, not the name
            or self.res.tags.get(words[k], "") in _SOFT_TAGS
            and not self._is_place_name(words[k], local)
        ):
            start += len(words[k])
            k += 1
        words = words[k:]
        while words and words[0] in ("”", "—", "、", "好", "·"):  # 好: the complement of 建设好, 实施好
            start += len(words[0])
            words = words[1:]
        if head.head in _ABBREVIATED_EVENTS and not words and j >= 0 and tokens[j][2] == start:
            pw, ps, _ = tokens[j]
            before = tokens[j - 1][0] if j > 0 and tokens[j - 1][2] == ps else ""
            if (
                len(pw) == 1
                and "\u4e00" <= pw <= "\u9fff"
                and (
                    ps == 0
                    or text[ps - 1] in "、，。；：“\n"
                    or _EDITION.fullmatch(before)  # 办好第四届进博会
                    or before in _LEADING_TRIM
                    or self.res.tags.get(before) == "v"  # 推动进博会溢出效应
                )
            ):
                words.insert(0, pw)  # 、消博会: jieba cut 消 off the abbreviation
                start = ps
        name = text[start:e]
        if "”" in name and "“" not in name[: name.index("”")]:
            q = text.rfind("“", max(0, start - 12), start)
            if q >= 0 and "\n" not in text[q:start]:
                start, name = q, text[q:e]
                words = [text[q:start]] + words if text[q:start] else words
        if not words or name.rfind("“") > name.rfind("”"):
            return None  # a name that ends inside quotes it opened (“乐动草原”“两河圣山): no name here
        if name in self.res.not_names or len(name) <= len(head.head):
            return None
        if words[0] in _RANK_WORDS and name[len(words[0]) :] in self.res.not_names:
            return None  # 国家美丽河湖: a rank and a kind of place, no name
        if head.head in _DESIGNATION_HEADS and not any(self._is_place_name(w, local) or "“" in w for w in words):
            return None  # 四化同步发展示范区: a designation to be built or won (guide §3), no place named
        known = (
            head.label == "PLACE" and w not in self.res.common and len(head.head) == 1 and self.res.tags.get(w) == "ns"
        ) or (  # 同济大学: an organisation's whole name in jieba's dictionary (nt), though 同济 is a noun;
            # standing on its own (after a list mark or the clause's verb), not a kind inside a longer
            # name (第三/中心医院, 快速/公交公司)
            head.label == "INSTITUTION"
            and name == w
            and len(w) > len(head.head)
            and self.res.tags.get(w) == "nt"
            and (i == 0 or text[s - 1] in "、，。；：“\n" or self.res.tags.get(tokens[i - 1][0]) == "v")
        )
        geographic = head.label == "PLACE" and len(head.head) >= 2
        if head.head in _ABBREVIATED_EVENTS and len(name) <= 4:
            known = True  # 进博会, 广交会, 西洽会, 学青会: a named expo or games by its abbreviation
        if (
            not head.generic_ok and not known and not self._proper(words, local, geographic=geographic)
        ):  # known: 大清河 (ns)
            hosted = _hosted_start(text, start) if head.label == "PROJECT" and head.built is None else None
            if hosted is None and untrimmed < start and head.label == "PROJECT" and head.built is None:
                hosted = _hosted_start(text, untrimmed)  # 、服装/电商/产业/峰会: jieba tags 服装 a verb
            if hosted is None and head.label == "PROJECT" and head.built is None and _HOSTED_AFTER.match(text, e):
                hosted = _item_start(text, untrimmed)  # 嘎拉/村/桃花节、…成功举办: hosted after the list
            if hosted is not None and e - hosted - len(head.head) >= 2:
                start, name = hosted, text[hosted:e]  # 办好蒸菜美食节、服装电商产业峰会: events hosted
            elif head.head in _CORPORATE_HEADS and self._pieced_name(words):
                pass  # 潜/网/集团, 双/良/公司: jieba cut an unknown name into single characters
            elif head.head in _INDUSTRY_PARK_HEADS and self._industry_named(text, start, e, words):
                pass  # 做强纺织服装产业园, 建好绿电产业园: the city's park named by its industry
            elif head.label == "INSTITUTION" and head.head in _FOUNDED_HEADS:
                if len(name) - len(head.head) < 3 or not _FOUNDED.search(text, max(0, start - 6), start):
                    return None  # 筹建镁合金产业研究院, 成立天开实验室创新发展联盟: a body founded is named
            elif head.label == "PROJECT" and _WORLD_EVENT.fullmatch(name):
                pass  # 、世界人工智能大会成功举办, 世界顶尖科学家论坛: an international event by its scope
            elif not (
                head.label == "PROJECT"
                and len(name) - len(head.head) >= 2
                and (_HOSTED.search(text, max(0, start - 8), start) or _HOSTED_AFTER.match(text, e))
            ):
                return None  # 第十八届文化艺术节, 办好戏曲艺术节: a named event even with generic words
            if name in self.res.tags and not text[max(0, start - 4) : start].endswith(_EDITION_ENDS):
                return None  # 办好音乐节: a kind of event in the dictionary, not a name
        if head.generic_ok and len(name) - len(head.head) < 2:
            return None
        if head.generic_ok and (_COUNT_BEFORE.search(text, max(0, start - 8), start) or _COUNT_AFTER.match(text, e)):
            return None  # 47座小型除险加固工程, 农村供水保障工程30处: works counted, not a named one
        if head.head == "项目" and _COUNT_AFTER.match(text, e):
            return None  # 粤港澳大湾区产业转移项目100个以上, 中小产业项目34个: projects of a kind, counted
        if head.label == "INSTITUTION" and all(x in _KIND_WORDS for x in words):
            return None  # 普惠性幼儿园, 城镇学校, 县级三甲中医医院: a kind of school or hospital
        if head.built is not None and _COUNTED_AFTER.match(text, e):
            return None  # 义务教育薄弱学校49所, 中小学幼儿园35所: schools counted, a kind
        if head.head in _TRADE_HEADS and not self._is_place_name(words[0], local):
            return None  # 华润光伏, 龙祥光伏支架: a company and what it makes (DECISIONS.md), not a work
        label = head.label
        if head.built is not None:
            if _builds(text, start, e):
                label = head.built
        return Entity(start, e, label, name, "head")


_QUOTED_NAME = re.compile(r"“([^“”\n]{3,16}[园区])”")
_QUOTED_TITLE = re.compile(r"^(?:中国|全国)|最|百强|示范|标杆")


def _quoted_zones(text: str, ents: list[Entity]) -> list[Entity]:
    """A quoted zone's name that opens with a place is one place, quotes and all: “乌鲁木齐—深圳
    创新园”, “丝绸之路经济带法务区” (quoted zones without a place are mostly kinds or titles:
    “口袋公园”, “新中式茶饮发展先行区”)."""
    if "”" not in text:
        return ents
    starts = [e.start for e in ents]  # ents are sorted by start and do not overlap
    zones: dict[int, tuple[int, Entity]] = {}  # first entity inside the quotes -> (last + 1, the zone)
    for m in _QUOTED_NAME.finditer(text):
        first = _index_at(starts, m.start(1))  # the place that opens the name, right after “
        if first is None or ents[first].label != "PLACE" or first > 0 and ents[first - 1].end > m.start():
            continue
        last = bisect.bisect_left(starts, m.end())  # the entities that start inside the quotes
        if ents[last - 1].end > m.end():
            continue  # one runs on past the closing ”
        if m.end(1) - ents[first].end < 2 or _QUOTED_TITLE.search(m.group(1)):
            continue  # “大黄山”: the place itself in quotes; “中国最佳康养休闲旅游名区”: a title
        zones[first] = (last, Entity(m.start(), m.end(), "PLACE", m.group(0), "quoted"))
    if not zones:
        return ents
    out: list[Entity] = []
    k = 0
    while k < len(ents):
        if k in zones:
            k, zone = zones[k]
            out.append(zone)
        else:
            out.append(ents[k])
            k += 1
    return out


def _without_trade(ent: Entity) -> Entity:
    """A company's name without the trade after it (华润光伏 -> 华润), in a list of projects."""
    for trade in _TRADE_HEADS:
        if ent.text.endswith(trade) and len(ent.text) - len(trade) >= 2:
            n = len(ent.text) - len(trade)
            return Entity(ent.start, ent.start + n, ent.label, ent.text[:n], ent.source)
    return ent


def _parallel_items(name: str) -> bool:
    """Whether a programme's name that lists its parts is one name: three or more parts, no number,
    the parts before the last of one length (the first may carry a field before it): 交通疏堵、
    市容整治、美丽河湖、公园廊道、完整社区工程; not 友谊社区、南湖市场雨污分流工程 (two works) nor
    秋江大道和迎宾大道、高速池州出口环境整治、安全提升工程."""
    parts = name.split("、")
    lengths = [len(p) for p in parts[:-1]]
    if len(parts) < 3 or re.search(r"\d", name):
        return False
    return len(set(lengths)) == 1 or len(lengths) >= 3 and len(set(lengths[1:])) == 1


def _inner_words(name: str) -> list[str]:
    """Every stretch of two or more characters of ``name`` (the words it may hold).

    >>> _inner_words("方圆钛")
    ['方圆', '方圆钛', '圆钛']
    """
    return [name[a:b] for a in range(len(name)) for b in range(a + 2, len(name) + 1)]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The 、-separated pieces of ``text[start:end]``, each as (its start, its text)."""
    out: list[tuple[int, str]] = []
    pos = start
    for piece in text[start:end].split("、"):
        out.append((pos, piece))
        pos += len(piece) + 1
    return out


def _list_items(text: str, end: int, *, first_after_verb: bool = True, min_items: int = 2) -> Iterator[tuple[int, str]]:
    """The items of the 、-list that ends at ``end`` (where 等… begins), as (start, text): the
    clause's first item only after the clause's verbs (加快宜攀 → 宜攀), or as it stands when
    ``first_after_verb`` is False; nothing for fewer than ``min_items`` items."""
    pieces = _pieces(text, _clause_start(text, end), end)
    if len(pieces) < min_items:
        return
    for n_piece, (p_start, piece) in enumerate(pieces):
        if n_piece == 0:
            lead = _LEAD_VERBS.match(piece)
            if lead is None and first_after_verb:
                continue
            if lead is not None:
                p_start, piece = p_start + lead.end(), piece[lead.end() :]
        yield p_start, piece


# a 、-list inside a clause; 等 ends it (沉湖、龙嘴河等小流域)
_ENUMERATION = re.compile(  # starts only where a run starts: linear on a line with no punctuation
    r"(?<![^，。；：\n、（）()《》“”等])[^，。；：\n、（）()《》“”等]+(?:、[^，。；：\n、（）()《》“”等]+)+"
)
_OPENS = frozenset("（(“”")  # an item that runs into one of these is only part of a name
_CLOSES = frozenset("）)”“")
_ITEM_LEAD = re.compile(_LEAD_VERBS.pattern + r"|与|和|对|在|向|到|携手|拆除|联合")
_ITEM_TAIL = re.compile(r"[两二三四五六七八九十]+[大个条座处]|[和及]")  # 成渝五大区域, 北湖夜市两条


def _items_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the 、-list ``text[start:end]`` as (start, end): the first after the clause's
    lead verbs, the last up to a count or 和/及 after it, the others whole."""
    out: list[tuple[int, int]] = []
    pieces = _pieces(text, start, end)
    for k, (s, piece) in enumerate(pieces):
        e = s + len(piece)
        if k == 0:
            leads = list(_ITEM_LEAD.finditer(piece))
            if leads:
                s += leads[-1].end()
        if k == len(pieces) - 1:
            cut = _ITEM_TAIL.search(piece)
            if cut is not None and cut.start() >= 2:
                e = s + cut.start()
        out.append((s, e))
    return out


def _without_title_scopes(text: str, ents: list[Entity]) -> list[Entity]:
    """Places that open the title of a law or plan name its scope and are not tagged (DECISIONS.md):
    《四川省泸沽湖保护条例》, 《安宁河流域高质量发展规划》; a work's title keeps them (《红山塔下》).
    So do places that open the name of a plan being drafted, written without the brackets:
    编制钦州市国土空间总体规划, 出台自贸试验区提升行动方案, …总体规划、钦州内河港总体规划 (not a
    plan carried out: 落实武汉都市圈发展规划)."""
    titles = [(m.start() + 1, m.end()) for m in _DOCUMENT_TITLE.finditer(text)] if "《" in text else []
    for m in _DRAFTING.finditer(text):
        pos = m.end()
        plan = _PLAN_NAME.match(text, pos)
        while plan is not None:
            titles.append((pos, plan.end()))
            pos = plan.end() + 1  # 编制A总体规划、B总体规划: the next plan of the list
            plan = _PLAN_NAME.match(text, pos) if text.startswith("、", plan.end()) else None
    if not titles:
        return ents
    drop: set[int] = set()
    starts = [e.start for e in ents]  # ents are sorted by start
    for pos, title_end in titles:
        for k in range(bisect.bisect_left(starts, pos), len(ents)):
            ent = ents[k]
            if ent.start > pos and not _DIVISION_NAME.fullmatch(text, pos, ent.start):
                break  # 《四川省泸沽湖…》: a division's name opens it, found or not
            if ent.label == "PLACE" and ent.end < title_end:
                drop.add(k)
                pos = ent.end  # 四川省泸沽湖…: the places that open it, one after another
            else:
                break
    return [e for k, e in enumerate(ents) if k not in drop] if drop else ents


_DRAFTING = re.compile("编制|出台|制定|修编|完成")  # the verbs that draft a plan
_PLAN_NAME = re.compile(r"[^，。；：、《》\n“”]{2,24}?(?:规划|方案|纲要)")


_FIELD_CLAUSE = re.compile(r"[^，。；：！？\n（）()《》“”]+")
_FIELD_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}")
_GROUP_ENDS = ("派", "人士", "团体", "组织", "党派", "群体")  # 各民主党派、工商联、人民团体: groups, not fields


def _touches(ents: Sequence[Entity], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether an entity of ``ents`` (sorted, not overlapping; ``starts`` their starts) overlaps [start, end)."""
    k = bisect.bisect_left(starts, end) - 1
    return k >= 0 and ents[k].end > start


def _without_fields_of_work(text: str, ents: list[Entity], words: Container[str] = frozenset()) -> list[Entity]:
    """A body's short name in a list of fields of work names the field, not the body:
    老龄、慈善、消防、残联、移民、烟草、科协 and 妇女、儿童、工会、残联、工商联、红十字等事业
    (while 工会、共青团、妇联等群团组织 are bodies). A list is a run of short 、-items; it is of
    fields when one of its items is a plain word that no entity touches (not a group: 民主党派),
    a word of ``words`` (jieba's dictionary) when it is given: not a name the rules missed
    (宁德时代、比亚迪、中芯国际、京东方: companies)."""
    if "、" not in text:
        return ents
    drop: set[int] = set()
    starts = [e.start for e in ents]
    for m in _FIELD_CLAUSE.finditer(text):
        if m.group().count("、") < 2:
            continue
        runs: list[list[tuple[int, str]]] = [[]]
        for ps, piece in _pieces(text, m.start(), m.end()):
            if _LIST_ITEM.fullmatch(piece) is not None:
                runs[-1].append((ps, piece))
            elif runs[-1]:
                runs.append([])
        for run in runs:
            plain = any(
                _FIELD_WORD.fullmatch(piece) is not None
                and (not words or piece in words)
                and not piece.endswith(_GROUP_ENDS)
                and not _touches(ents, starts, ps, ps + len(piece))
                for ps, piece in run
            )
            if len(run) >= 3 and plain:
                for ps, piece in run:
                    k = _index_at(starts, ps)
                    if k is not None and ents[k].end == ps + len(piece):
                        if ents[k].label == "INSTITUTION" and len(piece) <= 5:
                            drop.add(k)
    return [e for k, e in enumerate(ents) if k not in drop] if drop else ents


def _schools_in_work_lists(text: str, ents: list[Entity]) -> list[Entity]:
    """Schools and hospitals listed as works are PROJECTs, whatever words name them (guide:
    facilities being built): 绿地小学、祥云路小学等6所学校建成; 环湖医院、第三中心医院等改扩建;
    牛食禾幼儿园等5个项目."""
    by_span = {(e.start, e.end): k for k, e in enumerate(ents)}
    out = list(ents)
    extra: list[Entity] = []
    for m in SCHOOL_WORK_LIST_END.finditer(text):
        for p_start, piece in _list_items(text, m.start(), first_after_verb=False, min_items=1):
            lead = _WORK_LEAD.match(piece)
            if lead is not None:
                p_start, piece = p_start + lead.end(), piece[lead.end() :]
            school = _SCHOOL_ITEM.fullmatch(piece)
            if school is None or school.group(1) in _KIND_WORDS or "配套" in piece:
                continue
            span = (p_start, p_start + len(piece))
            k = by_span.get(span)
            if k is not None:
                if out[k].label == "INSTITUTION":
                    out[k] = Entity(span[0], span[1], "PROJECT", piece, out[k].source)
            else:
                extra.append(Entity(span[0], span[1], "PROJECT", piece, "list"))
    return first_come([*out, *extra]) if extra else out


def _listed_facilities(text: str) -> list[Entity]:
    """Bare names in a list of roads, reservoirs or power stations under work are PROJECTs, not
    companies: 加快宜攀、乐西、西昭、西香、西宁、会禄等高速公路项目建设; 加快推进米市、横山、两岔河等水库建设."""
    out: list[Entity] = []
    for m in FACILITY_LIST_END.finditer(text):
        for p_start, piece in _list_items(text, m.start()):
            if 2 <= len(piece) <= 6 and _HAN.fullmatch(piece):
                out.append(Entity(p_start, p_start + len(piece), "PROJECT", piece, "head"))
    return out


def _listed_works(text: str) -> list[Entity]:
    """Works named by their object and the kind of work, listed as projects, are PROJECTs:
    张家湖综合治理、沉湖骨干河道治理等项目; 汉北桥改建等一批交通项目; 典农河水生态修复等8个项目."""
    out: list[Entity] = []
    for m in WORK_LIST_END.finditer(text):
        for p_start, piece in _list_items(text, m.start(), first_after_verb=False, min_items=1):
            if "的" in piece:  # 投资80亿元的锦纶丝产业园: the name follows the 的
                cut = piece.rindex("的") + 1
                p_start, piece = p_start + cut, piece[cut:]
            w = _WORK_END.search(piece)
            if w is not None and w.end() == len(piece) and 2 <= w.start() and len(piece) <= 20:
                if re.fullmatch(r"[\u4e00-\u9fff\d]+", piece) and not piece[0].isdigit():
                    out.append(Entity(p_start, p_start + len(piece), "PROJECT", piece, "list"))
    return out


# the end of a list of commercial complexes: 和平印象城、杉杉奥特莱斯、中海环宇城等一批高品质商业载体
COMMERCIAL_LIST_END = re.compile(r"等(?:一批)?[^，。；：\n、]{0,6}?(?:商业载体|商业综合体|购物中心|商业地标)")


def _listed_commercial(text: str) -> list[Entity]:
    """Commercial complexes named by their brands in a list of them (COMMERCIAL_LIST_END): PROJECT
    in a clause about building or opening them (建成和平印象城、杉杉奥特莱斯…), else PLACE."""
    out: list[Entity] = []
    for m in COMMERCIAL_LIST_END.finditer(text):
        for p_start, piece in _list_items(text, m.start()):
            if 3 <= len(piece) <= 10 and _HAN.fullmatch(piece):
                label = "PROJECT" if _builds(text, p_start, m.end()) else "PLACE"
                out.append(Entity(p_start, p_start + len(piece), label, piece, "list"))
    return out


# a city street by a two-character name, however common its words (东风路, 解放北路, 长飞大道, 景一路),
# with the extension being built (紫月路西延, 跃进街连接线): listed, or after the clause's verb, and
# before the next item, 等 or a verb of building; not a kind of road (断头路, 丁字路, 农村联网路)
STREET_RE = re.compile(
    r"(?:(?<=[、，。；：\n和])|(?<=推进|加快|实施|完成|打造|改造|提升|推动|建设))"
    r"(?P<name>(?P<words>[\u4e00-\u9fff]{2})(?:[东西南北中]?(?:路|大道|大街)|古街|街)"
    r"(?P<ext>[东西南北]延(?:伸段)?|延伸段|连接线)?)"
    r"(?=[、等和及]|全线|建成|竣工|改造|提升|通车|贯通|开工|加快|建设)"
)
_NOT_STREET_WORDS = frozenset(
    "断头 丁字 次支 背街 集成 农村 城市 乡村 城乡 产业 旅游 资源 联网 乡镇 金融 美食 步行 商业 特色 文化 历史 主干 "
    "干线 慢行 快速 环城 城区 主城 道路 公路 支路 小区 社区 园区 景区 街区 市政 外环 内环 一批 新建 改造".split()
)


def _streets(text: str) -> list[Entity]:
    """Streets named by two characters (STREET_RE) as works: an extension (紫月路西延) always, a
    street in a clause about building it (PROJECT). A street merely named is left to the other
    rules: whether it is the place or the work is not clear from the list alone."""
    out = []
    for m in STREET_RE.finditer(text):
        if m.group("words") in _NOT_STREET_WORDS or _COUNTISH.search(m.group("words")):
            continue
        s, e = m.span("name")
        if m.group("ext") or _builds(text, s, e):
            out.append(Entity(s, e, "PROJECT", m.group("name"), "head"))
    return out


# a national centre named by its field (国家风力发电技术创新中心, 国家重大传染病防治基地, 国家级棉花棉纱
# 交易中心): a named facility or body; the bare kind (国家制造业创新中心, 国家企业技术中心) is a
# designation, and so is one competed for (创建, 争创, 获批)
NATIONAL_CENTRE_RE = re.compile(
    r"(?<![创获批报])(?:国家级|国家)(?P<field>[\u4e00-\u9fff]{2,10}?)"
    r"(?:技术创新中心|制造业创新中心|产业创新中心|交易中心|防治基地)(?![\u4e00-\u9fff]{0,2}[\d一二三四五六七八九十]+[个家])"
)
_GENERIC_FIELDS = frozenset(("制造业", "企业", "技术", "工程", "产业", "重点", "区域", "综合"))
STATION_RE = re.compile(r"[东西南北]站(?![长点])")
GLOSSED_CENTRE_RE = re.compile(
    r"(?<![创获批报])国家[\u4e00-\u9fff]{0,8}?(?P<venue>会展|博览|展览)?中心[（(](?P<place>[\u4e00-\u9fff]{2,4})[）)]"
)


def _national_centres(text: str) -> list[Entity]:
    """National centres named by their field (NATIONAL_CENTRE_RE): PROJECT in a clause about
    building them, else INSTITUTION."""
    out = []
    for m in NATIONAL_CENTRE_RE.finditer(text):
        if m.group("field") in _GENERIC_FIELDS or _COMPETED_FOR.search(text, max(0, m.start() - 2), m.start()):
            continue
        s, e = m.span()
        out.append(Entity(s, e, "PROJECT" if _builds(text, s, e) else "INSTITUTION", m.group(0), "head"))
    return out


# an association, alliance or consortium named by what it does, after the verb that founds, uses or
# builds it: 成立天开实验室创新发展联盟, 发挥技术经理人发展促进会, 发挥好关爱退役军人协会, 牵头建设国家
# 超算互联网联合体. Its name may be all common words; short ones are kinds (组建产业创新联盟, 推行城乡教育
# 联合体, 组建创新联合体5个), so five characters at least; not a manner (联盟化办学)
ASSOCIATION_RE = re.compile(
    r"(?:成立|筹建|组建|共建|设立|揭牌|发挥好|发挥|依托|用好|构建|加入|建设|加快|深化|以)"
    r"(?P<name>(?:(?![、，。；：和与及等的])[\u4e00-\u9fff—]){5,14}?(?:协会|促进会|联合会|研究会|学会|联盟|联合体))"
    r"(?![化式型])(?![\u4e00-\u9fff]{0,2}[\d一二三四五六七八九十]+[个家])"
)


def _named_associations(text: str) -> list[Entity]:
    """Associations and alliances named after a founding or using verb (ASSOCIATION_RE): INSTITUTION."""
    return [
        Entity(m.start("name"), m.end("name"), "INSTITUTION", m.group("name"), "head")
        for m in ASSOCIATION_RE.finditer(text)
        if not m.group("name").startswith(("省级", "市级", "县级", "国家级", "各类", "一批"))
    ]


# a national or provincial road by its number alone: G219国道, 318国道, G318线, S101省道 (PLACE; PROJECT
# in a clause about building it, guide §3); not 5G, G20峰会 or G60科创走廊 (no road word)
NUMBERED_ROAD_RE = _anchored(
    r"[GS\d]",
    r"(?<![A-Za-z0-9])(?:[GS]\d{1,4}(?:国道|省道|线)|\d{2,3}(?:国道|省道))(?![\dA-Za-z段至])",
)


# a city's plant by its number, as a list item or after the clause's verb: 实施一水厂扩建、二水厂改造,
# 建成第二污水处理厂 (PROJECT in a clause about building it, else PLACE, as a named facility)
NUMBERED_PLANT_RE = _anchored(
    "[第一二三四五六七八九十]",
    r"(?:(?<=[、，。；：\n])|(?<=实施)|(?<=推进)|(?<=加快)|(?<=建设)|(?<=建成)|(?<=新建)|(?<=完成))"
    r"第?[一二三四五六七八九十]{1,2}(?:水厂|净水厂|自来水厂|污水处理厂|热源厂|热电厂|垃圾焚烧厂)",
)


def _numbered_facilities(text: str) -> list[Entity]:
    """Roads and plants named by their number (NUMBERED_ROAD_RE, NUMBERED_PLANT_RE): PROJECT in a
    clause about building them, else PLACE."""
    return [
        Entity(m.start(), m.end(), "PROJECT" if _builds(text, m.start(), m.end()) else "PLACE", m.group(0), "head")
        for pattern in (NUMBERED_ROAD_RE, NUMBERED_PLANT_RE)
        for m in pattern.finditer(text)
    ]


# the end of a list of universities or institutes: 与南开、天大等高校, 清华、北大等一流大学
_SCHOOL_LIST_END = re.compile(
    r"等(?:[\d一二三四五六七八九十]+所)?(?:国内外|省内外|知名|重点|一流|双一流)?(?:高校|院校|高等院校|科研院所|高校院所|大学)"
)


def _listed_countries(text: str) -> list[Entity]:
    """Countries listed by one character each (COUNTRY_LIST_RE: 赴俄、蒙、日、韩): each a place; so
    is one such country after 对 or 赴 before what is traded with it (COUNTRY_TRADE_RE: 对俄贸易)."""
    return [
        Entity(m.start() + k, m.start() + k + 1, "PLACE", ch, "gazetteer")
        for m in COUNTRY_LIST_RE.finditer(text)
        for k, ch in enumerate(m.group())
        if ch != "、"
    ] + [Entity(m.start(), m.end(), "PLACE", m.group(), "gazetteer") for m in COUNTRY_TRADE_RE.finditer(text)]


def _abbreviated_routes(text: str, tokens: Sequence[TokenSpan]) -> list[Entity]:
    """Roads and railways named by one character of each end: 攀盐高速公路, 津兴城际, 津滨轻轨; the
    bare names listed before one share its head (力争金西、昭普、攀盐高速公路开工建设). PROJECT
    where the clause builds them or plans the project, else PLACE."""
    out: list[Entity] = []

    def chars_before(j: int) -> int | None:
        """The start of the run of 2-3 single characters ending with token ``j``, if a clause,
        list item or lead verb comes before it."""
        k = j
        while k >= 0 and j - k < 3 and tokens[k][2] == (tokens[k + 1][1] if k < j else tokens[j][2]):
            w = tokens[k][0]
            if len(w) != 1 or not "\u4e00" <= w <= "\u9fff" or w in _ROUTE_NOT_CHARS:
                break
            k -= 1
        if j - k < 2:
            return None
        start = tokens[k + 1][1]
        if start == 0 or text[start - 1] in "、，。；：“\n":
            return start
        before = tokens[k][0] if k >= 0 and tokens[k][2] == start else ""
        return start if before in _LEADING_TRIM or _WORK_LEAD.fullmatch(before) else None

    heads = [i for i, (w, _, _) in enumerate(tokens) if w in _ROUTE_HEADS and i >= 2]
    for i in heads:
        e = tokens[i][2]
        start = chars_before(i - 1)
        if start is None:
            continue
        end = e + 2 if text.startswith("项目", e) else e
        label = "PROJECT" if end > e or _builds(text, start, end) or text.startswith("前期", end) else "PLACE"
        out.append(Entity(start, end, label, text[start:end], "head"))
        pos = start  # 金西、昭普、攀盐高速公路: the bare names before it share the head
        while pos >= 3 and text[pos - 1] == "、":
            j = next((k for k in range(i - 1, -1, -1) if tokens[k][2] == pos - 1), None)
            first = chars_before(j) if j is not None else None
            if first is None:
                break
            out.append(Entity(first, pos - 1, label, text[first : pos - 1], "list"))
            pos = first
    return out


def _with_places_of_works(text: str, ents: list[Entity]) -> list[Entity]:
    """A place, a body or a work written right before a project names it, and both are one project:
    秧溪河汪王岭段中小河流治理工程, 长江池州段河道治理, 达坂城区抽水蓄能电站, 上海合作组织天津峰会,
    环北部湾广西水资源配置工程钦州干线, 陆海新通道集装箱分拨中心一期工程 (a phase's 工程 with it);
    quoted names stay apart (“金秋消费季”“跨年消费季”), and so does a place before a national
    programme (焦村镇贤村第二轮土地承包…试点: where it is done)."""
    out: list[Entity] = []
    for ent in ents:
        prev = out[-1] if out else None
        names = prev is not None and (
            prev.label == "PLACE"
            or (prev.label == "INSTITUTION" and prev.source != "list")
            or (prev.label == "PROJECT" and "“" not in prev.text + ent.text)
        )
        if prev is not None and names and ent.label == "PROJECT" and prev.end == ent.start and ent.source != "quoted":
            end = ent.end
            if ent.text.endswith("期") and text.startswith(("工程", "项目"), end):
                end += 2  # …集装箱分拨中心一期工程: the phase's work
            out[-1] = Entity(prev.start, end, "PROJECT", text[prev.start : end], ent.source)
            continue
        out.append(ent)
    return out


_GRADE_OR_ROUTE = re.compile(r"[万千百]?吨级|(?:国道|省道|县道)")
_UNIT_START = re.compile(r"[条个座处项家所]|[万千]?千瓦|吉瓦|兆瓦")
_NUMBER_BEFORE = re.compile(r"原?[\d.]+$")


# a body's branch, named by its place or not, or its numbered inspection team
_BRANCH_AFTER = re.compile(
    r"([\u4e00-\u9fff]{2,4}?)?(?:分会|分校|分院|分局|分中心|分公司|分行|支行)|第[一二三四五六七八九十]+(?:巡视|巡察|督导|督察)组"
)


def _with_numbers_before(text: str, ents: list[Entity]) -> list[Entity]:
    """A name never starts inside a number: the number of a grade or a route is part of the name
    (30万吨级原油码头应急能力提升工程, 原318国道东荆河大桥), and what starts with a counted unit
    (10条河湖, 20吉瓦光伏) is no name."""
    out: list[Entity] = []
    for ent in ents:
        if ent.start > 0 and text[ent.start - 1].isdigit():
            if _UNIT_START.match(ent.text):
                continue
            m = _NUMBER_BEFORE.search(text, max(0, ent.start - 12), ent.start)
            prev_end = out[-1].end if out else 0
            if ent.label == "PROJECT" and m is not None and m.start() >= prev_end and _GRADE_OR_ROUTE.match(ent.text):
                ent = Entity(m.start(), ent.end, ent.label, text[m.start() : ent.end], ent.source)
        out.append(ent)
    return out


# one-character words that are a clause's verbs or particles, never the first characters of a name
_NOT_FRAGMENTS = frozenset(
    "的和与及或等在对为将把被向从到至是有了并以且于由经按据给比较建抓办促推保稳强优扩增创补提育引招争让使要已共加新大各全每再更用好"
)
_FRAGMENT_AFTER = frozenset("、，。；：\n“（(")


def _index_at(offsets: Sequence[int], pos: int) -> int | None:
    """The index of the token or entity whose offset (start or end, ``offsets`` sorted) is ``pos``."""
    k = bisect.bisect_left(offsets, pos)
    return k if k < len(offsets) and offsets[k] == pos else None


def _with_name_fragments(text: str, ents: list[Entity], tokens: Sequence[TokenSpan]) -> list[Entity]:
    """A project's name that jieba cut into single characters starts with them: 环北部湾广西水资源
    配置工程, 返湾湖湿地马拉松, 达诺尔二期, 同泰怡高性能服务器生产项目, 南防铁路. The one or two
    single-character words before the name count when a clause boundary or a verb of work comes
    before them and none is a verb or particle (建, 推, 和, 在 …)."""
    if not ents:
        return ents
    ends = [t[2] for t in tokens]
    out: list[Entity] = []
    for ent in ents:
        k = _index_at(ends, ent.start) if ent.label == "PROJECT" else None
        if ent.label == "PROJECT" and k is not None and not ent.text.startswith("“"):
            start, n = ent.start, 0
            while n < 2 and k - n >= 0 and len(tokens[k - n][0]) == 1 and "\u4e00" <= tokens[k - n][0] <= "\u9fff":
                if tokens[k - n][0] in _NOT_FRAGMENTS:
                    break
                n += 1
            if n:
                first = k - n + 1
                lead = tokens[first - 1][0] if first > 0 else "\n"
                prev_end = out[-1].end if out else 0
                if (lead in _FRAGMENT_AFTER or lead in _LEADING_TRIM or _WORK_LEAD.fullmatch(lead)) and tokens[first][
                    1
                ] >= prev_end:
                    start = tokens[first][1]
            if start != ent.start:
                ent = Entity(start, ent.end, ent.label, text[start : ent.end], ent.source)
        out.append(ent)
    return out


def _with_work_tails(text: str, ents: list[Entity]) -> list[Entity]:
    """A route, airport or reservoir and the work on it written after its name are one project:
    钦州东至钦州港铁路增建二线项目, 西昌青山机场改扩建, 唐官屯铁路货运专用线, 龙塘水库大坝, 红梅路东西延;
    so are a plant's phase and the unit of it (国投电厂三期1号机组), and a phase and its work
    (浦东国际机场四期扩建工程)."""

    def tail(ent: Entity) -> tuple[int, str] | None:
        m: re.Match[str] | None
        if ent.label in ("PROJECT", "PLACE") and ent.text.endswith(_WORKED_HEADS):
            m = _WORK_TAIL.match(text, ent.end)
        elif ent.label == "PROJECT" and ent.text.endswith(_UNIT_HEADS):
            m = _UNIT_TAIL.match(text, ent.end)  # 国投电厂三期1号机组, 金桂二期第二台纸机, 桐昆一期主体装置
        else:
            m = None
        label = "PROJECT"
        if m is None and ent.label == "PROJECT" and ent.text.endswith(("论坛", "联盟")):
            m = _ANNUAL_MEETING.match(text, ent.end)  # 中国生态文明论坛年会: the forum's annual meeting
        if m is None and ent.label in ("PROJECT", "INSTITUTION") and ent.text.endswith(_BUILDING_HEADS):
            m = _BUILDING_TAIL.match(text, ent.end)  # 市一医院门诊医技综合楼, 州二医院新院区, 九华山机场二期航站楼
            part = m is not None and m.group().endswith(("高中部", "初中部", "校区"))
            if m is not None and part and ent.label == "INSTITUTION" and not _builds(text, ent.start, m.end()):
                label = "INSTITUTION"  # 第二中学高中部正式招生: the school's part, not a new building
        return None if m is None else (m.end(), label)

    return _run_on(text, ents, tail)


def _grown(text: str, ents: list[Entity], grow: Callable[[Entity], tuple[int, str] | None]) -> list[Entity]:
    """The entities, each that ``grow`` gives a longer end and a label to running on to that end;
    the entities that start before the new end become part of the longer name, and where one of
    them runs on past it the entity stays as it was."""
    out: list[Entity] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        k += 1
        grown = grow(ent)
        if grown is not None:
            end, label = grown
            j = k
            while j < len(ents) and ents[j].start < end and ents[j].end <= end:
                j += 1
            if j == len(ents) or ents[j].start >= end:
                out.append(Entity(ent.start, end, label, text[ent.start : end], ent.source))
                k = j
                continue
        out.append(ent)
    return out


def _run_on(text: str, ents: list[Entity], grow: Callable[[Entity], tuple[int, str] | None]) -> list[Entity]:
    """The entities, each that ``grow`` gives a longer end and a label to running on to that end,
    where the next entity starts no earlier (unlike ``_grown``, nothing is taken in)."""
    out: list[Entity] = []
    for k, ent in enumerate(ents):
        grown = grow(ent)
        if grown is not None:
            end, label = grown
            nxt = ents[k + 1].start if k + 1 < len(ents) else len(text)
            if end <= nxt:
                ent = Entity(ent.start, end, label, text[ent.start : end], ent.source)
        out.append(ent)
    return out


# a state office of a place, named by the place: 南京海关, 钦州海事局, 池州调查队 (maximal name)
_PLACE_OFFICE = re.compile(r"海关|海事局|边检站|出入境边防检查站|调查队|税务局|气象局|海警局|边境管理支队")
_ZONE_ENDINGS = (*_ZONE_KINDS, *_OWN_ZONES)


def _with_place_offices(text: str, ents: list[Entity]) -> list[Entity]:
    """A place and the state office named after it are one institution: 南京海关, 钦州海事局."""

    def office(ent: Entity) -> tuple[int, str] | None:
        if ent.label != "PLACE" or ent.text.endswith(_ZONE_ENDINGS):
            return None  # 综保区/海关: the customs at a zone, two names
        m = _PLACE_OFFICE.match(text, ent.end)
        return None if m is None else (m.end(), "INSTITUTION")

    return _grown(text, ents, office)


def _with_zone_parts(text: str, ents: list[Entity]) -> list[Entity]:
    """A free trade zone and its part in a city are one zone: 中国（安徽）自贸试验区池州联动创新区,
    安徽自贸区池州联动创新区, 自贸区协同发展区; the city inside is part of the name."""

    def part(ent: Entity) -> tuple[int, str] | None:
        m = _FTZ_PART_RE.match(text, ent.end) if ent.label == "PLACE" and _FTZ_END.search(ent.text) else None
        if m is None or _COMPETED_FOR.search(text, max(0, ent.start - 2), ent.start):
            return None
        return m.end(), "PLACE"

    return _grown(text, ents, part)


# a work named from a place: the place, the work's own words, then 项目 or 工程 and what follows a
# work's name (团泊第二污水厂扩容项目建设, 小相岭风景区开发项目，)
_PLACE_LED_WORK = re.compile(
    r"[\u4e00-\u9fff（）()]{2,22}?(?:项目|工程)(?=[、，。；和及]|建设|开工|全面|主体|竣工|取得|落地|进度|年内|$)"
)
_PLACE_LED_BEFORE = re.compile(r"(?:[、，。；：\n]|实施|完成|开工建设|加快|推进|建设|启动)$")
# words of the clause, of a list or of a kind, which a work's own name does not hold
_NOT_IN_WORK_NAME = re.compile(
    r"持续|加快|深入|积极|全面|重点|重大|着力|力争|统筹|打造|推进|推动|引导|支持|培育|实施|开工|确保|建成|竣工|"
    r"投产|抓好|续建|新建|一批|等|各类|和|与|及|的|谋划|深化|创建|围绕|聚焦|项目"
)


def _with_place_led_works(text: str, ents: list[Entity]) -> list[Entity]:
    """A place at the start of a clause or after its verb, then a work's own words up to 项目 or
    工程, is one project (完成团泊第二污水厂扩容项目建设, 、黄山钼矿尾矿库尾砂回采利用项目，,
    开工建设小相岭风景区开发项目); the words between hold no verb of the clause and no list
    (not 推进重点项目, 实施…和…项目). Entities inside the work's name are part of it."""

    def work(ent: Entity) -> tuple[int, str] | None:
        m = _PLACE_LED_WORK.match(text, ent.end) if ent.label == "PLACE" else None
        if (
            m is None
            or not _PLACE_LED_BEFORE.search(text, max(0, ent.start - 4), ent.start)
            or _NOT_IN_WORK_NAME.search(text, ent.end, m.end() - 2)
        ):
            return None
        return m.end(), "PROJECT"

    return _grown(text, ents, work)


def _with_fields(text: str, ents: list[Entity], masked: Sequence[tuple[int, int]] = ()) -> list[Entity]:
    """A quoted programme takes the field written before its quotes, right after the clause's verb:
    实施高质量发展“十项行动”, 深入推进平安建设“六大行动”, 实施医保经办服务“十百千万工程” (train gold,
    14 of 17; not a territory: 自治区“碳达峰十大行动”; not a political formula, which holds no
    entity: 推动中华优秀传统文化“四进”宗教场所活动); or after 、 or 和 in the list of that verb
    (实施…、中小微企业“育苗壮干”计划; not a work: 基础设施和城中村改造“三大工程”)."""
    out: list[Entity] = []
    prev_end = 0
    for ent in ents:
        if ent.label == "PROJECT" and ent.text.startswith("“"):
            m = _FIELD_BEFORE.search(text, max(prev_end, ent.start - 12), ent.start + 1)
            if m is None:  # 实施“链主”企业培育行动、中小微企业“育苗壮干”计划: a later item of the verb's list
                m = _FIELD_AFTER_MARK.search(text, max(prev_end, ent.start - 12), ent.start + 1)
                clause = text[_clause_start(text, ent.start) : m.start()] if m is not None else ""
                if m is not None and (not _PROGRAMME_VERB_RE.search(clause) or _WORK_FIELD.search(m.group("field"))):
                    m = None  # 基础设施和城中村改造“三大工程”: a work, not a field
            if (
                m is not None
                and m.end() == ent.start
                and not m.group("field").startswith(_TERRITORY_WORDS)
                and not any(a < ent.start and m.start("field") < b for a, b in masked)
            ):
                s0 = m.start("field")
                ent = Entity(s0, ent.end, ent.label, text[s0 : ent.end], ent.source)
        out.append(ent)
        prev_end = ent.end
    return out


_QUOTED_KIND = re.compile(r"“[^”\n]+”项目")


def _without_quoted_kinds(ents: list[Entity]) -> list[Entity]:
    """A slogan in quotes before a bare 项目 names a kind of project, not one: “两高”项目, “保交楼”项目
    (train and dev gold: none of 6 is an entity); with its field before it, it is a programme's name
    (科技“尖锋”项目, _with_fields)."""
    return [e for e in ents if not (e.label == "PROJECT" and _QUOTED_KIND.fullmatch(e.text))]


def _counted_kind(text: str, c: Entity) -> bool:
    """A project counted right after its name is a kind of project, not one: 固投项目508个,
    养老服务综合体30个, 工业技改重点项目15个以上 (a list's last item keeps the list's count:
    金桂三期、恒逸三期2个百亿级工程)."""
    if c.label != "PROJECT" or not _COUNTED_PROJECTS.match(text, c.end):
        return False
    return text[c.start - 1 : c.start] != "、"


def _without_activity(c: Entity) -> Entity:
    """An event's name without the 活动 after it (农业嘉年华活动 → 农业嘉年华)."""
    m = _EVENT_THEN_ACTIVITY.search(c.text) if c.label == "PROJECT" else None
    if m is None or m.start("tail") < 3:
        return c
    return Entity(c.start, c.start + m.start("tail"), c.label, c.text[: m.start("tail")], c.source)


_ZONE_KIND_NAMES = frozenset((*_OWN_ZONES, "经济技术开发区", "高新技术产业开发区", "经济开发区"))
_RANK_BEFORE = re.compile(r"(?:国家级|国家|全国|省级|自治区级)$")


def _ranked_zone_kind(text: str, start: int, name: str) -> bool:
    """国家级经济技术开发区百强, 全国综合保税区发展绩效评估: a kind of zone after a rank, not the
    jurisdiction's own zone (nor the division some cities call 经济技术开发区)."""
    return name in _ZONE_KIND_NAMES and _RANK_BEFORE.search(text, max(0, start - 3), start) is not None


_YEARS_COUNT = re.compile(rf"近?[{CN_NUM}\d]{{1,2}}年来?")
_RECORD_AFTER = re.compile(r"(?:以来)?(?:新高|新低|最[高好多大快低优])")


_YEARLY_PLAN = re.compile(r"(?:年度[\u4e00-\u9fff]{0,4}|立法)计划$")


def _refused(text: str, c: Entity) -> bool:
    """Candidates the context rules out: a place opening a title (《凉山州移风易俗条例》);
    中央、省环保督察 and 中央和自治区生态环境保护督察 (the shared 督察 is no campaign name,
    DECISIONS.md); 就地城镇化, 城市化 (a town or city word made a process); 创七年来新高 (a record);
    出台…提升行动方案 (a plan's document); 年度立法计划 (a yearly or legislative plan)."""
    if c.text.endswith("督察") and text[max(0, c.start - 3) : c.start] in _SHARED_BY:
        return True
    if c.label == "PLACE" and _ranked_zone_kind(text, c.start, c.text):
        return True
    if c.label == "DATE" and _YEARS_COUNT.fullmatch(c.text) and _RECORD_AFTER.match(text, c.end):
        return True  # 创七年来新高, 为近5年来最多: a record compared over years, no period anchored
    if c.label == "PLACE" and c.start > 0 and text[c.start - 1] == "《":
        return True  # 《凉山州移风易俗条例》: the place that opens a title names the document's scope
    if c.label == "PROJECT" and c.text.endswith("行动") and text.startswith("方案", c.end):
        return True  # 出台自贸试验区提升行动方案: a plan's document, not the campaign
    if c.label == "PROJECT" and _YEARLY_PLAN.search(c.text):
        return True  # 年度立法计划, 37.8亿元的年度投资计划, 专项立法计划: a plan of a kind, no programme
    return c.label == "PLACE" and c.text[-1] in "镇城市" and text[c.end : c.end + 1] == "化"


def _without_list_kinds(text: str, ents: list[Entity]) -> list[Entity]:
    """The entities, without a programme or work that only names the kind a list's items are
    (供热、供水等老旧管网改造计划, 实施一批行洪河道达标工程, 打造一批城市商业综合体), unless it names a
    set of its own (等十大惠民工程, 等“三大工程”). Dropped after the longest candidates are chosen,
    so that no shorter piece of the kind (河道达标工程) takes its place."""
    return [
        e
        for e in ents
        if not (
            e.label == "PROJECT"
            and _AFTER_A_LIST.search(text, max(0, e.start - 4), e.start)
            and not _SET_NAMED.search(e.text)
        )
    ]


def _clause_start(text: str, pos: int) -> int:
    """Where the clause around ``pos`` starts (after ，。；： or a line break), looking back at most
    _CLAUSE_REACH characters, so that rules run once per list stay linear on a line with no comma."""
    floor = max(0, pos - _CLAUSE_REACH)
    return max(last_of(text, "，。；：\n", pos, floor) + 1, floor)


def _clause_end(text: str, pos: int) -> int:
    """Where the clause that ``pos`` is in ends (at ，。；： or a line break), looking ahead at most
    _CLAUSE_REACH characters: the twin of :func:`_clause_start`."""
    ceiling = min(len(text), pos + _CLAUSE_REACH)
    end = first_of(text, "，。；：\n", pos, ceiling)
    return ceiling if end < 0 else end


def _builds(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` is about building it (开工, 建成, 搬迁 …)."""
    floor, ceiling = max(0, start - _CLAUSE_REACH), min(len(text), end + _CLAUSE_REACH)
    clause_s = max(last_of(text, "，。；\n", start, floor) + 1, floor)  # bounded: linear on a line with no comma
    clause_e = first_of(text, "，。；\n", end, ceiling)
    return _BUILD.search(text, clause_s, ceiling if clause_e < 0 else clause_e) is not None


def _item_start(text: str, start: int, reach: int = 8, marks: str = "、，。；：“\n") -> int | None:
    """Where the list item or clause that ``start`` is in begins (after one of ``marks``), when only
    Chinese characters come between (at most ``reach``); else None."""
    k = start
    while k > 0 and start - k < reach and _HAN.fullmatch(text[k - 1]):
        k -= 1
    return k if k == 0 or text[k - 1] in marks else None


def _hosted_start(text: str, start: int) -> int | None:
    """Where an event's name starts when the clause hosts it (办好…, 举办…): ``start`` when only
    the verb or other listed events come before it, just after the verb when a few characters
    the segmenter cut off do (办好蒸菜美食节); None when the clause hosts nothing."""
    clause_s = _clause_start(text, start)
    verbs = list(_HOST_VERB.finditer(text, clause_s, start))
    if not verbs:
        return None
    rest = text[verbs[-1].end() : start]
    if rest == "" or rest.endswith("、") or _EDITION.fullmatch(rest):
        return start  # 办好第二届世界职业技术教育发展大会: the ordinal is not part of the name
    if len(rest) <= 3 and _HAN.fullmatch(rest):
        return verbs[-1].end()
    return None


def _in_project_lists(text: str, ents: list[Entity]) -> list[Entity]:
    """Parks and facilities named as items of a list of projects are PROJECT (DECISIONS.md):
    投资50亿元的新材料产业园、投资80亿元的锦纶丝产业园等一批重大项目."""
    out: list[Entity] = []
    for ent in ents:
        if ent.label == "PLACE" and ent.source == "head" and ent.end < len(text) and text[ent.end] in "、等":
            if WORK_LIST_END.search(text, ent.end, _clause_end(text, ent.end)):
                ent = Entity(ent.start, ent.end, "PROJECT", ent.text, ent.source)
        out.append(ent)
    return out


def _with_sections(text: str, ents: list[Entity]) -> list[Entity]:
    """A river, park or road and the section of it named after it are one name: 大清河（静海段）,
    总干渠（潜江段）, 新梅江公园南段 (the place inside the brackets goes into it)."""
    out: list[Entity] = []
    by_start = {e.start: e for e in ents}
    for ent in ents:
        if ent.label in ("PLACE", "PROJECT"):
            m = _SECTION_AFTER.match(text, ent.end)
            if m is not None:
                ent = Entity(ent.start, m.end(), ent.label, text[ent.start : m.end()], ent.source)
            elif ent.label == "PLACE" and ent.text.endswith(("区", "园")) and text[ent.end : ent.end + 1] in "（(":
                inner = by_start.get(ent.end + 1)  # 经开区（头屯河区）: the zone and the district it is
                close = inner.end if inner is not None else -1
                if inner is not None and inner.label == "PLACE" and text[close : close + 1] in "）)":
                    ent = Entity(ent.start, close + 1, "PLACE", text[ent.start : close + 1], ent.source)
        out.append(ent)
    return first_come(sorted(out, key=lambda e: (e.start, -(e.end - e.start))))


def _with_stretches(text: str, ents: list[Entity]) -> list[Entity]:
    """A river and the stretch of it named next are one place: 长江上游, 金沙江中下游."""

    def stretch(ent: Entity) -> tuple[int, str] | None:
        m = _STRETCH_AFTER.match(text, ent.end) if ent.label == "PLACE" and ent.text.endswith(("江", "河")) else None
        return None if m is None else (m.end(), "PLACE")

    return _run_on(text, ents, stretch)


def _with_phases(text: str, ents: list[Entity]) -> list[Entity]:
    """A name followed by a phase is the project of that phase: 协和天津医院二期, 远洋大厦（二期）."""

    def phase(ent: Entity) -> tuple[int, str] | None:
        m = _PHASE_AFTER.match(text, ent.end) if ent.label != "DATE" else None
        return None if m is None else (m.end(), "PROJECT")

    return _run_on(text, ents, phase)


_REPEAT_LABELS = frozenset({"PLACE", "INSTITUTION", "PROJECT"})
_REPEAT_MIN = 3  # two-character names repeat inside other words (区委会, 市委书记): measured on dev


def _repeated(
    text: str, ents: list[Entity], tokens: Sequence[TokenSpan], masked: Sequence[tuple[int, int]] = ()
) -> list[Entity]:
    """A name the rules found once is the same entity wherever else it occurs in the document, on
    token boundaries (one sense per document): 合盛硅业 found before 年产20吉瓦 is also the company
    in 促进合盛硅业硅基新材料一体化项目, where nothing else marks it."""
    names = {e.text: e.label for e in ents if e.label in _REPEAT_LABELS and len(e.text) >= _REPEAT_MIN}
    if not names:
        return ents
    by_first: dict[str, list[str]] = {}
    for n in sorted(names, key=len, reverse=True):
        by_first.setdefault(n[0], []).append(n)
    ends = {e for _, _, e in tokens}
    extra = []
    for _, s, _ in tokens:  # only names that start and end on token boundaries (not inside a word)
        for n in by_first.get(text[s], ()):
            e = s + len(n)
            if e in ends and text.startswith(n, s):
                if not any(a < e and s < b for a, b in masked) and not (
                    names[n] == "PLACE" and _ranked_zone_kind(text, s, n)
                ):  # not inside a formula (市委九届七次全会), nor a kind of zone after a rank
                    extra.append(Entity(s, e, names[n], n, "repeat"))
                break
    return first_come([*ents, *extra])


def _with_villages(text: str, ents: list[Entity]) -> list[Entity]:
    """A town or district and the village, community or street of it that follows is one place:
    丰登镇润丰村, 岳口镇勇敢社区, 天山区大巴扎街道 (not 镇农村, 乡美丽乡村)."""
    out: list[Entity] = []
    for k, ent in enumerate(ents):
        if ent.label != "PLACE":
            out.append(ent)
            continue
        m = _VILLAGE_AFTER.match(text, ent.end)
        if ent.text.endswith(("镇", "乡", "区", "县", "街道")) and m is not None:
            # nothing else found in the village's name but places (东黄山村), or the village alone (润丰村)
            free = True
            for n in range(k + 1, len(ents)):  # the entities that start inside the village's span
                if ents[n].start >= m.end():
                    break
                if ents[n].label != "PLACE" or ents[n].end > m.end():
                    free = False
                    break
            if free and not m.group(1).startswith(_NOT_VILLAGE):
                out.append(Entity(ent.start, m.end(), "PLACE", text[ent.start : m.end()], ent.source))
                continue
        tail = _VILLAGE_TAIL.match(text, ent.end)
        if tail is not None and not ent.text.endswith(_DIVISION_ENDS):
            out.append(Entity(ent.start, tail.end(), "PLACE", text[ent.start : tail.end()], ent.source))
            continue
        out.append(ent)
    return first_come(out)


def first_come(ordered: Iterable[Entity]) -> list[Entity]:
    """Non-overlapping entities, each kept unless it overlaps one kept before it; sorted by offset."""
    chosen: list[Entity] = []
    starts: list[int] = []  # the chosen spans, sorted and non-overlapping
    ends: list[int] = []
    for c in ordered:
        if c.end <= c.start:
            continue
        i = bisect.bisect_left(starts, c.end)  # spans before i start before c ends
        if i > 0 and ends[i - 1] > c.start:
            continue
        chosen.append(c)
        starts.insert(i, c.start)
        ends.insert(i, c.end)
    return sorted(chosen, key=lambda c: c.start)


def _resolve(cands: list[Entity]) -> list[Entity]:
    """Non-overlapping entities: longest first, then by rule priority; sorted by offset."""
    priority = {"quoted": 0, "body": 1, "head": 2, "gazetteer": 3, "date": 4, "list": 5}
    return first_come(sorted(cands, key=lambda c: (-(c.end - c.start), priority.get(c.source or "", 9), c.start)))
