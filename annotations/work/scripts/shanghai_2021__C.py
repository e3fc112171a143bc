"""Gold annotations for shanghai_2021, part "C": ALL entities in [1634, 5048)
(四是…加快完善公共卫生体系 / (一)-(五) of the 2020 review / 各位代表，过去一年… thanks /
我们也清醒地看到… up to …污染防治和生态建设与人民期盼还有差距。).
The window end 5048 is as assigned; it falls after a 。 inside the last paragraph
(the paragraph itself ends at 5102), so no name is cut.
No targets in this part. Read by hand against the guide, DECISIONS.md and the
reviewed part "main" of this document; offsets come from str.find only.
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from _gold_common import load, entities, write

DOC, PART, JUR, YEAR = "shanghai_2021", "C", "上海市", 2021
T = load(DOC)
R_E = [[1634, 5048]]
assert T[R_E[0][0]:].startswith("四是立足当前")
assert T[R_E[0][0] - 1] == "\n" and T[R_E[0][1] - 1] == "。"
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

ENT = [
    # 四是…加快完善公共卫生体系
    # 公共卫生“20条”: a policy document, none (liangshan “16条”/“30条”)
    ("公共卫生体系建设三年行动", J),          # 启动新一轮…三年行动: named 行动; 新一轮 left out (liangshan/qinzhou)
    ("市疾控中心新建工程", J),                # 开工建设… (jinghai 区医院新建工程)
    ("市重大传染病和生物安全研究院", I),      # 设立…: a named body (review: 上海知识产权保护中心 INSTITUTION)
    # 超大城市: generic
    # (一) “六稳”“六保”: slogans. 抗疫惠企“28条”, 扩大投资“20条”, 新基建“35条”, 促进消费“12条”,
    #      稳定外贸“11条”, 利用外资“24条”, 中小企业…“22条”: policy documents, none
    ("10号线二期", J), ("15号线", J),         # 建成…轨道交通线: lines built (tianjin C 地铁11号线一期西段, 5号线延伸线)
    ("18号线", J),                            # 18号线部分区段: 部分区段 is generic ("some sections"), not part of the name
    ("“五五购物节”", J),                      # main: “五五购物节” PROJECT
    ("“六六夜生活节”", J),                    # named recurring event in the same list
    # 主题旅游季: generic. 国家全域旅游示范区, 全国乡村旅游重点村: designations, none
    ("国际艺术品交易中心", J),                # 推进…建设: the one named centre being built (jinghai 唐昊石化产品交易中心); borderline
    ("南京路步行街东拓段", J),                # 正式开放: a street extension opened, treated like 通车 (jinghai 开业运营) -> PROJECT
    # 在线新经济“23条”: document. “双千兆”城市 (designation), 世界智慧城市大奖 (an award): none
    # (二) “四大功能”: slogan. 金融“30条”: document
    ("国家绿色发展基金", J),                  # funds are PROJECT (guide; tianjin C 海河产业基金)
    # 首批外资独资公募基金, 跨国公司地区总部, 外资研发中心: generic. 国家实验室: a category, no name
    ("期智研究院", I),
    # 国际大科学计划: generic (main review). “三大任务、一大平台”: numeric slogan
    # 自贸试验区临港新片区“五个重要”行动方案: the 方案 is a document, not PROJECT; the named zone at its
    # head stays PLACE, like main's 虹桥国际开放枢纽 in 虹桥国际开放枢纽建设总体方案 (same document;
    # tianjin C left 自贸试验区 untagged in 自贸试验区提升行动方案) (second pass)
    ("自贸试验区临港新片区", P),
    # 国土空间总体规划: document
    ("洋山特殊综合保税区", P),                # 挂牌运行: a zone is PLACE
    ("“浦江之光”行动", J),                    # main
    # 科创板: not an entity (main)
    ("上海", P),                              # 上海上市企业融资额: bare modifier
    # 长三角一体化发展行动方案: a document whose title begins with a bare place-name modifier -> nothing
    # (review: 上海 removed from 上海知识产权强市战略纲要)
    ("长三角生态绿色一体化发展示范区", P),    # main
    ("进口博览会", J),                        # 第三届进口博览会: edition ordinal dropped (guide §3)
    # 按一年计 (a calculation basis), 比上届: not DATE
    # 国有资本授权经营体制改革等方案: reform/document. “政会银企”四方合作机制: a mechanism, none
    ("国家中小企业发展基金", J), ("中国国企混改基金", J),  # funds 挂牌运行
    # 东西部扶贫协作, 对口支援: policy phrases (qinzhou, liangshan: 东西部协作 untagged)
    # (三) 10方面26项实事项目: generic
    ("早餐工程", J),                          # 新一轮早餐工程启动实施: named 工程; 新一轮 left out
    # 早餐示范点, “老小旧远”工作 (slogan), 社区综合为老服务中心: none
    ("长护险试点", J),                        # tianjin E 长护险制度试点
    # 中心城区 (generic), 乡村振兴示范村 (designation), 镇级集体产权制度改革 (reform): none
    ("“空中课堂”", J),                        # 教育“空中课堂”: a named government-run programme with a head noun (“随申码”, “静海大讲堂”)
    ("产教融合型城市建设试点", J),            # pilot scheme 启动实施
    ("国家教育综合改革试点", J),              # 试点任务圆满完成: 任务 left out (tianjin C); 改革试点 is PROJECT (liangshan, wulumuqi)
    # 公立医院改革: reform
    ("国家社会文物管理综合改革试点", J),
    # 文物保护利用示范区创建: designation
    ("国际电影节", J), ("电视节", J), ("旅游节", J),   # 成功举办…等重大活动: named recurring events
    ("市民文化节", J), ("市民运动会", J), ("马拉松赛", J),
    # (四) “两张网”, “一网通办”, “一件事一次办”, “一网统管”, “三级平台、五级应用”: slogans (main)
    ("人口普查", J),                          # 开展第七次人口普查: edition ordinal dropped (corpus 全国经济普查)
    ("苏州河", P),                            # 苏州河中心城区42公里岸线: 中心城区 generic
    ("扫黑除恶专项斗争", J),                  # hailaer C
    ("上海", P),                              # 平安上海建设: place inside a slogan
    # 污染防治攻坚战: policy slogan, none (corpus)
    ("中央生态环保督察", J),                  # 第二轮…: one PROJECT (DECISIONS; chizhou B), ordinal left out
    # 国三柴油车: emission standard, none
    ("吴淞江工程新川沙河段", J),              # 开工建设: named works section (qinzhou …工程钦州干线)
    ("金山", P),                              # 第二轮金山地区环境综合整治: 地区 generic; no 行动/工程 head -> not PROJECT
    ("中国花卉博览会", J),                    # 积极筹办第十届…: ordinal dropped
    # (五) “放管服”: slogan
    ("三年", D), ("一年", D),                 # 原定三年完成的…措施一年基本落地: completion horizons (chizhou 三年时间, hailaer 三年左右); borderline
    # 重大项目审批制度改革“23条”: document
    ("“证照分离”改革全覆盖试点", J),          # pilot scheme completed (huangshanqu “告知承诺、先证后核”试点)
    ("国务院", I), ("浦东", P),
    ("“一业一证”改革试点", J),
    ("市人大", I),                            # 提请市人大及其常委会: 其常委会 not tagged (hailaer, qinzhou)
    ("市人大", I),                            # 市人大代表议案 (guide: 市政协委员)
    ("市政协", I),                            # 市政协提案
    ("市人大常委会", I),                      # 向市人大常委会报告 (tianjin D)
    ("市政协", I),                            # 向市政协通报
    # 法治政府建设示范创建: designation. “四史”学习教育: a national formula-like campaign without
    # 行动/工程 head (jinghai: 中央八项规定精神学习教育 untagged). 常态化大调研: generic. 年初预算: budget term, not DATE
    # 各位代表，过去一年…
    ("过去一年", D),
    ("党中央", I), ("国务院", I), ("中共上海市委", I),   # main
    ("上海市人民政府", I),
    ("上海", P),                              # 上海人民
    ("人大", I), ("政协", I),                 # 人大代表和政协委员 (role-noun rule)
    # 各民主党派, 各人民团体, 社会各界人士: generic
    ("工商联", I),
    ("中央", I),                              # 中央各部门 (liangshan D 中央和省驻州单位)
    # 兄弟省区市: generic
    ("沪", P),                                # 驻沪: the city's one-character short name (qinzhou E 驻钦, chizhou D 驻池)
    ("人民解放军", I),                        # qinzhou E (maximal)
    ("武警", I),                              # 武警官兵 (jinghai A)
    ("上海", P),                              # 关心和支持上海发展
    ("香港", P), ("澳门特别行政区", P),       # 香港、澳门特别行政区同胞: each conjunct whole (guide §3 list rule)
    ("台湾", P),
    # 海外侨胞, 国际友人: generic
    # 我们也清醒地看到…: “四大功能”, “卡脖子”: slogans; 超大城市: generic. No entity.
]

ents = entities(T, R_E[0], ENT)
meta = {"jurisdiction": JUR, "year": YEAR, "regions": {"targets": [], "entities": R_E}}
write(DOC, PART, meta, ents, [])
