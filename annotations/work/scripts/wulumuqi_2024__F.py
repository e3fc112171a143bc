"""Gold annotations for wulumuqi_2024, part "F" (entities only).

Entities region [21010, 23832): from the heading 六、持续增进民生福祉 to the end of
the report (the closing 各位代表… paragraph). No targets region.
Every item is given by its text (plus, where needed, a context string that
contains it); offsets are computed with str.find from a moving cursor, never typed.
Conventions follow parts A and B of this document and notes/wulumuqi_2024__review.md.
Run: python3 scripts/wulumuqi_2024__F.py  -> out/wulumuqi_2024__F.jsonl
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC = "wulumuqi_2024"
PART = "F"
TEXT = (HERE / f"{DOC}.txt").read_text(encoding="utf-8")
JUR = "乌鲁木齐市"
YEAR = 2024
R_TARGETS = []
R_ENTITIES = [[21010, 23832]]
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
# No DATE occurs in this window: 年度立法计划 has 年度 inside a document type
# (part B: 年度计划 is not a DATE); 新征程, 永远, 时刻 are not time anchors.
E = [
    # ---- 六、持续增进民生福祉 / 突出就业优先 (21010 heading, 21022)
    # 创业孵化基地、创业园: unnamed facility types (DECISIONS) -> none
    # “一对一”就业援助服务: a service slogan -> none
    ("“六大行动”", J),                    # 实施…提质、…提效等“六大行动”: the quoted collective name of a set
                                          # of actions (part B “三大工程”; corpus 平安建设“六大行动”; guide
                                          # 高质量发展“十项行动”); the headless list items are not tagged
    # ---- 大力发展教育 (21253)
    # 优质教育集团, 普惠型幼儿园, 中小学教育集团: generic
    ("特殊教育提升计划", J),              # 落实…计划: named 计划 (guide §3; corpus 妇女儿童健康提升计划)
    # 现代职业教育体系建设改革: a reform -> none
    ("乌鲁木齐职业大学", I),              # as in part A; 本科层次职业学校 generic
    ("乌鲁木齐职业技术学院", J),          # 完成…建设: a named facility being built (guide §3; huangshanqu
                                          # 完成中医院改造搬迁 -> PROJECT 中医院); hard call, see notes
    # ---- 完善社会保障 (21455): 医保支付方式改革, …直接结算改革 (reforms), 政府代缴 (generic) -> none
    # ---- 强化健康服务 (21699)
    # 医药卫生体制改革 (reform); 城市医疗集团, 县域医共体 (generic; corpus 医共体 none);
    # 自治区级重点专科 (rank + generic) -> none
    ("国家级中医药传承创新发展示范试点项目", J),  # 积极实施…试点项目: a pilot scheme carried out
                                          # (guide PROJECT: pilot schemes), maximal written name
    # 12家二级及以上公立医院: generic
    ("爱国卫生运动", J),                  # corpus: named national campaign (tianjin, chizhou, liangshan)
    # ---- 丰富文化供给 (21983)
    ("文艺创作扶持计划", J),              # 实施…计划: named 计划 (guide §3)
    # 《左宗棠》: a play named after a person -> none
    ("红山塔", P, "《红山塔下》"),        # place name inside a work title (part A: 天山 in 《情满天山》);
                                          # 红山塔 is the landmark pagoda, maximal place name
    # “五个一工程”奖: an award (liangshan) -> none
    ("南山音乐节", J),                    # 培育…: a named recurring event (A 草莓音乐节); 南山 begins the name
    ("中国亚洲文博会—中外文化展示周", J),  # 承办…等节事活动: one event named with a dash (B 中国—亚欧博览会);
                                          # 中国 begins the name -> no PLACE inside
    # 交响音乐会, 惠民演出, 群众性文化活动: generic
    ("文化中心", P, "向文化中心聚合"),    # the city's 文化中心（六馆一心）, an existing venue (A, B: PLACE)
    # 全民健身活动: generic
    ("社区公共体育设施建设工程", J),      # 深入推进…工程: named 工程 even with a generic name (guide §3)
    # “15分钟健身圈”: a facility-coverage concept like 一刻钟便民生活圈 (corpus: generic) -> none
    # ---- 办好民生实事 (22238): 自治区民生实事 (bare 自治区 territory word; generic) -> none
    # ---- 七、加强政府自身建设 / 坚持党的全面领导 (22404 heading, 22415)
    # 主题教育, 习近平新时代中国特色社会主义思想, “两个确立”, “四个意识”, “四个自信”, “两个维护”:
    # formulae -> none
    ("党中央", I, "为核心的党中央保持"),  # corpus: 党中央 INSTITUTION inside 以习近平同志为核心的党中央
    # 新时代党的治疆方略: formula (A, B) -> none
    # ---- 扎实推进法治政府建设 (22610)
    # 习近平法治思想 (formula); 法治建设“一规划两纲要” (documents); 示范创建活动 (designation campaign)
    ("市人大常委会", I),                  # a specific body (corpus)
    # 立法规划、年度立法计划和专项立法计划, 宪法法律: documents -> none
    ("人大", I, "人大及其常委会的法律监督"),  # 其常委会: pronoun reference, not tagged (corpus)
    ("政协", I, "政协民主监督"),          # corpus
    # ---- 扎实推进创新政府建设 (22847): none (全市 territory word)
    # ---- 扎实推进廉洁政府建设 (23096)
    # 中央八项规定精神 (formula, corpus), 纪律处分条例 (document), “过紧日子”, “三保” (B): none
    # ---- 扎实推进服务型政府建设 (23372)
    # “简单化”“一刀切”“一风吹”, “三个务必”, “四下基层”, “关键小事”, “有感服务”: slogans -> none
    # ---- closing 各位代表 (23626)
    ("党中央", I, "党中央周围"),
    # 习近平新时代中国特色社会主义思想: formula
    ("自治区党委", I),                    # two bodies (DECISIONS: 自治区党委、政府)
    ("自治区人民政府", I),
    ("市委", I, "市委工作安排"),
    # 中国式现代化进程: formula -> none
    ("新疆", P, "美丽新疆"),              # place in a slogan (corpus 美丽静海, 美丽凉山; A 平安乌鲁木齐)
    ("乌鲁木齐", P, "乌鲁木齐贡献"),      # bare modifier (linzhi 贡献林芝力量 -> 林芝; guide 潍坊样板)
]


def build_entities(specs, start):
    out, cur = [], start
    for spec in specs:
        text, label = spec[0], spec[1]
        ctx = spec[2] if len(spec) > 2 else None
        s = locate(text, ctx, cur)
        assert REG_START <= s and s + len(text) <= REG_END, f"outside region: {text!r}@{s}"
        out.append({"start": s, "end": s + len(text), "label": label, "text": text})
        cur = s + len(text)
    return out


def main():
    ents = build_entities(E, REG_START)
    for p, q in zip(ents, ents[1:]):
        assert p["end"] <= q["start"], (p, q)
    doc = {"id": DOC,
           "meta": {"jurisdiction": JUR, "year": YEAR, "regions": REGIONS},
           "entities": ents, "targets": []}
    out = HERE / "out" / f"{DOC}__{PART}.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    from collections import Counter
    print(f"wrote {out}: {len(ents)} entities", dict(Counter(e["label"] for e in ents)))
    import sys
    if "-v" in sys.argv:
        for e in ents:
            print(e["start"], e["label"], e["text"], "|",
                  TEXT[max(0, e["start"] - 8):e["end"] + 8].replace("\n", "/"))


if __name__ == "__main__":
    main()
