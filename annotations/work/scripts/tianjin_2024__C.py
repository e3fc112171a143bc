"""Gold annotations for tianjin_2024, part "C": ALL entities in [8029, 14106)
((二) 科技创新、产业焕新、城市更新 … (五) 乡村全面振兴, up to 精心举办“庆丰收”…农民风采).
No targets in this part. Read by hand against the guide, DECISIONS.md and the
reviewed part "main" of this document; offsets come from str.find only.
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from _gold_common import load, entities, write

DOC, PART, JUR, YEAR = "tianjin_2024", "C", "天津市", 2024
T = load(DOC)
R_E = [[8029, 14106]]
assert T[R_E[0][0]:].startswith("（二）全力促进科技创新")
assert T[R_E[0][0] - 1] == "\n" and T[R_E[0][1] - 1] == "\n"
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

ENT = [
    # (二) 加快提升科技创新带动力
    ("天开园", P),                            # 提质推进天开园建设 (main: 天开园 PLACE)
    # “一核两翼多点” / “两翼”: layout slogans, none
    ("滨海高新区华苑片区", P),                # maximal: a named sub-area of a zone
    ("天开九安海河海棠科创母基金", J),        # a fund being set up (guide: funds are PROJECT)
    ("海河产业基金", J),
    ("天使投资引导基金", J),                  # the city's specific fund in a list of named funds
    ("天开园创业种子基金", J),
    ("高成长初创科技型企业专项投资", J),      # named 专项 programme
    ("天开基金群", J),                        # 打造天开基金群: a named fund cluster being formed
    ("天开园", P),                            # 拓展天开园影响力
    # 元素有机化学等实验室: name split by the shared head (main: 先进医用材料与医疗器械等…), none
    ("海河", P),                              # 完善海河实验室等…: 海河实验室 is a series title (main: 脑机交互与人机共融海河实验室 is one), not one body;
                                              # place inside it is PLACE (review; cf. “海河工匠”, tianmen 湖北旅游名村)
    ("国家合成生物技术创新中心", I),          # existing body (提质增效)
    ("中科曙光", I),
    ("天津超算中心", I),
    ("国家超算互联网联合体", I),              # main: a consortium is INSTITUTION even with 建设
    ("技术经理人发展促进会", I),
    # 概念验证中心: generic plural, none
    ("中试平台咨询委员会", I),
    ("津", P),                                # 畅通科技成果在津转化通道
    # 出台强化专利转化运用专项行动举措: a document (举措), none
    # “双一流”高校 (designation), 新工科改革 (reform): none
    ("“海河英才”行动计划", J),
    ("海河", P),                              # 推动海河实验室实行…: same as above (review)
    # 产业工人队伍建设改革: reform, none
    ("@", "持续擦亮“海河工匠”品牌"),
    ("海河", P),                              # brand “海河工匠” not tagged; place inside is PLACE
    # 有效激发产业焕新驱动力
    ("联想创新产业园", J), ("中兴高端装备产业园", J),      # …等重点项目达产
    ("空客二线", J), ("中海油渤海海域勘探开发", J), ("力神新能源产业基地", J),  # …等重点项目建设
    ("双万兆宽带项目试点", J),                # 启动…试点建设: a pilot scheme being started
    ("曙光超算互联网平台", J),                # named platform (chizhou 羚羊工业互联网平台)
    ("天津超算中心", I),
    ("南港化工新材料基地", J),                # 重点建设: a 基地 being built (liangshan review)
    # 绿色石化产业聚集区: not a name on its own, none
    ("南港绿色石化科创中心", J),              # 建设…: a named facility being built
    ("中石化南港120万吨乙烯", J),             # main: enterprise project
    ("渤化新材料产业园二期", J), ("天津石化炼油提质改造", J),  # …等项目
    ("恒河", I), ("新和成", I),               # bare company names in X等…项目 (DECISIONS)
    ("中新天津生态城绿色创新产业园区", P),    # maximal park name (main: 绿色创新产业园区 PLACE)
    ("绿创园", P), ("天津软件园", P),         # parks PLACE also while being built
    ("国家先进制造业与现代服务业融合试点", J),  # 深入推进…试点工作: a pilot scheme carried out
    ("华为", I), ("360科技", I), ("中关村“硬创”空间", I), ("万帮数字能源", I),
    # 制定建设北方会展之都实施方案: a document; 北方会展之都 a designation; none
    # 持续释放城市更新生产力
    ("解放北路", P), ("友谊北路", P), ("东疆综合保税区", P), ("“于响”中央商务区", P),
    ("京津冀同城商务区", P), ("南站科技商务区", P),
    ("海河柳林", P),                          # 海河柳林“设计之都”: the brand/designation is not tagged
    ("“三大工程”", J),
    ("今年", D),                              # 今年改造燃气管网
    # 易积水地道、片区等内涝治理工程: descriptive, unnamed (jinghai B …等专项行动), none
    ("地铁11号线一期西段", J), ("5号线延伸线", J), ("津静市域（郊）铁路首开段", J),  # 建成
    ("津滨轻轨", J),                          # 加快推进…改造 (jinghai B 静霸线地道 提升改造)
    ("机场三期", J),                          # 开工建设…等项目
    ("第三条入津特高压通道", J),              # …开工
    # 北部山区: descriptive area, none
    ("新梅江公园北段", P),                    # a section of a park: PLACE (DECISIONS; wulumuqi 文化公园北区)
    ("柳林公园二期", J),                      # 推进…二期建设: a construction phase is PROJECT (guide …基地二期; mudanjiang review 产业园一期) (review)
    ("鼓楼", P), ("古文化街", P),
    # 充分发挥经济大区“添秤”作用
    ("河西区", P),
    ("西青区", P), ("天开园西翼拓展区", P),
    ("武清区", P), ("京津产业新城", P),
    ("北辰区", P), ("京津医药谷", P), ("智能制造谷", P),
    ("和平区", P),
    # (三) 盘活存量…
    ("津湾广场", P), ("天拖片区", P), ("棉三创意街区", P), ("国际航运大厦", P),  # existing sites
    # (四) 深化改革扩大开放
    ("国企改革深化提升行动", J),
    ("工商联", I),
    # 中央金融工作会议: meeting formula, none. 要素市场化配置综合改革试点 (争取…落地): competed for, none
    ("滨海新区", P),
    ("欧美", P), ("日韩", P), ("东南亚", P),
    ("全年", D),                              # 全年实际使用外资
    # 出台自贸试验区提升行动方案: a document; its opening place name not tagged
    ("自贸试验区对接国际高标准推进制度型开放试点", J),  # 全面落实…试点任务 (wulumuqi: 任务 left out)
    # 服务业扩大开放综合试点 (争取): competed for, none
    # 纳入自贸试验区联动创新基地: designation, no PLACE inside (jinghai agree)
    ("“一带一路”", J),
    ("鲁班工坊", J),                          # 深化鲁班工坊建设: a named programme being built
    ("@", "做强“留学天津”品牌"),
    ("天津", P),                              # brand “留学天津” not tagged; place inside is PLACE
    # “证照联办”改革, “高效办成一件事”, “单一窗口”: reform / slogans, none
    # (五) 乡村全面振兴
    ("“千万工程”", J),
    ("京津", P),                              # 服务京津两个超大城市
    ("蓟州下营镇", P), ("宁河七里海镇", P),   # maximal (district + town), like 天山区大巴扎街道
    ("第二轮土地承包期延长30年试点", J),      # jinghai: 第二轮…延包30年试点 PROJECT
    ("“庆丰收”", J),                          # 精心举办“庆丰收”等系列活动: a named event
]

ents = entities(T, R_E[0], ENT)
meta = {"jurisdiction": JUR, "year": YEAR, "regions": {"targets": [], "entities": R_E}}
write(DOC, PART, meta, ents, [])
