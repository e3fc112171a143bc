"""Gold annotations for linzhi_2024 (part main). Offsets are computed, never typed."""
import json, pathlib
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID, PART = "linzhi_2024", "main"
JUR, YEAR = "林芝市", 2024
TEXT = open(HERE / f"{DOC_ID}.txt", encoding="utf-8").read()
REG_T = [[50, 2181], [4873, 11751]]
REG_E = [[50, 2181], [4873, 7474]]

SCALE = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def num(s):
    """'526.5亿' -> 52650000000.0"""
    m = s[-1] if s and s[-1] in SCALE else ""
    base = s[:-1] if m else s
    return float(Decimal(base) * SCALE[m])


def locate(text, cur, ctx=None):
    if ctx:
        # first occurrence of ctx whose copy of `text` starts at or after cur
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


# ---------------- entities: (text, label[, ctx]) in document order per region
E1 = [
    ("2023年", "DATE"), ("2023年", "DATE"),
    ("林芝", "PLACE", "推进林芝改革"),
    ("一年来", "DATE"),
    ("自治区党委", "INSTITUTION"), ("政府", "INSTITUTION", "自治区党委、政府坚强"),
    ("市委", "INSTITUTION", "市委直接领导"),
    ("西藏", "PLACE", "中国式现代化西藏篇章模范区建设迈出"),  # adjudicated: a place after the formula is PLACE (DECISIONS)
    ("林芝", "PLACE", "《支持林芝"),
    ("今年", "DATE", "今年55项"),
    ("川藏铁路林芝段", "PROJECT"), ("国边防公路", "PROJECT"),
    ("广东", "PLACE", "实施广东对口"),
    ("全年", "DATE", "全年预计用电量"),
    ("旅游环境“九大提升行动”", "PROJECT"),
    ("墨脱果果塘景区", "PLACE"), ("波密县", "PLACE"), ("墨脱县", "PLACE", "试点墨脱县"),
    ("扎拉电站", "PROJECT"), ("工布江达县", "PLACE"), ("朗县", "PLACE", "和朗县7.5万千瓦"),
    ("林芝万吨冷链批发配送中心", "PROJECT"),
    ("农夫山泉股份有限公司", "INSTITUTION"),
    ("林下资源科技园", "PLACE"),  # named park: PLACE also while being built (DECISIONS)
    ("墨脱", "PLACE", "墨脱喜马拉雅圣茶"), ("喜马拉雅", "PLACE", "墨脱喜马拉雅圣茶"),
    ("“一带一路”", "PROJECT"),
    ("察隅", "PLACE", "察隅猕猴桃"),
    ("工布江达县", "PLACE", "工布江达县、波密县国家"), ("波密县", "PLACE", "波密县国家"),
    ("营商环境整治提升年行动", "PROJECT"),
    ("“局长进大厅·服务零距离”", "PROJECT"),
    ("市政务服务中心", "INSTITUTION"), ("国务院办公厅", "INSTITUTION"),
    ("林芝", "PLACE", "畅游林芝"),
    ("巴宜区", "PLACE"),
    # 《林芝市…》: a place name that begins a document title is not tagged (guide §3: unless it begins a longer name)
    ("经开区", "PLACE", "促进经开区"),
    ("大唐", "INSTITUTION"), ("东方电气", "INSTITUTION"), ("葛洲坝", "INSTITUTION"),
    # 《林芝市…》: a place name that begins a document title is not tagged (guide §3: unless it begins a longer name)
    ("尼泊尔博克拉市", "PLACE"),
    ("中国西藏“环喜马拉雅”国际合作论坛", "PROJECT"),
    ("“南迦巴瓦—西藏创建国家生态文明高地论坛”", "PROJECT"),
    ("跨喜马拉雅国际公路自行车极限赛", "PROJECT"),
    ("林芝", "PLACE", "让林芝更快"), ("林芝", "PLACE", "了解林芝"),
]
E2 = [
    ("2024年", "DATE", "2024年工作安排"), ("2024年", "DATE", "2024年是中"),
    ("中华人民共和国", "PLACE"), ("西藏", "PLACE", "西藏民主改革"), ("“十四五”", "DATE"),
    ("林芝", "PLACE", "推动林芝高质量"),
    ("中央", "INSTITUTION", "中央和国家部委"), ("广东省", "PLACE"),
    ("自治区党委", "INSTITUTION", "自治区党委、政府支持"), ("政府", "INSTITUTION", "自治区党委、政府支持"),
    ("林芝", "PLACE", "支持林芝高质量"),
    ("2024年", "DATE", "2024年政府工作"),
    ("西藏", "PLACE", "关于西藏工作"),
    ("西藏", "PLACE", "谱写中国式现代化西藏篇章贡献"),  # adjudicated (DECISIONS)
    ("林芝", "PLACE", "贡献林芝力量"),
    ("自治区党委", "INSTITUTION", "是自治区党委政府"), ("政府", "INSTITUTION", "政府赋予我们"),
    ("川藏铁路", "PROJECT", "持续推进川藏铁路"), ("波密至然乌段铁路", "PROJECT"),
    ("G318提质改造", "PROJECT"), ("G219察隅至墨脱段", "PROJECT"), ("扎墨公路提质改造", "PROJECT"),
    ("国边防公路建设项目", "PROJECT"),
    ("林芝数据中心", "PROJECT"), ("数字林芝", "PROJECT"),
    ("林芝工布公园", "PLACE"), ("林芝", "PLACE", "“林芝味道”"),
    ("林芝市冷链物流集散中心", "PROJECT"),
    ("粤港澳大湾区", "PLACE"), ("港澳", "PLACE", "引进港澳企业"),
    ("东方电气林芝产研基地", "PROJECT"), ("大唐林芝基地", "PROJECT"),
    ("文化旅游产业“九大发展行动”", "PROJECT"),
    ("林芝", "PLACE", "具有林芝特色"),  # 《林芝是个好地方》: title begins with the place name -> not tagged
    ("波密县", "PLACE", "深化波密县"), ("墨脱县", "PLACE", "波密县、墨脱县旅游"),
    ("G318", "PLACE", "完善G318"), ("G219", "PLACE", "G318、G219旅游基础"),
    ("G318", "PLACE", "建立G318"), ("G219", "PLACE", "G318、G219旅游联盟"),
    ("大湾区", "PLACE", "加强与大湾区"), ("港澳", "PLACE", "推动港澳游客"), ("林芝", "PLACE", "组团游林芝"),
    ("跨喜马拉雅", "PROJECT", "办好跨喜马拉雅"), ("环巴松措国际自行车极限挑战赛", "PROJECT"),
    ("绿水青山中国休闲运动挑战赛（林芝鲁朗站）", "PROJECT"),
    # 《林芝市…》: a place name that begins a document title is not tagged (guide §3: unless it begins a longer name)
    ("易贡藏布", "PLACE"), ("察隅曲", "PLACE"), ("克劳龙河", "PLACE"),
    ("朗县", "PLACE", "做好朗县"), ("工布江达县", "PLACE", "朗县、工布江达县"), ("察隅县", "PLACE", "加快察隅县"),
    ("林下资源科技园", "PLACE", "启动林下资源科技园"),
    ("巴宜", "PLACE", "发挥巴宜"), ("米林", "PLACE", "巴宜、米林"),
    ("米林市藏药材和苹果现代化农业园区", "PLACE"),  # named park being built (DECISIONS)
]

# ---------------- targets
# T(text, indicator, value, unit, cmp, kind, ctx=, vmax=, resp=, dl=(text, year[, ctx]))
def T(text, ind, val, unit, cmp="=", kind="level", ctx=None, vmax=None, resp=None, dl=None):
    return dict(text=text, ind=ind, val=val, unit=unit, cmp=cmp, kind=kind, ctx=ctx,
                vmax=vmax, resp=resp, dl=dl)

T1 = [  # 2023 review: achieved, deadline 2023
    T("制定了218项工作措施", "工作措施", "218", "项"),
    T("97项改革措施", "改革措施", "97", "项"),
    T("55项改革重点任务圆满完成", "改革重点任务", "55", "项", dl=("今年", 2023)),
    T("形成体制机制创新成果21项", "体制机制创新成果", "21", "项", dl=("今年", 2023)),
    T("完成投资130亿元以上", "投资", "130亿", "元", cmp=">="),
    T("吸纳本地劳动力1.6万余人次", "本地劳动力", "1.6万", "人次", cmp=">"),
    T("群众增收20亿元以上", "群众增收", "20亿", "元", cmp=">=", kind="increase"),
    T("实施广东对口支援项目44个", "广东对口支援项目", "44", "个"),
    T("完成投资4.8亿元", "投资", "4.8亿", "元"),
    T("四部委支持边境县（市）建设项目77个", "四部委支持边境县（市）建设项目", "77", "个"),
    T("完成投资8亿元", "投资", "8亿", "元"),
    T("地区生产总值230亿元", "地区生产总值", "230亿", "元"),
    T("增长10%", "地区生产总值", "10", "%", kind="growth", ctx="230亿元、增长10%"),
    T("固定资产投资完成140亿元", "固定资产投资", "140亿", "元"),
    T("增长17.7%", "固定资产投资", "17.7", "%", kind="growth"),
    T("规上工业增加值完成10.5亿元", "规上工业增加值", "10.5亿", "元"),
    T("增长10%", "规上工业增加值", "10", "%", kind="growth", ctx="10.5亿元、增长10%"),
    T("城乡居民人均可支配收入分别完成47125元", "城镇居民人均可支配收入", "47125", "元"),
    T("城乡居民人均可支配收入分别完成47125元、25913元", "农村居民人均可支配收入", "25913", "元"),
    T("增长8.5%", "城镇居民人均可支配收入", "8.5", "%", kind="growth"),
    T("增长8.5%、11%", "农村居民人均可支配收入", "11", "%", kind="growth"),
    T("社会消费品零售总额完成60.5亿元", "社会消费品零售总额", "60.5亿", "元"),
    T("增长16%", "社会消费品零售总额", "16", "%", kind="growth"),
    T("用电量增长24%", "用电量", "24", "%", kind="growth", dl=("全年", 2023)),
    T("民航客运、货邮吞吐量分别增长130%", "民航客运吞吐量", "130", "%", kind="growth", dl=("全年", 2023)),
    T("货邮吞吐量分别增长130%、47%", "民航货邮吞吐量", "47", "%", kind="growth", dl=("全年", 2023)),
    T("公路客运、货运周转量分别增长103.4%", "公路客运周转量", "103.4", "%", kind="growth", dl=("全年", 2023)),
    T("货运周转量分别增长103.4%、26.4%", "公路货运周转量", "26.4", "%", kind="growth", dl=("全年", 2023)),
    T("接待国内外游客1317.7万人次", "国内外游客", "1317.7万", "人次"),
    T("旅游收入116.67亿元", "旅游收入", "116.67亿", "元"),
    T("增长100.3%", "国内外游客", "100.3", "%", kind="growth"),
    T("增长100.3%、106%", "旅游收入", "106", "%", kind="growth"),
    T("电力装机达到144.88万千瓦", "电力装机", "144.88万", "千瓦"),
    T("新增规上企业5家", "规上企业", "5", "家", kind="increase"),
    T("天然饮用水产销分别增长30%", "天然饮用水产量", "30", "%", kind="growth"),
    T("天然饮用水产销分别增长30%、25%", "天然饮用水销量", "25", "%", kind="growth"),
    T("新建高标准农田2.33万亩", "高标准农田", "2.33万", "亩", kind="increase"),
    T("粮食、蔬菜、肉蛋奶产量分别达到9.4万吨", "粮食产量", "9.4万", "吨"),
    T("蔬菜、肉蛋奶产量分别达到9.4万吨、8万吨", "蔬菜产量", "8万", "吨"),
    T("肉蛋奶产量分别达到9.4万吨、8万吨、5.03万吨", "肉蛋奶产量", "5.03万", "吨"),
    T("编制完成市级产业体系地方标准15个", "市级产业体系地方标准", "15", "个"),
    T("新录入“名特优新”农产品目录3个", "“名特优新”农产品目录", "3", "个", kind="increase"),
    T("总量达6个", "“名特优新”农产品目录总量", "6", "个"),
    T("新增“三品一标”登记认证产品20个", "“三品一标”登记认证产品", "20", "个", kind="increase"),
    T("总量达135个", "“三品一标”登记认证产品总量", "135", "个"),
    T("新增下放县级审批事项16项", "下放县级审批事项", "16", "项", kind="increase"),
    T("新增市际非定线运力1300座", "市际非定线运力", "1300", "座", kind="increase"),
    T("新增减税降费和退税缓费3.71亿元", "减税降费和退税缓费", "3.71亿", "元", kind="increase"),
    T("市场主体总量突破4万户", "市场主体总量", "4万", "户", cmp=">"),
    T("各项贷款余额421亿元", "各项贷款余额", "421亿", "元"),
    T("增长16.4%", "各项贷款余额", "16.4", "%", kind="growth"),
    T("园区企业工业总产值同比增长16.8%", "园区企业工业总产值", "16.8", "%", kind="growth"),
    T("招商引资到位资金58亿元", "招商引资到位资金", "58亿", "元"),
    T("增长14.7%", "招商引资到位资金", "14.7", "%", kind="growth"),
]

T2 = [  # 2024 plan: planned, deadline 2024
    T("地区生产总值增长10%左右", "地区生产总值", "10", "%", cmp="~", kind="growth"),
    T("规上工业增加值增长10%以上", "规上工业增加值", "10", "%", cmp=">=", kind="growth"),
    T("固定资产投资增长16%左右", "固定资产投资", "16", "%", cmp="~", kind="growth"),
    T("社会消费品零售总额增长11%以上", "社会消费品零售总额", "11", "%", cmp=">=", kind="growth"),
    T("城乡居民人均可支配收入分别增长8.5%", "城镇居民人均可支配收入", "8.5", "%", cmp="~", kind="growth"),
    T("城乡居民人均可支配收入分别增长8.5%和11%左右", "农村居民人均可支配收入", "11", "%", cmp="~", kind="growth"),
    T("居民消费价格涨幅控制在3%以内", "居民消费价格", "3", "%", cmp="<=", kind="growth"),
    T("实施重点项目440个以上", "重点项目", "440", "个", cmp=">="),
    T("完成政府投资132亿元以上", "政府投资", "132亿", "元", cmp=">="),
    T("完成投资200亿元以上", "投资", "200亿", "元", cmp=">="),
    T("发放消费券2500万元", "消费券", "2500万", "元"),
    T("招商引资到位资金达到80亿元", "招商引资到位资金", "80亿", "元"),
    T("签约资金达到120亿元以上", "签约资金", "120亿", "元", cmp=">="),
    T("A级景区达到16家", "A级景区", "16", "家"),
    T("接待游客1400万人次", "游客", "1400万", "人次"),
    T("旅游收入125亿元", "旅游收入", "125亿", "元"),
    T("新增规上工业企业4家", "规上工业企业", "4", "家", kind="increase"),
    T("新建高标准农田2万亩以上", "高标准农田", "2万", "亩", cmp=">=", kind="increase"),
    T("1个产业集群", "产业集群", "1", "个"),
    T("4个产业园区", "产业园区", "4", "个"),
    T("6个产业强镇", "产业强镇", "6", "个"),
    T("培育龙头企业3-5家", "龙头企业", "3", "家", vmax="5"),
    T("新增“三品一标”认证产品15个", "“三品一标”认证产品", "15", "个", kind="increase"),
    T("打造31个示范性强、辐射面广、发展成效明显的特色村镇", "特色村镇", "31", "个", dl=("3年时间", 2026)),
    T("脱贫人口人均纯收入增速达到17%左右", "脱贫人口人均纯收入", "17", "%", cmp="~", kind="growth"),
    T("建设高原和美村庄100个", "高原和美村庄", "100", "个"),
    T("改革开放先行98项具体举措落地落实", "改革开放先行具体举措", "98", "项"),
    T("工业总产值增幅达到25%以上", "经开区工业总产值", "25", "%", cmp=">=", kind="growth"),
    T("招商引资到位资金和税收增幅达到30%以上", "经开区招商引资到位资金", "30", "%", cmp=">=", kind="growth"),
    T("税收增幅达到30%以上", "经开区税收", "30", "%", cmp=">=", kind="growth"),
    T("完成国土绿化8000亩", "国土绿化", "8000", "亩"),
    T("配备一台综合健康体检车", "各县（市、区）综合健康体检车", "1", "台"),
    T("建设“口袋公园”4个", "“口袋公园”", "4", "个"),
    T("8000人以上农村人口供水保障能力", "农村人口供水保障", "8000", "人", cmp=">="),
    T("实施15条农村公路建制村通畅工程", "农村公路建制村通畅工程", "15", "条"),
    T("解决7个行政村道路通畅问题", "行政村道路通畅问题", "7", "个"),
    T("应届高校毕业生就业率达到95%以上", "应届高校毕业生就业率", "95", "%", cmp=">="),
    T("新增城镇就业4500人以上", "城镇就业", "4500", "人", cmp=">=", kind="increase"),
    T("农牧民转移就业4万人以上", "农牧民转移就业", "4万", "人", cmp=">="),
    T("劳务收入4亿元以上", "劳务收入", "4亿", "元", cmp=">="),
    T("组织粤菜师傅、南粤家政、助力乡村振兴和服务重大项目建设等相关工种技能培训不少于600人次",
      "粤菜师傅、南粤家政、助力乡村振兴和服务重大项目建设等相关工种技能培训", "600", "人次", cmp=">="),
    T("建设城市社区老年食堂（助餐点）2个", "城市社区老年食堂（助餐点）", "2", "个"),
    T("县（市、区）老年食堂（助餐点）7个", "县（市、区）老年食堂（助餐点）", "7", "个"),
]

SECTIONS = [  # (region, targets, status, default deadline year)
    (REG_T[0], T1, "achieved", 2023),
    (REG_T[1], T2, "planned", 2024),
]


def sentence_bounds(i):
    s = max(TEXT.rfind(c, 0, i) for c in "。\n；") + 1
    e = min([x for x in (TEXT.find(c, i) for c in "。\n") if x >= 0] or [len(TEXT)])
    return s, e


def build():
    ents = []
    for (a, b), lst in zip(REG_E, (E1, E2)):
        cur = a
        for it in lst:
            text, label = it[0], it[1]
            i = locate(text, cur, it[2] if len(it) > 2 else None)
            assert i + len(text) <= b, (text, i)
            ents.append(dict(start=i, end=i + len(text), label=label, text=text))
            cur = i + len(text)
    targets = []
    for (a, b), lst, status, dyear in SECTIONS:
        cur = a
        for t in lst:
            i = locate(t["text"], cur, t["ctx"])
            j = i + len(t["text"])
            assert j <= b, t["text"]
            cur = i
            ss, se = sentence_bounds(i)
            if t["resp"]:
                r = TEXT.rfind(t["resp"], ss, i + 1)
                assert r >= 0, ("resp", t["text"])
                resp = dict(text=t["resp"], start=r, end=r + len(t["resp"]), implicit=False)
            else:
                resp = dict(text=JUR, start=None, end=None, implicit=True)
            if t["dl"]:
                dtext, dy = t["dl"][0], t["dl"][1]
                d = TEXT.rfind(dtext, ss, i + 1)
                if d < 0:
                    d = TEXT.find(dtext, i, se)
                assert d >= 0, ("deadline", t["text"])
                dl = dict(year=dy, date=None, text=dtext, start=d, end=d + len(dtext), implicit=False)
            else:
                dl = dict(year=dyear, date=None, text=None, start=None, end=None, implicit=True)
            targets.append(dict(start=i, end=j, text=t["text"], indicator=t["ind"],
                                value=num(t["val"]),
                                value_max=num(t["vmax"]) if t["vmax"] else None,
                                unit=t["unit"], comparator=t["cmp"], kind=t["kind"],
                                status=status, responsible=resp, deadline=dl))
    doc = {"id": DOC_ID,
           "meta": {"jurisdiction": JUR, "year": YEAR,
                    "regions": {"targets": REG_T, "entities": REG_E}},
           "entities": sorted(ents, key=lambda e: (e["start"], e["end"])),
           "targets": sorted(targets, key=lambda t: (t["start"], t["end"]))}
    return doc


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
