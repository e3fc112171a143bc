"""Gold annotations for shanghai_2021, part "E": ALL entities in [11175, 14512).
The window runs from 强化高端产业引领功能 (the paragraph after 启动实施…上海知识产权强市战略纲要, where
part main's entity region ends) through the rest of (二), (三) 浦东 / 临港 / 进口博览会 / 重点领域改革开放,
(四) 城市数字化转型, (五) 常态化疫情防控 and (六) up to 建设高质量教育体系。…深化教育综合改革。
The window end 14512 is as assigned; it falls after a 。 inside the paragraph 建设高质量教育体系…
(the paragraph continues with 提升基础教育…), so no name is cut.
No targets in this part (R_TARGETS = []). Read by hand against the guide, DECISIONS.md and this
document's parts main, C and D (scripts, notes, review notes); offsets come from str.find only.
Tuples are (text, label) or (text, label, pre): with pre, the cursor first moves to the unique
context string pre inside the region, then the text is searched from there.
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from _gold_common import load, entities, write

DOC, PART, JUR, YEAR = "shanghai_2021", "E", "上海市", 2021
T = load(DOC)
R_TARGETS = []
R_ENTITIES = [[11175, 14512]]
assert T[R_ENTITIES[0][0]:].startswith("强化高端产业引领功能")
assert T[R_ENTITIES[0][0] - 1] == "\n" and T[R_ENTITIES[0][1] - 1] == "。"
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

ENT = [
    # ---- 强化高端产业引领功能
    # 战略性新兴产业增长引擎: generic. 民用飞机制造、高端医用材料等: industry fields, not part of the name
    ("补链强链行动", J),                      # 开展…补链强链行动: a named 行动 even with a generic name (guide §3;
                                              # qinzhou 产业延链补链强链突破行动 PROJECT); borderline (plural by industry)
    # 集成电路、新能源汽车、高端装备等先进制造业; 重大产业项目: generic
    ("产业基础再造工程", J),                  # 大力实施…: named 工程 (guide §3 产业创新工程)
    # 淘汰落后产能项目600项: a target (part main), no entity
    # ---- 强化开放枢纽门户功能
    # 外商投资条例: a law/document (guide §3 …条例), none
    ("服务业扩大开放综合试点", J),            # 开展…: a pilot scheme the city carries out (C: pilots carried out are
                                              # PROJECT; the untagged corpus case was 争取, competed for)
    # 我国: bare territory word (D). “区域全面经济伙伴关系协定” (RCEP) signed: a treaty/document, none
    # (qinzhou review: RCEP as the agreement -> nothing). 全球招商引资新网络, 全球产业链: none
    # ---- 更大力度实施人才引领发展战略 (a strategy: none)
    ("“海聚英才”人才计划", J),                # 构建“海聚英才”人才计划体系: named talent plan (guide “海河英才”行动计划,
                                              # qinzhou “钦聚英才”计划); 体系 ("system") is generic, left out
    ("高峰人才引领", J), ("基础创新人才培育", J),   # 推进A、B、C、D等工程: each conjunct one named programme
    ("卓越制造人才提升", J), ("高技能人才振兴", J), # (main: 浦东综合交通枢纽、浦东国际机场四期等工程; tianmen 汉江…等工程);
                                              # 等工程 not included (等 = "and other")
    # 人才评价使用激励机制: none
    ("人才安居工程", J),                      # 实施…: named 工程
    # 人才服务体系: none
    # ---- 继续大力支持军队和国防现代化建设: 一体化国家战略体系, 退役军人工作体系, 国防动员体系, 全民国防教育: none
    # ---- （三）
    ("浦东", P, "（三）聚焦发挥浦东"),
    # 全国改革开放创新试验田: a role/designation, none
    ("浦东", P, "全力打好新时代浦东"),        # 新时代: none
    # “王牌”, “三个成为”: slogans
    ("中央", I),                              # 中央支持浦东 (guide: 中央 INSTITUTION)
    ("浦东", P),
    # 社会主义现代化建设引领区: designation (D: none)
    ("综合性改革试点", J),                    # 开展综合性改革试点: Pudong's comprehensive reform pilot, a pilot scheme
                                              # carried out (C: “证照分离”改革全覆盖试点); borderline (no proper modifier)
    # 市场准入“一业一证”等改革: reform (guide §3), none (C tagged “一业一证”改革试点 only with 试点)
    # 人民币离岸交易、跨境贸易结算和海外融资服务: none
    ("张江科学城", P),                        # 扩区效应: a named area whose boundary is extended
    ("浦东金色中环发展带", P),                # 加快…建设: a named functional area; zones are PLACE also while
                                              # being built (DECISIONS; main 长阳秀带, 西岸智慧谷)
    ("自贸试验区", P),                        # 深化自贸试验区建设: the city's one zone (DECISIONS)
    # ---- 加快推进自贸试验区临港新片区建设
    ("自贸试验区临港新片区", P),              # main, D
    # 总体方案: document. 78项制度创新任务: target (main)
    ("特殊综合保税区", P),                    # 探索特殊综合保税区海关监管方式创新，推动围网内外政策联动: the city's one
                                              # such zone (C: 洋山特殊综合保税区), referred to by its type word, like
                                              # 自贸试验区 for the one zone (DECISIONS; tianjin main); borderline (second pass)
    ("“东方芯港”", P), ("滴水湖金融湾", P), ("国际创新协同区", P),  # 加快…等建设: named areas of Lingang,
                                              # zones PLACE also while being built (DECISIONS; main 长阳秀带 etc.);
                                              # “东方芯港” keeps its quotes (DECISIONS)
    ("国际金融资产交易平台", J),              # 推动…落地: the one named platform set up (C 国际艺术品交易中心,
                                              # wulumuqi 国家级棉花棉纱交易中心 落地 -> PROJECT); borderline
    # 世界级前沿产业集群: none
    # ---- 精心办好第四届进口博览会
    ("进口博览会", J),                        # 第四届 dropped (guide §3; C)
    ("进口博览会", J),                        # 确保进口博览会越办越好
    # 进出口商品集散地: none
    ("虹桥商务区", P),                        # 虹桥商务区国家进口贸易促进创新示范区建设: 国家…示范区 is a national
                                              # designation the district holds (guide §3; tianjin main 国家知识产权保护示范区
                                              # none) -> PLACE 虹桥商务区 only (D)
    # ---- 深化重点领域改革开放
    # 国企改革三年行动方案: a 方案 is a document (C: …“五个重要”行动方案, 长三角一体化发展行动方案 -> nothing),
    # so nothing (its 三年 is inside the title: no DATE). 混合所有制改革: reform. 民营企业: generic
    ("中小企业创新计划", J), ("企业“赋能”行动", J),   # 实施…: named 计划 / 行动 (guide §3)
    ("“一带一路”", J),                        # corpus: PROJECT (tianjin, linzhi, hailaer …); 沿线地区 generic
    ("港澳台", P),                            # 港澳台地区 -> 港澳台 (hailaer; 地区 generic)
    # 外事、侨务工作; 东西部帮扶协作和对口支援工作: policy phrases (C: 东西部扶贫协作, 对口支援 none)
    # ---- （四）国际数字之都: an aspiration/designation, none. 数字城市“四梁八柱”: slogan
    # ---- 推进经济数字化: 在线新经济, 智能工厂, 工业互联网, 新生代互联网产业集群: none.
    # 一批在线新经济生态园, 一批数字经济创新发展试验区: generic plurals (一批), none. 新基建重大项目, 5G: none
    ("国际数据港", J),                        # 加快建设国际数据港: the one named data-port facility being built
                                              # (C 国际艺术品交易中心); borderline (could be read as an aspiration)
    # ---- 推进生活数字化
    ("教育信息化行动", J),                    # 深入开展…: named 行动 (guide §3 消费品质提升行动)
    # 数字教育资源库, 智慧化健康服务体系, 互联网医院, 博物馆…文旅场馆, 智能新型社区基础设施, “数字鸿沟”: none
    # ---- 推进治理数字化: “一网通办”, “一件事一次办”, “一网统管”, “两张网”: slogans (main, C, D).
    # 市民主页, 企业专属网页: generic features. “网购型”政务服务城市: designation/slogan.
    # 智慧公安建设: a field of work without a 工程/行动 head, none. 社会治安防控体系: none
    # ---- （五）伟大抗疫精神: formula, none
    ("上海", P),                              # 确保上海始终是一座安全的城市
    # 口岸联防联控机制, 跨省隔离转运: none
    # ---- 坚决防止疫情反弹: 新冠疫苗接种工作: work, none
    ("爱国卫生运动", J),                      # corpus: PROJECT (tianjin E, chizhou E, qinzhou F)
    # 市民健康公约: a charter (document), none. 公筷公勺、分餐制: none
    # ---- 扎实推进公共卫生体系建设: 疾控体系, “哨点”诊室: none. 若干国家医学中心和区域医疗中心: designations
    # (corpus: 国家医学中心 none)
    # ---- 完善城市安全预防体系…
    ("安全生产专项整治三年行动", J),          # corpus PROJECT; 三年 inside the name: no DATE (C)
    # 应急避难场所: generic. 安全发展示范城市: designation, none
    # ---- （六）
    ("民心工程", J),                          # 聚焦民心工程和民生实事: corpus PROJECT (tianjin main/E, jinghai A);
                                              # 民生实事: none (qianjiang A review, huangshanqu)
    # 就业优先政策; 高校毕业生…: none. 新增就业岗位50万个以上 etc.: targets (main)
    ("世界技能大赛", J),                      # 积极筹办第四十六届…: edition ordinal dropped (guide §3; corpus 全国职业技能大赛)
    # 养老金、医保、低保; 社会救助制度: none
    # ---- 大力发展养老托育服务: “9073”养老服务格局: a pattern (numeric nickname), none
    ("社区养老服务设施建设工程", J),          # 实施…: named 工程
    # 综合为老服务中心, 助餐场所, 养老床位…: generic (targets, main)
    # 长护险评估: the insurance scheme itself (like 医保), none (C tagged only 长护险试点)
    ("学龄前儿童善育工程", J),
    ("小学生校内课后服务工程", J),
    # ---- 持续改善市民居住条件: 城市更新: none
    ("城市更新中心", I),                      # 发挥城市更新中心平台作用: the city's one urban-renewal centre, a named body
                                              # (C 市疾控中心 in its works name; main 上海知识产权保护中心 INSTITUTION); borderline
    # 中心城区: generic (guide §3). 城中村改造, 租赁房, 长效机制: none
    # ---- 更好满足市民出行需求: lines being built or built -> PROJECT (guide §3; C 10号线二期, 15号线)
    ("嘉闵线", J), ("两港快线", J), ("13号线西延伸", J), ("17号线西延伸", J),
    ("18号线二期", J), ("21号线一期", J), ("23号线一期", J),   # 启动建设…等轨道交通线
    ("3、4号线增能改造", J),                  # 实施…: one works on the shared line 3/4 corridor; "3" is no name on its
                                              # own, so the list is kept whole (tianjin 领军人才…倍增计划 kept whole)
    ("崇明线", J), ("机场联络线", J),         # 加快建设…
    ("14号线", J), ("18号线", J),             # 建成14号线、18号线部分区段: 部分区段 generic (C)
    ("S3公路", J), ("沪苏湖铁路上海段", J), ("松江枢纽", J),   # 推进…等基础设施建设; 上海段 is part of the
                                              # works name (C 吴淞江工程新川沙河段)
    ("北横通道西段", J),                      # 建成 (C 南京路步行街东拓段)
    # 公交线网, 公交专用道网络: none
    # ---- 建设高质量教育体系: 教育评价改革, 教育综合改革: reforms, none
]


def expand(items):
    out = []
    for it in items:
        if len(it) == 3:
            out.append(("@", it[2]))
        out.append(it[:2])
    return out


ents = entities(T, R_ENTITIES[0], expand(ENT))
meta = {"jurisdiction": JUR, "year": YEAR, "regions": {"targets": R_TARGETS, "entities": R_ENTITIES}}
write(DOC, PART, meta, ents, [])
