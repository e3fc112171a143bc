"""Gold annotations for hailaer_2019, part "C" (entities only).

Region [7033, 13411): 二、2019年工作安排 (三)-(六) and 三、加强政府自身建设,
to the end of the text. No target region.
Every entity is given by its text (plus, where needed, a context string that
contains it); offsets are computed with str.find from a moving cursor, never
typed by hand.
Run: python3 scripts/hailaer_2019__C.py  -> out/hailaer_2019__C.jsonl
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC = "hailaer_2019"
PART = "C"
TEXT = (HERE / f"{DOC}.txt").read_text(encoding="utf-8")
JUR = "海拉尔区"
YEAR = 2019
REGION = (7033, 13411)
REGIONS = {"targets": [], "entities": [list(REGION)]}

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"


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


# (text, label) or (text, label, context); in text order, searched from a
# cursor that moves to the end of the previous entity.
E = [
    # (三)围绕激发新旧动能转换 ------------------------------------------
    # 中央经济工作会议精神: meeting name, a fixed formula -> nothing
    ("“项目建设推进年”活动", J),          # like main's “物业管理服务质量提升年”活动
    # 65个年度重点项目: 年度 is not a DATE (main/review)
    # 全国第十四届冬运会主场馆: the ordinal sits inside the name -> head only
    # (main: 自治区第二届冬运会 -> 冬运会; liangshan: 凉山首届美食大赛)
    ("冬运会主场馆", J, "第十四届冬运会主场馆、"),
    # park in an X等重点项目 list -> PROJECT (DECISIONS; chizhou/tianmen);
    # main tags it PLACE where it is not in a project list
    ("呼伦贝尔现代农牧业产业园", J, "呼伦贝尔现代农牧业产业园等重点项目"),
    # “半拉子”工程: generic -> nothing
    ("西博会", J),
    ("西洽会", J),
    ("上海招商推介会", J),                # named event in a list of events (like 台头西瓜节)
    # “互联网+”, 云计算: nothing
    ("海拉尔大数据中心", J, "海拉尔大数据中心建设"),
    # 全市, 我区, “高地”: nothing
    ("海拉尔区国际快件电商物流园项目", J),  # park + 项目 head (main: 鸿发祥…示范园项目)
    # 快递中心、保税仓和国际快件分拣中心: generic facilities without a name
    ("海北物流功能区", P),                # named functional area, PLACE while built
    ("海拉尔", P, "海拉尔综合交通枢纽"),
    # “旅游+”战略, 四张“名片”: nothing
    ("呼伦贝尔", P, "呼伦贝尔丰富的音乐"),
    ("国际草原音乐那达慕", J),
    ("2020年", D, "以2020年全国"),
    ("冬季运动会", J, "第十四届冬季运动会"),  # ordinal inside -> head only
    ("“海拉尔冬季英雄会”", J),             # quotes kept, as in main
    ("哈克", P, "哈克境内"),
    ("世界反法西斯战争海拉尔纪念园抗战遗址保护工程", J),
    ("纪念园红旅基础设施项目", J),
    ("年内", D, "年内竣工"),
    ("“乌阿海满”", P),                    # 乌兰浩特-阿尔山-海拉尔-满洲里, like 京津冀
    # “草原音乐之城”“乐动草原”“两河圣山”: trademarks, no place name inside (main)
    ("海拉尔", P, "海拉尔旅游城市"),
    ("中央", I, "中央和自治区、呼伦贝尔市"),  # bare 自治区 -> nothing
    ("呼伦贝尔市", P, "呼伦贝尔市支持民营经济"),
    # “三个通道”, “交流联系通道”…: nothing
    ("企业家直通车办公室", I),
    ("工商联", I, "工商联、行业商会"),      # 行业商会 generic
    ("华德牧业", I),
    ("蒙拓机械", I),
    ("居然之家二期项目", J),
    ("年内", D, "年内投入运营"),
    # (四)围绕乡村振兴战略 -------------------------------------------------
    ("奋斗农业发展园区", P),
    ("北山高寒蔬菜基地", P),              # existing base, 提质增效 (not being built)
    ("鸿发祥低碳种养结合生态示范园", P),  # park being built -> PLACE (DECISIONS)
    ("秦岭", P, "秦岭别墅事件"),          # place as bare modifier (guide: 河北工匠)
    # “大棚房”清理整治: no 行动/工程/计划/专项 head -> nothing (review; guide §3;
    # liangshan 入河排污口整治 untagged beside “三磷”专项整治)
    # 全国奶业大会精神: meeting name, formula -> nothing
    ("哈克生态奶源基地", J),              # 基地 being built -> PROJECT (liangshan review)
    ("海乳集团", I),
    ("浙江", P, "浙江“千村示范"),
    ("“千村示范、万村整治”", J),          # = “千万工程” (guide; qianjiang 运用“千万工程”经验)
    # “厕所革命”: slogan-like, no 行动/工程/计划/专项 head -> nothing (review;
    # guide §3; tianjin C leaves 厕所革命 untagged in the same kind of list)
    ("村庄清洁行动", J),                  # named 行动 (生活垃圾治理/生活污水治理 generic)
    ("农村饮水安全巩固提升工程", J),
    # 农村饮水安全工程“三项制度”: the category of water works, not a programme -> nothing
    # (五)围绕深化改革开放 -------------------------------------------------
    # “放管服”改革, 商事制度改革, 四项改革, 公车改革: reforms; “互联网+政务服务”,
    # “双随机一公开”, “一事通办”: slogans -> nothing
    ("“一带一路”", J),                    # corpus convention
    ("中俄", P, "“中俄建交"),              # anniversary not a DATE; country names inside
    ("中蒙", P, "“中蒙建交"),
    ("俄蒙", P, "俄蒙毗邻地区"),
    ("“海赤乔”次区域", P),                 # like tianjin “三北”地区
    ("海拉尔航空港", P),                  # existing airport as location (shanghai 上海机场)
    ("俄蒙", P, "俄蒙航线"),
    ("俄", P, "赴俄、"),
    ("蒙", P, "蒙、日、韩"),
    ("日", P, "日、韩"),
    ("韩", P, "韩、东南亚"),
    ("东南亚", P),
    ("港澳台", P),
    ("海拉尔航空口岸", P),                # shanghai 上海口岸
    # 自治区向北开放…: bare 自治区 -> nothing
    ("俄蒙", P, "俄蒙8座"),
    ("呼伦贝尔", P, "呼伦贝尔全域"),
    ("海拉尔", P, "海拉尔第十五届"),       # ordinal inside -> PLACE + event head
    ("中俄蒙经贸洽谈暨商品展销会", J),
    ("海拉尔", P, "海拉尔打造在东北亚"),
    ("东北亚", P, "东北亚具有影响力"),
    ("“创客逐梦、创业筑巢、创业领航、融资畅通、青年创业、返乡农牧民工创业”六项计划", J),
    # (六)围绕提升群众幸福感 -----------------------------------------------
    ("“三大工程”", J),                    # wulumuqi B
    ("“基础设施建设工程”", J),
    ("第三中学东山分校", J),              # schools in an X等项目 list -> PROJECT
    ("正阳街小学教学综合楼", J),
    ("建设学校", J, "建设学校、幸福小学"),
    ("幸福小学", J),
    ("第三、第四棚改配套幼儿园", J),      # conjunct 第三 is no name on its own -> kept whole
    ("桃李中学", J),
    ("“师德师风建设工程”", J),
    ("“智慧校园建设工程”", J),
    ("教育信息化2.0行动计划", J),
    # 义务教育发展基本均衡县, “国家级慢性病综合防控示范区”, “国家级健康促进区”,
    # 国家级“医养结合”试点: designations -> nothing
    # review: two projects sharing 项目; the review section (…合建项目、疾控中心
    # 基础设施项目主体封顶) shows 疾控中心 is a separate project, 合建 joins only
    # the two service centres (guide §3 shared-head lists; qianjiang C 市疾控中心)
    ("疾控中心", J, "加快疾控中心、东山组团"),
    ("东山组团社区卫生服务中心和妇幼保健计划生育服务中心合建项目", J),
    ("区人民医院", I),
    ("哈克区域敬老院", J),
    ("长征康复医院", I),
    ("殡仪馆新建项目", J),
    ("海拉尔", P, "平安海拉尔"),           # place inside a slogan (jinghai 平安静海)
    ("海拉尔", P, "法治海拉尔"),
    ("新中国", P, "新中国成立70周年等"),   # main: 新中国 PLACE; anniversary not a DATE
    ("扫黑除恶专项斗争", J),              # named 专项
    # “枫桥经验”: formula (DECISIONS) -> nothing
    ("军门社区", P, "“军门社区工作法”"),   # place inside a method name; method not tagged
    # 非洲猪瘟: a disease name, 非洲 does not designate a place -> nothing
    # 三、加强政府自身建设 -------------------------------------------------
    # “蒙古马精神”: formula (horse breed, no place reference) -> nothing
    ("党中央", I, "为核心的党中央保持"),     # jinghai/shanghai: 党中央 inside the formula
    ("党中央", I, "党中央对重大形势"),
    ("自治区党委", I, "自治区党委、呼伦贝尔市委"),
    ("呼伦贝尔市委", I),
    ("区委", I, "区委的工作要求"),
    ("自治区党委第三巡视组", I),          # the ordinal belongs to the body's name
    ("党中央", I, "党中央、自治区党委、市委"),
    ("自治区党委", I, "自治区党委、市委和区委精神"),
    ("市委", I, "市委和区委精神"),
    ("区委", I, "区委精神"),
    ("区人大", I, "区人大及其常委会"),     # 其常委会: pronoun reference (jinghai B)
    ("区政协", I, "区政协民主监督"),
    # “三重一大”: nothing; 各民主党派, 人民团体: generic
    ("工商联", I, "工商联、人民团体"),
    ("区委", I, "区委决策"),
    # 中央八项规定: formula (jinghai, qianjiang) -> nothing; “四风”, “一岗双责”: nothing
    ("党中央", I, "党中央周围"),
    ("区委", I, "区委的坚强领导"),
    ("区人大", I, "区人大、政协的监督"),
    ("政协", I, "政协的监督支持"),         # main: 政协 in 区人大、政协
    ("内蒙古", P, "亮丽内蒙古"),
    # 伟大中国梦: formula -> nothing
    ("新中国", P, "庆祝新中国"),
]


def build_entities(specs, start):
    out, cur = [], start
    for spec in specs:
        text, label = spec[0], spec[1]
        ctx = spec[2] if len(spec) > 2 else None
        s = locate(text, ctx, cur)
        assert REGION[0] <= s and s + len(text) <= REGION[1], (text, s)
        out.append({"start": s, "end": s + len(text), "label": label, "text": text})
        cur = s + len(text)
    return out


def main():
    ents = build_entities(E, REGION[0])
    doc = {"id": DOC,
           "meta": {"jurisdiction": JUR, "year": YEAR, "regions": REGIONS},
           "entities": ents, "targets": []}
    out = HERE / "out" / f"{DOC}__{PART}.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {}
    for e in ents:
        counts[e["label"]] = counts.get(e["label"], 0) + 1
    print(f"wrote {out}: {len(ents)} entities {counts}")


if __name__ == "__main__":
    main()
