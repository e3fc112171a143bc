"""Gold annotations for linzhi_2024, part "C" (entities only).

Entities region [2181, 4873): from （四）城乡发展的新面貌 to the end of the 2023 review
(…不辜负全市各族群众的重托和期待！), i.e. the gap between part main's two entity regions.
No targets region.
Every item is given by its text (plus, where needed, a context string that contains it);
offsets are computed with str.find from a moving cursor, never typed.
Conventions follow scripts/linzhi_2024__main.py and notes/linzhi_2024__review.md.
Run: python3 scripts/linzhi_2024__C.py  -> out/linzhi_2024__C.jsonl
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC = "linzhi_2024"
PART = "C"
TEXT = (HERE / f"{DOC}.txt").read_text(encoding="utf-8")
JUR = "林芝市"
YEAR = 2024
R_TARGETS = []
R_ENTITIES = [[2181, 4873]]
REG_START, REG_END = R_ENTITIES[0]
REGIONS = {"targets": R_TARGETS, "entities": R_ENTITIES}

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"


def locate(sub, ctx=None, start=0):
    """Offset of `sub`, searched from `start`; if ctx is given, `sub` is looked
    up inside the first occurrence of ctx at or after `start`."""
    if ctx is None:
        i = TEXT.find(sub, start)
        assert i >= 0, f"not found: {sub!r} from {start}"
        return i
    c = TEXT.find(ctx, start)
    assert c >= 0, f"context not found: {ctx!r} from {start}"
    j = ctx.find(sub)
    assert j >= 0, f"{sub!r} not in context {ctx!r}"
    return c + j


# ---------------------------------------------------------------- entities
# (text, label) or (text, label, context); in text order, searched from a
# cursor that moves to the end of the previous entity.
E = [
    # （四）城乡发展 (2181)
    # 市、县国土空间总体规划: plan documents; “三区三线”: policy slogan; nothing
    # “一河两岸”生态修复: quoted slogan for an area concept, no head noun (guide §3), not tagged
    # 国家食品安全示范城市, 国家卫生城市: designations (guide §3), not tagged
    ("米林", P, "完成米林撤县设市"),
    ("巴米", P, "巴米协同发展"),          # 巴宜+米林 short form used as a name (guide: 京津冀)
    # 购房补贴政策, 公租房, 危房改造, 城镇老旧小区改造, “一村一策”: generic / slogan, nothing
    # 共同富裕示范乡镇, 宜居宜业和美乡村: generic types, nothing
    ("巴宜区", P, "巴宜区被国务院办公厅"),
    ("国务院办公厅", I),                  # as in part main
    # 乡村振兴重点工作成效明显地方, 全国乡村振兴示范县创建名单: designations
    ("米林市", P, "米林市入选"),
    # …中心城镇和…试点建设扎实推进: two pilots being built; each conjunct kept whole (list rule,
    # guide §3); places at the start of a project name are not separate (guide: Not PLACE).
    # The plan section calls it 米林市兴边富民行动中心城镇试点 (a pilot, cf. corpus …试点 PROJECT).
    ("米林兴边富民行动中心城镇", J),
    ("察隅县下察隅镇军民一体化试点", J),
    # “五共五固”军地结对共建做法: slogan; 全区: bare territory word; nothing

    # （五）生态建设 (2719)
    # 生态文明高地创建: designation sought; nothing
    ("雅尼河谷面山修复工程", J),          # named 工程 being carried out
    ("林芝火车站至米林机场景观长廊", J),  # 打造…: a named facility being built; endpoints inside the
                                          # name are not separate (main: G219察隅至墨脱段, 波密至然乌段铁路)
    # 重点河流、公路沿线: generic
    ("中央", I, "中央和自治区环保督察"),  # DECISIONS: 中央、省环保督察 -> 中央 INSTITUTION, bare 省 (here
                                          # 自治区) nothing, shared 督察 not a campaign name; 森林督查 generic
    # 蓝天碧水净土保卫战: slogan (huangshanqu “三大保卫战”, yinchuan C: not tagged)
    # 7县（市、区）县城…, 河湖长制, 全区第一: nothing
    ("巴宜区", P, "巴宜区、米林市被水利部"),
    ("米林市", P, "米林市被水利部"),
    ("水利部", I, "被水利部评为"),
    # 河长制湖长制工作激励市县: designation
    ("工布江达县", P, "工布江达县被水利部"),
    ("水利部", I, "被水利部列为"),
    # 第六批节水型社会达标县: designation (第六批 is an ordinal)
    # 林长制, 森林草原防火长效机制: nothing
    ("巴宜区", P, "巴宜区森林防火改革"),
    ("全年", D, "全年未发生"),            # guide DATE: 全年
    ("波密县林草碳汇试点", J),            # a named pilot scheme (开展…试点); place at its start not separate
    # 森林草原湿地生态效益补偿机制: mechanism, nothing

    # （六）民生 (3071)
    # 我市; “全国199个公共就业创业服务示范城市创建名单” (designation list); 全区前列: nothing
    ("林芝市职业教育集团（联盟）", I),   # a named body being set up; the bracketed part belongs to the name
    # 178所高海拔学校供暖和11所乡镇卫生院供氧供暖工程: descriptive, generic facility types
    ("朗县", P, "朗县快递下乡"),
    ("“美丽西藏、可爱家乡”优秀文化产品乡村供给工程", J),  # named 工程; 西藏 inside, not nested
    # named activities in a …等各类群众文化活动 list: each PROJECT, quotes kept
    # (main: “局长进大厅·服务零距离”等活动 -> PROJECT)
    ("“三下乡”", J),
    ("“文化八进”", J),
    ("“文化润边”", J),
    ("市图书馆", I),                      # a specific body by its office (corpus: 钦州图书馆 INSTITUTION)
    # 国家级“全民数字素养与技能提升培训基地”: a designation it holds; 县级文联: generic
    ("健康林芝", J, "健康林芝建设"),      # same pattern as 数字林芝 (加快数字林芝…建设) in part main -> PROJECT
    # 医疗保障经办管理体系, 退役军人优待证, “一老一小”, “乡村线上治理”新模式: nothing
    ("“雪亮工程”", J),                    # named 工程; 平台 is the thing built within it
    # “一站式”矛盾纠纷调解中心, 自治区首家“劳动争议调解室”: generic facility types; “双下降”: slogan
    ("波密县", P, "波密县荣获"),
    # 全国信访工作示范县: designation
    ("波密县玉普乡", P),                  # maximal place name
    # 全国“枫桥式工作法”单位, 全国民族团结进步示范市: designations
    ("“石榴籽一家亲”珠港澳—林芝青少年结对结亲交流活动", J),  # named government-organised event;
                                          # places inside the name not nested (main: 中国西藏“环喜马拉雅”…论坛)
    # 中华民族共同体意识: formula; 全国民族团结进步示范单位, 全区民族团结进步模范单位: designations
    # 《关于进一步加强和改进寺庙管理工作的实施意见》: document; “三个意识”教育: political slogan
    # 全区首支航空应急救援特勤分队: an unnamed unit
    ("安全生产专项整治", J, "安全生产专项整治"),  # named 专项 (guide §3; corpus 安全领域突出问题专项整治);
                                          # the scope word 重点领域 is generic and left out

    # （七）政府治理 (3907)
    # “两个确立”“两个维护”, 学习贯彻…主题教育, “四下基层”: formulae/slogans, nothing inside
    ("人大", I, "人大及其常委会"),        # 其常委会: pronoun reference, not tagged (huangshanqu C)
    ("政协", I, "政协的民主监督"),
    ("市人大", I, "市人大代表建议"),      # body before a role noun (guide: 市政协委员)
    ("政协", I, "政协提案"),
    # 普法先行及测试制度, 巡视巡察, 意识形态工作责任制: nothing; 中央八项规定精神: formula (huangshanqu C)
    # 同时，退役军人优抚安置…: nothing

    # 各位代表!回首2023年 (4365)
    ("2023年", D, "回首2023年"),
    ("林芝", P, "这是林芝抓住机遇"),
    # 关键之年 / 奋斗之年: predicate nouns (guide: not …的一年)
    ("林芝", P, "也是林芝干在实处"),
    # 习近平总书记: a role/person; …思想: formula
    ("中央", I, "中央和国家部委"),        # as in part main; 国家部委, 援藏省市: generic
    ("自治区党委", I, "自治区党委、政府的坚强领导"),  # two INSTITUTIONs (DECISIONS)
    ("政府", I, "政府的坚强领导"),
    ("市委", I, "市委直接领导"),
    ("市人大", I, "市人大政协的监督"),
    ("政协", I, "政协的监督支持"),        # elliptical 市政协 in 市人大政协
    ("市人民政府", I),
    ("政协", I, "政协委员"),              # body before a role noun (guide: 市政协委员)
    # 援助单位, 援藏省市, 离退休老同志: generic; 驻林部队: 林 is a one-character abbreviation inside
    # the fixed 驻X form, not tagged (jinghai A: 驻静解放军 -> 静 not tagged)
    ("武警", I, "武警官兵"),              # corpus: 武警 INSTITUTION (jinghai A 武警官兵)
    # 政法干警, 消防救援队伍, 各人民团体: generic
    ("林芝", P, "关心支持林芝发展"),
    # 肯定成绩的同时… (4616): no entities (今后 is a vague span, 全市 a territory word)
]


def build_entities(specs, start):
    out, cur = [], start
    for spec in specs:
        text, label = spec[0], spec[1]
        ctx = spec[2] if len(spec) > 2 else None
        s = locate(text, ctx, cur)
        assert REG_START <= s and s + len(text) <= REG_END, f"outside region: {text!r}@{s}"
        assert TEXT[s:s + len(text)] == text
        out.append({"start": s, "end": s + len(text), "label": label, "text": text})
        cur = s + len(text)
    return out


def main():
    import sys
    ents = build_entities(E, REG_START)
    doc = {"id": DOC,
           "meta": {"jurisdiction": JUR, "year": YEAR, "regions": REGIONS},
           "entities": ents, "targets": []}
    out = HERE / "out" / f"{DOC}__{PART}.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    if "-v" in sys.argv:
        for e in ents:
            print(e["start"], e["label"], e["text"], "|",
                  TEXT[max(0, e["start"] - 6):e["end"] + 6].replace("\n", "/"))
    from collections import Counter
    print(f"wrote {out}: {len(ents)} entities", dict(Counter(e["label"] for e in ents)))


if __name__ == "__main__":
    main()
