"""Gold entity annotations for mudanjiang_2024 (part "C": entities only).

Entities region [1584, 3921] (review paragraphs 四是…七是, up to the end of the
sentence …充电桩数量增长74%和105%。); no targets region.  Entities are listed in
document order as text plus an optional preceding context string `pre`; every
offset is computed with str.find from a moving cursor (never typed by hand).
Run: python3 scripts/mudanjiang_2024__C.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID = "mudanjiang_2024"
PART = "C"
JURIS = "牡丹江市"
YEAR = 2024
TEXT = (HERE / f"{DOC_ID}.txt").read_text(encoding="utf-8")

R_TARGETS = []
R_ENTITIES = [[1584, 3921]]

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"
# (text, label) or (text, label, pre): pre = context string right before the entity
ENTITIES = [
    # ---- 四是社会消费加速恢复
    # 政府消费券, 直播电商: none
    ("“盛夏夜消费季”", J),                  # named consumption event (qianjiang “金秋消费季” PROJECT)
    ("远东商旅文小镇一期", J),              # phase put into operation stays PROJECT (main 海林中药产业园一期)
    # “社区+供销”一刻钟便民生活圈, “交邮供”服务站: generic facility types, none
    # 夏季避暑旅游、冬季冰雪旅游两个“百日行动”: count-framed descriptive list of campaigns,
    # none (chizhou 用工、融资、物流、配套四个专项行动)
    ("牡", P, "“引客入"),                   # one-char short form inside a slogan (DECISIONS: place names
    ("牡", P, "“引流入"),                   # inside slogans are PLACE; qianjiang 驻潜 -> 潜, chizhou 驻池)
    # “游票惠民”: slogan, none
    ("“文旅嘉年华”", J),                    # main: “文旅嘉年华” PROJECT
    ("镜泊湖冰火梦幻世界", J),              # X等7个文旅项目投入运营: named items with facility head (DECISIONS)
    ("三道关雾溪谷全息夜游", J),
    ("镜泊湖", P, "投入运营，"), ("雪乡", P), ("横道河子", P),   # main: 镜泊湖, 雪乡 PLACE
    ("中兴村景区", P),                      # named scenic area (main 横道河子景区 PLACE); 4A级: grade
    ("东一中俄风情街", P),                  # named street district (guide: named business districts PLACE);
                                            # 国家级旅游休闲街区: designation
    ("镜泊湖风景区", P),                    # 国家体育旅游示范基地: designation
    # 全国冰雪旅游十二佳城市: designation
    ("牡丹江", P, "“"),                     # “牡丹江礼物”: brand not tagged, place inside it is (DECISIONS)
    ("1946文创园", P),                      # named park (DECISIONS: parks PLACE)
    ("中国动画大会", J),                    # named event hosted (chizhou 全国镁业大会)
    ("央视动漫制作基地", J),                # main: PROJECT
    ("中国动画学会", I),                    # body inside a designation title (chizhou 省政府质量奖 -> 省政府);
                                            # “…创作采风基地”: designation, none
    # ---- 五是项目引建积厚成势
    ("进博会", J), ("哈洽会", J), ("新博会", J),   # expos (liangshan 进博会, 西博会 PROJECT)
    # 高端碳化硅陶瓷等亿元以上项目: generic product phrase, none (DECISIONS)
    ("中车山东", I),                        # company + product in an 等项目 list -> company only (main convention)
    ("当年", D, "个项目"), ("当年", D, "签约、"),  # DECISIONS: 当年 is DATE
    ("市经开区", P),                        # DECISIONS: 经开区 of the jurisdiction is PLACE; “管委会+公司”: none
    ("桦林化工园区", P),                    # park (PLACE also while its facilities are built)
    ("陆港物流综合仓储集散中心一期", J),     # facility phase completed (竣工)
    # 7个省级以上开发区: generic
    ("VC产业园", P),                        # park; 省级小微企业创业创新基地: designation
    ("牡莞", P),                            # 牡莞合作: joint short form used as name (guide 京津冀; hailaer 俄蒙)
    ("东莞市", P), ("松山湖高新区", P),
    # “4321”目标, 6次集中开工活动: none
    ("新东茂亚麻", I), ("一锻重型", I),     # bare company names in X等104个项目 list (DECISIONS)
    ("林口建堂", J), ("海林海浪河抽水蓄能项目", J),  # main: 林口建堂、海林海浪河抽水蓄能电站 -> PROJECT each
    ("海林二道海浪河抽水蓄能项目", J),
    ("宁安华电", J), ("东宁哈电", J), ("林口奥丰", J),  # place+developer designations standing for the
                                            # wind projects being built (main 老黑顶, 林口建堂; liangshan 盐源百灵)
    ("东北", P, "支持"),                    # 国家支持东北全面振兴 (main 东北地区 PLACE); 增发万亿国债: none
    ("全年", D, "机遇，"),
    ("林海水库", J),                        # reservoir being built (完成投资…单体项目); 近年来: vague span, no DATE
    ("中央", I, "“"),                       # “中央财政支持普惠金融发展示范区”: designation, 中央 inside it is the
                                            # body (huangshanqu/tianmen 中央预算内投资 -> 中央)
    # “商贸服务型国家物流枢纽”: designation, none
    # ---- 六是改革开放纵深推进
    # 政府机构改革, 营商环境重点领域改革, 国有企业改革: reforms, none
    ("市国动办", I), ("市疾控局", I),
    # “一件事”, “全市通办”“跨省通办”: slogans; 数字政府项目: generic type, not named (main leaves
    # 数字政府平台 untagged)
    ("国投公司", I), ("经开集团", I), ("丹江资本", I),
    ("“服务民营企业提质增效”专项行动", J),   # named 专项行动 (guide §3; chizhou “明目标、找问题、抓解决”专项行动)
    # “快速通道”“绿色通道”, “一区引领、多区联动”: slogans
    ("自贸区绥芬河片区", P),
    ("牡丹江协同发展先导区", P),            # named zone (hailaer 中俄蒙合作先导区 PLACE)
    ("绥东跨境电商监管场所", J),            # named facility put into use (place prefix + type, like
                                            # 城南供热枢纽热源互联互通工程)
    ("综保区", P),                          # the jurisdiction's bonded zone (DECISIONS 经开区/高新区/自贸试验区)
    ("俄", P, "回运"),                      # 俄粮: one-char short form as bare modifier (hailaer 赴俄 -> 俄)
    ("玛速玛中俄汽车配件出口基地", J),       # 等项目 list, facility head 基地
    ("北大荒丰缘", I),                      # company + product: company only
    ("俄", P),                                # 俄粮加工: product phrase none, the place inside is PLACE
    ("绥芬河国际首站进口冷链物流集散港", J),  # named facility put into operation
    ("华晟物流集装箱多式联运示范工程", J),
    ("绥芬河口岸", P),                      # port of entry as location (hailaer 海拉尔航空口岸)
    ("“牡丹江-首尔”国际航线", J),           # named air service resumed (liangshan …冷链物流班列, qinzhou 中欧班列)
    # 第一时间: none
    ("符拉迪沃斯托克市", P),
    # “友好交流合作备忘录”: document, none
    ("“对俄合作法律服务中心”", I),          # named body set up (成立); quotes kept (DECISIONS)
    ("中俄文化艺术交流节", J), ("中俄友好城市冰球赛", J),  # named events held (hailaer 中俄蒙经贸洽谈暨商品展销会)
    # ---- 七是重大风险有效化解
    # 特殊再融资债券, 多年来 (vague span), 全国隐性债务风险化解试点城市 (designation), “保交楼”: none
    ("省政府", I, "得到"),
    # 污染防治攻坚战: slogan, none (qianjiang, yinchuan, shanghai)
    ("中央环保督察", J),                    # hailaer: 中央环保督察反馈问题 -> PROJECT; 年度任务: no DATE
    # 连续四年 (streak), …省级优秀 (award): none
    ("东北虎豹国家公园", P),
    ("牡丹江热电", I),                      # company in X等7家企业
    # 净水厂含泥废水处置项目, 生活垃圾焚烧发电厂: unnamed facility types, none
]


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


def main():
    doc = {
        "id": DOC_ID,
        "meta": {"jurisdiction": JURIS, "year": YEAR,
                 "regions": {"targets": R_TARGETS, "entities": R_ENTITIES}},
        "entities": build_entities(),
        "targets": [],
    }
    out = HERE / "out" / f"{DOC_ID}__{PART}.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {}
    for e in doc["entities"]:
        counts[e["label"]] = counts.get(e["label"], 0) + 1
    print(f"wrote {out}: {len(doc['entities'])} entities {counts}")


if __name__ == "__main__":
    main()
