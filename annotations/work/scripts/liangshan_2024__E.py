"""Gold entity annotations for liangshan_2024 (part "E": entities only).

Entities region [16567, 19135]: from "持续深化平安凉山建设。" to the end of the text
(the rest of section 六, sections 七 and 八 and the closing paragraph);
no targets region.  Entities are listed in document order as text plus an
optional preceding context string `pre`; every offset is computed with
str.find from a moving cursor (never typed by hand).
Run: python3 scripts/liangshan_2024__E.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID = "liangshan_2024"
PART = "E"
JURIS = "凉山彝族自治州"
YEAR = 2024
TEXT = (HERE / f"{DOC_ID}.txt").read_text(encoding="utf-8")

R_TARGETS = []
R_ENTITIES = [[16567, 19135]]

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"
# (text, label) or (text, label, pre): pre = context string right before the entity
ENTITIES = [
    # ---- 持续深化平安凉山建设
    ("凉山", P, "平安"),                      # slogan; place inside is PLACE (jinghai 平安静海 -> 静海;
                                              # D 健康凉山, 美丽凉山)
    # 新时代“枫桥经验”“浦江经验”: national slogans (DECISIONS) -> none
    # 信访问题源头治理三年攻坚: head 攻坚, not 行动/工程/计划/专项 -> none (C review removed
    # 工业企业…三年攻坚); 三年 inside the campaign phrase is no DATE
    # 信访工作法治化 (corpus: none); 扫黑除恶斗争 without 专项 (qinzhou F, tianmen, qianjiang: none)
    ("大数据实战服务中心", J),                # 启动…建设: a specific facility named in the text,
                                              # being built (huangshanqu 智慧体育中心 PROJECT). Borderline
    # 基层派出所 generic; 国家帮扶, 移民: none; 房地产、地方债务…风险: none
    # 社会治理“深耕善治”: slogan without head noun -> none
    ("城乡社区治理优化提升行动", J),          # named 行动 (guide §3: generic names count)
    # 社会工作服务体系, 网络舆情应对处置体系: systems -> none
    ("凉山", P, "“污名化”"),                  # “污名化”凉山问题: bare modifier place
    ("“三项计划”", J),                        # quoted 计划 (wulumuqi A/B “三项计划” PROJECT)
    # 铸牢中华民族共同体意识教育实践基地: designation type (wulumuqi …教育实践基地 none) and
    # formula -> none; 我国宗教中国化方向: formula -> none
    # ---- 七、落实就业优先战略 (就业优先战略: strategy -> none)
    ("“精培计划”", J),                        # D 就业精培计划 PROJECT; quotes kept
    # 以工代赈 (huangshanqu, yinchuan: none); 确保“零就业家庭”动态清零: goal/slogan without a
    # 行动 head here -> none (D tagged it only as a conjunct of …三大行动)
    # 根治拖欠农民工工资工作: none
    # ---- 健全多层次社会保障体系: 大病保险, 医疗救助制度, 基本医疗保险省级统筹,
    # 精神障碍社区康复站点, 生育支持政策体系: none
    # ---- 全面提升教育教学质量
    # 乡镇中心幼儿园, 普惠性民办幼儿园: generic
    ("“学前学会普通话2.0”行动", J),          # quoted named 行动, maximal incl. 2.0 (a number in a name)
    # 学前三年毛入园率: 三年 is part of the indicator, no DATE (D)
    ("西昌", P, "夯实"), ("德昌", P), ("会理", P), ("会东", P), ("宁南", P),  # …等县(市)
    # 全州; “三大强州战略” (strategy, main/C/D none)
    ("职业教育发展大会", J),                  # 召开…大会 (D 工业发展大会, 文化和旅游发展大会)
    # 县级中学托管帮扶: none
    ("科教园区暨医学教育服务项目", J),        # one named project (暨 joins one name); 科教园区 not
                                              # split off (maximal name)
    ("西昌医学高等专科学校", I),              # 秋季招生: the school as a body (D: its 一期工程 PROJECT);
                                              # 秋季: season, no DATE (D 汛期; qianjiang 秋季开学 none)
    ("西昌民族幼儿师范高等专科学校", I),
    ("四川应用技术职业学院", I),
    ("西昌学院", I),                          # (C 西昌学院); 硕士学位授予单位: designation
    ("教师队伍素质培优工程", J),              # named 工程 (wulumuqi 民营企业培优工程)
    # ---- 加快建设健康凉山
    ("凉山", P, "健康"),                      # D 健康凉山 -> 凉山
    # 重大医疗民生工程: a category of projects (the list after it), like D 工业强州项目,
    # wulumuqi 重大科技创新工程, shanghai 重大工程 -> none
    ("州一医院新院区危急重症综合救治中心", J),  # 完工 (D same facilities)
    ("州重大疾病公共卫生医疗救治中心二期", J),  # phase kept (D …(二期))
    ("州二医院新院区", J),
    ("州妇女儿童医院新院区项目建设工程", J),  # list rule: last conjunct keeps the shared head
                                              # (guide 疏港高速、东青高速改扩建工程)
    ("州第五人民医院", J),                    # 扩建: facility being extended (qianjiang 市人民医院,
                                              # tianmen 市第二人民医院 PROJECT)
    # 疾控体系改革: reform -> none; 重大疫情防控救治体系: none; 中藏彝医药: none
    ("“互联网+医疗健康”便民惠民行动", J),    # named 行动 (yinchuan “互联网+铸牢…”行动); the bare
                                              # slogan in D was none because it had no head
    # 医疗人才“组团式”帮扶, “县管乡用”“乡聘村用”: slogans -> none
    ("爱国卫生运动", J),                      # chizhou E, qinzhou F, tianjin E PROJECT
    ("会理", P, "力争"), ("德昌", P),          # 国家卫生县城: designation -> none
    # ---- 八、 主题教育 (none, D); 习近平新时代…思想: formula;
    # “两个确立”“四个意识”“四个自信”“两个维护”: none
    ("州委", I, "服从"),
    # “四个抓落实”: none
    ("党中央", I), ("国务院", I, "党中央"),   # 党中央国务院: two bodies (D)
    ("省委", I), ("省政府", I, "省委"),       # 省委省政府: two bodies (guide §3)
    ("州委", I, "和"),
    # 全州政府系统: none
    # ---- 坚持厉行法治: 行政执法“三项制度”: none
    ("“八五”普法", J),                        # corpus: huangshanqu, qianjiang, tianjin, tianmen PROJECT
    ("州委", I, "向"),
    ("州人大", I),                            # 州人大及其常委会 -> 州人大 (hailaer, jinghai, qinzhou,
                                              # tianjin: 区/市人大 only)
    ("州政协", I),
    # ---- 坚守为民初心: “形象工程”“政绩工程”: pejorative generic (yinchuan 形象工程 none);
    # “四下基层”: style slogan (qianjiang, qinzhou none)
    # ---- 坚决正风肃纪: “一岗双责”, “四风”, “禁酒令”: none
    ("作风突出问题专项整治", J),              # named 专项 (D 安全领域突出问题专项整治; qianjiang
                                              # 不担当不作为突出问题专项整治)
    ("重点领域腐败问题专项治理", J),          # named 专项 with a topic (腐败问题), parallel to D's
                                              # 安全领域突出问题专项整治. Borderline: qinzhou E left
                                              # 重点领域安全专项治理 untagged
    # 纪检监察机关: generic
    # ---- closing paragraph
    ("党中央", I, "为核心的"),                # corpus tags 党中央 in this formula (chizhou E, jinghai B, …)
    ("州委", I, "在"),
    ("凉山", P, "社会主义现代化"),            # as main 社会主义现代化凉山
]


def in_regions(s, e, regions):
    return any(a <= s and e <= b for a, b in regions)


def build_entities():
    out, cur = [], R_ENTITIES[0][0]
    for item in ENTITIES:
        text, label = item[0], item[1]
        pre = item[2] if len(item) > 2 else ""
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
