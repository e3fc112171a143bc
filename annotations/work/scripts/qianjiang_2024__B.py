"""Gold annotations for qianjiang_2024 (part B). Offsets are computed with str.find, never typed.

Region (entities = targets): text[4571:10597], the section 二、2024年重点工作 from its heading
to the end of the paragraph 建设文脉彰显的文旅节点城市. All targets planned, default deadline 2024.
"""
import json, pathlib, sys
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID, PART = "qianjiang_2024", "B"
JUR, YEAR = "潜江市", 2024
TEXT = open(HERE / f"{DOC_ID}.txt", encoding="utf-8").read()
REG = [4571, 10597]
assert TEXT[REG[0]:].startswith("二、2024年重点工作") and TEXT[REG[1] - 1] == "\n"

SCALE = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def num(s):
    """'870亿' -> 87000000000.0; '10.7万' -> 107000.0"""
    m = s[-1] if s and s[-1] in SCALE else ""
    base = s[:-1] if m else s
    return float(Decimal(base) * SCALE[m])


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
# (surface, label[, ctx]) in document order; ctx disambiguates the occurrence.
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"
ENTS = [
    # heading + opening paragraph
    ("2024年", D, "二、2024年重点工作"),
    ("2024年", D, "2024年是新中国"),
    ("新中国", P),                                   # 新中国成立75周年: anniversary not a DATE
    ("“十四五”", D, "“十四五”规划"),
    ("长江经济带", P, "长江经济带高质量发展、全省"),
    ("省委", I, "省委省政府支持潜江"), ("省政府", I, "省委省政府支持潜江"), ("潜江", P, "支持潜江建设"),
    # 总体要求 (meeting names and 中国式现代化潜江实践 are formulae: nothing inside)
    ("今年", D, "今年工作的总体要求"),
    ("潜江", P, "中国式现代化潜江实践"),        # review: 中国式现代化 is the formula; 潜江 is a bare modifier after it (jinghai 静海篇章, qinzhou 钦州篇章)
    # 经济总量突破千亿大关 paragraph
    ("潜江", P, "确保潜江在全省"), ("潜江", P, "考量潜江发展"), ("潜江", P, "契合潜江中长期"),
    ("潜江", P, "推进潜江高质量"), ("潜江", P, "走好潜江发展史"),
    # (一)
    ("省委", I, "深入落实省委关于"),
    # 大力推进精致之城建设
    ("江汉平原", P, "江汉平原水乡园林精致之城"),
    ("县河体育公园", P), ("滨河公园", P), ("森林公园", P, "森林公园改造"),
    ("曹禺公园", P, "打造曹禺公园"), ("南门河游园", P),
    ("“五地增绿”⑭行动", J),
    ("红梅路", P, "红梅路、泰丰路等9处"), ("泰丰路", P, "泰丰路等9处"),
    ("东风路", J, "东风路、红军路等7条"), ("红军路", J, "红军路等7条"),
    ("潜江大道", J, "潜江大道、红梅路东西延"), ("红梅路东西延", J),
    ("兴盛路", P, "兴盛路、百里长渠"), ("百里长渠", P),
    ("城市基础设施生命线工程", J),
    ("潜江裁缝节", J), ("纺织服装产业园", P, "做强纺织服装产业园"),
    ("松林", I, "松林智能制造"), ("云尚智城二期", J),
    # 大力推进虾-稻特色产业发展 (“虾十条” is a policy document: not an entity)
    ("潜江", P, "做强“潜江龙虾”区域公用品牌"),
    ("潜江虾-稻“三品一标”提升行动", J),
    ("小龙虾产业技术研究院", I),
    ("现代农业科技示范园“满园工程”", J),
    ("小龙虾控股集团", I), ("新柳伍", I), ("华山", I, "华山等开发"),
    ("湖北（潜江）龙虾节", J), ("虾-稻产业博览会", J),
    ("潜网集团", I, "推进潜网集团建设"),
    ("中国虾谷总部大厦", J), ("冷链仓储物流园二期", J),
    ("潜江", P, "完善“潜江龙虾”价格指数"),
    # 大力推进绿色化工循环发展
    ("金澳科技", I, "支持金澳科技"), ("中能新材料产业园", P),
    ("江汉盐化工", I, "支持江汉盐化工"), ("可赛化工", I),
    ("新硅科技", I), ("达诺尔二期", J), ("和远电子", I),
    ("孚诺林三期", J), ("诺亚", I), ("阿科力", I), ("新轩宏", I),
    ("百美", I, "百美原料药"), ("弘俊科技", I), ("德晟医药", I),
    # 大力推进能源储备利用
    ("潜江", P, "发挥潜江油气资源"), ("华中地区", P),
    ("江汉油田", I, "深化与江汉油田"), ("江汉油田", I, "支持江汉油田“万千百”"),
    ("煤盐一体化项目", J), ("江汉盐穴天然气储气库", J),
    ("中能建", I, "中能建压缩空气储能"),
    ("华润", I, "实施华润"), ("特变电工", I), ("国能长源", I),
    # 全力推进投资提质增效
    ("中央", I, "中央和省预算内投资"),
    # 全力释放多领域消费潜能
    ("“龙虾狂欢季”", J), ("“金秋消费季”", J), ("“跨年消费季”", J),
    ("返湾湖湿地马拉松", J), ("城市运动会", J, "首届城市运动会"), ("“龙虾村BA”", J),
    ("县域商业体系建设三年行动", J),
    ("万达", I, "加快万达"), ("凯盛奇", I), ("珑韵古街", J), ("泰丰中央生活区", P),
    # 全力支持市场主体茁壮成长
    ("市场主体孵化工程", J), ("成长工程", J, "、成长工程"),
    # 全力推动国有企业转型升级
    ("市城发集团", I, "推动市城发集团"), ("市高新投", I, "促进市高新投"),
    ("市农发集团", I, "引导市农发集团"), ("市江汉投", I, "支持市江汉投"),
    # (三)
    ("强县工程", J),
    # 建设河畅水清的安全绿色流域 (《荆楚安澜潜江现代水网规划》: 荆楚 begins the title; 潜江 inside it)
    ("潜江", P, "荆楚安澜潜江现代水网规划"),
    ("万福河", P), ("田关河", P),
    ("兴隆灌区", P), ("兴隆河泵站", J),
    ("马昌湖", P), ("总干渠（潜江段）", P),
    ("东荆河", P, "东荆河河道潜江段"), ("潜江", P, "河道潜江段"),
    ("潜城", P, "润潜城"),
    ("长江经济带降碳减污扩绿增长十大行动", J),
    ("中央", I, "以中央、省生态环保督察"),          # review: 省 is a bare territory word; aligned with part A (中央、省环保督察) and jinghai 中央和市委巡视
    # 建设承载力更强的活力高新区
    ("高新区", P, "活力高新区"), ("国家高新区", P, "国家高新区发展格局"),
    ("化工管廊二期", J),
    ("张金", P, "推动张金、熊口"), ("熊口", P, "张金、熊口、浩口"), ("浩口", P, "熊口、浩口振兴"),
    ("高新区", P, "与高新区双向奔赴"),
    ("广华监狱", I),
    # 建设全面振兴的乡村发展样板
    ("中储粮仓储物流园", J),
    ("黄湾", P, "黄湾藕"),
    ("“千万工程”", J),
    ("240国道杨市至总口段", J), ("322省道熊农东大垸至洪场段", J),
    ("原318国道新东荆河大桥", J), ("234国道熊农至张金段", J), ("269省道周矶至老新段", J),
    ("乡村振兴示范带（三期）", J),
    # 建设文脉彰显的文旅节点城市
    ("中国（潜江）曹禺文化周", J),
    ("龙湾国家考古遗址公园", P), ("曹禺文化旅游区", P), ("兴隆水利枢纽风景区", P), ("水杉公园", P),
    ("返湾湖国家湿地公园", P), ("生态龙虾城", P),
    ("熊口红军街", J), ("汉宜高速潜江服务区", J),
    ("革命英雄纪念馆", J), ("市文化中心", J),
    ("高石碑生态小镇", P), ("后湖虾谷小镇", P), ("浩口非遗特色小镇", P), ("熊农红色农垦小镇", P),
    ("拖船埠", P), ("莫岭", P),
    ("江汉油田", I, "支持江汉油田创建"),
]


# ------------------------------------------------------------------ targets
def T(text, ind, val, unit, cmp="=", kind="level", ctx=None, vmax=None, resp=None, dl=None):
    return dict(text=text, ind=ind, val=val, unit=unit, cmp=cmp, kind=kind, ctx=ctx,
                vmax=vmax, resp=resp, dl=dl)


TGTS = [
    # 经济社会发展的主要预期目标
    T("地区生产总值跨越千亿台阶", "地区生产总值", "1000亿", "元", cmp=">"),
    T("增长7%以上", "地区生产总值", "7", "%", cmp=">=", kind="growth", ctx="台阶，增长7%以上"),
    T("规上工业增加值增长7.5%以上", "规上工业增加值", "7.5", "%", cmp=">=", kind="growth"),
    T("固定资产投资增长10%以上", "固定资产投资", "10", "%", cmp=">=", kind="growth"),
    T("社会消费品零售总额增长9%以上", "社会消费品零售总额", "9", "%", cmp=">=", kind="growth"),
    T("一般公共预算收入增长10%以上", "一般公共预算收入", "10", "%", cmp=">=", kind="growth"),
    T("出口总额增长8%以上", "出口总额", "8", "%", cmp=">=", kind="growth"),
    T("经济总量突破千亿大关", "经济总量", "1000亿", "元", cmp=">"),
    # 大力推进精致之城建设
    T("新建25个“口袋公园”", "“口袋公园”", "25", "个", kind="increase"),
    T("实施103个老旧小区改造", "老旧小区改造", "103", "个"),
    T("4个完整社区建设", "完整社区建设", "4", "个"),
    T("9处易涝点改造", "易涝点改造", "9", "处"),       # review: X、Y等N… with named items -> span from the number (tianjin, jinghai, tianmen gold)
    T("7条道路品质提升", "道路品质提升", "7", "条"),
    T("11条道路建设", "道路建设", "11", "条"),
    T("8条路（渠）沿线风貌升级", "路（渠）沿线风貌升级", "8", "条"),
    T("污水集中收集率提高15%以上", "污水集中收集率", "15", "%", cmp=">=", kind="increase"),
    T("新增2000个停车位", "停车位", "2000", "个", kind="increase"),
    T("更新窨井盖5000个", "窨井盖", "5000", "个"),
    T("背街小巷亮化90%以上", "背街小巷亮化", "90", "%", cmp=">="),
    # 大力推进虾-稻特色产业发展
    T("综合产值达870亿元", "“潜江龙虾”综合产值", "870亿", "元"),   # review: modifier restored as in part A (综合产值750亿元)
    T("加工能力达80万吨", "小龙虾加工能力", "80万", "吨"),       # review: as in part A (小龙虾年加工能力)
    T("小龙虾交易量突破28万吨", "小龙虾交易量", "28万", "吨", cmp=">"),
    # 全力推进投资提质增效
    T("总投资2735亿元的576个储备项目加速落地转化", "总投资2735亿元的储备项目加速落地转化", "576", "个"),
    T("民间投资占比60%以上", "民间投资占比", "60", "%", cmp=">="),
    T("年度计划投资384亿元", "年度计划投资", "384亿", "元"),
    T("170个以上项目竣工达效", "项目竣工达效", "170", "个", cmp=">="),
    T("签约项目100个以上", "签约项目", "100", "个", cmp=">="),
    T("招商到资350亿元以上", "招商到资", "350亿", "元", cmp=">="),
    T("新增建设用地、储备土地、供地“三个5000亩”", "新增建设用地", "5000", "亩", kind="increase"),
    T("储备土地、供地“三个5000亩”", "储备土地", "5000", "亩"),
    T("供地“三个5000亩”", "供地", "5000", "亩"),
    # 全力释放多领域消费潜能
    T("电商交易额突破60亿元", "电商交易额", "60亿", "元", cmp=">"),
    # 全力支持市场主体茁壮成长
    T("新增“四上”企业200家以上", "“四上”企业", "200", "家", cmp=">=", kind="increase"),
    T("国家级专精特新“小巨人”1家以上", "国家级专精特新“小巨人”", "1", "家", cmp=">=", kind="increase"),
    T("省级专精特新中小企业8家以上", "省级专精特新中小企业", "8", "家", cmp=">=", kind="increase"),
    T("新增贷款100亿元以上", "贷款", "100亿", "元", cmp=">=", kind="increase"),
    T("建筑业总产值达190亿元", "建筑业总产值", "190亿", "元"),
    # 全力推动国有企业转型升级 (each sentence's named company is the responsible area)
    T("资产过500亿元", "资产", "500亿", "元", cmp=">", resp="市城发集团"),
    T("年营收30亿元以上", "年营收", "30亿", "元", cmp=">=", resp="市城发集团"),
    T("新增园区投资20亿元", "园区投资", "20亿", "元", kind="increase", resp="市高新投"),
    T("资产达150亿元", "资产", "150亿", "元", cmp=">=", resp="市高新投"),
    T("年营收13.5亿元以上", "年营收", "13.5亿", "元", cmp=">=", resp="市高新投"),
    T("新增项目投资22亿元", "项目投资", "22亿", "元", kind="increase", resp="市农发集团"),
    T("资产达120亿元", "资产", "120亿", "元", cmp=">=", resp="市农发集团"),
    T("年营收8亿元以上", "年营收", "8亿", "元", cmp=">=", resp="市农发集团"),
    T("在保余额超10亿元", "在保余额", "10亿", "元", cmp=">", resp="市江汉投"),
    T("应急转贷5亿元以上", "应急转贷", "5亿", "元", cmp=">=", resp="市江汉投"),
    # 建设河畅水清的安全绿色流域
    T("10条河湖健康评价", "河湖健康评价", "10", "条"),
    # 建设全面振兴的乡村发展样板
    T("10.7万亩高标准农田", "高标准农田", "10.7万", "亩"),
    T("经营性收入过10万元的行政村占70%以上", "经营性收入过10万元的行政村占比", "70", "%", cmp=">="),
    T("更新改造主供水管网43公里", "主供水管网", "43", "公里"),
    T("天然气管道25公里", "天然气管道", "25", "公里"),
    T("260公里农村公路升级联通", "农村公路升级联通", "260", "公里"),
    # 建设文脉彰显的文旅节点城市
    T("6个村㉗特色精品乡村旅游示范点", "村特色精品乡村旅游示范点", "6", "个"),
]


def sentence_bounds(i):
    s = max(TEXT.rfind(c, 0, i) for c in "。\n；") + 1
    e = min([x for x in (TEXT.find(c, i) for c in "。\n；") if x >= 0] or [len(TEXT)])
    return s, e


def build():
    ents, cur = [], REG[0]
    for it in ENTS:
        text, label = it[0], it[1]
        i = locate(text, cur, it[2] if len(it) > 2 else None)
        ents.append(dict(start=i, end=i + len(text), label=label, text=text))
        cur = i + len(text)
    targets, cur = [], REG[0]
    for t in TGTS:
        i = locate(t["text"], cur, t["ctx"])
        j = i + len(t["text"])
        cur = i
        ss, se = sentence_bounds(i)
        if t["resp"]:
            r = TEXT.rfind(t["resp"], ss, i)
            assert r >= 0, ("resp", t["text"])
            resp = dict(text=t["resp"], start=r, end=r + len(t["resp"]), implicit=False)
        else:
            resp = dict(text=JUR, start=None, end=None, implicit=True)
        if t["dl"]:
            dtext, dy = t["dl"]
            d = TEXT.rfind(dtext, ss, i + 1)
            assert d >= 0, ("deadline", t["text"])
            dl = dict(year=dy, date=None, text=dtext, start=d, end=d + len(dtext), implicit=False)
        else:
            dl = dict(year=YEAR, date=None, text=None, start=None, end=None, implicit=True)
        targets.append(dict(start=i, end=j, text=t["text"], indicator=t["ind"],
                            value=num(t["val"]),
                            value_max=num(t["vmax"]) if t["vmax"] else None,
                            unit=t["unit"], comparator=t["cmp"], kind=t["kind"],
                            status="planned", responsible=resp, deadline=dl))
    keys = [(t["start"], t["end"]) for t in targets]
    assert len(keys) == len(set(keys)), "duplicate target span"
    return {"id": DOC_ID,
            "meta": {"jurisdiction": JUR, "year": YEAR,
                     "regions": {"targets": [REG], "entities": [REG]}},
            "entities": sorted(ents, key=lambda e: (e["start"], e["end"])),
            "targets": sorted(targets, key=lambda t: (t["start"], t["end"]))}


if __name__ == "__main__":
    doc = build()
    out = HERE / "out" / f"{DOC_ID}__{PART}.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    if "-v" in sys.argv:
        for e in doc["entities"]:
            print("E", e["start"], e["label"], e["text"], "|",
                  TEXT[max(0, e["start"] - 6):e["end"] + 6].replace("\n", "/"))
        for t in doc["targets"]:
            print("T", t["start"], t["text"], "|", t["indicator"], t["value"], t["value_max"], t["unit"],
                  t["comparator"], t["kind"], t["status"], t["responsible"]["text"], t["responsible"]["start"],
                  t["deadline"]["year"], t["deadline"]["text"])
    from collections import Counter
    print(out, len(doc["entities"]), "entities", dict(Counter(e["label"] for e in doc["entities"])),
          len(doc["targets"]), "targets")
