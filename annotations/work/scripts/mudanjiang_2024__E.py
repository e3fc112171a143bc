"""Gold entity annotations for mudanjiang_2024 (part "E": entities only).

Entities region [9196, 11503]: plan sections （四）持续扩大对外开放 … （七）扎实推进绿色发展
(up to the end of the （七） paragraph); no targets region.  Entities are listed in
document order as text plus an optional preceding context string `pre`; every
offset is computed with str.find from a moving cursor (never typed by hand).
Conventions follow scripts/mudanjiang_2024__main.py and its review notes.
Run: python3 scripts/mudanjiang_2024__E.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID = "mudanjiang_2024"
PART = "E"
JURIS = "牡丹江市"
YEAR = 2024
TEXT = (HERE / f"{DOC_ID}.txt").read_text(encoding="utf-8")

R_TARGETS = []
R_ENTITIES = [[9196, 11503]]

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"
# (text, label) or (text, label, pre): pre = context string right before the entity
ENTITIES = [
    # ---- （四）持续扩大对外开放 ------------------------------------------------
    # 向北开放新高地排头兵: slogan, none
    ("“一带一路”", J),                      # corpus: “一带一路” PROJECT (hailaer, tianjin, linzhi, yinchuan …)
    ("“中蒙俄经济走廊”", J),                # the corridor initiative being built (…建设); like 上合组织绿色产业跨境合作走廊 PROJECT (jinghai agree)
    ("“九大”提质升级行动", J),              # named 行动 with quoted count (guide 高质量发展“十项行动”)
    # 一是加强开放通道建设
    ("绥芬河运力提升行动", J),              # named 行动; the place begins the name -> one PROJECT
    ("绥格铁路改造", J),                    # railway being upgraded; maximal name incl. 改造 (liangshan 西昌青山机场改扩建, chizhou …改扩建)
    ("南场宽轨", J),                        # the south-yard broad-gauge track being extended (延长) -> PROJECT (guide §3 facility being extended)
    ("北场", P),                            # the north yard as an existing location (提升北场换装能力)
    ("“哈绥俄亚”班列", J),                  # named train service being relaunched (qinzhou 中欧班列 PROJECT)
    # “宽轨重出”: slogan without head noun, none; 铁路口岸: generic
    ("中俄天然气远东支线管道", J),          # pipeline being built
    ("绥芬河LPG危化品换装站", J),            # …等项目 list: facility heads -> PROJECT (DECISIONS)
    ("清洁能源仓储物流基地", J),            # …等项目 list, facility head 基地 (main: 绿色无氟天然石墨提纯加工基地 PROJECT)
    ("中俄煤炭进口储运基地", J),
    # 二是推动外贸扩量提质
    # “买全俄卖全国、买全国卖全俄”: slogan; place names inside slogans are PLACE (DECISIONS);
    # 全国 is a bare territory word (none); 俄 as in hailaer C (赴俄 -> 俄 PLACE)
    ("俄", P, "买全"), ("俄", P, "卖全"),
    ("绥东口岸", P),                        # the Suifenhe/Dongning ports of entry as a location (hailaer 海拉尔航空口岸)
    ("俄", P, "发展"), ("俄", P, "、"), ("俄", P, "、"), ("俄", P, "、"),  # 俄粮、俄药、俄奶、俄水产品: bare modifier -> PLACE
    ("辛巴赫啤酒二期", J),                  # …等项目建设 list; a phase -> PROJECT (guide …基地二期)
    ("中药饮片加工基地", J), ("进口肉类食品加工园", J),   # …等项目建设 list, facility heads (main: list parks stay PROJECT)
    # 三是创新发展开放平台
    # “自贸区提升战略”: a strategy, none (hailaer “旅游+”战略; qianjiang 创新驱动发展战略)
    ("绥芬河自贸片区", P),                  # zone; the …管理体制市场化改革 around it is a reform (none)
    ("俄", P, "对"),                        # “沿边、对俄、跨境”: place name inside a slogan
    ("协同发展先导区", P),                  # the specific zone being built (qinzhou 自贸区协同发展区, hailaer 中俄蒙合作先导区 PLACE)
    ("绥芬河互贸物流加工园", P),            # park being built, not in an 等项目 list -> PLACE (DECISIONS; main review)
    ("东宁互贸综合体", J),                  # facility (综合体) being built (hailaer 奋斗镇田园综合体 PROJECT)
    # 海外仓, 境外园区: generic
    ("中俄农业合作试验示范区", P),          # named zone being built (DECISIONS: zones PLACE also while being built)
    # 四是提升区域合作水平 (国家重大战略: none)
    ("“龙粤俄”", P),                        # Heilongjiang–Guangdong–Russia as bare modifier of 合作 (hailaer 俄蒙/中俄 PLACE; tianjin “三北”地区)
    ("“中俄文化年”", J),                    # named bilateral themed year (liangshan/wulumuqi “消费促进年” PROJECT)
    ("国际口岸贸易博览会", J),              # named event (corpus …博览会 PROJECT)
    # 边境游, 跨境游: generic
    # ---- （五）全力抓招商上项目 ------------------------------------------------
    # 省“4567”产业, 国家和省重大展会, “揭榜挂帅”机制: none
    ("全年", D, "确保"),
    # 全省第一方阵: rank, none
    # 项目建设“四季会战”: 会战 is a battle metaphor like 攻坚战/保卫战, which are no PROJECT
    # heads anywhere in the corpus (qianjiang B, yinchuan C, tianjin D) -> none
    ("全年", D, "会战”，"),
    ("牡敦客专", J),                        # 前期工作 (main: 老黑顶…前期工作 PROJECT)
    ("海浪机场改扩建", J),                  # 达到开工条件; maximal incl. 改扩建 (chizhou 九华山机场飞行区改扩建)
    ("林海水库主体工程", J),
    ("全年", D, "开工、"),
    # 三是强化园区载体建设
    ("市经开区", P),                        # the city's own zone (DECISIONS 经开区 PLACE)
    # “管委会+公司”改革: reform; 保税物流中心: unnamed facility type; 省级化工园区: designation
    ("海浪铁路专用线", J),                  # 投入使用 = completed/opened -> PROJECT (jinghai 唐官屯铁路货运专用线)
    ("全年", D, "确保"),
    # 国家综评, “飞地经济”: none
    # 四是加大对上争取力度
    ("东北", P, "新时代"),                  # 新时代东北全面振兴 (hailaer main 东北振兴 -> 东北 PLACE)
    ("全年", D, "力争"),
    # ---- （六）持续抓改革优环境 ------------------------------------------------
    ("营商环境专项提升行动", J),            # named 行动 (guide §3)
    # 数字政府平台, 六县市, “全市通办”“跨省通办”: none; 政府机构改革, 市县公安机构改革,
    # 行政执法体制改革, 事业单位改革, 省以下财政体制改革: reforms (guide §3)
    ("国有企业改革深化提升行动", J),        # liangshan C: same name PROJECT
    # “1+3”国资国企产业架构体系, “两个毫不动摇”: none
    ("“三赋”专项行动", J),                  # named 专项行动 (quotes kept, DECISIONS)
    # 央企国企: generic
    # ---- （七）扎实推进绿色发展 ------------------------------------------------
    ("牡丹江", P, "美丽"),                  # 美丽牡丹江: place name as bare modifier
    # “两山”理论: slogan (chizhou E)
    ("生态振兴计划", J),                    # named 计划 (main: 现代农业振兴计划, 区域振兴计划 PROJECT)
    # 祖国北方生态安全屏障: policy formula; 北方 a vague direction (tianjin 北方… untagged) -> none
    # 污染防治攻坚战, 蓝天碧水净土保卫战: 攻坚战/保卫战 no PROJECT head (yinchuan C) -> none
    ("改善大气环境质量“四项行动”", J),      # guide 高质量发展“十项行动”: the maximal name
    # 入江河排污口整治, 幸福河湖: none
    ("化肥农药减量增效行动", J),            # named 行动
    ("中央生态环境保护督察", J),            # DECISIONS: the inspection campaign is one PROJECT; 年度任务 no DATE
    # 二是推进生态环境保护修复
    ("“三北”防护林六期", J),               # hailaer main 三北防护林 PROJECT; phase kept (guide …基地二期)
    # 历史遗留矿山修复治理: a generic work type in …等重点工程, none (DECISIONS: generic phrase in a list)
    ("张广才岭", P), ("老爷岭", P),        # mountain ranges; 生态综合治理 is no PROJECT head
    ("东北虎豹国家公园", P),                # national park being built -> PLACE (DECISIONS; yinchuan 贺兰山国家公园)
    ("镜泊湖世界地质公园", P),              # named park
    # 三是加快推动绿色低碳转型
    ("“碳达峰十一大行动”", J),              # liangshan C “碳达峰十大行动” PROJECT
    # “两高一低”: none; 林业碳汇试点: a pilot the city competes for (争取); this document's
    # main leaves 试点 designations untagged (入市改革试点, 兴边富民试点, 智能制造试点示范) -> none
    # 建筑垃圾消纳场, 新能源汽车充电桩: unnamed facility types
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
