"""Gold entity annotations for qinzhou_2024, part F.

Entity region [16519, 19247) (三、2024年工作安排 (七) 切实维护社会安全稳定 ... (九) 政府自身建设 and the
closing paragraph, to the end of the text). No target region.
Every offset is computed with str.find from a moving cursor (optionally with a preceding context
string); no offset is typed by hand. Names already decided in scripts/qinzhou_2024__main.py and
__C.py are labelled the same way here.
"""
import json
import pathlib

WORK = pathlib.Path(__file__).resolve().parent.parent
DOC_ID = "qinzhou_2024"
JUR = "钦州市"
YEAR = 2024
ENT_REGIONS = [[16519, 19247]]
TEXT = (WORK / f"{DOC_ID}.txt").read_text(encoding="utf-8")

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

entities = []
_cur = ENT_REGIONS[0][0]


def seek(anchor):
    """Move the cursor to the next occurrence of anchor (a paragraph opener)."""
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
# （七）… 切实维护社会安全稳定。
# ---------------------------------------------------------------------------
seek("切实维护社会安全稳定。")
E(P, "钦州", ctx="平安")                    # 平安钦州建设: place in a local slogan (jinghai 平安静海, tianmen 平安天门)
E(J, "市域社会治理现代化试点")              # 深化…试点工作: a pilot scheme, 工作 left out (C: 全国网络货运监测平台试点)
# (main: 全国市域社会治理现代化试点合格城市 is a title/designation; here it is the pilot itself)
# 基层治理平台: generic. 扫黑除恶斗争 (常态化开展…): nothing, as tianmen/qianjiang/jinghai (常态化扫黑除恶);
#   only hailaer's bounded 扫黑除恶专项斗争 was PROJECT.
# 专门学校: generic. “四下基层”, 新时代“枫桥经验”, “浦江经验”: slogans/formulae (DECISIONS), nothing.
# 市、县、镇“一站式”矛盾纠纷化解中心: an unnamed facility type at three levels (DECISIONS), nothing.

# ---------------------------------------------------------------------------
# （八）聚力保障和改善民生
# ---------------------------------------------------------------------------
seek("（八）聚力保障和改善民生")
E(P, "钦州", ctx="生活在")
E(P, "钦州", ctx="居住在")
E(P, "钦州", ctx="走出")

seek("实施为民办实事工程。")
E(J, "为民办实事工程")                      # paragraph heading: a named 工程 (guide §3: generic names count)
E(J, "增进民生福祉突破行动")                # like the other …突破行动 of this document
E(J, "十大惠民工程")                        # 实施…等十大惠民工程 (liangshan “碳达峰十大行动”, …十项民生工程)
# 高标准农田: generic. “以奖代补”特色产业补助项目30个以上, 以工代赈项目45个: counted project types, nothing.
E(J, "市外国语学校新校区")                  # X等项目 list, facility heads (corpus: 市一医汇侨院区, 州二医院新院区)
E(J, "市人和小学新兴校区")
E(J, "幼教集团幼儿园")                      # the kindergarten of the city's preschool group: a specific facility
E(J, "市一医院门诊医技综合楼")              # 推进…等项目 (tianmen 市精神病医院综合楼)
E(J, "市二医院白石湖院区")                  # one maximal name; 白石湖 not tagged on its own

seek("持续健全社会保障体系。")
# 稳岗促就业一揽子政策 (policy package), 基本养老保险, 基本医疗保险: nothing
E(P, "钦州", ctx="友好型")                  # 青年发展友好型钦州建设: place as modifier of a local goal (平安钦州)
# 社会工作情暖基层服务: descriptive, no 行动/工程/计划 head and no quotes, nothing (uncertain)
E(J, "精神障碍社区康复服务试点")            # pilot scheme

seek("推动公共服务优质共享。")
# 优质教学资源全市共享平台: unnamed (descriptive) facility, nothing
E(J, "医保经办服务“十百千万工程”")          # a named 工程 with its field (guide 高质量发展“十项行动”; C 科技“尖锋”项目)
E(J, "爱国卫生运动")                        # the named national campaign (深入开展…); uncertain
# 国家卫生城市: designation. “一老一小”服务设施项目: slogan + generic facility. 村级养老服务中心,
# 社区卫生服务中心: generic. 社区综合养老服务新模式: nothing.

seek("加速文旅产业融合发展。")
E(J, "文旅产业融合发展突破行动")
# 平陆运河（钦州段）文化旅游发展规划: a plan title; the place name that begins it is not tagged (C)
E(J, "平陆运河龙门景区（龙门港海岛旅游度假区）")  # 推进…等一批文旅先导工程项目: a named item of a project list
#   (DECISIONS X等项目 with a facility head; C 中马—辉航新材料产业园); the bracketed alias is part of the name
E(P, "大芦村")                              # existing scenic spots whose quality is raised: locations
E(P, "三娘湾")
E(P, "犀丽湾")
E(P, "八寨沟")
E(P, "五皇山")
E(P, "钦州", ctx="形成")                    # 钦州滨海运河特色IP: place inside a brand (DECISIONS); the IP itself nothing
# 本土特色文化节庆活动, 国际国内大型文化和体育赛事活动: generic, nothing

seek("繁荣发展各项社会事业。")
# 铸牢中华民族共同体意识: formula. 全国民族团结进步示范市, 全国双拥模范城（县）: designations, nothing.
# 宗教、侨务、档案…地方志等工作: fields of work, nothing.
E(I, "工会")                                # 工会、共青团、妇联、残联、红十字会等群团组织: the text names them as
E(I, "共青团")                              #   organisations (群团组织); each is the city's specific body
E(I, "妇联")                                #   (guide: a specific body referred to by its office counts).
E(I, "残联")                                #   liangshan's 工会、妇女儿童、共青团、红十字…等各项事业 (fields of work) differs.
E(I, "红十字会")
# 支持海关、海事、边检、税务、消防、通信、气象、金融、供电、烟草、邮政、水文等工作: fields of work
# (parallel to the 统筹推动…等工作 list; 通信/金融/供电 are sectors), nothing.

# ---------------------------------------------------------------------------
# （九）聚力政府自身建设
# ---------------------------------------------------------------------------
seek("全面加强政治建设。")
# 主题教育 (corpus: never tagged), “两个确立”, “四个意识”, “四个自信”, “两个维护”, “国之大者”: nothing
E(I, "中央", ctx="推动")                    # 中央、自治区和市委: 中央 and 市委; bare 自治区 nothing (main)
E(I, "市委", ctx="自治区和")

seek("不断深化法治建设。")
E(I, "市委", ctx="向")                      # 向市委请示报告制度
E(I, "人大", ctx="接受")                    # 人大监督 (jinghai 人大监督 -> 人大)
E(I, "政协", ctx="接受")                    # 政协民主监督 (jinghai, huangshanqu, tianmen, qianjiang)
E(I, "人大", ctx="办理")                    # 人大代表建议 (corpus: 人大 before 代表 is INSTITUTION)
E(I, "政协", ctx="、")                      # 政协提案
# “12345热线” (qianjiang/linzhi 12345 hotlines untagged), 民意“直通车”: nothing

seek("加力推进效能建设。")
# 新一轮机构改革: a reform, nothing
E(J, "作风保障突破行动")
# “骥可达”系统: a software tool/brand being promoted, not an undertaking; nothing (uncertain)
# slogans (“一日无为、三日不安”, “最后一米”, “勤俭务实”, “岁月静好”): nothing

seek("持续强化清廉建设。")
# “一岗双责”, “三不腐”, 国资国企, “四风”, “吃拿卡要”: nothing.
# 中央八项规定及其实施细则精神: fixed political formula, nothing (corpus: never tagged, 8 instances)

seek("各位代表，为者常成")
E(I, "党中央")                              # 以习近平同志为核心的党中央 (main and corpus: INSTITUTION)
E(I, "中央", ctx="统一到")                  # 中央、自治区和市委
E(I, "市委", ctx="自治区和")
# 滨海运河城市: designation, nothing
E(P, "广西", ctx="中国式现代化")            # 中国式现代化广西篇章 (DECISIONS: place after a fixed formula)


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
    out = WORK / "out" / f"{DOC_ID}__F.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {}
    for e in ents:
        counts[e["label"]] = counts.get(e["label"], 0) + 1
    print(f"wrote {out}: {len(ents)} entities {counts}")


if __name__ == "__main__":
    write()
