"""Gold entity annotations for liangshan_2024 (part "D": entities only).

Entities region [1682, 7243] (the rest of the review of 2023 work, from
"一年来，我们统筹做好“三篇大文章”" to the end of the problems paragraph);
no targets region.  Entities are listed in document order as text plus an
optional preceding context string `pre`; every offset is computed with
str.find from a moving cursor (never typed by hand).
Run: python3 scripts/liangshan_2024__D.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID = "liangshan_2024"
PART = "D"
JURIS = "凉山彝族自治州"
YEAR = 2024
TEXT = (HERE / f"{DOC_ID}.txt").read_text(encoding="utf-8")

R_TARGETS = []
R_ENTITIES = [[1682, 7243]]

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"
# (text, label) or (text, label, pre): pre = context string right before the entity
ENTITIES = [
    # ---- 一年来，我们统筹做好“三篇大文章” (industry)
    ("一年来", D, "\n"),                      # DECISIONS: 一年来 DATE
    # “三篇大文章”, “三大强州战略”, 3个行动方案: slogans / strategies / documents -> none
    # (parts main and C leave 三大强州战略 untagged)
    ("找资源找矿突破战略行动", J),            # main: 找资源、找矿突破战略行动 PROJECT; 新一轮 left out (C)
    ("中铝", I), ("中稀", I), ("鞍钢", I), ("华润", I),   # companies (qianjiang 华润 INSTITUTION)
    ("工业发展大会", J),                      # 召开全州工业发展大会: named gov. conference; 全州 left
                                              # out as main did for 全省文化旅游发展大会
    # 工业强州项目: a category of projects, not a name -> none
    ("会理", P, "150个，"),        # 会理12.5万吨阴极铜: place + generic product phrase
                                              # (DECISIONS 等项目 list: product phrase is nothing)
    ("西昌埃普诺", I, "阴极铜、"),             # 西昌埃普诺30万吨…新材料: one company name, as main
                                              # labels 西昌钢钒 (lead review 2026-12-06)
    ("德昌腊巴山", J), ("盐源大坝梁子", J),    # …等一批风电项目投产发电: wind-farm names (C 盐源百灵,
                                              # main 西昌牦牛山风电)
    ("西昌钢钒公司", I),                      # main 西昌钢钒; maximal with 公司 (C 中稀(凉山)公司)
    ("工信部", I),                            # 智能制造示范工厂揭榜单位: designation, none
    ("凉山高新", P, "10户，新培育规上工业企业52户。"),  # short park names, as part main
    ("德昌特色", P), ("冕宁稀土", P),
    ("宁南茧丝绸工业发展集中区", P),          # named zone; 第四批省高端人才产业园 = designation
    # 现代农业
    ("华润集团", I),                          # 华润集团中医药全产业链等128个项目: company + generic phrase
    ("宁南茧丝绸交易中心", J),                # named facility 建成投用 (jinghai 唐昊石化产品交易中心)
    ("德昌", P, "252.7万吨。"),                # 德昌百亩超级杂交稻高产攻关片: descriptive plot, place only
    ("会理", P, "创历史新高。"),               # 会理石榴 (main 盐源苹果 -> 盐源); 名单 = designation
    # ---- 文旅, 房地产, 金融, 外贸
    ("文化和旅游发展大会", J),                # 召开全州文化和旅游发展大会 (main 文化旅游发展大会)
    ("西昌建昌古城(二期)", J),                # being built; maximal incl. 西昌 (main 西昌建川电影博物馆聚落)
    ("邛海泸山景区", P),                      # named scenic area; 首批省级文明旅游示范单位 = designation
    # “十一条措施”: policy document -> none
    ("四川容大黄金股份有限公司", I),
    # ---- 开工条件 … (paragraph truncated in the cleaned text)
    ("西昌", P, "5G网络覆盖，"),              # 全省第三批新型智慧城市试点示范: a designation won -> none
    # ---- 一年来，我们持续深化改革创新
    ("一年来", D, "\n"),
    # 预算绩效管理改革, …集中带量采购制度改革, “三项制度”改革: reforms -> none; “四本预算” none
    ("“一卡通”阳光审批平台", J),              # named platform (chizhou “政策找企业”惠企通平台 PROJECT)
    ("西昌", P, "真正实现每笔资金都用在群众身上。"),
    ("农村宅基地“两项试点”", J),             # second pass: quoted numbered set with a topic and a
                                              # pilot head (guide 高质量发展“十项行动”; C review: quoted
                                              # or topic-named sets are tagged); unlike “两项改革” (reform)
    # 省级重点实验室, 工程技术研究中心, 院士(专家)工作站: designations / generic -> none
    ("凉山高新区创新创业孵化中心工程项目", J),  # 主体完工 (facility being built)
    ("中国锦屏地下实验室二期", J),            # 建成投运; phase kept (guide 示范基地二期)
    ("凉山", P, "技术成果在"),
    # “最多跑一次”: slogan without head noun -> none
    ("凉山", P, "“数智"),                     # “数智凉山”: place inside a slogan (DECISIONS)
    ("甬凉", P, "。"),                        # 甬凉协作: 宁波+凉山 short form (like 川滇, 蓉渝昆)
    ("宁波", P),
    ("凉山至东部沿海生鲜冷链物流班列", J),    # named freight service launched (qinzhou 中欧班列;
                                              # C 攀枝花至凉山天然气管道)
    ("甬凉", P, "开行，"),                    # 第四届全球减贫案例名单: list/designation -> none
    # ---- 一年来，我们坚持量力而行、尽力而为 (livelihoods)
    ("一年来", D, "\n"),
    ("美姑牛牛坝镇", P), ("越西越城镇", P),    # maximal (main 盐源泸沽湖)
    ("宁南蚕桑现代农业园区", P),              # named park (main 宁南粮桑种养循环园区 PLACE);
                                              # 全省返乡入乡创业示范乡镇(园区) = designation
    ("州残疾人康复中心建设项目(一期)", J),    # 开工建设
    # “一老一小”: slogan -> none
    ("成都", P, "89.7%，义务教育巩固率达95%，"), ("绵阳", P),
    ("安宁河", P, "托管帮扶"),                # 安宁河县域: river region name, 县域 generic
    ("“9+3”免费职业教育", J),                # named provincial programme (head noun present)
    ("凉", P, "在"),                          # 在凉招生: one-char short form (main 来川 -> 川)
    ("西昌医学高等专科学校一期工程", J),      # being built
    ("凉山", P, "健康"),                      # 健康凉山建设 (slogan; place inside is PLACE)
    ("州一医院新院区危急重症综合救治中心", J),  # 主体完工: facilities being built
    ("州二医院新院区", J),                    # (huangshanqu 区医院新院区 PROJECT)
    ("州妇女儿童医院新院区", J),
    ("州重大疾病公共卫生医疗救治中心(二期)", J),
    ("会东", P),
    ("“千县工程”", J),                        # national programme (“千万工程” style); 国家 bare
    ("越西普雄镇", P),                        # 县域医疗次中心 generic
    # “互联网+医疗健康”, “一次挂号管三天”: slogans -> none
    # 《凉山彝族自治州中医药保护条例》: title beginning with the place -> none (C convention)
    ("四川省彝医医院", I),
    ("美姑", P, "挂牌，"),
    # 州、县(市)两级疾病预防控制局: two levels of bodies, no single body -> none
    ("凉山州博物院", I),                      # 组建 = an institution set up (hailaer 哈克遗址博物馆 INSTITUTION)
    ("西昌", P, "凉山州博物院，"),
    ("宁南图书馆", I),                        # list rule: conjuncts kept whole (西昌 PLACE, 宁南图书馆)
    ("会理", P, "33项，新增省级非遗名录项目24项。"),
    # 《阿普》《听见索玛》: works of art; “五个一工程”优秀作品奖: an award -> none
    ("成都大运会", J, "我州运动员在"),        # named event
    ("少数民族艺术节", J),                    # 省第九届: edition ordinal and bare 省 left out
    ("中国西昌“萨马兰奇杯”气排球邀请赛", J),  # maximal (main 中国(四川)民族音乐周)
    ("西昌邛海湿地马拉松赛", J),              # main 西昌邛海湿地马拉松; maximal incl. 赛
    ("大凉山戏剧节", J),
    ("中国", P, "、"),                        # 中国(四川)首届民族音乐周: ordinal in the middle ->
    ("四川", P, "中国("),                     # places + head (main 凉山首届美食大赛 -> 凉山 + 美食大赛)
    ("民族音乐周", J),
    ("大凉山西昌民族电影周", J),
    ("彝海", P), ("大凉山", P, "五彩"),       # inside the slogan “彝海结盟地·五彩大凉山” (main)
    # ---- 降，… (truncated paragraph)
    ("成都大运会", J), ("火把节", J),         # events (main 凉山彝族火把节 PROJECT)
    # ---- 一年来，我们着力防范化解重大风险
    ("一年来", D, "\n"),
    # “防止漏测失帮”、“零就业家庭”动态清零、“美丽乡村”三大行动: three quoted campaign names
    # sharing the head 三大行动; each conjunct kept whole (guide list rule; C “美丽乡村”行动 PROJECT);
    # the count head 三大行动 is not part of the last one
    ("“防止漏测失帮”", J), ("“零就业家庭”动态清零", J), ("“美丽乡村”", J),
    # “一户一策”: slogan -> none
    ("就业精培计划", J),                      # named 计划
    ("西昌市", P),
    ("昭觉大石头村", P),                      # maximal (county + village)
    # “美好家园”建设: slogan without a 行动/工程 head -> none
    # “8·21”山洪灾害: name of a disaster, not a reporting date (yinchuan “6·21” untagged) -> none
    ("安全领域突出问题专项整治", J),          # named 专项 (C 招投标专项整治)
    # “1+27”安全工作机制: mechanism -> none
    ("安全生产专项整治三年行动", J),
    ("州安办", I),                            # 州安委会办公室, a specific body
    # “两个不发生”: slogan; 汛期: not a DATE expression the guide counts
    # 市州级地震监测标准水化实验平台: unnamed facility type -> none
    ("中央环保督察", J),                      # 第一轮 left out (C)
    ("省级环保督察", J),                      # 第一、第二轮 left out; standalone, parallel (C review)
    # 连续9年: streak -> none; 《四川省泸沽湖保护条例》: title beginning with place -> none
    ("凉山", P, "美丽"),                      # 美丽凉山 (slogan; place inside)
    ("金阳百草坡", P), ("美姑大风顶", P),      # named nature reserves (…等10个自然保护区)
    ("西昌", P, "名录。"),
    ("四川", P, "美丽"),                      # 美丽四川建设先行试点县(市): designation; place inside
    ("德昌", P),                              # 省级生态县: designation
    ("西昌", P, "展览馆在"),                  # 古树名木展览馆: unnamed facility type
    ("耕地保护专项整治", J),                  # named 专项
    # 《土地整治专项规划》: plan document -> none
    ("天府第二粮仓“一张图”", J),              # named map system, 启动建设
    ("国家自然资源督察", J),                  # named national inspection (as 中央环保督察)
    # 违法用地整治, 耕地“撂荒”“非粮化”排查整治: no named head -> none
    # “三保”, “保交楼”项目: policy slogans / category of projects -> none
    # ---- 过去一年，我们从严从实开展主题教育
    ("过去一年", D, "\n"),
    # 主题教育: corpus leaves it untagged; 习近平新时代…思想: formula
    ("州政府", I),                            # 《工作规则》《常务会议议事决策规则》: documents
    # “五大程序”: none
    ("人大", I, "办理"),                      # 人大代表建议 / 政协委员提案 (jinghai: 人大, 政协)
    ("政协", I, "107件、"),
    # 州本级“三公”经费: none
    # ---- 同时，国防动员、…、工会、妇女儿童、共青团、红十字、邮政、气象等各项事业:
    # fields of work, not bodies; 对台事务 (huangshanqu 对台侨务 untagged) -> none
    # ---- 各位代表! 过去一年 …
    ("过去一年", D, "各位代表! "),
    ("凉山", P, "情况下，"),
    ("党中央", I), ("国务院", I, "党中央"),   # 党中央国务院: two bodies (as 省委省政府)
    ("省委", I), ("省政府", I, "省委"),
    ("州委", I),
    ("州人大常委会", I), ("州政协", I),
    ("州人民政府", I),
    ("人大", I, "向"), ("政协", I, "代表、"),  # 人大代表、政协委员 (jinghai)
    # 各民主党派, 无党派人士, 人民团体: generic groups (guide)
    ("工商联", I),                            # hailaer, tianjin
    ("中央", I, "人民团体、"),                # 中央和省驻州单位: 中央 alone (DECISIONS; C 中央和国家机关)
    # 驻州部队, 政法干警, 消防救援指战员, 民兵预备役人员: generic
    ("武警", I),                              # jinghai 武警官兵 -> 武警
    ("凉山", P, "关心支持"),
    # ---- 同时，我们也清醒认识到 …
    ("凉山", P, "推动"),
    # “8·21”山洪灾害: none (see above); 我州: none
]


def in_regions(s, e, regions):
    return any(a <= s and e <= b for a, b in regions)


def build_entities():
    out, cur = [], R_ENTITIES[0][0]
    for item in ENTITIES:
        text, label = item[0], item[1]
        pre = item[2] if len(item) > 2 else ""
        # a pre of "\n" at the region start: the region begins right after a newline
        pos = TEXT.find(pre + text, cur - len(pre))
        assert pos >= 0, f"entity not found after {cur}: {pre}{text}"
        s = pos + len(pre)
        e = s + len(text)
        assert s >= cur, f"entity before cursor: {text}@{s}"
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
