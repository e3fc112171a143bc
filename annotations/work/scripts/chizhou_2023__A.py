"""Gold annotations for chizhou_2023 (part A): the 2022 review, text[79:4303].

Offsets are computed with str.find from a cursor or a context string, never typed.
Structure follows scripts/tianmen_2024__main.py.
"""
import json, pathlib
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID, PART = "chizhou_2023", "A"
JUR, YEAR = "池州市", 2023
TEXT = open(HERE / f"{DOC_ID}.txt", encoding="utf-8").read()
REG_T = [[79, 4303]]
REG_E = [[79, 4303]]

SCALE = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def num(s):
    """'526.5亿' -> 52650000000.0"""
    m = s[-1] if s and s[-1] in SCALE else ""
    base = s[:-1] if m else s
    return float(Decimal(base) * SCALE[m])


def locate(text, cur, ctx=None):
    if ctx:
        # first occurrence of ctx whose copy of `text` starts at or after cur
        c = TEXT.find(ctx, max(0, cur - len(ctx)))
        while c >= 0 and TEXT.find(text, c) < cur:
            c = TEXT.find(ctx, c + 1)
        assert c >= 0, (ctx, cur)
        i = TEXT.find(text, c)
        assert 0 <= i and i + len(text) <= c + len(ctx), (text, ctx)
    else:
        i = TEXT.find(text, cur)
        assert i >= 0, (text, cur)
    return i


# ---------------- entities: (text, label[, ctx]) in document order
E1 = [
    # heading and opening paragraph
    ("2022年", "DATE", "一、2022年工作回顾"),
    ("2022年", "DATE", "2022年是党和国家"),
    ("池州", "PLACE", "也是池州发展进程"),
    ("省委", "INSTITUTION"), ("省政府", "INSTITUTION"), ("市委", "INSTITUTION", "及市委的坚强领导"),
    # 经济运行稳中快进
    ("2021年", "DATE"), ("今年", "DATE", "今年继续保持"), ("前三季度", "DATE", "前三季度增速"),
    ("长三角", "PLACE", "长三角第2位"), ("全年", "DATE", "全年预计达"), ("全年", "DATE", "全年一般公共预算收入"),
    # 重大项目接续突破
    ("1-11月", "DATE"),
    ("宝镁轻合金项目主体工程", "PROJECT"), ("中建材新材料暨港廊一体化项目", "PROJECT"),
    ("池州长江公铁大桥", "PROJECT"), ("池州电厂二期", "PROJECT"), ("蓝城康旅小镇", "PROJECT"),
    ("石台抽水蓄能电站", "PROJECT"),
    # 新兴产业快速成长
    ("1-11月", "DATE"),
    ("“大黄山”", "PLACE"),
    # 开放能级明显提升
    ("1-11月", "DATE"),
    ("全国镁业大会", "PROJECT"), ("中国", "PLACE", "“中国镁都”"), ("池州", "PLACE", "”池州启航"),
    ("中国（安徽）自贸试验区池州联动创新区", "PLACE"), ("皖江江南保税物流中心（B型）", "PLACE"),
    # 绿色转型全面发力
    ("1-11月", "DATE"),
    ("全国国土绿化试点示范项目", "PROJECT"), ("平天湖“水上天路”", "PLACE"),  # review: one maximal name, like B 平天湖“科创谷”
    ("新华社", "INSTITUTION"), ("全年", "DATE", "预计全年单位"),
    # 民生福祉更加厚实
    ("前三季度", "DATE"), ("暖民心行动", "PROJECT"), ("国务院", "INSTITUTION"), ("前三季度", "DATE"),
    ("一年来", "DATE"),
    # (一)
    ("1-11月", "DATE"),
    ("“新春访万企、助力解难题”", "PROJECT"), ("“优环境、稳经济”系列活动", "PROJECT"),
    ("“一送两服三促”专项行动", "PROJECT"), ("今年以来", "DATE"),
    ("1-11月", "DATE"),
    ("“五上”企业培育壮大专项行动", "PROJECT"), ("企业上市五年倍增计划", "PROJECT"),
    # (二)
    ("1-11月", "DATE"), ("1-11月", "DATE"),
    ("制造业提质扩量增效“1366”行动计划", "PROJECT"), ("1-11月", "DATE"),
    ("全域文化旅游资源普查", "PROJECT"), ("硒水文化康养产业园", "PROJECT"), ("洲际五星级酒店", "PROJECT"),
    ("礼貌山一期", "PROJECT"), ("九华瑶池温泉酒店", "PROJECT"), ("“大黄山”池州养生“硒”游季", "PROJECT"),
    ("青阳县", "PLACE"), ("洪墩村", "PLACE"), ("朱备镇", "PLACE"),
    ("“两强一增”行动计划", "PROJECT"), ("农业产业化“1+3+6+N”提升行动", "PROJECT"),
    ("市农科院", "INSTITUTION"), ("乡村振兴公司", "INSTITUTION"),
    ("全年", "DATE", "预计全年粮食"),
    ("长三角", "PLACE", "长三角绿色食品"),
    # (三)
    ("大气污染防治联防联控专项行动", "PROJECT"), ("石灰石加工、铸造行业专项治理", "PROJECT"),
    ("中央", "INSTITUTION", "中央及省生态环保督察"),
    ("全流域入河排污口数字监控平台", "PROJECT"),
    ("矿业经济绿色转型行动", "PROJECT"),
    ("长江", "PLACE", "长江“十年禁渔”"), ("长江干流", "PLACE"), ("升金湖", "PLACE"), ("月亮湖", "PLACE"),
    ("池州高新区循环产业园", "PLACE"),
    ("碳汇资源“集中收储、整体开发、统一管理”试点项目", "PROJECT"),
    # (四)
    ("德上高速合池段", "PROJECT"), ("石祁段", "PROJECT"), ("池黄高铁池州段", "PROJECT"),
    ("S40宁国至枞阳", "PROJECT"), ("S358青阳至红石段", "PROJECT"),
    ("G318池州至殷汇", "PROJECT"), ("G530查桥至牛矶", "PROJECT"), ("S225齐山至万罗山一级公路", "PROJECT"),
    ("九华山机场飞行区改扩建", "PROJECT"),
    ("杨墩排涝站", "PROJECT"), ("三合水库", "PROJECT"),
    ("220千伏珍溪变", "PROJECT"), ("110千伏百牙变", "PROJECT"),
    ("东部产业新城", "PLACE"), ("清溪大道改造工程", "PROJECT"), ("平天湖", "PLACE", "平天湖生态修复区域"),
    ("白洋河城区段防洪治理及环境整治工程", "PROJECT"),
    ("老池口市民公园", "PLACE"), ("城市规划展示新馆", "PROJECT"), ("小三线文化园", "PLACE"),  # review: parks are PLACE also while being built (DECISIONS)
    ("秋江大道", "PLACE"), ("迎宾大道", "PLACE"), ("池州", "PLACE", "高速池州出口"),
    ("厨余垃圾处理厂", "PROJECT"), ("天堂湖污水处理厂", "PROJECT"), ("生活垃圾焚烧发电二期", "PROJECT"),
    ("文明城市创建十大提升行动", "PROJECT"),
    ("数字城市运行管理中心", "PROJECT"), ("城市生命线安全工程一期", "PROJECT"),
    ("乡村建设行动", "PROJECT"),
    ("中国", "PLACE", "中国传统村落"),
    # (五)
    ("国企改革三年行动", "PROJECT"), ("市投资控股集团", "INSTITUTION"),
    ("开发区经济总量三年翻番计划", "PROJECT"),
    ("集中区", "PLACE", "集中区集聚"), ("市经开区", "PLACE", "市经开区开工"), ("池州高新区", "PLACE", "池州高新区蝉联"),
    ("今年", "DATE", "预计今年全市"),
    ("“市长面对面”", "PROJECT"), ("“局长走流程”", "PROJECT"), ("“政策找企业”惠企通平台", "PROJECT"),
    ("长三角", "PLACE", "融入长三角一体化"), ("长宁区", "PLACE"),
    ("集中区", "PLACE", "集中区与苏州"), ("苏州相城区", "PLACE"),
    ("市经开区", "PLACE", "市经开区在北京"), ("北京中关村", "PLACE"), ("上海松江", "PLACE"),
    ("安庆", "PLACE"), ("池州中韩国际会客厅", "PROJECT"),
]


# ---------------- targets
# T(text, indicator, value, unit, cmp, kind, ctx=, vmax=, resp=, dl=(text, year))
def T(text, ind, val, unit, cmp="=", kind="level", ctx=None, vmax=None, resp=None, dl=None):
    return dict(text=text, ind=ind, val=val, unit=unit, cmp=cmp, kind=kind, ctx=ctx,
                vmax=vmax, resp=resp, dl=dl)


M11 = ("1-11月", 2022)
Q3 = ("前三季度", 2022)
QN = ("全年", 2022)

T1 = [  # 2022 review: achieved, default deadline 2022
    # 经济运行稳中快进
    T("地区生产总值在2021年突破千亿元", "地区生产总值", "1000亿", "元", cmp=">", dl=("2021年", 2021)),
    T("达1100亿元", "地区生产总值", "1100亿", "元", dl=QN),
    T("增长6%", "地区生产总值", "6", "%", kind="growth", dl=QN),
    T("一般公共预算收入预计突破80亿元", "一般公共预算收入", "80亿", "元", cmp=">", dl=QN),
    T("增长10.6%", "一般公共预算收入", "10.6", "%", kind="growth", dl=QN),
    # 重大项目接续突破
    T("固定资产投资增长15.2%", "固定资产投资", "15.2", "%", kind="growth", dl=M11),
    T("6个超50亿元项目动工建设", "超50亿元项目动工建设", "6", "个"),
    T("50亿元以上重大项目12个", "50亿元以上重大项目", "12", "个"),
    T("总投资1100亿元", "总投资", "1100亿", "元"),
    # 新兴产业快速成长
    T("规模以上工业增加值增长14.1%", "规模以上工业增加值", "14.1", "%", kind="growth", dl=M11),
    T("战略性新兴产业产值增长20.2%", "战略性新兴产业产值", "20.2", "%", kind="growth"),
    T("高技术制造业增加值增长28.8%", "高技术制造业增加值", "28.8", "%", kind="growth"),
    T("新材料产业规模突破500亿元", "新材料产业规模", "500亿", "元", cmp=">"),
    T("新增专精特新“小巨人”企业6家", "专精特新“小巨人”企业", "6", "家", kind="increase"),
    T("“冠军”企业5家", "“冠军”企业", "5", "家", kind="increase"),
    # 开放能级明显提升
    T("进出口总额16亿美元", "进出口总额", "16亿", "美元", dl=M11),
    T("实际利用外资（FDI）1539万美元", "实际利用外资（FDI）", "1539万", "美元", dl=M11),
    T("分别增长21.6%", "进出口总额", "21.6", "%", kind="growth", dl=M11),
    T("分别增长21.6%、159.5%", "实际利用外资（FDI）", "159.5", "%", kind="growth", dl=M11),
    # 绿色转型全面发力
    T("地表水国控断面水质优良率100%", "地表水国控断面水质优良率", "100", "%", dl=M11),
    T("单位生产总值能耗下降3%", "单位生产总值能耗", "3", "%", kind="decrease", dl=QN),
    # 民生福祉更加厚实
    T("城乡居民人均可支配收入分别增长6.6%", "城镇居民人均可支配收入", "6.6", "%", kind="growth", dl=Q3),
    T("城乡居民人均可支配收入分别增长6.6%、7.6%", "农村居民人均可支配收入", "7.6", "%", kind="growth", dl=Q3),
    T("10项暖民心行动稳步推进", "暖民心行动", "10", "项"),
    T("20项省定、6项市定民生实事年度任务全面完成", "省定民生实事", "20", "项"),
    T("6项市定民生实事年度任务全面完成", "市定民生实事", "6", "项"),
    # (一) 助企纾困
    T("推出118项“免申即享”政策", "“免申即享”政策", "118", "项"),
    T("兑现市级奖补资金1.2亿元", "市级奖补资金", "1.2亿", "元", dl=M11),
    T("新增减税降费及退税缓税缓费56.5亿元", "减税降费及退税缓税缓费", "56.5亿", "元", kind="increase", dl=M11),
    T("下达各类直达资金32.9亿元", "各类直达资金", "32.9亿", "元", dl=M11),
    T("减免承租国有企业房屋租金3278万元", "承租国有企业房屋租金", "3278万", "元", dl=M11),
    T("惠及市场主体1591户", "市场主体", "1591", "户", dl=M11),
    T("企业解决问题1.6万件", "企业解决问题", "1.6万", "件", dl=("今年以来", 2022)),
    T("贷款余额较年初新增超200亿元", "贷款余额", "200亿", "元", cmp=">", kind="increase", dl=("今年以来", 2022)),
    T("新增各类市场主体8046户", "各类市场主体", "8046", "户", kind="increase", dl=M11),
    T("增长5.3%", "各类市场主体", "5.3", "%", kind="growth", dl=M11),
    T("净增“五上”企业241家", "“五上”企业", "241", "家", kind="increase"),
    T("新增全省制造业百强1家", "全省制造业百强", "1", "家", kind="increase"),
    T("新增上市公司1家", "上市公司", "1", "家", kind="increase"),
    T("过会待发1家", "过会待发", "1", "家", kind="increase"),
    T("报会在审1家", "报会在审", "1", "家", kind="increase"),
    T("直接融资40.6亿元", "直接融资", "40.6亿", "元"),
    # (二) 项目引领
    T("市重点项目完成投资521.4亿元", "市重点项目投资", "521.4亿", "元", dl=M11),
    T("地方政府专项债券项目32个", "地方政府专项债券项目", "32", "个"),
    T("列入国家政策性开发性金融工具项目10个", "国家政策性开发性金融工具项目", "10", "个"),
    T("中长期贷款项目70个", "中长期贷款项目", "70", "个"),
    T("设备更新改造贷款贴息项目18个", "设备更新改造贷款贴息项目", "18", "个"),
    T("新引进省外亿元以上项目205个", "省外亿元以上项目", "205", "个", kind="increase", dl=M11),
    T("到位资金690亿元", "到位资金", "690亿", "元", dl=M11),
    T("工业投资增长32.7%", "工业投资", "32.7", "%", kind="growth", dl=M11),
    T("建成亿元以上制造业项目134个", "亿元以上制造业项目", "134", "个", dl=M11),
    T("实施技术改造示范项目100个", "技术改造示范项目", "100", "个", dl=M11),
    T("建成智能工厂、数字工厂8个", "智能工厂、数字工厂", "8", "个", dl=M11),
    T("净增规模以上工业企业94家", "规模以上工业企业", "94", "家", kind="increase", dl=M11),
    T("新增超10亿元企业4家", "超10亿元企业", "4", "家", kind="increase", dl=M11),
    T("新引进产业领军人才58人", "产业领军人才", "58", "人", kind="increase"),
    T("新增技能人才1.1万人", "技能人才", "1.1万", "人", kind="increase"),
    T("新增国家企业技术中心1个", "国家企业技术中心", "1", "个", kind="increase"),
    T("省级创新平台9个", "省级创新平台", "9", "个", kind="increase"),
    T("众创空间2个", "众创空间", "2", "个", kind="increase"),
    T("获批“三首”产品8项", "“三首”产品", "8", "项"),
    T("净增高新技术企业58家", "高新技术企业", "58", "家", kind="increase"),
    T("16个亿元以上项目签约落地", "亿元以上项目签约落地", "16", "个"),
    T("14个项目开工建设", "项目开工建设", "14", "个"),
    T("9个项目建成运营", "项目建成运营", "9", "个"),
    T("获批省级森林康养基地1个", "省级森林康养基地", "1", "个"),
    T("避暑旅游休闲目的地3个", "避暑旅游休闲目的地", "3", "个"),
    T("旅游风景道1条", "旅游风景道", "1", "条"),
    T("建成高标准农田16万亩", "高标准农田", "16万", "亩"),
    T("“小田变大田”改造6万亩", "“小田变大田”改造", "6万", "亩"),
    T("粮食总产65.8万吨", "粮食总产", "65.8万", "吨", dl=QN),
    T("12个乡村振兴创业园建设", "乡村振兴创业园建设", "12", "个"),
    T("培育国家种业阵型企业1家", "国家种业阵型企业", "1", "家"),
    T("新增省级现代农业产业园1个", "省级现代农业产业园", "1", "个", kind="increase"),
    T("长三角绿色食品生产加工供应基地5家", "长三角绿色食品生产加工供应基地", "5", "家", kind="increase"),
    T("“一县一业（特）”全产业链示范创建2个", "“一县一业（特）”全产业链示范创建", "2", "个", kind="increase"),
    T("净增规模以上农产品加工企业16家", "规模以上农产品加工企业", "16", "家", kind="increase"),
    # (三) 绿色低碳
    T("PM2.5平均浓度31.7微克/立方米", "PM2.5平均浓度", "31.7", "微克/立方米"),
    T("创成省级幸福河湖4条", "省级幸福河湖", "4", "条"),
    T("人工造林4.5万亩", "人工造林", "4.5万", "亩"),
    T("完成废弃矿山生态修复6家", "废弃矿山生态修复", "6", "家"),
    T("整合关闭矿山7家", "矿山", "7", "家"),
    T("实施重点耗能企业节能技术改造项目25个", "重点耗能企业节能技术改造项目", "25", "个"),
    T("绿色化改造企业10家", "绿色化改造企业", "10", "家"),
    T("创建省级绿色工厂3家", "省级绿色工厂", "3", "家"),
    T("新增光伏、风电并网装机233兆瓦", "光伏、风电并网装机", "233", "兆瓦", kind="increase"),
    # (四) 城乡融合
    T("4条210公里高速公路提前启动", "高速公路启动", "4", "条"),
    T("210公里高速公路提前启动", "高速公路启动", "210", "公里"),
    T("47座小型除险加固工程全面建成", "小型除险加固工程建成", "47", "座"),
    T("63处水利工程开工建设", "水利工程开工建设", "63", "处"),
    T("新建5G基站588个", "5G基站", "588", "个", kind="increase"),
    T("18条主要道路改造提升、贯通成环", "主要道路改造提升、贯通成环", "18", "条"),
    T("完成1100户搬迁", "搬迁", "1100", "户", resp="平天湖"),
    T("61.3万平方米安置房建设全面开工", "安置房建设开工", "61.3万", "平方米", resp="平天湖"),
    T("完成主城区老旧小区改造提升29个", "主城区老旧小区改造提升", "29", "个"),
    T("老旧小区物业服务覆盖率提升至100%", "老旧小区物业服务覆盖率", "100", "%"),
    T("新增公共停车位2996个", "公共停车位", "2996", "个", kind="increase"),
    T("城市绿道16.5公里", "城市绿道", "16.5", "公里", kind="increase"),
    T("建成农村供水保障工程30处", "农村供水保障工程", "30", "处"),
    T("完成农村改厕9152户", "农村改厕", "9152", "户"),
    T("农村生活垃圾无害化处理率达95%以上", "农村生活垃圾无害化处理率", "95", "%", cmp=">="),
    T("秸秆、畜禽粪污综合处理利用率分别达93%", "秸秆综合处理利用率", "93", "%", cmp=">="),
    T("畜禽粪污综合处理利用率分别达93%、98%以上", "畜禽粪污综合处理利用率", "98", "%", cmp=">="),
    T("提质改造农村公路133公里", "农村公路", "133", "公里"),
    T("建成省级美丽乡村中心村86个", "省级美丽乡村中心村", "86", "个"),
    T("5个村入选第六批中国传统村落", "村入选第六批中国传统村落", "5", "个"),
    # (五) 改革开放创新
    T("新增工业项目按“标准地”出让1277亩", "新增工业项目按“标准地”出让", "1277", "亩", kind="increase"),
    T("处置“三类土地”1.2万亩", "“三类土地”", "1.2万", "亩"),
    T("实施“三变”改革村覆盖率85.4%", "实施“三变”改革村覆盖率", "85.4", "%"),
    T("新增集体经济强村76个", "集体经济强村", "76", "个", kind="increase"),
    T("集聚规模以上工业企业突破100家", "规模以上工业企业", "100", "家", cmp=">", resp="集中区"),
    T("开工半导体产业链重点项目14个", "半导体产业链重点项目", "14", "个", resp="市经开区"),
    T("开发区经营收入增长28%", "开发区经营收入", "28", "%", kind="growth", dl=("今年", 2022)),
    T("255项对标提升任务", "对标提升任务", "255", "项"),
    T("纾困解难制度性成果15项", "纾困解难制度性成果", "15", "项"),
    T("市场主体第三方评价满意率98.6%", "市场主体第三方评价满意率", "98.6", "%"),
]

SECTIONS = [  # (region, targets, status, default deadline year)
    (REG_T[0], T1, "achieved", 2022),
]


def sentence_bounds(i):
    """A sentence ends at 。 ； or a newline (DECISIONS, Relations)."""
    s = max(TEXT.rfind(c, 0, i) for c in "。\n；") + 1
    e = min([x for x in (TEXT.find(c, i) for c in "。\n；") if x >= 0] or [len(TEXT)])
    return s, e


def build():
    ents = []
    for (a, b), lst in zip(REG_E, (E1,)):
        cur = a
        for it in lst:
            text, label = it[0], it[1]
            i = locate(text, cur, it[2] if len(it) > 2 else None)
            assert a <= i and i + len(text) <= b, (text, i)
            ents.append(dict(start=i, end=i + len(text), label=label, text=text))
            cur = i + len(text)
    targets = []
    for (a, b), lst, status, dyear in SECTIONS:
        cur = a
        for t in lst:
            i = locate(t["text"], cur, t["ctx"])
            j = i + len(t["text"])
            assert a <= i and j <= b, t["text"]
            cur = i
            ss, se = sentence_bounds(i)
            if t["resp"]:
                # the subject: last mention before the target in its sentence
                r = TEXT.rfind(t["resp"], ss, i)
                assert r >= 0, ("resp", t["text"])
                resp = dict(text=t["resp"], start=r, end=r + len(t["resp"]), implicit=False)
            else:
                resp = dict(text=JUR, start=None, end=None, implicit=True)
            if t["dl"]:
                # an explicit date governs the targets after it in the same sentence
                dtext, dy = t["dl"]
                d = TEXT.rfind(dtext, ss, i + 1)
                if d < 0:  # or one inside the target span itself
                    d = TEXT.find(dtext, i, j)
                assert d >= 0, ("deadline", t["text"])
                dl = dict(year=dy, date=None, text=dtext, start=d, end=d + len(dtext), implicit=False)
            else:
                dl = dict(year=dyear, date=None, text=None, start=None, end=None, implicit=True)
            targets.append(dict(start=i, end=j, text=t["text"], indicator=t["ind"],
                                value=num(t["val"]),
                                value_max=num(t["vmax"]) if t["vmax"] else None,
                                unit=t["unit"], comparator=t["cmp"], kind=t["kind"],
                                status=status, responsible=resp, deadline=dl))
    keys = [(t["start"], t["end"]) for t in targets]
    assert len(keys) == len(set(keys)), "two targets with the same span"
    doc = {"id": DOC_ID,
           "meta": {"jurisdiction": JUR, "year": YEAR,
                    "regions": {"targets": REG_T, "entities": REG_E}},
           "entities": sorted(ents, key=lambda e: (e["start"], e["end"])),
           "targets": sorted(targets, key=lambda t: (t["start"], t["end"]))}
    return doc


if __name__ == "__main__":
    import sys
    doc = build()
    out = HERE / "out" / f"{DOC_ID}__{PART}.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    if "-v" in sys.argv:
        for e in doc["entities"]:
            print("E", e["start"], e["label"], e["text"], "|", TEXT[max(0, e["start"] - 6):e["end"] + 6].replace("\n", "/"))
        for t in doc["targets"]:
            print("T", t["start"], t["text"], "|", t["indicator"], t["value"], t["value_max"], t["unit"], t["comparator"],
                  t["kind"], t["status"], t["responsible"]["text"], t["responsible"]["start"],
                  t["deadline"]["year"], t["deadline"]["text"], t["deadline"]["start"])
    print(out, len(doc["entities"]), "entities", len(doc["targets"]), "targets")
