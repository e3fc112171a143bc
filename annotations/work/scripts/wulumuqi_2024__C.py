"""Gold annotations for wulumuqi_2024 (part C): entities only. Offsets are computed with str.find, never typed.

Region (entities): text[4326:8026], from the paragraph 科技创新活力持续增强 (the last item of 二、经济发展稳中有进
in the 2023年工作回顾) through 三、改革开放持续深化 and 四、城市环境更加宜居 up to …再生水利用率达45%。 (the window
ends after a sentence end inside the paragraph 统筹水资源综合利用, as assigned). Targets region: none.
Names already decided in parts A and B of this document are kept (see notes/wulumuqi_2024__review.md and
DECISIONS.md); where a label differs from B, the sentence makes it differ (guide §3).
"""
import json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID, PART = "wulumuqi_2024", "C"
JUR, YEAR = "乌鲁木齐市", 2024
TEXT = open(HERE / f"{DOC_ID}.txt", encoding="utf-8").read()
REG = [4326, 8026]
R_TARGETS = []
R_ENTITIES = [REG]
assert TEXT[REG[0]:].startswith("科技创新活力持续增强") and TEXT[REG[0] - 1] == "\n"
assert TEXT[:REG[1]].endswith("再生水利用率达45%。")


def locate(text, cur, ctx=None, lo=REG[0], hi=REG[1]):
    """Position of `text` at or after cur; with ctx: inside the first occurrence of ctx
    (at or after cur - len(ctx)) that contains a copy of text starting at or after cur."""
    if ctx:
        c = TEXT.find(ctx, max(lo, cur - len(ctx)), hi)
        while c >= 0:
            i = TEXT.find(text, max(c, cur), c + len(ctx))
            if i >= 0:
                break
            c = TEXT.find(ctx, c + 1, hi)
        assert c >= 0 and i >= 0, (text, ctx, cur)
    else:
        i = TEXT.find(text, cur, hi)
        assert i >= 0, (text, cur)
    assert lo <= i and i + len(text) <= hi, (text, i)
    return i


# ------------------------------------------------------------------ entities
# (surface, label[, ctx]) in document order; ctx pins the occurrence.
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"
ENTS = [
    # 科技创新活力持续增强 (end of 二、经济发展稳中有进)
    ("科技创新支撑高质量发展三年行动", J),          # same PROJECT in part B
    # “两区”建设: slogan frame (B: none)
    ("怀柔实验室新疆基地", J),                      # 落户 = set up (A: 落地 → PROJECT; B: PROJECT, maximal)
    ("光伏材料与电池全国重点实验室", I),            # named research lab approved (research institute, guide INSTITUTION;
                                                  # tianjin main 海河实验室 揭牌 → INSTITUTION)
    ("铝基材料重点实验室", I),                      # named lab, 挂牌 = in operation (as above); 自治区级创新平台: generic
    # 国家科技型中小企业, 高新技术企业, 科技创新领军企业, 国家级引才引智示范基地: generic / designations
    # 企业研发投入后补助: policy; 产业关键核心技术攻关项目: generic
    ("经开区（头屯河区）", P),                      # the city's one ETDZ with its co-extensive district in parentheses,
                                                  # one maximal span (A: 市文化中心（六馆一心）; DECISIONS 经开区 → PLACE)
    # 国家知识产权强国建设试点园区 (获批): designation; 自治区级技术转移机构: generic
    # 16兆瓦海上风机, 硅基制造业5G全连接创新技术研发与应用: products / research results; 自治区科学技术奖: award
    # 三、改革开放持续深化
    ("过去一年", D, "过去一年，我们坚持系统观念"),
    # 自治区43项重点改革任务: bare 自治区 (territory word); “一企一策”改革: reform
    ("水发集团", I),
    ("公交集团", I), ("快速公交公司", I),            # the city's specific companies by short name (chizhou 市投控集团)
    ("机场改扩建工程", J, "机场改扩建工程移交"),      # the Urumqi airport expansion being built (tianjin 机场三期 PROJECT)
    ("新疆机场集团", I, "移交新疆机场集团"),
    ("临空集团", I), ("新疆机场集团", I, "临空集团与新疆机场集团"),
    ("陆港集团", I), ("新疆商贸物流集团", I),
    ("市第八人民医院", I),
    ("新疆", P, "确定为新疆国际医疗服务中心"),       # 确定为…: a designation held; place as bare modifier inside it is PLACE
                                                  # (A: 中国 in 中国美丽乡村休闲旅游行; B: 中国 in “中国天然氧吧”)
    # 驻社区（村）“访惠聚”工作机制: a working mechanism (A: …联动解纷工作法 none; B: “四方合作”机制 none)
    # 行政处罚赋权事项清单, 权责清单, 县乡“属地管理”事项责任清单: documents; “首违不罚”柔性执法改革: reform
    # 国防动员体制改革, 农村集体经营性建设用地入市改革, 财税金融改革: reforms (guide §3), none
    ("中央", I, "国家级中央财政支持"),               # 中央 inside the designation 中央财政支持普惠金融发展示范区
                                                  # (mudanjiang C tags 中央 in the same designation); the designation: none
    # 营商环境持续优化
    ("营商环境优化提升三年行动", J),                # 全面落实自治区营商环境优化提升三年行动: bare 自治区 not tagged; same PROJECT in B
    ("市场化法治化国际化营商环境综合改革试点", J),  # same PROJECT in B
    # 市场准入负面清单, 告知承诺制, 容缺受理服务模式, “互联网+政务服务”, “全市通办”“跨域通办”“一件事一次办”: none
    # 民营企业座谈会: a meeting (DECISIONS: meeting names are formulae); 若干措施: a document
    ("2023年", D, "2023年新设立市场主体"),
    # “一港、五大中心”扩能增效: slogan frame, none
    ("国际陆港区", P),                              # named functional zone (guide PLACE: named zones)
    # 在全国复制推广: territory word
    ("全年", D, "全年始发中欧班列"),
    ("中欧班列", J, "始发中欧班列"),                 # qinzhou C: 中欧班列 → PROJECT (named rail service)
    # 铁海联运班列: generic; “五大中心”, “两横两纵、三环多射”骨架路网体系: slogans/frames
    ("乌鲁木齐国际机场", P),                        # existing airport as a location (shanghai 上海机场, chizhou 九华山机场 PLACE)
    ("机场改扩建工程T4航站楼", J),                  # terminal being fitted out (chizhou 九华山机场二期航站楼 PROJECT); maximal
    ("边疆宾馆市场采购贸易方式试点综合管理系统", J),  # the named pilot's system, built and accepted; taken whole
                                                  # (B 甘泉堡园区管理制度改革试点 whole), so no PLACE 边疆宾馆
    ("综合保税区", P),                              # the city's one bonded zone (qinzhou 综合保税区 PLACE; DECISIONS zones)
    ("全年", D, "综合保税区全年完成"),
    # 跨境电商公共服务平台, 线下产业园, 海外仓: generic; 文化创意国际交流活动: generic; “1+4+N”…体系: slogan
    ("乌鲁木齐职业大学", I),                        # as in A
    ("哈萨克斯坦", P, "与哈萨克斯坦、俄罗斯"), ("俄罗斯", P, "、俄罗斯等高等院校"),
    ("“丝路工坊（经世学堂）”", J),                  # named co-built facility/programme (共建), quotes kept
    ("“语言文化中心”", J),                          # named by the text in quotes (DECISIONS: 智慧体育中心 when the text names it so)
    ("丝绸之路·健康论坛", J),                       # first name of the forum
    ("新疆中亚地区妇幼健康论坛", J),                # second name after —, edition 第八届 dropped (guide §3); cannot be one span
    ("乌鲁木齐市—比什凯克市友好城市U20足球邀请赛", J),  # hosted named event (mudanjiang 中俄友好城市冰球赛 PROJECT)
    ("沪深北三大交易所“新疆服务基地”", J),          # base set up (落地, as A 落地 → PROJECT); maximal with its owners
                                                  # (B 怀柔实验室新疆基地, shanghai 长三角资本市场服务基地)
    # 自贸试验区建设开局良好
    ("自贸试验区", P, "自贸试验区建设开局良好"),     # DECISIONS: 自贸试验区 for the zone of the jurisdiction → PLACE
    # 乌鲁木齐片区建设实施方案: a document; the zone name begins it → not tagged (B: 《乌准产业园区…规划》;
    # qinzhou D 钦州市国土空间总体规划 untagged)
    ("西北", P, "引入西北首家"),                    # region name as modifier (yinchuan 西北 PLACE); 零碳服务中心: generic
    # 政务服务专区（窗口）, 金融机构, 多式联运中心: generic
    ("中欧班列（乌鲁木齐）集结中心", P),            # [second pass] PROJECT → PLACE: the existing hub, 统一运营 (guide §3:
                                                  # facility as an existing location → PLACE); 场站 generic, left out
    ("“天山号”班列", J),                            # named train service (mudanjiang “哈绥俄亚”班列 PROJECT)
    ("乌鲁木齐", P, "开通乌鲁木齐至"),
    ("哈萨克斯坦阿拉木图", P),                      # country + city as one maximal name (A 天山区大巴扎街道; linzhi 尼泊尔阔拉希市);
                                                  # …至…的国际道路客运班线 is descriptive (的), not a name
    # 全市: jurisdiction word
    ("“一带一路”", J),                              # corpus convention (B, tianjin, yinchuan …)
    ("智利雷克莱塔", P), ("乌兹别克斯坦撒马尔罕", P), ("俄罗斯克孜勒", P),  # country + city (as above)
    ("智利", P, "与智利、秘鲁"), ("秘鲁", P),
    # 四、城市环境更加宜居
    ("过去一年", D, "过去一年，我们深入践行"),
    # “人民城市人民建、人民城市为人民”理念: formula; “建设现代化国际城市”, 四大体系: slogans
    ("“十四五”", D),                                # “十四五” before 规划 → DATE (guide §3); 规划纲要 is a document
    # 国土空间总体规划: document
    ("国务院", I),
    # “三区三线”: planning term (corpus: never tagged); 海绵城市、慢行系统等专项规划: documents;
    # 实用性村庄规划: document
    # 完善城市配套设施
    ("东二环", J),                                  # 全线贯通 = road completed (guide §3: 通车 → PROJECT)
    ("跃进街连接线", J),                            # 建成通车
    ("西山路西延", J), ("东进场高架", J),            # …等工程加快建设
    ("轨道交通2号线一期北段主体工程", J),            # works completed (tianjin 地铁11号线一期西段; seed 团大公路改建主体工程)
    # 公交线路, 定制公交专线: generic; 网约车经营服务管理暂行办法: document; 机场、高铁站 (“打车难”): generic use
    # 供水管线, 供热管网, 燃气管网: generic
    ("“三大工程”", J),                              # same PROJECT as in B; “平急两用”: slogan
    # 老旧小区, 棚户区: generic
    # 提升城市治理能力: “蜘蛛网”: none; 人行天桥, 地下通道: generic
    ("南门", P), ("北门", P, "、北门等节点"),         # named urban localities (节点) of Urumqi
    # 持续改善生态环境
    # 蓝天、碧水、净土保卫战: national campaign formula (corpus: never tagged, linzhi/yinchuan/mudanjiang)
    # 燃煤源、移动源…: generic; 自治区: territory word
    ("“乌—昌—石”", P),                              # named region 乌鲁木齐—昌吉—石河子 (as 京津冀), quotes kept; 区域…整治: no head
    # “一企一策”治理改造项目: generic
    ("全年", D, "全年减排4项"),
    ("2022年", D, "较2022年"),                      # a year (guide DATE: years), baseline of the comparison
    # A级, B级（含B-级）环保绩效企业: grades/designations
    ("自2017年以来", D),                            # maximal time expression with its preposition (guide 到2027年; chizhou 今年以来)
    # “七个百分百”抑尘措施: slogan
    ("全年", D, "全年空气质量优良天数"),
    # “蓝天幸福感”: none; 城市集中式饮用水水源地: generic
    ("中央", I, "完成中央13项"),                    # DECISIONS: 中央、省环保督察 → 中央 INSTITUTION, bare 自治区/省 nothing;
                                                  # the shared 生态环境保护督察 is not a campaign name here
    ("中央生态环境保护督察", J),                    # DECISIONS: named inspection campaign → one PROJECT
    # 河（湖）长制、林长制: systems (corpus: never tagged)
    ("柴窝堡湖", P),
    # 统筹水资源综合利用
    ("水资源综合利用计划", J),                      # guide §3: named 计划 are PROJECT even when generic; borderline (see notes)
    ("甘泉堡第二净水厂暨主城区扬水应急保障工程（一期）", J),  # one project with two names joined by 暨 (B: 暨 → one entity),
                                                  # phase kept (A 云计算中心二期)
    ("楼庄子供水工程", J),
    # 从海拔500米到860米的扬水工程: descriptive back-reference, none; 提前2年: a duration, not a DATE
    ("全年", D, "全年利用外调水"),
    ("七道湾污水处理厂扩建工程", J),                 # named works (实施…等项目); 再生水管网: generic
]


def build():
    ents, cur = [], REG[0]
    for it in ENTS:
        text, label = it[0], it[1]
        i = locate(text, cur, it[2] if len(it) > 2 else None)
        ents.append(dict(start=i, end=i + len(text), label=label, text=text))
        cur = i + len(text)
    ents.sort(key=lambda e: (e["start"], e["end"]))
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], ("overlap", a, b)
    return {"id": DOC_ID,
            "meta": {"jurisdiction": JUR, "year": YEAR,
                     "regions": {"targets": R_TARGETS, "entities": R_ENTITIES}},
            "entities": ents, "targets": []}


if __name__ == "__main__":
    doc = build()
    out = HERE / "out" / f"{DOC_ID}__{PART}.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    if "-v" in sys.argv:
        for e in doc["entities"]:
            print("E", e["start"], e["label"], e["text"], "|",
                  TEXT[max(0, e["start"] - 6):e["end"] + 6].replace("\n", "/"))
    from collections import Counter
    print(out, len(doc["entities"]), "entities", dict(Counter(e["label"] for e in doc["entities"])))
