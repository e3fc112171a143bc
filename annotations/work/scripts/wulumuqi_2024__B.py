"""Gold annotations for wulumuqi_2024 (part B). Offsets are computed with str.find, never typed.

Region (entities = targets): [11734, 17989) = 2024年重点工作, from its heading to the end of the
paragraph 大力发展民营经济 (coming-year section: planned, implicit deadline 2024).
"""
import json
import pathlib
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID, PART = "wulumuqi_2024", "B"
JUR, YEAR = "乌鲁木齐市", 2024
TEXT = open(HERE / f"{DOC_ID}.txt", encoding="utf-8").read()
REG = [11734, 17989]
REG_T = [REG]
REG_E = [REG]

SCALE = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def num(s):
    """'1217万' -> 12170000.0, '6.8亿' -> 680000000.0"""
    s = str(s)
    m = s[-1] if s and s[-1] in SCALE else ""
    base = s[:-1] if m else s
    return float(Decimal(base) * SCALE[m])


def locate(text, cur, ctx=None):
    """Offset of `text` at/after cursor `cur`; with ctx, inside the first occurrence of ctx
    (at/after cur - len(ctx)) whose copy of `text` starts at or after cur."""
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


# ---------------- entities: (text, label[, ctx]) in document order
ENTS = [
    # heading and general requirements
    ("2024年", "DATE", "2024年重点工作"),
    ("2024年", "DATE", "2024年是中华人民共和国"),
    ("中华人民共和国", "PLACE"),            # 成立75周年: anniversary not a DATE
    ("“十四五”", "DATE"),                   # 实施“十四五”规划
    ("今年", "DATE", "做好今年政府工作"),
    ("2024年", "DATE", "2024年政府工作的总体要求"),
    # 习近平新时代…思想, 党的二十大和二十届二中全会: formulae, nothing inside
    ("新疆", "PLACE", "关于新疆工作"),
    # 新时代党的治疆方略, 铸牢中华民族共同体意识: formulae
    ("新疆", "PLACE", "把握新疆在国家全局"),
    # 自治区党委十届十次全会 / 市委十二届九次全会: meeting names, nothing inside
    # 中国式现代化新疆实践: adjudicated (DECISIONS): PLACE 新疆 after the formula
    ("新疆", "PLACE", "融入中国式现代化新疆实践"),
    ("2024年", "DATE", "2024年经济社会发展主要预期目标"),
    # 一、维护社会稳定: “三保”, PPP, 新时代“枫桥经验”, “浦江经验”, “天山枫桥经验” -> formulae, none
    # 二、铸牢中华民族共同体意识
    ("“民族团结一家亲”", "PROJECT"),
    ("青少年“筑基”工程", "PROJECT"),
    ("“三项计划”", "PROJECT"),
    # “三支队伍”, “三非”“三化”整治, “去极端化”, 文化润疆: slogans/formulae, none
    # “习近平新时代中国特色社会主义思想”进万家活动: formula inside, not tagged (yinchuan 主题教育)
    ("文化中心（六馆一心）", "PLACE"),      # [review] existing venue (part A: 发挥阵地作用 → PLACE)
    ("文化公园", "PLACE", "、文化公园、"),    # [review] the park of part A's 文化公园北区 (parks are PLACE)
    ("非物质文化遗产馆", "PROJECT"),         # [review] still being finished (part A: 主体完工 → PROJECT)
    ("八路军办事处", "PLACE"),
    ("毛泽民故居", "PLACE"),
    ("西路军总支队纪念馆", "PLACE"),
    ("全国全民阅读大会", "PROJECT"),         # 第三届 dropped
    ("巩宁城遗址", "PLACE"),
    ("文庙", "PLACE", "、文庙保护利用"),
    # 三、经济高质量发展 -- 科技创新
    # 全市科技创新大会: meeting name, none
    ("科技创新支撑高质量发展三年行动", "PROJECT"),
    ("怀柔实验室新疆基地", "PROJECT"),
    ("国家风力发电技术创新中心", "PROJECT"),
    ("国家硅基新材料产业制造业创新中心", "PROJECT"),
    ("“乌鲁木齐—深圳创新园”", "PLACE"),
    ("丝路国际科学城", "PLACE"),
    ("环河马泉高校创新综合体", "PROJECT"),
    ("绿谷科创城", "PLACE"),
    ("甘泉堡新材料中试基地", "PROJECT"),
    ("红山科创专家团", "INSTITUTION"),
    ("新疆科技成果（技术）交易中心", "PROJECT"),
    ("中国—中亚技术转移中心", "PROJECT"),
    # 新型工业化
    # 自治区“八大产业集群”和…等战略性新兴产业集群建设行动计划: descriptive (…等…行动), none
    ("中石油", "INSTITUTION"),
    ("北部沙漠", "PLACE", "中石油北部沙漠"),
    ("达坂城", "PLACE", "达坂城金工新能源"),
    ("金工新能源", "INSTITUTION"),
    ("达坂城区抽水蓄能电站", "PROJECT"),
    ("绿电产业园", "PLACE"),
    ("乌鲁木齐绿证交易中心", "PROJECT"),
    ("中石化南化集团", "INSTITUTION"),
    ("绿赛汇通新型环保材料产业园", "PROJECT"),  # facility head in an X等项目 list
    ("合盛硅业", "INSTITUTION", "促进合盛硅业"),
    ("兖矿新疆煤化工", "INSTITUTION"),
    ("乌石化", "INSTITUTION"),
    ("国能化工", "INSTITUTION"),
    # 《乌准产业园区产业发展总体规划（专项规划）》: document title, none
    ("乌准产业园", "PLACE", "向乌准产业园加速聚集"),
    # 全疆: territory word, none
    ("钵施然", "INSTITUTION"),
    ("上汽大众", "INSTITUTION"), ("广汽", "INSTITUTION"), ("陕汽", "INSTITUTION"),
    ("国网新疆电力", "INSTITUTION"), ("西北油田", "INSTITUTION"), ("金风科技", "INSTITUTION"),
    ("新特能源", "INSTITUTION"), ("红云红河卷烟厂", "INSTITUTION"),
    # 服务业
    ("国家级棉花棉纱交易中心", "INSTITUTION"),  # [review] tagged in part A (落地 → PROJECT); here an operating
                                              # body (发挥…带动作用, as tianmen 发挥项目投资服务中心作用)
    ("国际纺服中心", "PLACE"),
    ("新疆", "PLACE", "龙头企业新疆总部基地"),
    ("乌鲁木齐国际商贸物流枢纽中心暨中亚商贸物流产业园", "PLACE"),  # one park, two names joined by 暨
    # 商贸服务型国家物流枢纽, 现代流通战略支点城市: designations; “信易贷”“新质贷”: loan brands
    ("“东数西算”", "PROJECT"),
    ("新疆数字经济博览会", "PROJECT"),
    ("中国—亚欧博览会", "PROJECT"),           # 第八届 dropped
    ("全年", "DATE", "全年举办各类展会"),
    # 旅游
    # 旅游兴疆战略: formula, none
    ("旅游产业高质量发展三年行动", "PROJECT"),
    ("丝绸之路经济带", "PLACE"),
    ("南山国家级旅游度假区", "PLACE"),
    ("天山龙脊旅游度假区", "PLACE"),
    ("北部沙漠景区", "PLACE"),
    ("博格达", "PLACE"),
    ("乌鲁木齐县", "PLACE", "创建乌鲁木齐县“中国天然氧吧”"),
    ("中国", "PLACE", "“中国天然氧吧”"),     # place name inside a brand/designation
    ("丝绸之路国际度假区东区", "PROJECT"),    # facility head in an X等项目 list
    ("S101户外探险集散中心", "PROJECT"),
    ("国际大巴扎", "PLACE"),
    ("天山野生动物园", "PLACE"),
    ("天山国际滑雪场", "PROJECT"),
    ("丝绸之路冰雪风情节", "PROJECT"),
    ("乌鲁木齐", "PLACE", "“骄阳看雪·乌鲁木齐”"),
    ("新疆", "PLACE", "“新疆是个好地方”"),
    # 三农
    ("“千万工程”", "PROJECT"),
    ("农民增收行动", "PROJECT"),
    ("乌鲁木齐县", "PLACE", "以乌鲁木齐县国家级乡村振兴示范县"),
    ("农村人居环境整治攻坚行动", "PROJECT"),
    # 投资
    ("“三大工程”", "PROJECT"),
    ("合盛硅业", "INSTITUTION", "重点抓好合盛硅业"),
    ("新疆远洋", "INSTITUTION"),
    ("博光", "INSTITUTION"),
    ("米东区", "PLACE"),
    ("瑞特源", "INSTITUTION"),
    ("澳龙文旅总部基地", "PROJECT"),
    ("新疆玉文化公园", "PROJECT"),
    ("全年", "DATE", "力争全年引进"),
    # 消费
    ("中山路", "PROJECT"),                  # [review] 推进中山路和…等项目建设: a conjunct being built
                                          # (guide §3: 疏港高速、东青高速改扩建工程 → PROJECT 疏港高速)
    ("友好路商圈地下商城", "PROJECT"),
    # 四、改革开放
    ("甘泉堡园区管理制度改革试点", "PROJECT"),
    # 国有企业改革深化提升实施方案: a document, none
    ("营商环境优化提升三年行动", "PROJECT"),
    # 营商环境优化提升方案: a document, none
    ("市场化法治化国际化营商环境综合改革试点", "PROJECT"),
    ("市域社会治理指挥中心", "INSTITUTION"),
    ("城市运行管理中心", "INSTITUTION"),
    # 全国社会信用体系建设示范区: designation (争创), none
    ("民营企业培优工程", "PROJECT"),
    ("市场主体倍增行动", "PROJECT"),
    ("“一带一路”", "PROJECT"),
]


# ---------------- targets
# T(text, indicator, value, unit, cmp, kind, ctx=, vmax=, resp=(text, ctx), dl=(text, year, ctx))
def T(text, ind, val, unit, cmp="=", kind="level", ctx=None, vmax=None, resp=None, dl=None):
    return dict(text=text, ind=ind, val=val, unit=unit, cmp=cmp, kind=kind, ctx=ctx,
                vmax=vmax, resp=resp, dl=dl)


DL_HEAD = ("2024年", 2024, "2024年经济社会发展主要预期目标")

TGTS = [
    # 2024年经济社会发展主要预期目标是：…；…；… (items separated by ；)
    T("地区生产总值增长7.5%左右", "地区生产总值", "7.5", "%", "~", "growth", dl=DL_HEAD),
    T("规模以上工业增加值增长8%左右", "规模以上工业增加值", "8", "%", "~", "growth"),
    T("固定资产投资增长12%左右", "固定资产投资", "12", "%", "~", "growth"),
    T("社会消费品零售总额增长10%左右", "社会消费品零售总额", "10", "%", "~", "growth"),
    T("外贸进出口总额增长38%左右", "外贸进出口总额", "38", "%", "~", "growth"),
    T("一般公共预算收入增长12%左右", "一般公共预算收入", "12", "%", "~", "growth"),
    T("新增城镇就业10.3万人", "城镇就业", "10.3万", "人", "=", "increase"),
    T("城镇调查失业率控制在5.5%以内", "城镇调查失业率", "5.5", "%", "<="),
    T("城镇居民人均可支配收入增长7.5%左右", "城镇居民人均可支配收入", "7.5", "%", "~", "growth"),
    T("农村居民人均可支配收入增长8.5%左右", "农村居民人均可支配收入", "8.5", "%", "~", "growth"),
    T("居民消费价格涨幅保持在3%以内", "居民消费价格", "3", "%", "<=", "growth"),
    # 文化润疆
    T("新建非遗传承基地1个", "非遗传承基地", "1", "个", kind="increase"),
    T("非遗特色示范社区6个", "非遗特色示范社区", "6", "个", kind="increase"),
    # 科技创新
    T("培育自治区级以上创新平台和双创载体5家", "自治区级以上创新平台和双创载体", "5", "家"),
    T("全社会研发投入增长7%以上", "全社会研发投入", "7", "%", ">=", "growth"),
    T("认定高新技术企业250家", "高新技术企业", "250", "家"),
    T("新增科技创新领军企业8家", "科技创新领军企业", "8", "家", kind="increase"),
    T("完成技术交易18亿元", "技术交易", "18亿", "元"),
    # 新型工业化
    T("新增装机1217万千瓦", "装机", "1217万", "千瓦", kind="increase"),
    T("新培育“小升规”企业50家", "“小升规”企业", "50", "家", kind="increase"),
    T("专精特新中小企业30家", "专精特新中小企业", "30", "家", kind="increase"),
    # 服务业
    T("新增上市（挂牌）企业2家", "上市（挂牌）企业", "2", "家", kind="increase"),
    T("举办各类展会100场次以上", "各类展会", "100", "场次", ">=",
      dl=("全年", 2024, "全年举办各类展会")),
    # 旅游
    T("创建3A级以上景区6家", "3A级以上景区", "6", "家"),
    T("接待游客1.2亿人次", "游客", "1.2亿", "人次", ">="),          # trailing 以上 distributes
    T("旅游收入1150亿元以上", "旅游收入", "1150亿", "元", ">="),
    # 三农
    T("打造自治区级乡村振兴示范村13个", "自治区级乡村振兴示范村", "13", "个"),
    T("抓好3万亩高标准农田建设", "高标准农田", "3万", "亩"),
    T("完成自治区10万亩粮食生产任务", "自治区粮食生产任务", "10万", "亩"),
    T("新建和提升农村卫生户厕4600座", "农村卫生户厕", "4600", "座", kind="increase"),
    T("新（改）建农村公路16.5公里", "农村公路", "16.5", "公里", kind="increase"),
    # 扩大有效投资: annual plan investment of each project group (the count in front only
    # describes what is counted; the amount is this year's planned investment, not a project size)
    T("年度计划总投资100亿元", "装备制造项目年度计划总投资", "100亿", "元", ctx="6个年度计划总投资100亿元的装备制造项目"),
    T("年度计划总投资38亿元", "新材料项目年度计划总投资", "38亿", "元", ctx="12个年度计划总投资38亿元的新材料项目"),
    T("年度计划总投资270亿元", "新能源项目年度计划总投资", "270亿", "元", ctx="14个年度计划总投资270亿元的新能源项目"),
    T("年度计划总投资6.8亿元", "化工项目年度计划总投资", "6.8亿", "元", ctx="5个年度计划总投资6.8亿元的化工项目"),
    T("年度计划总投资18亿元", "文旅产业项目年度计划总投资", "18亿", "元", ctx="5个年度计划总投资18亿元的文旅产业项目"),
    T("引进区外到位资金增长10%", "区外到位资金", "10", "%", kind="growth",
      dl=("全年", 2024, "力争全年引进区外到位资金")),
    # 消费
    T("创建14个城市一刻钟便民生活圈示范点", "城市一刻钟便民生活圈示范点", "14", "个"),
]


def build():
    a, b = REG
    ents = []
    cur = a
    for it in ENTS:
        text, label = it[0], it[1]
        i = locate(text, cur, it[2] if len(it) > 2 else None)
        assert a <= i and i + len(text) <= b, (text, i)
        ents.append(dict(start=i, end=i + len(text), label=label, text=text))
        cur = i + len(text)
    targets = []
    cur = a
    for t in TGTS:
        i = locate(t["text"], cur, t["ctx"])
        j = i + len(t["text"])
        assert a <= i and j <= b, t["text"]
        cur = i
        if t["resp"]:
            rtext, rctx = t["resp"]
            c = TEXT.find(rctx)
            assert c >= 0 and TEXT.find(rctx, c + 1) < 0, rctx
            r = c + rctx.index(rtext)
            resp = dict(text=rtext, start=r, end=r + len(rtext), implicit=False)
        else:
            resp = dict(text=JUR, start=None, end=None, implicit=True)
        if t["dl"]:
            dtext, dy, dctx = t["dl"]
            c = TEXT.find(dctx)
            assert c >= 0 and TEXT.find(dctx, c + 1) < 0, dctx
            d = c + dctx.index(dtext)
            dl = dict(year=dy, date=None, text=dtext, start=d, end=d + len(dtext), implicit=False)
        else:
            dl = dict(year=YEAR, date=None, text=None, start=None, end=None, implicit=True)
        targets.append(dict(start=i, end=j, text=t["text"], indicator=t["ind"],
                            value=num(t["val"]),
                            value_max=num(t["vmax"]) if t["vmax"] else None,
                            unit=t["unit"], comparator=t["cmp"], kind=t["kind"],
                            status="planned", responsible=resp, deadline=dl))
    ents.sort(key=lambda e: (e["start"], e["end"]))
    for p, q in zip(ents, ents[1:]):
        assert p["end"] <= q["start"], (p, q)
    keys = [(t["start"], t["end"]) for t in targets]
    assert len(keys) == len(set(keys)), "two targets with the same span"
    doc = {"id": DOC_ID,
           "meta": {"jurisdiction": JUR, "year": YEAR,
                    "regions": {"targets": REG_T, "entities": REG_E}},
           "entities": ents,
           "targets": sorted(targets, key=lambda t: (t["start"], t["end"]))}
    return doc


if __name__ == "__main__":
    import sys
    doc = build()
    out = HERE / "out" / f"{DOC_ID}__{PART}.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    if "-v" in sys.argv:
        for e in doc["entities"]:
            print("E", e["start"], e["label"], e["text"], "|",
                  TEXT[max(0, e["start"] - 6):e["end"] + 6].replace("\n", "/"))
        for t in doc["targets"]:
            print("T", t["start"], t["text"], "|", t["indicator"], t["value"], t["value_max"], t["unit"],
                  t["comparator"], t["kind"], t["status"], t["responsible"]["text"],
                  t["deadline"]["year"], t["deadline"]["text"], t["deadline"]["start"])
    print(out, len(doc["entities"]), "entities", len(doc["targets"]), "targets")
