"""Gold annotations for chizhou_2023 (part D): entities only. Offsets are computed with str.find, never typed.

Region (entities): text[4303:6549], the end of 一、2022年工作回顾 after part A: section (六) 突出人民至上
(民生, 社会事业, 平安池州), the drought paragraph (今年，长江全流域遭遇严重干旱…), 政府自身建设
(一年来，我们坚持知责于心…), the summing-up (各位代表！看似寻常最奇崛…), the thanks (过去一年取得的成绩…)
and the problems (我们也清醒认识到…认真加以解决。), up to 二、2023年工作安排 (part B). Targets region: none.
Conventions of this document's parts A and B and their review (notes/chizhou_2023__*.md) are kept:
省委/省政府/市委 INSTITUTION, meeting names untagged (B 市委经济工作会议), 今年 in the review = 2022 (A),
descriptive 等-lists of 专项行动 untagged (A 用工、融资、物流、配套四个专项行动).
"""
import json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID, PART = "chizhou_2023", "D"
JUR, YEAR = "池州市", 2023
TEXT = open(HERE / f"{DOC_ID}.txt", encoding="utf-8").read()
R_TARGETS = []
R_ENTITIES = [[4303, 6549]]
REG = R_ENTITIES[0]
assert TEXT[REG[0] - 1] == "\n" and TEXT[REG[1] - 1] == "\n"
assert TEXT[REG[0]:].startswith("（六）突出人民至上") and TEXT[REG[1]:].startswith("二、2023年工作安排")


def locate(text, cur, ctx=None, lo=REG[0], hi=REG[1]):
    """Position of `text` at or after cur; with ctx: inside the first occurrence of ctx
    (at or after cur - len(ctx)) that contains a copy of text starting at or after cur."""
    if ctx:
        c = TEXT.find(ctx, max(lo, cur - len(ctx)), hi)
        while c >= 0:
            i = TEXT.find(text, max(c, cur), c + len(ctx))
            if i >= 0:
                break
            c = TEXT.find(ctx, c + 1, hi)
        assert c >= 0 and i >= 0, (text, ctx, cur)
    else:
        i = TEXT.find(text, cur, hi)
        assert i >= 0, (text, cur)
    assert lo <= i and i + len(text) <= hi, (text, i)
    return i


# ------------------------------------------------------------------ entities
# (surface, label[, ctx]) in document order; ctx pins the occurrence.
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"
ENTS = [
    # ---- （六）突出人民至上 … 用心办好民生实事
    ("1-11月", D, "1-11月，民生支出"),          # reporting period (A: 1-11月 ×9)
    # 老年助餐点, 托育托位, 体育健身场所, 充电桩: generic; “文明菜市”标准: a standard/title -> nothing
    # 防止返贫动态监测帮扶: work, nothing
    # ---- 加快发展社会事业
    # 新建改建中小学校5所、公办幼儿园8所: generic
    ("绿地小学", J), ("祥云路小学", J),        # …等6所学校建成投用: named schools built and put into use
                                                # (qianjiang A 育才路小学, C 兴盛路小学; hailaer C 幸福小学 PROJECT)
    ("青阳县", P),                              # 全国学前教育普及普惠县: designation (A 全国乡村旅游重点村镇)
    ("池州学院", I),                            # B 池州学院; 省级高峰培育学科: designation
    # 池州职业技术学院、安徽卫生健康学院实训基地开工建设: the college names modify the building type
    # 实训基地 (unnamed facility type, DECISIONS: no entity also while being built) -> INSTITUTION each,
    # 实训基地 left out. Precedent qianjiang A 园林一中、园林三中、实验小学等学校综合楼…建成投用 ->
    # INSTITUTION ×3 (a name that modifies the building being built stays INSTITUTION); B tags both
    # colleges INSTITUTION. (second pass: was PROJECT 池州职业技术学院 + PROJECT …实训基地)
    ("池州职业技术学院", I), ("安徽卫生健康学院", I),
    ("池州工业学校新校区", J),                  # 建成启用 (huangshanqu 区医院新院区, liangshan D 州二医院新院区)
    ("市医院传染病防治中心", J),                # 建成投用; maximal (liangshan D 州一医院新院区危急重症综合救治中心)
    ("市急救中心", J),                          # 加快建设: the facility being built (qianjiang C 市疾控中心 in 项目建设)
    # 紧密型城市医联体, 社区（村）卫生机构: generic
    # 3家单位入选省级非遗工坊: designation
    ("中国", P, "中国好人"),                    # titles held; place as a bare modifier (A 中国传统村落 -> 中国;
    ("安徽", P, "安徽好人"),                    # B 省政府质量奖 -> 省政府)
    # ---- 深入推进平安池州建设
    ("池州", P, "平安池州"),                    # place inside a slogan (jinghai 平安静海, tianmen 平安天门)
    # 疫情防控主动仗、阻击战; 第九版 (the 9th control plan), “二十条”, “新十条”: documents -> nothing
    # 红黄预警机制, 信访积案攻坚: mechanisms / work -> nothing
    # 经营性自建房、燃气等专项整治行动: kinds sharing a generic head in an 等-list -> nothing
    # (A 用工、融资、物流、配套四个专项行动; qianjiang C 清剿毒品…等系列专项行动; wulumuqi A …等领域安全隐患整治行动)
    # 开发区整体性安全风险评估: generic
    ("1-11月", D, "1-11月生产安全事故"),
    # 扫黑除恶斗争: no 专项/行动 head -> nothing (qianjiang C 扫黑除恶斗争; hailaer tags only …专项斗争)
    # 国防动员、民兵预备役、双拥共建、退役军人事务; 民族宗教; 气象地震; 妇女儿童、残疾人、红十字、慈善、
    # 志愿服务: fields of work, not bodies (liangshan D, hailaer D 红十字…等事业)
    ("藏", P, "援藏援疆"), ("疆", P, "援疆"),  # one-character short forms (shanghai 援鄂医疗队 -> 鄂)
    # ---- drought paragraph
    ("今年", D, "今年，长江"),                  # in the review 今年 = 2022 (A 今年继续保持)
    ("长江", P, "长江全流域"),                  # 全流域 is a generic qualifier (like 全市), left out
    # 我市: territory word; 伏秋连旱, 秋收秋种, 大旱之年: no DATE (season words / predicate noun)
    # ---- 一年来，我们坚持知责于心 (政府自身建设)
    ("一年来", D, "一年来，我们坚持知责"),
    # 市政府常务会议、市政府党组会议第一议题制度: meeting names, nothing inside (DECISIONS; B 市委经济工作会议)
    # 党的二十大精神: formula; “两个确立”“两个维护”: slogans
    ("党中央", I, "党中央及省委"),              # corpus: 党中央 INSTITUTION
    ("省委", I, "及省委、市委决策"), ("市委", I, "市委决策部署"),
    ("“明目标、找问题、抓解决”专项行动", J),    # named 专项行动 written in quotes (A “一送两服三促”专项行动)
    # “3+N”重点工作周调度机制: mechanism -> nothing
    ("高质量发展局长讲堂", J),                  # named recurring event run by the government (jinghai B “静海大讲堂”;
                                                # A “市长面对面”“局长走流程”)
    # 法治政府示范市: designation; 行政复议体制改革: reform -> nothing
    ("包公法治宣传教育基地", P),                # an existing named base, 入选国家级基地 (designation):
                                                # existing location -> PLACE (hailaer C 北山高寒蔬菜基地)
    ("人大", I, "人大法律监督"),                # jinghai A 接受人大法律监督
    ("政协", I, "政协民主监督"),
    # 地方性法规: nothing
    ("市人大", I, "市人大代表议案"),            # body before a role noun (guide §3 市政协委员)
    ("市政协", I, "市政协委员提案"),
    # one campaign for the hotline with four aims, one 专项行动 head -> one PROJECT
    # (A 石灰石加工、铸造行业专项治理 one PROJECT)
    ("政务服务便民热线办理提速、工作提质、功能提升、督查提效专项行动", J),
    # 中央八项规定精神: formula, nothing inside (hailaer C, qianjiang, tianmen C)
    ("省委", I, "及省委、市委实施细则"), ("市委", I, "市委实施细则"),
    # 全面从严治党“34条”: document -> nothing
    # ---- 各位代表！看似寻常最奇崛 (summing-up)
    ("一年来", D, "一年来，面对复杂"),
    # 三重压力, “灰犀牛”, 产业强市: nothing
    ("池", P, "“奔池”速度"),                    # 池 = short form of 池州 inside the slogan pun “奔池”; place names
                                                # inside slogans are PLACE, the slogan is not (DECISIONS)
    # ---- thanks
    ("过去一年", D, "过去一年取得的成绩"),      # DECISIONS: 过去一年 DATE
    # 习近平新时代中国特色社会主义思想: formula
    ("省委", I, "是省委、省政府"), ("省政府", I, "省政府坚强领导"),
    ("市委", I, "是市委带领"),
    ("市人民政府", I, "代表市人民政府"),       # wulumuqi A, qianjiang D
    ("人大", I, "人大代表、政协委员"),         # body before a role noun (jinghai A, liangshan D)
    ("政协", I, "政协委员、各民主党派"),
    # 各民主党派, 各人民团体: generic groups (guide)
    ("工商联", I, "工商联、各人民团体"),       # hailaer, liangshan D, qianjiang D
    ("池", P, "驻池解放军"),                   # one-character short form (qianjiang D 驻潜部队 -> 潜)
    ("解放军", I, "解放军指战员"),             # jinghai A 驻静解放军 -> 解放军
    ("武警", I, "武警官兵"),                   # jinghai A, liangshan D
    # 民兵预备役人员, 政法公安干警, 消防救援队伍指战员: generic (liangshan D)
    ("中央", I, "中央和省驻池单位"),           # 中央 alone; bare 省 nothing (DECISIONS; liangshan D)
    ("池", P, "驻池单位"),
    ("池州", P, "参与池州发展"),
    # 海内外: not a place name
    # ---- problems paragraph: 中心城市, 县域, 开发区: generic; “虚、躲、冷、粗、假”: slogan -> nothing
]


def build():
    ents, cur = [], REG[0]
    for it in ENTS:
        text, label = it[0], it[1]
        i = locate(text, cur, it[2] if len(it) > 2 else None)
        ents.append(dict(start=i, end=i + len(text), label=label, text=text))
        cur = i + len(text)
    ents.sort(key=lambda e: (e["start"], e["end"]))
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], ("overlap", a, b)
    return {"id": DOC_ID,
            "meta": {"jurisdiction": JUR, "year": YEAR,
                     "regions": {"targets": R_TARGETS, "entities": R_ENTITIES}},
            "entities": ents, "targets": []}


if __name__ == "__main__":
    doc = build()
    out = HERE / "out" / f"{DOC_ID}__{PART}.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    if "-v" in sys.argv:
        for e in doc["entities"]:
            print("E", e["start"], e["label"], e["text"], "|",
                  TEXT[max(0, e["start"] - 6):e["end"] + 6].replace("\n", "/"))
    from collections import Counter
    print(out, len(doc["entities"]), "entities", dict(Counter(e["label"] for e in doc["entities"])))
