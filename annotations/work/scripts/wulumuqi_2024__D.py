"""Gold entity annotations for wulumuqi_2024, part D (entities only, no targets).

Entities region [8026, 11734): from 实施海绵城市重点项目51项 (the end of the 生态 paragraph of
the 2023 review) through 五、民生保障持续加强, the government's own work, the thanks and the
problems paragraph, up to the heading 2024年重点工作 (exclusive). Offsets are computed with
str.find from a cursor (("@", ctx) moves the cursor to the start of a unique context string);
never typed. Labels follow the guide, DECISIONS.md and this document's parts A and B
(scripts/wulumuqi_2024__A.py, __B.py, notes/wulumuqi_2024__review.md); every judgement call
is commented here and listed in notes/wulumuqi_2024__D.md.
"""
import sys
import pathlib

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from _gold_common import load, entities, write  # noqa: E402

DOC_ID, PART = "wulumuqi_2024", "D"
JUR, YEAR = "乌鲁木齐市", 2024
R_TARGETS = []
R_ENTITIES = [[8026, 11734]]

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

E = [
    # ---- tail of the 生态 paragraph (海绵城市, 节水)
    ("@", "实施海绵城市重点项目51项"),
    # 海绵城市重点项目: generic
    ("河马泉海绵城市样板区", P),              # a named zone being built: zones are PLACE also while being
                                              # built (DECISIONS); maximal, so no separate 河马泉
    ("米东区", P), ("达坂城区", P),
    # 国家节水型社会建设达标县（区）, 自治区节水标杆, 节水型企业: designations / generic
    # ---- 绿色低碳加速拓展
    ("@", "绿色低碳加速拓展"),
    # 碳达峰碳中和“1+N”政策体系: policy system / slogan, none
    # 节能降碳技术改造项目, 煤炭高效利用项目: generic
    ("八钢富氢碳循环氧气高炉", J),            # 建成投运: named facility with a facility head (DECISIONS:
                                              # …生产线/…基地 -> PROJECT); 世界首座商业示范项目 descriptive
    # 全疆首座新能源重卡大型充换电站: unnamed facility (全疆 territory word); 集中式充电站 generic
    # 绿色低碳先进技术示范工程15项 (申报): a category declared for a status, like 国家级绿色工厂: none
    # ---- 都市圈建设稳步推进
    ("@", "都市圈建设稳步推进"),
    # 《乌鲁木齐都市圈国土空间规划（2021—2035年）》: document title; the place at its start is not
    # tagged (part B, linzhi); the plan period inside is a time expression (shanghai main:
    # 面向2035的…战略纲要 -> DATE 2035)
    ("2021—2035年", D),
    ("绕城高速（西线）", J),                  # named road, 加快建设 (guide §3); bracketed section kept (maximal)
    ("综合保税区", P),                        # the city's one 综保区 (DECISIONS: 经开区/高新区 for the one zone)
    ("经开区（头屯河区）兵地合作区", P),      # one named cooperation zone, maximal
    ("头屯河区工业园", P),                    # named park
    # 等合作区: generic head
    ("乌昌", P),                              # “乌昌通办”: place short form (乌鲁木齐+昌吉, like 京津冀) inside a
                                              # slogan is PLACE, the slogan is not (DECISIONS); 都市圈 generic
    # ---- 五、民生保障持续加强
    ("@", "五、民生保障持续加强"),
    ("过去一年", D),
    # ---- 民生实事取得实效
    ("@", "民生实事取得实效"),
    ("2023年", D),                            # 2023年十二件民生实事
    # “零工市场”“零工驿站”, 自治区级社区医养结合服务中心, 托育机构: generic types
    ("党建引领物业服务试点", J),              # 开展…试点: a pilot carried out (B 甘泉堡园区管理制度改革试点)
    ("物业服务提升行动", J),                  # named 行动 (guide §3)
    # 业主委员会, 丁字路、断头路, 小游园, 绿道: generic
    ("人民网", I),                            # 人民网地方领导留言板: the platform is no entity type; the named
                                              # body before it is tagged (chizhou B 省政府质量奖 -> 省政府)
    # “互联网+督查”, “12345”政务服务便民热线: not tagged (corpus: chizhou E, linzhi, qianjiang)
    # ---- 就业质量稳中向好: “减缓返补”: slogan
    ("@", "就业质量稳中向好"),
    ("高校毕业生就业创业攻坚行动", J),        # named 行动
    # 22所院校, “一对一”就业帮扶: none
    # ---- 教育优质均衡发展
    ("@", "教育优质均衡发展"),
    # 教育集团 generic; 自治区义务教育阶段教育教学改革示范区: designation (创建)
    ("普通高中新课程新教材改革试点", J),      # 实施…试点: pilot scheme (B 市场化法治化国际化营商环境综合改革试点)
    ("市第一中学", I),                        # part A 市第五中学; 国家级示范校: designation
    # 国家教育改革发展示范性中高职学校, 自治区优质中高职学校: designations
    # ---- 社会保障更加有力: 全市 (territory), 残疾人“两项补贴” (benefit slogan): none
    # ---- 健康乌鲁木齐加快建设
    ("@", "健康乌鲁木齐加快建设"),
    ("乌鲁木齐", P),                          # part A 平安乌鲁木齐建设 -> 乌鲁木齐 (liangshan 健康凉山, chizhou 健康池州)
    # 城市医联体, 县域医共体, “名医专家工作室”, 市级重点专科: generic
    ("口腔医院新院", J),                      # 建成投用: facility being built (huangshanqu 区医院新院区,
                                              # liangshan D 州二医院新院区)
    # 入选国家级中医药传承创新发展示范试点: a status the city holds (part A 入选…试点 untagged)
    # 国家基层医疗卫生机构服务能力基本标准: a standard; 社区医院 generic; “医防融合”: slogan
    # ---- 文体活动丰富多彩
    ("@", "文体活动丰富多彩"),
    # 《盛世梨园百花春》大型戏曲文艺晚会, 《第一交响曲》: works / a one-off show, no place inside
    ("天山", P),                              # 自治区“天山文艺奖”: place name inside an award (qianjiang 湖北改革奖,
                                              # part A 《情满天山》 -> 天山); the award is not tagged
    ("天山", P),                              # “雪莲朵朵映天山”: brand of activities, place inside (DECISIONS)
    ("西域男声合唱团", I),                    # a named choir (organisation)
    # 2023年 in 2023年全国合唱音乐季特别奖: the edition year of the event, not tagged (part A review:
    # 2023（中国）亚欧商品贸易博览会 -> no DATE; DECISIONS year inside an award name)
    ("全国合唱音乐季", J),                    # named recurring event (guide: events); 特别奖 left out
    ("海上丝绸之路合唱比赛", J),              # 第三届 dropped (guide §3); 金奖 left out
    ("市文化中心（六馆一心）", P),            # 全面投用: the existing venue complex (parts A and B -> PLACE)
    ("全年", D),                              # 全年举办各类展览
    ("市图书馆", I),                          # the library acting as a body (提供…服务; linzhi C 市图书馆 INSTITUTION)
    # 体育公园4个: generic
    ("运动会", J),                            # 自治区第十四届运动会: ordinal inside the name -> head only
                                              # (hailaer C 第十四届冬季运动会 -> 冬季运动会); bare 自治区 nothing
    ("冬运会", J),                            # 自治区第一届冬运会 (hailaer main 自治区第二届冬运会 -> 冬运会)
    ("全国学生（青年）运动会", J),            # 第一届 dropped (qinzhou E 学青会)
    # ---- 2023年, government's own work
    ("@", "2023年，我们始终坚持"),
    ("2023年", D),
    # “两个确立”“两个维护”, 党的二十大精神, 习近平新时代…思想, “第一议题”制度, 主题教育 (part A),
    # 习近平法治思想: formulae / mechanisms, none
    ("乌鲁木齐", P),                          # 法治乌鲁木齐 (hailaer C 法治海拉尔, jinghai 法治静海)
    # 领导干部任前考法制度, 宪法宣誓制度: mechanisms; 国家工作人员: generic
    ("市人大常委会", I),
    # 地方性法规, 政府规章, 行政机关: none
    ("市委", I),                              # 向市委请示报告
    ("人大", I),                              # 人大及其常委会: 人大 only, 其常委会 is a pronoun reference
                                              # (huangshanqu C, linzhi C, qinzhou E)
    ("人民政协", I),                          # 人民政协民主监督: the body (corpus 政协 INSTITUTION)
    ("人大", I), ("政协", I),                 # 人大建议和政协提案 (chizhou E 人大代表 -> 人大)
    # “过紧日子”, 节约型机关, 中央八项规定 (formula: no 中央), “四风”: none
    # ---- 国防, 双拥, 群团
    ("@", "我们持续加强国防教育"),
    # 自治区双拥模范城市, 全国双拥模范城“十连冠”: designations
    ("工会", I), ("共青团", I), ("妇联", I), ("科协", I), ("侨联", I), ("残联", I),
    ("红十字会", I), ("工商联", I),           # …等群团组织工作: the text calls them organisations
                                              # (qinzhou F: the same list with 群团组织 -> INSTITUTIONs;
                                              # lists of fields of work …等事业 stay untagged elsewhere)
    # 统计调查、广播影视、外事、供销、气象、地方志、档案等工作: fields of work, none
    # ---- 各位代表，回顾过去一年 (thanks)
    ("@", "各位代表，回顾过去一年"),
    ("过去一年", D),
    # 习近平新时代…思想, 新时代党的治疆方略: formulae
    ("自治区党委", I), ("自治区人民政府", I),  # two bodies (DECISIONS; part A)
    ("市委", I),
    ("人大", I), ("政协", I),                 # 人大代表、政协委员 (body before a role noun)
    ("市人民政府", I),                        # part A
    ("人大", I), ("政协", I),                 # 向各位人大代表、政协委员
    # 各民主党派, 无党派人士, 各人民团体: generic groups (guide)
    ("乌", P),                                # 驻乌人民解放军: one-character short form (qianjiang D 驻潜,
                                              # mudanjiang D 驻牡, qinzhou E 驻钦; chizhou D 驻池)
    ("人民解放军", I),                        # qinzhou E 驻钦人民解放军 -> 人民解放军
    ("武警", I),                              # 武警指战员 (jinghai A, liangshan D)
    # 公安干警: generic
    ("中央", I),                              # 中央驻乌单位: 中央 alone (DECISIONS; liangshan D 中央和省驻州单位)
    ("乌", P),                                # 驻乌单位
    ("乌", P),                                # 援乌干部 (shanghai main 援鄂医疗队 -> 鄂; chizhou D 援藏援疆)
    ("乌鲁木齐", P),                          # 支持乌鲁木齐经济社会发展
    # ---- problems paragraph: 全市 (territory word); no entities
]


def main():
    text = load(DOC_ID)
    a, b = R_ENTITIES[0]
    assert text[a:].startswith("实施海绵城市重点项目51项") and text[a - 1] == "。"
    assert text[b - 1] == "\n" and text[b:].startswith("2024年重点工作")
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
