"""Gold entity annotations for tianmen_2024, part D (entities only, no targets).

Entities region [1593, 4458): the rest of the 2023 review, from （三）统筹布局优品质 to the end of
the review (…多提宝贵意见。), i.e. the gap between main's first entity region and its second.
Offsets are computed with str.find from a cursor (("@", ctx) moves the cursor to the start of a
unique context string); never typed. Labels follow the guide, DECISIONS.md and the reviewed parts
`main` and `C` of this document; see notes/tianmen_2024__D.md for every judgement call.
"""
import sys
import pathlib

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from _gold_common import load, entities, write  # noqa: E402

DOC_ID, PART = "tianmen_2024", "D"
JUR, YEAR = "天门市", 2024
REG_E = [1593, 4458]

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

E = [
    # （三）一是流域综合治理扎实推进
    ("@", "一是流域综合治理扎实推进"),
    # 3个三级流域、7个四级流域“底图单元”: generic units -> nothing
    ("沉湖", P), ("龙嘴河", P),               # …等小流域综合治理试点: pilot untagged (C), places PLACE (C: 沉湖、龙嘴河流域)
    ("天门河下段综合治理", J),                # …等29个水利项目: named river works (huangshanqu 浦溪河流域水环境综合治理,
    ("汉北河流域系统治理", J),                #   chizhou 长江池州段河道治理 PROJECT); 国家重大项目库 is a database -> nothing
    ("张家湖综合治理", J), ("沉湖骨干河道治理", J),  # …等项目加快建设
    # 城市备用水源: unnamed facility type -> nothing (DECISIONS)
    ("九条河水生态修复", J),                  # named river restoration project, 全面竣工
    # 全国首批3个县级水网先导区: designation -> nothing; 我市 -> nothing
    # 二是城乡建设全面提速
    ("@", "二是城乡建设全面提速"),
    # “三区三线”, 城市更新 (no 行动 head), 全国文明城市创建 (designation), “五小”车辆 -> nothing (corpus)
    ("G347皂市段", J), ("汉北桥改建", J),      # …等一批交通项目建成通车; list sharing a head (guide §3), qianjiang 234国道…改建
    # 全省“四好农村路”示范市: designation -> nothing
    ("黄潭镇", P), ("九真镇", P),             # “美丽城镇省级示范乡镇”: designation -> nothing
    # 三是生态环境有效改善
    ("@", "三是生态环境有效改善"),
    ("中央环保督察", J),                      # 第二轮 dropped (edition ordinal); liangshan/mudanjiang 中央环保督察 PROJECT
    ("增绿提质行动", J),                      # named 行动 (C: 增绿添彩行动)
    # 河湖长制, 林长制: systems -> nothing (C)
    ("张家湖", P),                            # 国家重要湿地名录: a list/designation -> nothing
    ("蒋场镇", P),
    ("蒋湖农场", P),                          # state farm administered as a township (main: 蒋湖 PLACE); 获评省级森林城镇
    # （四）一是重点改革蹄疾步稳
    ("@", "一是重点改革蹄疾步稳"),
    ("经开区", P),                            # …体制机制改革: the reform is not tagged (DECISIONS: the one zone)
    ("天门经开区", P),                        # 省级一类开发区: category -> nothing
    # “小田并大田”改革试点 (reform, C), 供销系统“一网四链” (slogan, no head), 义务教育教联体 (reform) -> nothing
    ("实验初中教联体", I),                    # the consortium led by the city's 实验初中, a named body (试点单位)
    # 公平竞争审查改革试点 -> nothing (reform)
    # 二是营商环境日益优化
    ("@", "二是营商环境日益优化"),
    ("“五大行动”", J),                        # named 行动, quotes kept (chizhou 德智体美劳“五大行动”; guide 高质量发展“十项行动”)
    # “高效办成一件事”, “数字政府”, “一网通办”, “一站式”便民服务中心, “天天顺”服务品牌 -> nothing (corpus untagged)
    # 三是创新活力持续迸发
    ("@", "三是创新活力持续迸发"),
    # 创新驱动发展战略 (national strategy), 省级创新型县市 (designation) -> nothing
    ("湖北", P),                              # “科创湖北”试点市: place inside a brand/designation (main: 湖北 in “湖北精品”)
    ("天门（武汉）离岸科创中心", J),          # 投入运营: facility coming into use (jinghai A 优生态科技中心总部投入使用 PROJECT);
                                              #   C has INSTITUTION where the centre acts (发挥…作用)
    ("湖北省", P),                            # 湖北省知识产权强省建设示范县域: place as modifier in a designation (qianjiang A 湖北省)
    # （五）一是社会事业健康发展
    ("@", "一是社会事业健康发展"),
    ("北湖小学", J),                          # …等4所学校投入使用 (chizhou D 绿地小学等6所学校 PROJECT)
    # 紧密型医共体, 国家慢性病综合防控示范区复审 -> nothing
    ("陆羽茶文化节", J),                      # 第四届 dropped (edition ordinal)
    ("“传承创新中国茶│年度论坛”", J),        # named recurring event (永久落户), quotes kept; no PLACE 中国 inside a name
    # “田园观光养生休闲”之旅 (a tourism route brand, 入选…精品线路) -> nothing
    ("长寿山原村", P), ("七屋岭", P),          # existing scenic sites; 国家3A级旅游景区 designation
    # 二是社会保障不断增强
    ("@", "二是社会保障不断增强"),
    # 巩固拓展脱贫攻坚成果同乡村振兴有效衔接: policy formula -> nothing; 省布任务 -> nothing
    ("全年", D),                              # 全年网签备案商品房面积
    ("岳口镇勇敢社区", P),                    # one place name (huangshanqu 甘棠镇甘棠社区); 全国示范性老年友好型社区 designation
    # 三是社会大局和谐稳定
    ("@", "三是社会大局和谐稳定"),
    ("重大风险隐患专项整治行动", J),          # named 行动
    # “一无两降”: slogan -> nothing (qianjiang A)
    ("“雷火-剥茧”系列专项行动", J),          # named campaign, head 专项行动 kept (maximal name)
    # 扫黑除恶斗争 (C, jinghai B, qianjiang C untagged), 府院联动 (mechanism), 市领导 (role) -> nothing
    # （六）一是深化法治建设
    ("@", "一是深化法治建设"),
    # 法治政府建设, 行政机关负责人出庭应诉制度 -> nothing
    ("武汉仲裁委员会天门分会", I),            # one whole name, no PLACE inside
    ("人大", I), ("政协", I),                 # 自觉接受人大监督、政协监督 (C, jinghai)
    ("人大", I), ("政协", I),                 # 人大代表建议, 政协提案 (corpus: huangshanqu, linzhi, qinzhou)
    # 二是深化作风建设
    ("@", "二是深化作风建设"),
    # 习近平新时代中国特色社会主义思想主题教育: fixed formula -> nothing
    ("“下基层、察民情、解民忧、暖民心”实践活动", J),  # qianjiang C 党员干部“下察解暖”实践活动 PROJECT
    # “一竿子到底”工作方法, “门诊式办公”: working-method slogans -> nothing; 政府 -> nothing
    # 三是深化廉政建设
    ("@", "三是深化廉政建设"),
    # 中央八项规定及其实施细则精神: fixed formula, no 中央 inside (C)
    ("违规吃喝专项整治", J),                  # named 专项整治 (jinghai A 建筑垃圾专项整治, liangshan 招投标专项整治)
    # 过“紧日子”思想 -> nothing; 统计、气象…残联、科协、红十字会…等各项工作: fields of work -> nothing
    #   (mudanjiang D 红十字会等工作, qinzhou E 科协, huangshanqu D 残联 untagged)
    ("@", "各位代表！一年来"),
    ("一年来", D),
    ("党中央", I), ("省委", I), ("省政府", I), ("市委", I),
    ("市人大", I), ("市政协", I), ("市法院", I), ("市检察院", I),
    ("市人民政府", I),
    ("人大", I), ("政协", I),                 # 人大代表、政协委员 (corpus: chizhou D, jinghai A, …)
    # 各民主党派, 人民团体: generic groups -> nothing
    ("天门", P),                              # 关心支持天门发展
    ("@", "在总结成绩的同时"),
    ("省委", I), ("省政府", I),               # 对标省委、省政府要求
]


def main():
    text = load(DOC_ID)
    ents = entities(text, REG_E, E)
    meta = {"jurisdiction": JUR, "year": YEAR,
            "regions": {"targets": [], "entities": [REG_E]}}
    write(DOC_ID, PART, meta, ents, [])
    if "-v" in sys.argv:
        from collections import Counter
        print(Counter(e["label"] for e in ents))
        for e in ents:
            s, t = e["start"], e["end"]
            print(s, e["label"], e["text"], "|", text[max(0, s - 8):t + 8].replace("\n", "/"))


if __name__ == "__main__":
    main()
