"""Gold entity annotations for mudanjiang_2024, part F (entities only, no targets).

Entity region [11503, 13808): from （八）统筹发展和安全 (2024 plan) through （九）民生,
三、加强政府自身建设 and the closing paragraph, to the end of the text.
Entities are listed in document order as (text, label) or (text, label, pre), where pre is a
context string right before the entity; every offset is computed with str.find from a moving
cursor ("@" items move the cursor to a paragraph/sentence opener). No offset is typed by hand.
Labels follow the guide, DECISIONS.md and this document's reviewed part `main`
(scripts/mudanjiang_2024__main.py, notes/mudanjiang_2024__review.md); see
notes/mudanjiang_2024__F.md for every judgement call.
Run: python3 scripts/mudanjiang_2024__F.py [-v]
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID = "mudanjiang_2024"
PART = "F"
JURIS = "牡丹江市"
YEAR = 2024
TEXT = (HERE / f"{DOC_ID}.txt").read_text(encoding="utf-8")

R_TARGETS = []
R_ENTITIES = [[11503, 13808]]

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

ENTITIES = [
    # ---- （八）统筹发展和安全，有效防范化解重大风险
    ("@", "（八）统筹发展和安全"),
    # 总体国家安全观: formula, nothing
    # 一是提高防范化解重大风险能力
    # 国家隐性债务风险化解试点政策: a policy (head 政策), 国家 bare territory word -> nothing
    # 省级再融资债券, 地方金融组织, 处非联合行政执法工作机制: generic -> nothing
    # “保交楼”: slogan without head noun -> nothing (jinghai review: “保交楼”项目 stays out)
    # 二是提高公共安全治理水平
    # “万亿国债”: a bond programme, not a named fund; untagged in tianmen (国家万亿国债) and
    #   liangshan (万亿特别国债) -> nothing
    ("安全生产治本攻坚三年行动", J),          # named 行动 (as tianmen, liangshan)
    # 国家食品安全示范城市: designation competed for -> nothing
    # 三是提高基层社会治理效能
    # 新时代“枫桥经验”“浦江经验”: national slogans (DECISIONS) -> nothing
    # “三三四”信访工作制度: a working system, not a project -> nothing
    # 扫黑除恶斗争 (no 专项): untagged in liangshan/qinzhou/tianmen -> nothing
    ("牡丹江", P, "平安"),                    # 平安牡丹江 (cf. jinghai 平安静海, qinzhou 平安钦州)

    # ---- （九）践行人民至上理念，着力保障和改善民生
    ("@", "（九）践行人民至上理念"),
    # 一是全力抓好就业社保
    # “充分就业社区”: a designation a community attains -> nothing
    ("重点群体创业行动", J),                  # named 行动 even if generic (guide §3; main review: 直播电商助企行动)
    ("高校毕业生来牡留牡就业计划", J),        # named 计划; 牡 inside the name is not tagged separately
    ("全年", D, "，"),                 # 全年新增城镇就业2.4万人
    # 国家级公共就业创业服务示范城市: designation -> nothing
    # “政策找人”, “三项保险”, “打包付费”, “动态清零”: slogans / policy phrases -> nothing
    # 二是持续改善人居环境
    # “城市体检”“城市更新”: quoted slogans without a head noun (guide §3; chizhou/qianjiang
    #   leave 城市体检、城市更新 untagged) -> nothing
    # 地下空间、城市风貌等专项规划: documents -> nothing
    ("历史文化街区示范工程", J),              # named 工程 (guide §3; cf. 智能制造示范工程 in the corpus)
    ("国投热源项目", J),                      # 竣工投用: named facility project (cf. jinghai 第三热源项目)
    # 城市运行管理服务平台: generic system name -> nothing; 口袋公园, 市区: generic -> nothing
    # 国家园林城市, 全国文明城市: designations -> nothing
    # 三是提高人口整体素质
    ("新时代基础教育扩优提质行动", J),        # named 行动 (national 扩优提质行动计划); 新时代 part of the name
    ("江南实验学校分校", J),                  # 投入使用 (cf. tianmen 市一医汇侨院区 投入使用 -> PROJECT)
    # “省市共建职业教育产教融合示范区”: designation competed for (争创) -> nothing
    ("黑幼专江南新校区", J),                  # 开工建设 (cf. chizhou 池州工业学校新校区)
    ("牡丹江医学院", I),                      # 更名“大学”: “大学” alone is nothing
    ("牡丹江", P, "“健康"),                   # “健康牡丹江”: place inside slogan (cf. liangshan 健康凉山)
    ("紧密型城市医疗集团建设试点", J),        # a pilot scheme (guide PROJECT: pilot schemes; cf. 市域社会治理现代化试点)
    # 分级诊疗服务体系, “一老一小”, “银发经济”, 社区助餐食堂: nothing
    # 托育综合服务中心: unnamed facility type (DECISIONS; jinghai 区级托育综合服务中心 untagged) -> nothing
    # 国家青年发展型城市: designation -> nothing
    ("文体惠民工程", J),                      # named 工程 (cf. chizhou 文化惠民工程)
    ("国家级传统村落示范项目", J),            # 完成…建设: named programme project (cf. chizhou 全国国土绿化试点示范项目,
                                              #   tianmen 国家电子商务进农村综合示范项目)
    ("人民公园", P),                          # named park: PLACE, also while converted (DECISIONS); 体育公园 generic
    ("“雪城公益讲坛”", J),                    # named recurring event organised by the government; quotes kept
    ("“健康雪城”运动会", J),                  # named event (cf. qianjiang 城市运动会); quotes kept inside the name
    ("全国经济普查", J),                      # 第五次 dropped (edition ordinal; corpus-wide 全国经济普查)
    # 全国双拥模范城“九连冠”: designation + streak -> nothing

    # ---- 三、加强政府自身建设
    ("@", "三、加强政府自身建设"),
    # “三个务必”, 人民满意政府: nothing
    # 一是全面加强政治建设
    ("市委", I, "严格落实"),
    ("党中央", I, "维护"),                    # 坚决维护党中央权威
    # “两个确立”“两个维护”, 主题教育, “第一议题”制度, 意识形态工作责任制: formulae -> nothing
    ("党中央", I, "落实"), ("国务院", I),      # 党中央国务院: two bodies
    ("省委", I), ("省政府", I),                # 省委省政府: two INSTITUTIONs (guide §3)
    ("市委", I, "和"),
    # 国家“五大安全”: nothing
    # 二是推进法治政府建设
    # 法治政府建设实施纲要: a document; 法治政府示范创建: a designation campaign -> nothing
    ("人大", I, "接受"), ("政协", I, "、"),    # 人大法律监督、政协民主监督 (cf. jinghai, tianjin)
    ("人大", I, "办好"), ("政协", I, "和"),    # 人大代表议案…政协委员提案: body before a role noun (guide §3)
    ("市人大", I),
    ("提升行政执法质量三年行动", J),          # named 三年行动 (national programme)
    ("“八五”普法", J),                        # as tianmen, tianjin
    ("牡丹江", P, "法治"),                    # 法治牡丹江 (cf. jinghai 法治静海)
    # 三是强化能力作风建设: “四个体系”, “四下基层”, “一线工作法”: slogans -> nothing
    # 四是加快廉洁政府建设
    # 《中国共产党纪律处分条例》: a document; 中国共产党 begins the title -> nothing
    #   (cf. jinghai: 中国 at the start of 法治中国建设规划 not tagged)
    # 中央八项规定及其实施细则精神: fixed formula (corpus: never tagged) -> nothing
    # 纪检监察机关: generic -> nothing

    # ---- closing paragraph
    ("@", "各位代表，路虽远"),
    ("党中央", I, "核心的"),                  # 以习近平同志为核心的党中央 (corpus-wide INSTITUTION 党中央)
    ("市委", I, "在"),
    ("牡丹江", P, "开创"),                    # 奋力开创牡丹江高质量发展
]


def in_regions(s, e, regions):
    return any(a <= s and e <= b for a, b in regions)


def build_entities():
    out, cur = [], R_ENTITIES[0][0]
    for item in ENTITIES:
        if item[0] == "@":
            pos = TEXT.find(item[1], cur)
            assert pos >= 0, f"anchor not found after {cur}: {item[1]}"
            cur = pos
            continue
        text, label = item[0], item[1]
        pre = item[2] if len(item) > 2 else ""
        pos = TEXT.find(pre + text, cur)
        assert pos >= 0, f"entity not found after {cur}: {pre}{text}"
        s = pos + len(pre)
        e = s + len(text)
        assert s - cur < 400, f"entity {text} jumped {s - cur} chars from {cur}"
        assert in_regions(s, e, R_ENTITIES), f"entity outside regions: {text}@{s}"
        out.append({"start": s, "end": e, "label": label, "text": text})
        cur = e
    return out


def main():
    ents = build_entities()
    doc = {
        "id": DOC_ID,
        "meta": {"jurisdiction": JURIS, "year": YEAR,
                 "regions": {"targets": R_TARGETS, "entities": R_ENTITIES}},
        "entities": ents,
        "targets": [],
    }
    out = HERE / "out" / f"{DOC_ID}__{PART}.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(ents)} entities")
    if "-v" in sys.argv:
        from collections import Counter
        print(Counter(e["label"] for e in ents))
        for e in ents:
            s, t = e["start"], e["end"]
            print(s, e["label"], e["text"], "|", TEXT[max(0, s - 8):t + 8].replace("\n", "/"))


if __name__ == "__main__":
    main()
