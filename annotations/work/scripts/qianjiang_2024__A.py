"""Gold annotations for qianjiang_2024 (part A): region [50, 4135) = 一、2023年工作回顾
(both layers). All targets are achieved, deadline implicit 2023 unless noted.
Offsets are computed with str.find from a moving cursor (or a unique context); never typed."""
import json
import pathlib
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID, PART = "qianjiang_2024", "A"
JUR, YEAR = "潜江市", 2024
TEXT = open(HERE / f"{DOC_ID}.txt", encoding="utf-8").read()
REGION = [50, 4135]
assert TEXT[REGION[0]:].startswith("一、2023年工作回顾")
assert TEXT[REGION[1] - 1] == "\n"

SCALE = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def num(s):
    """'904.92亿' -> 90492000000.0"""
    m = s[-1] if s and s[-1] in SCALE else ""
    base = s[:-1] if m else s
    return float(Decimal(base) * SCALE[m])


def unique(ctx, lo=0, hi=None):
    hi = len(TEXT) if hi is None else hi
    i = TEXT.find(ctx, lo, hi)
    assert i >= 0, f"context not found: {ctx!r}"
    assert TEXT.find(ctx, i + 1, hi) < 0, f"context not unique: {ctx!r}"
    return i


# ---------------- entities: (surface, label) in document order; ("@", ctx) moves the
# cursor to the start of a unique context string inside the region.
ENTS = [
    ("2023年", "DATE"),                      # heading 一、2023年工作回顾
    ("2023年", "DATE"),                      # 2023年是全面贯彻…
    # 党的二十大, 省第十二次党代会: formulae; 四化同步发展示范区: designation
    ("省委", "INSTITUTION"), ("省政府", "INSTITUTION"), ("市委", "INSTITUTION"),
    # ——示范区建设全面起势
    ("@", "省委省政府重磅出台"),
    ("省委", "INSTITUTION"), ("省政府", "INSTITUTION"),
    ("潜江", "PLACE"),                       # “潜江龙虾” (brand)
    ("中国", "PLACE"),                       # 中国地理标志农产品品牌声誉榜 (ranking)
    ("中国", "PLACE"),                       # 中国新型智慧城市百强县 (ranking)
    ("潜江", "PLACE"),                       # 潜江龙虾国家地理标志产品保护示范区 (designation)
    ("潜江经济开发区", "PLACE"), ("江汉盐化工业园", "PLACE"),
    ("熊口镇", "PLACE"), ("周矶管理区", "PLACE"), ("老新镇", "PLACE"), ("高石碑镇", "PLACE"),
    # ——发展引擎动能强劲
    ("科创中心", "PROJECT"),                 # 科创中心全面建成
    ("武汉工程大学", "INSTITUTION"), ("湖北大学", "INSTITUTION"),
    ("工信部", "INSTITUTION"), ("2023年", "DATE"), ("工业企业技术改造导向计划", "PROJECT"),
    ("潜江", "PLACE"),                       # 潜江大地
    # ——民生保障坚实有力
    ("省政府", "INSTITUTION"),   # review: 十大民生实事 is not an entity (民生实事 has no 行动/工程/计划 head; huangshanqu 50项民生实事, liangshan 25件民生实事 untagged)
    # (一)
    ("心辉米业", "INSTITUTION"),
    ("省小龙虾产业技术研究院", "INSTITUTION"),
    ("潜网集团", "INSTITUTION"),
    ("长飞五期", "PROJECT"), ("中巨芯", "INSTITUTION"), ("晶瑞", "INSTITUTION"),
    ("鼎龙", "INSTITUTION"), ("达诺尔", "INSTITUTION"), ("菲利华融鉴", "INSTITUTION"),
    ("金澳科技", "INSTITUTION"), ("中国", "PLACE"),   # 中国企业500强
    ("长飞光纤", "INSTITUTION"),
    ("华润", "INSTITUTION"), ("大唐", "INSTITUTION"), ("中电建储能电站", "PROJECT"),
    ("中能建", "INSTITUTION"),
    ("华纺链", "INSTITUTION"),
    ("希尔顿酒店", "PROJECT"), ("万达广场", "PROJECT"),
    ("“一节一会”", "PROJECT"), ("返湾湖湿地马拉松", "PROJECT"),
    ("畅游湖北（潜江站）", "PROJECT"), ("骑遍湖北（潜江站）", "PROJECT"),
    ("“百万游客游潜江”系列活动", "PROJECT"),
    ("龙湾国家考古遗址公园", "PLACE"),
    # (二)
    ("@", "紧盯中央政策导向"),
    ("中央", "INSTITUTION"),
    # (三)
    ("一五支渠", "PLACE"), ("城南河", "PLACE"),
    ("紫光南路", "PROJECT"), ("紫月路西延", "PROJECT"), ("东荆大道南延", "PROJECT"),
    ("兴盛路", "PROJECT"), ("东城大道", "PROJECT"),
    ("曹禺公园", "PLACE"), ("市民体育中心", "PROJECT"),
    ("汉江泽口港区综合码头", "PROJECT"),
    ("234国道后湖至熊农段改建", "PROJECT"),
    ("原318国道东荆河大桥危桥改造", "PROJECT"),
    ("广泽大道东延", "PROJECT"),
    ("江汉平原", "PLACE"),                   # 江汉平原水乡园林精致之城 (slogan)
    # (四)
    ("国企高质量发展五年行动计划", "PROJECT"),
    ("市城发集团", "INSTITUTION"), ("市高新投", "INSTITUTION"), ("高新区", "PLACE"),
    ("市农发集团", "INSTITUTION"), ("市江汉投", "INSTITUTION"),
    ("武汉都市圈", "PLACE"),
    ("市民之家", "PROJECT"),
    ("高新区", "PLACE"),
    ("湖北省", "PLACE"),                     # “湖北省全域公交县” (designation)
    ("潜网集团", "INSTITUTION"), ("湖北", "PLACE"),   # 第四届湖北改革奖 (award)
    # (五)
    ("@", "编制荆楚安澜潜江现代水网规划纲要"),
    ("潜江", "PLACE"),                       # inside the plan title, not at its start
    ("汉江", "PLACE"), ("通顺河", "PLACE"), ("四湖总干渠", "PLACE"),
    ("汉江", "PLACE"), ("东荆河", "PLACE"),
    ("中央", "INSTITUTION"),                 # 中央、省环保督察 (cf. 中央和市委巡视)
    ("园林一中", "INSTITUTION"), ("园林三中", "INSTITUTION"), ("实验小学", "INSTITUTION"),
    ("春溪集", "PLACE"), ("御珑国际", "PLACE"),
    ("园林六小", "PROJECT"), ("育才路小学", "PROJECT"), ("新潜江中学", "PROJECT"),
    ("市少儿体校", "INSTITUTION"),
    ("市人民医院", "PROJECT"), ("市中医院周潭院区一期", "PROJECT"), ("市精神病专科医院", "PROJECT"),
    ("革命英雄纪念馆", "PROJECT"),
    # (六)
    ("“八五”普法", "PROJECT"),
    ("人大", "INSTITUTION"), ("政协", "INSTITUTION"),   # 人大代表建议、政协委员提案
    ("不担当不作为突出问题专项整治", "PROJECT"),
    # 中央八项规定实施细则: formula (no entity)
]


# ---------------- targets
def T(span, ind, val, unit, cmp="=", kind="level", at=None, vmax=None, resp=None, dl=None):
    return dict(span=span, ind=ind, val=val, unit=unit, cmp=cmp, kind=kind, at=at,
                vmax=vmax, resp=resp, dl=dl)


TGTS = [
    # ——经济运行稳健竞进
    T("完成地区生产总值904.92亿元", "地区生产总值", "904.92亿", "元"),
    T("增长6.3%", "地区生产总值", "6.3", "%", kind="growth"),
    T("规上工业增加值、固定资产投资、社会消费品零售总额、一般公共预算收入分别增长8.2%",
      "规上工业增加值", "8.2", "%", kind="growth"),
    T("固定资产投资、社会消费品零售总额、一般公共预算收入分别增长8.2%、8.1%",
      "固定资产投资", "8.1", "%", kind="growth"),
    T("社会消费品零售总额、一般公共预算收入分别增长8.2%、8.1%、8.7%",
      "社会消费品零售总额", "8.7", "%", kind="growth"),
    T("一般公共预算收入分别增长8.2%、8.1%、8.7%、21.2%",
      "一般公共预算收入", "21.2", "%", kind="growth"),
    # 全国县域经济百强榜进位至第77位: rank, not a target
    # ——示范区建设全面起势 (46大类194项重点任务清单: frame of a task list, not a target)
    T("综合产值750亿元", "“潜江龙虾”综合产值", "750亿", "元"),
    T("品牌价值350.8亿元", "“潜江龙虾”品牌价值", "350.8亿", "元"),
    # ——发展引擎动能强劲
    T("市场主体新登记3.1万户", "市场主体", "3.1万", "户", kind="increase"),
    T("突破12万户", "市场主体", "12万", "户", cmp=">"),
    T("“四上”企业\u2002946家", "“四上”企业", "946", "家"),
    T("高新技术企业149家", "高新技术企业", "149", "家"),
    T("省瞪羚企业⑤\u200223家", "省瞪羚企业", "23", "家"),
    T("入库科技型中小企业255家", "科技型中小企业", "255", "家"),
    T("高新技术产业增加值达157.05亿元", "高新技术产业增加值", "157.05亿", "元"),
    T("认定国家知识产权优势企业3家", "国家知识产权优势企业", "3", "家"),
    T("81个项目纳入工信部2023年工业企业技术改造导向计划",
      "项目纳入工信部2023年工业企业技术改造导向计划", "81", "个"),
    # ——民生保障坚实有力
    T("44项具体任务全部完成", "十大民生实事具体任务完成", "44", "项"),
    T("民生财政支出75.1亿元", "民生财政支出", "75.1亿", "元"),
    T("统筹2.26亿元", "惠及特殊困难群体资金", "2.26亿", "元"),
    T("惠及特殊困难群体7.6万人", "特殊困难群体", "7.6万", "人"),
    T("464户1408人消除致贫返贫风险", "消除致贫返贫风险", "464", "户"),
    T("1408人消除致贫返贫风险", "消除致贫返贫风险", "1408", "人"),
    T("新增城镇就业11333人", "城镇就业", "11333", "人", kind="increase"),
    T("高校毕业生就业创业6083人", "高校毕业生就业创业", "6083", "人", kind="increase"),
    T("保交楼项目近7000套房顺利交付", "保交楼项目套房交付", "7000", "套", cmp="~"),
    T("空气环境质量优良率86.6%", "空气环境质量优良率", "86.6", "%"),
    T("国、省控断面水质100%达标", "国控断面水质达标", "100", "%"),   # shared quantity: one target per indicator
    T("省控断面水质100%达标", "省控断面水质达标", "100", "%"),
    # (一) 农业
    T("农林牧渔业总产值170.48亿元", "农林牧渔业总产值", "170.48亿", "元"),
    T("35个全国农业现代化示范区创建重点项目全面完成",
      "全国农业现代化示范区创建重点项目完成", "35", "个"),
    T("现代农业科技示范园入驻企业总产值35亿元", "现代农业科技示范园入驻企业总产值", "35亿", "元"),
    T("13个万亩、70个千亩虾-稻基地加快升级", "万亩虾-稻基地升级", "13", "个"),
    T("70个千亩虾-稻基地加快升级", "千亩虾-稻基地升级", "70", "个"),
    T("小龙虾年加工能力达70万吨", "小龙虾年加工能力", "70万", "吨"),
    T("58家链上主体转企进限", "链上主体转企进限", "58", "家"),
    T("小龙虾年交易量达23.7万吨", "小龙虾年交易量", "23.7万", "吨"),
    # 工业
    T("绿色化工及光电子信息综合产值达450.6亿元", "绿色化工及光电子信息综合产值", "450.6亿", "元"),
    # 中能建投资108亿元压缩空气储能: size of a project, not a target
    T("市场主体超2195家", "纺织服装市场主体", "2195", "家", cmp=">"),
    T("产业规模超300亿元", "纺织服装产业规模", "300亿", "元", cmp=">"),
    T("吸引“回流”就业超2000人", "“回流”就业", "2000", "人", cmp=">"),
    T("华纺链上链注册企业552家", "华纺链上链注册企业", "552", "家"),
    # 服务业
    T("130万人次涌动虾乡", "游客涌动虾乡", "130万", "人次"),
    T("3A级以上景区达到4个", "3A级以上景区", "4", "个"),
    # (二)
    T("储备流域综合治理和统筹发展项目646个", "流域综合治理和统筹发展项目", "646", "个"),
    T("总投资2770亿元", "流域综合治理和统筹发展项目总投资", "2770亿", "元"),
    T("谋划固投项目508个", "固投项目", "508", "个"),
    T("总投资1432亿元", "固投项目总投资", "1432亿", "元"),
    T("民间投资增长38.7%", "民间投资", "38.7", "%", kind="growth"),
    T("制造业投资增长44.1%", "制造业投资", "44.1", "%", kind="growth"),
    T("开工亿元以上项目94个", "亿元以上项目", "94", "个"),
    T("总投资421亿元", "亿元以上项目总投资", "421亿", "元"),
    T("调度工业和技改项目224个", "工业和技改项目", "224", "个"),
    T("总投资620亿元", "工业和技改项目总投资", "620亿", "元"),
    T("签约项目224个", "签约项目", "224", "个"),
    T("引资722亿元", "引资", "722亿", "元"),
    T("到资335亿元", "到资", "335亿", "元"),
    T("增长8.7%", "到资", "8.7", "%", kind="growth"),
    T("上级资金53.76亿元", "上级资金", "53.76亿", "元"),
    T("发行地方政府债券32.3亿元", "地方政府债券", "32.3亿", "元"),
    T("专项债项目25个", "专项债项目", "25", "个"),
    T("资金24.8亿元", "专项债资金", "24.8亿", "元"),
    T("申报增发国债项目54个", "增发国债项目", "54", "个"),
    T("资金需求53.6亿元", "增发国债项目资金需求", "53.6亿", "元"),
    T("消化处置批而未供和闲置土地8156亩", "批而未供和闲置土地", "8156", "亩"),
    T("新增建设用地7085.23亩", "建设用地", "7085.23", "亩", kind="increase"),
    T("收储、供应土地6317.6亩", "收储土地", "6317.6", "亩"),
    T("供应土地6317.6亩、9079.58亩", "供应土地", "9079.58", "亩"),
    T("金融机构贷款余额新增97.23亿元", "金融机构贷款余额", "97.23亿", "元", kind="increase"),
    T("累计突破600亿元", "金融机构贷款余额", "600亿", "元", cmp=">"),
    T("企业授信153.85亿元", "企业授信", "153.85亿", "元"),
    T("工业用电量41.06亿千瓦时", "工业用电量", "41.06亿", "千瓦时"),
    # (三)
    T("老旧小区改造惠及1万户群众", "老旧小区改造惠及群众", "1万", "户"),
    T("6条河渠治理", "河渠治理", "6", "条"),
    T("新建改造雨污管网40公里", "雨污管网", "40", "公里", kind="increase"),
    T("新增停车位4255个", "停车位", "4255", "个", kind="increase"),
    T("新能源充电桩559个", "新能源充电桩", "559", "个", kind="increase"),
    T("绿地3.8万平方米", "绿地", "3.8万", "平方米", kind="increase"),
    T("街头小景点3处", "街头小景点", "3", "处", kind="increase"),
    T("改造临街立面11万平方米", "临街立面", "11万", "平方米"),
    T("拆除违建124处", "违建", "124", "处"),
    T("治理占道经营、乱堆乱放等3600余处", "占道经营、乱堆乱放等", "3600", "处", cmp=">"),
    T("78个乡村振兴衔接项目全部完工", "乡村振兴衔接项目完工", "78", "个"),
    T("建改农村户厕5752户", "农村户厕", "5752", "户"),
    T("生活垃圾无害化处理率达95%以上", "生活垃圾无害化处理率", "95", "%", cmp=">="),
    T("完成29个村生活污水及8条国家清单农村黑臭水体治理", "村生活污水治理", "29", "个"),
    T("8条国家清单农村黑臭水体治理", "国家清单农村黑臭水体治理", "8", "条"),
    T("新建供气管网103公里", "供气管网", "103", "公里", kind="increase"),
    T("修复供水管网40公里", "供水管网", "40", "公里"),
    T("25.5万农村群众用水质量显著提升", "农村群众用水质量提升", "25.5万", "人"),
    T("新改建农村公路309公里", "农村公路", "309", "公里", kind="increase"),
    # (四)
    T("市属国企总资产突破700亿元", "市属国企总资产", "700亿", "元", cmp=">"),
    T("增长16.8%", "市属国企总资产", "16.8", "%", kind="growth"),
    T("推行“小切口”创新改革33项", "“小切口”创新改革", "33", "项"),
    T("52个表单式+93个导引式事项“一事联办”", "表单式事项“一事联办”", "52", "个"),
    T("93个导引式事项“一事联办”", "导引式事项“一事联办”", "93", "个"),
    T("武汉都市圈政务服务989个事项“圈内通办”", "武汉都市圈政务服务事项“圈内通办”", "989", "个"),
    T("73项民生事项下沉基层", "民生事项下沉基层", "73", "项"),
    T("招投标“两金免收”⑧近9亿元", "招投标“两金免收”", "9亿", "元", cmp="~"),
    T("兑现招商奖励资金2.8亿元", "招商奖励资金", "2.8亿", "元"),
    T("减税降费6.9亿元", "减税降费", "6.9亿", "元"),
    T("教联体覆盖率达70％以上", "教联体覆盖率", "70", "%", cmp=">="),
    T("职工医保门诊共济改革惠及39.91万人次", "职工医保门诊共济改革惠及", "39.91万", "人次"),
    # (五)
    T("16个湖泊入河（湖）排污口整治", "湖泊入河（湖）排污口整治", "16", "个"),
    T("完成150个大气治理项目", "大气治理项目", "150", "个"),
    T("实施特殊困难老年人居家适老化改造180户", "特殊困难老年人居家适老化改造", "180", "户"),
    T("农村危房改造134户", "农村危房改造", "134", "户"),
    T("筹集保租房1570套", "保租房", "1570", "套"),
    T("新增学位3010个", "学位", "3010", "个", kind="increase"),
    T("查改重大事故隐患257条", "重大事故隐患", "257", "条"),
    T("调解矛盾纠纷5300余件", "矛盾纠纷", "5300", "件", cmp=">"),
    # (六)
    T("清理市级行政规范性文件50件", "市级行政规范性文件", "50", "件"),
    T("办理行政复议案件100余件", "行政复议案件", "100", "件", cmp=">"),
    T("人大代表建议、135件政协委员提案100%回复", "人大代表建议回复", "100", "%"),
    T("政协委员提案100%回复", "政协委员提案回复", "100", "%"),
]


def build():
    a, b = REGION
    ents, cur = [], a
    for surf, lab in ENTS:
        if surf == "@":
            cur = unique(lab, a, b)
            continue
        i = TEXT.find(surf, cur, b)
        assert i >= 0, f"entity not found after {cur}: {surf!r}"
        ents.append({"start": i, "end": i + len(surf), "label": lab, "text": surf})
        cur = i + len(surf)
    tgts, cur = [], a
    for t in TGTS:
        if t["at"]:
            base = unique(t["at"], a, b)
            i = TEXT.find(t["span"], base, base + len(t["at"]))
        else:
            i = TEXT.find(t["span"], cur, b)
        assert i >= 0, f"target not found after {cur}: {t['span']!r}"
        cur = i
        j = i + len(t["span"])
        assert j <= b
        if t["resp"]:
            surf, ctx = t["resp"]
            k = unique(ctx) + ctx.index(surf)
            resp = {"text": surf, "start": k, "end": k + len(surf), "implicit": False}
        else:
            resp = {"text": JUR, "start": None, "end": None, "implicit": True}
        if t["dl"]:
            surf, year, ctx = t["dl"]
            k = unique(ctx) + ctx.index(surf)
            dl = {"year": year, "date": None, "text": surf, "start": k, "end": k + len(surf),
                  "implicit": False}
        else:
            dl = {"year": 2023, "date": None, "text": None, "start": None, "end": None,
                  "implicit": True}
        tgts.append({"start": i, "end": j, "text": t["span"], "indicator": t["ind"],
                     "value": num(t["val"]),
                     "value_max": num(t["vmax"]) if t["vmax"] else None,
                     "unit": t["unit"], "comparator": t["cmp"], "kind": t["kind"],
                     "status": "achieved", "responsible": resp, "deadline": dl})
    ents.sort(key=lambda e: (e["start"], e["end"]))
    tgts.sort(key=lambda t: (t["start"], t["end"]))
    keys = [(t["start"], t["end"]) for t in tgts]
    assert len(keys) == len(set(keys)), "two targets with the same span"
    return {"id": DOC_ID,
            "meta": {"jurisdiction": JUR, "year": YEAR,
                     "regions": {"targets": [REGION], "entities": [REGION]}},
            "entities": ents, "targets": tgts}


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
            print("T", t["start"], t["text"], "|", t["indicator"], t["value"], t["value_max"],
                  t["unit"], t["comparator"], t["kind"], t["responsible"]["text"],
                  t["deadline"]["year"], t["deadline"]["text"])
    print(out, len(doc["entities"]), "entities", len(doc["targets"]), "targets")
