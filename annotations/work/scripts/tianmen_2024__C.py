"""Gold entity annotations for tianmen_2024, part C (entities only, no targets).

Entities region [6977, 11779): from 一是发展现代农业 (2024 plan, section 四 of the tasks)
to the end of the report. Offsets are computed with str.find from a cursor
(("@", ctx) moves the cursor to the start of a unique context string); never typed.
Labels follow the guide, DECISIONS.md and the reviewed part `main` of this document
(scripts/tianmen_2024__main.py); see notes/tianmen_2024__C.md for every judgement call.
"""
import sys
import pathlib

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from _gold_common import load, entities, write  # noqa: E402

DOC_ID, PART = "tianmen_2024", "C"
JUR, YEAR = "天门市", 2024
REG_E = [6977, 11779]

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

E = [
    # 一是发展现代农业
    ("@", "一是发展现代农业"),
    ("“三农”工作十大提升行动", J),          # named 行动 (chizhou: 文明城市创建十大提升行动)
    # 国家农业现代化示范区创建: designation competed for -> nothing
    ("江汉平原（天门）蔬菜产业大会", J),      # as in main
    ("天门", P),                              # “壹品天门” brand: place inside brand
    ("庄品健米业", I),
    ("江汉", P),                              # “江汉大米”: place inside brand
    ("红日子食品", I),
    ("天门", P),                              # “天门萝卜”
    # 二是加强乡村建设
    ("@", "二是加强乡村建设"),
    ("“十个一体化”工程", J),
    ("岳口", P),                              # 岳口全域国土综合整治: pilot not tagged, town PLACE
    ("电能替代工程", J),
    ("“千万工程”", J),
    ("张家湖片区", P),
    # 三是提高农民收入: no entity
    # 一是优化空间布局
    ("@", "一是优化空间布局"),
    ("强县工程", J),
    ("就地城镇化“三个十万工程”", J),          # review: maximal name (guide: 高质量发展“十项行动”)
    ("江汉平原", P),                          # 江汉平原明珠城市 (designation; place as modifier)
    ("北部生态区", P), ("中部都市区", P), ("南部产城融合区", P), ("高铁新区", P),
    ("天门新区", P),
    # 二是完善城市功能
    ("@", "二是完善城市功能"),
    ("武天高速", J), ("沿江高铁天门段", J),   # being built (as in main)
    ("绕城一级公路", J), ("S213新东环线", J),  # 启动建设
    ("城市更新行动", J),
    ("友谊社区", P), ("南湖市场雨污分流工程", J),  # list sharing a head (guide §3)
    ("城北污水处理厂", J),                    # 投入运营 (cf. chizhou 天堂湖污水处理厂建成运营)
    ("增绿添彩行动", J),
    # 三是提升管理水平
    ("@", "三是提升管理水平"),
    ("拆违控违行动", J),
    # “全市一个停车场”: review -> nothing (a scheme slogan, not a named facility; qianjiang B 推行“全市一个停车场” untagged)
    # 四是改善环境质量
    ("@", "四是改善环境质量"),
    ("中央", I),                              # 中央、省级环保督察 (DECISIONS)
    ("岳口工业园", P),
    ("天门河", P),
    ("沉湖", P), ("龙嘴河流域", P),           # cf. liangshan 安宁河流域
    # 一是深化重点改革
    ("@", "一是深化重点改革"),
    ("经开区", P),
    # 二是强化科技赋能
    ("@", "二是强化科技赋能"),
    ("经开区", P),                            # 争创国家高新区: designation -> nothing
    ("天门（武汉）离岸科创中心", I),
    ("天门", P),                              # 在天门转化应用
    ("“专家教授天门行”", J), ("“万名大学生回归工程”", J),
    # 三是扩大对外交流
    ("@", "三是扩大对外交流"),
    ("武汉都市圈", P),                        # 发展规划/三年行动方案 are documents
    ("宝昂新材料", I), ("通格微电子", I), ("武汉", P),
    ("电子信息产业“芯屏”项目配套协作基地", J),
    ("“一带一路”倡议", J),
    ("蒸菜美食节", J), ("服装电商产业峰会", J),
    # 一是完善社会保障体系
    ("@", "一是完善社会保障体系"),
    ("根治欠薪专项行动", J),
    # 二是办好人民满意教育
    ("@", "二是办好人民满意教育"),
    ("天门中学", I),
    ("天门职院高职校区", J),                  # 扩建
    # 三是提升医疗服务水平
    ("@", "三是提升医疗服务水平"),
    ("市中医医院制剂室", J), ("市精神病医院综合楼", J), ("市妇幼保健院“妇孺国医堂”", J),
    ("小板卫生院", J),                        # all four under 新建
    ("市一医汇侨院区", J),                    # 投入使用 (cf. huangshanqu 区医院新院区)
    ("市第二人民医院", J),                    # 搬迁 (cf. jinghai 中医院等梯次搬迁改造)
    # 四是全面发展文体事业
    ("@", "四是全面发展文体事业"),
    ("状元城", J), ("华侨城", J), ("陆羽书院", J),  # 规划建设
    ("石家河国家考古遗址公园", P), ("张家湖国家湿地公园", P),  # parks: PLACE while being built; as in main
    ("“红色文艺轻骑兵下基层”", J), ("“四季村晚”", J),
    ("市体育运动学校", J),
    ("全民健身运动会", J),                    # 首届 dropped (edition ordinal)
    # 五是维护社会安全稳定
    ("@", "五是维护社会安全稳定"),
    ("安全生产治本攻坚三年行动", J),
    ("天门", P),                              # 平安天门 (cf. jinghai 平安静海)
    # 民生实事
    ("@", "各位代表，民生无小事"),
    ("市政府", I),
    # 三、全面加强政府自身建设
    ("@", "大道至简，实干为要"),
    ("天门", P),                              # 天门正处于…
    ("@", "（一）牢记身份干事"),
    ("市委", I), ("市委", I),
    ("@", "（二）激发活力干事"),
    ("天门", P),                              # 让天门成为投资热土
    ("天门", P),                              # 天门人有… (cf. qinzhou 钦州人民)
    ("@", "（三）追求卓越干事"),
    ("天门", P),                              # 推动天门在高质量发展的道路上
    ("天门", P),                              # 俯瞰天门
    ("天门", P),                              # 透视天门
    ("天门", P),                              # 发挥天门人口资源
    ("@", "（四）坚持原则干事"),
    ("“八五”普法", J),
    ("人大", I), ("政协", I),                 # cf. jinghai 自觉接受人大法律监督和政协民主监督
    # 中央八项规定: fixed formula / regulation, nothing inside (as jinghai, qianjiang)
    ("@", "各位代表，实干铸就伟业"),
    ("党中央", I), ("省委", I), ("省政府", I), ("市委", I),
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
