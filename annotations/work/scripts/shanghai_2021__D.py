"""Gold annotations for shanghai_2021, part "D": ALL entities in [5048, 8490).
The window runs from the end of the problems paragraph (政府职能转变还不够到位…) through the
"十三五" summary (各位代表，2020年是“十三五”收官之年…), the thanks-style paragraph
(天道酬勤…), and section 二、关于《…纲要（草案）》的说明 (the 十四五 outline: 第一…第四
and 蓝图已经绘就…). It stops just before 三、2021年主要任务.
No targets are annotated in this part (R_TARGETS = []).
I read it by hand against the guide, DECISIONS.md, and this document's part "main"
(script, notes, review notes). Offsets come from str.find with a moving cursor only.
Tuples are (text, label) or (text, label, pre). With pre, the cursor first moves to the
unique context string pre inside the region, and then the text is searched from there.
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from _gold_common import load, entities, write

DOC, PART, JUR, YEAR = "shanghai_2021", "D", "上海市", 2021
T = load(DOC)
R_TARGETS = []
R_ENTITIES = [[5048, 8490]]
assert T[R_ENTITIES[0][0]:].startswith("政府职能转变还不够到位")
assert T[R_ENTITIES[0][1] - 1] == "\n" and T[R_ENTITIES[0][1]:].startswith("三、2021年主要任务")
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

ENT = [
    # ---- (tail of the problems paragraph) 政府职能转变…决不辜负全市人民重托: 政府 is generic, none
    # ---- 各位代表，2020年是“十三五”收官之年…
    ("2020年", D),                            # 收官之年 is the predicate noun: not DATE (guide "…的一年")
    ("“十三五”", D),                          # bare “十三五” = the plan period (DECISIONS), with quotes
    ("“十三五”", D),                          # “十三五”规划确定的 (guide: “十四五” before 规划)
    ("上海", P),                              # 新时代上海改革开放发展征程 (新时代 is no entity)
    # 这是…的五年 (x4): predicate nouns, like guide "…的一年": not DATE
    # 2.69万亿元, 2.3万美元, 集成电路…先进材料等一批硬核产业: none
    ("进口博览会", J),                        # 成功举办三届进口博览会 (main: 进口博览会 PROJECT; the edition count is dropped)
    # 我国 (我国营商环境): bare territory word like 我市, untagged in the corpus (main, tianjin, qianjiang). 全国: none
    ("沪", P),                                # 在沪跨国公司 (short form, like tianjin 在津 -> 津)
    ("五年前", D),                            # 比五年前分别增加: a baseline point (2015). Treated like “十三五”末 baselines (jinghai A)
    ("上海", P),                              # 上海已成为全球总部经济… (全球: none)
    # 政务服务“一网通办”, 城市运行“一网统管”: slogans without a head noun (main notes), none
    # PM2.5, 垃圾分类: none. 每年新增就业岗位: 每年 is a frequency, untagged in the corpus (chizhou B)
    # “老小旧远”等民生难题: slogan, none. 国内领先: none
    # ---- 各位代表，天道酬勤…
    ("“十三五”", D),                          # “十三五”上海经济社会发展
    ("上海", P),
    ("党中央", I), ("国务院", I), ("中共上海市委", I),  # main (same sentence in the 2020 review)
    ("中国共产党", I),                        # 中国共产党领导: the party (main: 庆祝中国共产党成立100周年 -> INSTITUTION);
                                              # 中国特色社会主义制度: formula, none
    ("上海", P),                              # 上海这座城市
    # ---- 二、关于《上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》的说明
    # The title is a document (guide §3). Its first word 上海市 begins the name: not tagged
    # (main 上海知识产权强市战略纲要; jinghai A 《天津市静海区…纲要（草案）》; linzhi review).
    # No DATE inside a document title: jinghai A leaves 第十五个五年 in its outline title untagged. So
    # 第十四个五年 and 二〇三五年 are untagged here and in the two titles below.
    # ---- 根据《中共上海市委关于制定上海市…远景目标的建议》: the title begins with 中共上海市委 -> not tagged
    # (hailaer D 《海拉尔区政府列席…》). 上海市 inside it begins the plan name 上海市国民经济…规划, which is a
    # longer name again -> not tagged.
    ("市政府", I, "，市政府制定了"),           # 市政府制定了《…纲要（草案）》 (the title again: none). 本次大会: none
    # ---- “十四五”时期，我国进入…
    ("“十四五”时期", D),
    # 我国; 第二个百年奋斗目标, 中华民族伟大复兴, 世界百年未有之大变局, 新发展阶段/理念/格局: formulae, none
    ("上海", P),                              # 新时代上海发展新奇迹 (a place after a fixed formula: DECISIONS)
    ("上海", P),                              # 把上海未来发展
    ("中央", I),                              # 中央对上海发展的战略定位 (guide: 中央 INSTITUTION)
    ("上海", P),
    # “四大功能”, “五个中心”: slogans (main), none. 社会主义现代化国际大都市: none
    # 经济全球化, 全球经济治理, 全国发展大格局, 扩大内需战略: none
    ("上海", P),                              # 努力使上海成为…
    ("长三角", P),                            # 国家对长三角发展的总体部署 (国家: bare territory word)
    ("上海", P),                              # 充分发挥上海的龙头带动作用
    # ---- 为更好引领中长期发展，《纲要（草案）》展望了2035年远景目标…
    # 《纲要（草案）》: short title of a document, none
    ("2035年", D),
    ("2025年", D),
    ("到2035年", D),                          # guide: 到2027年 is one DATE
    # 国际经济、金融、贸易、航运、科技创新中心: the "五个中心" goal, none. 创新之城…: none
    # 充分体现中国特色、时代特征、上海特点: 中国特色 is the guide's "具有中国特色的…" formula -> 中国 untagged;
    ("上海", P),                              # 上海特点: place as a bare modifier (guide §3: 潍坊样板)
    ("长三角", P),                            # 长三角世界级城市群: 世界级城市群 is an aspiration (main: 长三角世界级港口群 -> 长三角 only)
    ("到2025年", D),
    # 新时代“城市，让生活更美好”的新篇章: a slogan (the Expo motto), none
    ("今后五年", D),                          # 今后五年经济社会发展的主要任务: the plan period (guide: 这五年, 5年内)
    # ---- 第一，全力优化战略布局…
    ("长三角", P),                            # 加快形成长三角一体化发展格局 (main, same phrase)
    # “一体化”和“高质量”, “中心辐射、两翼齐飞、新城发力、南北转型”: slogans, none. 主城区: generic (guide §3)
    ("自贸试验区临港新片区", P),              # a named zone (main uses this mention as a responsible area; DECISIONS zones are PLACE)
    ("长三角生态绿色一体化发展示范区", P),    # main
    ("虹桥商务区", P),                        # a named business district (guide §3: 泰华商圈; tianjin C …商务区 PLACE)
    ("嘉定", P), ("青浦", P), ("松江", P), ("奉贤", P), ("南汇", P),  # 五个新城: the five names; 新城 generic
    ("宝山", P), ("金山", P),                 # 南北两端的宝山、金山
    ("崇明", P),                              # 崇明世界级生态岛建设: 世界级生态岛 is a designation the island is built
                                              # towards (guide §3 designations; cf. 长三角世界级港口群) -> 崇明 only
    ("长兴岛", P),                            # 长兴岛海洋产业发展 (a named island)
    # 经济发展格局, 创新型经济…流量型经济, 城乡融合发展格局, 郊区乡村, 乡村振兴战略 (hailaer main/C: none): none
    # ---- 第二，全力强化“四大功能”…
    # 全球资源配置功能, 科技创新策源功能: none
    ("张江综合性国家科学中心", J),            # a named national science-centre platform (guide PROJECT 国家中医医学中心;
                                              # main: 长三角资本市场服务基地 (做强) PROJECT as a named platform);
                                              # maximal, so 张江 is not split off
    # “高端、数字、融合、集群、品牌”: a slogan. 三大先导产业, 六大重点产业, 经济数字化…: none
    # ---- 第三，全力深化改革开放…
    ("浦东", P),                              # 支持浦东…; 社会主义现代化建设引领区: a designation (jinghai A …引领区 untagged)
    # “四个自信”: formula. “五个重要”: slogan
    ("自贸试验区临港新片区", P),
    # 科创板注册制改革: a reform (guide §3), 科创板: none (main)
    ("进口博览会", J),                        # main
    # 世界一流企业, 国有企业混合所有制改革, “放管服”改革 (reforms), 各区: none
    # ---- 第四，全力建设人民城市…
    # 超大城市治理; “两张网”建设 (= “一网通办”+“一网统管”, a numeric nickname like main's “一江一河”): none
    # 社会主义核心价值观: formula. 公共文化服务高质量发展先行区: a designation being pursued
    # (guide §3 designations; qianjiang B …先行区 untagged), none. 社会主义国际文化大都市: none
    ("生态惠民工程", J),                      # 加快实施生态惠民工程: a named 工程 even with a generic name
                                              # (guide §3; chizhou E 文化惠民工程 PROJECT)
    # ---- 各位代表，蓝图已经绘就…
    ("上海", P),                              # 上海一定能创造出…
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
