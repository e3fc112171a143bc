"""Gold entity annotations for qinzhou_2024, part E.

Entity region [4525, 7350) (一、2023年工作回顾, tail of （七） 城市管理 ... （八）守底线, （九）惠民生,
（十）政府自身建设, 同时…, 各位代表！这些成绩的取得…, 在总结成绩的同时… problems paragraph).
No target region. Every offset is computed with str.find from a moving cursor
(optionally with a preceding context string); no offset is typed by hand.
Names already decided in scripts/qinzhou_2024__main.py and __C.py are labelled the same way here.
"""
import json
import pathlib

WORK = pathlib.Path(__file__).resolve().parent.parent
DOC_ID = "qinzhou_2024"
JUR = "钦州市"
YEAR = 2024
ENT_REGIONS = [[4525, 7350]]
TEXT = (WORK / f"{DOC_ID}.txt").read_text(encoding="utf-8")

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

entities = []
_cur = ENT_REGIONS[0][0]


def seek(anchor):
    """Move the cursor to the next occurrence of anchor (a paragraph or sentence opener)."""
    global _cur
    i = TEXT.find(anchor, _cur)
    assert i >= 0, f"seek: {anchor!r} not found after {_cur}"
    _cur = i


def E(label, s, ctx="", maxjump=300):
    """Annotate the next occurrence of s (preceded by ctx) after the cursor."""
    global _cur
    i = TEXT.find(ctx + s, max(0, _cur - len(ctx)))
    assert i >= 0, f"{s!r} (ctx {ctx!r}) not found after {_cur}"
    i += len(ctx)
    assert i - _cur <= maxjump, f"{s!r} jumped {i - _cur} chars from {_cur}"
    entities.append({"start": i, "end": i + len(s), "label": label, "text": s})
    _cur = i + len(s)


# ---------------------------------------------------------------------------
# Tail of （七） (the window opens mid-paragraph): 修复市政道路… 城市管理更加精细…
# 新能源充电站点, 生活垃圾分类亭站: generic facilities, nothing.
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# （八）精准有效守底线，发展环境更加稳定。
# ---------------------------------------------------------------------------
seek("（八）精准有效守底线")
# 再融资债券, 到期债务本息: nothing
E(J, "中央生态环境保护督察")                # DECISIONS: 中央 + 督察 as a named inspection campaign -> one PROJECT
# 河湖“四乱”问题: a slogan, nothing
E(D, "年内")
# 红树林: a common noun (mangroves), nothing
E(J, "茅尾海面源污染处理试点")              # a pilot scheme (C: …试点 -> PROJECT); 茅尾海 begins the name, not tagged alone
E(I, "生态环境部")                          # the national ministry
# 海水养殖尾水治理模式: a model, nothing; 全国: territory word
E(J, "蓝色海湾整治项目")                    # the named national marine restoration programme (入选…)
E(P, "广西", ctx="入选")                    # 广西生态产品价值实现典型案例: designation, place modifier only (C: 广西特色农产品优势区)
E(P, "广西", ctx="落地")                    # 广西首宗蓝碳交易 (main: 广西首批)
# 全市, 县级以上集中式饮用水水源地: nothing; 连续5年: a streak, not DATE
# 获自治区评为A级: bare 自治区 is a territory word (main/C), nothing
# 信访接访、扫黑除恶、禁毒、反电诈、打私等工作: kinds of work, nothing (jinghai B 常态化扫黑除恶: nothing)
E(P, "钦州市", ctx="工作，")
# 连续18年: streak, nothing; 自治区: nothing; 平安市: a title, nothing
E(P, "灵山县")
E(P, "广西", ctx="获评为")                  # 广西禁毒重点整治示范县: designation, place modifier
# 我市: nothing
E(P, "广西", ctx="排名")                    # 排名广西第二: the ranking scope is a named place
E(P, "浦北县")
E(P, "广西", ctx="排名")                    # 排名广西第一
E(J, "重大事故隐患专项排查整治2023行动")    # the named national campaign (§3: named 行动 -> PROJECT); 2023 is inside the name, no DATE
# 重点领域安全专项治理: generic (C: 重点领域专项排查整治 -> nothing)
E(D, "全年")
E(J, "北部湾危险化学品应急救援基地主体工程")  # 基本建成: a facility being built (guide: 团大公路改建主体工程)
E(P, "钦州石化产业园")                      # as in main
E(P, "广西", ctx="成为")                    # 广西首个智能化封闭管理园区: place modifier

# ---------------------------------------------------------------------------
# （九）千方百计惠民生，人民生活更加幸福。
# ---------------------------------------------------------------------------
seek("（九）千方百计惠民生")
# 教育基础设施项目607个, 主城区: nothing
# X、Y、Z等8个项目 being built (建成): named school facilities -> PROJECT
# (qianjiang C 新潜江中学、兴盛路小学等5个学校项目; huangshanqu 浦溪幼儿园建成投用; chizhou …改扩建)
E(J, "市第六中学永福校区")
E(J, "市第二小学改扩建")
E(J, "子材幼儿园")
E(J, "市外国语学校新校区", ctx="新建")
E(J, "市人和小学新兴校区")
E(J, "牛食禾幼儿园")
E(J, "广西“双优”建设计划")                  # a named programme (§3: named 计划 -> PROJECT); 广西 begins the name
E(I, "市外国语学校", ctx="，")              # the school as actor (实现“民转公”; qianjiang 潜江中学 INST); “民转公”: nothing
E(I, "浦北县金浦中学")                      # maximal name; 自治区示范性普通高中: designation
E(I, "钦南区特殊教育学校")                  # 自治区示范性特殊教育学校: designation
# 教育集团化办学改革 (a reform), 义务教育“双减” (policy slogan): nothing
# 卫生健康基础设施项目35个, 国家卫生城市复审验收, 全国无偿献血先进市: nothing
E(P, "广西", ctx="建成")                    # 广西沿海首家儿童体检中心: 广西 as modifier; 沿海 and the unnamed centre: nothing
E(P, "浦北县")
E(P, "钦南区")
# 自治区级健康县区: designation
E(P, "灵山县", ctx="，")                    # 全国医养结合示范县: designation
E(I, "灵山县人民医院")
E(P, "广西", ctx="获评为")                  # 广西第2家县级三甲综合医院
E(I, "灵山县中医医院")
E(P, "广西", ctx="获评为")                  # 广西首家县级三甲中医医院
E(I, "浦北县人民医院")                      # 国家三级综合医院: a grade, nothing
# 全市, 全区第一, 公租房, 低保…: nothing
# 全国居家和社区基本养老服务提升项目试点城市: a designation (C: …试点城市 -> nothing)
E(I, "世界运河历史文化城市合作组织")        # an international body (加入…)
# 自治区级非遗代表性项目: designation
E(I, "钦州图书馆")                          # liangshan D 宁南图书馆 INST; 国家一级图书馆: a grade
E(P, "灵山县", ctx="。")
E(P, "广西", ctx="入选")                    # 广西地名文化遗产千年古县: designation, place modifier
# 国家、自治区级文化体育旅游品牌: nothing
E(P, "钦南区", ctx="，")
E(D, "2023年度")                            # huangshanqu C 2023年度 DATE (a year; not a deadline, DECISIONS)
E(P, "广西", ctx="2023年度")                # …广西文化产业和旅游产业融合发展示范区: designation, place modifier
E(D, "“十四五”")                            # DECISIONS: bare “十四五” for the plan period (main: 完成“十四五”目标)
# 三类以上体育公园项目建设任务: generic, nothing
E(J, "环广西公路自行车世界巡回赛")          # the named race
E(P, "钦州", ctx="巡回赛")                  # 钦州赛事: place + generic noun (the stage held in 钦州)
E(J, "学青会")                              # 全国学生（青年）运动会, a named event
E(P, "钦州", ctx="学青会")                  # 钦州赛区比赛: place + generic noun
E(J, "中国四大名陶展")                      # 第六届 left out (guide §3 edition ordinals)
E(J, "钦州蚝情节")                          # a named local festival (guide: 王口炒货节, 台头西瓜节)

# ---------------------------------------------------------------------------
# （十）驰而不息提效能，政府自身建设不断加强。
# ---------------------------------------------------------------------------
seek("（十）驰而不息提效能")
# 党的领导, 学习贯彻习近平新时代中国特色社会主义思想主题教育 (formula; corpus untagged), 党的建设: nothing
E(I, "中央", ctx="确保")                    # 中央、自治区和市委: as in main (bare 自治区 nothing)
E(I, "市委", ctx="自治区和")
E(J, "公民法治素养提升行动")                # §3: named 行动 -> PROJECT
E(I, "人大", ctx="主动接受")                # 人大及其常委会: 人大 only (huangshanqu C, qianjiang C)
E(I, "政协", ctx="常委会、")
E(I, "市人大", ctx="办理")                  # 市人大代表建议: body before a role noun (guide: 市政协委员)
E(I, "市政协", ctx="188件、")
# 全区第一, “跨省通办”, “办不成事”兜底机制, “不打烊”, “全区通办”: nothing
E(P, "钦州", ctx="数字")                    # 数字钦州建设: place inside a local slogan (C: 美丽钦州 -> 钦州); see notes (linzhi 数字林芝)
E(P, "广西", ctx="建成")                    # 广西首个智慧节约型公共资源交易中心: place modifier; the centre is described, not named
# 清廉政府, “过紧日子”, 助企纾困政策: nothing
E(J, "“桂惠贷”")                            # the named government-subsidised lending programme (funds -> PROJECT); see notes

# ---------------------------------------------------------------------------
# 同时，大力支持国防动员和后备力量建设…
# ---------------------------------------------------------------------------
seek("同时，大力支持国防动员")
E(P, "灵山县")
E(P, "浦北县")
# 自治区“双拥”模范县, 全国民族团结进步示范区示范单位: designations
# 工会、共青团、妇女儿童…; 海关、海事、边检、税务…等: lists of fields of work, nothing (liangshan D 工会、共青团、红十字、邮政、气象: nothing)

# ---------------------------------------------------------------------------
# 各位代表！这些成绩的取得…
# ---------------------------------------------------------------------------
seek("各位代表！这些成绩的取得")
E(I, "党中央")                              # corpus tags 党中央 also inside the formula 以习近平同志为核心的党中央
# 习近平新时代中国特色社会主义思想: formula, nothing
E(I, "自治区党委")
E(I, "自治区人民政府")
E(I, "市委", ctx="有")
E(I, "市人大", ctx="有")                    # 市人大及其常委会: 市人大 only (hailaer 区人大及其常委会 -> 区人大)
E(I, "市政协", ctx="常委会、")
E(I, "市人民政府", ctx="代表")
E(I, "人大", ctx="向")                      # 人大代表、政协委员 (jinghai A, liangshan D)
E(I, "政协", ctx="代表、")
# 各民主党派, 无党派人士, 人民团体: generic groups (guide)
E(I, "工商联")
# 中直、区直: nothing
E(P, "钦", ctx="驻")                        # 驻钦单位: the city's one-character short name (qianjiang D 驻潜/在潜, chizhou D 驻池); see notes
E(P, "钦", ctx="驻")                        # 驻钦人民解放军
E(I, "人民解放军")                          # jinghai A 驻静解放军和武警官兵 -> 解放军, 武警
E(I, "武警部队")
# 政法干警, 消防救援人员: nothing
E(P, "钦州", ctx="支持")

# ---------------------------------------------------------------------------
# 在总结成绩的同时… (problems)
# ---------------------------------------------------------------------------
seek("在总结成绩的同时")
E(D, "去年")                                # like 上年 (liangshan C, tianjin main)
# 百亿级工业项目, 县域经济高质量发展 (no 行动 head here), 中心城区: nothing
E(P, "钦州", ctx="开创", maxjump=600)


# ---------------------------------------------------------------------------
def write():
    (a, b), = ENT_REGIONS
    for e in entities:
        assert TEXT[e["start"]:e["end"]] == e["text"], e
        assert a <= e["start"] and e["end"] <= b, e
    ents = sorted(entities, key=lambda e: (e["start"], e["end"]))
    for x, y in zip(ents, ents[1:]):
        assert x["end"] <= y["start"], (x, y)
    doc = {"id": DOC_ID,
           "meta": {"jurisdiction": JUR, "year": YEAR,
                    "regions": {"targets": [], "entities": ENT_REGIONS}},
           "entities": ents, "targets": []}
    out = WORK / "out" / f"{DOC_ID}__E.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {}
    for e in ents:
        counts[e["label"]] = counts.get(e["label"], 0) + 1
    print(f"wrote {out}: {len(ents)} entities {counts}")


if __name__ == "__main__":
    write()
