"""Gold annotations for chizhou_2023 (part B). Offsets are computed, never typed.

Region [6549, 12586): the coming-year section 二、2023年工作安排 up to the end of the
paragraph ending 落实问题发现整改闭环机制。  Targets are planned; the implicit deadline
is 2023 unless an explicit expression gives another year.
"""
import json, pathlib
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID, PART = "chizhou_2023", "B"
JUR, YEAR = "池州市", 2023
TEXT = open(HERE / f"{DOC_ID}.txt", encoding="utf-8").read()
REGION = [6549, 12586]
REG_T = [REGION]
REG_E = [REGION]

SCALE = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def num(s):
    """'526.5亿' -> 52650000000.0"""
    m = s[-1] if s and s[-1] in SCALE else ""
    base = s[:-1] if m else s
    return float(Decimal(base) * SCALE[m])


def locate(text, cur, ctx=None):
    """Offset of `text` at or after cur; with ctx, the copy of `text` inside the
    first occurrence of ctx (at or after cur) that contains it."""
    if ctx:
        c = TEXT.find(ctx, max(0, cur - len(ctx)))
        while c >= 0 and TEXT.find(text, c) < cur:
            c = TEXT.find(ctx, c + 1)
        assert c >= 0, (ctx, cur)
        i = TEXT.find(text, c)
        assert 0 <= i and i + len(text) <= c + len(ctx), (text, ctx)
    else:
        i = TEXT.find(text, cur)
        assert i >= 0, (text, cur)
    return i


def mention(surf, ctx, lo=REGION[0] - 200, hi=REGION[1]):
    """Offsets of surf inside the unique context string ctx."""
    i = TEXT.find(ctx, lo, hi)
    assert i >= 0, ctx
    assert TEXT.find(ctx, i + 1, hi) < 0, ("context not unique", ctx)
    j = ctx.index(surf)
    return i + j, i + j + len(surf)


P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

# ---------------- entities: (text, label[, ctx]) in document order
E = [
    # heading + preamble
    ("2023年", D, "二、2023年工作安排"),
    ("未来5年", D),                      # 未来5年经济总量冲刺2000亿: a horizon (like 5年内)
    ("2023年", D, "2023年是全面贯彻"),
    ("安徽", P, "考察安徽"),
    ("池州", P, "开创池州现代化"),
    ("2023年", D, "2023年的主要预期目标"),
    # (一) 产业强市
    ("“1366”行动", J),
    ("池州高新区循环经济产业园", P),      # named park, PLACE also while being built (DECISIONS)
    ("软件产业园", P, "加快软件产业园建设"),
    ("羚羊工业互联网平台", J),            # a named platform being promoted
    ("华宇电子三期", J),                  # a phase (like 通威二期)
    ("“大黄山”", P),                      # regional name, quotes kept
    ("文化旅游资源普查", J),              # named survey campaign (like 全国经济普查)
    ("皖南民俗文化街区", J),              # X等…项目 list, facility head
    ("安卓梅达酒店", J),                  # X等…项目 list, facility head
    ("长三角", P, "民宿产业对标长三角"),
    ("池州", P, "池州旅游"),
    ("池州", P, "山水池州"), ("九华", P, "灵秀九华"),  # place names inside a brand
    ("市级综合物流园", J), ("快递物流中心", J),   # facilities to be built (tianmen 市域公共综合物流园)
    ("韵达区域总部", J),                  # facility 建成运营 (jinghai 优生态科技中心总部)
    ("“徽动消费”促进行动", J),
    ("“1+3+6+N”农业产业化提升行动", J),
    ("皖南", P, "皖南土鸡"),              # bare modifier (河北工匠)
    ("长三角", P, "省级长三角"),
    ("乡村旅游高质量发展行动", J),
    ("集中区", P, "推进集中区"),          # the one 江南产业集中区 of the city (DECISIONS: 经开区/高新区)
    ("市经开区", P, "市经开区晶圆"),
    ("池州高新区", P, "池州高新区单位能耗"),
    ("东至经开区", P),
    ("大渡口（石台）经开区", P),
    ("青阳经开区", P),
    ("“五上”企业倍增行动", J),
    ("专精特新企业培育行动", J),
    ("龙头企业扶优扶强行动", J),
    ("企业上市梯队培育行动", J),
    ("池州", P, "产业是池州发展"),
    # (二) 扩大有效投资: X等N个项目 lists (DECISIONS: company -> INSTITUTION, facility head -> PROJECT)
    ("宝镁", I, "宝镁30万吨"),
    ("星河动力火箭总装生产线", J),
    ("西恩", I, "西恩锂电池"),
    ("昀冢", I),
    ("天赐", I, "天赐15.2万吨"),
    ("中建材新材料暨港廊一体化", J),  # review: same project as part A's 中建材新材料暨港廊一体化项目
    ("铜冠铜箔三期", J),                  # a phase, like 华宇电子三期
    ("天道智能重工", I),
    ("安芯", I, "安芯6吋"),
    ("凯盛车载显示产业园", J),            # facility head inside an X等项目 list (mudanjiang 劲道冰雪装备产业园)
    ("宝镁", I, "宝镁900万片"),
    ("力劲", I, "力劲5000台"),
    ("集中区", P, "各县区和集中区"),
    ("市经开区", P, "集中区、市经开区"),
    ("京津冀", P), ("长三角", P, "京津冀、长三角"), ("大湾区", P),
    ("重大项目谋划储备倍增行动", J),
    ("中央", I, "中央预算内投资"),        # as huangshanqu / tianmen
    # (三) 科教兴市
    ("创新发展七大工程", J),
    ("镁合金产业研究院", I), ("江南轻合金产研院", I),   # research institutes (guide: 天津医学健康研究院)
    ("省政府", I, "争创省政府质量奖"),    # body as bare modifier of an award title
    ("德智体美劳“五大行动”", J),          # like 高质量发展“十项行动”
    ("池州学院", I),
    ("半导体产业学院", I), ("现代化工材料产业学院", I),
    ("池州职业技术学院", I),
    ("安徽卫生健康学院", I), ("贵池区", P), ("第一附属医院", I),
    ("人才栽树工程", J),
    ("创业池州行动", J),
    ("市人力资源产业园", P),
    ("三年时间", D),
    # (四) 城乡融合
    ("东部产业新城", P),
    ("池州长江公铁大桥", J, "以池州长江公铁大桥建设"),
    ("高铁东站片区", P),
    ("平天湖“科创谷”", P),
    ("秋浦路东延工程", J),
    # 5.2公里高压杆线优化工程: counted physical works, not a named undertaking (like 农村饮水保障工程8处)
    ("平天湖", P, "平天湖区域棚改"),
    ("平天湖", P, "开工建设平天湖、"),    # conjunct that is a lake name on its own
    ("九华湖综合治理工程", J),
    ("江口水厂", J), ("城东污水处理厂二期", J),
    ("城市功能品质活力提升行动计划", J),
    ("长江南路延伸段配套", J), ("永明西路下穿及西延", J), ("白洋河堤下道路工程", J),
    ("“长江一号公路”", J),
    ("生活垃圾焚烧厂二期", J),
    ("老池口历史文化街区", P),
    ("数字城市运行管理中心", I),
    ("“皖美红色物业”建设三年行动", J),
    ("“席地而坐”试点", J),
    ("青阳县", P),
    ("池黄高铁池州段", J),
    ("池州长江公铁大桥", J, "加快池州长江公铁大桥建设"),
    ("S40宁枞高速池州段", J),
    ("S27东至至鄱阳", J), ("S36青阳经石台至东至高速", J),
    ("G236青通河至黄山北路", J),
    ("S358青阳至红石段", J),
    ("G236殷汇至查桥", J), ("G318牛头山至大渡口", J), ("G530石台至查桥", J),
    ("九华山机场二期航站楼", J), ("乌沙港区公用码头", J),
    ("长江池州段河道治理", J), ("秋浦河综合治理工程", J),
    ("花庙水库", J), ("贡溪水库", J),
    ("110千伏金安变", J), ("合肥庐北至池州天然气管线工程", J),
    ("池州", P, "让池州更加"),
    # (五) 绿色发展
    ("碳达峰行动", J),
    ("池州海螺", I), ("贵航特钢", I),
    ("贵池", P, "开工贵池、"), ("石台-东至铁路专用线", J),
    ("贵池", P, "和贵池、青阳"), ("青阳矿产品运输廊道", J),
    ("绿色低碳社会行动示范创建", J),
    ("中央生态环保督察", J),              # named central inspection campaign (DECISIONS)
]


# ---------------- targets
def T(text, ind, val, unit, cmp="=", kind="level", ctx=None, vmax=None, resp=None, dl=None):
    """resp=(surface, unique ctx); dl=(surface, year, unique ctx)."""
    return dict(text=text, ind=ind, val=val, unit=unit, cmp=cmp, kind=kind, ctx=ctx,
                vmax=vmax, resp=resp, dl=dl)


Y23 = ("2023年", 2023, "2023年的主要预期目标")  # governs the whole 主要预期目标 sentence
GX = ("池州高新区", "池州高新区单位能耗")
QY = ("青阳经开区", "青阳经开区引进")
DC = ("东部产业新城", "高标准建设东部产业新城")  # review: topic zone of the paragraph (DECISIONS, Relations)

TGT = [
    # preamble: the plenum's five-year goal
    T("经济总量冲刺2000亿", "经济总量", "2000亿", "元", dl=("未来5年", 2027, "明确了未来5年")),
    # 主要预期目标 (explicit 2023年)
    T("地区生产总值增长9%", "地区生产总值", "9", "%", kind="growth", dl=Y23),
    T("固定资产投资增长13%", "固定资产投资", "13", "%", kind="growth", dl=Y23),
    T("规模以上工业增加值增长12%", "规模以上工业增加值", "12", "%", kind="growth", dl=Y23),
    T("一般公共预算收入增长9%", "一般公共预算收入", "9", "%", kind="growth", dl=Y23),
    T("社会消费品零售总额增长11%", "社会消费品零售总额", "11", "%", kind="growth", dl=Y23),
    T("城乡居民人均可支配收入分别增长9%", "城镇居民人均可支配收入", "9", "%", kind="growth", dl=Y23),
    T("城乡居民人均可支配收入分别增长9%、9.5%", "农村居民人均可支配收入", "9.5", "%", kind="growth", dl=Y23),
    T("城镇调查失业率控制在5.5%以内", "城镇调查失业率", "5.5", "%", cmp="<=", dl=Y23),
    T("居民消费价格涨幅2%左右", "居民消费价格", "2", "%", cmp="~", kind="growth", dl=Y23),
    T("全员劳动生产率17万元/人左右", "全员劳动生产率", "17万", "元/人", cmp="~", dl=Y23),
    # (一)
    T("制造业增加值占地区生产总值比重达到33%以上", "制造业增加值占地区生产总值比重", "33", "%", cmp=">="),
    T("省级半导体产业基地产值达到230亿元", "省级半导体产业基地产值", "230亿", "元"),
    T("产业规模达到600亿元", "新材料产业规模", "600亿", "元"),
    T("培育专精特新企业6家以上", "专精特新企业", "6", "家", cmp=">="),
    T("实施28个节能环保项目", "节能环保项目", "28", "个"),
    T("打造企业级工业互联网平台2个以上", "企业级工业互联网平台", "2", "个", cmp=">="),
    T("新增“登云”企业50家以上", "“登云”企业", "50", "家", cmp=">=", kind="increase"),
    T("新增省级智能工厂、数字车间6个以上", "省级智能工厂、数字车间", "6", "个", cmp=">=", kind="increase"),
    T("80个技改示范项目", "技改示范项目", "80", "个"),
    T("技改投资增长10%以上", "技改投资", "10", "%", cmp=">=", kind="growth"),
    T("20个重点文旅项目", "重点文旅项目", "20", "个"),
    T("过夜游客超过400万人次", "过夜游客", "400万", "人次", cmp=">"),
    T("服务业增加值增长9%以上", "服务业增加值", "9", "%", cmp=">=", kind="growth"),
    T("新建和改造高标准农田15万亩", "高标准农田", "15万", "亩", kind="increase"),
    T("主要农作物测土配方施肥技术覆盖率90%", "主要农作物测土配方施肥技术覆盖率", "90", "%"),
    T("综合机械化率78%", "主要农作物综合机械化率", "78", "%"),
    T("新增规模以上农产品加工企业13家以上", "规模以上农产品加工企业", "13", "家", cmp=">=", kind="increase"),
    T("建成省级长三角绿色食品生产加工供应基地14家", "省级长三角绿色食品生产加工供应基地", "14", "家"),
    T("单位能耗强度下降5%以上", "单位能耗强度", "5", "%", cmp=">=", kind="decrease", resp=GX),
    T("引进镁铝轻合金精深加工、整机装备项目20个以上", "镁铝轻合金精深加工、整机装备项目", "20", "个",
      cmp=">=", resp=QY),
    T("新增“五上”企业215家", "“五上”企业", "215", "家", kind="increase"),
    T("规模以上工业企业80家", "规模以上工业企业", "80", "家", kind="increase"),
    T("规模以上服务业企业32家", "规模以上服务业企业", "32", "家", kind="increase"),
    T("限上批零住餐单位50家", "限上批零住餐单位", "50", "家", kind="increase"),
    T("资质内建筑业企业40家", "资质内建筑业企业", "40", "家", kind="increase"),
    T("房地产开发企业13家", "房地产开发企业", "13", "家", kind="increase"),
    T("新增专精特新“冠军”企业3家以上", "专精特新“冠军”企业", "3", "家", cmp=">=", kind="increase"),
    T("培育百亿级企业1家", "百亿级企业", "1", "家", cmp=">="),      # trailing 以上 distributes
    T("50亿级企业2家以上", "50亿级企业", "2", "家", cmp=">="),
    T("新增IPO首发上市2家", "IPO首发上市", "2", "家", kind="increase"),
    T("报会1家", "报会", "1", "家", kind="increase"),
    T("股改2家", "股改", "2", "家", kind="increase"),
    # (二)
    T("实施市重点项目455个", "市重点项目", "455", "个"),
    T("完成投资525亿元", "市重点项目投资", "525亿", "元"),
    T("5亿元以上制造业项目60个", "5亿元以上制造业项目", "60", "个"),
    T("20个项目建成投产或试产", "项目建成投产或试产", "20", "个"),
    T("25个项目加快建设", "项目加快建设", "25", "个"),
    T("15个项目开工建设", "项目开工建设", "15", "个"),
    T("完成制造业投资260亿元", "制造业投资", "260亿", "元"),
    T("引进省外亿元以上项目220个", "省外亿元以上项目", "220", "个"),
    T("市级、县区、园区领导每月分别外出招商1、2、3次以上", "市级领导每月外出招商", "1", "次", cmp=">="),
    T("县区、园区领导每月分别外出招商1、2、3次以上", "县区领导每月外出招商", "2", "次", cmp=">="),
    T("园区领导每月分别外出招商1、2、3次以上", "园区领导每月外出招商", "3", "次", cmp=">="),
    T("引进50亿元以上主导产业项目不少于1个", "50亿元以上主导产业项目", "1", "个", cmp=">="),
    T("1个百亿级产业项目", "百亿级产业项目", "1", "个"),
    T("39个已签约待开工项目尽快开工", "已签约待开工项目开工", "39", "个"),
    T("84个在谈项目尽快签约", "在谈项目签约", "84", "个"),
    T("20个长期跟踪项目尽快取得实质性进展", "长期跟踪项目取得实质性进展", "20", "个"),
    T("进入国家重大项目建设库项目个数和投资规模全省占比不少于5%",
      "进入国家重大项目建设库项目个数全省占比", "5", "%", cmp=">="),
    T("投资规模全省占比不少于5%", "进入国家重大项目建设库项目投资规模全省占比", "5", "%", cmp=">="),
    T("地方政府专项债、中央预算内投资项目个数和投资规模全省占比不少于5%",
      "地方政府专项债、中央预算内投资项目个数全省占比", "5", "%", cmp=">="),
    T("投资规模全省占比不少于5%", "地方政府专项债、中央预算内投资项目投资规模全省占比", "5", "%", cmp=">=",
      ctx="中央预算内投资项目个数和投资规模全省占比不少于5%"),
    # (三)
    T("研发投入占GDP比重提升到1.7%", "研发投入占GDP比重", "1.7", "%"),
    T("新增发明专利300件", "发明专利", "300", "件", kind="increase"),
    T("引进孵化科创企业15家以上", "科创企业", "15", "家", cmp=">="),
    T("认定科技型中小企业300家以上", "科技型中小企业", "300", "家", cmp=">="),
    T("净增高新技术企业50家", "高新技术企业", "50", "家", kind="increase"),
    T("规模以上工业企业研发机构覆盖率达55%", "规模以上工业企业研发机构覆盖率", "55", "%"),
    T("10项重点科技攻关", "重点科技攻关", "10", "项"),
    T("技术合同交易额增长10%以上", "技术合同交易额", "10", "%", cmp=">=", kind="growth"),
    T("新建改扩建义务教育学校7所", "义务教育学校", "7", "所", kind="increase"),
    T("公办幼儿园6所", "公办幼儿园", "6", "所", kind="increase"),
    T("新增学位2790个", "学位", "2790", "个", kind="increase"),
    T("引进扶持高层次人才团队3个", "高层次人才团队", "3", "个"),
    T("产业领军人才50人", "产业领军人才", "50", "人"),
    T("引进储备人才50人", "储备人才", "50", "人"),
    T("新增技能人才8000人", "技能人才", "8000", "人", kind="increase"),
    T("高校毕业生等创业者1650人以上", "高校毕业生等创业者", "1650", "人", cmp=">="),
    T("开展创业培训4050人以上", "创业培训", "4050", "人", cmp=">="),
    # (四)
    T("18公里污水管网新改建", "污水管网新改建", "18", "公里", kind="increase", resp=DC),
    T("5.2公里高压杆线优化工程", "高压杆线优化", "5.2", "公里", resp=DC),
    T("建成“口袋公园”4处", "“口袋公园”", "4", "处"),
    T("城市绿道6公里", "城市绿道", "6", "公里"),
    T("更新改造燃气管道74公里", "燃气管道", "74", "公里"),
    T("供排水管道40公里", "供排水管道", "40", "公里"),
    T("改造老旧小区23个", "老旧小区", "23", "个"),
    T("建设12个乡村振兴创业园", "乡村振兴创业园", "12", "个"),
    T("建成省级美丽乡村中心村82个", "省级美丽乡村中心村", "82", "个"),
    T("新建省级美丽乡村中心村77个", "省级美丽乡村中心村", "77", "个", kind="increase"),
    T("美丽宜居自然村400个", "美丽宜居自然村", "400", "个", kind="increase"),
    T("提质改造农村公路143公里", "农村公路", "143", "公里"),
    T("危桥改造23座", "危桥", "23", "座"),
    T("实施农村饮水保障工程8处", "农村饮水保障工程", "8", "处"),
    T("实施“三变”改革的村占比提高到86%以上", "实施“三变”改革的村占比", "86", "%", cmp=">="),
    T("农业生产“大托管”推广面积4万亩以上", "农业生产“大托管”推广面积", "4万", "亩", cmp=">="),
    T("新增集体经济强村20个", "集体经济强村", "20", "个", kind="increase"),
    T("2个中型灌区节水改造", "中型灌区节水改造", "2", "个"),
    T("3条中小河流治理", "中小河流治理", "3", "条"),
    T("6座泵站新建重建工程", "泵站新建重建", "6", "座", kind="increase"),
    T("8个骨干电网项目", "骨干电网项目", "8", "个"),
    # (五)
    T("非化石能源消费占一次能源消费比重达到9%以上", "非化石能源消费占一次能源消费比重", "9", "%", cmp=">="),
    T("超限超载率稳控在0.9%以下", "超限超载率", "0.9", "%", cmp="<="),
    T("新建电动汽车充电设施500个", "电动汽车充电设施", "500", "个", kind="increase"),
]


def build():
    a, b = REGION
    ents = []
    cur = a
    for it in E:
        text, label = it[0], it[1]
        i = locate(text, cur, it[2] if len(it) > 2 else None)
        assert a <= i and i + len(text) <= b, (text, i)
        ents.append(dict(start=i, end=i + len(text), label=label, text=text))
        cur = i + len(text)
    targets = []
    cur = a
    for t in TGT:
        i = locate(t["text"], cur, t["ctx"])
        j = i + len(t["text"])
        assert a <= i and j <= b, t["text"]
        cur = i
        if t["resp"]:
            rs, re_ = mention(*t["resp"])
            resp = dict(text=t["resp"][0], start=rs, end=re_, implicit=False)
        else:
            resp = dict(text=JUR, start=None, end=None, implicit=True)
        if t["dl"]:
            dtext, dy, dctx = t["dl"]
            ds, de = mention(dtext, dctx)
            dl = dict(year=dy, date=None, text=dtext, start=ds, end=de, implicit=False)
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
                     "regions": {"targets": REG_T, "entities": REG_E}},
            "entities": sorted(ents, key=lambda e: (e["start"], e["end"])),
            "targets": sorted(targets, key=lambda t: (t["start"], t["end"]))}


if __name__ == "__main__":
    import sys
    doc = build()
    out = HERE / "out" / f"{DOC_ID}__{PART}.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    if "-v" in sys.argv:
        for e in doc["entities"]:
            print("E", e["start"], e["label"], e["text"], "|", TEXT[max(0, e["start"] - 6):e["end"] + 6].replace("\n", "/"))
        for t in doc["targets"]:
            print("T", t["start"], t["text"], "|", t["indicator"], t["value"], t["value_max"], t["unit"], t["comparator"],
                  t["kind"], t["status"], t["responsible"]["text"], t["deadline"]["year"], t["deadline"]["text"])
    print(out, len(doc["entities"]), "entities", len(doc["targets"]), "targets")
