"""Gold annotations for shanghai_2021, part "main" (read by hand against the guide).

Regions: targets [62,1634) (2020 review, achieved, deadline 2020) and
[8490,16519) (三、2021年主要任务, planned, deadline 2021);
entities [62,1634) and [8490,11175).
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from _gold_common import load, entities, targets, write

DOC, PART, JUR, YEAR = "shanghai_2021", "main", "上海市", 2021
T = load(DOC)
R_T = [[62, 1634], [8490, 16519]]
R_E = [[62, 1634], [8490, 11175]]
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

ENT_1 = [
    ("2020年", D),
    ("过去一年", D),
    ("党中央", I),
    ("上海", P),                      # 考察上海重要讲话
    ("浦东", P),                      # 浦东开发开放30周年庆祝大会 (anniversary meeting: not an entity)
    ("党中央", I), ("国务院", I), ("中共上海市委", I),
    ("新华", I), ("波罗的海", P),     # inside the index name 新华·波罗的海国际航运中心发展指数
    ("上海港", P),
    ("上海机场", P),
    ("软X射线", J), ("超强超短激光", J),   # facilities built (建成…国家重大科技基础设施)
    ("上海", P),                      # 三大“上海方案”
    ("一季度", D),
    ("全年", D),
    ("一年来", D),
    ("鄂", P),                        # 援鄂医疗队
    ("武汉", P),
    ("“随申码”", J),
    ("上海", P),                      # 医疗救治“上海方案”
    ("上海口岸", P),
    ("长三角", P),                    # 长三角区域联防联控
    ("中国国际进口博览会", J),        # 第三届 dropped
]

ENT_2 = [
    ("2021年", D),
    ("今年", D), ("今年", D),
    ("上海", P), ("浦东", P), ("浦东", P),
    ("“十四五”", D),                  # 确保“十四五”开好局
    ("中国共产党", I),
    ("今年", D),                      # 建议今年全市…
    ("今年", D),                      # 今年要重点做好以下九方面工作
    ("长三角", P),                    # 推动形成长三角一体化发展格局
    ("长三角", P),                    # 着力打造长三角一体化发展格局
    ("长三角一体化发展新一轮三年行动计划", J),
    ("进口博览会", J),
    ("虹桥国际开放枢纽", P),
    ("长三角国家技术创新中心", J),    # 高水平建设
    ("长三角资本市场服务基地", J),
    ("G60科创走廊", P),
    ("医疗器械技术审评检查长三角分中心", I),
    ("长三角", P),                    # 长三角世界级港口群
    ("长三角国际贸易单一窗口", J),
    ("长三角生态绿色一体化发展示范区", P),
    ("长三角城市群", P),
    ("北外滩", P), ("外滩", P), ("陆家嘴", P), ("北外滩", P),
    ("桃浦", P), ("南大", P), ("吴淞", P), ("高桥", P), ("吴泾", P), ("金山滨海", P),
    ("马桥人工智能创新区", P), ("市北高新园", P), ("长阳秀带", P), ("西岸智慧谷", P),
    ("虹桥临空经济示范区", P),
    ("“总部增能”计划", J),
    ("消费升级行动计划", J),
    ("“五五购物节”", J),
    ("外贸转型行动计划", J),
    ("数字人民币试点", J),
    ("服务贸易创新发展试点", J),
    ("浦东综合交通枢纽", J), ("浦东国际机场四期", J),
    ("芦潮港", P),
    ("世界顶尖科学家论坛", J),
    ("上海", P),                      # 三大“上海方案”
    ("“浦江之光”行动", J),
    ("2035", D),
    # 上海知识产权强市战略纲要: the place name begins a document title -> not tagged (guide §3: unless it begins a longer name)
    ("上海知识产权保护中心", I),      # 建设…: a named body, INSTITUTION even when being set up (guide: 天津医学健康研究院)
]

A, PL = "achieved", "planned"
TG_1 = [  # 2020 review: achieved, deadline 2020
    dict(span="15个研发与转化功能型平台", ind="研发与转化功能型平台", val=15, unit="个", kind="level"),
    dict(span="全社会研发经费支出相当于全市生产总值的比例提高到4.1%左右",
         ind="全社会研发经费支出相当于全市生产总值的比例", val=4.1, unit="%", cmp="~", kind="level"),
    dict(span="全市生产总值大幅下降6.7%", ind="全市生产总值", val=6.7, unit="%", kind="decrease",
         dl=("一季度", 2020, "面对一季度全市生产总值")),
    dict(span="生产总值增长1.7%", ind="生产总值", val=1.7, unit="%", kind="growth",
         dl=("全年", 2020, "全年实现生产总值")),
    dict(span="地方一般公共预算收入在更大规模减税降费的情况下下降1.7%", ind="地方一般公共预算收入",
         val=1.7, unit="%", kind="decrease", dl=("全年", 2020, "全年实现生产总值")),  # 全年 governs the sentence (DECISIONS)
    dict(span="城镇调查失业率稳定在4.4%以内", ind="城镇调查失业率", val=4.4, unit="%", cmp="<=", kind="level"),
    dict(span="居民消费价格上涨1.7%", ind="居民消费价格", val=1.7, unit="%", kind="growth"),
    dict(span="工业战略性新兴产业总产值占规模以上工业总产值比重提高到40%",
         ind="工业战略性新兴产业总产值占规模以上工业总产值比重", val=40, unit="%", kind="level"),
    dict(span="软件和信息服务业营业收入增长12%以上", ind="软件和信息服务业营业收入", val=12, unit="%",
         cmp=">=", kind="growth"),
    dict(span="新一代信息技术产值增长6.2%", ind="新一代信息技术产值", val=6.2, unit="%", kind="growth"),
    dict(span="日均新设企业1665户", ind="日均新设企业", val=1665, unit="户", kind="increase"),
    dict(span="增长12.8%", at="1665户、增长12.8%", ind="日均新设企业", val=12.8, unit="%", kind="growth"),
    dict(span="居民人均可支配收入增长4%", ind="居民人均可支配收入", val=4, unit="%", kind="growth"),
    dict(span="PM2.5年均浓度降至32微克/立方米", ind="PM2.5年均浓度", val=32, unit="微克/立方米", kind="level"),
    dict(span="9批", at="先后有9批1649名", ind="援鄂医疗队", val=9, unit="批", kind="level"),
    dict(span="1649名医务人员", ind="医务人员", val=1649, unit="名", kind="level"),
    dict(span="1.3万个住宅小区", ind="住宅小区", val=13000, unit="个", kind="level"),
    dict(span="2.5万个村组", ind="村组", val=25000, unit="个", kind="level"),
    dict(span="发热门诊、“哨点”诊室和核酸检测机构分别增加到112家", ind="发热门诊", val=112, unit="家", kind="level"),
    dict(span="“哨点”诊室和核酸检测机构分别增加到112家、224家", ind="“哨点”诊室", val=224, unit="家", kind="level"),
    dict(span="核酸检测机构分别增加到112家、224家和134家", ind="核酸检测机构", val=134, unit="家", kind="level"),
    dict(span="使用20.8亿次", ind="随申码使用", val=2.08e9, unit="次", kind="level"),
    dict(span="药物、疫苗、医疗器械、检测试剂等19个科技攻关项目",
         ind="药物、疫苗、医疗器械、检测试剂等科技攻关项目", val=19, unit="个", kind="level"),
    dict(span="制定实施防控措施和行业指引超过400项", ind="防控措施和行业指引", val=400, unit="项",
         cmp=">", kind="level"),
    dict(span="上海口岸进境航班4.7万架次", ind="上海口岸进境航班", val=47000, unit="架次", kind="level"),
    dict(span="进境人员190万人次", ind="进境人员", val=1900000, unit="人次", kind="level"),
    dict(span="占全国空港口岸的33.6%", ind="进境航班占全国空港口岸比重", val=33.6, unit="%", kind="level"),
    dict(span="占全国空港口岸的33.6%和27.9%", ind="进境人员占全国空港口岸比重", val=27.9, unit="%", kind="level"),
]
for t in TG_1:
    t["status"] = A

DL_JN = ("今年", 2021, "建议今年全市")
TG_2 = [  # 2021 tasks: planned, deadline 2021
    dict(span="全市生产总值增长6%以上", ind="全市生产总值", val=6, unit="%", cmp=">=", kind="growth", dl=DL_JN),
    dict(span="地方一般公共预算收入增长3%", ind="地方一般公共预算收入", val=3, unit="%", kind="growth", dl=DL_JN),
    dict(span="全社会研发经费支出相当于全市生产总值的比例达到4.1%左右",
         ind="全社会研发经费支出相当于全市生产总值的比例", val=4.1, unit="%", cmp="~", kind="level", dl=DL_JN),
    dict(span="城镇调查失业率在5%以内", ind="城镇调查失业率", val=5, unit="%", cmp="<=", kind="level", dl=DL_JN),
    dict(span="居民消费价格涨幅2.5%左右", ind="居民消费价格", val=2.5, unit="%", cmp="~", kind="growth", dl=DL_JN),
    dict(span="环保投入相当于全市生产总值的比例保持在3%左右", ind="环保投入相当于全市生产总值的比例",
         val=3, unit="%", cmp="~", kind="level", dl=DL_JN),
    dict(span="完成重大工程投资1730亿元", ind="重大工程投资", val=1.73e11, unit="元", kind="level"),
    dict(span="淘汰落后产能项目600项", ind="落后产能项目", val=600, unit="项", kind="level"),  # 淘汰 like 拆除: level (DECISIONS)
    dict(span="78项制度创新任务", ind="制度创新任务", val=78, unit="项", kind="level",
         resp=("自贸试验区临港新片区", "加快推进自贸试验区临港新片区建设")),
    dict(span="新建5G室外基站8000个", ind="5G室外基站", val=8000, unit="个", kind="increase"),
    dict(span="新增就业岗位50万个以上", ind="就业岗位", val=500000, unit="个", cmp=">=", kind="increase"),
    dict(span="培养企业新型学徒1万名", ind="企业新型学徒", val=10000, unit="名", kind="level"),
    dict(span="新建综合为老服务中心50家", ind="综合为老服务中心", val=50, unit="家", kind="increase"),
    dict(span="助餐场所200个", ind="助餐场所", val=200, unit="个", kind="increase"),
    dict(span="养老床位5000张", ind="养老床位", val=5000, unit="张", kind="increase"),
    dict(span="改建认知障碍照护床位2000张", ind="认知障碍照护床位", val=2000, unit="张", kind="level"),
    dict(span="完成居家环境适老化改造5000户", ind="居家环境适老化改造", val=5000, unit="户", kind="level"),
    dict(span="新增普惠性托育点50个", ind="普惠性托育点", val=50, unit="个", kind="increase"),
    dict(span="完成70万平方米中心城区成片二级旧里以下房屋改造", ind="中心城区成片二级旧里以下房屋改造",
         val=700000, unit="平方米", kind="level"),
    dict(span="实施1000万平方米旧住房更新改造", ind="旧住房更新改造", val=1e7, unit="平方米", kind="level"),
    dict(span="供应5.3万套", ind="租赁房供应", val=53000, unit="套", kind="level"),
    dict(span="建成14号线、18号线部分区段共61公里轨道交通线", ind="14号线、18号线部分区段轨道交通线",
         val=61, unit="公里", kind="level"),
    dict(span="完成既有多层住宅加装电梯1000台以上", ind="既有多层住宅加装电梯", val=1000, unit="台",
         cmp=">=", kind="level"),
    dict(span="新建4000个公共停车泊位", ind="公共停车泊位", val=4000, unit="个", kind="increase"),
    dict(span="新增1万个公共充电桩", ind="公共充电桩", val=10000, unit="个", kind="increase"),
    dict(span="完成100公里架空线入地及合杆整治", ind="架空线入地及合杆整治", val=100, unit="公里", kind="level"),
    dict(span="建成100个“美丽街区”", ind="“美丽街区”", val=100, unit="个", kind="level"),
    dict(span="打造示范性社区康复中心30家", ind="示范性社区康复中心", val=30, unit="家", kind="level"),
    dict(span="新增早餐示范点200家", ind="早餐示范点", val=200, unit="家", kind="increase"),
    dict(span="完成32个乡村振兴示范村建设", ind="乡村振兴示范村建设", val=32, unit="个", kind="level"),
    dict(span="1.27万户农民相对集中居住", ind="农民相对集中居住", val=12700, unit="户", kind="level"),
    dict(span="500公里农村公路提档升级", ind="农村公路提档升级", val=500, unit="公里", kind="level"),
    dict(span="启动建设13个绿色田园先行片区", ind="绿色田园先行片区", val=13, unit="个", kind="level"),
    dict(span="新建8个绿叶菜机械化生产示范基地", ind="绿叶菜机械化生产示范基地", val=8, unit="个", kind="increase"),
    dict(span="新建改建健身步道80条", ind="健身步道", val=80, unit="条", kind="increase"),
    dict(span="多功能运动场80片", ind="多功能运动场", val=80, unit="片", kind="increase"),
    dict(span="益智健身苑点600个", ind="益智健身苑点", val=600, unit="个", kind="increase"),
    dict(span="生活垃圾回收利用率达到40%", ind="生活垃圾回收利用率", val=40, unit="%", kind="level"),
    dict(span="建成口袋公园等各类公园120座", ind="口袋公园等各类公园", val=120, unit="座", kind="level"),
    dict(span="新建林地5万亩", ind="林地", val=50000, unit="亩", kind="increase"),
    dict(span="绿地1000公顷", ind="绿地", val=1000, unit="公顷", kind="increase"),
    dict(span="城市绿道200公里", ind="城市绿道", val=200, unit="公里", kind="increase"),
    dict(span="立体绿化40万平方米", ind="立体绿化", val=400000, unit="平方米", kind="increase"),
]
for t in TG_2:
    t["status"] = PL

ents = entities(T, R_E[0], ENT_1) + entities(T, R_E[1], ENT_2)
tgts = (targets(T, R_T[0], TG_1, jurisdiction=JUR, default_year=2020)
        + targets(T, R_T[1], TG_2, jurisdiction=JUR, default_year=YEAR))
meta = {"jurisdiction": JUR, "year": YEAR, "regions": {"targets": R_T, "entities": R_E}}
write(DOC, PART, meta, ents, tgts)
