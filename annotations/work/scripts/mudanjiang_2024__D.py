"""Gold entity annotations for mudanjiang_2024 (part "D": entities only).

Entities region [3921, 6231): the rest of the 2023 review (public safety, 八是民生保障,
九是政府建设, the fields-of-work line, the flood paragraph, the thanks paragraph and the
shortcomings paragraph), up to 二、2024年重点工作任务. No targets region.
Entities are listed in document order as text plus an optional preceding context
string `pre`; every offset is computed with str.find from a moving cursor (never
typed by hand).  Run: python3 scripts/mudanjiang_2024__D.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID = "mudanjiang_2024"
PART = "D"
JURIS = "牡丹江市"
YEAR = 2024
TEXT = (HERE / f"{DOC_ID}.txt").read_text(encoding="utf-8")

R_TARGETS = []
R_ENTITIES = [[3921, 6231]]

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"
# (text, label) or (text, label, pre): pre = context string right before the entity
ENTITIES = [
    # ---- 全力提高公共安全治理水平 (window starts mid-paragraph, after …增长74%和105%。)
    # 大安全大应急管理体系: none
    ("市应急指挥中心", J),                  # 投入运行: the city's named facility put into operation
                                            # (chizhou D 市急救中心, 市医院传染病防治中心 建成投用 PROJECT)
    ("重大事故隐患专项排查整治行动", J),    # named 行动 (guide §3; qinzhou E 重大事故隐患专项排查整治2023行动)
    # 全市: territory word. “四所一庭一中心”衔接联动: mechanism/slogan without a head noun -> none
    # 信访矛盾源头治理, 积案攻坚: work -> none
    # “全国市域社会治理现代化试点合格城市”: a title the city holds -> none (guide §3 designations)
    # 电信网络诈骗, 八类案件: none; 连续12年: streak, no DATE; 全省平安建设优秀地市: designation
    # ---- 八是民生保障有力有效
    # “三保”: policy slogan (liangshan D) -> none; 全市: none
    # “缓降返补”政策: slogan -> none; 充分就业社区: generic
    # 全省, 失业保险、工伤保险省级统筹, “三项保险”: none
    # 居民医保乙类费用, 集采: none; “十七连增”: streak -> none
    ("国投公司", I),                        # the city's state investment company (enterprise)
    ("佳日热电", I), ("捷能热力", I),       # heating companies taken over (接管): enterprises
    ("火车站北站", J),                      # 投入使用: named facility put into use (guide §3 facility
                                            # being built/completed -> PROJECT; chizhou D schools 建成投用)
    # 我市; “国家公交都市建设示范城市”: designation -> none
    # 省级美丽宜居精品村: designation -> none
    ("穆棱市八面通镇", P),                  # city + town, maximal (qinzhou D 灵山县新圩镇)
    ("林口县镇北村", P),                    # county + village, maximal
    # 全国乡村治理示范村镇: designation -> none
    ("宁安市", P),                          # 国家乡村振兴示范县: designation -> none
    # 社会事业: 中小学幼儿园6所: generic
    ("江南实验学校分校", J),                # 主体封闭: a named school building under construction
    ("21中迁建项目", J),                    # 如期投用: named project, maximal incl. 迁建项目
    # 全国义务教育教学改革实验区, 省级产教融合示范试点城市: designations -> none
    ("牡丹江医学院", I),                    # university (guide: universities); not PLACE 牡丹江 inside
    # 更名“大学”: none
    ("教育部", I),
    ("红旗医院省级重大疫情救治基地", J),    # 竣工: facility completed, maximal incl. the hospital
                                            # (liangshan D 州一医院新院区危急重症综合救治中心)
    ("第二医院省级区域医疗中心", J),        # 投入使用: same pattern (chizhou D 市医院传染病防治中心)
    # 家庭医生服务, 村级医疗服务: none
    ("全国紧密型城市医疗集团建设试点", J),  # 获批…试点: a pilot scheme (guide PROJECT: pilot schemes;
                                            # chizhou E 市域社会治理现代化试点, liangshan C 四川省县城新型城镇化建设试点)
    # 残疾人家庭无障碍改造, 适老化改造: none
    ("怡馨园旅居康养项目一期", J),          # 投入运营: named project phase (guide …基地二期; main 海林中药产业园一期)
    # 未成年人保护工作站, 乡镇（街道）: generic; 退役军人服务保障体系: none
    # 国防动员工作获评全省优秀: none
    ("省运会", J),                          # 第十五届省运会: edition ordinal left out (guide §3; jinghai B 市运会)
    # 我市, 全省第二位: rank -> none
    ("镜泊湖世界地质公园", P),              # named existing park (guide: named parks PLACE)
    # 国家自然科普基地: designation -> none; 文体惠民活动: generic
    ("全国经济普查", J),                    # 第五次 left out (corpus: chizhou E, huangshanqu C, tianjin E)
    # ---- 九是政府建设得到加强
    # 学习贯彻习近平新时代中国特色社会主义思想主题教育: formula + 主题教育 (corpus untagged)
    # “两个确立”, “两个维护”, 国家“五大安全”: none
    ("党中央", I), ("国务院", I),  # 党中央国务院: two bodies (liangshan D/E)
    ("省委", I), ("省政府", I),      # 省委省政府: two bodies (guide §3)
    ("市委", I, "和"),
    # 法治政府: none
    ("市政府", I, "完善"),                  # 市政府重大事项集体决策议事规则: the body before the name of its
                                            # rules (no title marks); the rules themselves are a document -> not tagged
    # 重大行政决策事项目录制: none
    ("人大", I, "接受"),                    # 人大法律监督 (chizhou D, jinghai A)
    ("政协", I, "、"),                      # 政协民主监督
    ("人大", I, "223件"),                   # 人大代表议案 (body before a role noun, guide §3 市政协委员)
    ("政协", I, "251件"),                   # 政协委员提案
    ("市人大", I, "配合"),
    ("镜泊湖", P, "做好"),                  # 镜泊湖水域船舶管理: place as bare modifier; 水域 generic
                                            # (chizhou D 长江全流域 -> 长江)
    # 行政执法协调监督工作体系: none; 全省: none
    ("“八五”普法规划", J),                  # “八五”普法 is PROJECT in the corpus (qianjiang A “八五”普法中期评估,
                                            # huangshanqu C, liangshan E, tianjin E); maximal name incl. 规划 (the
                                            # five-year programme, like “海河英才”行动计划), see notes
    ("“工作落实年”活动", J),                # themed campaign (wulumuqi A “消费促进年”活动 PROJECT)
    ("“解放思想、振兴发展”研讨", J),        # the named province-wide campaign (head 研讨, not a bare slogan);
                                            # 成果 left out. Borderline, see notes
    # “四个体系”: slogan -> none; 党风政风热线: generic hotline -> none
    # 全面从严治党, “一岗双责”, 审计监督, 统计监督: none; 纪检监察机关: generic (liangshan E)
    # 食品药品、养老社保、教育医疗等领域: none; “四风”: none
    # ---- 国防动员、边境管理、…、红十字会等工作: fields of work, not bodies
    # (huangshanqu D 红十字 untagged; chizhou D, liangshan D)
    ("牡", P, "驻"),                        # 驻牡中省直部门: one-character short form of 牡丹江 (qianjiang D 驻潜,
                                            # chizhou D 驻池, qinzhou E 驻钦); 中省直部门: generic
    ("牡", P, "驻"),                        # 驻牡部队; 部队 generic (qianjiang D)
    # ---- flood paragraph
    ("去年", D),                            # qinzhou E 去年 DATE (like 上年)
    # 我市; 有记录以来: none
    ("党中央", I), ("国务院", I),
    ("省委", I), ("省政府", I),
    ("市委", I, "和"),
    # 入冬前: a season word, no DATE (liangshan D 汛期, liangshan E 秋季); 全市上下: none
    # ---- thanks paragraph
    ("过去一年", D),                        # DECISIONS: 过去一年 DATE
    # 习近平总书记: a person (not a label of the guide); 习近平新时代…思想: formula
    ("党中央", I), ("国务院", I),
    ("省委", I), ("省政府", I),
    ("市委", I, "和"),
    ("市人大", I), ("市政协", I, "、"),
    # 全市人民: none
    ("市人民政府", I, "代表"),              # chizhou D, qianjiang D
    # 全市各族人民: none
    ("人大", I, "向"), ("政协", I, "代表、"),  # 人大代表、政协委员 (jinghai A, liangshan D)
    # 离退休老领导、老同志, 各民主党派: generic
    ("工商联", I),                          # hailaer, liangshan D, chizhou D
    # 无党派人士, 各人民团体, 各界人士: generic
    ("牡", P, "驻"),                        # 驻牡中省直部门
    ("牡", P, "驻"),                        # 驻牡部队
    ("武警", I),                            # 武警官兵 -> 武警 (jinghai A, liangshan D, chizhou D)
    # 公安干警, 消防救援队伍指战员: generic (liangshan D, chizhou D)
    ("牡丹江", P, "支持"),                  # 关心支持牡丹江发展
    # ---- shortcomings paragraph: nothing (公共服务, 生态环保, 发展环境: generic)
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
