"""Gold annotations for shanghai_2021, part "F": ALL entities in [14512, 17762) (= end of text).
The window starts mid-paragraph, just after 。 (…深化教育综合改革。), as assigned, and runs through the
rest of section 三 ((六) tail: 提升基础教育… / 推进健康上海建设 / 做实做细家门口服务; (七) 乡村振兴;
(八) 文化; (九) 生态), the 九层之台 paragraph, section 四、推进政府治理现代化 and the closing paragraph.
No targets in this part (R_TARGETS = []).
Read by hand against the guide, DECISIONS.md and this document's parts main, C and D (scripts, notes,
review notes). Offsets come from str.find with a moving cursor only.
Tuples are (text, label) or (text, label, pre): with pre, the cursor first moves to the unique context
string pre inside the region, and then the text is searched from there.
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from _gold_common import load, entities, write

DOC, PART, JUR, YEAR = "shanghai_2021", "F", "上海市", 2021
T = load(DOC)
R_TARGETS = []
R_ENTITIES = [[14512, 17762]]
assert T[R_ENTITIES[0][0]:].startswith("提升基础教育优质均衡发展水平")
assert T[R_ENTITIES[0][0] - 1] == "。" and R_ENTITIES[0][1] == len(T)
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

ENT = [
    # ---- (tail of 教育) 提升基础教育…健全产教融合创新机制。加强特殊教育…
    # 新一轮“双一流”高校、高水平地方高校、高峰高原学科等建设计划: a descriptive X、Y等…计划 list with a
    # generic shared head -> nothing (wulumuqi review: …等领域安全隐患整治行动; jinghai …等专项行动);
    # “双一流” itself is a national label, untagged in tianjin C (深化“双一流”高校…). 五年一贯制: not DATE
    # (a school-system term, not a period). 学习型城市: none
    # ---- 推进健康上海建设。
    ("上海", P, "推进健康上海建设"),           # place inside a slogan (C: 平安上海建设 -> 上海; yinchuan 健康银川,
                                              # liangshan 健康凉山, mudanjiang “健康牡丹江”). linzhi C's PROJECT 健康林芝 not followed
    # 整合型医疗卫生服务体系, 分级诊疗, 家庭医生, 中医药事业: none
    ("便民就医工程", J),                      # 实施…: a named 工程 even with a generic name (guide §3)
    # 医保制度改革 (reform), 药品带量采购: none
    # ---- 做实做细家门口服务。 (targets only; main holds them). 老旧小区, 公共停车泊位, 公共充电桩: generic.
    # 100个“美丽街区”: a counted category, none. 15分钟社区生活圈, “一站式”生活服务综合体, 示范性社区康复中心,
    # 早餐示范点, 无障碍设施: generic, none
    # ---- （七）聚焦“三园”工程，全面推进乡村振兴。
    ("“三园”工程", J),                        # named 工程 with a numeric nickname (tianjin C “三大工程”, jinghai “六治工程”)
    # 郊区: generic
    ("乡村建设行动", J),                      # chizhou A, linzhi D
    # 农业农村现代化: none
    ("“美丽家园”", J),                        # 高标准建设“美丽家园”: one of the three named parts of the “三园”工程
                                              # (liangshan D: “美丽乡村” as one of 三大行动 -> PROJECT); a noun name in quotes,
                                              # not a verb slogan. Borderline (alternative: a goal, none)
    # 32个乡村振兴示范村 (designation), 乡村振兴示范片区 (designation): none
    ("农村人居环境优化工程", J),              # 实施… (hailaer D 农村人居环境整治三年行动)
    # 农村公路提档升级: generic. 农村乱占耕地建房整治: no 专项/行动 head -> none (cf. jinghai 建筑垃圾专项整治)
    # 乡村振兴重大项目: generic
    ("“绿色田园”", J),                        # second part of the “三园”工程 (as “美丽家园”)
    # 粮食安全责任制, 现代种业: none. 13个绿色田园先行片区 / 8个绿叶菜机械化生产示范基地: counted categories, none
    ("“幸福乐园”", J),                        # third part of the “三园”工程
    # 农村综合帮扶, “造血”项目 (a kind of project): none. 农村集体经营性建设用地入市 (no 试点 head): reform, none
    ("农村宅基地制度改革试点", J),            # liangshan C 宅基地制度改革试点 (maximal: 农村 is part of the name here)
    # ---- （八）聚焦文化供给提质增效…
    # 红色基因, 海派 (a style, not a place name): none
    ("江南", P),                              # 展现江南风韵: a regional name (guide: 欧美, 中东) as a bare modifier. Borderline
    ("红色文化传承弘扬工程", J),
    ("中国共产党第一次全国代表大会纪念馆", J),  # 建成…: a named facility built (qianjiang A 革命英雄纪念馆 全面建成 -> PROJECT);
                                              # maximal, so 中国共产党 is not split off
    # 爱国主义和公民道德主题教育, 群众性精神文明创建: generic
    ("“八五”普法", J),                        # “八五”普法工作: 工作 left out (huangshanqu C, liangshan E; hailaer D “七五”普法)
    # 哲学社会科学: none. 文化遗产保护体系: none
    ("国家社会文物管理综合改革试点", J),      # C (same name); 文物保护利用示范区创建: designation, none (C)
    # ---- 推动文旅融合高质量发展。
    ("图书馆东馆", J), ("少儿图书馆新馆", J), ("天文馆", J),  # 建成…等公共文化设施: specific facilities built, named in the
                                              # text's short form (main: 建成软X射线、超强超短激光等… -> PROJECT; C 国际艺术品交易中心).
                                              # Borderline for the bare 天文馆 (the one city planetarium)
    # 影视、演艺、电竞…: none
    ("“上海旅游”高峰建设工程", J),            # named 工程; 上海 is inside the PROJECT name (guide: not PLACE)
    # 全域旅游示范区: designation, none (C). “家门口的好去处”, 旅游“微空间”: brand/slogan, none. 红色旅游, 建筑可阅读: none
    ("苏州河", P),                            # 苏州河两岸 (C)
    ("延安路高架", P), ("南北高架", P),        # …沿线景观灯光提升改造: existing roads as locations (guide §3), the works are the lighting
    # ---- 繁荣发展社会主义文艺。
    # 重大革命历史题材、重大现实题材等创作工程; 顶尖文艺人才引育、青年文艺家培养等计划: descriptive X、Y等 lists with a
    # generic head -> nothing (as the 建设计划 list above)
    # ---- 加快建设全球著名体育城市。 (全球著名体育城市: a title, none)
    ("学校体育场馆开放工程", J),              # named 工程 (guide §3)
    # ---- （九）聚焦深入打好污染防治攻坚战，建设人与自然和谐共生的美丽上海。
    # 污染防治攻坚战: slogan, none (C)
    ("上海", P, "美丽上海"),                  # place inside a slogan (as 健康上海)
    # 绿水青山就是金山银山: formula; 金山 there is not the district -> none
    ("环保三年行动计划", J),                  # 启动第八轮…: the edition ordinal is dropped (C: 第二轮中央生态环保督察; guide §3)
    # 碳排放达峰行动方案: a 方案 is a document (C: 长三角一体化发展行动方案), none
    ("全国碳排放权交易市场", J),              # 加快…建设: the one named national market being built (main 长三角国际贸易单一窗口 …建设
                                              # -> PROJECT). Borderline
    # 工业挥发性有机物综合治理: generic. 重型柴油车国6a排放标准: a standard, none (C: 国三柴油车)
    ("竹园-白龙港污水连通工程", J),           # 开工建设
    ("苏州河环境综合整治四期", J),            # 加快建设…、…、…等工程: each conjunct a named works with its phase
    ("吴淞江工程新川沙河段", J),              # C (same name)              (qianjiang C, chizhou B 城东污水处理厂二期)
    ("竹园污水处理厂四期", J),
    # 垃圾源头减量, 原生生活垃圾零填埋, 新能源车动力电池回收利用体系: none
    ("金山", P, "第三轮金山地区"),            # 第三轮金山地区环境综合整治: C (第二轮… -> 金山 only; 地区 generic, no 行动 head)
    ("中央生态环保督察", J),                  # C, chizhou B
    ("长江经济带", P),                        # liangshan C
    ("长江", P),                              # 长江十年禁渔 (liangshan C, chizhou A: 长江 only); 十年 is a policy duration, not DATE
    # ---- 扩展绿色生态空间。
    ("崇明世界级生态岛建设第四轮三年行动计划", J),  # named 行动计划; the ordinal sits inside the name, so the whole span is
                                              # kept (main: 长三角一体化发展新一轮三年行动计划). D's PLACE 崇明 (崇明世界级生态岛建设,
                                              # no 行动计划 head) is a different phrase
    ("中国花卉博览会", J),                    # 第十届…: ordinal dropped (C)
    ("环城公园带", P),                        # 推进…建设: a named park belt; parks are PLACE also while being built (DECISIONS)
    ("世博文化公园北区", P),                  # 开园 (wulumuqi A 文化公园北区 PLACE)
    # 口袋公园: generic
    # ---- 各位代表，九层之台…  国家: bare territory word
    ("“十四五”", D),                          # 奋力实现“十四五”发展良好开局 (main: 确保“十四五”开好局 -> DATE)
    # ---- 四、推进政府治理现代化 / 有效市场和有为政府: none
    # 旗帜鲜明讲政治: “四个意识”, “四个自信”, “两个维护”, “两个大局”, “国之大者”, 新发展阶段/理念/格局: formulae, none
    ("党中央", I), ("国务院", I), ("中共上海市委", I),   # main
    # 扎实有力行法治: 民法典 (a law: document), 法治政府, 行业协会商会, 街道乡镇综合行政执法机构, 行政复议体制改革 (reform): none
    ("市人大", I),                            # 市人大及其常委会: 其常委会 not tagged (C)
    ("市政协", I),
    # 加快步伐转职能:
    ("营商环境创新试点", J),                  # 开展…: a pilot scheme (C: pilots are PROJECT)
    # 新一轮营商环境改革方案 (document), “放管服”改革, “证照分离”改革 (reforms), 告知承诺制, “互联网+监管” (slogan
    # without a head noun; hailaer “互联网+政务服务”), 公共信用信息常态化修复机制: none
    # 坚持不懈强基层:
    ("社区工作者增能计划", J),                # named 计划 (main “总部增能”计划)
    # 居村委会换届选举: a routine, unnamed election (hailaer D 村（居）委会换届 untagged). 社会组织: generic
    ("工会", I), ("共青团", I), ("妇联", I),   # chizhou E (same list); 群团组织: generic
    # “连心桥”: a metaphor, none
    # 持之以恒正作风: 全面从严治党“四责协同”机制 (a mechanism), 中央八项规定精神 (formula, never tagged in the corpus): none
    # ---- 各位代表，新愿景引领新征程…
    ("党中央", I),                            # 以习近平同志为核心的党中央 (main)
    ("中共上海市委", I),
    # “五个中心”, 社会主义现代化国际大都市: none
    ("中国共产党", I),                        # 庆祝中国共产党成立100周年 (main); 100周年: anniversary, not DATE
    # 中华民族伟大复兴的中国梦: formula, none
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
