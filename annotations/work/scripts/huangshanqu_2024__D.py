"""Gold annotations for huangshanqu_2024, part "D" (entities only).

Entities region [1666, 5659): review sections (二) to (六), the government-building
paragraph, the thanks paragraph and the shortcomings paragraph (up to
二、2024年工作安排). No targets region.
Every item is given by its text (plus, where needed, a context string that
contains it); offsets are computed with str.find from a moving cursor, never typed.
Run: python3 scripts/huangshanqu_2024__D.py  -> out/huangshanqu_2024__D.jsonl
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC = "huangshanqu_2024"
PART = "D"
TEXT = (HERE / f"{DOC}.txt").read_text(encoding="utf-8")
JUR = "黄山区"
YEAR = 2024
R_TARGETS = []
R_ENTITIES = [[1666, 5659]]
REG_START, REG_END = R_ENTITIES[0]
REGIONS = {"targets": R_TARGETS, "entities": R_ENTITIES}

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


# ---------------------------------------------------------------- entities
# (text, label) or (text, label, context); in text order, searched from a
# cursor that moves to the end of the previous entity.
E = [
    # ---- (二) 聚焦产业提质强支撑 (1666); 规模农业稳步发展
    ("“万亩亿元”农业发展工程", J),        # named 工程, quotes kept (DECISIONS)
    # 高标准农田, 省级以上农业产业化龙头企业, 示范社示范场: generic / designations
    ("太平", P, "太平魁红"),              # place as bare modifier in a tea name (part C: 太平 in 太平猴魁)
    ("太平", P, "太平猴魁公用品牌"),      # brand untagged, place inside is PLACE (DECISIONS)
    # full name of the association part C tagged as 高质量发展联合会: maximal name, the
    # opening 太平猴魁 is not nested (guide: 天津中医药大学)
    ("太平猴魁高质量发展联合会", I),
    # second pass: 全国乡村振兴赋能计划典型案例 - the 典型案例 selection is a designation, but the
    # programme inside is a named 计划 (guide §3; qianjiang A: 纳入…工业企业技术改造导向计划 PROJECT)
    ("全国乡村振兴赋能计划", J),
    # 全省农业特色产业（茶叶）10强县: designation
    ("苗知府", I),                        # company (part C)
    ("全省民营企业家恳谈会", J),          # a named event (chizhou 全国镁业大会 PROJECT); not a political meeting formula
    ("区农业农村水利局", I),              # a specific body referred to by its office
    ("新丰乡", P),
    # 全省粮食生产先进集体, 乡村振兴示范乡镇, 全国“一村一品”示范村镇: designations
    ("新华乡", P),
    # 工业经济运行平稳; 工业“五个一批”: list frame / slogan (part main), not tagged
    ("全年", D, "全年新签工业项目"),
    ("华绿园", I),
    # 国家级绿色工厂, 省级“专精特新”企业, “三品”示范企业, 智能工厂和绿色工厂: designations
    ("经开区", P, "编制经开区主导产业"),  # DECISIONS: 经开区 for the one zone; 调整规划 is a document
    # 园区基础设施、产业平台专项债项目: generic; “五未”土地, “四上”企业: no names
    # 文旅产业强劲恢复
    ("门票“免减优”系列活动", J),          # named campaign with head 活动 (corpus: “优环境、稳经济”系列活动)
    # “四季主题”多元文旅产品: a product line, not tagged
    ("环黄山国际公路自行车赛", J),        # named sports events (linzhi 跨喜马拉雅国际公路自行车极限赛)
    ("全国少儿围棋公开赛", J),
    ("太平湖长三角桨板公开赛", J),
    ("全年", D, "全年累计接待游客"),
    # 同比, 连续四年 (streak): not DATE; 全国康养产业…百强县: designation
    ("太平湖", P, "太平湖获首批"),
    # 首批国家水上国民休闲运动中心试点: a pilot status obtained (获), i.e. a designation, not tagged
    ("悠悠湖文旅街区", P),                # named business district (main: 南大门夜游精品街区 PLACE)
    # 全国汽车自驾运动营地: designation
    ("鹿鸣谷民宿", I),                    # a named business (enterprise)
    ("中国", P, "中国民宿百强榜"),        # bare modifier (guide: 中国 in 中国500强)
    # “揽胜茶乡·共享非遗”线路: a tourism product (itinerary), not a transport line; not tagged
    ("黄山区", P, "“乐游黄山区”"),        # place inside a platform brand (part C: “乐游黄山”)
    ("文旅部", I),                        # ministry (corpus: 工信部)
    # 乡村旅游精品线路、旅游公共服务优秀案例: designations
    # ---- (三) 聚焦生态建设抓统筹 (2451)
    # 污染防治攻坚战: slogan; 大气国控站点, 城区生活垃圾填埋场: unnamed facilities
    # list with shared head 工程 (guide §3 list rule); part C: 黄山钼矿尾矿库尾砂回采利用项目 PROJECT
    ("黄山钼矿尾矿库尾砂回采利用", J),
    ("秧溪河汪王岭段中小河流治理工程", J),
    # 城区雨污管网, PM2.5, 地表水国省控断面: not entities; 连续三年: streak
    ("中国", P, "中国最美县域"),
    # 林长制改革: reform; 松材线虫病: disease
    ("区林业有害生物防治中心", I),        # a specific district body
    # 连续两年; 国家级先进测报点: designation
    ("九龙峰自然保护区", P),
    # 全国自然教育基地、全省首批生态环境教育基地: designations
    ("太平湖EOD项目", J),                # part C
    # 5个转用项目: generic
    ("岸线贯通一标段", J),                # a specific works section being finished (phase: part C 城区公益性公墓二期)
    # 还湖于民: slogan; 茶产业数字化区块链平台: unnamed platform (part C 全域旅游大数据智慧平台)
    ("太平", P, "太平猴魁地理标志认证系统"),
    # ---- (四) 聚焦城乡一体促融合 (2868)
    # 区级国土空间总规, 乡镇国土空间规划, 村庄规划, 土地成片开发方案: plan documents; 省 bare
    ("全年", D, "全年新增建设用地"),
    # 重点城建项目, 老旧小区, 燃气管道, 便民停车位: generic; “城市管家”模式: slogan
    ("2022年度", D),                      # batch years are DATE (part C 2023年度, hailaer 2019年度)
    ("2023年度", D),
    ("焦村镇汤家庄村", P),                # town + village as one PLACE (main: 焦村汤家庄)
    ("中国", P, "中国美丽休闲乡村"),
    ("耿城镇沟村", P, "耿城镇沟村等5个村"),
    # 首批省级美丽宜居村庄: designation
    ("谭家桥镇东黄山村", P),
    ("中国", P, "中国传统村落名录"),      # chizhou: 第六批中国传统村落 -> 中国
    # “五链合一”集体经济发展模式: slogan; 全国基层党建创新典型案例: designation
    # ---- (五) 聚焦改革创新添动力 (3237)
    # “放管服”改革: reform
    ("太平经开区", P),
    # 政务服务“好差评”: no name; 农村改革: reform
    ("新丰乡盛洪村", P),
    ("焦村镇贤村", P),
    ("第二轮土地承包到期后再延长30年试点", J),  # corpus: identical name PROJECT (jinghai B)
    # 土地流转, 林权流转: generic
    ("焦村镇汤家庄村", P, "焦村镇汤家庄村闲置农房"),
    ("省委", I, "省委主要领导"),
    ("甘棠镇甘棠社区", P),
    ("中组部", I, "中组部先进典型村案例"),  # designation list, but the ministry is a body
    # 国资国企改革: reform; 粮食购销等4家公司: generic company description
    # 开放合作格局加快构建
    ("长三角", P, "深度融入长三角一体化"),
    ("大黄山", P, "推进大黄山世界级"),    # part main / C: 大黄山 only
    ("长三角地区防汛防台风联合演练", J),  # a named event held (hailaer 国际友城油画展); 长三角 not nested
    ("长三角旅游职业教育联盟", I),        # the alliance (tianjin 津雄职业教育发展联盟); 轮值活动 generic
    ("黄山·武夷山摄影联展", J),           # named event
    ("长三角", P, "引进长三角地区项目"),  # 地区 generic, left out
    ("大黄山", P, "入库大黄山招商推介"),
    # 创新驱动能力不断增强: 国家高新技术企业, 省商标品牌示范企业, 专利优秀奖企业: designations
    ("盛春生态农业院士指导站", I),        # a named station set up (part C 安农大皖南综合试验站)
    # 全省首批产品质量提升示范区: designation
    # ---- (六) 聚焦民生事业增福祉 (3624)
    # 城乡低保, 城乡菜市, 老年助餐点, 快乐健身设施: generic
    ("区老年公寓", J),                    # specific district facility just put into operation (main: 浦溪幼儿园 建成投用)
    # 新殡仪馆: unnamed facility type (DECISIONS 2026-11-26), not tagged
    ("城乡供水一体化管网项目", J),        # a specific programme implemented (实施…项目)
    # 旅游风景道: generic; “四好农村路”: not tagged (part C, corpus)
    ("“徽采云”乡村振兴黄山馆", J),       # named facility just opened (建成运营)
    # 移民后扶资金绩效评价: no; 连续两年, 全省第一: no
    ("轩辕车会", J),                      # named recurring folk event (corpus: 火把节, 王口炒货节)
    # 全国“一县一品”特色文化艺术典型案例: designation
    ("耿城镇沟村", P, "耿城镇沟村农家书屋"),  # 农家书屋 generic
    # 全国最美农家书屋: designation; 城区公办学校: generic; 县域学前教育普及普惠创建: designation
    ("黄山一中", I),
    ("黄山旅校", I),
    ("黄山职业技术学院分校", I),          # a branch school established (挂牌成立): institution
    ("区医院", I, "区医院与省肿瘤医院"),
    ("省肿瘤医院", I),
    # 东大门、太平湖公共卫生应急分中心建成投用: list with shared head, facilities just finished
    # (guide §3 list rule; part C 仙源路 / 祁黄 -> PROJECT for the bare first conjunct)
    ("东大门", J, "东大门、太平湖公共卫生应急分中心"),
    ("太平湖公共卫生应急分中心", J),
    # 全省慢性病综合防控示范区: designation; 社区卫生服务中心, 省级社区医院: generic
    # 新冠疫情“乙类乙管”: no; 职工医保门诊共济改革: reform
    ("平安建设“六大行动”", J),            # guide: 高质量发展“十项行动” PROJECT
    # list with shared head 专项行动 (guide §3 list rule)
    ("涉黑涉恶全量线索清仓", J),
    ("信访问题源头治理专项行动", J),
    # 电信网络诈骗: no
    ("中国", P, "“中国社会治理百强县”"),  # bare modifier inside a list title
    ("汤口税务分局", I),
    # 全国新时代“枫桥式”税务所: designation / formula
    ("太平湖", P, "太平湖整改社会风险评估"),
    ("龙北社区", P),
    ("中组部", I, "中组部先进典型社区案例"),
    # 连续九年“零发生”: streak
    ("区林业局", I),
    # 全省森林防火先进集体: designation
    ("甘棠镇凤凰村", P),
    # 省级综合减灾示范社区: designation
    ("全国自然灾害综合风险普查", J),      # edition ordinal 第一次 left out (guide §3)
    ("全国经济普查", J, "第五次全国经济普查单位清查"),  # as part C; 第五次 and 单位清查 (a stage) left out
    # 国防动员…红十字等事业: fields of work; 工会/残联/工商联/红十字 untagged here
    # (liangshan D, hailaer D leave 工会、共青团、红十字 …等事业 untagged)
    ("五丰源", I, "五丰源陈贞"),          # the company of the person named (affiliation)
    # 党的二十大代表: formula, nothing inside; persons are not entities
    # ---- 各位代表，打铁还需自身硬 (4658)
    ("一年来", D, "一年来，我们坚持以党的政治建设"),
    # 党的政治建设, 习近平…思想主题教育, “两个确立”, “两个维护”: formulae
    ("中央", I, "中央及省市区委"),
    # 省市区委 = 省委、市委、区委 compressed: bare 省/市 nothing (DECISIONS: 中央、省环保督察),
    # 区委 is the body it names
    ("区委", I, "省市区委各项决策"),
    # 法治政府建设; 政府工作规则、政府常务会议事制度: documents
    ("区委", I, "向区委报告"),
    ("区人大", I, "接受区人大法律监督"),
    ("区政协", I, "区政协民主监督"),
    ("人大", I, "人大代表建议148件"),     # part C: 人大代表建议 -> 人大
    ("政协", I, "政协委员提案134件"),
    # “公共法律服务山区样板”: 山区 is generic; 全省法治政府建设示范项目: designation
    ("优化发展环境“156”行动", J),         # named 行动
    # “一企面对”特色载体: slogan with a generic head, not tagged
    ("“优环境、促发展”活动", J),          # corpus: “优环境、稳经济”系列活动 PROJECT
    # 全面从严治党, 党风廉政建设和反腐败斗争, 中央八项规定精神: formulae (nothing inside);
    # 省市实施细则: bare territory words; 巡视、督察、审计; “四风”: no
    # ---- 各位代表，惊涛骇浪从容渡 (5004)
    ("过去的一年", D),
    ("市委", I, "这是市委、市政府"),
    ("市政府", I, "市政府坚强领导"),
    ("区委", I, "区委统筹全局"),
    ("区人大", I, "是区人大和区政协"),
    ("区政协", I, "区政协有效监督"),
    # 全区上下: jurisdiction word, not tagged
    ("区人民政府", I),
    ("黄山区", P, "支持帮助黄山区发展"),
    # ---- 在肯定成绩的同时 (5263): no entities (县域, “三保”: no names)
]


def build_entities(specs, start):
    out, cur = [], start
    for spec in specs:
        text, label = spec[0], spec[1]
        ctx = spec[2] if len(spec) > 2 else None
        s = locate(text, ctx, cur)
        assert REG_START <= s and s + len(text) <= REG_END, f"outside region: {text!r}@{s}"
        out.append({"start": s, "end": s + len(text), "label": label, "text": text})
        cur = s + len(text)
    return out


def main():
    ents = build_entities(E, REG_START)
    doc = {"id": DOC,
           "meta": {"jurisdiction": JUR, "year": YEAR, "regions": REGIONS},
           "entities": ents, "targets": []}
    out = HERE / "out" / f"{DOC}__{PART}.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    from collections import Counter
    print(f"wrote {out}: {len(ents)} entities", dict(Counter(e["label"] for e in ents)))


if __name__ == "__main__":
    main()
