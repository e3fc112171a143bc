"""Gold entity annotations for qinzhou_2024, part D (entities only).

Entity region [1648, 4525): 一、2023年工作回顾, from "一年来，我们主要做了以下工作。"
through (一)…(六) and the first half of (七) up to "完成73个易涝点改造整治。"
(the assigned window; its end lies after a 。 inside paragraph (七), and the text
from 4525 on belongs to another annotator's window). No target region.
Entities are (text, label) or (text, label, pre) tuples in document order; pre is
a context string right before the entity. Every offset is computed with str.find
from a moving cursor; no offset is typed by hand.
Names already decided in scripts/qinzhou_2024__main.py and __C.py are labelled the
same way here (平陆运河 PROJECT in building contexts, 平陆运河经济带 PLACE, zones PLACE,
bare 自治区 nothing, plan titles untagged, company short names INSTITUTION).
Run: python3 scripts/qinzhou_2024__D.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID = "qinzhou_2024"
PART = "D"
JURIS = "钦州市"
YEAR = 2024
TEXT = (HERE / f"{DOC_ID}.txt").read_text(encoding="utf-8")

R_TARGETS = []
R_ENTITIES = [[1648, 4525]]
MAXJUMP = 400  # guard: an entity must lie within this many chars of the cursor

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

ENTITIES = [
    # ---- 一年来，我们主要做了以下工作。
    ("一年来", D, "\n"),                       # DECISIONS: 一年来 DATE

    # ---- （一）集中力量抓保障，平陆运河建设有序推进。
    ("平陆运河", J, "抓保障，"),               # …建设有序推进: building context (main: PROJECT)
    # “征地搬迁”“群众安置”“保建设”“保通畅”, “5个百分百”目标, “统规统建”: slogans, nothing
    # 提前完成自治区下达的任务: bare 自治区 is a territory word (main, C), nothing
    # 开工以来: a span without an anchor, not a DATE; 城区桥梁施工期间保通方案: a document
    # 保通桥, 7条市政保通配套道路: unnamed facility types (DECISIONS), nothing
    ("平陆运河经济带", P, "“"),                # “平陆运河经济带谋划”: place name inside a slogan
                                              # (DECISIONS); the slogan itself is not tagged
    # 编制钦州市国土空间总体规划、港产城融合发展总体规划、内河港总体规划等基础性规划:
    # plan titles are documents; the 钦州市 that begins the first one is not tagged (C convention)
    ("平陆运河经济带", P, "12个"),             # 12个平陆运河经济带先导工程: place as a bare modifier;
                                              # 先导工程 / 重点支撑项目 generic (C: 12个先导工程 nothing)

    # ---- （二）凝心聚力建枢纽，国际门户港加速构建。
    ("国际门户港", J, "建枢纽，"),             # …加速构建: the city's 北部湾国际门户港 (main/C PROJECT,
                                              # 打造…) referred to by its short form in a building
                                              # context (like 经开区 for the one zone). Borderline.
    # 提升“通”的能级: nothing
    ("金鼓江11号泊位", J),                     # berths 开工建设 (C: 金鼓江11号12号 PROJECT)
    ("大榄坪4号5号泊位", J),
    ("大榄坪南9号10号泊位", J),                 # 竣工投用: completion of construction -> PROJECT
    ("大榄坪1－3号泊位", J),
    ("北部湾", P, "建成运营"),                 # 北部湾首个20万吨级自动化集装箱泊位: the Beibu Gulf region;
                                              # the berth is described, not named -> nothing
    # 30万吨级原油码头达标运营: a facility described by type and size, no name -> nothing
    # 新开通5条集装箱航线: nothing
    ("西部陆海新通道钦州门户港运营中心", I),    # C: INSTITUTION (an organisation); 启动项目化运作
    # 海铁联运班列辐射范围达18省70市144个站点: nothing
    ("钦州铁路集装箱中心站", P),               # existing station as a location (办理量增长): PLACE
                                              # (guide §3: facility referred to as existing location);
                                              # C has …中心站一期扩能项目 PROJECT (being expanded)
    # 9个港口型国家物流枢纽项目: a category/designation -> nothing
    ("中谷集装箱多式联运物流基地", J),          # …、…一期工程竣工: named facilities completed (shared-
    ("陆海新通道集装箱分拨中心一期工程", J),    # head list rule: each conjunct whole)
    ("北部湾国际门户港航运服务中心", P),        # a named service complex hosting 168 firms (入驻企业):
                                              # a functional area -> PLACE. Borderline (alt. INSTITUTION)
    # 自治区生产性服务业集聚示范区: designation, nothing
    # 获批国家粮食物流核心枢纽、国家现代流通战略支点城市: designations, nothing
    ("南方", P, "落地"),                       # 南方首个锰硅合金交割库: regional name (main: 西南地区首家
                                              # → PLACE 西南地区); the warehouse is unnamed -> nothing
    ("中国—东盟（钦州）水果交易中心", J),       # 正式启用; C: PROJECT (jinghai 唐昊石化产品交易中心)
    ("北部湾（广西）大宗商品交易平台", I),      # second pass: 注册会员达到145家，累计完成交易额…: the
                                              # operating exchange named as the actor -> INSTITUTION
                                              # (C review: PROJECT only where it is being built up,
                                              # 做强; wulumuqi 国家级棉花棉纱交易中心 I as an actor)
    # 以港口为支撑的国际国内贸易额, 全市外贸依存度, 同比: nothing

    # ---- （三）抢抓机遇强产业，产业集群加快壮大。
    # 项目建设“四全”工作机制: nothing
    ("金桂三期", J),                           # 新引进金桂三期、恒逸三期2个百亿级工业项目 (main: PROJECT)
    ("恒逸三期", J),
    # 26个重大产业项目: generic
    ("国投电厂三期1号机组", J),                 # 建成投产 (main: 国投电厂三期2号机组 PROJECT)
    # 五大主导产业; 绿色化工、新能源材料…等主导产业: industries, nothing
    ("中国石油", I, "650亿元，"),               # 中国石油、华谊、中伟、金桂、中粮等5个百亿级生产基地:
    ("华谊", I),                               # bare company names before 等…基地 (DECISIONS X等项目;
    ("中伟", I),                               # main: 中国石油, 华谊 INSTITUTION)
    ("金桂", I),
    ("中粮", I),
    ("钦州石化产业园", P),                     # main: PLACE
    ("广西", P, "建成"),                       # 广西首个海上风电全产业链装备基地: modifier; base unnamed
    ("钦州", P, "，"),                         # 钦州生产的…
    ("广西", P, "生产的"),                     # 广西首批智能风机叶片
    ("钦州", P, "首艘“"),                      # “钦州造”: place inside a brand label (DECISIONS);
                                              # quotes wrap 钦州造, not the name, so left out
    ("欧洲", P),
    ("自贸区钦州港片区", P),                   # the named FTZ area (maximal)
    ("钦北区经济技术开发区", P),               # named zone
    ("广西", P, "首批"),                       # 首批广西向海经济发展示范园区: designation; 广西 as modifier
                                              # (C: 广西特色农产品优势区 → PLACE 广西)
    ("2023年", D),
    # “一县一业” (×3 here, bare): a slogan without a head noun -> nothing (C tags only
    # “一县一业”夯基招商; C leaves bare “一镇一品” untagged)

    # ---- （四）多措并举抓创新，发展动能更加强劲。
    # 研发投入强度增幅排名全区第二: 全区 = the autonomous region as territory word, nothing
    ("钦州", P, "云集"),                       # 23位院士、20位国家杰青…云集钦州 (国家杰青/优青: titles)
    ("钦州", P, "为"),                         # 为钦州经济社会发展
    ("国家自然科学基金委", I),                 # C: INSTITUTION
    ("松山湖材料实验室", I),                   # C: INSTITUTION
    # 国家高新技术企业认定, 自治区“专精特新”中小企业, 自治区级企业技术中心, 自治区智能工厂,
    # 自治区级数字化车间, 自治区级绿色工厂: designations, nothing
    ("智汇谷科技园一期项目", J),               # 开工建设 (C: PROJECT)
    ("广西绿色化工新材料产业技术创新中心", I),  # 组建…: an organisation being set up -> INSTITUTION
                                              # (C: 组建…运营中心 I; liangshan 组建凉山州博物院 I).
                                              # C labels it PROJECT where it says 推进…建设.
    ("广西", P, "建成"),                       # 广西首个锂电新材料科技成果转化中试研究基地: base unnamed
    ("自贸区钦州港片区", P),
    ("广西", P, "落地"),                       # 广西首票“整报分送”业务 (“整报分送”: nothing)
    # 口岸首单货物服务工作机制: nothing (C); 集装箱跨境物流“全生命周期”管理服务集成改革: reform
    # “进口新能源材料特色供应链金融模式”: a model, nothing
    ("中国", P, "入选"),                       # 中国自贸区制度创新十佳案例: an award list; 中国 as a bare
                                              # modifier is PLACE (guide: 中国 in 中国500强)
    # 连续4年: a streak, not a DATE
    ("广西自贸区", P),                         # 位列广西自贸区第一: the named Guangxi FTZ (one zone)
    ("中马钦州产业园区", P),                   # main: PLACE
    ("广西", P, "落地"),                       # 广西首笔“合格境外有限合伙人+跨境人民币”业务 (business: nothing)
    # 金融创新试点五项业务: C: 金融创新试点政策 nothing
    # 46项改革成果获国家、自治区复制推广: bare territory words, nothing
    # “党建+社会救助”改革实践, 全国社会救助领域创新实践优秀案例, 市场准入承诺即入制改革: nothing
    ("全年", D),                               # 全年新登记经营主体

    # ---- （五）内外联动扩开放，经济活力不断迸发。
    ("自贸区钦州港片区", P),
    ("协同发展区", P, "平方公里"),              # 获批设立58.25平方公里协同发展区: the specific zone (C:
                                              # 自贸区协同发展区 PLACE; guide 合作示范区). Borderline.
    ("广西", P, "列入"),                       # 广西首批高质量实施RCEP示范项目集聚区: designation;
                                              # RCEP = the agreement implemented (C review) -> nothing
    ("钦州综合保税区", P),                     # C: PLACE
    # 全国综合保税区发展绩效评估: a ranking exercise (like a designation/award) -> nothing. Borderline.
    # 连续两年: streak, nothing
    ("广西", P, "排名"),                       # 排名广西第一
    ("中国—东盟产业合作区钦州片区", P),        # main: PLACE
    ("长江经济带", P),                         # main: PLACE
    ("粤港澳大湾区", P),

    # ---- （六）多点发力抓振兴，“三农”工作协调并进。
    # “三农”, “三保障”, 乡村振兴产业补助资金 (generic subsidy funds): nothing
    ("灵山县", P),                             # 灵山县以工代赈促进群众就业增收模式 (a model: nothing)
    ("中央", I, "得到"),                       # 得到中央肯定 (guide: 中央 INSTITUTION); 全国: territory word
    # 高标准农田建设项目23个, 撂荒耕地, 年度目标任务 (年度 is not a DATE here): nothing
    # “一镇一品” (bare, ×2): nothing (C); 9大特色产业, 钦蜜9号百香果 (a cultivar), 大红柑: nothing
    # 自治区四星级现代特色农业示范区: designation
    ("灵山县", P, "5个，"),                    # 灵山县获批创建国家农村产业融合发展示范园 (designation)
    ("灵山县新圩镇", P),                       # county + town, maximal (C: 灵山县陆屋镇)
    # 首批国家级现代农业产业强镇: designation
    ("“千村示范、万村整治”工程", J),          # 深入实施…: a named 工程 (guide §3; hailaer has the bare
                                              # quoted form without 工程 → PROJECT); quotes kept
    # 28个“美丽村屯”示范村: nothing (C); 全国乡村治理示范村: designation
    ("中国", P, "获评为"),                     # 中国传统村落: designation; 中国 as bare modifier PLACE
                                              # (wulumuqi 中国 in 中国美丽乡村…; guide 中国500强)
    ("灵山县", P, "。"),                       # 灵山县入选国家城乡交通运输一体化示范创建县 (designation)
    ("浦北县", P),                             # 浦北县入选国家乡村振兴示范县创建名单 (designation)

    # ---- （七）建管结合提品质，城市环境更加宜居。 (first half, to 4525)
    # 服务8条高速公路加快建设: unnamed, nothing
    ("岑溪至大新高速公路玉林至钦州段", J),      # 实现通车: building context (main: 大风江跨海大桥 实现通车;
                                              # liangshan C 乐西高速昭觉至美姑段 PROJECT); maximal
    # 107条背街小巷: generic
    ("环城西路延长线", J),                     # 贯通…: road extensions being completed (main: 龙门大桥左幅
    ("东升街东延长线东段", J),                 # 全线贯通 PROJECT; C: 南港大道延长线项目 PROJECT)
    ("黎合江路口", J),                         # 整治优化…等交通节点: a named facility being upgraded (guide §3
                                              # roads: PROJECT when upgrading). Borderline (alt. PLACE).
    # 城市交通“主动脉”“毛细血管”: metaphors, nothing
    # 保障性租赁住房, 城镇老旧小区, 棚户区改造, 排水管道, 易涝点改造整治: generic, nothing
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
        assert s - cur <= MAXJUMP, f"entity {text!r} jumped {s - cur} chars from {cur}"
        assert in_regions(s, e, R_ENTITIES), f"entity outside regions: {text}@{s}"
        out.append({"start": s, "end": e, "label": label, "text": text})
        cur = e
    for x, y in zip(out, out[1:]):
        assert x["end"] <= y["start"], (x, y)
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
