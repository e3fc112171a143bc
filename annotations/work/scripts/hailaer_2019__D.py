"""Gold annotations for hailaer_2019, part "D" (entities only).

Region [2101, 4221): 一、2018年工作回顾 (四)-(六), the closing paragraphs of the
review (过去的一年…, 各位代表！…) and the paragraph on problems, up to
二、2019年工作安排. No target region (main covers the targets here).
Every entity is given by its text (plus, where needed, a context string that
contains it); offsets are computed with str.find from a moving cursor, never
typed by hand.
Run: python3 scripts/hailaer_2019__D.py  -> out/hailaer_2019__D.jsonl
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC = "hailaer_2019"
PART = "D"
TEXT = (HERE / f"{DOC}.txt").read_text(encoding="utf-8")
JUR = "海拉尔区"
YEAR = 2019
R_TARGETS = []
R_ENTITIES = [[2101, 4221]]
REGION = tuple(R_ENTITIES[0])
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


# (text, label) or (text, label, context); in text order, searched from a
# cursor that moves to the end of the previous entity.
E = [
    # (四)发展活力不断激发 -------------------------------------------------
    # 行政权责清单动态机制; “先照后证”“多证合一、一照一码”等商事制度改革: reforms
    # and slogans -> nothing (guide §3; C: “放管服”改革, 商事制度改革)
    # 政务服务大厅: the generic facility type, unnamed -> nothing (DECISIONS)
    ("全年", D, "全年归集信用信息"),
    # 智慧城市、新型城镇化标准化等改革试点工作: types of reform pilots, no name
    # (the …改革 reading; main tags only 智慧城市一期项目) -> nothing
    # 医疗异地结算、公立医院药品取消加成等重大民生改革举措: reforms -> nothing
    # country + city written together -> one maximal PLACE
    # (linzhi 尼泊尔博克拉市; jinghai agree 巴基斯坦拉沙卡伊特别经济区)
    ("俄罗斯赤塔市", P),
    ("蒙古国乔巴山市", P),
    # 国际友城: generic
    ("蒙古国成吉思市", P),
    ("海拉尔航空港", P),                  # existing airport as a location (C)
    # 口岸出入境航班: generic 口岸
    ("海拉尔", P, "海拉尔至俄罗斯"),
    ("俄罗斯赤塔", P),                    # as 俄罗斯赤塔市 above
    ("蒙古国乌兰巴托", P),
    # 定期航线: an existing air route, not named -> nothing
    # events held in a list of 系列活动 -> PROJECT (C: 上海招商推介会, 西博会)
    ("中俄老战士及青少年友好交流", J),
    ("国际友城油画展", J),
    # edition ordinal left out (guide §3; C: 海拉尔第十五届中俄蒙经贸洽谈暨商品展销会)
    ("中俄蒙经贸洽谈暨商品展销会", J, "第十四届中俄蒙经贸洽谈暨商品展销会"),
    # 20个国家和地区: nothing
    # (五)民生事业提标升级 -------------------------------------------------
    # 老年养护院投入试运行: unnamed facility type -> nothing (DECISIONS)
    # 村（居）委会, 棚户区改造, 12个棚改配套基础设施项目, 社区党群服务中心: generic
    # quoted campaign year with a domain prefix -> PROJECT (main “城市精细化管理年”;
    # main 河湖“清四乱”专项行动; yinchuan 美丽乡村“试点引领、整村提升”工程)
    ("基本公共卫生“服务规范年”", J),
    # 分级诊疗: a system -> nothing
    # hosted meeting (成功召开) -> PROJECT, kept whole with its organiser level
    # (chizhou 全国镁业大会; main 全国冬运会主场馆一期); not a political formula
    ("自治区健康促进区现场会", J),
    # a specific completed works with 项目 head, like main's 生活垃圾填埋场渗滤液项目
    # and C's 殡仪馆新建项目
    ("医疗废物处理项目", J),
    # two separate projects (C review cites exactly this sentence)
    ("东山组团社区卫生服务中心和妇幼保健计划生育服务中心合建项目", J),
    ("疾控中心基础设施项目", J),
    # 教育重点项目: generic; 教学触控一体机: nothing
    ("学前教育三年行动计划", J),          # named 行动计划 (三年 inside the name: no DATE)
    # 学前三年入园率: an indicator, no DATE
    ("海拉尔区幼儿园", I),                # a specific kindergarten passing an inspection
    # 自治区首家教育标准化服务试点: a designation it earned -> nothing (guide §3)
    # 中考“一分两率”: nothing; 全市: territory word
    ("全年", D, "全年考录教师"),
    ("农村人居环境整治三年行动", J),      # named 三年行动 (corpus: …三年行动 PROJECT)
    # 38个示范点: generic
    ("“扫黑除恶”专项斗争", J),            # C: 扫黑除恶专项斗争 (named 专项); 工作 left out
    # 禁毒工作; 自治区通报表彰; 自治区年度缉毒总量 (年度 not a DATE, main): nothing
    # (六)政府自身建设不断加强 ---------------------------------------------
    # 习近平新时代中国特色社会主义思想, “四个意识”, “四个自信”, “两个维护”: formulae
    ("自治区党委第三巡视组", I),          # C: the ordinal belongs to the body's name
    ("海拉尔区", P, "巡视海拉尔区反馈"),
    ("区人大", I, "区人大及其常委会的法律监督"),  # 及其常委会: pronoun (C, jinghai B)
    ("区政协", I, "区政协的民主监督"),
    ("全年", D, "全年共办理"),
    ("区人大", I, "区人大代表建议"),      # body before a role noun (guide §3: 市政协委员)
    ("政协", I, "政协委员提案"),          # main/C: 政协 after 区人大
    # document titles: a title-initial name is not tagged, a name inside is
    # (linzhi review, qianjiang B 潜江 in 《荆楚安澜潜江现代水网规划》); extended here
    # to bodies named inside a title
    ("人大", I, "向人大及其常委会报告"),  # inside the title; 及其常委会: pronoun
    # 《海拉尔区政府列席…》: 海拉尔区政府 begins the title -> not tagged
    ("区人大常委会", I, "列席区人大常委会会议"),
    # 各民主党派, 人民团体, 无党派人士: generic groups
    ("工商联", I, "工商联、人民团体"),
    ("“七五”普法", J),                    # corpus: “八五”普法, “九五”普法 PROJECT
    # 中央八项规定: formula (C, jinghai, qianjiang) -> nothing; “三公”经费: nothing
    ("全年", D, "全年办件"),
    # closing paragraphs of the review --------------------------------------
    ("过去的一年", D, "过去的一年，全区各行各业"),  # main: 过去的一年 DATE
    # 科普、工青妇、红十字、关心下一代等事业: fields of work -> nothing (liangshan D)
    ("区委", I, "区委科学决策"),
    ("区人大", I, "区人大及其常委会依法监督"),
    ("区政协", I, "区政协民主监督、参政议政"),
    ("区人民政府", I, "我代表区人民政府"),
    # 全区, 我区: territory words
    ("海拉尔", P, "关心支持海拉尔建设"),
    # problems paragraph: no names
]


def build_entities(specs, start):
    out, cur = [], start
    for spec in specs:
        text, label = spec[0], spec[1]
        ctx = spec[2] if len(spec) > 2 else None
        s = locate(text, ctx, cur)
        assert REGION[0] <= s and s + len(text) <= REGION[1], (text, s)
        out.append({"start": s, "end": s + len(text), "label": label, "text": text})
        cur = s + len(text)
    return out


def main():
    ents = build_entities(E, REGION[0])
    doc = {"id": DOC,
           "meta": {"jurisdiction": JUR, "year": YEAR, "regions": REGIONS},
           "entities": ents, "targets": []}
    out = HERE / "out" / f"{DOC}__{PART}.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {}
    for e in ents:
        counts[e["label"]] = counts.get(e["label"], 0) + 1
    print(f"wrote {out}: {len(ents)} entities {counts}")


if __name__ == "__main__":
    main()
