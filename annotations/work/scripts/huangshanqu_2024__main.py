"""Gold annotations for huangshanqu_2024, part "main".

Every item is given by its text (plus, where needed, a context string that
contains it); offsets are computed with str.find, never typed by hand.
Run: python3 scripts/huangshanqu_2024__main.py  -> out/huangshanqu_2024__main.jsonl
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC = "huangshanqu_2024"
PART = "main"
TEXT = (HERE / f"{DOC}.txt").read_text(encoding="utf-8")
JUR = "黄山区"
YEAR = 2024
REGIONS = {"targets": [[52, 1666], [5659, 14490]],
           "entities": [[52, 1666], [5659, 8192]]}


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
E1 = [  # region [52, 1666): 一、2023年工作回顾 (opening part and (一))
    ("2023年", "DATE", "一、2023年工作回顾"),
    ("2023年", "DATE", "2023年是黄山区"),
    ("黄山区", "PLACE"),
    ("一年来", "DATE"),
    ("安徽", "PLACE"),
    ("市委", "INSTITUTION"),
    ("市政府", "INSTITUTION"),
    ("区委", "INSTITUTION"),
    ("区人大", "INSTITUTION"),
    ("区政协", "INSTITUTION"),
    ("这一年", "DATE"),
    ("农夫山泉黄山生产基地", "PROJECT"),
    ("池黄高铁", "PROJECT"),
    ("全年", "DATE", "全年完成地区生产总值"),
    ("这一年", "DATE"),
    ("太平湖", "PLACE"),
    ("长江", "PLACE"),
    ("卧虎高尔夫球场", "PLACE"),
    ("浦溪河", "PLACE"),
    ("省委", "INSTITUTION"),
    ("这一年", "DATE"),
    ("大黄山", "PLACE"),
    ("黄山国际会展中心", "PROJECT"),
    ("黄山东大门索道", "PROJECT"),
    ("黄山马拉松", "PROJECT"),            # edition ordinal 首届 left out
    ("黄山", "PLACE", "黄山旅游新活力"),
    ("同兮生物", "INSTITUTION"),
    ("华绿园", "INSTITUTION"),
    ("安农大", "INSTITUTION"),
    ("晶特美", "INSTITUTION"),
    ("顺钛新材料", "INSTITUTION"),
    ("徽州", "PLACE"),
    ("这一年", "DATE"),
    ("“暖民心”行动", "PROJECT"),
    ("浦溪幼儿园", "PROJECT"),
    ("区医院新院区", "PROJECT"),
    ("过去的一年", "DATE"),
    ("全年", "DATE", "全年新签项目60个、"),
    ("诚泰电缆", "INSTITUTION"),         # company named for its project
    ("G530阳湖里至庄里段改建工程", "PROJECT"),
    ("迎客松大道", "PROJECT"),
    ("黄山西站站前广场", "PROJECT"),
    ("铧富锦", "INSTITUTION"),
    ("小微企业创业基地二期", "PROJECT"),
    ("金桥220千伏输变电", "PROJECT"),
    ("中央", "INSTITUTION", "中央预算内投资项目7个"),
]
E2 = [  # region [5659, 8192): 二、2024年工作安排 up to 培育壮大文旅产业链 paragraph
    ("2024年", "DATE", "二、2024年工作安排"),
    ("2024年", "DATE", "2024年是新中国"),
    ("新中国", "PLACE"),
    ("“十四五”", "DATE"),
    ("黄山区", "PLACE", "黄山区克难奋进"),
    ("今年", "DATE", "做好今年工作"),
    ("新的一年", "DATE", "新的一年，我们面临"),
    ("新的一年", "DATE", "新的一年，我们推动"),
    ("省委", "INSTITUTION", "省委明确"),
    ("大黄山", "PLACE", "推进大黄山世界级"),
    ("市委", "INSTITUTION", "市委提出大黄山"),
    ("大黄山", "PLACE", "提出大黄山"),
    ("池黄高铁", "PROJECT", "池黄高铁建成通车"),
    ("今年", "DATE", "今年政府工作的总体思路"),
    ("安徽", "PLACE", "关于安徽工作"),
    ("省委", "INSTITUTION", "按照省委"),
    ("市委", "INSTITUTION", "市委“七个强市”"),
    ("区委", "INSTITUTION", "区委“七个更大作为”"),
    ("黄山区", "PLACE", "谱写黄山区"),
    ("今年", "DATE", "今年经济社会发展"),
    ("市政府", "INSTITUTION", "市政府下达目标"),
    ("黄山区", "PLACE", "当前黄山区"),
    ("有效投资专项行动", "PROJECT"),
    ("黄山市域旅游T1线一期", "PROJECT"),
    ("G330安全设施精细化提升工程", "PROJECT"),
    ("桃源35千伏变电站", "PROJECT"),
    ("“智慧农业+新能源”综合发展", "PROJECT"),
    ("农夫山泉黄山生产基地", "PROJECT"),
    ("全江食品三期", "PROJECT"),
    ("全年", "DATE", "全年新签项目60个以上"),
    ("黄山", "PLACE", "“新黄山人”"),
    ("中央", "INSTITUTION", "中央增发特别国债"),
    ("中央", "INSTITUTION", "中央预算内资金"),
    ("全年", "DATE", "全年编报储备"),
    ("大黄山", "PLACE", "大黄山核心区"),
    ("中国", "PLACE", "中国最佳康养"),
    ("黄山风景区", "PLACE"),
    ("黄山国际会展中心", "PROJECT"),
    ("加拿大互动娱乐", "PROJECT"),
    ("通航艺术研学基地", "PROJECT"),
    ("翡翠谷", "PLACE"),
    ("芙蓉谷", "PLACE"),
    ("汤口山岔", "PLACE"),
    ("三口燕窝里", "PLACE"),
    ("焦村汤家庄", "PLACE"),
    ("太平索道", "PROJECT"),           # being extended (下延)
    ("黄山北门", "PLACE"),
    ("黄山西门", "PLACE"),
    ("太平湖", "PLACE", "做活太平湖"),
    ("太平湖", "PLACE", "太平湖南岸15公里"),
    ("卧虎高尔夫球场", "PLACE"),
    ("环太平湖运动休闲度假基地", "PROJECT"),
    ("智慧体育中心", "PROJECT"),
    ("轩辕文化展示中心", "PROJECT"),
    ("蒋家山遗址公园", "PLACE"),
    ("浦溪河", "PLACE", "打造浦溪河"),
    ("悠悠湖", "PLACE"),
    # last conjunct of a shared-head list keeps the head (guide §3: 疏港高速、东青高速改扩建工程);
    # a named business district is PLACE
    ("南大门夜游精品街区", "PLACE"),
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
D_2023_A = dl("全年", "全年完成地区生产总值", 2023)
D_2023_B = dl("全年", "全年新签项目60个、", 2023)
D_2024_JN = dl("今年", "今年经济社会发展的主要预期目标", 2024)
D_2024_A = dl("全年", "全年新签项目60个以上", 2024)
D_2024_B = dl("全年", "全年编报储备", 2024)
D_2024_C = dl("全年", "全年实施工业项目", 2024)
D_2024_D = dl("全年", "全年新增规上工业企业", 2024)

# paragraph 全面提升经开区发展能级: the zone is the paragraph topic (DECISIONS, Relations)
R_JKQ = resp("经开区", "全面提升经开区发展能级")

# Review of 2023 (achieved; default deadline 2023)
T1 = [
    T("完成地区生产总值140.4亿元", "地区生产总值", "140.4e8", "元", deadline=D_2023_A),
    T("固定资产投资46亿元", "固定资产投资", "46e8", "元", deadline=D_2023_A),
    T("规上工业增加值5.7亿元", "规上工业增加值", "5.7e8", "元", deadline=D_2023_A),
    T("一般公共预算收入7.79亿元", "一般公共预算收入", "7.79e8", "元", deadline=D_2023_A),
    T("社会消费品零售总额59.7亿元", "社会消费品零售总额", "59.7e8", "元", deadline=D_2023_A),
    T("22个问题基本完成整改", "涉及政府层面的问题整改", "22", "个"),
    T("万人齐聚", "黄山马拉松参与人数", "1e4", "人"),
    T("万亩以上规模农业产业达7个", "万亩以上规模农业产业", "7", "个"),
    T("新中式茶饮、徽州预制菜绿色食品产业集群产值分别突破3亿元",
      "新中式茶饮绿色食品产业集群产值", "3e8", "元", cmp=">"),
    T("徽州预制菜绿色食品产业集群产值分别突破3亿元、5亿元", "徽州预制菜绿色食品产业集群产值",
      "5e8", "元", cmp=">"),
    T("民生支出占比达76.3%", "民生支出占比", "76.3", "%"),
    T("10项“暖民心”行动和50项民生实事高质量完成", "“暖民心”行动", "10", "项"),
    T("50项民生实事高质量完成", "民生实事", "50", "项"),
    T("城镇和农村居民人均可支配收入分别增长4.1%", "城镇居民人均可支配收入", "4.1", "%",
      kind="growth"),
    T("农村居民人均可支配收入分别增长4.1%和7.5%", "农村居民人均可支配收入", "7.5", "%",
      kind="growth"),
    T("减免税费3.53亿元", "税费", "3.53e8", "元"),
    T("发放支小再贷款7.04亿元", "支小再贷款", "7.04e8", "元"),
    T("兑现涉企资金1822万元", "涉企资金", "1822e4", "元"),
    T("金融机构和小微企业贷款余额分别增长11.5%", "金融机构贷款余额", "11.5", "%",
      kind="growth"),
    T("小微企业贷款余额分别增长11.5%和17.5%", "小微企业贷款余额", "17.5", "%", kind="growth"),
    T("办理知识产权质押融资8860万元", "知识产权质押融资", "8860e4", "元"),
    T("提供融资担保贷款5.76亿元", "融资担保贷款", "5.76e8", "元"),
    T("增长7%", "融资担保贷款", "7", "%", kind="growth", ctx="5.76亿元、增长7%"),
    T("惠及市场主体113户", "市场主体", "113", "户"),
    T("新签项目60个", "项目", "60", "个", kind="increase", deadline=D_2023_B),
    T("协议投资50.1亿元", "协议投资", "50.1e8", "元", deadline=D_2023_B),
    T("到位资金51.3亿元", "到位资金", "51.3e8", "元", deadline=D_2023_B),
    # 90个区级重点项目 only describes what is counted in 完成投资60亿元 (DECISIONS, Targets)
    # one target; the counted projects belong to the indicator (cf. 300个省州重点项目完成投资1182亿元)
    T("区级重点项目完成投资60亿元", "区级重点项目投资", "60e8", "元"),
    T("上级资金支持12.45亿元", "上级资金支持", "12.45e8", "元"),
    T("发行专项债资金11.82亿元", "专项债资金", "11.82e8", "元"),
    T("新入库专项债项目3个", "专项债项目", "3", "个", kind="increase"),
    T("债券额度8.3亿元", "债券额度", "8.3e8", "元", kind="increase"),
    T("申报入库中央预算内投资项目7个", "中央预算内投资项目", "7", "个"),
    T("4.78亿元", "中央预算内投资项目投资额", "4.78e8", "元", ctx="7个、4.78亿元"),
]

# 二、2024年工作安排 (planned; default deadline 2024)
T2 = [
    T("地区生产总值增长7%", "地区生产总值", "7", "%", kind="growth", deadline=D_2024_JN),
    T("一般公共预算收入增长2%", "一般公共预算收入", "2", "%", kind="growth",
      deadline=D_2024_JN),
    T("固定资产投资增长7%", "固定资产投资", "7", "%", kind="growth", deadline=D_2024_JN),
    T("规上工业增加值增长8%", "规上工业增加值", "8", "%", kind="growth",
      deadline=D_2024_JN),
    T("外贸进出口总额增长5%以上", "外贸进出口总额", "5", "%", cmp=">=", kind="growth",
      deadline=D_2024_JN),
    T("社会消费品零售总额增长8%", "社会消费品零售总额", "8", "%", kind="growth",
      deadline=D_2024_JN),
    T("城镇居民人均可支配收入增长7%", "城镇居民人均可支配收入", "7", "%", kind="growth",
      deadline=D_2024_JN),
    T("农村居民人均可支配收入增长8%", "农村居民人均可支配收入", "8", "%", kind="growth",
      deadline=D_2024_JN),
    T("安排90个区级重点项目", "区级重点项目", "90", "个"),
    T("完成固定资产投资49亿元以上", "固定资产投资", "49e8", "元", cmp=">="),
    T("新增建设用地指标、盘活闲置低效用地各500亩以上", "建设用地指标", "500", "亩",
      cmp=">=", kind="increase"),
    T("盘活闲置低效用地各500亩以上", "闲置低效用地", "500", "亩", cmp=">="),
    T("新签项目60个以上", "项目", "60", "个", cmp=">=", kind="increase", deadline=D_2024_A),
    T("引进亿元以上项目不少于20个", "亿元以上项目", "20", "个", cmp=">=", deadline=D_2024_A),
    T("到位资金54.9亿元", "到位资金", "54.9e8", "元", cmp=">=", deadline=D_2024_A),
    T("增长7%以上", "到位资金", "7", "%", cmp=">=", kind="growth", deadline=D_2024_A,
      ctx="54.9亿元、增长7%以上"),
    T("引进高层次人才20人以上", "高层次人才", "20", "人", cmp=">="),
    T("柔性引才不少于60人次", "柔性引才", "60", "人次", cmp=">="),
    T("编报储备重大项目不少于100个", "重大项目", "100", "个", cmp=">=", deadline=D_2024_B),
    T("总投资不少于120亿元", "总投资", "120e8", "元", cmp=">=", deadline=D_2024_B),
    T("5个转用项目改造提升", "转用项目改造提升", "5", "个"),
    T("完成太平湖南岸15公里岸线贯通", "太平湖南岸岸线贯通", "15", "公里"),
    T("三大主导产业占规上工业比重达80%", "三大主导产业占规上工业比重", "80", "%"),
    T("实施工业项目不少于35个", "工业项目", "35", "个", cmp=">=", deadline=D_2024_C),
    T("完成工业投资10亿元以上", "工业投资", "10e8", "元", cmp=">=", deadline=D_2024_C),
    T("新开工制造业投资增长10%以上", "新开工制造业投资", "10", "%", cmp=">=",
      kind="growth", deadline=D_2024_C),
    T("新增规上工业企业5家以上", "规上工业企业", "5", "家", cmp=">=", kind="increase",
      deadline=D_2024_D),
    T("培育亿元产值企业3家以上", "亿元产值企业", "3", "家", cmp=">=", deadline=D_2024_D),
    T("开展工业技改重点项目15个以上", "工业技改重点项目", "15", "个", cmp=">="),
    T("完成技改投资4亿元", "技改投资", "4e8", "元", cmp=">="),
    T("增长10%以上", "技改投资", "10", "%", cmp=">=", kind="growth",
      ctx="4亿元、增长10%以上"),
    T("新增“机器换人”企业8家", "“机器换人”企业", "8", "家", kind="increase"),
    T("绿色工厂和智能工厂各1家", "绿色工厂", "1", "家", kind="increase"),
    T("智能工厂各1家", "智能工厂", "1", "家", kind="increase"),
    T("新增国家高新技术企业4家", "国家高新技术企业", "4", "家", kind="increase"),
    T("战略性新兴产业、“专精特新”、“两化”融合贯标企业各3家", "战略性新兴产业企业",
      "3", "家", kind="increase"),
    T("“专精特新”、“两化”融合贯标企业各3家", "“专精特新”企业", "3", "家",
      kind="increase"),
    T("“两化”融合贯标企业各3家", "“两化”融合贯标企业", "3", "家", kind="increase"),
    T("产学研技术成果转化应用不少于5项", "产学研技术成果转化应用", "5", "项", cmp=">="),
    T("培育入库科技型中小企业20家以上", "科技型中小企业", "20", "家", cmp=">="),
    T("全社会研发经费投入增长10%以上", "全社会研发经费投入", "10", "%", cmp=">=",
      kind="growth"),
    T("完成投资2.6亿元以上", "投资", "2.6e8", "元", cmp=">=", responsible=R_JKQ),
    T("“腾笼换鸟”企业4家", "“腾笼换鸟”企业", "4", "家", responsible=R_JKQ),
    T("建成“标准地”160亩", "“标准地”", "160", "亩", responsible=R_JKQ),
    T("改造提升高标准农田1万亩", "高标准农田", "1e4", "亩"),
    T("粮食播种面积稳定在11.8万亩", "粮食播种面积", "11.8e4", "亩", cmp=">="),
    T("产量保持在1亿斤以上", "粮食产量", "1e8", "斤", cmp=">="),
    T("农业总产值23.96亿元", "农业总产值", "23.96e8", "元", cmp=">="),
    T("增长5%以上", "农业总产值", "5", "%", cmp=">=", kind="growth",
      ctx="23.96亿元、增长5%以上"),
    T("创建有机绿色农产品6个", "有机绿色农产品", "6", "个"),
    T("“皖美农品”品牌3个", "“皖美农品”品牌", "3", "个"),
    T("新建数字农业工厂、数字农业农村应用场景各2个", "数字农业工厂", "2", "个",
      kind="increase"),
    T("数字农业农村应用场景各2个", "数字农业农村应用场景", "2", "个", kind="increase"),
    T("主要农作物耕种收综合机械化率达到73%以上", "主要农作物耕种收综合机械化率", "73", "%",
      cmp=">="),
    T("6个和美乡村省级中心村建设", "和美乡村省级中心村建设", "6", "个"),
    T("打造4个和美乡村精品示范村", "和美乡村精品示范村", "4", "个"),
    T("整治20个重点自然村", "重点自然村", "20", "个"),
    T("衔接资金用于产业发展比例不低于65%", "衔接资金用于产业发展比例", "65", "%", cmp=">="),
    T("完成营造林7.67万亩", "营造林", "7.67e4", "亩"),
    T("改造提升老旧小区14个", "老旧小区", "14", "个"),
    T("新建（修复）雨污管网21公里", "雨污管网", "21", "公里", kind="increase"),
    T("新增停车位2000个以上", "停车位", "2000", "个", cmp=">=", kind="increase"),
    T("实施微改造、精提升项目20个", "微改造、精提升项目", "20", "个"),
    T("5个成片开发方案编制", "成片开发方案编制", "5", "个"),
    T("实施50项民生实事", "民生实事", "50", "项"),
    T("新建“嵌入式”体育场地设施5个", "“嵌入式”体育场地设施", "5", "个", kind="increase"),
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
    ents = build_entities(E1, 52) + build_entities(E2, 5659)
    tgts = (build_targets(T1, 52, "achieved", YEAR - 1)
            + build_targets(T2, 5659, "planned", YEAR))
    doc = {"id": DOC,
           "meta": {"jurisdiction": JUR, "year": YEAR, "regions": REGIONS},
           "entities": ents, "targets": tgts}
    out = HERE / "out" / f"{DOC}__{PART}.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(ents)} entities, {len(tgts)} targets")


if __name__ == "__main__":
    main()
