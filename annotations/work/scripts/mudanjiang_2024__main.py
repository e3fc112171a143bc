"""Gold annotations for mudanjiang_2024 (part "main").

Entities and targets are listed in document order as text (plus an optional
preceding context string `pre`); every offset is computed with str.find from a
moving cursor.  Run: python3 scripts/mudanjiang_2024__main.py
"""
import json
import pathlib
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID = "mudanjiang_2024"
PART = "main"
JURIS = "牡丹江市"
YEAR = 2024
TEXT = (HERE / f"{DOC_ID}.txt").read_text(encoding="utf-8")

R_TARGETS = [[44, 1584], [6231, 12974]]
R_ENTITIES = [[44, 1584], [6231, 9196]]
# target region -> (status, default deadline year)
SECTIONS = [((44, 1584), "achieved", 2023), ((6231, 12974), "planned", 2024)]

SCALE = {"万": Decimal(10**4), "亿": Decimal(10**8), "千": Decimal(1000), "百": Decimal(100)}


def num(s):
    """'2261.1亿' -> 226110000000.0 (scale words expanded)."""
    mult = Decimal(1)
    while s and s[-1] in SCALE:
        mult *= SCALE[s[-1]]
        s = s[:-1]
    return float((Decimal(s) if s else Decimal(1)) * mult)


# ---------------------------------------------------------------- entities
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"
# (text, label) or (text, label, pre): pre = context string right before the entity
ENTITIES = [
    # region 1: 2023 review (start)
    ("2023年", D),                      # 一、2023年工作回顾
    ("过去一年", D),
    ("省委", I, "在"), ("省政府", I), ("市委", I),
    ("黑土地保护工程", J),
    ("全国食用菌（黑木耳）产业高质量发展大会", J),
    ("温春", P), ("五林", P), ("沙兰万头牧场", J),
    ("绥阳黑木耳小镇", P), ("响水国际稻米公园", P),  # named parks/zones: PLACE also while being built (DECISIONS)
    ("西安区", P),
    ("天合石油", I),
    ("百威", I), ("富通空调", I), ("北方高压电瓷智能生产线", J),
    ("恒丰纸业", I),
    ("全年", D, "着力培育新增长点，"),
    ("劲道冰雪装备产业园", J),
    ("奥丰石墨精深加工", I), ("普凡硼业", I),
    ("北一半导体", I),
    ("北方5G物联网智能应用云平台", J),
    ("灵泰药业富硒产业园", P), ("海林中药产业园", P),  # named parks/zones: PLACE also while being built (DECISIONS)
    ("霖润药辅", I), ("中穆", I),
    ("强工科技", I),
    ("穆棱市", P), ("东宁市", P),
    # region 2: 二、2024年重点工作任务 (entities up to 9196)
    ("2024年", D, "二、"),
    ("2024年", D, "\n"),
    ("中华人民共和国", P),
    ("“十四五”", D),
    ("牡丹江", P, "现代化"),
    # 省委十三届五次全会 / 市委十三届五次全会: meeting names, nothing inside (DECISIONS)
    ("全面振兴攻坚突破三年行动", J),
    ("百威啤酒", I), ("桦林佳通", I),
    ("近两年", D),
    ("恒丰纸业", I), ("富通空调", I),
    ("全年", D, "投产，"),
    ("北一半导体", I),
    ("北方5G物联网智能应用云平台", J),
    ("霖润药辅", I),
    ("友搏药业", I),
    ("灵泰药业富硒产业园", P), ("海林中药产业园一期", J),  # 一期: a phase being built stays PROJECT (guide: …基地二期)
    ("蒙牛中俄跨境农牧业百亿级产业集群", J),
    ("奥丰石墨百亿级全产业链高性能碳基材料产业基地项目", J),
    ("锦富集团氧化石墨烯产业基地", J), ("镈浩膨胀石墨深加工项目", J),
    ("中国能建", I), ("省交投", I),
    ("老黑顶", J),
    ("林口建堂", J), ("海林海浪河抽水蓄能电站", J),
    ("科技成果产业化行动", J),
    ("人才引育雁阵计划", J),
    ("中纺绿纤溶解浆原料基地", J), ("绿色无氟天然石墨提纯加工基地", J),
    ("聚生湶油页岩综合利用项目", J),
    ("牡丹江高新区", P),
    ("现代农业振兴计划", J),
    ("“十大赋能行动”", J),
    ("温春", P), ("五林", P), ("沙兰", P),
    ("镜泊湖", P, "发展"), ("莲花湖", P),
    ("农产品加工业高质量发展三年行动", J),
    ("万顺", I), ("新民", I),
    ("绥阳黑木耳小镇", P), ("响水国际稻米公园", P),  # named parks/zones: PLACE also while being built (DECISIONS)
    ("区域振兴计划", J),
    ("“千百十示范工程”", J),
    ("固边兴边富民行动", J),
    ("“文旅嘉年华”", J),
    ("镜泊湖", P, "打造"),
    ("林海雪原风景区", J), ("雪乡森林公园研学营地", J),
    ("镜泊湖", P, "加快"), ("雪乡", P, "、"),
    ("横道河子景区", P),
    ("劲道冰雪装备产业园", P),
    ("“万名动漫数字工程师”计划", J),
    ("央视动漫制作基地", J), ("电子冰雪运动中心", J),
    ("东北地区", P),
    ("镜泊湖历史文化陈列馆", J), ("唐长城国家文化公园", J),
    ("全年", D, "拓展，"),
    ("直播电商助企行动", J),            # named 行动 (guide §3)
]

# ---------------------------------------------------------------- targets
# T(span, indicator, value, unit, cmp, kind, vmax=None, pre=None, resp=None, dl=None)
#   value: string for num(); pre: context right before the span (disambiguation)
#   resp: None -> jurisdiction implicit; else mention text, searched backwards
#   dl: None -> section default (implicit); else (mention text, year), searched backwards


def T(span, ind, value, unit, cmp="=", kind="level", vmax=None, pre=None, resp=None, dl=None):
    return dict(span=span, ind=ind, value=value, unit=unit, cmp=cmp, kind=kind,
                vmax=vmax, pre=pre, resp=resp, dl=dl)


G, INC, DEC, L = "growth", "increase", "decrease", "level"
TARGETS = [
    # ---- region 1: 2023 review (achieved, 2023)
    T("地区生产总值增长6%", "地区生产总值", "6", "%", kind=G),
    T("规上工业增加值增长7%以上", "规上工业增加值", "7", "%", cmp=">=", kind=G),
    T("固定资产投资下降3.5%", "固定资产投资", "3.5", "%", kind=DEC),
    T("社会消费品零售总额增长7.5%", "社会消费品零售总额", "7.5", "%", kind=G),
    T("进出口总额增长21.2%", "进出口总额", "21.2", "%", kind=G),
    T("一般公共预算收入增长20.8%", "一般公共预算收入", "20.8", "%", kind=G),
    T("新建高标准农田38.2万亩", "高标准农田", "38.2万", "亩", kind=INC),
    T("新增省级现代农业科技示范基地9个", "省级现代农业科技示范基地", "9", "个", kind=INC),
    T("棚室菌占比达到25%", "棚室菌占比", "25", "%"),
    T("新增蔬菜面积2万亩", "蔬菜面积", "2万", "亩", kind=INC),
    T("林下经济6万亩", "林下经济", "6万", "亩", kind=INC),
    T("万亩以上中药材种植品种达到7个", "万亩以上中药材种植品种", "7", "个"),
    T("大鹅养殖量突破200万只", "大鹅养殖量", "200万", "只", cmp=">"),
    T("新增冷水鱼养殖面积3万亩", "冷水鱼养殖面积", "3万", "亩", kind=INC),
    T("60万尾虹鳟鱼成功“盐化”", "虹鳟鱼成功“盐化”", "60万", "尾"),
    T("国家级绿色食品原料生产基地发展到16个", "国家级绿色食品原料生产基地", "16", "个"),
    T("新增农业产业化龙头企业10家", "农业产业化龙头企业", "10", "家", kind=INC),
    T("主要农产品加工转化率达到67%", "主要农产品加工转化率", "67", "%"),
    T("22家企业获批“黑土优品”使用权", "企业获批“黑土优品”使用权", "22", "家"),
    T("农产品网络零售额增长26.9%", "农产品网络零售额", "26.9", "%", kind=G),
    T("国家级农民合作社示范社达到4家", "国家级农民合作社示范社", "4", "家"),
    T("农业生产托管面积达到217.9万亩", "农业生产托管面积", "217.9万", "亩"),
    T("实施扶贫产业项目82个", "扶贫产业项目", "82", "个"),
    T("脱贫户人均纯收入增长12.4%", "脱贫户人均纯收入", "12.4", "%", kind=G),
    T("解决问题1088个", "问题", "1088", "个"),
    T("解决贷款13亿元", "贷款", "13亿", "元"),
    T("23家企业获得央企国企订单", "企业获得央企国企订单", "23", "家"),
    T("新增省级制造业单项冠军企业3家", "省级制造业单项冠军企业", "3", "家", kind=INC),
    T("产值过亿元企业达到61家", "产值过亿元企业", "61", "家"),
    T("千万元以上工业项目112个", "千万元以上工业项目", "112", "个", dl=("全年", 2023)),
    T("40个项目竣工投产", "项目竣工投产", "40", "个", dl=("全年", 2023)),
    T("新增奥丰石墨精深加工、普凡硼业等规上工业企业55家", "规上工业企业", "55", "家", kind=INC,
      dl=("全年", 2023)),
    T("北一半导体市值达到27亿元", "北一半导体市值", "27亿", "元"),
    T("全社会研发投入增长38.3%", "全社会研发投入", "38.3", "%", kind=G),
    T("新增省级科技创新平台9个", "省级科技创新平台", "9", "个", kind=INC),
    T("省级“专精特新”中小企业9家", "省级“专精特新”中小企业", "9", "家", kind=INC),
    T("国家知识产权优势企业9家", "国家知识产权优势企业", "9", "家", kind=INC),
    T("国家高新技术企业发展到207家", "国家高新技术企业", "207", "家"),
    # ---- region 2: 二、2024年重点工作任务 (planned, 2024)
    T("地区生产总值增长6%", "地区生产总值", "6", "%", kind=G),
    T("规上工业增加值增长6%", "规上工业增加值", "6", "%", kind=G),
    T("固定资产投资增长8%", "固定资产投资", "8", "%", kind=G),
    T("社会消费品零售总额增长7%", "社会消费品零售总额", "7", "%", kind=G),
    T("进出口总额增长10%", "进出口总额", "10", "%", kind=G),
    T("一般公共预算收入增长6%以上", "一般公共预算收入", "6", "%", cmp=">=", kind=G),
    T("万元GDP综合能耗下降3.2%", "万元GDP综合能耗", "3.2", "%", kind=DEC),
    T("投资千万元以上工业项目100个", "投资千万元以上工业项目", "100", "个"),
    T("35个项目投产", "项目投产", "35", "个"),
    T("新增规上工业企业60家以上", "规上工业企业", "60", "家", cmp=">=", kind=INC, dl=("全年", 2024)),
    T("集成电路、信息服务产业营业收入达到17亿元", "集成电路、信息服务产业营业收入", "17亿", "元"),
    T("生物医药产业产值达到8亿元", "生物医药产业产值", "8亿", "元"),
    T("10处风电项目", "风电项目", "10", "处"),
    T("7个抽水蓄能电站前期工作", "抽水蓄能电站前期工作", "7", "个"),
    T("新增省级以上科技创新平台5家", "省级以上科技创新平台", "5", "家", kind=INC),
    T("有效发明专利授权量增长15%以上", "有效发明专利授权量", "15", "%", cmp=">=", kind=G),
    T("新建高标准农田50万亩以上", "高标准农田", "50万", "亩", cmp=">=", kind=INC),
    T("新增省级现代农业科技示范基地3个", "省级现代农业科技示范基地", "3", "个", kind=INC),
    T("粮食产量达到60亿斤以上", "粮食产量", "60亿", "斤", cmp=">="),
    T("食用菌鲜品产量突破120万吨", "食用菌鲜品产量", "120万", "吨", cmp=">"),
    T("蔬菜产量保持在110万吨以上", "蔬菜产量", "110万", "吨", cmp=">="),
    T("新增林下经济1万亩", "林下经济", "1万", "亩", kind=INC),
    T("中药材面积稳定在30万亩", "中药材面积", "30万", "亩"),
    T("养殖量突破350万只", "养殖量", "350万", "只", cmp=">"),
    T("冷水鱼产值增长10%", "冷水鱼产值", "10", "%", kind=G),
    T("主要农产品加工转化率达到75%", "主要农产品加工转化率", "75", "%"),
    T("“黑土优品”区域品牌获批企业达到30家", "“黑土优品”区域品牌获批企业", "30", "家"),
    T("农业生产托管面积达到230万亩", "农业生产托管面积", "230万", "亩"),
    T("建设农村公路200公里", "农村公路", "200", "公里"),
    T("打造100个美丽宜居示范村", "美丽宜居示范村", "100", "个"),
    T("10个乡村振兴精品村", "乡村振兴精品村", "10", "个"),
    T("接待游客、旅游收入均增长20%以上", "游客", "20", "%", cmp=">=", kind=G),
    T("旅游收入均增长20%以上", "旅游收入", "20", "%", cmp=">=", kind=G),
    T("新增限上商贸企业30家以上", "限上商贸企业", "30", "家", cmp=">=", kind=INC, dl=("全年", 2024)),
    # 电子商务交易额实现两位数增长: no written value (like 翻一番) -> not a target
    T("市场采购、互市贸易、跨境电商贸易额达到15亿元", "市场采购贸易额", "15亿", "元"),
    T("互市贸易、跨境电商贸易额达到15亿元、20亿元", "互市贸易额", "20亿", "元"),
    T("跨境电商贸易额达到15亿元、20亿元和30亿元", "跨境电商贸易额", "30亿", "元"),
    T("新签约亿元以上项目140个", "亿元以上项目", "140", "个", kind=INC, dl=("全年", 2024)),
    T("500万元以上项目800个", "500万元以上项目", "800", "个", dl=("全年", 2024)),
    T("完成投资200亿元", "投资", "200亿", "元", dl=("全年", 2024)),
    T("240个项目竣工投产", "项目竣工投产", "240", "个", dl=("全年", 2024)),
    T("完成投资8.5亿元", "林海水库主体工程投资", "8.5亿", "元", dl=("全年", 2024)),
    T("完成投资20亿元", "投资", "20亿", "元", resp="市经开区", dl=("全年", 2024)),
    T("对上争取资金200亿元以上", "对上争取资金", "200亿", "元", cmp=">=", dl=("全年", 2024)),
    T("新建100个特色专区和高频应用", "特色专区和高频应用", "100", "个", kind=INC),
    T("40个政务服务事项向乡镇街道延伸", "政务服务事项向乡镇街道延伸", "40", "个"),
    T("80%的营商环境考核一级、二级指标达到全国一流水平",
      "营商环境考核一级、二级指标达到全国一流水平", "80", "%"),
    T("“专精特新”中小企业达到50家以上", "“专精特新”中小企业", "50", "家", cmp=">="),
    T("空气质量优良天数保持在342天以上", "空气质量优良天数", "342", "天", cmp=">="),
    T("创建10条幸福河湖", "幸福河湖", "10", "条"),
    T("国控考核断面水质优良比例达到83.3%", "国控考核断面水质优良比例", "83.3", "%"),
    T("绿化国土1.8万亩", "绿化国土", "1.8万", "亩"),
    T("治理侵蚀沟2000条", "侵蚀沟", "2000", "条"),
    T("控制水土流失28万亩", "水土流失", "28万", "亩"),
    T("新增城镇就业2.4万人", "城镇就业", "2.4万", "人", kind=INC, dl=("全年", 2024)),
    T("“三项保险”新增参保1万人", "“三项保险”参保", "1万", "人", kind=INC),
    T("改造老旧给排水管网203公里", "老旧给排水管网", "203", "公里"),
    T("新增绿地11万平方米", "绿地", "11万", "平方米", kind=INC),
    T("家庭医生重点人群签约服务覆盖率达到85%以上", "家庭医生重点人群签约服务覆盖率", "85", "%", cmp=">="),
]

SEG_END = "。；;！？\n"


def in_regions(s, e, regions):
    return any(a <= s and e <= b for a, b in regions)


def build_entities():
    out, cur = [], R_ENTITIES[0][0]
    for item in ENTITIES:
        text, label = item[0], item[1]
        pre = item[2] if len(item) > 2 else ""
        pos = TEXT.find(pre + text, cur)
        assert pos >= 0, f"entity not found after {cur}: {pre}{text}"
        s = pos + len(pre)
        e = s + len(text)
        assert in_regions(s, e, R_ENTITIES), f"entity outside regions: {text}@{s}"
        out.append({"start": s, "end": e, "label": label, "text": text})
        cur = e
    return out


def section_of(s):
    for (a, b), status, year in SECTIONS:
        if a <= s < b:
            return status, year
    raise AssertionError(f"target at {s} outside sections")


def build_targets():
    out, cur = [], R_TARGETS[0][0]
    for t in TARGETS:
        pre = t["pre"] or ""
        pos = TEXT.find(pre + t["span"], cur)
        assert pos >= 0, f"target not found after {cur}: {t['span']}"
        s = pos + len(pre)
        e = s + len(t["span"])
        status, dyear = section_of(s)
        # responsible
        if t["resp"] is None:
            resp = {"text": JURIS, "start": None, "end": None, "implicit": True}
        else:
            rs = TEXT.rfind(t["resp"], 0, s)
            assert rs >= 0 and s - rs < 300, f"responsible not found near {t['span']}"
            resp = {"text": t["resp"], "start": rs, "end": rs + len(t["resp"]), "implicit": False}
        # deadline
        if t["dl"] is None:
            dl = {"year": dyear, "date": None, "text": None, "start": None, "end": None, "implicit": True}
        else:
            dtext, dy = t["dl"]
            ds = TEXT.rfind(dtext, 0, s + 1) if TEXT.find(dtext, s, e) < 0 else TEXT.find(dtext, s, e)
            assert ds >= 0, f"deadline not found for {t['span']}"
            between = TEXT[min(ds + len(dtext), s):s]
            assert not any(c in SEG_END for c in between), f"deadline {dtext} not in same sentence as {t['span']}"
            dl = {"year": dy, "date": None, "text": dtext, "start": ds, "end": ds + len(dtext), "implicit": False}
        out.append({
            "start": s, "end": e, "text": t["span"], "indicator": t["ind"],
            "value": num(t["value"]), "value_max": num(t["vmax"]) if t["vmax"] else None,
            "unit": t["unit"], "comparator": t["cmp"], "kind": t["kind"], "status": status,
            "responsible": resp, "deadline": dl,
        })
        cur = s + 1
    return out


def main():
    doc = {
        "id": DOC_ID,
        "meta": {"jurisdiction": JURIS, "year": YEAR,
                 "regions": {"targets": R_TARGETS, "entities": R_ENTITIES}},
        "entities": build_entities(),
        "targets": build_targets(),
    }
    out = HERE / "out" / f"{DOC_ID}__{PART}.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(doc['entities'])} entities, {len(doc['targets'])} targets")


if __name__ == "__main__":
    main()
