"""Gold annotations for huangshanqu_2024, part "C" (entities only).

Entities region [8192, 14490): from 增强文旅品牌吸引力 (end of section (二)) to the
end of the report. No targets region.
Every item is given by its text (plus, where needed, a context string that
contains it); offsets are computed with str.find from a moving cursor, never typed.
Run: python3 scripts/huangshanqu_2024__C.py  -> out/huangshanqu_2024__C.jsonl
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC = "huangshanqu_2024"
PART = "C"
TEXT = (HERE / f"{DOC}.txt").read_text(encoding="utf-8")
JUR = "黄山区"
YEAR = 2024
REG_START, REG_END = 8192, 14490
REGIONS = {"targets": [], "entities": [[REG_START, REG_END]]}

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
    # 增强文旅品牌吸引力 (8192)
    ("东黄山", P),                        # 东黄山国家级旅游度假区…创建: designation sought; place inside (liangshan 仙人湖)
    ("黄山区", P, "黄山区旅游“声量”"),
    # 朝代茶馆、非遗工坊、乡村艺术馆等一批新业态: format types, not tagged
    ("黄山", P, "“乐游黄山"),             # place names inside a brand (DECISIONS); brand untagged
    ("太平", P, "悦享太平”"),
    ("黄山", P, "“黄山脚下"),
    ("黄山", P, "来黄山”"),               # “跟着高铁来黄山”: slogan without head noun
    ("太平美好生活邀约会", J),            # named promotional event organised by the government
    ("黄山区", P, "提升黄山区文旅品牌"),
    # 提升文旅服务支撑力 (8454)
    # 全域智慧旅游交通基础设施: generic work phrase before 等项目 (jinghai agree), not tagged
    ("汤口和太平湖全域旅游综合能力提升工程", J),
    # 全域旅游大数据智慧平台 (existing, descriptive), 旅游“红黑榜”, …执法改革: not entities
    # (三) 工业 (8636)
    ("经开区", P, "抓经开区发展"),        # DECISIONS: 经开区 for the jurisdiction's one zone
    # 加快工业补短板锻长板 (8721)
    ("盛春食品", I),                      # bare company names in an X等重点项目 list (DECISIONS)
    ("功夫精酿啤酒", I),
    ("铧富锦", I),                        # as in part main
    ("速豹刀具", I),
    ("全年", D, "全年实施工业项目"),
    ("全年", D, "全年新增规上工业企业"),
    # 强化科技赋能做优产业 (8963)
    ("工业技改全覆盖工程", J),            # named 工程 (guide §3, generic names included)
    # 全面提升经开区发展能级 (9209)
    ("经开区", P, "全面提升经开区发展能级"),
    ("经开区", P, "优化提升经开区管理"),
    ("经开区", P, "统筹实施经开区基础设施"),
    # review: the zone's own facilities being built (加快…建设) -> PROJECT, aligned with
    # part main's 智慧体育中心 (推进…建设) and jinghai's 智慧物流园
    # adjudicated 2026-11-26 (DECISIONS.md): an unnamed facility type is no entity, removed: ("污水处理厂", J, "加快污水处理厂、冷链物流园"),
    # adjudicated 2026-11-26 (DECISIONS.md): an unnamed facility type is no entity, removed: ("冷链物流园", J, "冷链物流园、应急数据指挥中心建设"),
    # adjudicated 2026-11-26 (DECISIONS.md): an unnamed facility type is no entity, removed: ("应急数据指挥中心", J, "应急数据指挥中心建设"),
    # (四) 乡村振兴 (9476); 加快现代农业规模发展 (9553)
    ("乡村产业提质增效工程", J),
    ("高质量发展联合会", I),              # a specific association, the subject leading the groups
    ("太平", P, "太平猴魁"),              # place name as bare modifier in a product name (潜江 in “潜江龙虾”)
    ("苗知府", I),                        # 本地农产品加工企业
    ("全江", I, "全江、华绿园"),
    ("华绿园", I),
    ("徽州", P, "徽州预制菜绿色食品产业集群，拓展"),
    ("黄山", P, "鑫黄山"),                # place name inside a brand (本土品牌); brand untagged
    ("皖", P, "“皖美农品”"),              # as 津 in “津农精品” (tianjin review)
    # 打造宜居宜业和美乡村 (9950)
    ("“千村引领、万村升级”工程", J),
    ("2023年度", D),                      # a year (hailaer 2019年度); batch year, not a deadline
    # 徽风皖韵: cultural idiom, not tagged (tianmen: 楚文化)
    # 巩固拓展脱贫攻坚成果 (10164): nothing
    # (五) 生态 (10330); 纵深推进生态修复治理 (10415)
    ("太平湖", P, "太平湖流域局部"),      # 流域 is a generic locative (太平湖南岸 in part main)
    ("浦溪河流域水环境综合治理", J),      # conjuncts of …、…综合整治项目 (guide §3 list rule)
    ("“三丰”片农村环境综合整治项目", J),
    ("秧溪河汤刘段中小河流治理", J),      # 开工建设 …、殷溪河水土保持工程
    ("殷溪河水土保持工程", J),
    ("环太平湖区域水环境治理和生态修复", J),
    ("黄山钼矿尾矿库尾砂回采利用项目", J),
    ("太平湖南岸山水林田湖草沙一体化保护和修复项目", J),
    ("绿美江淮行动", J),
    ("松材线虫病疫情防控五年攻坚行动", J),
    ("黄山", P, "环黄山“五镇一场”"),
    # 持续深入打好“三大保卫战” (10773): slogan, not tagged
    ("经开区", P, "经开区涉水企业"),
    ("浦溪河", P, "浦溪河排污口"),
    ("浦溪河", P, "浦溪河水生态"),
    # 创新生态价值实现路径 (11013)
    ("太平湖EOD项目", J),
    # 国家储备林、储能电站项目: generic project types, not tagged
    # (六) 城乡 (11201); 提升城区品质品位 (11275)
    ("仙源路", J),                        # 谋划实施仙源路、翡翠西路道路更新工程 (疏港高速 rule)
    ("翡翠西路道路更新工程", J),
    ("皖", P, "“皖美红色物业”"),
    # 完善城乡基础设施 (11536)
    ("祁黄", J),                          # 祁黄、黄泾高速公路项目 (list rule)
    ("黄泾高速公路项目", J),
    # review: 重要交通基础设施项目 is a descriptive bundle, not a name (cf. 全域智慧旅游交通基础设施);
    # the place used as a bare modifier is PLACE (环黄山 -> 黄山)
    ("太平湖", P, "环太平湖重要交通基础设施项目"),
    ("G530阳湖里至庄里段改建工程", J),
    ("道路安防工程", J),                  # named 工程; 农村联网路 is a generic road type
    ("一水厂", J, "一水厂扩建"),          # facilities being extended / renovated
    ("二水厂", J, "二水厂改造"),
    # 深化城乡互联发展 (11708)
    ("太平湖风景名胜区", P),              # 总规修编 is plan work, not a project
    # (七) 改革开放 (11879); 全面深化改革突破 (11955)
    ("黄山", P, "“黄山经验”"),
    # 不断扩大对外开放 (12137)
    ("长三角", P),
    ("大黄山", P),
    ("新安江—千岛湖生态环境共同保护合作区", P),
    ("杭黄世界级自然生态和文化旅游廊道", P),
    ("杭州富阳区", P),
    ("福建武夷山市", P),
    ("安农大皖南综合试验站", I),
    ("南京环科所黄山科研基地", I),        # shared 平台 left out
    # 大力强服务优环境 (12370)
    ("“告知承诺、先证后核”试点", J),      # a named pilot scheme (“席地而坐”试点, 数字人民币试点)
    # (八) 民生 (12614); 完善社会保障体系 (12695)
    # review: a specific facility being built (加快…建设), as 智慧体育中心 in part main
    # adjudicated 2026-11-26 (DECISIONS.md): an unnamed facility type is no entity, removed: ("城区智慧养老服务中心", J),
    ("城区公益性公墓二期", J),            # a phase being built (小微企业创业基地二期)
    # 优化公共服务供给 (12870)
    ("黄山一中", I),
    ("黄山旅校", I),
    ("区医院", I, "加强区医院重点专科"),
    ("中医院", J, "完成中医院改造搬迁"),  # the subject of a building verb (jinghai 中医院 梯次搬迁改造)
    ("市民文化节", J),                    # recurring events organised by the government
    ("非遗民俗节", J),
    # 守牢安全稳定底线 (13179)
    ("安全生产治本攻坚三年行动", J),
    ("全国经济普查", J),                  # 第五次 dropped (edition ordinal)
    # (九) 政府建设 (13504 ...)
    ("“八五”普法", J),
    ("人大", I, "人大及其常委会的法律监督"),  # 其常委会: pronoun reference, not tagged
    ("政协", I, "政协民主监督"),
    ("人大", I, "人大代表建议"),
    ("政协", I, "政协委员提案"),
    # 中央八项规定精神: formula, none
    # closing (14341)
    ("党中央", I),                        # corpus: INSTITUTION inside 以习近平同志为核心的党中央
    ("市委", I, "市委市政府和区委"),
    ("市政府", I, "市政府和区委"),
    ("区委", I, "和区委的坚强领导"),
    ("区人大", I, "区人大及其常委会"),
    ("区政协", I, "区政协的监督"),
    # 美丽中国先行区: national formula (as 法治中国), none
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
