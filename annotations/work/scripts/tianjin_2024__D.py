"""Gold annotations for tianjin_2024, part "D": ALL entities in [2074, 5516)
(2023 review 二是改革开放蹄疾步稳 … 六是统筹发展和安全, 政府自身建设, thanks paragraph,
problems paragraph 在总结成绩的同时…切实加以解决。). No targets in this part.
Read by hand against the guide, DECISIONS.md and the reviewed parts "main" and "C"
of this document; offsets come from str.find only.
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from _gold_common import load, entities, write

DOC, PART, JUR, YEAR = "tianjin_2024", "D", "天津市", 2024
T = load(DOC)
R_E = [[2074, 5516]]
assert T[R_E[0][0]:].startswith("二是改革开放蹄疾步稳")
assert T[R_E[0][0] - 1] == "\n" and T[R_E[0][1] - 1] == "\n"
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

ENT = [
    # ---- 二是改革开放蹄疾步稳
    ("自贸试验区", P),                        # Tianjin's one FTZ (main: 自贸试验区 PLACE)
    # 入选对接国际高标准推进制度型开放试点: a pilot status the city was selected for = designation
    # (wulumuqi A: 全国城市一刻钟便民生活圈试点 (入选) untagged; C tags the same pilot only where it is carried out: 全面落实…试点任务)
    # 全国 (在全国复制推广, 全国第一), 全球第二: bare territory words / ranks, none
    ("天开园", P),                            # main, C
    # 34条…政策措施: document; 创投基金群: generic (unlike C's named 天开基金群); none
    ("天开大讲堂", J), ("天开沙龙", J),       # named recurring events of 天开园 (…等活动)
    # 创新创业大赛, 创业训练营: generic event types without a name (cf. jinghai “海棠杯”创新创业大赛), none
    # 金融创新运营示范区: the city's functional positioning (一基地三区), a designation (main: 北方国际贸易中心城市), none
    # 数字人民币、区域性股权市场制度和业务创新等全国性试点: names split by the shared head after 等;
    # the conjuncts are a product / a descriptive phrase (DECISIONS X等项目: generic phrase is nothing; main 元素有机化学等实验室), none
    ("国家会展中心（天津）二期", J),          # 建成运营: a phase of a facility built (guide …基地二期; C 柳林公园二期)
    ("夏季达沃斯论坛", J),                    # jinghai A
    ("世界智能大会", J),                      # 第七届 dropped (guide §3 edition ordinals)
    ("全国职业技能大赛", J),                  # 第二届 dropped; 全国 is part of the event name (corpus 全国经济普查, 全国镁业大会)
    ("中国国际大学生创新大赛", J), ("中国旅游产业博览会", J), ("世界斯诺克国际锦标赛", J),
    ("天津马拉松赛", J),                      # liangshan D 西昌邛海湿地马拉松赛
    # 大型演唱会等文商旅活动: generic. 国际消费中心城市: designation (C: …标志区), none
    ("和平印象城", J), ("杉杉奥特莱斯", J), ("中海环宇城", J),  # 建成…商业载体: named facilities built (guide §3; yinchuan 砂之船奥特莱斯)
    ("佛罗伦萨小镇", P),                      # existing named business district (guide: 泰华商圈); 首批全国示范智慧商圈: designation
    ("“一带一路”", J),                        # main, C
    ("中新双边合作机制会议", J),              # a named intergovernmental meeting held (main 京津冀产业链供应链大会); not a Party/session formula
    ("鲁班工坊", J),                          # C
    # 国际友城, 东西部协作和支援合作 (C): none
    # ---- 三是经营主体竞相发展
    # “两个毫不动摇”: formula. 稳经济运行33条, 优化营商环境措施: documents. “免申即享”, “四免”, “减证便民”,
    # “跨省通办”, “能办”/“好办”: slogans without a head noun, none
    ("国务院国资委", I),                      # one body (maximal); 连续三次: streak, no DATE
    ("推动民营经济高质量发展大会", J),        # 召开…大会: a named conference (liangshan D 工业发展大会)
    # 促进民营经济发展壮大29条措施: document, none
    ("空客二线", J),                          # …等项目开工建设 (C)
    ("诺和诺德", I), ("英力士", I), ("明治乳业", I),  # foreign companies
    ("服务贸易创新发展试点", J),              # 全面深化…试点任务圆满完成: 全面深化 is the verb (shanghai 全面深化服务贸易创新发展试点 -> this span); 任务 left out (C)
    # 平行进口汽车, 冷链贸易, 全国第一: none
    # ---- 四是乡村振兴扎实推进
    # “五个振兴”: slogan, none
    ("全年", D),                              # 全年粮食产量
    ("小站", P),                              # 小站稻产业集群: place inside a product brand (jinghai 台头西瓜 -> 台头; liangshan 会理石榴 -> 会理);
                                              # 国家级优势特色产业集群: designation
    ("蓟州区上仓镇", P),                      # maximal district + town (C: 蓟州下营镇); 国家级农业产业强镇: designation
    # 和美乡村建设: policy concept, none
    ("农村房屋安全隐患排查整治三年行动", J),  # named 三年行动; 任务 left out; 三年 inside the name is no DATE
    # ---- 五是民生福祉不断增进
    # 基础教育综合改革国家实验区: a designation (deepening a reform), none. 部市共建…新模式: none
    ("天津美术学院", J), ("天津音乐学院", J),  # 选址扩建加快推进: the campuses being relocated and extended (guide §3 facility
                                              # rule, 改扩建; huangshanqu 完成中医院改造搬迁, tianmen 完成市第二人民医院搬迁 -> PROJECT) (second pass)
    ("北京协和医学院天津医院一期", J),        # 投入运营: a phase (jinghai 协和天津医院二期 PROJECT)
    ("天津校区", J),                          # = 协和天津校区 (jinghai: PROJECT), 开工建设
    ("天津医学健康研究院", I),                # guide's INSTITUTION example; jinghai B/agree keep it INSTITUTION also in a 建设 sentence
    ("海河医院", J), ("市中心妇产科医院", J),  # …等新建改扩建项目投入使用 (qianjiang C 市人民医院…等项目建设 PROJECT)
    ("肿瘤医院滨海医院乳腺癌防治研究中心", J),  # 启用: a named facility put into use (jinghai review 陈官屯消防站)
    ("天津音乐节", J),                        # 首届 dropped
    ("海河戏剧节", J),                        # liangshan 大凉山戏剧节
    ("“海河蓝丝带”自行车道", J),              # 新建: a named facility being built
    # 污染防治攻坚战: 攻坚战 is no PROJECT head (qianjiang, yinchuan), none. PM2.5: none
    ("新梅江公园南段", P),                    # spatial section of a park: PLACE (C: 新梅江公园北段 PLACE)
    ("柳林公园一期", J),                      # construction phase: PROJECT (C review: 柳林公园二期 PROJECT)
    # 口袋公园, 5G基站, 一刻钟便民生活圈: generic
    ("地铁11号线一期东段", J),                # 建成运营 (C: 地铁11号线一期西段 PROJECT)
    # ---- 六是统筹发展和安全
    # “时时放心不下”: slogan
    ("海河", P),                              # 海河流域性特大洪水 (jinghai A 抗击海河“23·7”流域性特大洪水 -> 海河)
    # “1+10”…工作方案: document. 年度化债任务: 年度 is an attribute, not a DATE the guide counts.
    # “5·31”局部地面沉降地质灾害: name of an incident, not a DATE (liangshan D “8·21”山洪灾害)
    # 城镇燃气…安全隐患排查整治: no named head (unlike jinghai …专项行动), none
    # ---- 一年来，政府自身建设
    ("一年来", D),
    # 习近平新时代中国特色社会主义思想主题教育: formula + 主题教育 (corpus untagged). “学思想…”, “两个确立”, “两个维护”: none
    ("市人大", I, ),                          # 市人大及其常委会: 其常委会 is a pronoun reference (hailaer, huangshanqu, qianjiang)
    ("人大", I), ("政协", I),                 # 接受人大和政协监督 (jinghai A)
    ("人大", I), ("政协", I),                 # 人大代表建议、政协委员提案 (guide §3 body before a role noun)
    # 各民主党派, 无党派人士, 人民团体: generic groups (guide)
    ("工会", I), ("共青团", I), ("妇联", I),  # the named people's organisations being consulted (as 工商联 in C, liangshan D)
    ("市人大常委会", I),
    # 中央八项规定及其实施细则精神: formula (hailaer, qianjiang, tianmen). “四风”: none
    # 军民融合, 国防动员, 双拥共建, 民族、宗教、侨务: fields of work
    ("港澳台", P),                            # 港澳台等工作 (jinghai A 港澳台、民族宗教…等工作 -> PLACE)
    # ---- 各位代表！过去一年…
    ("过去一年", D),
    ("市委", I),
    ("“十项行动”", J),                        # main
    ("津", P),                                # 来津洽谈 (main: 在津)
    ("天津", P), ("天津", P), ("天津", P),    # 看好天津、投资天津、深耕天津
    ("海河", P),                              # 海河边赏靓景
    ("大理道", P),                            # existing named street (五大道 area)
    ("东疆港", P),                            # existing port area (main/C: 东疆… PLACE)
    ("西北角", P),                            # Tianjin's named food quarter (红桥 西北角), used as a name beside 大理道/东疆港
    # “烟火气”: none
    ("过去一年", D),                          # 过去一年的生动实践
    ("津沽", P),                              # 津沽大地: alias of Tianjin; 大地 generic
    # 习近平总书记: a person, none; 习近平新时代…思想: formula
    ("党中央", I), ("国务院", I),             # 党中央、国务院: two bodies (liangshan D)
    ("市委", I),
    ("市人大", I),                            # 市人大及其常委会
    ("市政协", I),
    ("市人民政府", I),                        # 代表市人民政府 (qianjiang D, liangshan D)
    ("人大", I), ("政协", I),                 # 全体人大代表、政协委员
    # 各民主党派、无党派人士、人民团体、社会各界人士: generic
    ("中央", I),                              # 中央各部门: 中央 alone (DECISIONS; liangshan D 中央和省驻州单位)
    # 兄弟省区市: generic
    ("津", P),                                # 驻津 (qianjiang D 驻潜)
    ("解放军", I),                            # jinghai A 驻静解放军
    ("武警部队", I),                          # the force's own short name; maximal (jinghai 武警官兵 -> 武警, 官兵 = personnel)
    ("天津", P), ("天津", P),                 # 为天津发展, 支持天津发展
    ("港澳台", P),                            # 港澳台同胞 (海外侨胞, 国际友人: generic)
    # ---- 问题与不足: 新动能“底盘”, 营商环境 …: no entity
]

ents = entities(T, R_E[0], [e[:2] for e in ENT])
meta = {"jurisdiction": JUR, "year": YEAR, "regions": {"targets": [], "entities": R_E}}
write(DOC, PART, meta, ents, [])
