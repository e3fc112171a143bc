"""Gold annotations for hailaer_2019, part "main".

Every item is given by its text (plus, where needed, a context string that
contains it); offsets are computed with str.find, never typed by hand.
Run: python3 scripts/hailaer_2019__main.py  -> out/hailaer_2019__main.jsonl
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC = "hailaer_2019"
PART = "main"
TEXT = (HERE / f"{DOC}.txt").read_text(encoding="utf-8")
JUR = "海拉尔区"
YEAR = 2019
REGIONS = {"targets": [[125, 2101], [4221, 12035]],
           "entities": [[125, 2101], [4221, 7033]]}


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


def unique(sub, ctx):
    """Offset of `sub` inside a context string that occurs exactly once."""
    assert TEXT.count(ctx) == 1, f"context not unique: {ctx!r} ({TEXT.count(ctx)})"
    return locate(sub, ctx)


# ---------------------------------------------------------------- entities
# (text, label) or (text, label, context); listed in text order, searched
# from a cursor that moves to the end of the previous entity.
E1 = [  # region [125, 2101): 一、2018年工作回顾 (opening part)
    ("2018年", "DATE"),
    ("过去的一年", "DATE"),
    ("区委", "INSTITUTION"),
    ("区人大", "INSTITUTION"),
    ("政协", "INSTITUTION"),
    ("区政府", "INSTITUTION"),
    ("内蒙古", "PLACE"),
    ("全年", "DATE", "全年地区生产总值"),
    ("全年", "DATE", "全年目标任务"),
    ("全年", "DATE", "全年累计化解"),
    ("海拉尔河", "PLACE"),
    ("红花尔基水源地一二级保护区工程", "PROJECT"),
    ("黑羊站水厂", "PLACE"),
    ("“生态圈”植被恢复工程", "PROJECT"),
    ("西山", "PLACE", "修复西山生态植被"),
    ("农村环卫一体化污水、生活垃圾处理项目", "PROJECT"),
    ("非法征占用草原专项整治", "PROJECT"),
    ("“绿盾2018”自然保护区监督检查专项行动", "PROJECT"),
    ("西山自然保护区", "PLACE"),
    ("中央环保督察", "PROJECT", "中央环保督察反馈问题"),  # named recurring central inspection
    ("海—宝农村公路", "PROJECT"),
    ("龙运华府小区", "PLACE"),
    ("东方明珠小区", "PLACE"),
    ("华能", "INSTITUTION"),
    ("双良公司", "INSTITUTION"),
    ("全年", "DATE", "全年新接入"),
    ("智慧城市一期项目", "PROJECT"),
    ("年内", "DATE", "年内开工项目"),
    ("蒙拓农机3000台牧业机械生产线智能化升级改造项目", "PROJECT"),
    ("海拉尔热电厂蒸汽锅炉供热改造", "PROJECT"),
    ("蒙西煤业", "INSTITUTION"),
    ("华德牧业", "INSTITUTION"),
    ("海拉尔大数据中心（一期）工程", "PROJECT"),
    ("呼伦贝尔政务云中心", "PROJECT"),
    ("华为云平台", "PROJECT"),
    ("海悦城项目一期", "PROJECT"),
    ("红星美凯龙商贸综合体项目", "PROJECT"),
    ("居然之家海拉尔店", "INSTITUTION"),
    ("“海拉尔冬季英雄会”", "PROJECT"),
    ("“相约十四冬·魅力海拉尔”文化惠民系列演出活动", "PROJECT"),
    ("世界反法西斯战争海拉尔纪念园抗战遗址设施工程", "PROJECT"),
    ("呼伦贝尔副都统衙门景区", "PLACE"),
    ("哈克遗址博物馆", "INSTITUTION"),
    ("全国冬运会主场馆一期", "PROJECT"),          # edition ordinal 第十四届 left out
    ("冬运会", "PROJECT", "自治区第二届冬运会"),  # edition ordinal left out
    ("呼伦贝尔现代农牧业产业园", "PLACE"),        # zone whose plan was drawn up
    ("蒙草科技中心项目", "PROJECT"),
    ("鸿发祥低碳生态示范园项目", "PROJECT"),
    ("奋斗镇", "PLACE"),
    ("哈克镇", "PLACE"),
    ("“大棚房”问题专项清理整治行动", "PROJECT"),
]
E2 = [  # region [4221, 7033): 二、2019年工作安排 up to the end of (二)
    ("2019年", "DATE", "二、2019年工作安排"),
    ("2019年", "DATE", "2019年是新中国"),
    ("新中国", "PLACE"),
    ("新的一年", "DATE"),
    ("东北", "PLACE", "东北振兴"),
    ("西部", "PLACE", "西部大开发"),
    ("呼伦贝尔市", "PLACE", "呼伦贝尔市加快中心城区"),
    ("今年", "DATE", "今年政府工作"),
    ("中央", "INSTITUTION", "落实中央、"),
    ("自治区党委", "INSTITUTION"),
    ("市委", "INSTITUTION"),
    ("区委", "INSTITUTION", "区委的决策部署"),
    ("中华人民共和国", "PLACE"),
    ("呼伦贝尔市", "PLACE", "呼伦贝尔市确定的目标"),
    ("区委", "INSTITUTION", "区委提出"),
    ("十四冬", "PROJECT", "筹办十四冬"),
    ("海拉尔", "PLACE", "把海拉尔打造成"),
    ("中俄蒙合作先导区", "PLACE"),
    ("东北亚", "PLACE"),
    ("2019年度", "DATE"),
    ("互联网金融风险专项整治", "PROJECT"),
    ("中央脱贫攻坚专项巡视", "PROJECT"),
    ("奋斗镇田园综合体", "PROJECT"),
    ("团结村", "PLACE", "团结村肉牛养殖"),
    ("中央环保督察", "PROJECT", "中央环保督察“回头看”"),
    ("河湖“清四乱”专项行动", "PROJECT"),
    ("污水处理厂中水回用管网工程", "PROJECT"),
    ("海拉尔河", "PLACE", "海拉尔河流域巡河"),
    ("中心城区垃圾焚烧发电项目", "PROJECT"),
    ("生活垃圾填埋场渗滤液项目", "PROJECT"),
    ("化肥农药零增长", "PROJECT"),
    ("畜禽粪污和残膜回收利用行动", "PROJECT"),
    ("智慧湿地项目", "PROJECT"),
    ("三北防护林", "PROJECT"),
    ("西山自然保护区", "PLACE", "西山自然保护区勘界"),
    ("东山新城", "PLACE"),
    ("“十四冬”主场馆", "PROJECT"),
    ("场馆周边绿化提升改造", "PROJECT"),
    ("场馆东侧景观绿化", "PROJECT"),
    ("东山组团", "PLACE", "东山组团绿美亮化"),
    ("三年左右", "DATE"),
    ("“城市双修”工程", "PROJECT"),
    ("“城市精细化管理年”", "PROJECT"),
    ("“物业管理服务质量提升年”活动", "PROJECT"),
    ("全年", "DATE", "全年计划投资"),
    ("铁路市政物业设施设备改造", "PROJECT"),
    ("东山组团雨水排放工程", "PROJECT"),
    ("中心城区供热互联互通工程", "PROJECT"),
]


def build_entities(specs, start):
    out, cur = [], start
    for spec in specs:
        text, label = spec[0], spec[1]
        ctx = spec[2] if len(spec) > 2 else None
        s = locate(text, ctx, cur)
        out.append({"start": s, "end": s + len(text), "label": label, "text": text})
        cur = s + len(text)
    return out


# ---------------------------------------------------------------- targets
def dl(text, ctx, year):
    """Explicit deadline mention `text` inside the unique context `ctx`."""
    s = unique(text, ctx)
    return {"year": year, "date": None, "text": text, "start": s,
            "end": s + len(text), "implicit": False}


def resp(text, ctx):
    s = unique(text, ctx)
    return {"text": text, "start": s, "end": s + len(text), "implicit": False}


def T(span, indicator, value, unit, cmp="=", kind="level", vmax=None,
      ctx=None, responsible=None, deadline=None):
    return dict(span=span, indicator=indicator, value=float(value), unit=unit,
                cmp=cmp, kind=kind, vmax=vmax, ctx=ctx,
                responsible=responsible, deadline=deadline)


# deadline mentions used below
D_2018_GDP = dl("全年", "全年地区生产总值完成", 2018)
D_2018_DEBT = dl("全年", "全年累计化解政府债务", 2018)
D_2018_HEAT = dl("全年", "全年新接入集中供热面积", 2018)
D_2018_NIAN = dl("年内", "年内开工项目57个", 2018)
D_2019_DEBT = dl("2019年度", "完成2019年度7.89亿元", 2019)
D_2019_INV = dl("全年", "全年计划投资8.6亿元", 2019)

R_HAKE = resp("哈克镇", "哈克镇改扩建标准化奶牛养殖圈舍")

# Review of 2018 (achieved; default deadline 2018)
T1 = [
    T("地区生产总值完成192.3亿元", "地区生产总值", "192.3e8", "元", deadline=D_2018_GDP),
    T("增长6.0%", "地区生产总值", "6.0", "%", kind="growth", deadline=D_2018_GDP),
    T("规模以上工业总产值完成90.1亿元", "规模以上工业总产值", "90.1e8", "元"),
    T("增长6.9%", "规模以上工业总产值", "6.9", "%", kind="growth"),
    T("规模以上工业增加值增速达到11.1%", "规模以上工业增加值", "11.1", "%", kind="growth"),
    T("社会消费品零售总额完成174.2亿元", "社会消费品零售总额", "174.2e8", "元"),
    T("增长6.2%", "社会消费品零售总额", "6.2", "%", kind="growth"),
    T("城乡常住居民人均可支配收入分别完成37820元", "城镇常住居民人均可支配收入", "37820", "元"),
    T("城乡常住居民人均可支配收入分别完成37820元、28104元", "农村常住居民人均可支配收入",
      "28104", "元"),
    T("分别增长6.5%", "城镇常住居民人均可支配收入", "6.5", "%", kind="growth"),
    T("分别增长6.5%、9.4%", "农村常住居民人均可支配收入", "9.4", "%", kind="growth"),
    T("化解政府债务12.43亿元", "政府债务", "12.43e8", "元", deadline=D_2018_DEBT),
    T("建档立卡贫困户301户", "建档立卡贫困户", "301", "户"),
    T("611人", "建档立卡贫困户", "611", "人"),
    T("173户349人稳定脱贫", "稳定脱贫", "173", "户"),
    T("349人稳定脱贫", "稳定脱贫", "349", "人"),
    T("空气优良天数比例达到99.2%", "空气优良天数比例", "99.2", "%"),
    T("提高0.8个百分点", "空气优良天数比例", "0.8", "个百分点", kind="increase"),
    T("修复西山生态植被3300亩", "西山生态植被", "3300", "亩"),
    T("完成西山自然保护区内3家企业拆迁", "西山自然保护区内企业拆迁", "3", "家"),
    T("中央环保督察反馈问题已整改完成7项", "中央环保督察反馈问题整改", "7", "项"),
    T("投资1100万元", "投资", "1100e4", "元"),
    T("新建污水管线2847米", "污水管线", "2847", "米", kind="increase"),
    T("投资920万元", "投资", "920e4", "元"),
    T("投入2000余万元", "投入", "2000e4", "元", cmp=">"),
    T("26座水冲式公共厕所、24座移动公厕、3处生活垃圾转运站投入使用", "水冲式公共厕所", "26", "座"),
    T("24座移动公厕、3处生活垃圾转运站投入使用", "移动公厕", "24", "座"),
    T("3处生活垃圾转运站投入使用", "生活垃圾转运站", "3", "处"),
    T("23条主干道已基本完成牌匾规范化改造", "主干道牌匾规范化改造", "23", "条"),
    T("投资1.2亿元", "投资", "1.2e8", "元"),
    T("完成16个老旧小区环境综合整治", "老旧小区环境综合整治", "16", "个"),
    T("29个老旧小区供热三级管网改造", "老旧小区供热三级管网改造", "29", "个"),
    T("45个老旧小区地面硬化、绿化修复", "老旧小区地面硬化、绿化修复", "45", "个"),
    T("棚改配套道路完成13条", "棚改配套道路", "13", "条"),
    T("15公里", "棚改配套道路", "15", "公里", ctx="13条15公里"),
    # 2条 only describes what is counted (DECISIONS, Targets); the roads are part of the indicator
    T("棚改配套道路完成投资2840万元", "棚改配套道路投资", "2840e4", "元"),
    T("新接入集中供热面积200万平方米", "集中供热面积", "200e4", "平方米",
      kind="increase", deadline=D_2018_HEAT),
    T("拆除违章建筑1.18万平方米", "违章建筑", "1.18e4", "平方米"),
    T("开工项目57个", "项目", "57", "个", deadline=D_2018_NIAN),
    T("完成投资34.8亿元", "投资", "34.8e8", "元", deadline=D_2018_NIAN),
    T("启动80余场次“相约十四冬·魅力海拉尔”文化惠民系列演出活动",
      "“相约十四冬·魅力海拉尔”文化惠民系列演出活动", "80", "场次", cmp=">"),
    T("改扩建标准化奶牛养殖圈舍等基础设施17000平方米", "标准化奶牛养殖圈舍等基础设施",
      "17000", "平方米", responsible=R_HAKE),
    T("粮食产量达到1.4亿斤", "粮食产量", "1.4e8", "斤"),
    T("牧业年度牲畜总头数达到18.4万头（只）", "牧业年度牲畜总头数", "18.4e4", "头（只）"),
]

# 二、2019年工作安排 (planned; default deadline 2019)
T2 = [
    T("地区生产总值增长3.5%左右", "地区生产总值", "3.5", "%", cmp="~", kind="growth"),
    T("城乡常住居民人均可支配收入分别增长7%", "城镇常住居民人均可支配收入", "7", "%",
      cmp="~", kind="growth"),
    T("城乡常住居民人均可支配收入分别增长7%和8%左右", "农村常住居民人均可支配收入", "8", "%",
      cmp="~", kind="growth"),
    T("社会消费品零售总额增长6.5%左右", "社会消费品零售总额", "6.5", "%", cmp="~",
      kind="growth"),
    T("完成2019年度7.89亿元政府隐性债务化解目标", "政府隐性债务化解", "7.89e8", "元",
      deadline=D_2019_DEBT),
    T("空气优良天数达到350天", "空气优良天数", "350", "天"),
    T("畜禽粪污无害化处理率达到70%", "畜禽粪污无害化处理率", "70", "%"),
    T("农田残膜回收率达到75%", "农田残膜回收率", "75", "%"),
    T("完成800户的改造任务", "棚户区改造", "800", "户"),
    T("15个棚改区域的道路、供水、污水等配套基础设施项目",
      "棚改区域的道路、供水、污水等配套基础设施项目", "15", "个"),
    T("投资8.6亿元", "投资", "8.6e8", "元", deadline=D_2019_INV),
    # same sentence as 全年计划投资8.6亿元: 全年 governs them (DECISIONS, Relations)
    T("新建24座环保式公共厕所", "环保式公共厕所", "24", "座", kind="increase",
      deadline=D_2019_INV),
    T("2座压缩式生活垃圾转运站", "压缩式生活垃圾转运站", "2", "座", kind="increase",
      deadline=D_2019_INV),
    T("完成好65个年度重点项目建设任务", "年度重点项目建设任务", "65", "个"),
    T("完成37.8亿元的年度投资计划", "年度投资", "37.8e8", "元"),
]


def build_targets(specs, start, status, default_year):
    out, cur, seen = [], start, set()
    for t in specs:
        # targets may overlap and may start where the previous one starts;
        # an identical (start, text) already used means: look further on
        s = locate(t["span"], t["ctx"], cur)
        while (s, t["span"]) in seen:
            s = locate(t["span"], t["ctx"], s + 1)
        seen.add((s, t["span"]))
        cur = s
        r = t["responsible"] or {"text": JUR, "start": None, "end": None, "implicit": True}
        d = t["deadline"] or {"year": default_year, "date": None, "text": None,
                              "start": None, "end": None, "implicit": True}
        out.append({
            "start": s, "end": s + len(t["span"]), "text": t["span"],
            "indicator": t["indicator"], "value": t["value"],
            "value_max": t["vmax"], "unit": t["unit"], "comparator": t["cmp"],
            "kind": t["kind"], "status": status,
            "responsible": dict(r), "deadline": dict(d),
        })
    return out


def main():
    ents = build_entities(E1, 125) + build_entities(E2, 4221)
    tgts = (build_targets(T1, 125, "achieved", YEAR - 1)
            + build_targets(T2, 4221, "planned", YEAR))
    doc = {"id": DOC,
           "meta": {"jurisdiction": JUR, "year": YEAR, "regions": REGIONS},
           "entities": ents, "targets": tgts}
    out = HERE / "out" / f"{DOC}__{PART}.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(ents)} entities, {len(tgts)} targets")


if __name__ == "__main__":
    main()
