"""Gold annotations for tianjin_2024, part "E": ALL entities in [14106, 16373)
((六) 全力办好民生实事 … (七) 全力防范化解风险 … 三、努力提升政府治理效能和水平 … closing
paragraph 各位代表！… to the end of the text).
No targets in this part. Read by hand against the guide, DECISIONS.md and the
reviewed parts "main" and "C" of this document; offsets come from str.find only.
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from _gold_common import load, entities, write

DOC, PART, JUR, YEAR = "tianjin_2024", "E", "天津市", 2024
T = load(DOC)
R_TARGETS = []
R_ENTITIES = [[14106, 16373]]
R_E = R_ENTITIES
assert T[R_E[0][0]:].startswith("（六）全力办好民生实事")
assert T[R_E[0][0] - 1] == "\n" and R_E[0][1] == len(T) and T[R_E[0][1] - 1] == "\n"
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

ENT = [
    # (六) 全力办好民生实事 — heading: none
    ("民心工程", J),                          # 持续实施20项民心工程 (main: 民心工程 PROJECT; 20项 is a target, not in the name)
    # 提升就业质量和社会保障水平
    ("@", "在津来津"),
    ("津", P), ("津", P),                     # 在津来津就业创业: short form 津 (main: 在津)
    # 智慧化养老服务机构, 居家适老化改造, 老年人助餐服务: generic, none
    ("长护险制度试点", J),                    # 推进…试点: a pilot the city carries out (C: pilots carried out are PROJECT)
    ("妇女儿童健康提升计划", J),              # 深入实施…计划: named 计划 (guide §3)
    # 生育支持政策: policy, none. 残疾人、公益慈善、红十字等事业: fields of work, not bodies (liangshan D, hailaer D)
    ("关爱退役军人协会", I),                  # a named association (…等社会组织: the others are generic)
    # 促进优质教育加快发展
    # “大思政课”综合改革试验区: a designation the city holds (yinchuan 基础教育综合改革实验区, qianjiang), none
    # 五育并举: slogan. 品牌高中培育工作: no head, none
    ("强校工程", J),                          # 强校工程建设: named 工程, even though generic (guide §3)
    ("高职“双高”计划", J), ("中职“双优”计划", J),  # 深入实施…计划: named 计划, maximal with the prefix (main 高质量发展“十项行动”)
    # 高水平本科层次职业学校, 产教融合联合体、共同体: generic, none
    ("世界职业技术教育发展大会", J),          # 办好第二届…: edition ordinal left out (guide §3)
    # 加强医疗健康服务
    # 重大传染病防治体系, 多渠道监测预警机制: none
    ("中国医学科学院血液病医院", I),          # maximal hospital name; the hospital acts (创建), so INSTITUTION
    ("中医一附院", I),                        # short name of a specific hospital (chizhou 第一附属医院 I)
    # 国家医学中心: a designation competed for (创建), none (guide §3)
    ("市人民医院", J), ("环湖医院", J), ("第三中心医院", J),  # 加快…等改扩建: hospital as object of a building verb
                                              # (qianjiang C 市人民医院…等项目建设 J; huangshanqu/jinghai 中医院 改造搬迁 J)
    # 社区医院, 乡村医疗卫生体系: generic. “三医”: slogan (qianjiang C), none
    ("提升医疗质量、患者体验与改善护理服务专项行动", J),  # one named 专项行动; conjuncts are not names on their own
                                              # (jinghai B 农村、城镇、工业园区污水治理攻坚行动 kept whole)
    # 药品、医用耗材集采: none. 中药大品种二次开发: no head, none. 健康查体: none
    ("爱国卫生运动", J),                      # 深入开展…: a named national campaign (guide §1 campaigns)
    # 丰富群众文体生活
    # 文旅四季主题活动: a category of activities (C “文旅商赛演”活动), none. 名家经典惠民演出, 文化场馆展览展示: generic
    ("全民健身场地设施提升行动", J),          # 实施…行动: named 行动
    # 数字体育惠民卡: a product, none
    ("天津马拉松赛", J), ("中国冰壶联赛", J), ("全国短道速滑冠军赛", J),  # named sports events (…等体育赛事); maximal incl. 赛
                                              # (liangshan 西昌邛海湿地马拉松赛; huangshanqu 中国公路自行车职业联赛)
    ("长城", P),                              # 推进长城、大运河国家文化公园（天津段）建设: conjunct stands for the park;
    ("大运河国家文化公园（天津段）", P),      # parks PLACE also while being built (DECISIONS; yinchuan C review 长城, 黄河国家文化公园);
                                              # the section is part of the maximal name (C 新梅江公园北段)
    ("梁启超旧居修缮", J),                    # 实施…等工程: a named work in an X等工程 list, whole (C 天津石化炼油提质改造)
    ("文物普查", J),                          # 开展第四次文物普查: ordinal left out (corpus 全国文物普查 J, 全国经济普查 J)
    ("国家级非遗代表性传承人记录工程", J),    # named 工程
    # 全民阅读: none
    ("@", "书香天津"),
    ("天津", P),                              # 建设书香天津: place inside a slogan (DECISIONS; jinghai 平安静海 -> 静海)
    # 哲学社会科学…图书档案, 全域科普: none
    # (七) 全力防范化解风险 — 底线思维, 总体国家安全观: formula, none
    ("安全生产治本攻坚三年行动", J),          # corpus: PROJECT; 三年 inside the name (no DATE)
    # 城镇燃气、供热监管平台: unnamed facility types (DECISIONS), none. 国家支持政策, 债务化解: none
    # 强化防灾减灾救灾能力建设
    ("汛前", D),                              # 汛前完成43项水毁修复工程: anchors the deadline (main uses it as the explicit deadline);
                                              # not the season 汛期 (liangshan D)
    # 43项水毁修复工程; 一批行洪河道达标工程和蓄滞洪区安全建设工程: unnamed batches of works (C 内涝治理工程), none
    ("自然灾害应急能力提升工程", J),          # 加快…工程建设: the named national 工程
    # 维护社会大局稳定
    ("“津治通”", J),                          # 数字治理综合应用平台“津治通”迭代升级: named platform (shanghai “随申码” J; C 曙光超算互联网平台);
                                              # the generic descriptor before it is left out; 津 inside the name not tagged
    # 新时代“枫桥经验”、“浦江经验”: national slogans, none (DECISIONS). 信访工作法治化: none
    ("@", "平安天津、法治天津"),
    ("天津", P), ("天津", P),                 # 平安天津、法治天津: place inside a slogan (jinghai 平安静海, 法治静海)
    # 三、努力提升政府治理效能和水平 — 法治政府、创新政府…: none
    # “两个确立”, “两个维护”: formulae, none
    ("中央", I), ("市委", I),                 # 深刻领会中央战略意图和市委工作要求
    # 法治建设“一规划两纲要”: documents, none
    ("“八五”普法", J),                        # corpus: “八五”普法 PROJECT
    ("全国经济普查", J),                      # 第五次 left out (edition ordinal; corpus)
    ("人大", I), ("政协", I),                 # 接受人大法律监督…和政协民主监督 (corpus: 人大, 政协 INSTITUTION)
    ("工会", I), ("共青团", I), ("妇联", I),  # 发挥工会、共青团、妇联等人民团体…作用: the city's bodies acting (C 工商联 I);
                                              # 人民团体 generic (guide); unlike …等各项事业 (liangshan D: fields of work)
    ("港澳台", P),                            # 做好港澳台工作 (corpus: 港澳台 PLACE)
    # 汇聚担当实干之力: none
    # 严守廉洁从政之规: “关键少数”, “绝大多数”: none; 中央八项规定及其实施细则: formula/regulation, nothing inside
    # (jinghai, qianjiang, C); “四风”, “三不腐”: none
    ("@", "以习近平同志为核心的党中央"),
    ("党中央", I),                            # corpus: INSTITUTION inside 以习近平同志为核心的党中央
    ("市委", I),                              # 在市委坚强领导下
    # 社会主义现代化大都市: none
]

ents = entities(T, R_E[0], ENT)
meta = {"jurisdiction": JUR, "year": YEAR, "regions": {"targets": R_TARGETS, "entities": R_E}}
write(DOC, PART, meta, ents, [])
