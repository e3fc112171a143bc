"""Gold annotations for qianjiang_2024 (part C): entities only. Offsets are computed with str.find, never typed.

Region (entities): text[10597:15193], from （四）着力筑基底夯支撑 (the fourth task of 二、2024年重点工作) through
（五）, （六） and 三、加强政府自身建设 to the end of the text (…中国式现代化潜江新篇章。). Targets region: none.
Names already decided in parts A and B of this document are kept (see notes/qianjiang_2024__review.md); where a
label differs, the sentence makes it differ (guide §3: facility PROJECT while built, PLACE as an existing location).
"""
import json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID, PART = "qianjiang_2024", "C"
JUR, YEAR = "潜江市", 2024
TEXT = open(HERE / f"{DOC_ID}.txt", encoding="utf-8").read()
REG = [10597, 15193]
assert TEXT[REG[0]:].startswith("（四）着力筑基底夯支撑") and TEXT[REG[1] - 1] == "\n"
assert REG[1] == len(TEXT) and TEXT[REG[0] - 1] == "\n"


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
# (surface, label[, ctx]) in document order; ctx pins the occurrence.
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"
ENTS = [
    # (四) heading paragraph: 数字“天网”/科技“新网”/交通“地网” slogans; 四化同步发展示范区 designation -> nothing
    # 以数字化建设构筑信息支撑
    ("数化湖北行动", J, "全面推进数化湖北行动潜江实践"),   # named 行动 (湖北 inside the name)
    ("潜江", P, "数化湖北行动潜江实践"),                   # bare modifier of 实践 (cf. 中国式现代化潜江实践, B)
    # CIM、“一标三实”、编码赋码等平台; “一办一中心…”工作体系; “网、云、数、安”; “15511”; 城市大脑; “一脑管全城”: nothing
    ("数字产业园", P, "谋划推动数字产业园"),               # park PLACE also while planned (chizhou 软件产业园; B 纺织服装产业园)
    ("“技改提能、制造焕新”行动", J),                     # tianmen gold: same PROJECT
    ("新柳伍集团", I), ("富晟旺纺织", I),                 # 省级5G全连接工厂, “两化融合”试点示范企业: designations
    # 以创新驱动构筑科技支撑 (创新驱动发展战略: strategy; 国家创新型县市: designation)
    ("科创中心", P, "以科创中心为依托"),                   # existing facility used as a base (A: PROJECT while being completed)
    ("高新技术企业倍增计划", J),
    ("“尖刀”技术攻关工程", J),
    ("武汉", P, "科技研发在武汉"), ("潜江", P, "成果转化在潜江"),
    ("全年", D, "实现全年技术合同"),
    # 以交通物流构筑循环支撑
    ("武汉都市圈", P, "深度对接武汉都市圈"),              # “交通同网”: slogan
    ("汉宜高速（潜江段）“四改八”", J),                    # road works being started (率先开建); maximal with works word
    ("荆潜监高速公路", J),                                # 前期 = preliminary works of a road to be built
    ("汉江兴隆至蔡甸2000吨级航道整治", J), ("汉江兴隆枢纽二线船闸新建", J),   # …等工程实施: each conjunct a works name
    ("清江引水工程", J), ("江汉运河", J, "、江汉运河、"), ("荆汉运河", J),
    ("潜江", P, "等潜江段项目"),
    ("江汉平原货运铁路西延", J), ("武张高铁", J), ("随潜岳高铁", J), ("潜江至广华智轨交通", J),
    # 综合性物流园区: generic. X等项目 list (DECISIONS: facility head -> PROJECT; B 冷链仓储物流园二期)
    ("泽口临港物流园", J), ("潜江货运北站物流园", J), ("传化公路港（二期）", J), ("捷阳物流园", J),
    ("区域性快递分拨中心", J),                             # facility head (chizhou 快递物流中心 PROJECT)
    ("现代农业科技示范园冷链物流中心", J),                 # park begins the name (B 现代农业科技示范园“满园工程”)
    ("传化冷链物流改建扩容", J), ("粮油仓储物流园", J),
    ("城东物流通道", J), ("长飞大道", J, "、长飞大道等"),   # 加快…与区域路网高效联通: link works
    # 全国 (辐射全国): bare territory word
    # (五) heading: 四化同步发展示范区 -> nothing
    # 更大力度优化营商环境
    ("提升政务服务效能专项行动", J),                       # “高效办成一件事”: slogan
    ("市民之家", P, "依托市民之家"),                       # existing facility as location (A: PROJECT 正式启用)
    # “一门一窗”改革: reform; “组合拳”: nothing
    ("武汉都市圈", P, "政务服务武汉都市圈"),              # “一圈通办”, “跨市通办”: slogans
    # 市场准营承诺即入制, 市场主体除名制, “双随机、一公开”, 公共法律服务进园区进企业活动 (descriptive), 要素市场化配置改革: nothing
    ("企业信用培植工程", J),                               # “301”线上快贷服务模式, “银税互动”: nothing
    # 更大气魄深化重点领域改革: 应急管理改革, “三支队伍”, 消防救援中心站 (generic), “市管校聘”改革,
    # 基础教育省部共建协同创新中心实验区/体教融合示范区试点 (designations), 公立医院改革, “三医”, 供销改革, 国有农场改革,
    # 国家知识产权示范市, 全省双拥模范城, 全国青年发展型县域试点 (designations): nothing
    # 更大决心抓好稳外资稳外贸工作
    ("“鄂企出海、鄂品出境”", J), ("“千企百展出海拓市场”", J),   # …等活动 (chizhou “市长面对面”、“局长走流程”等活动)
    ("海关", I, "深化与海关等部门"),                       # the customs authority, a specific body
    ("外贸综合服务中心", I),                               # the city's centre (tianmen 项目投资服务中心)
    ("“破零攻坚”行动", J),
    ("天安日化", I), ("方圆钛白", I), ("新硅科技", I, "新硅科技等企业出口"),
    ("华润风电", I), ("威尔斯", I),                        # …等企业到资增资: company short names
    # (六) 持续紧抓民生福祉: “五保”, “四个不摘”, “一老一小”, 养老/托育 facilities (generic), 三孩生育政策, “保交楼”: nothing
    ("民政事业园", J), ("人文纪念园", J),                  # facilities 投入运营 (B 市文化中心 建成运营)
    # 27处农村公益性公墓: generic; 领导干部联系城镇困难群众活动: descriptive
    # 持续紧抓公共服务
    ("“一校一品”工程", J),                                 # 清廉学校: nothing; “双减”政策: nothing
    ("市职教中心", I, "推动市职教中心秋季开学"),         # review: a school starting classes is the school (jinghai seed: 第二中学高中部…正式招生 INSTITUTION); 秋季: no year, not DATE
    ("新潜江中学", J, "加快实施新潜江中学"), ("兴盛路小学", J),   # …等5个学校项目
    ("潜江中学", I, "着力改善潜江中学"), ("曹禺中学泰丰校区", I),  # …等学校寄宿条件: names modify
    ("市精神病医院", J), ("市中医院周潭院区", J),         # 建成投用
    ("市人民医院", J, "加快市人民医院"), ("市中心医院新院区", J), ("市疾控中心", J),  # …等项目建设
    ("市中医院", I, "支持市中医院创"),                     # 三级中医院: grade
    ("油田总医院", I),                                     # 产权改革及三甲复审
    # 清廉医院, 医疗领域腐败问题集中整治 (集中整治 is no 行动/工程/计划/专项 head), “四个最严”, “全科社工”: nothing
    # 持续紧抓风险防范: 总体国家安全观, “四方责任”, “路长制”, 新时代“枫桥经验”, 扫黑除恶斗争,
    # 清剿毒品、打治电诈、扫黄打非等系列专项行动 (kinds sharing a generic head; chizhou 四个专项行动): nothing
    # 三、加强政府自身建设
    ("新的一年", D),
    # 习近平新时代中国特色社会主义思想, “两个确立”, “两个维护”, “国之大者”: formulae
    ("中央", I, "全力推动中央决策部署"),
    ("省委", I, "省委省政府、市委工作要求"), ("省政府", I, "省委省政府、市委工作要求"),
    ("市委", I, "市委工作要求"),
    ("湖北", P, "考察湖北重要讲话"),                       # chizhou 考察安徽, shanghai 考察上海 -> PLACE
    ("潜江", P, "自觉把潜江放在"),                         # 全省, 全国: bare territory words
    # 习近平法治思想: formula
    ("人大", I, "办好人大代表建议"), ("政协", I, "和政协委员提案"),
    ("人大", I, "接受人大及其常委会"),                     # 其常委会: untagged (jinghai 区人大及其常委会)
    ("政协", I, "接受政协民主监督"),
    # “一张蓝图绘到底”, “八项本领”, “七种能力”, “拼抢实”, “四下基层” (A: nothing): nothing
    ("党员干部“下察解暖”实践活动", J), ("“解稳促”㊸企业帮扶活动", J),
    # “争先进、争一流”, 12345市长热线 (linzhi 12345服务便民热线 untagged): nothing
    # 中央八项规定实施细则: formula; “三不腐”, “紧日子”, “无预算不支出”, “三保”: nothing
    ("党中央", I, "为核心的党中央"),                       # jinghai/qinzhou/shanghai gold
    ("省委", I, "在省委、省政府和市委"), ("省政府", I, "省委、省政府和市委"), ("市委", I, "省政府和市委"),
    # “一城三基地”, 四化同步发展示范区: nothing
    ("潜江", P, "中国式现代化潜江新篇章"),               # DECISIONS: place after the formula is PLACE
]


def build():
    ents, cur = [], REG[0]
    for it in ENTS:
        text, label = it[0], it[1]
        i = locate(text, cur, it[2] if len(it) > 2 else None)
        ents.append(dict(start=i, end=i + len(text), label=label, text=text))
        cur = i + len(text)
    ents.sort(key=lambda e: (e["start"], e["end"]))
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], ("overlap", a, b)
    return {"id": DOC_ID,
            "meta": {"jurisdiction": JUR, "year": YEAR,
                     "regions": {"targets": [], "entities": [REG]}},
            "entities": ents, "targets": []}


if __name__ == "__main__":
    doc = build()
    out = HERE / "out" / f"{DOC_ID}__{PART}.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    if "-v" in sys.argv:
        for e in doc["entities"]:
            print("E", e["start"], e["label"], e["text"], "|",
                  TEXT[max(0, e["start"] - 6):e["end"] + 6].replace("\n", "/"))
    from collections import Counter
    print(out, len(doc["entities"]), "entities", dict(Counter(e["label"] for e in doc["entities"])))
