"""Gold annotations for chizhou_2023, part "E" (entities only).

Region [12586, 16734): the rest of 二、2023年工作安排 after part B, from the
paragraph 努力拓宽“两山”转化通道 (end of (五)) through (六) 深化改革开放,
(七) 增进民生福祉, (八) 守好安全发展底线, the whole of 三、切实加强政府自身建设
and the closing paragraph (各位代表！…), to the end of the text.
No target region (targets of this stretch are not part of this window).
Every entity is given by its text (plus, where needed, a context string that
contains it); offsets are computed with str.find from a moving cursor, never
typed by hand. Conventions are those of scripts/chizhou_2023__A.py / __B.py and
notes/chizhou_2023__{A,B,review}.md.
Run: python3 scripts/chizhou_2023__E.py  -> out/chizhou_2023__E.jsonl
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC = "chizhou_2023"
PART = "E"
TEXT = (HERE / f"{DOC}.txt").read_text(encoding="utf-8")
JUR = "池州市"
YEAR = 2023
R_TARGETS = []
R_ENTITIES = [[12586, 16734]]
REGION = tuple(R_ENTITIES[0])
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


# (text, label) or (text, label, context); in text order, searched from a
# cursor that moves to the end of the previous entity.
E = [
    # (五) last paragraph: 努力拓宽“两山”转化通道 ------------------------------
    # “两山”, “三区三线”: slogans -> nothing (A: “三区三线”); 自然保护地: generic
    ("国土绿化行动", J),                  # named 行动 (guide §3; jinghai B 国土绿化工程)
    # 造林绿化39.9万亩: a target, no entity
    ("长江", P, "长江“十年禁渔”"),       # A: PLACE 长江 only, “十年禁渔” is a policy name
    ("中国", P, "中国气候宜居城市"),      # bare modifier inside a designation (A: 第六批中国传统村落)
    # GEP核算: an accounting method, not a named undertaking -> nothing
    ("石台抽水蓄能电站", J),              # power station being started (开工); A: PROJECT
    ("新能源锂电池循环产业园", P),        # park, PLACE also while being built (DECISIONS; B 软件产业园)
    ("鸿叶", I, "鸿叶3万吨"),            # company + product phrase (B: 宝镁30万吨镁合金 -> 宝镁)
    ("池州高新区竹循环产业园", P),        # one maximal park name (A: 池州高新区循环产业园)
    ("石台", P, "石台富硒山泉品牌"),      # place inside a brand (DECISIONS); brand not tagged
    ("池州", P, "生态是池州"),
    # (六) 坚定不移深化改革开放 ---------------------------------------------
    # named 提升行动 (guide §3 named 行动 even if generic), tagged whole, so
    # 长三角 is not tagged separately (no nesting; B 创业池州行动)
    ("对标长三角打造一流营商环境提升行动", J),
    ("“市长面对面”", J, "“市长面对面”活动"),  # same span as A (“市长面对面”、“局长走流程”等活动)
    # “一个诉求”/“一类问题”, “免申即享”事项清单: slogans -> nothing (A)
    # 今后 (今后出台涉企政策都要…): "from now on", anchors no deadline -> no DATE
    # “放管服”改革: a reform -> nothing
    ("“局长走流程”", J),                  # A: PROJECT
    ("池州", P, "信用池州建设"),          # place as bare modifier (yinchuan 健康银川, jinghai 平安静海)
    # 系统推进重点领域改革
    ("国企改革三年行动", J),              # A: PROJECT (a 行动, not a …改革)
    ("市投控集团", I),                    # short form of A's 市投资控股集团
    ("新兴产业引导基金体系", J),          # fund being set up (guide: funds; tianjin 天开基金群)
    # 基金+产业…: operating modes -> nothing
    # 基础设施REITs试点项目: a class of financing instrument (A: 国家政策性开发性金融工具) -> nothing
    # 预算管理制度改革, 零基预算, 市区财政管理体制 -> nothing
    ("全国经济普查", J, "第五次全国经济普查"),  # edition ordinal left out (guide §3; qinzhou/tianmen)
    # 更高质量融入长三角一体化发展
    ("长三角", P, "融入长三角一体化"),    # A: 长三角一体化发展 -> PLACE 长三角
    ("安徽", P, "以安徽轮值"),
    # a summit hosted in rotation, an event (jinghai 上合组织天津峰会 PROJECT); not a
    # Party/government session formula like 全会/经济工作会议
    ("长三角地区主要领导座谈会", J),
    ("长三角", P, "承接长三角产业转移"),
    ("长三角", P, "嵌入长三角产业链"),
    ("沪苏浙", P),                        # regional name (tianmen 江浙沪)
    ("集中区", P, "支持集中区"),          # the city's one 江南产业集中区 (A/B)
    # 省际产业合作示范园区: designation -> nothing
    ("长宁区", P),
    ("长三角中心区", P),                  # named planning sub-region of the YRD (maximal name)
    ("安庆", P, "与安庆拥江"),
    ("铜陵", P),
    # 加快发展开放型经济
    ("安徽自贸区池州联动创新区", P),      # zone (A: 中国（安徽）自贸试验区池州联动创新区)
    ("中韩产业园", P),                    # existing park
    # 新引进外资项目10个以上: target
    ("皖江江南保税物流中心（B型）", P),    # A: PLACE (bonded zone), also 建成运行
    ("池州港水运口岸", P),                # port of entry as a location (hailaer 海拉尔航空口岸)
    ("九华山机场", P, "九华山机场国际直航"),  # existing airport as a location; the flights are the work
    ("外贸主体培育壮大工程", J),
    # 跨境电商: generic
    # (七) 坚定不移增进民生福祉 ---------------------------------------------
    ("暖民心行动", J, "深入实施暖民心行动"),
    ("暖民心行动", J, "10项暖民心行动"),  # A: PROJECT 暖民心行动 (10项 is the target's count)
    # 群众“急难愁盼”: phrase -> nothing
    ("市全民健身中心", J),                # named facility being started (启动…建设)
    # 健全社会保障体系
    ("全民参保攻坚行动", J),              # jinghai A 全民参保计划
    ("“数据找人”计划", J),                # named 计划
    ("根治欠薪专项行动", J),              # tianmen C
    ("社区养老服务配建达标三年行动计划", J),  # named 行动计划; 三年 inside a name is no DATE (A)
    # 红十字等工作: field of work (liangshan D) -> nothing
    # 推进健康池州建设
    ("池州", P, "健康池州建设"),
    ("市急救中心", J),                    # facility being built (加快…建设)
    # second pass: PROJECT -> INSTITUTION. The hospital opens for patients (开业接诊,
    # no 建成 in the sentence): the body starting to operate, like B's 实体化运行
    # 数字城市运行管理中心 (INSTITUTION); the guide lists hospitals as INSTITUTION.
    ("市妇女儿童医院", I),
    ("市医院", I, "支持市医院"),          # body competing for a title (qianjiang 市中医院 INSTITUTION)
    # 省级区域专科医疗中心, 三级医院: designations -> nothing
    ("东至县中医院", I),
    ("青阳县医院", I),
    # 紧密型医联体（医共体）: generic (corpus) -> nothing
    ("县级医院综合能力提升工程", J),
    ("东至", P, "支持东至、青阳"),
    ("青阳", P, "、青阳创建"),
    # 全国基层中医药工作示范县: designation -> nothing
    ("爱国卫生运动", J),                  # a named national campaign (运动 = campaign)
    # 全国卫生城市: designation -> nothing
    # 促进文化繁荣发展: 社会主义核心价值观: formula; 全国文明城市: designation
    ("长江国家文化公园", P),              # park, PLACE also while being built (yinchuan 黄河国家文化公园)
    ("北京石埭会馆修缮利用项目", J),      # named project; 北京 begins the name, not tagged alone
    ("文化惠民工程", J),                  # named 工程
    # 省级文化产业示范基地: designation (target 5家以上)
    # (八) 坚定不移守好安全发展底线 -----------------------------------------
    # 安全生产十五条措施: a document (A: 稳经济120条一揽子政策) -> nothing
    ("池州", P, "“食安池州”"),            # place inside a slogan (DECISIONS); slogan not tagged
    # 扫黑除恶常态化: no 专项斗争 head (jinghai B 推进常态化扫黑除恶: nothing)
    # 新时代“枫桥经验”: national slogan (DECISIONS) -> nothing
    ("市域社会治理现代化试点", J),        # named pilot (guide: pilot schemes; shanghai 数字人民币试点)
    # “网络+网格”…升级版: slogan; 信访工作四项机制: mechanism -> nothing
    ("“解民忧清积案助基层”信访帮扶", J),  # named campaign; generic 工作 left out (…试点工作 -> …试点)
    # 工会、共青团、妇联: the specific mass organisations acting (not the generic plural 人民团体)
    ("工会", I, "支持工会"),
    ("共青团", I),
    ("妇联", I),
    # 国防动员体制改革: reform; 全国双拥模范城“六连冠”: designation -> nothing
    ("池州", P, "平安池州"),
    # 三、切实加强政府自身建设 ---------------------------------------------
    # “三个务必”, “国之大者”, 党的二十大精神, “两个确立”, “两个维护”: formulae -> nothing
    ("高质量发展局长讲堂", J),            # recurring named lecture series (jinghai B “静海大讲堂”)
    ("长三角", P, "学习长三角先进城市"),
    # 12345政务服务便民热线平台: not tagged in the corpus (linzhi, qianjiang) -> nothing
    ("依法行政能力提升行动", J),
    # 府院、府检联动: abbreviations of the relation, no body named -> nothing
    ("人大", I, "依法接受人大监督"),
    ("政协", I, "自觉接受政协民主监督"),
    ("人大", I, "认真办理人大代表"),      # corpus: 人大代表 -> INSTITUTION 人大
    ("政协", I, "和政协委员提案"),
    # 14个重点工作专班, “九清”工作法, “一改两为五做到”: mechanisms and slogans -> nothing
    # 打造廉洁型政府: 中央八项规定精神 is a fixed formula (corpus: never tagged)
    ("省委", I, "及省委、市委实施细则"),  # bodies named before a document (B: 省政府质量奖)
    ("市委", I, "、市委实施细则"),
    # “四风”, “紧日子”: slogans -> nothing
    # closing paragraph
    ("党中央", I),                        # corpus: 以习近平同志为核心的党中央 -> 党中央
    ("省委", I, "在省委、省政府及市委"),
    ("省政府", I, "、省政府及市委"),
    ("市委", I, "及市委的坚强领导"),
    # 经济社会发展全面绿色转型示范区: designation (A/B) -> nothing
    ("池州", P, "谱写池州现代化"),
]


def build_entities(specs, start):
    out, cur = [], start
    for spec in specs:
        text, label = spec[0], spec[1]
        ctx = spec[2] if len(spec) > 2 else None
        s = locate(text, ctx, cur)
        assert REGION[0] <= s and s + len(text) <= REGION[1], (text, s)
        out.append({"start": s, "end": s + len(text), "label": label, "text": text})
        cur = s + len(text)
    return out


def main():
    import sys
    ents = build_entities(E, REGION[0])
    doc = {"id": DOC,
           "meta": {"jurisdiction": JUR, "year": YEAR, "regions": REGIONS},
           "entities": ents, "targets": []}
    out = HERE / "out" / f"{DOC}__{PART}.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {}
    for e in ents:
        counts[e["label"]] = counts.get(e["label"], 0) + 1
    if "-v" in sys.argv:
        for e in ents:
            print(e["start"], e["label"], e["text"], "|",
                  TEXT[max(0, e["start"] - 8):e["end"] + 8].replace("\n", "/"))
    print(f"wrote {out}: {len(ents)} entities {counts}")


if __name__ == "__main__":
    main()
