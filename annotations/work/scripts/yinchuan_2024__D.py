"""Gold entity annotations for yinchuan_2024, part D.

Entity regions (two windows, both fully annotated):
  [1602, 4354): 2023 review （三）动力活力加速释放 … （七）社会治理持续加强, government self-building
                paragraph, thanks paragraph, the “6·21” accident paragraph and the problems paragraph
                (… 切实加以解决。), i.e. up to the heading 2024年工作安排.
  [12929, 13718): 2024 (九) 狠抓平安银川建设 … end of the text (政府自身建设, closing).
No targets in this part (R_TARGETS = []).
Read by hand against the guide, DECISIONS.md and the reviewed parts __main and __C of this
document. Every offset comes from str.find: each paragraph is anchored by a unique context
string ("@"), then entities are found in document order from a moving cursor. A surface may
carry a context string (surface, label, ctx): it is then located as ctx + surface (ctx must
directly precede it).
"""
import sys
import pathlib

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from _gold_common import load, write, _unique  # noqa: E402

DOC, PART = "yinchuan_2024", "D"
JUR, YEAR = "银川市", 2024
R_TARGETS = []
R_ENTITIES = [[1602, 4354], [12929, 13718]]
MAXJUMP = 300  # no entity may lie further than this after the cursor

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

# One item list per window.
ENTITIES = [
    # =================== window 1: [1602, 4354) ===================
    [
        # ---- （三）动力活力加速释放 ----
        ("@", "（三）动力活力加速释放。"),
        # 获评年度活力城市: designation; 年度 is no DATE
        ("六盘山实验室", J),                      # 加速推进 = being built; labs being built are PROJECT (C: 六盘山、贺兰山实验室)
        ("中国", P, "获评"),                      # 中国年度最佳引才城市: designation, 中国 bare modifier (main 中国投资热点城市)
        ("银川企业家日", J),                      # 设立: a named recurring day set up by the government (C 民族团结进步月,
                                                  # 农民丰收节 PROJECT); 银川 begins the name -> no separate PLACE
        # “五心”服务: slogan; 省会及副省级城市前五荣誉: rank/honour; 全区全国: territory words -> none
        ("巨能股份", I),                          # listed companies
        ("威力传动", I),                          # main: 威力传动 INSTITUTION
        ("“六权”改革一体化服务平台", J),          # 上线运行: a specific platform named after the “六权” reform (chizhou A
                                                  # “政策找企业”惠企通平台 PROJECT); unlike C's generic 市域社会治理信息平台
        ("多权融合改革试点", J),                  # a pilot carried out (C 生态产品价值实现机制试点; head 试点, not …改革)
        ("国企改革三年行动", J),                  # named 行动 (C 国企改革深化提升行动); 国家验收: none
        # 园区改革: a reform -> none
        ("宁东基地", P),                          # existing zone (C)
        # 连续两年: a streak -> no DATE; 全国第五: rank
        ("中关村双创园", P),                      # existing park; 国家级小微企业双创示范基地: designation
        ("阅海湾商务区", P),                      # named business district (guide §3 泰华商圈)
        ("中国", P, "获批"),                      # 中国楼宇经济标杆商务区: designation, 中国 bare modifier
        ("闽宁产业园", P),                        # C: park PLACE; 新时代山海情: slogan
        ("银川—青岛港“一单制”铁海联运图定班列", J),  # 正式开通: a named train service opened (liangshan D
                                                  # 凉山至东部沿海生鲜冷链物流班列, mudanjiang “哈绥俄亚”班列 PROJECT)
        ("中蒙俄大宗商品跨境交易平台", J),        # 建成投运: a named platform built (hailaer 华为云平台 PROJECT)
        # ---- （四）生态底色更加靓丽 ----
        ("@", "（四）生态底色更加靓丽。"),
        ("黄河“几字弯”", P),                      # C: 攻坚战 is not a PROJECT head; the region is PLACE
        ("黄河流域生态保护主题宣传实践月", J),    # C: same event, trailing 活动 left out
        ("沿黄九省", P),                          # regional grouping (C 沿黄地区 PLACE); 母亲河: epithet -> none
        ("中央", I),                              # 中央、自治区环保督察: 中央 alone, bare 自治区 nothing (DECISIONS, C)
        # PM2.5, 国控地表水断面: none
        ("典农河水生态修复", J),                  # X等N个项目 item tied to a named river (C 正源街优化提升)
        ("西北", P),                              # 西北首个绿电小镇: the town is unnamed here -> only 西北 (main 西北)
        ("苏银产业园", P),                        # C
        ("经开区", P),                            # main: the city's one 经开区; 绿电园区试点 (入选): designation
        # 国家级绿色工厂; 全国首批公共领域车辆全面电动化先行区试点 (入选): designations -> none
        # ---- （五）城乡发展协调共进 ----
        ("@", "（五）城乡发展协调共进。"),
        ("银川火车站现代客运枢纽", J),            # 建成试运: named facility built
        ("河东国际机场四期", J),                  # 等工程加快推进: being built (guide §3)
        ("乌银高速南绕城段", J),                  # same list; conjunct is a name on its own
        ("交通疏堵“6+N”工程", J),                # named 工程 (C 交通疏堵、…完整社区工程)
        ("正源街凤悦隧道", J),                    # X等N个项目建成投用: a named tunnel built
        # 清洁取暖, 海绵城市: none
        ("西北", P, "位居"),
        # 老旧小区, 保障性租赁住房, 小微公园, 健身步道: generic
        ("民生花园", P),                          # named residential community; 国家完整社区建设试点 (入选): designation
        ("物业提升“123”专项行动", J),            # named 专项行动
        ("湖畔嘉苑", P),                          # named residential compound
        ("枫林湾", P),
        ("五里水乡", P),                          # 全国美好家园物业管理示范小区: designation
        # 农村人居环境整治 (no head noun here, unlike C's …整治计划): none
        ("闽宁镇", P),                            # main
        ("梧桐树乡", P),                          # 首批国家农业产业强镇: designation
        ("丰登镇润丰村", P),                      # town+village kept as one PLACE (huangshanqu D 焦村镇汤家庄村, mudanjiang D 林口县镇北村)
        ("镇北堡镇昊苑村", P),
        ("中国", P, "入选"),                      # 中国美丽休闲乡村 (C: PLACE 中国 only)
        # ---- （六）民生事业全面进步 ----
        ("@", "（六）民生事业全面进步。"),
        # 品质之城、和美之城、温馨之城; 青年发展型城市: slogans/designation
        ("银川", P, "创造"),                      # 银川经验: place as bare modifier
        ("十万大学生留银专项行动", J),            # main
        ("银", P, "在"),                          # 在银就业创业: 银 = 银川 (corpus 驻潜/驻池/驻津 -> PLACE)
        ("唐徕中学北校区", J),                    # X等N个教育项目建成投用: a campus built (guide 协和天津校区 PROJECT)
        # 城乡义务教育共同体; 国家儿童友好试点城市; 国家安宁疗护试点城市 (designations); 文化惠民活动 (generic): none
        ("文化艺术馆", P),                        # the city's existing cultural centre, honoured as a space (wulumuqi A 文化馆 PLACE)
        # 全国最受欢迎公共文化空间: designation; 全国生态文学创作基地: a title/base that 落户 -> none
        ("银川", P, "落户"),
        ("黄河流域九省（区）农民篮球邀请赛", J),  # named event held
        ("银川马拉松", J),                        # named event (huangshanqu 黄山马拉松, liangshan 西昌邛海湿地马拉松)
        # ---- （七）社会治理持续加强 ----
        ("@", "（七）社会治理持续加强。"),
        # 铸牢中华民族共同体意识: formula; 全国民族团结进步示范县区: designation
        # 燃气安全预警监测平台: a generic platform type (C: 市域社会治理信息平台 none); “三件套”: slogan
        ("宁夏", P, "规模最大"),                  # 宁夏首单; 自贸区明珠债 is a bond product (not tagged; 自贸区 is not this
                                                  # jurisdiction's zone and only part of the product name)
        # “纪检+信访”工作机制: mechanism/slogan; 两个全国…城市: designations -> none
        # ---- 各位代表，硬作风铸就铁肩膀 ----
        ("@", "各位代表，硬作风铸就铁肩膀"),
        ("市政府", I),
        # 四强能力作风建设: 建设 is a verb of work, no PROJECT head -> none
        ("市委", I),                              # 向市委请示报告制度
        ("人大", I, "接受"),                      # 人大法律监督
        ("政协", I, "工作监督和"),                # 政协民主监督
        ("人大", I, "区市"),                      # 区市人大代表: the shared head only (两 bodies, 自治区 and 市; corpus 人大代表 -> 人大)
        ("政协", I, "件、"),                      # 政协委员 -> 政协 (corpus)
        ("八五普法", J),                          # corpus “八五”普法 PROJECT (here without quotes)
        # 法治政府示范市: designation; 重点领域专项治理: generic -> none
        # ---- 国防动员、双拥… : fields of work (工会、慈善、红十字…事业): none (liangshan D, qinzhou E) ----
        # ---- 各位代表！这些成绩的取得 ----
        ("@", "各位代表！这些成绩的取得"),
        # 习近平新时代中国特色社会主义思想: formula
        ("自治区党委", I),                        # main
        ("政府", I, "、"),                        # = 自治区政府 (main)
        ("市委", I),
        ("市人大", I),
        ("市政协", I),
        ("市人民政府", I),
        ("人大", I, "向"),                        # 人大代表
        ("政协", I, "、"),                        # 政协委员
        # 各民主党派, 无党派人士, 人民团体: generic groups
        ("工商联", I),
        ("银", P, "驻"),                          # 驻银部队 (corpus 驻潜部队 -> 潜)
        ("武警", I),                              # 武警官兵 (corpus); 公安民警, 消防指战员: roles
        ("中央", I, "向"),                        # 中央和自治区驻银单位: 中央 INSTITUTION, bare 自治区 nothing
        ("银", P, "驻"),                          # 驻银单位
        ("银川", P, "关心支持"),
        # ---- 各位代表，这里特别要向大会说明 ----
        ("@", "各位代表，这里特别要向大会说明"),
        ("兴庆区富洋烧烤店", I),                  # a named business; place prefix kept in the maximal name (guide §3, linzhi lead
                                                  # review); “6·21”…事故: an incident, no DATE (main)
        # ---- 同时，我们也清醒地看到 … : no entities (全市, 县域经济 generic) ----
    ],
    # =================== window 2: [12929, 13718) ===================
    [
        ("@", "狠抓平安银川建设。"),
        ("银川", P, "平安"),                      # place inside a slogan (jinghai B 平安静海)
        ("铸魂、防渗、净土、夯基工程", J),        # conjuncts not names on their own: kept whole (C 培元固本、…正本清源工程)
        # 扫黑除恶斗争: untagged in the corpus (liangshan E, qinzhou F, tianmen C; only …专项斗争 is tagged);
        # 反诈人民战争: slogan; 国家食品安全示范城市, 全国双拥模范城十连冠: designations -> none
        ("@", "各位代表！新的一年"),
        ("新的一年", D),                          # DECISIONS
        # 加强政治建设: “两个确立”, “四个意识” etc. are formulae -> none
        ("@", "我们一定恪守为民宗旨。"),
        # “四下基层”制度: untagged in the corpus (liangshan E, qinzhou F, linzhi C)
        ("千名干部包千企活动", J),                # distinctly named campaign (C review: named 活动 like 五比活动 are tagged)
        ("@", "我们一定坚持依法行政。"),
        ("八五普法", J),
        # 全国法治政府建设示范市: designation; 法治强市: none
        ("@", "我们一定强化实干担当。"),
        ("四强能力作风提升年活动", J),            # named campaign year with 活动 kept (hailaer “项目建设推进年”活动,
                                                  # mudanjiang “工作落实年”活动)
        # 月调度、季通报、半年总结、全年考核: cadences of a work mechanism, not reporting periods -> no DATE
        ("@", "我们一定保持清正廉洁。"),
        # 中央八项规定及其实施细则精神: formula, untagged everywhere in the corpus; 自治区八条禁令: bare 自治区 + rules -> none
        ("@", "各位代表！使命在肩"),
        ("党中央", I),
        ("中央", I, "全面落实"),
        ("市委", I),                              # 中央、自治区和市委: bare 自治区 nothing
        ("宁夏", P),                              # 美丽新宁夏
        ("银川", P, "现代化"),                    # 中国式现代化银川篇章 (DECISIONS)
    ],
]


def locate(text, region, items):
    a, b = region
    cur = a
    out = []
    for it in items:
        if it[0] == "@":
            cur = _unique(text, it[1], a, b)
            continue
        surf, lab = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        i = text.find(ctx + surf, cur, b)
        assert i >= 0, f"entity not found after {cur}: {ctx + surf!r}"
        assert i - cur <= MAXJUMP, f"{surf!r} jumped {i - cur} chars from {cur}"
        i += len(ctx)
        out.append({"start": i, "end": i + len(surf), "label": lab, "text": surf})
        cur = i + len(surf)
    return out


if __name__ == "__main__":
    text = load(DOC)
    for a, b in R_ENTITIES:
        assert text[a - 1] == "\n" and (b == len(text) or text[b - 1] == "\n"), (a, b)
    ents = []
    for region, items in zip(R_ENTITIES, ENTITIES):
        ents += locate(text, region, items)
    meta = {"jurisdiction": JUR, "year": YEAR,
            "regions": {"targets": R_TARGETS, "entities": [list(r) for r in R_ENTITIES]}}
    write(DOC, PART, meta, ents, [])
