"""Independent (agreement) annotation of jinghai_2026, section 三、努力实现“十五五”良好开局
(region [8261, 11385]). All offsets are computed with str.find from a moving cursor."""
import json, pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID, PART = "jinghai_2026", "agree"
TEXT = (HERE / f"{DOC_ID}.txt").read_text(encoding="utf-8")
JUR, YEAR = "静海区", 2026
REGION = [8261, 11385]
assert TEXT[REGION[0]:].startswith("三、努力实现“十五五”良好开局")
assert TEXT[REGION[1] - 1] == "\n"

# ---------------- entities, in document order ----------------
ENTS = [
    ("“十五五”", "DATE"),            # heading 三、努力实现“十五五”良好开局
    ("今年", "DATE"),
    ("“十五五”", "DATE"),            # 开局起步之年
    ("全年", "DATE"),
    ("天津", "PLACE"),               # 视察天津
    ("天津", "PLACE"),               # 对天津工作
    ("京津冀", "PLACE"),
    ("区委", "INSTITUTION"),
    ("高质量发展“十项行动”", "PROJECT"),
    ("“十五五”", "DATE"),            # 实现“十五五”良好开局
    # (一)
    ("京津冀", "PLACE"),
    ("中国—上海合作组织绿色产业发展合作区", "PLACE"),
    ("天开团泊园", "PLACE"),
    ("子牙经开区", "PLACE"),
    ("合作示范区", "PLACE"),
    ("天开团泊园", "PLACE"),
    ("中国医学科学院", "INSTITUTION"),
    ("中关村发展集团", "INSTITUTION"),
    ("子牙经开区", "PLACE"),
    ("中国资源循环集团", "INSTITUTION"),
    ("子牙经开区", "PLACE"),
    ("雄安新区", "PLACE"),
    ("京津冀", "PLACE"),             # 京津冀“六链五群”
    ("协和天津校区", "PROJECT"),
    ("天津医学健康研究院", "INSTITUTION"),
    ("国家中医医学中心", "PROJECT"),
    ("协和天津医院二期", "PROJECT"),
    ("药研所", "INSTITUTION"),
    ("津沧高速改扩建工程", "PROJECT"),
    ("团大公路改建主体工程", "PROJECT"),
    ("静霸线地道", "PROJECT"),
    ("京津冀", "PLACE"),             # 京津冀1小时鲜活农产品冷链物流圈
    ("京津冀", "PLACE"),             # 京津冀政务服务一体化
    ("中国—上海合作组织绿色产业发展合作区", "PLACE"),
    ("子牙经开区", "PLACE"),
    ("“三个一批”行动", "PROJECT"),
    ("中国", "PLACE"),               # 中国样板
    ("打造一批绿色产业示范样板行动", "PROJECT"),
    ("落地一批标志性合作项目行动", "PROJECT"),
    ("中国资源循环集团", "INSTITUTION"),
    ("中科云图", "INSTITUTION"),
    ("联合飞机", "INSTITUTION"),
    ("建成一批高标准承接平台行动", "PROJECT"),
    ("绿色新型工业化产业示范基地二期", "PROJECT"),
    ("智慧物流园", "PROJECT"),
    ("南开", "INSTITUTION"),
    ("天大", "INSTITUTION"),
    ("循环经济产业研究院", "PROJECT"),
    ("绿色产业科技创新中心", "PROJECT"),
    ("巴基斯坦拉沙卡伊特别经济区", "PLACE"),
    ("白俄罗斯中白工业园", "PLACE"),
    ("上合组织", "INSTITUTION"),     # 上合组织成员国
    ("上合组织绿色产业跨境合作走廊", "PROJECT"),
    ("天开团泊园", "PLACE"),         # 高标准建设天开团泊园
    ("合作示范区", "PLACE"),
    ("天开团泊园", "PLACE"),
    ("大健康科创廊道", "PROJECT"),
    ("大健康产业母基金", "PROJECT"),
    ("政企合作科创资金", "PROJECT"),
    # (二)
    ("今年", "DATE"),
    ("远大健科", "INSTITUTION"),
    ("北交所", "INSTITUTION"),
    ("大邱庄工业区", "PLACE"),
    ("唐官屯镇", "PLACE"),
    ("静海镇", "PLACE"),
    ("亿能", "INSTITUTION"),
    ("胜微", "INSTITUTION"),
    ("天津中医药大学", "INSTITUTION"),
    ("龙创恒盛立体仓库", "PROJECT"),
    ("大陆制氢", "INSTITUTION"),
    ("百家企业专利破零行动", "PROJECT"),
    ("“海河英才”行动计划", "PROJECT"),
    ("静海", "PLACE"),               # 静海人才
    ("静海", "PLACE"),               # 服务静海发展
    ("服务业扩能提质行动", "PROJECT"),
    ("天大内燃机研究所新质动力系统科创园", "PROJECT"),
    ("唐昊石化产品交易中心", "PROJECT"),
    ("子牙数字服务中台", "PROJECT"),
    ("宝恒", "INSTITUTION"),
    ("规上其他服务业重点行业三年倍增计划", "PROJECT"),
    # (三)
    ("今年", "DATE"),
    ("中央生态环境保护督察", "PROJECT"),
    ("产业集群综合治理攻坚行动", "PROJECT"),
    ("重点行业综合治理攻坚行动", "PROJECT"),
]

entities = []
cur = REGION[0]
for s, label in ENTS:
    i = TEXT.find(s, cur)
    assert i >= 0 and i + len(s) <= REGION[1], (s, cur)
    entities.append({"start": i, "end": i + len(s), "label": label, "text": s})
    cur = i + len(s)


def pos(s, after):
    """offset of s, searched from the first occurrence of context `after` (within region)."""
    a = TEXT.find(after, REGION[0])
    assert a >= 0 and a < REGION[1], after
    i = TEXT.find(s, a)
    assert i >= 0, (s, after)
    return i


def resp_mention(mention, after):
    i = pos(mention, after)
    return {"text": mention, "start": i, "end": i + len(mention), "implicit": False}


IMPL_RESP = {"text": JUR, "start": None, "end": None, "implicit": True}
IMPL_DL = {"year": YEAR, "date": None, "text": None, "start": None, "end": None, "implicit": True}

R_HEZUO = resp_mention("合作示范区", "合作示范区锚定")
R_DAQIU = resp_mention("大邱庄工业区", "大邱庄工业区聚焦")

# (span text, context to search from, indicator, value, value_max, unit, comparator, kind, responsible)
T = [
    ("地区生产总值增长4%左右", "主要预期目标是", "地区生产总值", 4, None, "%", "~", "growth", IMPL_RESP),
    ("一般公共预算收入增长4%", "主要预期目标是", "一般公共预算收入", 4, None, "%", "=", "growth", IMPL_RESP),
    ("固定资产投资增长3%", "主要预期目标是", "固定资产投资", 3, None, "%", "=", "growth", IMPL_RESP),
    ("引进大健康产业科技服务企业10家以上", "高标准建设天开团泊园", "大健康产业科技服务企业", 10, None, "家", ">=", "level", R_HEZUO),
    ("储备上市潜力企业3家", "加快传统产业集群提质增效", "上市潜力企业", 3, None, "家", "=", "level", IMPL_RESP),
    ("研发和技改投入10亿元以上", "大邱庄工业区聚焦", "研发和技改投入", 1e9, None, "元", ">=", "level", R_DAQIU),
    ("引进孵化医疗器械企业不少于40家", "培育壮大战略性新兴产业", "医疗器械企业", 40, None, "家", ">=", "level", IMPL_RESP),
    ("申报市级科技项目10项以上", "培育壮大战略性新兴产业", "市级科技项目", 10, None, "项", ">=", "level", IMPL_RESP),
    ("科技成果转化不少于5项", "培育壮大战略性新兴产业", "科技成果转化", 5, None, "项", ">=", "level", IMPL_RESP),
    ("4个新建项目投产", "培育壮大战略性新兴产业", "新建项目投产", 4, None, "个", "=", "increase", IMPL_RESP),
    ("新增智能工厂5家", "培育壮大战略性新兴产业", "智能工厂", 5, None, "家", "=", "increase", IMPL_RESP),
    ("专精特新企业10家", "新增智能工厂5家", "专精特新企业", 10, None, "家", "=", "increase", IMPL_RESP),
    ("战略性新兴产业增加值增长5%以上", "新增智能工厂5家", "战略性新兴产业增加值", 5, None, "%", ">=", "growth", IMPL_RESP),
    ("万人均拥有发明专利16.5件以上", "培育壮大战略性新兴产业", "万人均拥有发明专利", 16.5, None, "件", ">=", "level", IMPL_RESP),
    ("技术合同认定登记额超47亿元", "培育壮大战略性新兴产业", "技术合同认定登记额", 4.7e9, None, "元", ">", "level", IMPL_RESP),
    ("增加值占地区生产总值比重提高2个百分点", "着力发展现代服务业", "增加值占地区生产总值比重", 2, None, "个百分点", "=", "increase", IMPL_RESP),
    ("社会消费品零售总额增长2%", "着力发展现代服务业", "社会消费品零售总额", 2, None, "%", "=", "growth", IMPL_RESP),
    ("营收增长15%以上", "三年倍增计划", "营收", 15, None, "%", ">=", "growth", IMPL_RESP),
    ("PM2.5年均浓度降至38微克/立方米以下", "全面开展重点行业综合治理攻坚行动", "PM2.5年均浓度", 38, None, "微克/立方米", "<=", "level", IMPL_RESP),
]

targets = []
for span, after, ind, val, vmax, unit, cmp_, kind, resp in T:
    i = pos(span, after)
    assert REGION[0] <= i and i + len(span) <= REGION[1], span
    targets.append({
        "start": i, "end": i + len(span), "text": span, "indicator": ind,
        "value": float(val), "value_max": vmax, "unit": unit, "comparator": cmp_,
        "kind": kind, "status": "planned",
        "responsible": dict(resp), "deadline": dict(IMPL_DL),
    })
targets.sort(key=lambda t: t["start"])

doc = {"id": DOC_ID,
       "meta": {"jurisdiction": JUR, "year": YEAR,
                "regions": {"targets": [REGION], "entities": [REGION]}},
       "entities": entities, "targets": targets}
out = HERE / "out" / f"{DOC_ID}__{PART}.jsonl"
out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
print(out, len(entities), "entities", len(targets), "targets")
