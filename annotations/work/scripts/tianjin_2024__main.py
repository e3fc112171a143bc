"""Gold annotations for tianjin_2024, part "main" (read by hand against the guide).

Regions: targets [50,2074) (2023 review, achieved, deadline 2023) and
[5516,15572) (二、2024年主要目标任务, planned, deadline 2024);
entities [50,2074) and [5516,8029).
"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from _gold_common import load, entities, targets, write

DOC, PART, JUR, YEAR = "tianjin_2024", "main", "天津市", 2024
T = load(DOC)
R_T = [[50, 2074], [5516, 15572]]
R_E = [[50, 2074], [5516, 8029]]
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

ENT_1 = [
    ("2023年", D), ("2023年", D),
    ("天津", P),                          # 对天津工作
    ("中央", I), ("市委", I),
    ("高质量发展“十项行动”", J),
    ("上年", D),                          # 增加值增幅比上年提高
    ("一年来", D),
    ("“十项行动”", J),                      # 一是“十项行动”见行见效
    ("京津冀", P), ("北京", P),
    ("津", P),                            # 在津新设机构
    ("中海油新能源", I),
    ("津", P),                            # 在津布局
    ("京津冀产业链供应链大会", J),
    ("北京", P), ("天津", P),             # “北京研发—天津制造”
    ("津兴城际", J),                      # 正式通车
    ("京津塘高速改扩建工程", J),
    ("滨海新区", P), ("滨海新区", P),
    ("临港综合保税区", P),
    ("天开高教科创园", P),
    ("天开实验室创新发展联盟", I),
    ("脑机交互与人机共融海河实验室", I),
    ("国家新一代人工智能公共算力开放创新平台", J),   # 获批筹建
    ("中科曙光", I),
    ("国家超算互联网联合体", I),
    ("“海河英才”行动计划", J),
    ("中国博士后科学基金会", I),
    ("东疆综合保税区", P),
    ("天津国际航运产业博览会", J),        # 首届 dropped
    ("天津港", P),
    ("现代中药创新中心", I),
    ("中芯国际大二期", J), ("中石化南港120万吨乙烯", J), ("华为天津区域总部", J), ("特变电工智慧园", J),
    ("联想创新产业园", J), ("360科创园", J),
    ("荣程钢铁", I),
    ("第一机床总厂", J),                  # 城市更新项目
    ("@", "“津农精品”增加到"), ("津", P),  # place name inside a brand (DECISIONS)
    ("绿色创新产业园区", P),
    ("民心工程", J),
]

ENT_2 = [
    ("2024年", D),
    ("今年", D),
    ("中华人民共和国", P),
    ("天津", P),                          # 天津实施“十四五”规划
    ("“十四五”", D),
    ("天津", P),                          # 从天津看
    ("京津冀", P),
    ("滨海新区", P), ("自贸试验区", P), ("国家自主创新示范区", P),
    ("京津冀", P),
    ("“三北”地区", P),
    ("“一带一路”", J),
    ("市委", I),                          # 市委团结带领全市人民
    ("天津", P),                          # 奋力开创天津高质量发展新局面
    ("天津", P),                          # 对天津工作 (总体要求)
    ("京津冀", P),
    ("“十项行动”", J),
    ("天津", P),                          # 中国式现代化的天津实践
    ("今年", D),                          # 实现今年经济社会发展目标
    ("中央", I), ("市委", I),
    ("天津", P),                          # 推动天津高质量发展的生动实践
    ("京津冀", P),                        # （一）标题
    ("北京", P), ("京津", P),
    ("滨海—中关村科技园", P), ("宝坻京津中关村科技城", P), ("武清京津产业新城", P),
    ("年内", D),
    ("北京", P),                          # 北京“新两翼”
    ("天津港", P), ("北京空港", P),
    ("天津港集团雄安服务中心", I),
    ("津雄职业教育发展联盟", I),
    ("京津", P),                          # 京津协同创新
    ("京津冀国家技术创新中心天津中心", I),
    ("天开园", P), ("北京", P),
    ("北交所", I),
    ("京津冀产业链供应链大会", J), ("津", P),
    ("滨海新区", P), ("滨海新区", P),
    ("京津冀", P), ("北京", P),
    ("京津冀", P),                        # 服务京津冀区域发展的航线
    ("国能天津港码头", J), ("远洋大厦（二期）", J),
    ("天津国际航运产业博览会", J), ("“中国航海日”活动", J),
    ("兴港高速", J),                      # 加快建设
    ("东疆示范片区", P), ("海港核心片区", P), ("临港经济片区", P),
    ("京津冀", P),
    ("京津", P), ("京津", P),
]

A, PL = "achieved", "planned"
TK = ("天开高教科创园", "天开高教科创园成功开园")
TG_1 = [  # 2023 review: achieved, deadline 2023
    dict(span="地区生产总值增长4.3%", ind="地区生产总值", val=4.3, unit="%", kind="growth"),
    dict(span="规上工业增加值增长3.7%", ind="规上工业增加值", val=3.7, unit="%", kind="growth"),
    dict(span="工业投资增长5.4%", ind="工业投资", val=5.4, unit="%", kind="growth"),
    dict(span="集装箱吞吐量达到2218万标准箱", ind="集装箱吞吐量", val=2.218e7, unit="标准箱", kind="level"),
    dict(span="增长5.5%", at="2218万标准箱、增长5.5%", ind="集装箱吞吐量", val=5.5, unit="%", kind="growth"),
    dict(span="新增社会融资规模5338亿元", ind="社会融资规模", val=5.338e11, unit="元", kind="increase"),
    dict(span="本外币存贷款余额月平均增速8.7%", ind="本外币存贷款余额", val=8.7, unit="%", kind="growth"),
    dict(span="城镇调查失业率5.4%", ind="城镇调查失业率", val=5.4, unit="%", kind="level"),
    dict(span="居民消费价格涨幅0.4%", ind="居民消费价格", val=0.4, unit="%", kind="growth"),
    dict(span="集成电路、中医药、车联网、高端装备、航空航天产业链增加值增速超过10%",
         ind="集成电路、中医药、车联网、高端装备、航空航天产业链增加值", val=10, unit="%", cmp=">", kind="growth"),
    dict(span="高技术产业投资增长5.9%", ind="高技术产业投资", val=5.9, unit="%", kind="growth"),
    dict(span="战略性新兴服务业、科技服务业营业收入分别增长14.4%", ind="战略性新兴服务业营业收入",
         val=14.4, unit="%", kind="growth"),
    dict(span="科技服务业营业收入分别增长14.4%、14.2%", ind="科技服务业营业收入", val=14.2, unit="%", kind="growth"),
    dict(span="一般公共预算收入达到2027.3亿元", ind="一般公共预算收入", val=2.0273e11, unit="元", kind="level"),
    dict(span="增长9.8%", at="亿元，增长9.8%", ind="一般公共预算收入", val=9.8, unit="%", kind="growth"),
    dict(span="税收收入增长17.2%", ind="税收收入", val=17.2, unit="%", kind="growth"),
    dict(span="占比达到77.9%", ind="税收收入占比", val=77.9, unit="%", kind="level"),
    dict(span="市管国企利润增长14.4%", ind="市管国企利润", val=14.4, unit="%", kind="growth"),
    dict(span="增加值增幅比上年提高4.5个百分点", ind="增加值增幅", val=4.5, unit="个百分点", kind="increase"),
    dict(span="民营经济税收增长26.1%", ind="民营经济税收", val=26.1, unit="%", kind="growth"),
    dict(span="全社会用电量、公路货物周转量、邮电业务总量、快递业务量分别增长6%", ind="全社会用电量",
         val=6, unit="%", kind="growth"),
    dict(span="公路货物周转量、邮电业务总量、快递业务量分别增长6%、14.1%", ind="公路货物周转量",
         val=14.1, unit="%", kind="growth"),
    dict(span="邮电业务总量、快递业务量分别增长6%、14.1%、16%", ind="邮电业务总量", val=16, unit="%", kind="growth"),
    dict(span="快递业务量分别增长6%、14.1%、16%、19.3%", ind="快递业务量", val=19.3, unit="%", kind="growth"),
    dict(span="社会消费品零售总额增长7%", ind="社会消费品零售总额", val=7, unit="%", kind="growth"),
    dict(span="新建商品房销售面积增长20.9%", ind="新建商品房销售面积", val=20.9, unit="%", kind="growth"),
    dict(span="新设机构1793家", ind="机构", val=1793, unit="家", kind="increase"),
    dict(span="40家央企二三级公司在津布局", ind="央企二三级公司在津布局", val=40, unit="家", kind="level"),
    dict(span="共绘6条重点产业链图谱", ind="重点产业链图谱", val=6, unit="条", kind="level"),
    dict(span="注册科技型企业1200余家", ind="科技型企业", val=1200, unit="家", cmp=">", kind="level", resp=TK),
    dict(span="引入金融和科技服务机构225家", ind="金融和科技服务机构", val=225, unit="家", kind="level", resp=TK),
    dict(span="10个全国重点实验室获批建设", ind="全国重点实验室获批建设", val=10, unit="个", kind="level"),
    dict(span="技术合同成交额突破1900亿元", ind="技术合同成交额", val=1.9e11, unit="元", cmp=">", kind="level"),
    dict(span="国家高新技术企业、国家科技型中小企业均突破1.1万家", ind="国家高新技术企业", val=11000,
         unit="家", cmp=">", kind="level"),
    dict(span="国家科技型中小企业均突破1.1万家", ind="国家科技型中小企业", val=11000, unit="家", cmp=">",
         kind="level"),
    dict(span="引进各类人才47.9万人", ind="各类人才", val=479000, unit="人", kind="level"),
    dict(span="新增博士后站55个", ind="博士后站", val=55, unit="个", kind="increase"),
    dict(span="天津港集装箱航线达到145条", ind="天津港集装箱航线", val=145, unit="条", kind="level"),
    dict(span="增加值占规上工业比重79.8%", ind="增加值占规上工业比重", val=79.8, unit="%", kind="level"),
    dict(span="3家企业获评国家级智能制造示范工厂", ind="企业获评国家级智能制造示范工厂", val=3, unit="家",
         kind="level"),
    dict(span="14个城市更新项目", ind="城市更新项目", val=14, unit="个", kind="level"),
    dict(span="新创建乡村振兴示范村30个", ind="乡村振兴示范村", val=30, unit="个", kind="increase"),
    dict(span="新型农业经营主体突破2万家", ind="新型农业经营主体", val=20000, unit="家", cmp=">", kind="level"),
    dict(span="“津农精品”增加到225个", ind="“津农精品”", val=225, unit="个", kind="level"),
    dict(span="年销售额突破100亿元", ind="年销售额", val=1e10, unit="元", cmp=">", kind="level"),
    dict(span="培育绿色低碳领域国家级高新技术企业超千家", ind="绿色低碳领域国家级高新技术企业", val=1000,
         unit="家", cmp=">", kind="level"),
    dict(span="城镇新增就业35.69万人", ind="城镇新增就业", val=356900, unit="人", kind="increase"),
    dict(span="20项民心工程全面完成", ind="民心工程", val=20, unit="项", kind="level"),
]
for t in TG_1:
    t["status"] = A

TKY = ("天开园", "提质推进天开园建设")
DL_GW = ("今年", 2024, "今年改造燃气管网")
TG_2 = [  # 2024 goals and tasks: planned, deadline 2024
    dict(span="地区生产总值增长4.5%左右", ind="地区生产总值", val=4.5, unit="%", cmp="~", kind="growth"),
    dict(span="社会消费品零售总额增长6%", ind="社会消费品零售总额", val=6, unit="%", kind="growth"),
    dict(span="城镇新增就业35万人", ind="城镇新增就业", val=350000, unit="人", kind="increase"),
    dict(span="城镇调查失业率5.5%左右", ind="城镇调查失业率", val=5.5, unit="%", cmp="~", kind="level"),
    dict(span="居民消费价格涨幅3%左右", ind="居民消费价格", val=3, unit="%", cmp="~", kind="growth"),
    dict(span="市场化引进疏解功能资源落地项目投资额超过1600亿元", ind="市场化引进疏解功能资源落地项目投资额",
         val=1.6e11, unit="元", cmp=">", kind="level", dl=("年内", 2024, "年内市场化引进")),
    dict(span="集装箱吞吐量突破2300万标准箱", ind="集装箱吞吐量", val=2.3e7, unit="标准箱", cmp=">", kind="level"),
    dict(span="引育科技型企业累计达到1500家", ind="科技型企业", val=1500, unit="家", kind="level", resp=TKY),
    dict(span="培育具有上市潜力的企业10家", ind="具有上市潜力的企业", val=10, unit="家", kind="level", resp=TKY),
    # adjudicated: the amount of a fund being set up is a target (DECISIONS.md), as in the seed
    dict(span="设立50亿元天开九安海河海棠科创母基金", ind="天开九安海河海棠科创母基金", val=5e9, unit="元",
         kind="level", resp=TKY),
    dict(span="全国重点实验室突破20家", ind="全国重点实验室", val=20, unit="家", cmp=">", kind="level"),
    dict(span="技术合同成交额突破2000亿元", ind="技术合同成交额", val=2e11, unit="元", cmp=">", kind="level"),
    dict(span="优选100家科技型企业纳入上市培育库", ind="科技型企业纳入上市培育库", val=100, unit="家", kind="level"),
    dict(span="国家高新技术企业、国家科技型中小企业各新增1000家", ind="国家高新技术企业", val=1000, unit="家",
         kind="increase"),
    dict(span="国家科技型中小企业各新增1000家", ind="国家科技型中小企业", val=1000, unit="家", kind="increase"),
    dict(span="新增单项冠军企业20家", ind="单项冠军企业", val=20, unit="家", kind="increase"),
    dict(span="“专精特新”企业500家", ind="“专精特新”企业", val=500, unit="家", kind="increase"),
    dict(span="创新型中小企业1000家", ind="创新型中小企业", val=1000, unit="家", kind="increase"),
    dict(span="新建100家智能工厂和数字化车间", ind="智能工厂和数字化车间", val=100, unit="家", kind="increase"),
    dict(span="10个5G全连接工厂", ind="5G全连接工厂", val=10, unit="个", kind="increase"),
    dict(span="新创建20家国家级绿色制造单位", ind="国家级绿色制造单位", val=20, unit="家", kind="increase"),
    dict(span="实施7个城市更新项目", ind="城市更新项目", val=7, unit="个", kind="level"),
    dict(span="启动275个老旧小区改造提升", ind="老旧小区改造提升", val=275, unit="个", kind="level"),
    dict(span="改造燃气管网623公里", ind="燃气管网", val=623, unit="公里", kind="level", dl=DL_GW),
    dict(span="供热管网150公里", ind="供热管网", val=150, unit="公里", kind="level", dl=DL_GW),
    dict(span="供水管网30公里", ind="供水管网", val=30, unit="公里", kind="level", dl=DL_GW),
    dict(span="新建提升口袋公园50个", ind="口袋公园", val=50, unit="个", kind="increase"),
    dict(span="实际使用外资50亿美元", ind="实际使用外资", val=5e9, unit="美元", kind="level",
         dl=("全年", 2024, "全年实际使用外资")),
    dict(span="推出175个“高效办成一件事”场景", ind="“高效办成一件事”场景", val=175, unit="个", kind="level"),
    dict(span="完成50万亩以上高标准农田建设任务", ind="高标准农田建设任务", val=500000, unit="亩", cmp=">=",
         kind="level"),
    dict(span="粮食、蔬菜分别稳定播种550万亩", ind="粮食播种", val=5.5e6, unit="亩", cmp=">=", kind="level"),
    dict(span="蔬菜分别稳定播种550万亩和75万亩以上", ind="蔬菜播种", val=750000, unit="亩", cmp=">=", kind="level"),
    dict(span="12个乡村旅游示范片区", ind="乡村旅游示范片区", val=12, unit="个", kind="level"),
    dict(span="新创建40个乡村振兴示范村", ind="乡村振兴示范村", val=40, unit="个", kind="increase"),
    dict(span="完成800个经济薄弱村三年扶持任务", ind="经济薄弱村三年扶持任务", val=800, unit="个", kind="level"),
    dict(span="实施20项民心工程", ind="民心工程", val=20, unit="项", kind="level"),
    dict(span="就业困难人员就业3万人", ind="就业困难人员就业", val=30000, unit="人", kind="level"),
    dict(span="打造智慧化养老服务机构10家", ind="智慧化养老服务机构", val=10, unit="家", kind="level"),
    dict(span="完成居家适老化改造1000户", ind="居家适老化改造", val=1000, unit="户", kind="level"),
    dict(span="新建改扩建义务教育学校12所", ind="义务教育学校", val=12, unit="所", kind="increase"),
    dict(span="增加学位2万个", ind="学位", val=20000, unit="个", kind="increase"),
    dict(span="发放数字体育惠民卡5万张", ind="数字体育惠民卡", val=50000, unit="张", kind="level"),
    dict(span="完成43项水毁修复工程", ind="水毁修复工程", val=43, unit="项", kind="level",
         dl=("汛前", 2024, "汛前完成43项")),
]
for t in TG_2:
    t["status"] = PL

ents = entities(T, R_E[0], ENT_1) + entities(T, R_E[1], ENT_2)
tgts = (targets(T, R_T[0], TG_1, jurisdiction=JUR, default_year=2023)
        + targets(T, R_T[1], TG_2, jurisdiction=JUR, default_year=YEAR))
meta = {"jurisdiction": JUR, "year": YEAR, "regions": {"targets": R_T, "entities": R_E}}
write(DOC, PART, meta, ents, tgts)
