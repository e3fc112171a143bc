"""Gold annotations for wulumuqi_2024 (part A): region [51, 4326), the 2023年工作回顾 section
(opening through 二、经济发展稳中有进 … 农业农村现代化). Offsets are computed with str.find
from a cursor (optionally via a short context string); no offset is typed by hand."""
import json, pathlib
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID, PART = "wulumuqi_2024", "A"
JUR, YEAR = "乌鲁木齐市", 2024
TEXT = open(HERE / f"{DOC_ID}.txt", encoding="utf-8").read()
REG = [51, 4326]
REG_T = [REG]
REG_E = [REG]
DEFAULT_YEAR = 2023  # review of 2023: achieved, deadline 2023

SCALE = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def num(s):
    """'4168.5亿' -> 416850000000.0"""
    m = s[-1] if s and s[-1] in SCALE else ""
    base = s[:-1] if m else s
    return float(Decimal(base) * SCALE[m])


def locate(text, cur, ctx=None, hi=REG[1]):
    """First occurrence of `text` at/after cur; with ctx, the copy of `text` inside the
    first occurrence of ctx (at/after cur) that contains it."""
    if ctx:
        c = TEXT.find(ctx, cur - len(ctx) if cur > len(ctx) else 0)
        while c >= 0:
            i = TEXT.find(text, c, c + len(ctx))
            if i >= cur:
                break
            c = TEXT.find(ctx, c + 1)
        assert c >= 0, ("ctx not found", ctx, cur)
        i = TEXT.find(text, c, c + len(ctx))
        assert i >= 0, (text, ctx)
    else:
        i = TEXT.find(text, cur)
        assert i >= 0, (text, cur)
    assert i + len(text) <= hi, (text, i)
    return i


P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

# ---------------- entities: (text, label[, ctx]) in document order
E = [
    # heading + opening paragraph
    ("2023年", D),                      # heading 2023年工作回顾
    ("2023年", D),                      # 2023年，是…开局之年
    ("市人民政府", I),
    ("新疆", P, "视察新疆"),             # 习近平总书记视察新疆 (as 视察天津 -> 天津 in jinghai agree)
    ("兵团", I),                        # 新疆生产建设兵团, a specific body by its short name
    ("党中央", I),
    ("新疆", P, "对新疆的"),
    ("自治区党委", I), ("自治区人民政府", I),   # two bodies (DECISIONS)
    ("市委", I),
    # 中国式现代化新疆实践: adjudicated after the review (DECISIONS): the formula is 中国式现代化; the
    # place after it is PLACE, as in the seed (中国式现代化静海篇章) and qianjiang
    ("新疆", P, "现代化新疆实践的生动"),
    # 一、社会大局和谐稳定
    ("过去一年", D),
    ("乌鲁木齐", P, "平安乌鲁木齐建设"),  # as 平安静海 -> 静海 (jinghai)
    ("治理重复信访、化解信访积案专项工作", J),  # named national 专项 campaign
    ("沙依巴克区", P),
    ("天山区大巴扎街道", P),             # maximal administrative name (district + subdistrict)
    ("市第五中学", I),
    ("米东区三道坝镇", P),
    ("乌鲁木齐职业大学", I),
    ("“民族团结一家亲”", J),             # named campaign, shares the head 活动 with the next conjunct
    ("青少年“筑基”工程", J),
    ("“三项计划”", J),                   # named set of plans (as 高质量发展“十项行动”)
    ("“四进”宗教场所活动", J),            # named campaign
    ("八路军办事处", P), ("毛泽民故居", P), ("西路军总支队纪念馆", P),  # existing red sites (locations)
    ("阅微草堂", P), ("巩宁城遗址", P),
    ("市文化中心（六馆一心）", P),        # existing named venue complex
    ("京剧院", P), ("文化馆", P, "、文化馆等"),  # [review] the city's own venues named by type, existing
                                        # (corpus: 中医院, 州博物馆, 市文化中心 are tagged)
    ("文化公园北区", P),
    ("非物质文化遗产馆", J),             # facility under construction (主体完工)
    ("天山", P, "《情满天山》"),          # place name inside a title (DECISIONS brands/slogans)
    ("文化生活节", J), ("戏曲艺术节", J),   # recurring government-organised events (as 文化艺术节 in jinghai)
    # 消防、危化品、自建房、煤矿、交通等领域安全隐患整治行动: descriptive 等-list, unnamed
    # (jinghai …等专项行动; part B …等…行动计划)  [review: PROJECT removed]
    # 二、经济发展稳中有进
    ("过去一年", D),
    ("2023年", D, "2023年地区生产总值"),
    ("中绿电", I),                      # company + size + product in an X等项目 list: company only
    ("惠民消费节", J), ("“消费促进年”活动", J),
    ("天山明月城", P),
    # 召开工业高质量发展大会: a municipal work meeting, a meeting name (DECISIONS), like part B's
    # 全市科技创新大会  [review: PROJECT removed]
    ("上汽大众", I), ("广汽", I), ("陕汽", I),
    ("卓郎", I), ("铁建重工", I), ("新研牧神", I),
    ("合盛硅业", I), ("众荣", I),
    ("西北油田", I), ("乌石化", I), ("国能化工", I), ("乌东煤矿", I), ("兖矿新疆煤化工", I),
    ("新疆", P, "企业新疆总部"),
    # 2023 in 2023（中国）亚欧商品贸易博览会: edition year inside an event name, cannot anchor a
    # deadline (guide §3 edition ordinals; huangshanqu 2023年度 untagged)  [review: DATE removed]
    ("（中国）亚欧商品贸易博览会", J),
    ("国际纺服中心", J),                 # facility being built (加快建设)
    ("国家级棉花棉纱交易中心", J),        # trading centre set up (落地), as 唐昊石化产品交易中心
    ("新疆股权交易中心", I),
    ("乌鲁木齐", P, "“乌鲁木齐专板”"),    # place name inside a named board (brand rule)
    ("新三板", I),                      # the NEEQ market, like 北交所
    ("5G工业物联网产业园", J), ("云计算中心二期", J),   # X等项目 list with facility heads
    ("八钢", I),                        # company + generic phrase (八钢智能制造)
    ("国际大巴扎“石榴花巷”演艺街区", P),   # named district (maximal: inside 国际大巴扎)
    ("“丑马一号文创园”", P),             # named park, quotes kept
    ("草莓音乐节", J),
    ("新疆国际民族舞蹈节", J),            # 第六届 dropped
    ("新疆文化艺术节", J),               # 首届 dropped
    ("舌尖上的丝绸之路美食大会", J),
    ("新疆冬博会", J),
    ("乌鲁木齐丝绸之路冰雪风情节", J),
    ("乌鲁木齐", P, "“骄阳看雪·乌鲁木齐”"),  # place name inside a brand
    ("全年", D, "全年接待游客"),
    ("中国", P, "中国美丽乡村休闲旅游行"),  # bare modifier in a designation (as 中国服装电商示范市 in tianmen)
    ("中国农民丰收节", J),
    ("乌鲁木齐县", P),
    ("供水安全巩固提升工程", J),
]


# ---------------- targets
def T(text, ind, val, unit, cmp="=", kind="level", ctx=None, vmax=None, resp=None, dl=None):
    """resp=(surface, ctx) ; dl=(surface, year, ctx)"""
    return dict(text=text, ind=ind, val=val, unit=unit, cmp=cmp, kind=kind, ctx=ctx,
                vmax=vmax, resp=resp, dl=dl)


DL23 = ("2023年", 2023, "2023年地区生产总值")   # explicit year governing the GDP sentence
QN = ("全年", 2023, "全年接待游客")              # explicit 全年 governing the tourism sentence

TG = [
    # 一、社会大局和谐稳定
    T("信访总量下降3.7%", "信访总量", "3.7", "%", kind="decrease"),
    T("命名首批市级中华民族共同体意识教育实践基地14个", "首批市级中华民族共同体意识教育实践基地", "14", "个"),
    T("18家单位被命名为自治区级民族团结进步示范区（单位）", "单位被命名为自治区级民族团结进步示范区（单位）", "18", "家"),
    T("新命名市级民族团结进步示范单位116个", "市级民族团结进步示范单位", "116", "个", kind="increase"),
    T("国家级、自治区级、市级民族团结进步示范区（单位）分别增至13个", "国家级民族团结进步示范区（单位）", "13", "个"),
    T("自治区级、市级民族团结进步示范区（单位）分别增至13个、42个", "自治区级民族团结进步示范区（单位）", "42", "个"),
    T("市级民族团结进步示范区（单位）分别增至13个、42个、1045个", "市级民族团结进步示范区（单位）", "1045", "个"),
    T("新增自治区级特色博物馆4家", "自治区级特色博物馆", "4", "家", kind="increase"),
    T("累计达到11家", "自治区级特色博物馆", "11", "家"),
    T("8部精品剧目", "精品剧目", "8", "部"),
    T("挂牌京剧、秦腔传习基地10个", "京剧、秦腔传习基地", "10", "个"),
    T("开展文化惠民演出、文化生活节、戏曲艺术节等各类文化活动1.7万余场",
      "文化惠民演出、文化生活节、戏曲艺术节等各类文化活动", "1.7万", "场", cmp=">"),
    T("销号“烂尾楼”项目11个", "“烂尾楼”项目", "11", "个"),
    T("27个延期交房项目竣工交付", "延期交房项目竣工交付", "27", "个"),
    # 二、经济发展稳中有进
    T("地区生产总值增长6.0%", "地区生产总值", "6.0", "%", kind="growth", dl=DL23),
    T("总量达4168.5亿元", "地区生产总值总量", "4168.5亿", "元", dl=DL23),
    T("破4000亿元大关", "地区生产总值总量", "4000亿", "元", cmp=">", dl=DL23),
    T("固定资产投资增长12.6%", "固定资产投资", "12.6", "%", kind="growth"),
    T("社会消费品零售总额增长19.2%", "社会消费品零售总额", "19.2", "%", kind="growth"),
    T("进出口总额增长36.5%", "进出口总额", "36.5", "%", kind="growth"),
    T("一般公共预算收入增长17.5%", "一般公共预算收入", "17.5", "%", kind="growth"),
    T("城乡居民人均可支配收入分别增长6.0%", "城镇居民人均可支配收入", "6.0", "%", kind="growth"),
    T("城乡居民人均可支配收入分别增长6.0%、8.3%", "农村居民人均可支配收入", "8.3", "%", kind="growth"),
    # 投资
    T("实施279个亿元以上重大项目", "亿元以上重大项目", "279", "个"),
    T("基础设施投资增长34.6%", "基础设施投资", "34.6", "%", kind="growth"),
    T("达526.1亿元", "基础设施投资", "526.1亿", "元"),
    T("工业投资增长32.8%", "工业投资", "32.8", "%", kind="growth"),
    T("达495.2亿元", "工业投资", "495.2亿", "元"),
    T("房地产投资增长2.2%", "房地产投资", "2.2", "%", kind="growth"),
    T("达296.3亿元", "房地产投资", "296.3亿", "元"),
    T("21个风光项目", "风光项目", "21", "个"),
    T("总装机规模1018万千瓦", "风光项目总装机规模", "1018万", "千瓦"),
    T("风电、光伏发电项目装机分别达268万千瓦", "风电项目装机", "268万", "千瓦"),
    T("光伏发电项目装机分别达268万千瓦、750万千瓦", "光伏发电项目装机", "750万", "千瓦"),
    T("新能源产业投资增长1.7倍", "新能源产业投资", "1.7", "倍", kind="growth"),
    T("达177.9亿元", "新能源产业投资", "177.9亿", "元"),
    # 消费
    T("开展惠民消费节等“消费促进年”活动500余场次", "惠民消费节等“消费促进年”活动", "500", "场次", cmp=">"),
    T("改造提升商圈22个", "商圈", "22", "个"),
    T("打造一刻钟便民生活圈10个", "一刻钟便民生活圈", "10", "个"),
    T("新增直播电商基地3个", "直播电商基地", "3", "个", kind="increase"),
    T("自治区级电商供应链示范企业3家", "自治区级电商供应链示范企业", "3", "家", kind="increase"),
    T("汽车销售额增长42.7%", "汽车销售额", "42.7", "%", kind="growth"),
    T("限额以上住宿和餐饮业分别增长87.5%", "限额以上住宿业", "87.5", "%", kind="growth"),
    T("餐饮业分别增长87.5%、41.5%", "限额以上餐饮业", "41.5", "%", kind="growth"),
    T("创建自治区级夜间经济示范街区10个", "自治区级夜间经济示范街区", "10", "个"),
    T("引进品牌首店200个", "品牌首店", "200", "个"),
    T("夜间经济累计人流量达1.43亿人次", "夜间经济累计人流量", "1.43亿", "人次"),
    T("消费额90亿元", "夜间经济消费额", "90亿", "元"),
    # 工业
    T("新引进产业链项目93个", "产业链项目", "93", "个", kind="increase"),
    T("总投资840.2亿元", "产业链项目总投资", "840.2亿", "元"),
    T("生产乘用车及重型商用车1.8万余辆", "乘用车及重型商用车", "1.8万", "辆", cmp=">"),
    T("生产纺机、农机及各类装备3200余台", "纺机、农机及各类装备", "3200", "台", cmp=">"),
    T("32个项目建成投产", "项目建成投产", "32", "个"),
    T("新增新能源并网154万千瓦", "新能源并网", "154万", "千瓦", kind="increase"),
    T("装机规模达476万千瓦", "新能源装机规模", "476万", "千瓦"),
    T("发电99亿千瓦时", "新能源发电量", "99亿", "千瓦时"),
    T("占全市电力总装机规模的51.7%", "新能源装机规模占全市电力总装机规模比重", "51.7", "%"),
    T("总发电量的31.8%", "新能源发电量占全市总发电量比重", "31.8", "%"),
    T("新增“小升规”企业42家", "“小升规”企业", "42", "家", kind="increase"),
    T("专精特新“小巨人”企业3家", "专精特新“小巨人”企业", "3", "家", kind="increase"),
    T("培育自治区创新型中小企业134家", "自治区创新型中小企业", "134", "家"),
    T("专精特新中小企业40家", "专精特新中小企业", "40", "家"),
    # 服务业
    T("举办各类展会100余场", "各类展会", "100", "场", cmp=">"),
    T("增长52%", "各类展会", "52", "%", kind="growth"),
    T("签约交易额542亿元", "签约交易额", "542亿", "元"),   # 2023 in the expo name is not a deadline (DECISIONS)
    T("26家企业入板", "企业入板", "26", "家", resp=("新疆股权交易中心", "新疆股权交易中心开设")),
    T("A股上市公司达33家", "A股上市公司", "33", "家"),
    T("新三板挂牌公司达16家", "新三板挂牌公司", "16", "家"),
    T("金融业在经济总量中占比达15.4%", "金融业在经济总量中占比", "15.4", "%"),
    T("3个示范项目", "示范项目", "3", "个"),
    # 旅游
    T("新增3A级以上旅游景区3家", "3A级以上旅游景区", "3", "家", kind="increase"),
    T("自治区级工业旅游示范基地3家", "自治区级工业旅游示范基地", "3", "家", kind="increase"),
    T("新增旅馆69家", "旅馆", "69", "家", kind="increase"),
    T("民宿61家", "民宿", "61", "家", kind="increase"),
    T("高品质酒店、星级饭店、旅馆、民宿达1700余家", "高品质酒店、星级饭店、旅馆、民宿", "1700", "家", cmp=">"),
    T("房间9.1万个", "房间", "9.1万", "个"),
    T("床位14.9万张", "床位", "14.9万", "张"),
    T("接待游客突破1亿人次", "游客", "1亿", "人次", cmp=">", dl=QN),
    T("增长117.9%", "游客", "117.9", "%", kind="growth", dl=QN),
    T("旅游收入达1028亿元", "旅游收入", "1028亿", "元", dl=QN),
    T("增长197.7%", "旅游收入", "197.7", "%", kind="growth", dl=QN),
    # 农业农村
    T("新建高标准农田5.18万亩", "高标准农田", "5.18万", "亩", kind="increase"),
    T("种植粮食15.1万亩", "粮食", "15.1万", "亩"),
    T("打造蔬菜专业乡（镇）3个", "蔬菜专业乡（镇）", "3", "个"),
    T("专业村10个", "蔬菜专业村", "10", "个"),
    T("巩固提升百亩、千亩连片标准化蔬菜示范基地26个", "百亩、千亩连片标准化蔬菜示范基地", "26", "个"),
    T("申创自治区级以上农业产业化龙头企业13家", "自治区级以上农业产业化龙头企业", "13", "家"),
    T("农民专业合作社示范社2家", "农民专业合作社示范社", "2", "家"),
    T("自治区特色产业示范村2个", "自治区特色产业示范村", "2", "个"),
    T("新增中国美丽乡村休闲旅游行精品景点线路3条", "中国美丽乡村休闲旅游行精品景点线路", "3", "条", kind="increase"),
    T("自治区级以上生态农场3家", "自治区级以上生态农场", "3", "家", kind="increase"),
    T("建成自治区级乡村振兴示范村17个", "自治区级乡村振兴示范村", "17", "个"),
    T("脱贫人口人均纯收入达2.1万元", "脱贫人口人均纯收入", "2.1万", "元"),
    T("新建和提升农村卫生户厕11857座", "农村卫生户厕", "11857", "座", kind="increase"),
    T("普及率达85%", "农村卫生户厕普及率", "85", "%"),
    T("新（改）建农村公路47.6公里", "农村公路", "47.6", "公里", kind="increase"),
    T("供水安全巩固提升工程惠及3.2万人", "供水安全巩固提升工程惠及", "3.2万", "人"),
    T("绿化美化村庄21个", "村庄", "21", "个"),
]


def build():
    ents = []
    cur = REG[0]
    for it in E:
        text, label = it[0], it[1]
        i = locate(text, cur, it[2] if len(it) > 2 else None)
        ents.append(dict(start=i, end=i + len(text), label=label, text=text))
        cur = i + len(text)
    targets = []
    cur = REG[0]
    for t in TG:
        i = locate(t["text"], cur, t["ctx"])
        j = i + len(t["text"])
        cur = i
        if t["resp"]:
            rtext, rctx = t["resp"]
            r = locate(rtext, REG[0], rctx)
            resp = dict(text=rtext, start=r, end=r + len(rtext), implicit=False)
        else:
            resp = dict(text=JUR, start=None, end=None, implicit=True)
        if t["dl"]:
            dtext, dy, dctx = t["dl"]
            d = locate(dtext, REG[0], dctx)
            dl = dict(year=dy, date=None, text=dtext, start=d, end=d + len(dtext), implicit=False)
        else:
            dl = dict(year=DEFAULT_YEAR, date=None, text=None, start=None, end=None, implicit=True)
        targets.append(dict(start=i, end=j, text=t["text"], indicator=t["ind"],
                            value=num(t["val"]),
                            value_max=num(t["vmax"]) if t["vmax"] else None,
                            unit=t["unit"], comparator=t["cmp"], kind=t["kind"],
                            status="achieved", responsible=resp, deadline=dl))
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
            print("E", e["start"], e["label"], e["text"], "|", TEXT[max(0, e["start"] - 8):e["end"] + 8].replace("\n", "/"))
        for t in doc["targets"]:
            print("T", t["start"], t["text"], "|", t["indicator"], t["value"], t["value_max"], t["unit"], t["comparator"],
                  t["kind"], t["status"], t["responsible"]["text"], t["deadline"]["year"], t["deadline"]["text"])
    from collections import Counter
    print(out, len(doc["entities"]), "entities", dict(Counter(e["label"] for e in doc["entities"])),
          len(doc["targets"]), "targets")
