"""Gold entity annotations for linzhi_2024, part D (entities only, no targets).

Entities region [7474, 11751): from （三）城乡一体、协同联动 (2024 plan) to the end of the
report. Offsets are computed with str.find from a cursor (("@", ctx) moves the cursor to
the start of a unique context string); never typed. Labels follow the guide, DECISIONS.md
and the reviewed part `main` of this document (scripts/linzhi_2024__main.py,
notes/linzhi_2024__main.md, notes/linzhi_2024__review.md); see notes/linzhi_2024__D.md
for every judgement call.
"""
import sys
import pathlib

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from _gold_common import load, entities, write  # noqa: E402

DOC_ID, PART = "linzhi_2024", "D"
JUR, YEAR = "林芝市", 2024
R_TARGETS = []
R_ENTITIES = [[7474, 11751]]

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

E = [
    # ---- （三）打造新型特色城镇
    ("@", "（三）城乡一体、协同联动"),
    ("巴米", P),                              # short form of 巴宜+米林 used as a name (guide: 京津冀)
    ("巴宜区", P),
    ("米林", P),                              # 米林城区: 城区 is a generic urban word (guide §3), the place is PLACE
    ("派镇", P),
    # “一核两翼”: slogan, none
    ("川藏铁路", P),                          # 川藏铁路沿线: a location, not built in this sentence (guide §3;
                                              # qinzhou C 平陆运河沿线 -> PLACE); main has PROJECT where it is built
    ("3年时间", D),                           # 用3年时间打造… (brief: 3年时间 is DATE; main used it as the deadline)
    ("中心县城和节点城镇基础设施、公共服务补短板行动", J),  # named 行动, maximal (cf. 打造一批绿色产业示范样板行动)
    # 《林芝市特色村镇及传统民居风貌设计导则》: title begins with the place name -> none (main review)
    # ---- 推进乡村全面振兴
    ("@", "推进乡村全面振兴"),
    ("“千万工程”", J),                        # guide example; quotes kept
    # “一村一策”, “四个不平衡”: slogans, none
    ("乡村建设行动", J),                      # chizhou A 乡村建设行动
    ("树立农牧民新风貌", J),                  # 树立农牧民新风貌等行动: the one named 行动 of the list (head shared after 等;
                                              # main 跨喜马拉雅 for a conjunct standing for its event) - hard call, see notes
    # ---- 加快边境地区发展
    ("@", "加快边境地区发展"),
    ("边民增收专项行动", J),                  # named 专项行动
    ("米林市兴边富民行动中心城镇试点", J),  # pilot carried out (完成…试点建设); the place begins the name (guide §3; part C)
    ("察隅县", P), ("墨脱县军民一体化能力试点", J),  # shared head: 察隅县 is no pilot name on its own; the last conjunct whole (guide §3 list rule; part C 察隅县下察隅镇军民一体化试点)
    # ---- （四）大力推进改革创新
    ("@", "（四）改革先行、创新驱动"),
    # 改革开放先行98项具体举措: none (main). “放管服”改革, 供销社综合改革, 土地市场改革: reforms, none
    ("国有企业改革深化提升行动", J),          # 市属 left out: a scope word like 全市 (liangshan C, tianjin C same campaign)
    ("林芝", P),                              # 非林芝籍人员: place as bare modifier; …便利化改革 is a reform
    # 自治区级众创空间、科技孵化器: generic, none
    # ---- 提高对外开放水平
    ("@", "提高对外开放水平"),
    ("“环喜马拉雅”国际合作论坛", J),          # main: 中国西藏“环喜马拉雅”国际合作论坛 (here written without 中国西藏)
    # 自治区 alone: territory word, none
    ("“五城三小时经济圈”", P),                # named regional area, quotes kept (hailaer C “乌阿海满”, tianjin “三北”地区)
    ("成渝双城经济圈", P), ("粤港澳大湾区", P), ("大香格里拉经济圈", P),  # cf. tianmen C 武汉都市圈
    ("林芝空港口岸", J),                      # 前期论证和建设: facility being built (guide §3)
    ("察隅县吉太传统边贸点", J),              # 提档升级: facility upgraded; maximal with place prefix (main 林芝市冷链物流集散中心)
    ("鲁朗", P),
    ("尼泊尔阔拉希市", P),                    # one maximal PLACE (main 尼泊尔博克拉市)
    # ---- 加快园区聚势突破
    ("@", "加快园区聚势突破"),
    ("经开区", P),                            # the city's one zone (main, DECISIONS); “一区多园”: slogan
    # 自治区级高新区: designation applied for, none
    ("经开区", P),                            # 力争经开区地区生产总值…
    # ---- 持续优化营商环境
    ("@", "持续优化营商环境"),
    # “2+2+3”综窗工作模式, “一件事一次办”, 跨省通办, “朋友圈”: slogans/mechanisms, none
    ("林芝惠企平台政策扶持通", J),            # 搭建: a named platform being set up (chizhou A “政策找企业”惠企通平台)
    ("贷款利率市场化试点", J),                # 实施…试点: pilot scheme carried out (tianjin D 服务贸易创新发展试点)
    # 《林芝市关于促进民营经济发展壮大的实施意见》: title begins with the place name -> none (main review)
    # ---- （五）统筹推进生态示范创建
    ("@", "（五）系统治理、绿色转型"),
    # 国家森林城市, 国家园林城市, 国家公园创建, 国家生态文明建设示范区, “绿水青山就是金山银山”实践创新基地,
    # 自治区生态文明建设示范区: designations, none
    # ---- 持续加强污染防控治理
    ("@", "持续加强污染防控治理"),
    ("中央生态环境保护督察", J),              # DECISIONS; 第二轮 dropped (edition ordinal)
    ("自治区生态环境保护督察", J),            # the regional counterpart (liangshan C/D 省级环保督察 PROJECT)
    # 河长制湖长制林长制: systems; 蓝天、碧水、净土保卫战: 保卫战 no PROJECT head (as 攻坚战), none
    ("雅尼河谷面山生态修复", J), ("尼洋河二桥段桃树移栽", J),  # named items of X、Y等项目 (DECISIONS;
                                              # huangshanqu 环太平湖区域水环境治理和生态修复 PROJECT)
    ("林芝", P),                              # 打造“花谷林芝”: place inside a brand (DECISIONS)
    ("易贡湖生态修复和综合治理工程", J),
    # ---- 打造绿色低碳发展示范
    ("@", "打造绿色低碳发展示范"),
    ("波密县", P),                            # 以波密县为试点
    # ---- （六）继续扎实办好民生实事
    ("@", "（六）提升品质、增进福祉"),
    ("便民停车行动", J),                      # named 行动
    # “物质+服务+技能”大救助格局, 水痘疫苗免费接种工作, 综合健康体检车, 市级普惠托育机构, “口袋公园”,
    # 主城区, 充电桩: generic / slogans, none
    ("农村公路建制村通畅工程", J),            # named 工程 (15条 counts its roads)
    # ---- 提升公共服务水平
    ("@", "提升公共服务水平"),
    ("就业创业“六抓六提升”工程", J),          # cf. tianmen C 就地城镇化“三个十万工程”
    ("南粤", P),                              # 南粤家政: place inside a brand (DECISIONS); 粤菜 is a cuisine word, none
    # 教育信息化融合应用引领区: designation; 优秀传统文化传承保护项目库, 非遗工坊…: generic, none
    ("林芝", P),                              # 《文脉林芝》: title does not begin with the place (main: 《支持林芝…》)
    ("爱国卫生运动", J),                      # tianjin E, chizhou E, liangshan E, qinzhou F
    # “互联网+医疗健康”项目: no named head (liangshan D bare “互联网+医疗健康” none), none
    ("林芝市公共卫生临床中心", J),            # 建成投用: named facility built (tianmen C 市一医汇侨院区)
    ("广东省（林芝）高原心血管研究所", I),    # 挂牌: a research institute (tianjin D 天津医学健康研究院 INSTITUTION)
    # ---- 完善社会保障体系
    ("@", "完善社会保障体系"),
    # 全民参保, 团体意外伤害险保障制度, 老年食堂, 医保支付方式改革: none
    ("“七色花”困境儿童关爱服务专项行动", J),
    # 全国双拥模范城: designation, none
    # ---- （七）提升社会治理效能
    ("@", "（七）数字赋能、创新治理"),
    # 总体国家安全观: formula; 扫黑除恶 without 专项斗争: slogan without head, none
    ("林芝大数据指挥调度中心", J),            # 建成: named facility built
    # 市县两级社会治安综合治理中心: generic; “浦江经验”, 新时代“枫桥经验”: DECISIONS none;
    # “一站式”矛盾纠纷调解中心: generic
    # ---- 做好民族宗教工作
    ("@", "做好民族宗教工作"),
    ("市委党校（行政学院）", I),              # one body with two names, maximal
    ("西藏农牧学院", I),
    ("林芝市铸牢中华民族共同体意识研究中心", I),  # 挂牌成立: a named research centre set up (one name; formula inside not split)
    ("察隅县", P), ("工布江达县", P),         # 全国/自治区民族团结进步示范/模范县: designations
    # 国家通用语言文字, “五个有利于”, “三个意识”, 藏传佛教中国化: formulae, none
    # ---- 提高安全管理能力
    ("@", "提高安全管理能力"),
    ("应急管理电考中心", J),                  # 建成投用: the facility named so (DECISIONS 智慧体育中心)
    ("林芝全功能航站", J),                    # 推进…建设
    ("自然灾害防治工程", J),                  # named 工程 (guide §3: named 工程 even when generic)
    # 国家食品安全示范城市: designation, none
    # ---- （八）坚决做到旗帜鲜明讲政治
    ("@", "（八）忠诚核心、担当作为"),
    # 习近平新时代中国特色社会主义思想主题教育, “两个确立”, “四个意识”, “四个自信”, “两个维护”, “国之大者”: formulae
    ("党中央", I), ("党中央", I),
    ("自治区党委", I), ("政府", I),            # 自治区党委、政府: two INSTITUTIONs (DECISIONS, main)
    ("市委", I),
    # ---- 坚决做到依法行政重规范
    ("@", "坚决做到依法行政重规范"),
    # 习近平法治思想: formula; 全国法治政府建设示范市: designation
    ("人大", I), ("政协", I),                 # tianmen C 自觉接受人大法律监督和政协民主监督
    # ---- 坚决做到自我革命强廉洁: “三公”, 中央八项规定精神 (formula, tianmen C), “四风”: none
    # ---- 结束语
    ("@", "各位代表，行程万里"),
    ("党中央", I),
    ("自治区党委", I), ("政府", I),
    ("市委", I),
    ("林芝", P),                              # 加快推动林芝高质量发展 (main)
    ("西藏", P),                              # 中国式现代化西藏篇章模范区 (DECISIONS, main)
]


def main():
    text = load(DOC_ID)
    a, b = R_ENTITIES[0]
    assert text[a:].startswith("（三）城乡一体、协同联动") and text[a - 1] == "\n" and b == len(text)
    ents = entities(text, R_ENTITIES[0], E)
    meta = {"jurisdiction": JUR, "year": YEAR,
            "regions": {"targets": R_TARGETS, "entities": R_ENTITIES}}
    write(DOC_ID, PART, meta, ents, [])
    if "-v" in sys.argv:
        from collections import Counter
        print(Counter(e["label"] for e in ents))
        for e in ents:
            s, t = e["start"], e["end"]
            print(s, e["label"], e["text"], "|", text[max(0, s - 8):t + 8].replace("\n", "/"))


if __name__ == "__main__":
    main()
