"""Gold entity annotations for yinchuan_2024, part C.

Entity region [6856, 12929): from 着力提升县区园区实力 (end of 2024 (一)) to the end
of the paragraph 狠抓基层治理创新 in (九). No targets in this part.
Every offset comes from str.find: each paragraph is anchored by a unique context
string ("@"), then entities are found in document order from a moving cursor.
A surface may carry a context string (surface, label, ctx): it is then located
as ctx + surface (ctx must directly precede it).
"""
import sys
import pathlib

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from _gold_common import load, write, _unique  # noqa: E402

DOC, PART = "yinchuan_2024", "C"
JUR, YEAR = "银川市", 2024
REGION = (6856, 12929)
MAXJUMP = 250  # no entity may lie further than this after the cursor

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

ITEMS = [
    # ---- (一) end: 着力提升县区园区实力 ----
    ("@", "着力提升县区园区实力。"),
    ("西部", P),                                  # 西部百强县区: regional name as bare modifier (like 中国 in 中国500强)
    ("园区改革攻坚行动", J),
    ("灵武", P),
    ("苏银产业园", P),
    ("宁东基地", P),                              # existing zone referred to as a location
    # ---- (二) 科技创新 ----
    ("@", "（二）突出科技创新提能"),
    ("@", "加力推进创新平台建设。"),
    ("六盘山", J),                                # 六盘山、贺兰山实验室 being built: conjunct stands for 六盘山实验室 (list rule)
    ("贺兰山实验室", J),
    # 东西部科技合作: no entity (review: 东西部协作 is untagged in jinghai, liangshan, tianjin)
    ("@", "加力推进创新主体培育。"),
    ("百企科技展翅行动", J),
    ("规上工业企业提升行动", J),
    ("@", "加力推进创新人才引育。"),
    ("领军人才、科技创新团队、卓越工程师、硕博人才倍增计划", J),  # conjuncts not names on their own: kept whole
    ("银川", P, "让人才在"),
    # 加力推进创新生态升级: 国家知识产权强市试点 is a pilot status the city holds -> none
    # ---- (三) 改革开放 ----
    ("@", "更深层次推进改革。"),
    ("改革系统集成攻坚突破年", J),
    ("国企改革深化提升行动", J),
    ("生态产品价值实现机制试点", J),             # a pilot being carried out (推进…试点工作)
    ("@", "更高水平扩大开放。"),
    ("“一带一路”", J),
    ("西部陆海新通道", J),                        # 共建: building context (qinzhou)
    ("南线物流快速通道", J),                      # shared head 工程: conjunct is a name on its own
    ("临港产业园区铁路专用线工程", J),
    ("银川至中卫铁路", J),                        # 开工建设
    ("银川", P, "争取开通"),
    ("中亚", P),
    ("俄罗斯", P),
    ("综保区", P),                                # the one 综合保税区 of the city (like 经开区)
    ("海关", I),                                  # the customs authority, a specific body (qianjiang C 与海关等部门合作)
    ("中国（沙特）吉赞产业园", P),               # park: PLACE also while being built
    ("锦江氧化铝项目", J),
    ("沿黄地区", P),
    ("京津冀", P),
    ("长三角", P),
    ("粤港澳", P),
    # 更高标准优化环境: no entities (国家试点 applied for, documents, slogans)
    # ---- (四) 生态 ----
    ("@", "强化绿色发展领跑。"),
    ("碳达峰十大行动", J),
    ("灵武新能源大基地", J),                      # 打造…基地: facility head, being built
    ("闽宁绿电小镇", P),                          # zone being built (小镇 outside a project list = PLACE)
    ("绿色生活创建活动", J),
    ("@", "强化环境质量提升。"),
    ("中央", I),                                  # 中央、自治区环保督察: 中央 alone; bare 自治区 nothing (DECISIONS)
    ("空气质量提升行动计划", J),
    ("黄河", P, "分类整治"),                      # 黄河干流: the river; 干流 is descriptive
    ("黄河银川段", P),
    ("@", "强化生态保护修复。"),
    ("黄河“几字弯”", P),                          # 攻坚战 is not a PROJECT head (qianjiang); the region is PLACE
    ("毛乌素沙化土地综合治理", J),                # X等项目
    ("白芨滩", P),
    ("贺兰山东麓", P, "加强"),
    ("贺兰山国家公园", P),
    ("中国生态文明论坛年会", J),
    ("黄河流域生态保护主题宣传实践月", J),       # ordinal 第三届 and trailing 活动 left out
    # ---- (五) 城市功能 ----
    ("@", "（五）突出城市功能提质"),
    ("银川", P, "“居住在"),                       # place name inside a brand
    ("城市更新行动", J),
    ("交通疏堵、市容整治、美丽河湖、公园廊道、完整社区工程", J),  # conjuncts not names on their own
    ("正源街优化提升", J),                        # X等项目, work on a named street
    ("七子连湖湿地公园", J),                      # X等项目 with a facility head
    ("第三热源项目", J),
    ("@", "扎实开展内涵重塑行动。"),
    ("内涵重塑行动", J),
    ("文明素养提升七大行动", J),
    ("长城", P),                                  # 长城、黄河国家文化公园 being built: conjunct stands for 长城国家文化公园;
    ("黄河国家文化公园", P),                      # review: parks are PLACE also while being built (DECISIONS), not in an X等项目 list
    ("银川文化园", P),                            # review: 文化园 = park (chizhou 小三线文化园 PLACE)
    ("贺兰山东麓", P, "打造"),                    # 国家级旅游度假区 is a designation (guide §3)
    ("西夏陵", P),
    ("@", "扎实开展智慧升级行动。"),
    ("智慧升级行动", J),
    ("银川", P, "数字"),                          # 数字银川平台体系
    # ---- (六) 乡村振兴 ----
    ("@", "（六）突出乡村振兴提效"),
    ("“千万工程”", J),
    ("@", "大力实施现代都市农业品牌提质计划。"),
    ("现代都市农业品牌提质计划", J),
    ("贺兰县", P),
    ("中国绿色食品博览会", J),
    ("银川", P, "妙选"),                          # brand: place name only
    ("农民丰收节", J),
    ("农业嘉年华", J),                            # trailing 活动 left out (as 一山一河文化旅游节)
    ("@", "大力实施农村人居环境整治计划。"),
    ("农村人居环境整治计划", J),
    ("美丽乡村“试点引领、整村提升”工程", J),
    ("中国", P, "支持创建"),                      # 中国美丽休闲乡村: designation, 中国 as bare modifier
    ("全国村庄清洁行动", J),                      # campaign named inside the designation …先进县 (tianmen 全国土壤普查)
    ("@", "大力实施农民收入稳增计划。"),
    ("农民收入稳增计划", J),
    ("农民经营增收、就业增收、财产增收、惠农增收、以城带乡促增收计划", J),
    ("农村产权流转交易规范化试点", J),
    ("集体经济组织职业经理人试点", J),
    ("@", "大力实施闽宁镇乡村振兴典范三年计划。"),
    ("闽宁镇乡村振兴典范三年计划", J),
    ("闽宁", P, "持续深化"),                      # 闽宁协作
    ("闽宁产业发展基金", J),
    ("闽宁", P, "扎实推进"),                      # 闽宁协作项目 (generic projects)
    ("闽宁产业园", P),
    ("闽宁", P, "乡韵"),                          # brand: place name only
    ("全国百美村庄项目", J),
    ("闽宁", P, "打造"),                          # 闽宁新貌
    # ---- (七) 民生 ----
    ("@", "完善就业增收三项机制。"),
    ("银川", P, "“就业在"),
    ("灵活就业人员参加住房公积金制度试点", J),
    ("@", "推进优质教育四项任务。"),
    ("银川", P, "“教育在"),
    ("新时代强师计划", J),
    ("@", "开展医疗健康五项计划。"),
    ("医疗健康五项计划", J),                      # named set with a 计划 head (like 创新发展七大工程)
    ("银川", P, "加快健康"),
    ("银川", P, "“医疗在"),
    ("市第一医院", J),                            # X、Y提质扩容等项目: conjunct stands for its own project
    ("妇幼保健院提质扩容", J),
    ("国家重大传染病防治基地", J),               # named facility being built (启动…建设)
    # ---- (八) 示范创建 ----
    ("@", "深化打造铸牢示范市。"),
    ("培元固本、夯基育苗、凝心聚魂、正本清源工程", J),
    ("“互联网+铸牢中华民族共同体意识”行动", J),
    ("@", "深化民族团结进步创建。"),
    ("民族团结进步月", J),                        # ordinal 第26个 and 系列活动 left out
    ("各民族青少年交流、群众互嵌式发展、旅游促进交往交流交融计划", J),
    ("贺兰山东麓旅游促进三交示范带", J),         # 打造…示范带 (qianjiang 乡村振兴示范带)
    ("@", "深化宗教中国化实践。"),
    ("“三项行动”", J),
    ("“两项工程”", J),
    # ---- (九) 安全发展 ----
    ("@", "狠抓本质安全提升。"),
    ("安全生产治本攻坚行动", J),
    ("@", "狠抓重大风险防范。"),
    ("宝塔集团", I),
    ("润恒城", J),                                # X等项目资产: named project
    ("双子塔北塔", J),
    ("如意氨纶", I),                              # bare company name in an X等项目 list
    ("“三大工程”", J),                            # 房地产 is a sector word (wulumuqi “三大工程”)
    ("@", "狠抓基层治理创新。"),
    ("“五个专项行动”", J),
    # 法律援助惠民活动: generic activity, no PROJECT head (review; qianjiang C 公共法律服务进园区进企业活动 untagged)
]


def locate(text):
    a, b = REGION
    cur = a
    out = []
    for it in ITEMS:
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
    assert text[REGION[0] - 1] == "\n" and text[REGION[1] - 1] == "\n"
    ents = locate(text)
    meta = {"jurisdiction": JUR, "year": YEAR,
            "regions": {"targets": [], "entities": [list(REGION)]}}
    write(DOC, PART, meta, ents, [])
