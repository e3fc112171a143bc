"""Gold annotations for wulumuqi_2024, part "E" (entities only).

Entities region [17989, 21010): from 统筹推动“一港、五大中心”建设 (the last paragraph of section 四,
right after part B's region ends at 大力发展民营经济) through the whole of 五、建好人民满意城市 up to
…推动形成兵地设施共建、服务共享、治理共商的新局面。 (the paragraph end before 六、持续增进民生福祉).
No targets region.
Every item is given by its text (plus, where needed, a context string that contains it);
offsets are computed with str.find from a moving cursor, never typed.
Conventions follow scripts/wulumuqi_2024__A.py, __B.py and notes/wulumuqi_2024__review.md.
Run: python3 scripts/wulumuqi_2024__E.py  -> out/wulumuqi_2024__E.jsonl
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC = "wulumuqi_2024"
PART = "E"
TEXT = (HERE / f"{DOC}.txt").read_text(encoding="utf-8")
JUR = "乌鲁木齐市"
YEAR = 2024
R_TARGETS = []
R_ENTITIES = [[17989, 21010]]
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
    # 统筹推动“一港、五大中心”建设 (17989)
    # “一港、五大中心”: a count frame / slogan with no head noun (B: “一心两区三带” frame), nothing
    ("中欧班列（乌鲁木齐）集结中心", J),   # 建设好…: a named facility being built (guide §3); the
                                          # bracketed city belongs to the name, no nested PLACE
    ("中欧（中亚）“天山号”班列", J),      # the named freight-train service (qinzhou 中欧班列, mudanjiang
                                          # “哈绥俄亚”班列 -> PROJECT); 品牌优势 is not part of the name
    ("中亚", P, "重点培育中亚"),
    ("俄罗斯", P),
    ("中吉乌", P),                        # China–Kyrgyzstan–Uzbekistan short form used as a name (guide:
                                          # 京津冀; mudanjiang “龙粤俄” PLACE); 公铁联运业务 generic
    ("西部陆海新通道", P),                # the existing corridor (qinzhou: PLACE)
    ("临港产业园", P),                    # the specific park of the 国际陆港区 (parks are PLACE also while
                                          # being built, DECISIONS; B 绿电产业园 PLACE). Borderline.
    # 多式联运集货区, 冷链物流: unnamed facility types (DECISIONS: 加快污水处理厂、冷链物流园建设), nothing
    ("综合保税区", P),                    # the city's one bonded zone (corpus: 综合保税区/综保区 PLACE)
    ("临空经济区", P),                    # the city's airport economic zone (DECISIONS: the one zone of
                                          # the jurisdiction; shanghai 虹桥临空经济示范区 PLACE)
    ("综保区", P, "强化综保区"),
    # 外向型产业集聚区: generic type, nothing
    ("乌鲁木齐", P, "建设乌鲁木齐国际航空枢纽"),  # 国际航空枢纽 is a role/designation (B: 商贸服务型国家物流
                                          # 枢纽 none); the place name in it is PLACE (B: 乌鲁木齐县国家级…示范县)
    # “铁公机”交通网: slogan, nothing
    ("欧亚", P, "连通欧亚"),              # regional name (guide: 欧美)
    # 跨境电商、市场采购贸易、内外贸一体化试点: shared head 试点; only the last conjunct is a name on
    # its own (guide §3 list rule) -> PROJECT 内外贸一体化试点 (the national pilot being deepened;
    # qinzhou 全国网络货运监测平台试点 PROJECT). 跨境电商 / 市场采购贸易 alone: nothing
    ("内外贸一体化试点", J),
    # 药品进口口岸 (申建): unnamed facility type, nothing; 外经贸综合性支持政策: nothing
    ("全年", D, "力争全年外贸"),
    ("“一带一路”", J, "共建“一带一路”国家"),  # corpus convention (B: “一带一路” PROJECT)
    # 友好城市, 境外办学项目: generic
    # 国际医疗部: an unnamed hospital department (unnamed facility type), nothing
    ("“中亚五国”金融投资服务中心", J),    # 加快…项目建设: named facility being built; 项目 left out
                                          # (B: 天山国际滑雪场 项目 left out); no nested PLACE
    ("乌鲁木齐银行", I),
    # 境内外金融机构, 我市, 跨境人民币结算: nothing

    # 高质量推进自贸试验区建设 (18600)
    ("自贸试验区", P, "高质量推进自贸试验区"),  # the zone (DECISIONS: 自贸试验区 PLACE)
    ("国务院", I, "对标国务院总体方案"),  # the issuing body as a bare modifier; 总体方案 is a document
    # 自治区建设实施方案: bare 自治区 + document, nothing
    # 乌鲁木齐片区建设实施方案: a plan document; the zone name that begins it is not tagged
    # (B: 《乌准产业园区…规划》; qinzhou: …钦州片区总体规划). Borderline.
    # 商事制度改革, 人才体制创新: reforms, nothing
    ("“丝绸之路经济带法务区”", P),        # a named functional zone being built (DECISIONS: zones PLACE
                                          # also while being built), quotes kept; no nested PLACE
    # 国际化社区: generic
    ("中亚", P, "加强与中亚西亚南亚"),    # three regional names written without punctuation
    ("西亚", P, "西亚南亚"),
    ("南亚", P, "南亚在能源"),
    # “两头在外”: slogan, nothing
    ("中亚", P, "国内及中亚地区"),        # 地区 is a generic word, left out
    ("“一带一路”", J, "服务“一带一路”核心区"),  # B: “一带一路”核心区 -> “一带一路” only
    # 思想解放先行区、制度创新试验田…营商环境样板区: slogans, nothing
    ("新疆", P, "助推新疆成为"),          # 我国: bare territory word, nothing; 桥头堡: metaphor

    # 五、建好人民满意城市 / 坚持规划引领 (19002)
    # 国土空间总体规划, 发展战略规划, 重点片区详细规划, 专项规划: plan documents, nothing
    # “南北双控、东西双融、中部双优”, “八大重点片区”: slogans / count frames, nothing
    # 主体功能区, 重点片区城市设计, 城市更新研究, 现代化国际城市, 一张蓝图: nothing

    # 坚持科学建设 (19384)
    # 新型城镇化, 城市体检, 城市更新, 老旧小区改造: nothing (corpus leaves 城市体检/城市更新 untagged)
    # 城中村改造项目试点 (启动): an unnamed pilot type (城中村改造 is a generic policy task), nothing
    ("机场改扩建市政配套工程", J),        # 实施好…: named 工程 (guide §3: named 工程 even with generic name)
    ("景一路", J),                        # 加快推进景一路等项目建设: a road being built (guide §3)
    # 丁字路、断头路, 供电、供热、供气和公共交通等基础设施: generic

    # 坚持精细治理 (19663): nothing (城市快速路、主次干路, 城乡结合部、背街小巷 generic)

    # 坚持生态优先 (19934)
    # 绿水青山就是金山银山: formula; 蓝天、碧水、净土保卫战: 保卫战 no PROJECT head (corpus), nothing
    ("乌鲁木齐", P, "美丽乌鲁木齐"),      # jinghai 美丽静海 -> 静海
    # 自治区 (bare territory word) + “乌—昌—石”区域大气污染专项整治: a named 专项 campaign (guide §3;
    # linzhi 安全生产专项整治 PROJECT); maximal name incl. its area, no nested PLACE; 部署要求 left out
    ("“乌—昌—石”区域大气污染专项整治", J),
    ("“四季攻坚”行动", J),               # named 行动 (guide §3), quotes kept
    # 区域联防联控, 水源地保护, 入河排污口监管: nothing
    ("中央", I, "完成中央和自治区生态环境保护督察"),  # DECISIONS: 中央、省环保督察 -> 中央 INSTITUTION, bare
                                          # 省 (here 自治区) nothing, shared 督察 not a campaign name (linzhi C)
    # 山水林田湖草沙一体化保护和系统治理: formula; 河（湖）长制、林长制: systems; 地下水超采综合治理: nothing
    ("三北防护林", J),                    # hailaer main: 三北防护林 PROJECT (加大…建设)
    # 草原禁牧、草畜平衡, 绿色矿山: nothing

    # 坚持统筹用好水资源 (20327)
    # 本地水、再生水、地下水、外调水: nothing
    ("节水行动", J, "全社会节水行动"),    # named 行动 (guide §3); the scope word 全社会 left out
                                          # (linzhi C: 重点领域 left out of 安全生产专项整治)
    ("甘泉堡第二净水厂（二期）", P),      # 发挥好…作用: existing facilities referred to as locations
    ("西山水厂", P),                      # (guide §3; corpus 黑羊站水厂 PLACE, 四湖总干渠 PLACE);
    ("西延干渠", P),                      # the phase （二期） belongs to the name

    # 坚持绿色发展 (20556)
    ("“碳达峰十大行动”", J),              # 自治区 bare; liangshan C “碳达峰十大行动” PROJECT
    ("“节能减排十大工程”", J),            # named 工程 set, same form
    # 能耗“双控”: slogan; 绿色工厂、绿色园区、绿色供应链: generic; 国家绿色低碳供应链布局: nothing
    # 装配式建筑、绿色建筑和超低能耗建筑, 公共充电设施: generic
    ("城市绿色货运配送示范工程", J),      # qinzhou C: PROJECT (named 工程)
    # “无废城市”: a city title/designation (guide §3: designations), nothing
    ("绿色生活创建行动", J),              # named 行动 (corpus 绿色生活创建活动 PROJECT)

    # 坚持一体化推动都市圈建设 (20702)
    # 都市圈 (bare, no name), “五个一体化”: nothing; 周边地州、县市: generic
    ("兵团", I, "兵团师团"),              # the XPCC (A: 兵团 INSTITUTION); 师团 generic units
    ("绕城高速（西线）", J),              # 推动…等项目建成投用: roads being built (guide §3)
    ("东进场高架", J),
    # 都市圈通办: nothing; “兵地一盘棋”: slogan (A: “一盘棋” none); 新时代推进兵地融合发展的意见: document
    ("兵团第六师", I),                    # named units of the XPCC as partner bodies (maximal name)
    ("第十一师", I),                      # elliptical 兵团第十一师 (as 政协 in 市人大政协, linzhi C)
    ("第十二师", I),
]


def build_entities(specs, start):
    out, cur = [], start
    for spec in specs:
        text, label = spec[0], spec[1]
        ctx = spec[2] if len(spec) > 2 else None
        s = locate(text, ctx, cur)
        assert REG_START <= s and s + len(text) <= REG_END, f"outside region: {text!r}@{s}"
        assert s - cur <= 700, f"{text!r} jumped {s - cur} chars from {cur}"
        assert TEXT[s:s + len(text)] == text
        out.append({"start": s, "end": s + len(text), "label": label, "text": text})
        cur = s + len(text)
    return out


def main():
    import sys
    ents = build_entities(E, REG_START)
    doc = {"id": DOC,
           "meta": {"jurisdiction": JUR, "year": YEAR, "regions": REGIONS},
           "entities": ents, "targets": []}
    out = HERE / "out" / f"{DOC}__{PART}.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    if "-v" in sys.argv:
        for e in ents:
            print(e["start"], e["label"], e["text"], "|",
                  TEXT[max(0, e["start"] - 6):e["end"] + 6].replace("\n", "/"))
    from collections import Counter
    print(f"wrote {out}: {len(ents)} entities", dict(Counter(e["label"] for e in ents)))


if __name__ == "__main__":
    main()
