"""Gold entity annotations for liangshan_2024 (part "C": entities only).

Entities region [10407, 16567]; no targets region.  Entities are listed in
document order as text plus an optional preceding context string `pre`; every
offset is computed with str.find from a moving cursor (never typed by hand).
Run: python3 scripts/liangshan_2024__C.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID = "liangshan_2024"
PART = "C"
JURIS = "凉山彝族自治州"
YEAR = 2024
TEXT = (HERE / f"{DOC_ID}.txt").read_text(encoding="utf-8")

R_TARGETS = []
R_ENTITIES = [[10407, 16567]]

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"
# (text, label) or (text, label, pre): pre = context string right before the entity
ENTITIES = [
    # 积极扩大有效投资: 州本级, 全州, 国家万亿特别国债 -> none (bare territory words; national bond)
    # 充分挖掘消费潜力
    ("“消费促进年”", J),                    # themed campaign (wulumuqi “消费促进年”活动 PROJECT)
    ("“蜀里安逸·乐购全川”", J),              # named provincial consumption event series (…等省内促消费活动)
    ("“中国(四川)国际熊猫消费节”", J),
    ("“宁波·凉山周活动”", J),
    # 精心组织产业招商
    ("广交会", J), ("消博会", J), ("进博会", J), ("西博会", J),
    ("蓉渝昆", P),                          # 外国驻蓉渝昆领事馆: place names as bare modifier
    ("港澳", P, "、"),                     # review: 港澳地区 -> 港澳 (hailaer 港澳台地区 -> 港澳台; linzhi 港澳)
    # 东西部协作: policy phrase, none (as jinghai 东西部协作)
    ("荷兰", P), ("澳大利亚", P), ("新西兰", P), ("泰国", P), ("老挝", P),
    # 着力夯实统计基础
    ("“五经普”", J),                        # as “四经普” in part main
    # 二、…
    ("安宁河流域", P, "扎实推动"),
    # 《安宁河流域高质量发展规划》《安宁河流域土地综合整治规划》: document titles that
    # begin with the place name -> not tagged (linzhi convention)
    ("“强州府计划”", J),
    ("西昌", P, "支持"),
    ("西昌", P, "推动"),
    ("会理", P), ("宁南", P), ("木里", P), ("德昌", P),
    # 巩固提升脱贫攻坚成果
    ("上年", D),                            # 高于上年 (tianjin 上年 DATE)
    ("饮水安全巩固提升工程", J),
    ("中央", I, "抓好"),                     # 中央和国家机关禁毒督导检查: 中央 alone (DECISIONS 中央和市委巡视)
    ("禁毒防艾攻坚三年行动", J),              # 新一轮 left out
    ("3年时间", D),                          # 用3年时间 (chizhou 三年时间 DATE)
    # 加快建设宜居宜业和美乡村
    ("“千万工程”", J),
    ("“美丽乡村”行动", J),
    ("凉山", P, "具有"),
    # 《凉山州移风易俗条例》: title begins with the place name -> not tagged
    # 全面提升县城综合承载能力 (《凉山州新型城镇化中长期规划》: not tagged)
    ("城镇补短和县城精修细补十项民生工程", J),
    ("西昌", P, "支持"),
    ("西昌", P, "支持"), ("会理", P),
    ("新型城镇化“示范建设”行动", J),
    ("西昌", P, "支持"), ("冕宁", P),
    ("四川省县城新型城镇化建设试点", J),      # pilot schemes are PROJECT
    # 着力畅通城乡要素流动 / 土地
    ("西昌", P, "支持"),
    ("深化县域内城乡融合改革发展省级试点", J),
    # 持续推进城乡公共服务均等化
    ("乡村振兴卫生健康提能达标工程", J),
    ("有线高清交互数字电视机顶盒推广普及项目", J),
    # 三、… 纵深推进重点领域改革
    ("国有企业改革深化提升行动", J),
    ("宅基地制度改革试点", J),
    ("农村集体经营性建设用地入市试点", J),
    # …改革 (一件事一次办集成化改革, 园区政务服务集成授权改革, 政务服务增值化改革,
    # 医疗保障制度改革, “两项改革”) -> none (guide §3: reforms)
    # 深入实施创新驱动发展战略
    ("中稀(凉山)公司", I),
    ("西昌学院", I),
    ("攀西战略资源综合开发利用重点实验室", J),  # facility being built; 省级 is a rank word
    # 大力支持民营经济发展
    ("招投标专项整治", J),
    # 着力打造区域最佳营商环境
    ("营商环境对标创新行动", J),
    # 四、…
    ("长江上游", P),
    # review: 工业源、移动源、扬尘源等六大专项整治行动 -> none (descriptive 等-list frame:
    # jinghai …等专项行动, wulumuqi review, chizhou 用工、融资、物流、配套四个专项行动)
    ("“三磷”专项整治", J),
    ("中央环保督察", J),                     # 第二轮 left out (edition ordinal)
    ("长江经济带", P),
    ("省级环保督察", J),                     # 第三轮 left out; parallel to 中央环保督察
    # 切实加强生态保护修复
    ("国土三调", J),                         # national survey, like “四经普”
    ("“绿盾”行动", J),
    ("雅砻江中上游高原湿地水源涵养与高山生物多样性保护修复项目", J),
    ("长江", P, "深入实施"),                  # 长江十年禁渔 (chizhou: 长江 PLACE only)
    ("德昌", P), ("木里", P, "支持"),
    # 加快推动发展方式绿色转型
    ("“碳达峰十大行动”", J),
    ("循环发展引领行动", J),
    # review: 工业企业安全环保节能降碳三年攻坚 -> none (generic name, head 攻坚 is not
    # 行动/工程/计划/专项; guide §3)
    ("西昌钒钛产业园区近零碳试点", J),        # zone + pilot, one maximal PROJECT (wulumuqi 甘泉堡园区管理制度改革试点)
    # 五、…
    ("四川", P, "加快建设"),
    ("宜西高铁", J), ("雅安至甘洛铁路", J),
    ("新成昆铁路", P),                        # existing line (operations)
    ("宜攀", J), ("乐西", J), ("西昭", J), ("西香", J), ("西宁", J), ("会禄", J),
    ("乐西高速昭觉至美姑段", J),
    ("10月", D),
    # 彝区腹地: generic ethnic-area word, none
    ("金西", J), ("昭普", J), ("攀盐高速公路", J),
    # “四好农村路”: slogan without head noun, none
    ("“金通工程”", J),
    ("西昌青山机场改扩建", J),                # review: maximal name incl. 改扩建 (chizhou 九华山机场飞行区改扩建)
    ("会东民用机场", J), ("甘洛民用机场", J),
    ("盐源", P, "行业评审，"), ("木里", P), ("雷波", P),   # county names in 盐源、木里、雷波等通用机场 (chizhou 贵池)
    ("金沙江下游翻坝转运设施项目", J),
    # 全面提升水安全保障能力
    ("大桥水库灌区二期冕宁段", J),
    ("龙塘水库大坝", J),                      # (jinghai 团泊水库东堤北堤)
    ("米市", J), ("横山", J), ("两岔河", J), ("子威", J), ("斯穆布约", J), ("波洛", J),
    ("竹寿水库改扩建工程", J),
    ("洛嘎莫", J), ("杉树堡水库", J),
    ("东河水库", J),
    ("“引雅入盐”综合利用盐源盆地灌区工程", J),
    ("矮郎河补水工程", J),
    ("老尔嘎铁水库", J),
    ("安宁河西昌两河口段", P), ("永郎至乐跃段防洪治理工程", J),  # review: river section conjunct -> PLACE
    # 健全完善能源设施体系
    ("盐源百灵", J), ("西昌月城", J),
    ("攀西电网优化工程", J),
    ("攀西1000千伏特高压交流输变电工程", J),
    ("盐源抽水蓄能", J),
    ("攀枝花至凉山天然气管道", J),
    ("国网省电力公司", I),
    ("木里", P, "加快推进"), ("盐源", P),
    # 六、…
    ("安全生产治本攻坚三年行动", J),
    ("国家区域性公路交通应急装备物资储备凉山分中心", J),
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
