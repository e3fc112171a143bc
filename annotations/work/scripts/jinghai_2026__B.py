"""Gold annotations for jinghai_2026, part B (coming-year section, 2026 tasks).

Region: from the heading 三、努力实现“十五五”良好开局 to the end of the text.
Every offset is computed with str.find from a running cursor; items are listed
in document order.  An item may carry a context string `ctx`: the cursor is
first moved to the start of ctx (found from the cursor), and the item is then
searched from there and must begin inside ctx.
"""
import json, pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID = "jinghai_2026"
PART = "B"
TEXT = (HERE / f"{DOC_ID}.txt").read_text(encoding="utf-8")
JUR = "静海区"
YEAR = 2026

HEAD = "三、努力实现“十五五”良好开局"
REG_START = TEXT.find(HEAD)
assert REG_START == 8261, REG_START
REG_END = len(TEXT)
assert REG_END == 17058


def locate(text, cursor, ctx=None):
    pos = cursor
    if ctx is not None:
        c = TEXT.find(ctx, pos)
        assert c >= 0, f"context {ctx!r} not found after {pos}"
        pos = c
    s = TEXT.find(text, pos)
    assert s >= 0, f"{text!r} not found after {pos}"
    if ctx is not None:
        assert s < TEXT.find(ctx, pos) + len(ctx), f"{text!r} not inside/at context {ctx!r}"
    return s, s + len(text)


# ---------------------------------------------------------------- entities
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"
E = [
    # heading and introduction
    ("“十五五”", D),
    ("今年", D), ("“十五五”", D),
    ("全年", D),
    ("天津", P), ("天津", P),
    ("京津冀", P),
    ("区委", I),
    ("高质量发展“十项行动”", J),
    ("“十五五”", D),
    # （一）
    ("京津冀", P),
    ("中国—上海合作组织绿色产业发展合作区", P),
    ("天开团泊园", P),
    ("子牙经开区", P), ("合作示范区", P),
    ("天开团泊园", P), ("中国医学科学院", I), ("中关村发展集团", I),
    ("子牙经开区", P), ("中国资源循环集团", I),
    ("子牙经开区", P), ("雄安新区", P),
    ("京津冀", P),
    ("协和天津校区", J), ("天津医学健康研究院", I), ("国家中医医学中心", J),
    ("协和天津医院二期", J), ("药研所", I),
    ("津沧高速改扩建工程", J), ("团大公路改建主体工程", J), ("静霸线地道", J),
    ("京津冀", P),
    ("京津冀", P),
    ("中国—上海合作组织绿色产业发展合作区", P),
    ("子牙经开区", P), ("“三个一批”行动", J), ("中国", P, "中国样板"),
    ("打造一批绿色产业示范样板行动", J),
    ("落地一批标志性合作项目行动", J), ("中国资源循环集团", I),
    ("中科云图", I), ("联合飞机", I),
    ("建成一批高标准承接平台行动", J), ("绿色新型工业化产业示范基地二期", J),
    ("中国（天津）自由贸易试验区", P),
    ("南开", I), ("天大", I),
    ("巴基斯坦", P), ("拉沙卡伊特别经济区", P), ("白俄罗斯", P), ("中白工业园", P),
    ("上合组织", I), ("上合组织", I),
    ("天开团泊园", P, "高标准建设天开团泊园"),
    ("合作示范区", P), ("天开团泊园", P),
    ("大健康产业母基金", J),
    # （二）
    ("今年", D),
    ("远大健科", I), ("北交所", I),
    ("大邱庄工业区", P),
    ("唐官屯镇", P), ("静海镇", P),
    ("亿能", I), ("胜微", I), ("天津中医药大学", I),
    ("龙创恒盛立体仓库", J), ("大陆制氢", I),
    ("百家企业专利破零行动", J),
    ("“海河英才”行动计划", J),
    ("静海", P, "静海人才"), ("静海", P, "静海发展"),
    ("服务业扩能提质行动", J),
    ("天大内燃机研究所新质动力系统科创园", P),  # review: parks stay PLACE while being built (DECISIONS)
    ("唐昊石化产品交易中心", J), ("子牙数字服务中台", J), ("宝恒", I),
    ("规上其他服务业重点行业三年倍增计划", J),
    # （三）
    ("今年", D), ("中央生态环境保护督察", J),  # review: named inspection campaign (DECISIONS)
    ("产业集群综合治理攻坚行动", J),
    ("重点行业综合治理攻坚行动", J),
    ("移动源污染综合治理攻坚行动", J),
    ("扬尘污染综合治理攻坚行动", J),
    ("大运河保护利用综合治理攻坚行动", J),
    ("其他领域综合治理攻坚行动", J),
    ("农村、城镇、工业园区污水治理攻坚行动", J),
    ("国土绿化工程", J),
    ("团泊水库东堤北堤", J), ("团泊第二污水厂扩容项目", J), ("白洋淀", P),
    # （四）
    ("子牙经开区", P),
    ("大龙跨境电商产业园", P),  # review: parks stay PLACE while being built (DECISIONS)
    ("“一带一路”", J), ("RCEP", P),  # review: “一带一路” is the initiative -> PROJECT (tianjin, linzhi)
    ("欧盟", P), ("中东", P), ("非洲", P),
    ("海吉星", I), ("世界批发市场联合会", I),
    # （五）
    ("今年", D),
    ("天津", P, "天津人"),
    ("西城雨水管网", J), ("北环片区排水排涝提升改造工程", J),
    ("城南供热枢纽热源互联互通工程", J),
    ("海吉星", J, "海吉星、范庄子"), ("范庄子批发市场", J),
    ("万达广场", J),
    ("静海", P, "静海四季游"),
    ("光合谷", J),
    ("台头镇", P), ("陈官屯镇", P), ("静海", P, "静海特色"),
    ("市运会", J), ("团泊湖半程马拉松", J), ("ITF国际网球巡回赛", J),
    ("团泊足球场", P),
    ("协和津街", J), ("团泊津悦城", J), ("希尔顿花园酒店", J),
    ("团泊乐动港", P), ("团泊健康城", P),
    ("大运河文化带", P), ("全国文物普查", J),
    ("文化艺术节", J), ("民间花会展演", J),
    # （六）
    ("“千万工程”", J),
    ("全国农业普查", J),
    ("玉米单产提升工程", J),
    ("第二轮土地承包到期后再延长30年试点", J),
    ("集体经营性建设用地入市试点", J),
    ("台头西瓜节", J), ("王口炒货节", J), ("静海", P, "静海特色农产品"),
    # （七）
    ("公益医疗援助与健康促进工程", J),
    ("天津实验中学静海学校", J), ("北师大静海实验学校", J),
    ("天津外国语大学团泊实验学校高中部", J), ("静海一中", I),
    ("区医院新建工程", J), ("中医院", J),
    ("基本公共卫生服务能力提升三年行动", J),
    # （八）
    ("静海", P, "平安静海，"),
    ("今年", D), ("中央安全生产考核巡查", J),  # review: named inspection campaign (DECISIONS)
    ("安全生产治本攻坚行动", J),
    ("大邱庄特勤消防站", J),
    ("党建引领基层治理行动", J),
    ("抖音", I), ("小红书", I),
    ("静海", P, "平安静海建设"),
    # closing part
    ("新的一年", D),
    ("党中央", I),
    ("区人大", I), ("人大", I, "人大监督"), ("政协", I, "政协监督"),
    ("人大", I, "人大代表"), ("政协", I, "政协委员"),
    ("“九五”普法", J),
    ("“静海大讲堂”", J),
    ("今年", D), ("中央", I, "中央和市委"), ("市委", I),
    ("今年", D),
    ("党中央", I), ("市委", I), ("市政府", I), ("区委", I),
    ("“十五五”", D),
    ("静海", P, "新静海"), ("静海", P, "静海篇章"),
]

entities = []
cur = REG_START
for item in E:
    text, label = item[0], item[1]
    ctx = item[2] if len(item) > 2 else None
    s, e = locate(text, cur, ctx)
    entities.append({"start": s, "end": e, "label": label, "text": text})
    cur = e

# ---------------------------------------------------------------- targets
def resp_implicit():
    return {"text": JUR, "start": None, "end": None, "implicit": True}


def resp_at(text, ctx):
    s, e = locate(text, REG_START, ctx)
    return {"text": text, "start": s, "end": e, "implicit": False}


R_HZSF = resp_at("合作示范区", "合作示范区锚定天开团泊园功能定位")
R_DQZ = resp_at("大邱庄工业区", "大邱庄工业区聚焦")

DL_DEFAULT = {"year": YEAR, "date": None, "text": None, "start": None, "end": None, "implicit": True}

# (span text, indicator, value, value_max, unit, comparator, kind, responsible or None, ctx or None)
T = [
    # 主要预期目标
    ("地区生产总值增长4%左右", "地区生产总值", 4, None, "%", "~", "growth"),
    ("一般公共预算收入增长4%", "一般公共预算收入", 4, None, "%", "=", "growth"),
    ("固定资产投资增长3%", "固定资产投资", 3, None, "%", "=", "growth"),
    # （一）天开团泊园 / 合作示范区
    ("引进大健康产业科技服务企业10家以上", "大健康产业科技服务企业", 10, None, "家", ">=", "level", R_HZSF),
    # （二）
    ("储备上市潜力企业3家", "上市潜力企业", 3, None, "家", "=", "level"),
    ("研发和技改投入10亿元以上", "研发和技改投入", 1e9, None, "元", ">=", "level", R_DQZ),
    ("引进孵化医疗器械企业不少于40家", "医疗器械企业", 40, None, "家", ">=", "level"),
    ("申报市级科技项目10项以上", "市级科技项目", 10, None, "项", ">=", "level"),
    ("科技成果转化不少于5项", "科技成果转化", 5, None, "项", ">=", "level"),
    ("4个新建项目投产", "新建项目", 4, None, "个", "=", "increase"),
    ("新增智能工厂5家", "智能工厂", 5, None, "家", "=", "increase"),
    ("专精特新企业10家", "专精特新企业", 10, None, "家", "=", "increase"),
    ("战略性新兴产业增加值增长5%以上", "战略性新兴产业增加值", 5, None, "%", ">=", "growth"),
    ("万人均拥有发明专利16.5件以上", "万人均拥有发明专利", 16.5, None, "件", ">=", "level"),
    ("技术合同认定登记额超47亿元", "技术合同认定登记额", 4.7e9, None, "元", ">", "level"),
    ("增加值占地区生产总值比重提高2个百分点", "增加值占地区生产总值比重", 2, None, "个百分点", "=", "increase"),
    ("社会消费品零售总额增长2%", "社会消费品零售总额", 2, None, "%", "=", "growth"),
    ("营收增长15%以上", "营收", 15, None, "%", ">=", "growth"),
    # （三）
    ("PM2.5年均浓度降至38微克/立方米以下", "PM2.5年均浓度", 38, None, "微克/立方米", "<=", "level"),
    ("物流园区大宗货物清洁运输比例达50%", "物流园区大宗货物清洁运输比例", 50, None, "%", "=", "level"),
    ("重点行业清洁运输比例达到90%以上", "重点行业清洁运输比例", 90, None, "%", ">=", "level"),
    ("更新新能源环卫车30辆以上", "新能源环卫车", 30, None, "辆", ">=", "level"),
    ("新能源中重型货车达到700部", "新能源中重型货车", 700, None, "部", "=", "level"),
    ("新建配套充电桩45台", "配套充电桩", 45, None, "台", "=", "increase"),
    ("新增综合性补能场站5座", "综合性补能场站", 5, None, "座", "=", "increase"),
    ("资源化利用率达到40%以上", "资源化利用率", 40, None, "%", ">=", "level"),
    ("建成区城市道路机械化清扫率达到93%以上", "建成区城市道路机械化清扫率", 93, None, "%", ">=", "level"),
    ("道路积尘量达标率超80%", "道路积尘量达标率", 80, None, "%", ">", "level"),
    ("水质保持在V类及以上", "水质", 5, None, "类", ">=", "level"),
    ("水位稳定在1.5米以上", "水位", 1.5, None, "米", ">=", "level"),
    ("新增绿色工厂不少于10家", "绿色工厂", 10, None, "家", ">=", "increase"),
    ("新能源发电装机量达到2000MW", "新能源发电装机量", 2000, None, "MW", "=", "level"),
    ("更新新能源公交车10辆", "新能源公交车", 10, None, "辆", "=", "level"),
    ("投放共享电动自行车400辆", "共享电动自行车", 400, None, "辆", "=", "level"),
    ("生态补水5000万立方米以上", "生态补水", 5e7, None, "立方米", ">=", "level"),
    # （四）
    ("实际利用外资3000万美元", "实际利用外资", 3e7, None, "美元", "=", "level"),
    ("进出口额增长2%以上", "进出口额", 2, None, "%", ">=", "growth"),
    ("产业项目到位资金突破100亿元", "产业项目到位资金", 1e10, None, "元", ">", "level"),
    ("市认定高质量项目不少于10个", "市认定高质量项目", 10, None, "个", ">=", "level"),
    # （五）
    ("37个专项规划编制", "专项规划", 37, None, "个", "=", "level"),
    ("更新改造44公里供热管网", "供热管网", 44, None, "公里", "=", "level"),
    ("盘活17个重点项目", "重点项目", 17, None, "个", "=", "level"),
    ("盘活存量土地600亩", "存量土地", 600, None, "亩", ">=", "level"),
    ("工业厂房20万平方米", "工业厂房", 2e5, None, "平方米", ">=", "level"),
    ("商业楼宇1.5万平方米以上", "商业楼宇", 1.5e4, None, "平方米", ">=", "level"),
    ("打造背街里巷整治示范路2条", "背街里巷整治示范路", 2, None, "条", "=", "level"),
    ("生活垃圾分类覆盖率、无害化处理率达100%", "生活垃圾分类覆盖率", 100, None, "%", "=", "level"),
    ("无害化处理率达100%", "无害化处理率", 100, None, "%", "=", "level"),
    ("新增各类绿植4万株以上", "各类绿植", 4e4, None, "株", ">=", "increase"),
    ("开展百场文化进社区、进村庄活动", "文化进社区、进村庄活动", 100, None, "场", "=", "level"),
    # （六）
    ("新建高标准农田4万亩", "高标准农田", 4e4, None, "亩", "=", "increase"),
    ("粮食播面稳定在110万亩以上", "粮食播面", 1.1e6, None, "亩", ">=", "level"),
    ("创建示范基地2个", "示范基地", 2, None, "个", "=", "level"),
    ("示范主体160户", "示范主体", 160, None, "户", "=", "level"),
    ("提升改造农村公路11公里", "农村公路", 11, None, "公里", "=", "level"),
    ("村内道路30.5万平方米", "村内道路", 3.05e5, None, "平方米", "=", "level"),
    # （七）
    ("新增就业1万人以上", "就业", 1e4, None, "人", ">=", "increase"),
    ("困难群体参保率达100%", "困难群体参保率", 100, None, "%", "=", "level"),
]

targets = []
cur = REG_START
for item in T:
    text, ind, val, vmax, unit, cmp_, kind = item[:7]
    resp = item[7] if len(item) > 7 and item[7] is not None else resp_implicit()
    ctx = item[8] if len(item) > 8 else None
    s, e = locate(text, cur, ctx)
    assert ind in text or ind == "新建项目", (ind, text)
    targets.append({
        "start": s, "end": e, "text": text, "indicator": ind,
        "value": float(val), "value_max": None if vmax is None else float(vmax),
        "unit": unit, "comparator": cmp_, "kind": kind, "status": "planned",
        "responsible": dict(resp), "deadline": dict(DL_DEFAULT),
    })
    cur = s + 1  # target spans may overlap (shared quantity)

doc = {
    "id": DOC_ID,
    "meta": {"jurisdiction": JUR, "year": YEAR,
             "regions": {"targets": [[REG_START, REG_END]], "entities": [[REG_START, REG_END]]}},
    "entities": entities,
    "targets": targets,
}
out = HERE / "out" / f"{DOC_ID}__{PART}.jsonl"
out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {out}: {len(entities)} entities, {len(targets)} targets")
