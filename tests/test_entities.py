from __future__ import annotations

import pytest

from jinghai_nlp import annotate


@pytest.mark.parametrize(
    "text,expected",
    [
        # guide §1 PROJECT example: a named facility whose name begins with its zone
        ("子牙经开区保税仓投入运营。", [("子牙经开区保税仓", "PROJECT")]),
        ("天津中医药大学加快建设。", [("天津中医药大学", "INSTITUTION")]),
        ("津沧高速改扩建工程开工。", [("津沧高速改扩建工程", "PROJECT")]),
        ("实施“海河英才”行动计划。", [("“海河英才”行动计划", "PROJECT")]),
        (
            "在市委、市政府和区委的坚强领导下",
            [("市委", "INSTITUTION"), ("市政府", "INSTITUTION"), ("区委", "INSTITUTION")],
        ),
        ("大邱庄镇、独流镇获评示范镇。", [("大邱庄镇", "PLACE"), ("独流镇", "PLACE")]),
        ("到2027年，全区新增就业1万人。", [("到2027年", "DATE")]),
        ("坚持以习近平新时代中国特色社会主义思想为指导", []),
        # other regions: the gazetteer and the head nouns generalise
        ("钦州港片区加快发展。", [("钦州港片区", "PLACE")]),
        ("牡丹江市经开区引进项目。", [("牡丹江市经开区", "PLACE")]),
    ],
)
def test_entities_rules_on_real_sentences(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = annotate(text, nlp=nlp, jurisdiction="静海区", year=2026)
    got = [(e.text, e.label) for e in doc.entities]
    for item in expected:
        assert item in got
    if not expected:
        assert got == []


def test_entities_do_not_overlap_and_match_text(seed_doc) -> None:
    prev_end = -1
    for e in seed_doc.entities:
        assert seed_doc.text[e.start : e.end] == e.text
        assert e.start >= prev_end
        prev_end = e.end


def test_entities_every_label_on_the_seed(seed_doc) -> None:
    assert {e.label for e in seed_doc.entities} == {"PLACE", "INSTITUTION", "PROJECT", "DATE"}


@pytest.fixture(scope="module")
def rules_nlp():
    from jinghai_nlp import load

    return load("rules")


@pytest.mark.parametrize(
    "text,jurisdiction,expected,absent",
    [
        # the report's own city in short form, and a region word (yinchuan 2024)
        ("令人自豪的是，银川成为西北唯一入选的全国十佳城市。", "银川市", [("银川", "PLACE"), ("西北", "PLACE")], []),
        # a short form of a local town that is a common word is no place (hailaer 2019: 建设镇)
        ("提高生态文明建设水平。", "海拉尔区", [], ["建设"]),
        # meeting names are fixed formulae: nothing inside (DECISIONS.md)
        ("按照市委九届七次全会部署，", "天门市", [], ["市委"]),
        # bodies: 自治区党委, 自治区人民政府; bare 人大 and 政协; 中央
        (
            "在自治区党委、自治区人民政府和市委的正确领导下，",
            "钦州市",
            [("自治区党委", "INSTITUTION"), ("自治区人民政府", "INSTITUTION"), ("市委", "INSTITUTION")],
            ["区人民政府"],
        ),
        ("自觉接受人大监督、政协监督。", "静海区", [("人大", "INSTITUTION"), ("政协", "INSTITUTION")], []),
        # companies: an unknown name and an industry word, or a bare name in a list of projects
        ("，彤辉科技投产一个月实现进规。", "天门市", [("彤辉科技", "INSTITUTION")], []),
        ("，加快中科云图、联合飞机等项目建设。", "静海区", [("中科云图", "INSTITUTION")], ["联合飞机"]),
        # a group or company whose unknown name jieba cut into single characters (qianjiang 2024,
        # hailaer 2019, wulumuqi 2024), and a company's name before what it became (qianjiang 2024)
        ("湖北省全域公交县”。潜网集团、李焕森同志荣获全国五一劳动奖状。", "潜江市", [("潜网集团", "INSTITUTION")], []),
        ("华能和双良公司实现供热管网互联互通。", "海拉尔区", [("双良公司", "INSTITUTION")], []),
        ("，水发集团挂牌运营，公交集团与快速公交公司完成整合。", "乌鲁木齐市", [("水发集团", "INSTITUTION")], []),
        ("企业总产值35亿元。心辉米业成为国家级农业产业化重点龙头企业。", "潜江市", [("心辉米业", "INSTITUTION")], []),
        ("重点项目全面投产。金澳科技再登中国企业500强。", "潜江市", [("金澳科技", "INSTITUTION")], []),
        ("支持子公司发展，组建该集团。", "潜江市", [], ["子公司", "该集团"]),
        # sectors of a city's plan by their compass part (tianmen 2024, chizhou 2023, wulumuqi 2024);
        # 北部山区 is a kind of land
        (
            "推进北部生态区、中部都市区、南部产城融合区、高铁新区组团式发展，",
            "天门市",
            [("北部生态区", "PLACE"), ("中部都市区", "PLACE"), ("南部产城融合区", "PLACE")],
            [],
        ),
        ("高标准建设东部产业新城，基本形成框架。", "池州市", [("东部产业新城", "PLACE")], []),
        ("开发北部沙漠景区，打造高山观光品牌。", "乌鲁木齐市", [("北部沙漠景区", "PLACE")], []),
        ("深入实施北部山区、湿地保护。", "天津市", [], ["北部山区"]),
        # a national road by its number and a section named by one place (the shape of qianjiang
        # 2024's 240国道杨市至总口段, with a one-place section)
        ("推进318国道潜江段改造升级，东荆河大桥建成通车。", "潜江市", [("318国道潜江段", "PROJECT")], ["国道潜江段"]),
        # a body of a place named in full is one institution with the place (hailaer 2019); the same
        # for a province, a prefecture, a district, and a place that won over the body's first character
        (
            "贯彻落实自治区党委、呼伦贝尔市委和区委的工作要求，",
            "海拉尔区",
            [("呼伦贝尔市委", "INSTITUTION")],
            ["呼伦贝尔"],
        ),
        (
            "安徽省委、省政府和池州市委作出部署，凉山州委高度重视，黄山区政府印发方案。",
            "池州市",
            [
                ("安徽省委", "INSTITUTION"),
                ("池州市委", "INSTITUTION"),
                ("凉山州委", "INSTITUTION"),
                ("黄山区政府", "INSTITUTION"),
            ],
            ["池州", "凉山州", "区政府"],
        ),
        ("全市人民在市委领导下。", "池州市", [("市委", "INSTITUTION")], []),
        # a head that is a verb before a verb ends no body (潜江市人民政府组织实施)
        ("湖北省人民政府批复同意，潜江市人民政府组织实施。", "潜江市", [("潜江市人民政府", "INSTITUTION")], []),
        # national strategy regions whose names hold no place (wulumuqi 2024)
        ("格局为引领，加快打造丝绸之路经济带国际一流旅游目的地。", "乌鲁木齐市", [("丝绸之路经济带", "PLACE")], []),
        ("强化与粤港澳大湾区、成渝地区双城经济圈合作。", "池州市", [("成渝地区双城经济圈", "PLACE")], ["成渝"]),
        # a city's numbered hospital or school keeps the city's name written before it (the guide's
        # maximal name; the bare 市第二人民医院 of wulumuqi 2024 stays as it is)
        ("天门市第一人民医院新院区投入使用。", "潜江市", [("天门市第一人民医院新院区", "PROJECT")], []),
        ("完成市第二人民医院搬迁。", "乌鲁木齐市", [("市第二人民医院", "PROJECT")], []),
        # a free trade zone and its part in a city are one zone (chizhou 2023, tianjin 2024); a part
        # competed for is a designation (tianjin 2024)
        (
            "中国镁都”池州启航。中国（安徽）自贸试验区池州联动创新区、皖江江南保税物流中心获批。",
            "池州市",
            [("中国（安徽）自贸试验区池州联动创新区", "PLACE")],
            ["安徽", "自贸试验区"],
        ),
        (
            "高质量建设安徽自贸区池州联动创新区，推动创新政策落地。",
            "池州市",
            [("安徽自贸区池州联动创新区", "PLACE")],
            [],
        ),
        (
            "的创新探索。加快建设自贸区协同发展区，全力创建高质量发展示范区。",
            "天津市",
            [("自贸区协同发展区", "PLACE")],
            [],
        ),
        (
            "智慧物流园建设，争创中国（天津）自由贸易试验区联动创新区，",
            "静海区",
            [("中国（天津）自由贸易试验区", "PLACE")],
            [],
        ),
        # a work named from a place, up to 项目 or 工程 (jinghai 2026, liangshan 2024, chizhou 2023);
        # not a place's key projects
        (
            "库东堤北堤建设，完成团泊第二污水厂扩容项目建设，",
            "静海区",
            [("团泊第二污水厂扩容项目", "PROJECT")],
            ["团泊"],
        ),
        ("开工建设小相岭风景区开发项目，确保按期完工。", "凉山彝族自治州", [("小相岭风景区开发项目", "PROJECT")], []),
        (
            "江国家文化公园。实施北京石埭会馆修缮利用项目。",
            "池州市",
            [("北京石埭会馆修缮利用项目", "PROJECT")],
            ["北京"],
        ),
        ("，天门市推进产业项目建设，", "天门市", [("天门市", "PLACE")], []),
        # more industry words that end a company's name: 煤业, 钛业, 光纤 (hailaer 2019, chizhou 2023,
        # qianjiang 2024)
        ("改造等项目进展顺利。蒙西煤业完成产能置换升级。", "海拉尔区", [("蒙西煤业", "INSTITUTION")], []),
        ("碳综合利用示范项目、中源钛业4万吨钛合金新材料项目", "池州市", [("中源钛业", "INSTITUTION")], []),
        ("登中国企业500强，长飞光纤获评国家级专精特新企业。", "潜江市", [("长飞光纤", "INSTITUTION")], []),
        # a company before what it makes, in a list of projects (yinchuan 2024, chizhou 2023)
        (
            "推进环欧太阳能切片、晶钰金刚线、宏基特种石墨等29个项目建设。",
            "银川市",
            [("环欧", "INSTITUTION"), ("宏基", "INSTITUTION")],
            ["环欧太阳能切片", "宏基特种石墨"],
        ),
        ("，西恩锂电池回收综合利用、宝镁30万吨镁合金等25个项目加快建设。", "池州市", [("宝镁", "INSTITUTION")], []),
        ("，加快城市数字公共基础设施、武张高铁等项目建设。", "潜江市", [], ["城市", "武张"]),
        # national and civic bodies by their usual short names (liangshan 2024, hailaer 2019)
        ("充分发挥工商联、各类商会协会等作用，", "海拉尔区", [("工商联", "INSTITUTION")], []),
        (
            "积极对接国家发改委、工信部，",
            "凉山彝族自治州",
            [("国家发改委", "INSTITUTION"), ("工信部", "INSTITUTION")],
            [],
        ),
        # in a list of companies the trade word belongs to the name (hailaer 2019)
        (
            "支持上汽大众、广汽、陕汽等汽车制造企业扩大产能。",
            "海拉尔区",
            [("上汽大众", "INSTITUTION")],
            ["上汽"],
        ),
        # the first company of a list of companies, though its name holds a common word (wulumuqi 2024)
        ("上汽大众、广汽、陕汽等企业生产乘用车。", "乌鲁木齐市", [("上汽大众", "INSTITUTION")], []),
        # one sense per document: a company found in a list is the company where it recurs alone
        (
            "卓郎、铁建重工、新研牧神等企业扩大生产。支持铁建重工建设研发中心。",
            "乌鲁木齐市",
            [("铁建重工", "INSTITUTION")] * 2,
            [],
        ),
        # a road's number is part of its name; two programmes joined by 和 (tianmen, wulumuqi 2024)
        ("启动建设绕城一级公路和S213新东环线，", "天门市", [("S213新东环线", "PROJECT")], ["新东环线"]),
        (
            "深入实施民营企业培优工程和市场主体倍增行动，",
            "乌鲁木齐市",
            [("民营企业培优工程", "PROJECT"), ("市场主体倍增行动", "PROJECT")],
            ["民营企业培优工程和市场主体倍增行动"],
        ),
        # phases make projects (qinzhou 2024, tianjin 2024)
        (
            "全面启动华谊三期二阶段、金桂三期等项目前期工作。",
            "钦州市",
            [("华谊三期二阶段", "PROJECT"), ("金桂三期", "PROJECT")],
            [],
        ),
        ("加快推进远洋大厦（二期）等标志性项目建设。", "天津市", [("远洋大厦（二期）", "PROJECT")], []),
        # a road from A to B being planned; a place gloss inside an event's name (tianmen 2024)
        ("谋划申报天门至洪湖高速公路、汉江岳口港区。", "天门市", [("天门至洪湖高速公路", "PROJECT")], []),
        ("成功举办江汉平原（天门）蔬菜产业大会。", "天门市", [("江汉平原（天门）蔬菜产业大会", "PROJECT")], []),
        # a park listed among projects is a PROJECT (DECISIONS.md)
        (
            "投资50亿元的新材料产业园、投资80亿元的锦纶丝产业园等一批重大项目落户。",
            "天门市",
            [("新材料产业园", "PROJECT")],
            [],
        ),
        ("做好第五次全国经济普查。", "天门市", [("全国经济普查", "PROJECT")], []),
        # a programme introduced by its verb, its name made of common words (jinghai 2026, wulumuqi 2024)
        ("深入实施服务业扩能提质行动，增加值提高2个百分点。", "静海区", [("服务业扩能提质行动", "PROJECT")], []),
        ("扎实推进营商环境优化提升三年行动，", "乌鲁木齐市", [("营商环境优化提升三年行动", "PROJECT")], []),
        ("开展电信网络诈骗等专项行动，", "静海区", [], ["专项行动", "电信网络诈骗等专项行动"]),
        # an event with its edition: the name without the ordinal (guide §3)
        ("办好第十八届文化艺术节、第十五届民间花会展演等活动。", "静海区", [("文化艺术节", "PROJECT")], []),
        # kinds of zone, not names, even where a village of that name exists
        ("园区成功认定省级化工园区，", "凉山彝族自治州", [], ["化工园区"]),
        ("集成电路、中医药、车联网等产业链", "天津市", [], ["集成电路"]),
        # a far-away town's name cut out of common words by the lexicon (示范村镇, 平安乡镇)
        ("新增省级“一村一品”示范村镇。", "黄山区", [], ["范村镇"]),
        ("持续开展平安乡镇、平安村居创建。", "黄山区", [], ["平安乡"]),
        # the jurisdiction's own zone by its bare name (DECISIONS.md), a mountain that is also a city
        ("全面提升经开区发展能级。", "黄山区", [("经开区", "PLACE")], []),
        ("争创国家级高新区。", "池州市", [], ["高新区"]),
        ("“引燃”黄山旅游新活力。", "黄山区", [("黄山", "PLACE")], []),
        # words that only end like a head, and heads that only modify a noun
        ("安全生产存在薄弱环节。", "静海区", [], ["薄弱环节"]),
        ("海洋工程装备产业集群入选。", "天津市", [], ["海洋工程"]),
        # a place and the part, belt or area named after it is one place (tianmen, yinchuan, qinzhou, qianjiang)
        ("全面落实武汉都市圈发展规划和三年行动方案。", "天门市", [("武汉都市圈", "PLACE")], ["武汉"]),
        ("加强贺兰山东麓水源涵养和生态治理。", "银川市", [("贺兰山东麓", "PLACE")], ["贺兰山"]),
        (
            "紧盯长江经济带、粤港澳大湾区等重点地区，",
            "钦州市",
            [("长江经济带", "PLACE"), ("粤港澳大湾区", "PLACE")],
            ["长江", "粤港澳"],
        ),
        ("确保黄河银川段水质稳定II类进出境。", "银川市", [("黄河银川段", "PLACE")], []),
        ("推进兴隆灌区续建配套与节水改造，", "潜江市", [("兴隆灌区", "PLACE")], ["兴隆"]),
        # reporting periods are DATE (DECISIONS.md: 这一年, 当年), months alone too; month counts are not
        ("这一年，我们学思想、强党性。", "钦州市", [("这一年", "DATE")], []),
        ("1-11月，固定资产投资增长6.3%。", "池州市", [("1-11月", "DATE")], ["11月"]),
        ("前三季度增速居全省第一。", "池州市", [("前三季度", "DATE")], []),
        ("昭觉至美姑段10月全线通车。", "凉山彝族自治州", [("10月", "DATE")], []),
        ("力争用三年时间建成省级创业孵化示范基地。", "池州市", [("三年时间", "DATE")], []),
        ("开展为期6个月的集中整治。", "池州市", [], ["6个月", "个月", "月"]),
        ("2025年10月建成投用。", "池州市", [("2025年10月", "DATE")], ["10月"]),
        # the guide's 年底前 with a month, a year's months, spans ahead (the forms of reports' openings)
        ("6月底前完成全部整改任务。", "池州市", [("6月底前", "DATE")], ["6月"]),
        ("2023年1至11月，规模以上工业增加值增长5%。", "池州市", [("2023年1至11月", "DATE")], ["11月"]),
        ("今后五年，是全面建设社会主义现代化国家的关键时期。", "池州市", [("今后五年", "DATE")], []),
        ("到本世纪中叶，建成富强民主文明和谐美丽的社会主义现代化强国。", "池州市", [("到本世纪中叶", "DATE")], []),
        # a batch year with 度, a plan's span, a start with 自…以来, the year just past (huangshanqu, wulumuqi, tianmen)
        ("扎实推进2023年度6个和美乡村省级中心村建设。", "黄山区", [("2023年度", "DATE")], ["2023年"]),
        (
            "《乌鲁木齐都市圈国土空间规划（2021—2035年）》编制形成阶段成果。",
            "乌鲁木齐市",
            [("2021—2035年", "DATE")],
            ["2035年"],
        ),
        ("自2017年以来累计投入40亿元。", "乌鲁木齐市", [("自2017年以来", "DATE")], ["2017年以来"]),
        ("刚刚过去的一年，极不平凡。", "天门市", [("刚刚过去的一年", "DATE")], ["过去的一年"]),
        # the guide's 年底前 after 今年, and the ends and starts of years, whole
        ("确保今年年底前全面完成整改。", "池州市", [("今年年底前", "DATE")], ["今年年底"]),
        ("去年底，全市贷款余额突破千亿元。", "池州市", [("去年底", "DATE")], ["去年"]),
        ("年初以来，经济持续回升向好。", "池州市", [("年初以来", "DATE")], ["年初"]),
        ("2021年至今累计投入40亿元。", "池州市", [("2021年至今", "DATE")], ["2021年"]),
        # a record over years is no period (yinchuan 2024, chizhou 2023); the span itself is one
        ("固定资产投资增长创七年来新高。", "银川市", [], ["七年来"]),
        ("新增“五上”企业241家、为近5年来最多，", "池州市", [], ["5年来", "近5年来"]),
        ("工业技改投资增长创近3年新高。", "静海区", [], ["近3年", "3年"]),
        ("五年来，我们团结奋斗。", "银川市", [("五年来", "DATE")], []),
        # periods like the guide's 到2027年, 5年内, 这五年: whole, with 到 and their ends
        ("近三年累计投入40亿元，近五年来新增就业10万人。", "池州市", [("近三年", "DATE"), ("近五年来", "DATE")], []),
        (
            "到“十四五”末，基本建成体系；到本世纪中叶，建成强市。",
            "池州市",
            [("到“十四五”末", "DATE"), ("到本世纪中叶", "DATE")],
            [],
        ),
        (
            "第四季度以来企稳回升，三季度末实现投产。",
            "池州市",
            [("第四季度以来", "DATE"), ("三季度末", "DATE")],
            ["第四季度"],
        ),
        (
            "明后两年完成改造。今冬明春，集中开展安全生产大检查。",
            "池州市",
            [("明后两年", "DATE"), ("今冬明春", "DATE")],
            [],
        ),
        ("“十四五”中期评估顺利完成。", "池州市", [("“十四五”中期", "DATE")], ["“十四五”"]),
        # the jurisdiction's own zone though the segmenter splits it (wulumuqi 2024)
        ("强化综保区保税加工、保税物流。", "乌鲁木齐市", [("综保区", "PLACE")], []),
        ("高质量推进自贸试验区建设。", "乌鲁木齐市", [("自贸试验区", "PLACE")], []),
        # a kind of zone after a rank is no zone of the jurisdiction (qinzhou 2024)
        (
            "钦州港经济技术开发区双双进入国家级经济技术开发区百强。",
            "钦州市",
            [("钦州港经济技术开发区", "PLACE")],
            ["经济技术开发区"],
        ),
        # countries and world regions; national slogans hold no place; a town word made a process is none
        ("与智利、秘鲁有关方面签订经贸合作协议。", "乌鲁木齐市", [("智利", "PLACE"), ("秘鲁", "PLACE")], []),
        (
            "牢固树立绿水青山就是金山银山的理念，统筹山水林田湖草沙一体化保护。",
            "银川市",
            [],
            ["绿水青山就是金山银山", "山水林田湖"],
        ),
        ("深入实施就地城镇化“三个十万工程”，", "天门市", [], ["地城镇"]),
        # national strategies named after the country hold no place (jinghai, huangshanqu, hailaer)
        ("落实法治中国建设规划。", "静海区", [], ["中国"]),
        ("为加快建设美丽中国先行区而努力奋斗！", "黄山区", [], ["中国"]),
        ("在共圆伟大中国梦的征程上，", "海拉尔区", [], ["中国"]),
        ("全年始发中欧班列1332列。", "乌鲁木齐市", [("中欧班列", "PROJECT")], ["中欧"]),
        # a province's short form though a village of the jurisdiction shares it (tianmen 2024)
        ("支持泉堰村创建湖北旅游名村，", "天门市", [("湖北", "PLACE")], []),
        # a town and its village or community are one place (yinchuan, tianmen 2024)
        ("丰登镇润丰村入选全国乡村旅游重点村。", "银川市", [("丰登镇润丰村", "PLACE")], ["丰登镇"]),
        ("岳口镇勇敢社区获评全国示范。", "天门市", [("岳口镇勇敢社区", "PLACE")], ["岳口镇"]),
        # the village's name holds a place name, or the town and name were found without 村 (huangshanqu 2024)
        ("谭家桥镇东黄山村等3个村列入第六批名录，", "黄山区", [("谭家桥镇东黄山村", "PLACE")], ["黄山"]),
        ("甘棠镇凤凰村获评省级综合减灾示范社区，", "黄山区", [("甘棠镇凤凰村", "PLACE")], ["甘棠镇凤凰"]),
        # a designation with no place named is no place (guide §3; qianjiang, tianmen 2024)
        ("奋力建设四化同步发展示范区。", "潜江市", [], ["四化同步发展示范区"]),
        # a place and a school's short name; national enterprises by their usual short name (huangshanqu, qinzhou)
        ("黄山一中高考一本达线率稳步提升。", "黄山区", [("黄山一中", "INSTITUTION")], ["黄山"]),
        ("中国石油、华谊等产业链龙头企业加快布局。", "钦州市", [("中国石油", "INSTITUTION")], ["中国"]),
        # national programmes by their fixed names (wulumuqi, tianjin 2024; train and dev gold)
        ("鼓励民营经济在“一带一路”核心区建设中发挥作用。", "乌鲁木齐市", [("“一带一路”", "PROJECT")], []),
        ("深入开展“八五”普法。", "天门市", [("“八五”普法", "PROJECT")], []),
        # an event the clause hosts, its first characters cut off by the segmenter (tianmen 2024)
        ("办好蒸菜美食节、服装电商产业峰会等节会，", "天门市", [("蒸菜美食节", "PROJECT")], ["美食节"]),
        # 自治区党委、政府 are two bodies (DECISIONS.md); the army, the Corps' divisions, numbered schools (yinchuan, wulumuqi)
        (
            "在自治区党委、政府和市委的坚强领导下，",
            "银川市",
            [("自治区党委", "INSTITUTION"), ("政府", "INSTITUTION")],
            [],
        ),
        ("向驻乌人民解放军和武警指战员表示感谢！", "乌鲁木齐市", [("人民解放军", "INSTITUTION")], ["解放军"]),
        (
            "与兵团第六师、第十一师在交通领域合作，",
            "乌鲁木齐市",
            [("兵团第六师", "INSTITUTION"), ("第十一师", "INSTITUTION")],
            [],
        ),
        ("市第五中学被命名为国家级示范学校。", "乌鲁木齐市", [("市第五中学", "INSTITUTION")], []),
        # other numbered schools by their kind (a constructed sentence in the reports' style)
        (
            "市第二高级中学被命名为自治区示范学校，区第三幼儿园获评一级园。",
            "林芝市",
            [("市第二高级中学", "INSTITUTION"), ("区第三幼儿园", "INSTITUTION")],
            [],
        ),
        # parks are PLACE while being built; a 督察 shared with 中央 is no campaign (DECISIONS.md); 实施好 (tianmen, yinchuan, wulumuqi)
        (
            "加快建设石家河国家考古遗址公园、张家湖国家湿地公园，",
            "天门市",
            [("石家河国家考古遗址公园", "PLACE"), ("张家湖国家湿地公园", "PLACE")],
            [],
        ),
        ("坚决完成中央、自治区环保督察反馈问题整改任务。", "银川市", [("中央", "INSTITUTION")], ["自治区环保督察"]),
        (
            "实施好机场改扩建市政配套工程，",
            "乌鲁木齐市",
            [("机场改扩建市政配套工程", "PROJECT")],
            ["好机场改扩建市政配套工程"],
        ),
        # the session a report is given at is a formula, not an event (seed header; guide §3)
        (
            "——2026年1月15日在天津市静海区\n   第三届人民代表大会第七次会议上",
            "静海区",
            [("2026年1月15日", "DATE")],
            ["人民代表大会", "第三届人民代表大会第七次会议"],
        ),
        # a name whose first characters jieba cut off as single-character words (tianjin, chizhou 2024)
        (
            "现代中药创新中心获批国家制造业创新中心，中芯国际大二期、中石化南港120万吨乙烯加快建设",
            "天津市",
            [("中芯国际大二期", "PROJECT")],
            ["芯国际大二期"],
        ),
        (
            "开工建设平天湖、九华湖综合治理工程，启动江口水厂、城东污水处理厂二期，",
            "池州市",
            [("九华湖综合治理工程", "PROJECT"), ("江口水厂", "PROJECT")],
            ["华湖综合治理工程"],
        ),
        # numbered roads and the section under work are one PROJECT (chizhou 2023, qianjiang 2024)
        (
            "G318池州至殷汇、G530查桥至牛矶、S225齐山至万罗山一级公路建成通车，",
            "池州市",
            [("G318池州至殷汇", "PROJECT"), ("G530查桥至牛矶", "PROJECT"), ("S225齐山至万罗山一级公路", "PROJECT")],
            ["池州", "殷汇"],
        ),
        (
            "实施240国道杨市至总口段、322省道熊农东大垸至洪场段等公路改扩建，",
            "潜江市",
            [("240国道杨市至总口段", "PROJECT"), ("322省道熊农东大垸至洪场段", "PROJECT")],
            [],
        ),
        ("加快建设G228国道拓宽改线工程、南港大道延长线，", "钦州市", [("G228国道拓宽改线工程", "PROJECT")], []),
        # an event's name ends at its event word, not at the 活动 around it (yinchuan, liangshan 2024)
        (
            "办好农民丰收节、农业嘉年华活动，持续打响乡村旅游品牌。",
            "银川市",
            [("农民丰收节", "PROJECT"), ("农业嘉年华", "PROJECT")],
            ["农业嘉年华活动"],
        ),
        ("成功举办庆祝中国农民丰收节系列活动，", "银川市", [("中国农民丰收节", "PROJECT")], ["中国"]),
        ("举办第八届凉山彝族火把节系列活动，", "凉山彝族自治州", [("凉山彝族火把节", "PROJECT")], []),
        # substations by voltage and name, a port's numbered berths: works the segmenter cuts apart (huangshanqu, qinzhou)
        (
            "220千伏珍溪变、110千伏百牙变竣工投运。",
            "池州市",
            [("220千伏珍溪变", "PROJECT"), ("110千伏百牙变", "PROJECT")],
            [],
        ),
        ("业创业基地二期、金桥220千伏输变电等一批产业项目竣工，", "黄山区", [("金桥220千伏输变电", "PROJECT")], []),
        ("开工建设110千伏金安变等8个骨干电网项目，", "池州市", [("110千伏金安变", "PROJECT")], ["金安"]),
        ("路、汉江岳口港区、500千伏变电站、盐化工产业园，", "天门市", [], ["500千伏变电站"]),
        (
            "大榄坪南9号10号泊位、大榄坪1－3号泊位竣工投用，",
            "钦州市",
            [("大榄坪南9号10号泊位", "PROJECT"), ("大榄坪1－3号泊位", "PROJECT")],
            [],
        ),
        ("建成投运金鼓江11号12号、大榄坪12号13号等泊位，", "钦州市", [("金鼓江11号12号", "PROJECT")], []),
        # routes named by one character of each end, and the bare names listed before one (liangshan, tianjin, qianjiang)
        (
            "力争金西、昭普、攀盐高速公路开工建设。",
            "凉山彝族自治州",
            [("金西", "PROJECT"), ("昭普", "PROJECT"), ("攀盐高速公路", "PROJECT")],
            [],
        ),
        ("京津冀协同扎实推进，津兴城际正式通车，", "天津市", [("津兴城际", "PROJECT")], []),
        ("加快荆潜监高速公路前期，力争早日开工，", "潜江市", [("荆潜监高速公路", "PROJECT")], []),
        # schools and hospitals of a kind, or counted, are no names; the works before them are not part of one
        ("新建、改扩建幼儿园54所、小学10所，", "凉山彝族自治州", [], ["改扩建幼儿园"]),
        ("新改扩建义务教育薄弱学校49所，", "凉山彝族自治州", [], ["新改扩建义务教育薄弱学校", "义务教育薄弱学校"]),
        ("新改续扩建中小学幼儿园35所、建成投用", "乌鲁木齐市", [], ["中小学幼儿园"]),
        ("普惠性幼儿园覆盖率达到90%以上。", "银川市", [], ["普惠性幼儿园"]),
        ("获评为广西首家县级三甲中医医院，", "钦州市", [], ["县级三甲中医医院"]),
        ("力争所有乡村学校都有城镇学校对口帮扶。", "凉山彝族自治州", [], ["城镇学校", "乡村学校"]),
        # schools and hospitals listed as works are PROJECTs, whatever words name them (tianjin, chizhou, qinzhou, qianjiang)
        (
            "公办幼儿园8所，绿地小学、祥云路小学等6所学校建成，",
            "池州市",
            [("绿地小学", "PROJECT"), ("祥云路小学", "PROJECT")],
            [],
        ),
        (
            "加快市人民医院、环湖医院、第三中心医院等改扩建，",
            "天津市",
            [("环湖医院", "PROJECT"), ("第三中心医院", "PROJECT")],
            [],
        ),
        ("和小学新兴校区、牛食禾幼儿园等5个项目。", "钦州市", [("牛食禾幼儿园", "PROJECT")], []),
        ("加快实施新潜江中学、兴盛路小学等5个学校项目，", "潜江市", [("新潜江中学", "PROJECT")], []),
        # a body the clause founds is named even by common words; one merely mentioned is not (chizhou 2023)
        (
            "筹建镁合金产业研究院、江南轻合金产研院等新型研发机构，",
            "池州市",
            [("镁合金产业研究院", "INSTITUTION")],
            [],
        ),
        (
            "推动政、校、园、企共建半导体产业学院、筹建现代化工材料产业学院；",
            "池州市",
            [("半导体产业学院", "INSTITUTION")],
            [],
        ),
        ("发挥产业研究院作用，", "池州市", [], ["产业研究院"]),
        # places that open the title of a law or plan name its scope, untagged (DECISIONS.md); a work's title keeps them
        ("《四川省泸沽湖保护条例》正式施行。", "凉山彝族自治州", [], ["四川省", "泸沽湖"]),
        ("《乌鲁木齐都市圈国土空间规划（2021—2035年）》编制完成。", "乌鲁木齐市", [], ["乌鲁木齐"]),
        ("推出《情满天山》等精品剧目，", "乌鲁木齐市", [("天山", "PLACE")], []),
        # a project counted right after its name is a kind (liangshan, chizhou, wulumuqi); a list's last item keeps its count
        ("谋划实施文旅强州项目48个，", "凉山彝族自治州", [], ["文旅强州项目"]),
        ("新建养老服务综合体30个，新增养老床位", "天津市", [], ["养老服务综合体"]),
        ("实施海绵城市重点项目51项，", "乌鲁木齐市", [], ["海绵城市重点项目"]),
        # a quoted programme takes the field written before its quotes after the clause's verb (tianjin, huangshanqu, tianmen)
        ("扎实推进高质量发展“十项行动”和“三新”“三量”工作，", "天津市", [("高质量发展“十项行动”", "PROJECT")], []),
        ("深入推进平安建设“六大行动”，", "黄山区", [("平安建设“六大行动”", "PROJECT")], ["“六大行动”"]),
        ("深入实施就地城镇化“三个十万工程”，", "天门市", [("就地城镇化“三个十万工程”", "PROJECT")], []),
        ("深化运用“千万工程”经验，", "黄山区", [("“千万工程”", "PROJECT")], ["运用“千万工程”"]),
        # a route, airport or reservoir with the work written after its name is one project (qinzhou, liangshan, qianjiang)
        (
            "开工建设南宁至钦州铁路增建二线项目。",
            "钦州市",
            [("南宁至钦州铁路增建二线项目", "PROJECT")],
            ["南宁至钦州铁路"],
        ),
        ("完成西昌青山机场改扩建总体规划修编，", "凉山彝族自治州", [("西昌青山机场改扩建", "PROJECT")], []),
        ("紫光南路、紫月路西延、东荆大道南延等全线拉通，", "潜江市", [("东荆大道南延", "PROJECT")], ["东荆大道"]),
        # a plant's phase and the unit of it are one project (qinzhou 2024)
        (
            "力争格派一期、国投电厂三期2号机组建成投产，",
            "钦州市",
            [("国投电厂三期2号机组", "PROJECT")],
            ["国投电厂三期"],
        ),
        ("恒逸一期、金桂二期第二台纸机等项目，", "钦州市", [("金桂二期第二台纸机", "PROJECT")], []),
        # a place written right before a project names it: one project (hailaer 2019)
        (
            "做好世界反法西斯战争海拉尔纪念园抗战遗址保护工程，",
            "海拉尔区",
            [("世界反法西斯战争海拉尔纪念园抗战遗址保护工程", "PROJECT")],
            ["世界反法西斯战争海拉尔纪念园"],
        ),
        # a numbered metro line with its phase and section, though jieba cuts 11/号/线 (tianjin, wulumuqi 2024)
        (
            "建成地铁11号线一期西段、5号线延伸线、津静市域（郊）铁路，",
            "天津市",
            [("地铁11号线一期西段", "PROJECT"), ("5号线延伸线", "PROJECT")],
            ["线一期西段", "津静市域"],  # the last item runs on past the bracket: not a bare name
        ),
        ("轨道交通2号线一期北段主体工程完工。", "乌鲁木齐市", [("轨道交通2号线一期北段主体工程", "PROJECT")], []),
        # one-character place names after 驻, 在, 来 and in 援藏援疆: provinces' and the city's own
        (
            "向驻池解放军指战员、武警官兵、民兵预备役人员，",
            "池州市",
            [("池", "PLACE"), ("解放军", "INSTITUTION")],
            [],
        ),
        ("中海油新能源等40家央企二三级公司在津布局。", "天津市", [("津", "PLACE")], []),
        ("民族宗教、援藏援疆、气象地震等工作取得新进展。", "池州市", [("藏", "PLACE"), ("疆", "PLACE")], []),
        ("深入贯彻党的二十大和习近平总书记来川视察重要指示精神，", "凉山彝族自治州", [("川", "PLACE")], []),
        ("氟碳铈稀土资源清洁高效利用技术成果在凉山落地转化。", "凉山彝族自治州", [("凉山", "PLACE")], ["凉"]),
        # a town and its one-character village; the city's own zone; a river and its section
        ("耿城镇沟村等5个村入选首批省级美丽宜居村庄，", "黄山区", [("耿城镇沟村", "PLACE")], ["耿城镇"]),
        ("市经开区开工半导体产业链重点项目14个，", "池州市", [("市经开区", "PLACE")], ["经开区"]),
        ("大清河（静海段）入选国家美丽河湖优秀案例，", "静海区", [("大清河（静海段）", "PLACE")], ["静海段"]),
        ("新梅江公园南段、柳林公园一期等建成开放，", "天津市", [("新梅江公园南段", "PLACE")], []),
        # the clause's verb is not part of a park's name (liangshan 2024)
        ("支持木里建设国家森林公园。", "凉山彝族自治州", [("木里", "PLACE")], ["木里建设国家森林公园"]),
        # a country and its city or port are one place (hailaer 2019, qinzhou 2024)
        ("与俄罗斯赤塔市、蒙古国乔巴山市等国际友城关系持续巩固，", "海拉尔区", [("俄罗斯赤塔市", "PLACE")], []),
        ("推动钦州港与越南海防港开行跨境“直通船”，", "钦州市", [("越南海防港", "PLACE")], ["越南"]),
        (
            "争取马来西亚炬申物流、怡美棕榈油精炼加工储备、中马—辉航新材料产业园等项目落地开工建设。",
            "钦州市",
            [],
            ["马来西亚炬申物流"],
        ),
        # the jurisdiction's own departments, hospitals and state companies (huangshanqu, chizhou)
        (
            "区农业农村水利局、新丰乡分别获评全省粮食生产先进集体、乡村振兴示范乡镇，",
            "黄山区",
            [("区农业农村水利局", "INSTITUTION")],
            [],
        ),
        (
            "区医院与省肿瘤医院建立医联体合作，",
            "黄山区",
            [("区医院", "INSTITUTION"), ("省肿瘤医院", "INSTITUTION")],
            [],
        ),
        ("完成市投资控股集团“1+5”体系架构重组，", "池州市", [("市投资控股集团", "INSTITUTION")], []),
        ("奋力开创池州现代化建设新局面。", "池州市", [("池州", "PLACE")], ["州现代化建设新局"]),
        # expos and games by their abbreviations (liangshan 2024), though jieba cuts them
        (
            "积极参加广交会、消博会、进博会、西博会等重大展会，",
            "凉山彝族自治州",
            [("广交会", "PROJECT"), ("消博会", "PROJECT"), ("进博会", "PROJECT"), ("西博会", "PROJECT")],
            [],
        ),
        # a county's short form jieba tags a common noun, before a canal being built (qinzhou 2024)
        ("力争平陆运河全年完成投资200亿元以上。", "钦州市", [("平陆运河", "PROJECT")], []),
        # quoted events listed before 等…活动 (qianjiang 2024); national campaigns and censuses
        (
            "波浪式开展“龙虾狂欢季”“金秋消费季”“跨年消费季”等主题活动，",
            "潜江市",
            [("“龙虾狂欢季”", "PROJECT"), ("“金秋消费季”", "PROJECT"), ("“跨年消费季”", "PROJECT")],
            [],
        ),
        ("深入开展爱国卫生运动，巩固国家卫生城市创建成果，", "天津市", [("爱国卫生运动", "PROJECT")], []),
        ("高质量完成“五经普”任务，", "凉山彝族自治州", [("“五经普”", "PROJECT")], []),
        # a place opening a title names the document, not a place (liangshan 2024; DECISIONS.md)
        ("深入实施《凉山州移风易俗条例》，", "凉山彝族自治州", [], ["凉山州"]),
        # a town's event whose middle word jieba tags a verb (jinghai 2026)
        ("办好台头西瓜节、王口炒货节等，", "静海区", [("台头西瓜节", "PROJECT"), ("王口炒货节", "PROJECT")], ["王口"]),
        # a programme counted before its name, and two verbs before it (tianjin, liangshan 2024)
        ("持续实施20项民心工程，", "天津市", [("民心工程", "PROJECT")], ["20项民心工程"]),
        (
            "启动实施新一轮找资源找矿突破战略行动，",
            "凉山彝族自治州",
            [("找资源找矿突破战略行动", "PROJECT")],
            ["实施新一轮找资源找矿突破战略行动"],
        ),
        # no body in 全市政府系统 nor in a central work conference; sectors and kinds of projects
        # in lists are no companies (qinzhou, jinghai, tianjin)
        ("引领带动全市政府系统深刻领悟“两个确立”的决定性意义，", "钦州市", [], ["市政府"]),
        ("落实中央城市工作会议要求，", "静海区", [], ["中央"]),
        ("推动高端装备、智能制造、医药等产业加快发展。", "天津市", [], ["高端装备"]),
        ("园区外严禁新增涉气、涉酸、涉危废等项目。", "静海区", [], ["涉酸", "涉危废"]),
        # regions named side by side are each a place (wulumuqi 2024)
        (
            "加强与中亚西亚南亚在能源、矿产、农副产品初级加工和中药材采购等方面合作，",
            "乌鲁木齐市",
            [("中亚", "PLACE"), ("西亚", "PLACE"), ("南亚", "PLACE")],
            ["中亚西亚南亚"],
        ),
        # a zone and the district it is, in brackets, are one place; 美丽河湖 is a kind (wulumuqi, yinchuan)
        (
            "经开区（头屯河区）获批国家知识产权强国建设试点园区，",
            "乌鲁木齐市",
            [("经开区（头屯河区）", "PLACE")],
            ["头屯河区"],
        ),
        ("建成美丽河湖3条。", "银川市", [], ["美丽河"]),
        # a facility's function named by a verb inside its name; 枢纽 (wulumuqi, yinchuan 2024)
        (
            "加快建设新疆科技成果（技术）交易中心、中国—中亚技术转移中心，",
            "乌鲁木齐市",
            [("中国—中亚技术转移中心", "PROJECT")],
            ["中亚"],
        ),
        ("银川火车站现代客运枢纽建成试运，", "银川市", [("银川火车站现代客运枢纽", "PROJECT")], ["银川"]),
        (
            "机场改扩建工程移交新疆机场集团建设，",
            "乌鲁木齐市",
            [("机场改扩建工程", "PROJECT")],
            ["机场改扩建工程移交新疆机场"],
        ),
        # a park listed among projects whose list ends far away (wulumuqi 2024)
        (
            "澳龙文旅总部基地、新疆玉文化公园等5个年度计划总投资18亿元的文旅产业项目建设，",
            "乌鲁木齐市",
            [("新疆玉文化公园", "PROJECT")],
            [],
        ),
        # named inspections of the centre and the State Council are PROJECTs; 中央 in 中央和市委巡视 is
        # the body (jinghai 2026, DECISIONS.md)
        (
            "统筹抓好中央和市委巡视、中央生态环境保护督察、中央安全生产考核巡查、国务院高质量发展综合督查以及经济责任、"
            "自然资源等6项国家和市级专项审计指出问题整改落实。",
            "静海区",
            [
                ("中央", "INSTITUTION"),
                ("中央安全生产考核巡查", "PROJECT"),
                ("国务院高质量发展综合督查", "PROJECT"),
            ],
            ["中央和市委巡视"],
        ),
        # phrases that only end like a programme or an event (chizhou 2023, huangshanqu 2024)
        ("以实际行动衷心拥护“两个确立”、忠诚践行“两个维护”，", "池州市", [], ["实际行动"]),
        ("加强重点领域和关键环节监管，", "黄山区", [], ["关键环节"]),
        # the people's organisations named in a list (qinzhou 2024)
        (
            "协调推动工会、共青团、妇联、残联、红十字会等群团组织工作，",
            "钦州市",
            [("工会", "INSTITUTION"), ("共青团", "INSTITUTION"), ("妇联", "INSTITUTION")],
            [],
        ),
        # bare names in a list of scenic areas or villages are places (qinzhou, qianjiang 2024)
        (
            "持续提升大芦村、三娘湾、犀丽湾、八寨沟、五皇山等景区品质功能，",
            "钦州市",
            [("大芦村", "PLACE"), ("三娘湾", "PLACE"), ("犀丽湾", "PLACE"), ("八寨沟", "PLACE"), ("五皇山", "PLACE")],
            [],
        ),
        (
            "深入开发拖船埠、莫岭等6个村㉗特色精品乡村旅游示范点，",
            "潜江市",
            [("拖船埠", "PLACE"), ("莫岭", "PLACE")],
            [],
        ),
        # bare names in a list of roads or reservoirs under work are projects, not companies (liangshan)
        (
            "加快宜攀、乐西、西昭、西香、西宁、会禄等高速公路项目建设，",
            "凉山彝族自治州",
            [("宜攀", "PROJECT"), ("乐西", "PROJECT"), ("西宁", "PROJECT"), ("会禄", "PROJECT")],
            [],
        ),
        (
            "加快推进米市、横山、两岔河、子威、斯穆布约、波洛等水库建设及竹寿水库改扩建工程，",
            "凉山彝族自治州",
            [("米市", "PROJECT"), ("两岔河", "PROJECT"), ("波洛", "PROJECT")],
            [],
        ),
        # works named by their object and the kind of work, listed as projects (tianmen, yinchuan 2024)
        (
            "张家湖综合治理、沉湖骨干河道治理等项目加快建设，",
            "天门市",
            [("张家湖综合治理", "PROJECT"), ("沉湖骨干河道治理", "PROJECT")],
            ["张家湖"],
        ),
        ("典农河水生态修复等8个项目建成投运，", "银川市", [("典农河水生态修复", "PROJECT")], []),
        # facilities listed as projects are PROJECTs (DECISIONS.md; tianmen 2024)
        (
            "化纤纺织产业园、现代农业产业园等项目进展顺利，",
            "天门市",
            [("化纤纺织产业园", "PROJECT"), ("现代农业产业园", "PROJECT")],
            [],
        ),
        ("推进10.7万亩高标准农田、中储粮仓储物流园等建设，", "潜江市", [("中储粮仓储物流园", "PROJECT")], []),
        # no event or programme in 节水, 音乐节 (a kind of event) or 政府有行动 (wulumuqi, tianmen 2024)
        ("大力发展节水产业和技术，", "乌鲁木齐市", [], ["大力发展节"]),
        ("办好音乐节、演唱会、体育赛事等文化体育活动。", "乌鲁木齐市", [], ["音乐节"]),
        ("做到上级有部署、政府有行动，", "天门市", [], ["政府有行动"]),
        # items of a list of projects that begin with a place are projects named by it (liangshan 2024)
        (
            "德昌腊巴山、盐源大坝梁子等一批风电项目投产发电。",
            "凉山彝族自治州",
            [("德昌腊巴山", "PROJECT"), ("盐源大坝梁子", "PROJECT")],
            ["盐源"],
        ),
        (
            "加快推进盐源百灵、西昌月城等500千伏变电站改扩建工程和攀西电网优化工程建设，",
            "凉山彝族自治州",
            [("盐源百灵", "PROJECT"), ("西昌月城", "PROJECT")],
            [],
        ),
        # a company named before what it does with others (tianmen 2024)
        (
            "推动宝昂新材料、通格微电子与武汉相关企业接轨，",
            "天门市",
            [("通格微电子", "INSTITUTION")],
            [],
        ),
        # the company before its output, first in a list of projects (chizhou 2023; DECISIONS.md)
        (
            "宝镁30万吨镁合金、星河动力火箭总装生产线、西恩锂电池回收综合利用、昀冢陶瓷电容器、"
            "天赐15.2万吨锂电新材料等20个项目建成投产或试产，",
            "池州市",
            [("宝镁", "INSTITUTION"), ("昀冢", "INSTITUTION")],
            ["宝镁30万吨镁合金"],
        ),
        # a place's proper name before the title it won (tianmen 2024)
        ("支持泉堰村创建湖北旅游名村，", "天门市", [("泉堰村", "PLACE"), ("湖北", "PLACE")], []),
        # … also after another clause, where the verb before it is not taken into the name
        (
            "推动知青农场、方舟生态农庄等乡村旅游项目发展，支持泉堰村创建湖北旅游名村，",
            "天门市",
            [("泉堰村", "PLACE")],
            ["支持泉堰村"],
        ),
        ("荒漠化治理6万亩。推动白芨滩创建两山实践创新基地。", "银川市", [("白芨滩", "PLACE")], []),
        # a zone or event word jieba cut off from the word before it (文化/带, 学/青会)
        (
            "加强历史文化名镇名村、历史风貌建筑、大运河文化带等系统性保护传承利用，",
            "静海区",
            [("大运河文化带", "PLACE")],
            ["大运河"],
        ),
        (
            "成功承办环广西公路自行车世界巡回赛钦州赛事、学青会钦州赛区比赛，",
            "钦州市",
            [("学青会", "PROJECT")],
            [],
        ),
        # a school named by a place and words jieba calls verbs (liangshan 2024); not a clause's verb
        (
            "支持四川应用技术职业学院提升办学水平，",
            "凉山彝族自治州",
            [("四川应用技术职业学院", "INSTITUTION")],
            ["四川"],
        ),
        (
            "自治区推动东部盟市跨越发展、呼伦贝尔市加快中心城区优先发展等一系列重大发展机遇",
            "海拉尔区",
            [("呼伦贝尔市", "PLACE")],
            ["呼伦贝尔市加快中心"],
        ),
        # a name never ends inside quotes it opened; each quoted event is its own (hailaer, liangshan)
        ("“乐动草原”“两河圣山”“草原音乐之城”完成商标注册，", "海拉尔区", [], ["“乐动草原”“两河圣山"]),
        (
            "组织参加“蜀里安逸·乐购全川”“中国(四川)国际熊猫消费节”等省内促消费活动，",
            "凉山彝族自治州",
            [("“蜀里安逸·乐购全川”", "PROJECT"), ("“中国(四川)国际熊猫消费节”", "PROJECT")],
            [],
        ),
        ("不搞劳民伤财的“形象工程”“政绩工程”。", "凉山彝族自治州", [], ["“形象工程”", "“政绩工程”"]),
        # an event hosted in a list though jieba tags its first word a verb (服装/电商/产业/峰会)
        (
            "办好蒸菜美食节、服装电商产业峰会等节会，",
            "天门市",
            [("蒸菜美食节", "PROJECT"), ("服装电商产业峰会", "PROJECT")],
            [],
        ),
        # a region inside jieba's one word with 国家/地区; RCEP; countries listed by one character
        ("加密钦州港至东盟国家主要港口的班轮航线，", "钦州市", [("东盟", "PLACE")], ["东盟国家"]),
        ("鼓励企业深耕“一带一路”、RCEP市场，", "静海区", [("RCEP", "PLACE")], []),
        (
            "拓展赴俄、蒙、日、韩、东南亚等国家及港澳台地区旅游热点航线，",
            "海拉尔区",
            [("俄", "PLACE"), ("蒙", "PLACE"), ("日", "PLACE"), ("韩", "PLACE"), ("港澳台", "PLACE")],
            ["港澳台地区"],
        ),
        # a preposition before a listed company is not in its name (jinghai 2026)
        ("注重从抖音、小红书等互联网平台倾听民诉、发现舆情，", "静海区", [("抖音", "INSTITUTION")], ["从抖音"]),
        # a clause's verb of winning ends a name (jieba tags 荣获 a name); 等 ends a company's name
        (
            "巴特瑞荣获联合国工业发展组织2025年中国“绿色生产工艺领域”冠军，",
            "静海区",
            [("联合国工业发展组织", "INSTITUTION")],
            ["巴特瑞荣获联合国工业发展组织"],
        ),
        ("孚诺林三期、诺亚、阿科力、新轩宏等新材料，", "潜江市", [], ["新轩宏等新材料"]),
        # a national centre named by its field: a body, or a project where it is built or lands;
        # the bare kind and one competed for are designations (tianjin, yinchuan, wulumuqi 2024)
        (
            "促进国家合成生物技术创新中心等提质增效，",
            "天津市",
            [("国家合成生物技术创新中心", "INSTITUTION")],
            [],
        ),
        ("启动国家重大传染病防治基地建设，", "银川市", [("国家重大传染病防治基地", "PROJECT")], []),
        ("国家级棉花棉纱交易中心落地。", "乌鲁木齐市", [("国家级棉花棉纱交易中心", "PROJECT")], []),
        ("现代中药创新中心获批国家制造业创新中心，", "天津市", [], ["国家制造业创新中心"]),
        ("支持创建国家级制造业创新中心。", "天津市", [], ["国家级制造业创新中心"]),
        # an indicator and kinds of zones and roads are no names (wulumuqi, yinchuan, tianmen 2024)
        ("森林抚育5000亩，人均公园绿地面积13.05平方米。", "乌鲁木齐市", [], ["人均公园"]),
        ("打造贺兰山东麓国家级旅游度假区。", "银川市", [("贺兰山东麓", "PLACE")], ["旅游度假区"]),
        ("规划城市快速通道，构建“内联外环、快进快出”交通格局。", "天门市", [], ["城市快速通道"]),
        # a disease and a fixed phrase of care hold no place (hailaer 2019, qinzhou 2024)
        ("严密防范非洲猪瘟疫情。", "海拉尔区", [], ["非洲", "非洲猪瘟疫情"]),
        ("入选全国居家和社区基本养老服务提升项目试点", "钦州市", [], ["家和社区"]),
        # 沿河 is along a river, no river named (huangshanqu, qinzhou 2024)
        ("坚持亩均效益评价结果运用，有序实施沿河企业搬迁，", "黄山区", [], ["沿河"]),
        ("提前对接优化沿河两岸施工布局，", "钦州市", [], ["沿河"]),
        # a tunnel is a transport work like a bridge: PROJECT where it is being built
        (
            "加快建设龙潭水库、青山隧道和金江大桥。",
            "某某市",
            [("青山隧道", "PROJECT"), ("金江大桥", "PROJECT")],
            ["青山"],
        ),
        # a level's standard government departments, however jieba cuts them
        (
            "区应急管理局、市发展改革委、县卫生健康委、市文化和旅游局联合开展检查，",
            "池州市",
            [
                ("区应急管理局", "INSTITUTION"),
                ("市发展改革委", "INSTITUTION"),
                ("县卫生健康委", "INSTITUTION"),
                ("市文化和旅游局", "INSTITUTION"),
            ],
            [],
        ),
        ("提升城市管理局执法水平", "池州市", [], ["市管理局"]),
        # a department or office of a level's committee or government is one body with it
        (
            "区委组织部、区委宣传部牵头抓总，",
            "静海区",
            [("区委组织部", "INSTITUTION"), ("区委宣传部", "INSTITUTION")],
            [],
        ),
        ("市委党校、市政府办公室", "池州市", [("市委党校", "INSTITUTION"), ("市政府办公室", "INSTITUTION")], []),
        ("凉山州委党校", "凉山彝族自治州", [("凉山州委党校", "INSTITUTION")], []),
        # mass organisations keep their level (as 市政协 does); 团市委 is the Youth League's committee
        (
            "市总工会、团市委、市妇联、市残联充分发挥桥梁纽带作用，",
            "池州市",
            [
                ("市总工会", "INSTITUTION"),
                ("团市委", "INSTITUTION"),
                ("市妇联", "INSTITUTION"),
                ("市残联", "INSTITUTION"),
            ],
            ["市委", "妇联"],
        ),
        # the large banks are bodies, and a branch named by its place is one with the bank;
        # 银行业 is the banking sector, no bank
        (
            "与工商银行、建设银行签署战略合作协议，",
            "池州市",
            [("工商银行", "INSTITUTION"), ("建设银行", "INSTITUTION")],
            [],
        ),
        (
            "农业银行钦州分行、邮储银行钦州支行加大信贷投放，",
            "钦州市",
            [("农业银行钦州分行", "INSTITUTION"), ("邮储银行钦州支行", "INSTITUTION")],
            [],
        ),
        ("引导银行业金融机构加大信贷投放，推动中国银行业高质量发展。", "池州市", [], ["中国银行", "建设银行"]),
        # a state office named by its place is one body; the customs at a zone are two names (yinchuan)
        (
            "南京海关、钦州海事局加强监管，",
            "钦州市",
            [("南京海关", "INSTITUTION"), ("钦州海事局", "INSTITUTION")],
            ["南京"],
        ),
        ("确保综保区海关绩效评估进位升级。", "银川市", [("综保区", "PLACE"), ("海关", "INSTITUTION")], []),
        # the courts and procuratorates of a level by their full titles (guide: bodies by office)
        (
            "市中级人民法院、市人民检察院依法履职，",
            "池州市",
            [("市中级人民法院", "INSTITUTION"), ("市人民检察院", "INSTITUTION")],
            [],
        ),
        (
            "省高级人民法院、区人民法院",
            "潜江市",
            [("省高级人民法院", "INSTITUTION"), ("区人民法院", "INSTITUTION")],
            [],
        ),
        # a stretch of a river is a place, alone or in a region's name; city clusters are regions
        ("坚决筑牢长江上游重要生态屏障", "凉山彝族自治州", [("长江上游", "PLACE")], ["长江"]),
        ("深度融入长江中游城市群建设，", "天门市", [("长江中游城市群", "PLACE")], ["长江"]),
        ("积极对接关中平原城市群。", "银川市", [("关中平原城市群", "PLACE")], ["关中平原"]),
        # a place joined to a character jieba reads as part of a name opens a longer name, no place
        ("第二中学高中部、天津益中静海高中正式招生，", "静海区", [], ["天津"]),
        ("这里特别要向大会说明，兴庆区富洋烧烤店“6·21”特别重大燃气爆炸事故", "银川市", [], ["兴庆区"]),
        ("争取马来西亚炬申物流、怡美棕榈油精炼加工储备等项目落地开工建设", "钦州市", [], ["马来西亚"]),
        # a place names the park that its common word ends with (tianjin 2024)
        ("统筹绿色低碳产业资源，推动绿创园、天津软件园建设，", "天津市", [("天津软件园", "PLACE")], ["天津"]),
        # a company after the verb of a later clause keeps the verb out of its name
        ("做大做强产业，支持金澳科技上市。", "潜江市", [("金澳科技", "INSTITUTION")], []),
        ("做大做强产业，与宝丰能源签约。", "银川市", [("宝丰能源", "INSTITUTION")], ["与宝丰能源"]),
        # libraries, branch offices, hospital campuses, marathons (qinzhou, huangshanqu, liangshan, tianjin)
        ("钦州图书馆获评国家一级图书馆。", "钦州市", [("钦州图书馆", "INSTITUTION")], ["钦州"]),
        ("汤口税务分局被表彰为全国新时代“枫桥式”税务所，", "黄山区", [("汤口税务分局", "INSTITUTION")], ["汤口"]),
        ("州二医院新院区、州妇女儿童医院新院区主体完工。", "凉山彝族自治州", [("州二医院新院区", "PROJECT")], []),
        ("世界斯诺克国际锦标赛、天津马拉松赛等展会赛事，", "天津市", [("天津马拉松赛", "PROJECT")], ["天津"]),
        # a bare name listed beside places is a place; beside companies, a company (tianmen, qianjiang,
        # tianjin, wulumuqi); not in a list of kinds of work, nor in a slogan
        ("聚焦京津冀、江浙沪、广深闽、武汉、成渝五大区域，", "天门市", [("广深闽", "PLACE")], []),
        ("启动实施沉湖、龙嘴河等小流域综合治理试点，", "天门市", [("沉湖", "PLACE"), ("龙嘴河", "PLACE")], []),
        ("火车站易涝点“顽疾”治理完成，一五支渠、城南河等6条河渠治理扎实推进，", "潜江市", [("一五支渠", "PLACE")], []),
        ("拓展与欧美、日韩、东南亚等经济交流，", "天津市", [("日韩", "PLACE"), ("欧美", "PLACE")], []),
        (
            "西北油田、乌石化、国能化工、乌东煤矿加速释放产能，",
            "乌鲁木齐市",
            [("乌石化", "INSTITUTION"), ("国能化工", "INSTITUTION")],
            [],
        ),
        ("民族、宗教、侨务、港澳台等工作有力推进，", "天津市", [("港澳台", "PLACE")], ["侨务", "宗教"]),
        ("统筹推动“一港、五大中心”建设。", "乌鲁木齐市", [], ["一港"]),
        # a project or event named by one common word is a kind, not a name (tianmen, wulumuqi); a
        # company's project is a name (yinchuan)
        ("推动40个重点技改项目建成投产，", "天门市", [], ["技改项目"]),
        ("举办群众体育活动1079场。", "乌鲁木齐市", [], ["群众体育活动"]),
        ("力争锦江氧化铝项目开工，", "银川市", [("锦江氧化铝项目", "PROJECT")], []),
        # a head jieba cut across two words is read whole: 国际陆/港区, 民族/音乐/周, 牦牛山/风电
        # (wulumuqi, liangshan)
        ("国际陆港区能级持续提升，", "乌鲁木齐市", [("国际陆港区", "PLACE")], []),
        ("争取中国(四川)民族音乐周永久落户凉山，", "凉山彝族自治州", [("中国(四川)民族音乐周", "PROJECT")], ["四川"]),
        ("以及西昌牦牛山风电、盐源扎拉山光伏等项目建设，", "凉山彝族自治州", [("西昌牦牛山风电", "PROJECT")], ["西昌"]),
        # an event after its edition, up to its first event word, without the ordinal (guide §3;
        # tianmen, qianjiang, wulumuqi, tianjin); a congress of people's deputies is a formula
        ("校建设，举办首届全民健身运动会。", "天门市", [("全民健身运动会", "PROJECT")], []),
        (
            "高水平办好第十五届湖北（潜江）龙虾节暨第八届虾-稻产业博览会。",
            "潜江市",
            [("湖北（潜江）龙虾节", "PROJECT"), ("虾-稻产业博览会", "PROJECT")],
            [],
        ),
        ("荣获第三届海上丝绸之路合唱比赛金奖。", "乌鲁木齐市", [("海上丝绸之路合唱比赛", "PROJECT")], []),
        ("办好第二届世界职业技术教育发展大会。", "天津市", [("世界职业技术教育发展大会", "PROJECT")], []),
        ("在天津市静海区第三届人民代表大会第七次会议上", "静海区", [], ["人民代表大会", "代表大会"]),
        # a programme that lists its parallel parts is one name (yinchuan, chizhou; guide §3: the parts
        # are no names on their own); two works sharing a head stay two (tianmen)
        (
            "推进交通疏堵、市容整治、美丽河湖、公园廊道、完整社区工程。",
            "银川市",
            [("交通疏堵、市容整治、美丽河湖、公园廊道、完整社区工程", "PROJECT")],
            ["完整社区工程"],
        ),
        ("推进铸魂、防渗、净土、夯基工程，", "银川市", [("铸魂、防渗、净土、夯基工程", "PROJECT")], []),
        (
            "实施政务服务便民热线办理提速、工作提质、功能提升、督查提效专项行动，",
            "池州市",
            [("政务服务便民热线办理提速、工作提质、功能提升、督查提效专项行动", "PROJECT")],
            [],
        ),
        ("实施友谊社区、南湖市场雨污分流工程，", "天门市", [], ["友谊社区、南湖市场雨污分流工程"]),
        # a programme whose name quotes a slogan runs from its verb to its head (tianmen, chizhou,
        # qinzhou)
        (
            "深入实施技改转型“蝶变”行动，推动40个重点技改项目建成投产，",
            "天门市",
            [("技改转型“蝶变”行动", "PROJECT")],
            [],
        ),
        (
            "实施制造业提质扩量增效“1366”行动计划，",
            "池州市",
            [("制造业提质扩量增效“1366”行动计划", "PROJECT")],
            ["“1366”行动计划"],
        ),
        ("深入推进“一镇一品”建设行动，", "钦州市", [("“一镇一品”建设行动", "PROJECT")], ["建设行动"]),
        # the work, building or task that follows a programme is not part of its name (yinchuan,
        # hailaer, tianjin)
        ("推进生态产品价值实现机制试点工作。", "银川市", [("生态产品价值实现机制试点", "PROJECT")], []),
        ("完成河湖“清四乱”专项行动任务。", "海拉尔区", [("河湖“清四乱”专项行动", "PROJECT")], ["“清四乱”专项"]),
        ("启动双万兆宽带项目试点建设，", "天津市", [("双万兆宽带项目试点", "PROJECT")], []),
        # a programme opening a clause that says what became of it, or after a routine adverb
        # (yinchuan, tianmen, wulumuqi)
        ("为全区发展作出表率。国企改革三年行动通过国家验收。", "银川市", [("国企改革三年行动", "PROJECT")], []),
        ("物业提升“123”专项行动全面铺开，", "银川市", [("物业提升“123”专项行动", "PROJECT")], ["“123”专项"]),
        ("常态化开展拆违控违行动。", "天门市", [("拆违控违行动", "PROJECT")], []),
        # whose programme it is comes before the name, not in it (wulumuqi, qinzhou)
        ("全面落实自治区营商环境优化提升三年行动，", "乌鲁木齐市", [("营商环境优化提升三年行动", "PROJECT")], []),
        ("落实自治区新一轮工业振兴特派员服务企业行动，", "钦州市", [("工业振兴特派员服务企业行动", "PROJECT")], []),
        # a company and its industry word right after the clause's verb (qianjiang, huangshanqu)
        ("支持江汉盐化工、可赛化工等企业技改升级，", "潜江市", [("江汉盐化工", "INSTITUTION")], ["江汉"]),
        ("加快建设盛春食品、功夫精酿啤酒等重点项目，", "黄山区", [("盛春食品", "INSTITUTION")], ["盛春"]),
        # a quoted campaign with 专项行动 or 专项斗争 after it (chizhou, hailaer)
        ("创新开展“一送两服三促”专项行动，", "池州市", [("“一送两服三促”专项行动", "PROJECT")], ["“一送两服三促”专项"]),
        ("“扫黑除恶”专项斗争工作成果突出，", "海拉尔区", [("“扫黑除恶”专项斗争", "PROJECT")], []),
        # the clause's verb before a list of projects is not part of the first one (tianmen, huangshanqu)
        (
            "推动项目建设提速提质提效，确保福之日空调产业园、中思微电子等294个项目尽快开工，",
            "天门市",
            [("福之日空调产业园", "PROJECT")],
            ["确保福之日空调产业园"],
        ),
        (
            "竣工投产农夫山泉黄山生产基地、全江食品三期等一批产业类项目，",
            "黄山区",
            [("农夫山泉黄山生产基地", "PROJECT")],
            ["竣工投产农夫山泉黄山生产基地"],
        ),
        # one-character names of provinces or countries in a row are one place (hailaer 2019,
        # liangshan 2024, tianjin 2024, yinchuan 2024), not 新中式 or 皖美
        ("把握“中俄建交70周年”“中蒙建交70周年”重要机遇，", "海拉尔区", [("中俄", "PLACE"), ("中蒙", "PLACE")], []),
        ("积极巩固俄蒙航线，", "海拉尔区", [("俄蒙", "PLACE")], []),
        ("甬凉协作再创佳绩。", "凉山彝族自治州", [("甬凉", "PLACE")], []),
        ("香格里拉生态文化旅游、川滇风情旅游", "凉山彝族自治州", [("川滇", "PLACE")], ["川"]),
        ("更加注重发挥京津协同创新和产业协作优势，", "天津市", [("京津", "PLACE")], []),
        ("推进中吉乌公铁联运业务常态化运行，", "乌鲁木齐市", [("中吉乌", "PLACE")], []),
        ("推动6个省级以上园区与沪苏浙园区合作共建", "池州市", [("沪苏浙", "PLACE")], []),
        ("培优做强新中式茶饮、徽州毛豆腐等产业，", "黄山区", [], ["新中"]),
        ("创建“皖美农品”品牌3个，", "黄山区", [], ["皖美"]),
        # a list of companies: two-character short names that are also nouns (qinzhou 2024), names
        # after 与 (tianjin 2024, liangshan 2024); not a list of parts (wulumuqi 2024)
        ("支持远景、中船等企业以钦州为生产基地，", "钦州市", [("远景", "INSTITUTION"), ("中船", "INSTITUTION")], []),
        (
            "与诺和诺德、英力士、明治乳业等一批外企拓展合作，",
            "天津市",
            [("诺和诺德", "INSTITUTION"), ("明治乳业", "INSTITUTION")],
            ["与诺和诺德"],
        ),
        ("与中铝、中稀、鞍钢、华润等头部企业加强战略合作", "凉山彝族自治州", [("中铝", "INSTITUTION")], ["与中铝"]),
        ("加速引进钣金件、铸造件、零部件、元器件等配套企业，", "乌鲁木齐市", [], ["元器件", "零部件"]),
        # a list of projects whose end says what they are, with 的 (qianjiang 2024); what an amount
        # measures is no company (wulumuqi 2024)
        (
            "长飞五期、中巨芯、晶瑞、鼎龙、达诺尔、菲利华融鉴等一批突破“卡脖子”技术难题的重点项目全面投产，",
            "潜江市",
            [("中巨芯", "INSTITUTION"), ("晶瑞", "INSTITUTION"), ("达诺尔", "INSTITUTION")],
            [],
        ),
        (
            "中国石油、华谊、中伟、金桂、中粮等5个百亿级生产基地合计实现产值1096亿元，",
            "钦州市",
            [("华谊", "INSTITUTION"), ("中伟", "INSTITUTION"), ("金桂", "INSTITUTION")],
            [],
        ),
        ("加快推进中石油北部沙漠200万千瓦光伏、达坂城金工新能源85万千瓦风电等项目建设，", "乌鲁木齐市", [], ["光伏"]),
        ("加快推进兖矿新疆煤化工年产6万吨三聚氰胺等项目建设，", "乌鲁木齐市", [], ["三聚氰胺"]),
        # a body's short name in a list of fields of work names the field (hailaer 2019, yinchuan
        # 2024); beside groups (民主党派) and in a list of bodies it is the body (jinghai 2026, wulumuqi 2024)
        ("妇女、儿童、工会、残联、工商联、红十字等事业实现新进步。", "海拉尔区", [], ["工会", "残联", "工商联"]),
        (
            "统计、气象、水文、老龄、慈善、消防、残联、移民、烟草、科协、红十字会、民族宗教等各项工作",
            "银川市",
            [],
            ["科协"],
        ),
        (
            "广泛听取各民主党派、工商联、人民团体、无党派人士和社会各界的意见，",
            "静海区",
            [("工商联", "INSTITUTION")],
            [],
        ),
        (
            "与兵团第六师、第十一师、第十二师在交通运输、产业布局、资源开发等方面一体规划，",
            "乌鲁木齐市",
            [("第十一师", "INSTITUTION")],
            [],
        ),
        # a school that becomes a model one is not being built (tianmen 2024)
        ("支持天门中学建成全省一流示范高中。", "天门市", [("天门中学", "INSTITUTION")], []),
        # a project's name that jieba cut into single characters starts with them (qianjiang 2024,
        # yinchuan 2024), not with a verb's or a particle's (hailaer 2019, jinghai 2026)
        ("高水平举办返湾湖湿地马拉松、首届城市运动会等赛事，", "潜江市", [("返湾湖湿地马拉松", "PROJECT")], []),
        ("大力推进新硅科技、达诺尔二期、和远电子等光电子信息项目，", "潜江市", [("达诺尔二期", "PROJECT")], []),
        (
            "新增智能终端项目，同泰怡高性能服务器生产项目扩大产能，",
            "银川市",
            [("同泰怡高性能服务器生产项目", "PROJECT")],
            [],
        ),
        ("持续开展百企科技展翅行动、规上工业企业提升行动。", "银川市", [("规上工业企业提升行动", "PROJECT")], []),
        ("实施好智慧湿地项目及三北防护林等生态工程，", "海拉尔区", [("智慧湿地项目", "PROJECT")], ["好智慧湿地项目"]),
        ("个体户25.1万户，较“四经普”分别增长101%、81.8%。", "天津市", [("“四经普”", "PROJECT")], []),
        # a hospital's, school's or airport's new building written after its name is one project with
        # it (tianmen 2024, huangshanqu 2024, chizhou 2023, jinghai 2026); a school's part that
        # takes pupils stays the school
        (
            "新建市中医医院制剂室、市精神病医院综合楼等项目，",
            "天门市",
            [("市中医医院制剂室", "PROJECT"), ("市精神病医院综合楼", "PROJECT")],
            ["市中医医院"],
        ),
        ("浦溪幼儿园建成投用，区医院新院区落成启用，", "黄山区", [("区医院新院区", "PROJECT")], ["区医院"]),
        ("加快九华山机场二期航站楼、乌沙港区公用码头建设。", "池州市", [("九华山机场二期航站楼", "PROJECT")], []),
        (
            "天津外国语大学团泊实验学校高中部加快建设，第二中学高中部、天津益中静海高中正式招生，",
            "静海区",
            [("天津外国语大学团泊实验学校高中部", "PROJECT")],
            [],
        ),
        # a road's line in brackets and its section from one place to another (wulumuqi 2024, liangshan 2024)
        ("推动绕城高速（西线）、东进场高架等项目建设，", "乌鲁木齐市", [("绕城高速（西线）", "PROJECT")], []),
        ("确保乐西高速昭觉至美姑段10月全线通车，", "凉山彝族自治州", [("乐西高速昭觉至美姑段", "PROJECT")], []),
        # verbs of planning before a listed work are not in its name (qianjiang 2024, chizhou 2023)
        (
            "深入研究清江引水工程、江汉运河、荆汉运河等潜江段项目。精心谋划江汉平原货运铁路西延、武张高铁等项目。",
            "潜江市",
            [("清江引水工程", "PROJECT"), ("江汉平原货运铁路西延", "PROJECT")],
            ["西延"],
        ),
        ("数字车间6个以上。滚动实施华宇电子三期等80个技改示范项目，", "池州市", [("华宇电子三期", "PROJECT")], []),
        # a name never starts inside a number: a grade's or a route's number is in it (qinzhou 2024,
        # qianjiang 2024); a counted unit starts no name (wulumuqi 2024)
        ("力争建成30万吨级原油码头应急能力提升工程，", "钦州市", [("30万吨级原油码头应急能力提升工程", "PROJECT")], []),
        (
            "234国道后湖至熊农段改建、原318国道东荆河大桥危桥改造、广泽大道东延等竣工通车，",
            "潜江市",
            [("原318国道东荆河大桥危桥改造", "PROJECT")],
            [],
        ),
        (
            "重点抓好合盛硅业年产20吉瓦光伏组件等6个年度计划总投资100亿元的装备制造项目，",
            "乌鲁木齐市",
            [],
            ["吉瓦光伏"],
        ),
        # rivers, lakes and plains that jieba's dictionary knows as places (jinghai 2026, qianjiang 2024,
        # tianmen 2024), not two-character words (河水) nor names inside a document's title
        ("用好白洋淀下泄水等水源，", "静海区", [("白洋淀", "PLACE")], []),
        ("打造江汉平原明珠城市。", "天门市", [("江汉平原", "PLACE")], []),
        ("巩固提升浦溪河水生态水环境治理成效，", "黄山区", [], ["河水"]),
        ("《四川省泸沽湖保护条例》正式施行，", "凉山彝族自治州", [], ["泸沽湖"]),
        # a place and the kind of facility or event after it are one project (chizhou 2023, hailaer
        # 2019, wulumuqi 2024, qinzhou 2024); not a rank after a place (首家, 战略枢纽)
        (
            "开工石台抽水蓄能电站、新能源锂电池循环利用项目，厨余垃圾处理厂、天堂湖污水处理厂建成运营，",
            "池州市",
            [("石台抽水蓄能电站", "PROJECT"), ("天堂湖污水处理厂", "PROJECT")],
            ["石台", "天堂湖"],
        ),
        ("深入推进哈克生态奶源基地建设，", "海拉尔区", [("哈克生态奶源基地", "PROJECT")], []),
        ("推动达坂城区抽水蓄能电站等项目开工建设，", "乌鲁木齐市", [("达坂城区抽水蓄能电站", "PROJECT")], []),
        ("举办第六届中国四大名陶展、钦州蚝情节等活动。", "钦州市", [("钦州蚝情节", "PROJECT")], []),
        ("建成广西沿海首家儿童体检中心，", "钦州市", [("广西", "PLACE")], []),
        ("围绕构建西部陆海新通道战略枢纽，", "钦州市", [], ["西部陆海新通道战略枢纽"]),
        # a place and the zone named after it are one place (liangshan 2024, wulumuqi 2024); not a zone
        # after a verb, a count or a country (jinghai 2026)
        (
            "越西越城镇、宁南蚕桑现代农业园区获评全省返乡入乡创业示范乡镇，",
            "凉山彝族自治州",
            [("宁南蚕桑现代农业园区", "PLACE")],
            ["宁南"],
        ),
        ("高标准建设河马泉海绵城市样板区，", "乌鲁木齐市", [("河马泉海绵城市样板区", "PLACE")], []),
        (
            "综合保税区、经开区（头屯河区）兵地合作区、头屯河区工业园等合作区产业协作持续深化，",
            "乌鲁木齐市",
            [("经开区（头屯河区）兵地合作区", "PLACE")],
            [],
        ),
        ("促进子牙经开区与雄安新区共建特色产业园区。", "静海区", [("雄安新区", "PLACE")], []),
        ("唐官屯镇、静海镇两个市级园区锚定各自产业定位，", "静海区", [("静海镇", "PLACE")], []),
        # the jurisdiction's own bodies whose names jieba cut into pieces (chizhou 2023, qianjiang
        # 2024, liangshan 2024), and a hospital's new part in quotes (tianmen 2024)
        ("推动市投控集团完善公司治理结构，", "池州市", [("市投控集团", "INSTITUTION")], []),
        ("市少儿体校入选国家高水平体育后备人才基地。", "潜江市", [("市少儿体校", "INSTITUTION")], []),
        ("推动市职教中心秋季开学，", "池州市", [("市职教中心", "INSTITUTION")], []),
        ("成立区综治中心，深入推进矛盾纠纷化解，", "静海区", [("区综治中心", "INSTITUTION")], []),
        (
            "新建市中医医院制剂室、市精神病医院综合楼、市妇幼保健院“妇孺国医堂”和小板卫生院，",
            "天门市",
            [("市妇幼保健院“妇孺国医堂”", "PROJECT")],
            [],
        ),
        # a kind of group named by common words is no body (yinchuan 2024)
        ("推进城市医疗集团和县域医共体提档升级，", "银川市", [], ["城市医疗集团"]),
        ("推进中小学教育集团内涵建设，", "银川市", [], ["中小学教育集团"]),
        # a route, reservoir or square in a clause about its works (可研批复, 铺轨, 提档, 复工) is a
        # project (chizhou 2023, liangshan 2024, qianjiang 2024)
        ("池黄高铁池州段即将铺轨，", "池州市", [("池黄高铁池州段", "PROJECT")], []),
        ("力争东河水库获得可研批复。", "凉山彝族自治州", [("东河水库", "PROJECT")], []),
        ("兴盛路、东城大道等加快提档；", "潜江市", [("兴盛路", "PROJECT"), ("东城大道", "PROJECT")], []),
        # a body's numbered inspection team, and 武警部队, are one body (hailaer 2019, tianjin 2024)
        (
            "持续推进自治区党委第三巡视组巡视反馈意见的整改落实，",
            "海拉尔区",
            [("自治区党委第三巡视组", "INSTITUTION")],
            ["自治区党委"],
        ),
        ("向驻津解放军和武警部队，向为天津发展作出贡献的同志们，", "天津市", [("武警部队", "INSTITUTION")], ["武警"]),
        # a body's branch, named by its place or not, is one body (tianmen 2024, huangshanqu 2024)
        ("武汉仲裁委员会天门分会挂牌运行。", "天门市", [("武汉仲裁委员会天门分会", "INSTITUTION")], ["天门"]),
        ("黄山旅校挂牌成立黄山职业技术学院分校，", "黄山区", [("黄山职业技术学院分校", "INSTITUTION")], []),
        # a body written right before an event names it (tianjin 2024)
        (
            "圆满完成上合组织天津峰会、夏季达沃斯论坛等重大活动服务保障，",
            "天津市",
            [("上合组织天津峰会", "PROJECT")],
            ["上合组织"],
        ),
        # a part of the city names a works (tianmen 2024, qianjiang 2024); treatment plants and
        # pumping stations are heads of works
        ("推动城北污水处理厂投入运营。", "天门市", [("城北污水处理厂", "PROJECT")], []),
        ("推进兴隆灌区续建配套与节水改造，加快兴隆河泵站建设；", "潜江市", [("兴隆河泵站", "PROJECT")], ["兴隆河"]),
        # a country and its city before 的 are one place (wulumuqi 2024)
        (
            "成功开通乌鲁木齐至哈萨克斯坦阿拉木图的国际道路客运班线，",
            "乌鲁木齐市",
            [("哈萨克斯坦阿拉木图", "PLACE")],
            [],
        ),
        # a place followed by a title it holds or seeks is only the place; a zone of a rank keeps
        # its name (yinchuan 2024, wulumuqi 2024)
        ("阅海湾商务区获批中国楼宇经济标杆商务区。", "银川市", [("中国", "PLACE")], ["中国楼宇经济标杆商务区"]),
        ("支持县区创建全国百强、西部百强县区，", "银川市", [("西部", "PLACE")], ["西部百强县区"]),
        (
            "以乌鲁木齐县国家级乡村振兴示范县创建为抓手，",
            "乌鲁木齐市",
            [("乌鲁木齐县", "PLACE")],
            ["乌鲁木齐县国家级乡村"],
        ),
        ("加快建设南山国家级旅游度假区、天山龙脊旅游度假区，", "乌鲁木齐市", [("南山国家级旅游度假区", "PLACE")], []),
        # … and so does a zone whose kind is the title word (a named functional area, guide §1 PLACE:
        # the zone as the State Council names it)
        ("推进长三角生态绿色一体化发展示范区建设，", "池州市", [("长三角生态绿色一体化发展示范区", "PLACE")], []),
        # a hospital, college or laboratory that the words right around it build is a project (yinchuan
        # 2024, wulumuqi 2024); not a body that builds something else, nor one founded (jinghai 2026, chizhou 2023)
        ("六盘山实验室加速推进，新增国家级创新平台5个。", "银川市", [("六盘山实验室", "PROJECT")], []),
        ("完成乌鲁木齐职业技术学院建设。", "乌鲁木齐市", [("乌鲁木齐职业技术学院", "PROJECT")], []),
        ("促进亿能、胜微等企业与天津中医药大学联合开发食药新产品，", "静海区", [("天津中医药大学", "INSTITUTION")], []),
        ("筹建镁合金产业研究院、江南轻合金产研院等新型研发机构，", "池州市", [("镁合金产业研究院", "INSTITUTION")], []),
        # the items of a list that won a title are of the title's kind (huangshanqu 2024, yinchuan 2024);
        # not a count of companies (tianmen 2024)
        (
            "全域旅游示范区，洪墩村、朱备镇入选全国乡村旅游重点村镇。",
            "黄山区",
            [("洪墩村", "PLACE"), ("朱备镇", "PLACE")],
            [],
        ),
        (
            "创新物业服务新路径，枫林湾、五里水乡被评为全国美好家园物业管理示范小区。",
            "银川市",
            [("枫林湾", "PLACE"), ("五里水乡", "PLACE")],
            [],
        ),
        ("隆基光伏、天通银厦、共享装备被认定为自治区链主企业。", "银川市", [("天通银厦", "INSTITUTION")], ["共享装备"]),
        # a slogan before a bare 项目 is a kind of project; with its field, a programme (chizhou, qinzhou)
        ("坚决遏制“两高”项目盲目发展，", "池州市", [], ["“两高”项目"]),
        ("以实施首批科技“尖锋”项目为抓手，", "钦州市", [("科技“尖锋”项目", "PROJECT")], []),
        # kinds of works and funds are no names (guide: generic words without a name)
        ("绕城高速（西线）等路网工程加快建设，", "乌鲁木齐市", [], ["路网工程"]),
        ("持续开展保交楼、烂尾工程整治，", "银川市", [], ["烂尾工程"]),
        ("发展融资担保、应急循环、产业基金、资产管理等业务板块，", "潜江市", [], ["产业基金"]),
        # a street named by common words, and its extension, as works (qianjiang, wulumuqi 2024)
        (
            "紫光南路、紫月路西延、东荆大道南延等全线拉通，",
            "潜江市",
            [("紫月路西延", "PROJECT"), ("东荆大道南延", "PROJECT")],
            [],
        ),
        (
            "东二环全线贯通，跃进街连接线等一批主次干道建成通车，西山路西延、东进场高架等工程加快建设。",
            "乌鲁木齐市",
            [("跃进街连接线", "PROJECT"), ("西山路西延", "PROJECT")],
            ["西山"],
        ),
        ("打通丁字路、断头路，提高路网联通水平。", "乌鲁木齐市", [], ["丁字路", "断头路"]),
        # the jurisdiction's own public facilities, being built (chizhou 2023, huangshanqu 2024)
        ("加快市急救中心建设，确保市妇女儿童医院投入使用。", "池州市", [("市急救中心", "PROJECT")], []),
        ("区老年公寓、新殡仪馆投入运营。", "黄山区", [("区老年公寓", "PROJECT")], []),
        # troupes, expert groups and factories are bodies with their names (wulumuqi 2024)
        ("西域男声合唱团荣获全国合唱音乐季特别奖。", "乌鲁木齐市", [("西域男声合唱团", "INSTITUTION")], []),
        ("做好红山科创专家团驻企服务，", "乌鲁木齐市", [("红山科创专家团", "INSTITUTION")], ["红山"]),
        ("新特能源、红云红河卷烟厂等企业释放产能。", "乌鲁木齐市", [("红云红河卷烟厂", "INSTITUTION")], ["红河"]),
        # the jurisdiction's own library or museum; PROJECT when listed as infrastructure to build
        ("市图书馆以全新环境和贴心服务为市民提供阅读空间。", "乌鲁木齐市", [("市图书馆", "INSTITUTION")], []),
        (
            "加快推动州博物馆、凉山文化艺术中心等文化基础设施，以及高铁新城五星级酒店等重点项目建设，",
            "凉山彝族自治州",
            [("州博物馆", "PROJECT"), ("凉山文化艺术中心", "PROJECT")],
            [],
        ),
        ("2家企业获评A级、8家企业获评B级环保绩效企业。", "天门市", [], ["8家企业"]),
        # the city's park named by the industry it holds (qianjiang 2024, chizhou 2023, wulumuqi
        # 2024); not a kind of park after a rank or a count, nor one named by kind words
        (
            "举办第二届潜江裁缝节，做强纺织服装产业园，推进松林智能制造、云尚智城二期等项目建设。",
            "潜江市",
            [("纺织服装产业园", "PLACE")],
            [],
        ),
        ("深入实施创业池州行动，推动市人力资源产业园实体化运营，", "池州市", [("市人力资源产业园", "PLACE")], []),
        (
            "推进“乌鲁木齐—深圳创新园”、丝路国际科学城、环河马泉高校创新综合体、绿谷科创城建设，",
            "乌鲁木齐市",
            [("丝路国际科学城", "PLACE"), ("绿谷科创城", "PLACE")],
            [],
        ),
        (
            "推进国家现代农业产业园创建，打造5个百亿产业园区，建设线下产业园2个，建立特色产业园区。",
            "静海区",
            [],
            ["现代农业产业园", "国家现代农业产业园", "百亿产业园区", "线下产业园", "特色产业园区"],
        ),
        # a county of the report's own that jieba cut into single characters (liangshan 2024)
        (
            "支持西昌、会理、会东创建全省服务业强县，会东特色循环经济园区创建省级开发区，",
            "凉山彝族自治州",
            [("会东", "PLACE"), ("会东特色循环经济园区", "PLACE")],
            [],
        ),
        (
            "推动旅游产业高质量发展三年行动高效落实，",
            "乌鲁木齐市",
            [("旅游产业高质量发展三年行动", "PROJECT")],
            ["推动旅游产业高质量发展三年行动"],
        ),
        # a company's name made of words, in a list of companies (qianjiang, tianjin 2024)
        (
            "重点挖掘天安日化、方圆钛白、新硅科技等企业出口潜力。",
            "潜江市",
            [("天安日化", "INSTITUTION"), ("方圆钛白", "INSTITUTION"), ("新硅科技", "INSTITUTION")],
            [],
        ),
        (
            "支持江汉盐化工、可赛化工等企业技改升级，",
            "潜江市",
            [("江汉盐化工", "INSTITUTION"), ("可赛化工", "INSTITUTION")],
            [],
        ),
        (
            "与诺和诺德、英力士、明治乳业等一批外企拓展合作，",
            "天津市",
            [("诺和诺德", "INSTITUTION"), ("英力士", "INSTITUTION"), ("明治乳业", "INSTITUTION")],
            [],
        ),
        # a development conference the government holds, without its scope (liangshan, tianjin 2024)
        (
            "召开全州工业发展大会，谋划实施工业强州项目。积极申办全省文化旅游发展大会，",
            "凉山彝族自治州",
            [("工业发展大会", "PROJECT"), ("文化旅游发展大会", "PROJECT")],
            ["全州工业发展大会", "全省文化旅游发展大会"],
        ),
        (
            "召开推动民营经济高质量发展大会，出台促进民营经济发展若干措施。",
            "天津市",
            [("推动民营经济高质量发展大会", "PROJECT")],
            [],
        ),
        (
            "办好第二届世界职业技术教育发展大会。认真贯彻全省工业发展大会精神，",
            "天津市",
            [("世界职业技术教育发展大会", "PROJECT")],
            ["第二届世界职业技术教育发展大会", "工业发展大会"],
        ),
        # parks listed by their short names before their count (liangshan 2024)
        (
            "新培育规上工业企业52户。凉山高新、德昌特色、冕宁稀土3个园区拟申报认定化工园区，",
            "凉山彝族自治州",
            [("凉山高新", "PLACE"), ("德昌特色", "PLACE"), ("冕宁稀土", "PLACE")],
            ["凉山", "德昌", "冕宁"],
        ),
        (
            "力争凉山高新、德昌特色、冕宁稀土3个园区成功认定省级化工园区。",
            "凉山彝族自治州",
            [("凉山高新", "PLACE"), ("德昌特色", "PLACE"), ("冕宁稀土", "PLACE")],
            ["力争凉山高新"],
        ),
        # a zone that places named by one character share (hailaer 2019, qinzhou 2024)
        (
            "把海拉尔打造成中俄蒙合作先导区的核心区、东北亚具有影响力的旅游城市，",
            "海拉尔区",
            [("中俄蒙合作先导区", "PLACE")],
            ["中俄蒙"],
        ),
        (
            "以西部陆海新通道为牵引，激活川桂国际产能合作产业园发展动能，",
            "钦州市",
            [("川桂国际产能合作产业园", "PLACE")],
            ["川桂"],
        ),
        # a year named for a campaign (hailaer 2019, liangshan 2024); not a year's theme
        (
            "深入开展“城市精细化管理年”“物业管理服务质量提升年”活动。围绕“消费促进年”，制定出台措施。",
            "海拉尔区",
            [("“城市精细化管理年”", "PROJECT"), ("“消费促进年”", "PROJECT")],
            [],
        ),
        (
            "坚持把今年作为产业结构优化升级攻坚年。把握“中俄建交70周年”契机，",
            "静海区",
            [],
            ["产业结构优化升级攻坚年", "“中俄建交70周年”"],
        ),
        # a campaign's plan document is not the campaign (tianjin 2024, chizhou 2023)
        (
            "出台自贸试验区提升行动方案，制定实施民宿产业对标长三角提档升级行动方案，",
            "天津市",
            [],
            ["试验区提升行动", "自贸试验区提升行动", "档升级行动", "提档升级行动"],
        ),
        # 创 before a rank is the clause's verb, not part of the hospital's name (qianjiang 2024)
        (
            "支持市中医院创三级中医院，完成油田总医院产权改革及三甲复审。",
            "潜江市",
            [("市中医院", "INSTITUTION")],
            ["市中医院创三级中医院"],
        ),
        # what a trade involves is no company (jinghai 2026, liangshan 2024)
        (
            "园区外严禁新增涉气、涉酸、涉危废等项目。持续开展涉镉等重金属行业企业排查整治，",
            "凉山彝族自治州",
            [],
            ["涉气", "涉酸", "涉镉"],
        ),
        # a programme's name runs back to the start of its list item, over words jieba reads as verbs
        # (huangshanqu 2024, chizhou 2023); not over the item's own verb, and not for works (qinzhou 2024)
        (
            "扎实开展涉黑涉恶全量线索清仓、信访问题源头治理专项行动，"
            "推进生态环境问题高质量整改、大气污染防治联防联控专项行动，持续优化营商环境、开展市场主体倍增行动。",
            "池州市",
            [
                ("信访问题源头治理专项行动", "PROJECT"),
                ("大气污染防治联防联控专项行动", "PROJECT"),
                ("市场主体倍增行动", "PROJECT"),
            ],
            ["问题源头治理专项行动", "联控专项行动", "开展市场主体倍增行动"],
        ),
        (
            "建成河西片区雨污分流改造（三期）工程，试运行河东污水处理厂（二期）工程，确保城市平均生活污水集中收集率提高。",
            "钦州市",
            [("河东污水处理厂（二期）工程", "PROJECT")],
            ["试运行河东污水处理厂（二期）工程"],
        ),
        # a company before its product, when jieba calls the product a proper noun (锂电池 nz; chizhou 2023)
        (
            "重点推进宝镁30万吨镁合金、星河动力火箭总装生产线、西恩锂电池回收综合利用、昀冢陶瓷电容器等20个项目建成投产，",
            "池州市",
            [("宝镁", "INSTITUTION"), ("西恩", "INSTITUTION"), ("昀冢", "INSTITUTION")],
            ["西恩锂电池回收综合利用"],
        ),
        # a numbered school and its campus named by a place are one name (qinzhou 2024)
        (
            "主城区建成市第六中学永福校区、市第二小学改扩建、子材幼儿园，",
            "钦州市",
            [("市第六中学永福校区", "PROJECT")],
            ["中学永福校区"],
        ),
        # the kind a list's items are, after 等 or 一批, is no programme's name; a set named as such is
        # (tianjin 2024, wulumuqi 2024, qinzhou 2024)
        (
            "制定城市燃气、供热、供水等老旧管网改造计划，集中力量分年度分区域有序实施。"
            "实施一批行洪河道达标工程和蓄滞洪区安全建设工程。推进保障性住房、城中村改造等“三大工程”，",
            "天津市",
            [("“三大工程”", "PROJECT")],
            ["老旧管网改造计划", "行洪河道达标工程", "河道达标工程"],
        ),
        (
            "实施一批重大科技创新工程，打造一批城市商业综合体，实施教育提质、交通出行等十大惠民工程，",
            "钦州市",
            [("十大惠民工程", "PROJECT")],
            ["重大科技创新工程", "城市商业综合体"],
        ),
        # places that open the name of a plan being drafted name its scope, as in a title (DECISIONS.md;
        # qinzhou 2024, tianjin 2024); not a plan carried out (tianmen 2024)
        (
            "编制钦州市国土空间总体规划、港产城融合发展总体规划、内河港总体规划等基础性规划。"
            "编制出台中国—东盟产业合作区钦州片区总体规划。全面落实武汉都市圈发展规划。",
            "钦州市",
            [("武汉都市圈", "PLACE")],
            ["钦州市", "内河港", "中国—东盟产业合作区钦州片区"],
        ),
        # a campaign or contest named by a quoted slogan and what it is (wulumuqi 2024, tianmen 2024,
        # chizhou 2023, jinghai 2026); not a system named so (qianjiang 2024)
        (
            "推动中华优秀传统文化“四进”宗教场所活动，深化“下基层、察民情、解民忧、暖民心”实践活动，"
            "推深做实“皖美红色物业”建设三年行动，举办“海棠杯”创新创业大赛。构建“4+4+12”指挥行动体系。",
            "池州市",
            [
                ("“四进”宗教场所活动", "PROJECT"),
                ("“下基层、察民情、解民忧、暖民心”实践活动", "PROJECT"),
                ("“皖美红色物业”建设三年行动", "PROJECT"),
                ("“海棠杯”创新创业大赛", "PROJECT"),
            ],
            ["“4+4+12”指挥行动"],
        ),
        # central state-owned enterprises by their usual names (heads.json enterprises; a constructed
        # sentence in the reports' style, as no train or dev report names these)
        (
            "中国华能、中国一汽、中国大唐等援藏单位累计投入资金10亿元，与华润等头部企业加强战略合作。",
            "林芝市",
            [
                ("中国华能", "INSTITUTION"),
                ("中国一汽", "INSTITUTION"),
                ("中国大唐", "INSTITUTION"),
                ("华润", "INSTITUTION"),
            ],
            ["中国"],
        ),
        # an international event named by its scope and field, with no verb of hosting before it; not a
        # national meeting whose decisions are carried out (a constructed sentence; hailaer 2019)
        (
            "中国国际进口博览会、陆家嘴论坛、世界人工智能大会成功举办，世界顶尖科学家论坛影响力持续提升。落实全国奶业大会精神。",
            "上海市",
            [("世界人工智能大会", "PROJECT"), ("世界顶尖科学家论坛", "PROJECT"), ("中国国际进口博览会", "PROJECT")],
            ["全国奶业大会"],
        ),
        # an organisation's whole name in jieba's dictionary (nt) standing on its own; not a kind inside a
        # longer name (a constructed first sentence; huangshanqu 2024, tianjin 2024, wulumuqi 2024)
        (
            "复旦大学、上海交通大学、同济大学等高校“双一流”建设加快。完成中医院改造搬迁。"
            "加快市人民医院、环湖医院、第三中心医院等改扩建。公交集团与快速公交公司完成专业化整合。",
            "上海市",
            [("同济大学", "INSTITUTION"), ("中医院", "PROJECT"), ("第三中心医院", "PROJECT")],
            ["中心医院", "公交公司"],
        ),
        # events named in a list the clause then says were held (a constructed sentence); 节 cut off a
        # word is still no event (发展节水产业)
        (
            "嘎拉村桃花节、鲁朗花海牧场节成功举办。大力发展节水产业。",
            "林芝市",
            [("嘎拉村桃花节", "PROJECT"), ("鲁朗花海牧场节", "PROJECT")],
            ["鲁朗", "节水产业"],
        ),
        # expos by their abbreviations after an edition or a verb, not only at an item's start; 服贸会
        # (constructed sentences in the reports' style)
        (
            "办好第四届进博会，推动进博会溢出效应持续放大。参加服贸会、数贸会。",
            "上海市",
            [("进博会", "PROJECT"), ("进博会", "PROJECT"), ("服贸会", "PROJECT"), ("数贸会", "PROJECT")],
            ["第四届进博会"],
        ),
        # a road by its number alone: PROJECT while being built, else PLACE (guide §3; constructed
        # sentences in the reports' style); 5G and G60 are no roads
        (
            "加快推进派墨公路、G219国道建设。318国道沿线旅游带成型。新建5G基站1000个，融入G60科创走廊。",
            "林芝市",
            [("G219国道", "PROJECT"), ("318国道", "PLACE")],
            ["5G", "G60"],
        ),
        # the first company of a list of companies, a name of words after the clause's verb (a constructed
        # sentence; the others as in tianjin 2024)
        (
            "培育壮大龙丹乳业、完达山乳业、飞鹤乳业等乳品企业。",
            "牡丹江市",
            [("龙丹乳业", "INSTITUTION"), ("完达山乳业", "INSTITUTION"), ("飞鹤乳业", "INSTITUTION")],
            ["壮大龙丹乳业"],
        ),
        # a named campaign of struggle is a programme (hailaer 2019); a battle to win is not (攻坚战)
        (
            "矛盾纠纷源头预防化解，深入开展扫黑除恶专项斗争，严厉打击违法犯罪活动。全力打好污染防治攻坚战。",
            "海拉尔区",
            [("扫黑除恶专项斗争", "PROJECT")],
            ["污染防治攻坚战"],
        ),
        # a programme after 稳慎/稳妥 and its verb (liangshan 2024)
        (
            "提高竞争力。稳慎推进宅基地制度改革试点，深化农村改革。",
            "凉山彝族自治州",
            [("宅基地制度改革试点", "PROJECT")],
            [],
        ),
        # a programme followed by 和 and another work (qinzhou 2024)
        (
            "安全生产总体稳定。深入开展重大事故隐患专项排查整治2023行动和重点领域安全专项治理，全年没有发生较大事故。",
            "钦州市",
            [("重大事故隐患专项排查整治2023行动", "PROJECT")],
            [],
        ),
        # a city's plant by its number (huangshanqu 2024)
        (
            "建好“四好农村路”。实施一水厂扩建、二水厂改造，持续推进城乡供水一体化。",
            "黄山区",
            [("一水厂", "PROJECT"), ("二水厂", "PROJECT")],
            [],
        ),
        # commercial complexes named by their brands in a list of them (tianjin 2024)
        (
            "国际消费中心城市建设有序推进，建成和平印象城、杉杉奥特莱斯、中海环宇城等一批高品质商业载体，",
            "天津市",
            [("和平印象城", "PROJECT"), ("杉杉奥特莱斯", "PROJECT"), ("中海环宇城", "PROJECT")],
            [],
        ),
        # a name, a place glossed in brackets and the head's words are one name (yinchuan 2024,
        # wulumuqi 2024); not across an edition (liangshan 2024, guide §3)
        (
            "确保综保区海关绩效评估进位升级。推进中国（沙特）吉赞产业园建设，力争锦江氧化铝项目开工。",
            "银川市",
            [("中国（沙特）吉赞产业园", "PLACE")],
            ["中国", "沙特"],
        ),
        (
            "统筹推动“一港、五大中心”建设。建设好中欧班列（乌鲁木齐）集结中心，发挥中欧（中亚）“天山号”班列品牌优势。",
            "乌鲁木齐市",
            [("中欧班列（乌鲁木齐）集结中心", "PROJECT"), ("中欧（中亚）“天山号”班列", "PROJECT")],
            ["中欧班列", "乌鲁木齐", "中亚", "“天山号”班列"],
        ),
        (
            "举办大凉山戏剧节、中国(四川)首届民族音乐周等文化体育活动。",
            "凉山彝族自治州",
            [("民族音乐周", "PROJECT")],
            ["中国(四川)首届民族音乐周"],
        ),
        # Anhui's 产业集中区 by its short name alone (chizhou 2023); not a kind of zone (constructed)
        (
            "落实年度目标任务，推进集中区强化镁铝协同，各县区和集中区、市经开区分别引进项目。",
            "池州市",
            [("集中区", "PLACE"), ("集中区", "PLACE")],
            [],
        ),
        (
            "加快县级工业集中区建设。",
            "凉山彝族自治州",
            [],
            ["集中区"],
        ),
        # a yearly or legislative plan is no programme (wulumuqi 2024, hailaer 2019); a housing fair
        # is a kind of event (qianjiang 2024, tianmen 2024)
        (
            "积极做好与市人大常委会立法规划、年度立法计划和专项立法计划的衔接，严格按照宪法办事。",
            "乌鲁木齐市",
            [],
            ["年度立法计划", "专项立法计划"],
        ),
        (
            "签约一批、建设一批、竣工一批，完成37.8亿元的年度投资计划。",
            "海拉尔区",
            [],
            ["37.8亿元的年度投资计划"],
        ),
        (
            "出台鼓励汽车消费政策，精心办好房交会、汽车展销会。",
            "天门市",
            [],
            ["房交会"],
        ),
        # a college, hospital or laboratory a list around it builds is a project (yinchuan 2024,
        # tianjin 2024, tianmen 2024, liangshan 2024); not a college whose facility is built (chizhou 2023)
        (
            "加快建设六盘山、贺兰山实验室，合作引进国际葡萄酒实验室。",
            "银川市",
            [("贺兰山实验室", "PROJECT")],
            [],
        ),
        (
            "市共建现代职业教育体系新模式，天津美术学院和天津音乐学院选址扩建加快推进。",
            "天津市",
            [("天津美术学院", "PROJECT"), ("天津音乐学院", "PROJECT")],
            [],
        ),
        (
            "新建市中医医院制剂室、市精神病医院综合楼、市妇幼保健院“妇孺国医堂”和小板卫生院，推动发展。",
            "天门市",
            [("小板卫生院", "PROJECT")],
            [],
        ),
        (
            "积极支持西昌学院建设省级攀西战略资源综合开发利用重点实验室。",
            "凉山彝族自治州",
            [("攀西战略资源综合开发利用重点实验室", "PROJECT")],
            [],
        ),
        (
            "2个学科入选省级高峰培育学科，池州职业技术学院、安徽卫生健康学院实训基地开工建设。",
            "池州市",
            [("池州职业技术学院", "INSTITUTION")],
            [],
        ),
        # universities listed by their short names before 等高校 (jinghai 2026), not countries
        # listed before their universities (wulumuqi 2024)
        (
            "加快与南开、天大等高校共建循环经济产业研究院。",
            "静海区",
            [("南开", "INSTITUTION"), ("天大", "INSTITUTION")],
            [],
        ),
        (
            "乌鲁木齐职业大学与哈萨克斯坦、俄罗斯等高等院校合作共建语言文化中心。",
            "乌鲁木齐市",
            [("哈萨克斯坦", "PLACE"), ("俄罗斯", "PLACE")],
            [],
        ),
        # a company before its trade (光伏, 风电) in a list of projects is the company (qianjiang
        # 2024); in a list of companies, the company's whole name (qianjiang 2024, yinchuan 2024);
        # a place and its trade are a work (liangshan 2024)
        (
            "新能源蓄力突破，华润光伏、大唐光伏、中电建储能电站等重大项目建成投产。",
            "潜江市",
            [("华润", "INSTITUTION"), ("大唐", "INSTITUTION")],
            ["华润光伏", "大唐光伏"],
        ),
        (
            "千方百计招引外资外贸企业，促进华润风电、威尔斯等企业到资增资。",
            "潜江市",
            [("华润风电", "INSTITUTION")],
            [],
        ),
        (
            "150个重点项目建成投运。隆基光伏、天通银厦、共享装备被认定为自治区链主企业。",
            "银川市",
            [("隆基光伏", "INSTITUTION")],
            [],
        ),
        (
            "加快推进卡拉、孟底沟水电站，以及西昌牦牛山风电、盐源扎拉山光伏等项目建设。",
            "凉山彝族自治州",
            [("西昌牦牛山风电", "PROJECT"), ("盐源扎拉山光伏", "PROJECT")],
            [],
        ),
        # projects counted are projects of a kind, not a named one (qinzhou 2024)
        (
            "其中新签约长江经济带、粤港澳大湾区项目179个、总投资896亿元。",
            "钦州市",
            [("粤港澳大湾区", "PLACE")],
            ["粤港澳大湾区项目"],
        ),
        (
            "教育发展更加优质。实施新建、改扩建教育基础设施项目607个，主城区建成一批学校。",
            "钦州市",
            [],
            ["改扩建教育基础设施项目"],
        ),
        # a zone's rank sought (…创建) is no part of the place's name (huangshanqu 2024, liangshan
        # 2024); a zone of that rank being built keeps it (wulumuqi 2024)
        (
            "增强文旅品牌吸引力。统筹推进东黄山国家级旅游度假区、省级全域旅游示范区创建，持续发力。",
            "黄山区",
            [("东黄山", "PLACE")],
            ["东黄山国家级旅游度假区"],
        ),
        (
            "启动盐源泸沽湖、会理古城至仙人湖国家级旅游度假区创建工作，支持会理发展。",
            "凉山彝族自治州",
            [("仙人湖", "PLACE")],
            [],
        ),
        (
            "加快建设南山国家级旅游度假区、天山天池景区。",
            "乌鲁木齐市",
            [("南山国家级旅游度假区", "PLACE")],
            [],
        ),
        # a phase and its work are one project (qinzhou 2024; the airport is constructed)
        (
            "实施钦州东至钦州港铁路增建二线项目。推进实施钦州铁路集装箱中心站一期扩能项目，争取完成二期项目前期工作。",
            "钦州市",
            [("钦州铁路集装箱中心站一期扩能项目", "PROJECT")],
            [],
        ),
        (
            "浦东国际机场四期扩建工程开工建设。",
            "上海市",
            [("浦东国际机场四期扩建工程", "PROJECT")],
            [],
        ),
        # border trade zones, glossed or not; a route between two places inside a work's name
        # (constructed, in the style of Heilongjiang reports)
        (
            "中俄（绥芬河）互市贸易区、东宁互市贸易区交易额增长。",
            "牡丹江市",
            [("中俄（绥芬河）互市贸易区", "PLACE"), ("东宁互市贸易区", "PLACE")],
            [],
        ),
        (
            "牡丹江至绥芬河高速公路扩容改造工程加快推进。",
            "牡丹江市",
            [("牡丹江至绥芬河高速公路扩容改造工程", "PROJECT")],
            [],
        ),
        # a section or work and the work written right after it, found apart, are one project
        # (huangshanqu 2024, qinzhou 2024); quoted campaigns stay apart (qianjiang 2024)
        (
            "黄山钼矿尾矿库尾砂回采利用、秧溪河汪王岭段中小河流治理工程启动建设，新建城区雨污管网。",
            "黄山区",
            [("秧溪河汪王岭段中小河流治理工程", "PROJECT")],
            [],
        ),
        (
            "服务保障平陆运河实现全线施工，环北部湾广西水资源配置工程钦州干线开工建设。",
            "钦州市",
            [("环北部湾广西水资源配置工程钦州干线", "PROJECT")],
            [],
        ),
        (
            "中谷集装箱多式联运物流基地、陆海新通道集装箱分拨中心一期工程竣工。",
            "钦州市",
            [("陆海新通道集装箱分拨中心一期工程", "PROJECT")],
            [],
        ),
        (
            "举办“龙虾狂欢季”“金秋消费季”“跨年消费季”等促消费活动。",
            "潜江市",
            [("“龙虾狂欢季”", "PROJECT"), ("“金秋消费季”", "PROJECT"), ("“跨年消费季”", "PROJECT")],
            [],
        ),
        # a road named by one character of each end, with jieba's word 高等级公路 (constructed, in
        # the style of Tibetan reports)
        (
            "拉林铁路、林拉高等级公路建成运营。",
            "林芝市",
            [("拉林铁路", "PROJECT"), ("林拉高等级公路", "PROJECT")],
            ["林拉高"],
        ),
        # a national centre and its branch's place in brackets (tianjin 2024; constructed for
        # Shanghai): a venue is a place, PROJECT while built
        (
            "滨海—中关村科技园加快建设，国家会展中心（天津）二期建成投用。",
            "天津市",
            [("国家会展中心（天津）二期", "PROJECT")],
            [],
        ),
        (
            "依托国家会展中心（上海）办好进博会。",
            "上海市",
            [("国家会展中心（上海）", "PLACE")],
            ["上海"],
        ),
        # 物联网 is one word (lexicon) and 5G opens a name (wulumuqi 2024)
        (
            "数字经济加快发展，全疆首家5G工业物联网产业园、云计算中心二期等项目投运。",
            "乌鲁木齐市",
            [("5G工业物联网产业园", "PROJECT"), ("云计算中心二期", "PROJECT")],
            ["联网产业园"],
        ),
        # 非遗 and 传承人 are words (lexicon): a heritage programme's whole name (tianjin 2024);
        # 非遗代表性项目 is a kind of heritage item (qinzhou 2024)
        (
            "实施梁启超旧居修缮等工程，开展第四次文物普查、国家级非遗代表性传承人记录工程。",
            "天津市",
            [("国家级非遗代表性传承人记录工程", "PROJECT")],
            ["记录工程"],
        ),
        (
            "全市非遗保护传承工作扎实推进，17个项目获评为自治区级非遗代表性项目。",
            "钦州市",
            [],
            ["非遗代表性项目", "自治区级非遗代表性项目"],
        ),
        # a work of the clause, 和, then the programme (tianjin 2024)
        (
            "推动义务教育优质均衡发展，扎实推进品牌高中培育工作和强校工程建设，新建改扩建义务教育学校。",
            "天津市",
            [("强校工程", "PROJECT")],
            ["品牌高中培育工作和强校工程"],
        ),
        # the lexicon's general terms read as common words, not unknown names (constructed)
        (
            "打造非遗展示中心，建成非遗传承人工作室和非遗博物馆。",
            "黄山区",
            [],
            ["非遗展示中心", "非遗博物馆"],
        ),
        # a role the city takes is not a body: the place only (wulumuqi 2024; Shanghai constructed);
        # a building keeps its name (huangshanqu 2024)
        (
            "有序推进，市第八人民医院确定为新疆国际医疗服务中心。聚焦建设乌鲁木齐国际航空枢纽，完善交通网。",
            "乌鲁木齐市",
            [("新疆", "PLACE"), ("乌鲁木齐", "PLACE")],
            ["新疆国际医疗服务中心", "乌鲁木齐国际航空枢纽"],
        ),
        (
            "上海国际金融中心能级持续提升。",
            "上海市",
            [("上海", "PLACE")],
            ["上海国际金融中心"],
        ),
        (
            "抢抓高铁时代机遇，加快黄山国际会展中心、黄山数字经济产业园建设。",
            "黄山区",
            [("黄山国际会展中心", "PROJECT")],
            [],
        ),
        # a river's name and the kind of feature are one place (constructed, Tibetan style)
        (
            "鲁朗小镇、南迦巴瓦峰、雅鲁藏布大峡谷等景区接待游客增长30%。",
            "林芝市",
            [("雅鲁藏布大峡谷", "PLACE")],
            [],
        ),
        # national bodies and industry federations by their short names (huangshanqu 2024, tianmen 2024)
        (
            "甘棠社区农村综合改革做法入选中组部先进典型村案例。主动对接中纺联、华纺链，整合产业资源。",
            "黄山区",
            [("中组部", "INSTITUTION"), ("中纺联", "INSTITUTION")],
            [],
        ),
        # well-known companies by their names, in a list the rules read no field in (qianjiang 2024;
        # constructed: 京东方 is not 京东, and a name the rules miss is no field of work)
        (
            "推进“一刻钟”便民生活圈建设，加快万达、凯盛奇、珑韵古街等商圈提档升级。",
            "潜江市",
            [("万达", "INSTITUTION")],
            [],
        ),
        (
            "宁德时代、比亚迪、中芯国际、京东方落户。",
            "上海市",
            [
                ("宁德时代", "INSTITUTION"),
                ("比亚迪", "INSTITUTION"),
                ("中芯国际", "INSTITUTION"),
                ("京东方", "INSTITUTION"),
            ],
            ["京东"],
        ),
        # a company's regional headquarters is a project (tianjin 2024)
        (
            "推动中石化南港120万吨乙烯、华为天津区域总部、特变电工智慧园等项目加快建设。",
            "天津市",
            [("华为天津区域总部", "PROJECT")],
            ["华为"],
        ),
        # a quoted programme takes its field after 、 or 和 in the list of the clause's verb
        # (liangshan 2024, chizhou 2023, qianjiang 2024), not a work (wulumuqi 2024)
        (
            "实施“链主”企业培育行动、中小微企业“育苗壮干”计划，力争培育规上工业企业36户。",
            "凉山彝族自治州",
            [("中小微企业“育苗壮干”计划", "PROJECT")],
            [],
        ),
        (
            "实施“两强一增”行动计划和农业产业化“1+3+6+N”提升行动，组建运营市农科院。",
            "池州市",
            [("农业产业化“1+3+6+N”提升行动", "PROJECT")],
            [],
        ),
        (
            "深入开展“四下基层”、党员干部“下察解暖”实践活动，聚焦重点。",
            "潜江市",
            [("党员干部“下察解暖”实践活动", "PROJECT")],
            [],
        ),
        (
            "推进保障性住房、“平急两用”基础设施和城中村改造“三大工程”，完成老旧小区改造。",
            "乌鲁木齐市",
            [("“三大工程”", "PROJECT")],
            ["城中村改造“三大工程”"],
        ),
        # a highway named by a character of each end, with its section (chizhou 2023); 上 may be
        # one of them (德州—上饶), but 上高速 is no road (qianjiang 2024)
        (
            "加强城乡基础设施建设。德上高速合池段全线贯通、石祁段建成通车。",
            "池州市",
            [("德上高速合池段", "PROJECT")],
            ["池段"],
        ),
        (
            "实现镇街道15分钟上高速。",
            "潜江市",
            [],
            ["分钟上高速", "钟上高速"],
        ),
        # a line named by what it runs along (tianmen 2024)
        (
            "善城市功能。全力推进武天高速、沿江高铁天门段建设，启动建设绕城一级公路。",
            "天门市",
            [("武天高速", "PROJECT"), ("沿江高铁天门段", "PROJECT")],
            [],
        ),
        # a forum's annual meeting is the event (yinchuan 2024)
        (
            "创建国家森林城市。办好中国生态文明论坛年会、第三届黄河流域生态保护主题宣传实践月活动。",
            "银川市",
            [("中国生态文明论坛年会", "PROJECT")],
            [],
        ),
        # a terminal by its number after the airport's work (wulumuqi 2024)
        (
            "货邮吞吐量增长65.6%，机场改扩建工程T4航站楼室内装修、设备安装进入收尾阶段。",
            "乌鲁木齐市",
            [("机场改扩建工程T4航站楼", "PROJECT")],
            [],
        ),
        # verbs jieba's dictionary lacks or tags as names open no name (hailaer 2019, qinzhou 2024,
        # chizhou 2023); a metaphor's 长河 is no river (qianjiang 2024)
        (
            "采取有力的措施保护河湖生态环境，努力实现河畅、水清、岸绿、景美的治理目标。",
            "海拉尔区",
            [],
            ["努力实现河"],
        ),
        (
            "这一年，我们建枢纽、拓通道，港口实力大幅跃升。",
            "钦州市",
            [],
            ["拓通道"],
        ),
        (
            "做强做优园区平台。推深做实开发区“九件事”，实施开发区改革。",
            "池州市",
            [],
            ["深做实开发区"],
        ),
        (
            "各位代表！时间的长河奔涌向前，奋斗的脚步永不停歇。",
            "潜江市",
            [],
            ["长河"],
        ),
        (
            "以交通物流构筑循环支撑。拓展外联大通道，深度对接武汉都市圈。",
            "潜江市",
            [],
            ["外联大通道"],
        ),
        # a congress's session is a formula, with the division before it (jinghai 2026 header,
        # liangshan 2024; DECISIONS.md)
        (
            "——2026年1月15日在天津市静海区\n   第三届人民代表大会第七次会议上\n",
            "静海区",
            [],
            ["天津市静海区", "静海区"],
        ),
        (
            "较好完成了州十二届人大二次会议确定的目标任务。",
            "凉山彝族自治州",
            [],
            ["人大"],
        ),
        # a city's station by its compass point; a corridor named by its part of the city, which
        # jieba cut into characters (constructed, in the style of Shanghai's report)
        (
            "北横通道全线贯通，推进上海东站建设。天津西站客流增长。",
            "上海市",
            [("北横通道", "PROJECT"), ("上海东站", "PROJECT"), ("天津西站", "PLACE")],
            ["上海"],
        ),
        # the Yangtze delta's G60 corridor is a region (constructed, Shanghai style)
        (
            "G60科创走廊建设深入推进，长三角G60科创走廊九城市协同发展。",
            "上海市",
            [("G60科创走廊", "PLACE"), ("长三角G60科创走廊", "PLACE")],
            [],
        ),
        # a scenic area is a zone's head (huangshanqu 2024); a railway's capacity work is one project
        # with it (constructed, Heilongjiang style)
        (
            "落实“多规合一”要求，加快太平湖风景名胜区总规修编。",
            "黄山区",
            [("太平湖风景名胜区", "PLACE")],
            [],
        ),
        (
            "镜泊湖国家级风景名胜区游客增长。牡绥铁路扩能改造完成。",
            "牡丹江市",
            [("镜泊湖国家级风景名胜区", "PLACE"), ("牡绥铁路扩能改造", "PROJECT")],
            [],
        ),
        # a passenger line named by a character of each end (客专 in the lexicon; constructed)
        (
            "牡佳客专开通运营，推进哈牡客专提速。",
            "牡丹江市",
            [("牡佳客专", "PROJECT"), ("哈牡客专", "PLACE")],
            [],
        ),
        # a country by one character after 对/赴 and before what is traded with it, as in the gold's
        # 赴俄、蒙、日、韩 (constructed, Heilongjiang style); not 面对日益
        (
            "对俄贸易额增长15%，赴俄旅游人数增长。面对日益复杂的形势。",
            "牡丹江市",
            [("俄", "PLACE"), ("俄", "PLACE")],
            ["日"],
        ),
        # 入库 is a verb (jieba tags it a noun): it opens no place (huangshanqu 2024)
        (
            "成功引进长三角地区项目29个，入库大黄山招商推介项目16个。",
            "黄山区",
            [("大黄山", "PLACE")],
            ["入库大黄山"],
        ),
        # a quoted region (tianjin 2024, hailaer 2019); a quoted kind of park is none (chizhou 2023)
        (
            "拥有作为京津冀和“三北”地区海上门户的优势。实现“海赤乔”次区域国际合作交流深入发展。",
            "天津市",
            [("“三北”地区", "PLACE"), ("“海赤乔”次区域", "PLACE")],
            [],
        ),
        (
            "谋划推进滨江区域“长江一号公路”；建成“口袋公园”4处、城市绿道6公里。",
            "池州市",
            [],
            ["“口袋公园”"],
        ),
        # a quoted zone that opens with a place is one place (wulumuqi 2024); a quoted title is not
        # (huangshanqu 2024)
        (
            "用好“四方合作”机制，推进“乌鲁木齐—深圳创新园”、丝路国际科学城建设。推动“丝绸之路经济带法务区”建设。",
            "乌鲁木齐市",
            [("“乌鲁木齐—深圳创新园”", "PLACE"), ("“丝绸之路经济带法务区”", "PLACE")],
            ["深圳"],
        ),
        (
            "大力发展创意经济等高端服务业，打响“中国最佳康养休闲旅游名区”品牌。",
            "黄山区",
            [],
            ["“中国最佳康养休闲旅游名区”"],
        ),
        # the national pilot of extending land contracts, not the village where it is done
        # (jinghai 2026, huangshanqu 2024)
        (
            "第二轮土地承包延包30年试点工作圆满完成。完成新丰乡盛洪村、焦村镇贤村第二轮土地承包到期后再延长30年试点工作。",
            "静海区",
            [("第二轮土地承包延包30年试点", "PROJECT"), ("第二轮土地承包到期后再延长30年试点", "PROJECT")],
            [],
        ),
        # a programme after its verb and before its work's completion (tianjin 2024)
        (
            "实际使用外资57.7亿美元。全面深化服务贸易创新发展试点任务圆满完成。",
            "天津市",
            [("服务贸易创新发展试点", "PROJECT")],
            [],
        ),
        # a pilot a place is supported to run (liangshan 2024)
        (
            "支持西昌、冕宁开展四川省县城新型城镇化建设试点，每县打造示范镇。支持西昌开展深化县域内城乡融合改革发展省级试点。",
            "凉山彝族自治州",
            [("四川省县城新型城镇化建设试点", "PROJECT"), ("深化县域内城乡融合改革发展省级试点", "PROJECT")],
            ["四川省"],
        ),
        # a programme opening a clause that tells its results (qinzhou 2024); not the object of the
        # clause's verb (chizhou 2023)
        (
            "新增及修复红树林210.1公顷，茅尾海面源污染处理试点成效获生态环境部认可。",
            "钦州市",
            [("茅尾海面源污染处理试点", "PROJECT")],
            [],
        ),
        (
            "系统推进重点领域改革。巩固国企改革三年行动成效，推动市投控集团完善公司治理。",
            "池州市",
            [],
            ["巩固国企改革三年行动"],
        ),
        # the last item of a list of works after a programme verb is the programme (wulumuqi 2024,
        # hailaer 2019), not works counted (chizhou 2023)
        (
            "对外贸易量质齐升。深化跨境电商、市场采购贸易、内外贸一体化试点，拓展中间品贸易。",
            "乌鲁木齐市",
            [("内外贸一体化试点", "PROJECT")],
            [],
        ),
        (
            "推进农业面源污染治理进程，启动实施化肥农药零增长、畜禽粪污和残膜回收利用行动，畜禽粪污无害化处理率提升。",
            "海拉尔区",
            [("畜禽粪污和残膜回收利用行动", "PROJECT")],
            [],
        ),
        (
            "实施灌区节水改造、3条中小河流治理、6座泵站新建重建工程，推进花庙水库建设。",
            "池州市",
            [],
            ["6座泵站新建重建工程"],
        ),
        # 超算, 智算 and 算力 are words (lexicon): a supercomputing centre's whole name (tianjin 2024)
        (
            "推动曙光超算互联网平台、天津超算中心、基础电信运营商算力设施等广泛接入。",
            "天津市",
            [("天津超算中心", "INSTITUTION")],
            ["天津"],
        ),
        # nor a kind of project listed among companies' ones (qinzhou 2024)
        (
            "开工建设中伟二期、国投电厂3号4号机组、能源储运、源网荷储示范等项目，",
            "钦州市",
            [],
            ["源网荷储"],
        ),
        # not trades or fields listed before 企业 (qinzhou 2024, jinghai 2026)
        (
            "集中攻坚树脂材料、合成橡胶、化纤纺织、精细化工及功能材料等领域目标企业，",
            "钦州市",
            [],
            ["化纤纺织", "合成橡胶"],
        ),
        (
            "靶向招引科技研发、小试中试等优质企业，",
            "静海区",
            [],
            ["小试中试"],
        ),
        # associations named by what they do, after the verb that founds or uses them (tianjin 2024,
        # huangshanqu 2024, qinzhou 2024); short ones are kinds, and 联盟化 is a manner
        (
            "成立天开实验室创新发展联盟，发挥技术经理人发展促进会和概念验证中心作用，"
            "继续发挥好关爱退役军人协会等社会组织的积极作用。",
            "天津市",
            [
                ("天开实验室创新发展联盟", "INSTITUTION"),
                ("技术经理人发展促进会", "INSTITUTION"),
                ("关爱退役军人协会", "INSTITUTION"),
            ],
            [],
        ),
        (
            "以高质量发展联合会引领太平猴魁产业发展，参与构建中国—东盟多式联运联盟。",
            "黄山区",
            [("高质量发展联合会", "INSTITUTION"), ("中国—东盟多式联运联盟", "INSTITUTION")],
            ["东盟"],
        ),
        (
            "组建产业创新联盟，推行城乡教育联合体模式，组建创新联合体5个以上，深化教育集团化联盟化办学。",
            "钦州市",
            [],
            ["产业创新联盟", "城乡教育联合体", "创新联合体", "教育集团化联盟"],
        ),
    ],
)
def test_entities_rules_generalise_to_other_reports(
    rules_nlp, text: str, jurisdiction: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    doc = annotate(text, nlp=rules_nlp, jurisdiction=jurisdiction, year=2024)
    got = [(e.text, e.label) for e in doc.entities]
    for item in set(expected):
        assert got.count(item) >= expected.count(item), item
    for name in absent:
        assert name not in [t for t, _ in got]


def test_entities_a_zone_kind_after_a_rank_is_not_the_repeated_zone(rules_nlp) -> None:
    """The city's 综合保税区, found once, is not repeated onto 全国综合保税区 (qinzhou 2024)."""
    text = "加快完善综合保税区联合监管机制。钦州综合保税区在全国综合保税区发展绩效评估中前进8位。"
    doc = annotate(text, nlp=rules_nlp, jurisdiction="钦州市", year=2024)
    got = [(e.start, e.text) for e in doc.entities if e.label == "PLACE"]
    assert got == [(4, "综合保税区"), (16, "钦州综合保税区")]


@pytest.mark.parametrize(
    "name",
    [
        "DATE_RE",
        "GOV_BODY",
        "MASS_ORGS",
        "NATIONAL_PROGRAMMES",
        "METRO_LINE_RE",
        "ROAD_SECTION_RE",
        "FREE_TRADE_ZONE_RE",
        "NUMBERED_ROAD_RE",
        "NUMBERED_PLANT_RE",
    ],
)
def test_entities_anchored_patterns_find_what_their_source_finds(name: str) -> None:
    """A pattern tried only where its first character can stand (``_anchored``) finds exactly the
    matches of its source pattern, on every report of corpora/ and on the guide's dates."""
    import re
    from pathlib import Path

    import jinghai_nlp.entities as E

    anchored = getattr(E, name)
    head, source = anchored.pattern.split(")(?:", 1)
    assert head.startswith("(?=") and source.endswith(")")
    bare = re.compile(source[:-1])
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))]
    texts.append(
        "2025年，2026年1月15日，今年，明年，年底前，“十五五”时期，“十四五”末，到2030年，截至2025年底，"
        "过去五年，刚刚过去的一年，这五年，5年内，未来三年，近年来，新的一年，上年度，当年，第一季度末，"
        "3-5月，10月全线通车，二〇二五年，岁末年初，今冬明春，本世纪中叶，上半年，全年，年内。"
        "党中央、国务院，区委、区政府，市人大常委会，兵团第十二师，团市委，政协，工会、共青团、妇联。"
        "共建“一带一路”，“八五”普法，“东数西算”，“国土三调”，三北防护林，地铁4号线、轨道交通Z2线、10号线东延伸段，"
        "G104京福线至静海段、原S213池州至殷汇段改造，234国道后湖至熊农段改建，中国（天津）自由贸易试验区。"
        "G219国道、318国道、G318线、S101省道，5G、G20峰会。实施一水厂扩建、二水厂改造，建成第二污水处理厂。"
    )
    assert len(texts) > 1
    for text in texts:
        assert [m.span() for m in anchored.finditer(text)] == [m.span() for m in bare.finditer(text)]
