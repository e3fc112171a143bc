"""Gold annotations for tianmen_2024 (part main). Offsets are computed, never typed."""
import json, pathlib
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID, PART = "tianmen_2024", "main"
JUR, YEAR = "天门市", 2024
TEXT = open(HERE / f"{DOC_ID}.txt", encoding="utf-8").read()
REG_T = [[50, 1593], [4458, 10289]]
REG_E = [[50, 1593], [4458, 6977]]

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


# ---------------- entities: (text, label[, ctx]) in document order per region
E1 = [
    ("2023年", "DATE"),
    ("刚刚过去的一年", "DATE"),
    ("省委", "INSTITUTION"), ("省政府", "INSTITUTION"), ("市委", "INSTITUTION"),
    ("市人大", "INSTITUTION"), ("市政协", "INSTITUTION"),
    ("新材料产业园", "PROJECT"), ("锦纶丝产业园", "PROJECT"), ("天门", "PLACE", "落户天门"),
    ("全年", "DATE"),
    ("中央", "INSTITUTION"),
    ("新材料产业园", "PROJECT"), ("彤辉科技", "INSTITUTION"), ("宝昂新材料", "INSTITUTION"),
    ("当年", "DATE"),
    ("武天高速", "PROJECT"), ("沿江高铁天门段", "PROJECT"),
    ("化纤纺织产业园", "PROJECT"), ("现代农业产业园", "PROJECT"),
    ("添美新材料", "INSTITUTION"), ("通威二期", "PROJECT"),
    ("“技改提能、制造焕新”行动", "PROJECT"), ("庄品健米业", "INSTITUTION"), ("石河医药", "INSTITUTION"),
    ("天门", "PLACE", "“壹品天门”"),
    ("江汉平原（天门）蔬菜产业大会", "PROJECT"), ("华中地区", "PLACE"),
    ("小板镇", "PLACE"), ("佛子山镇", "PLACE"), ("多宝镇", "PLACE"), ("张港镇", "PLACE"),
    ("全国土壤普查", "PROJECT"),
    ("“荆楚购”", "PROJECT"), ("官侨路", "PLACE"), ("北湖夜市", "PLACE"),
    ("中国·天门服装电商产业峰会", "PROJECT"), ("服装电商时尚主播大赛", "PROJECT"),
    ("天门", "PLACE", "“天门衣尚”"), ("抖音", "INSTITUTION"),
    ("中国", "PLACE", "中国服装电商产业示范基地"),
]
E2 = [
    ("2024年", "DATE"), ("今年", "DATE"), ("中华人民共和国", "PLACE"), ("“十四五”", "DATE"),
    ("项目投资三年行动计划", "PROJECT"),
    ("福之日空调产业园", "PROJECT"), ("中思微电子", "INSTITUTION"),
    ("永昌锦纶", "INSTITUTION"), ("天珈智能", "INSTITUTION"), ("优士康生物医药", "INSTITUTION"),
    ("天门至洪湖高速公路", "PROJECT"), ("汉江岳口港区", "PROJECT"),
    ("京津冀", "PLACE"), ("江浙沪", "PLACE"), ("广深闽", "PLACE"), ("武汉", "PLACE"), ("成渝", "PLACE"),
    ("全年", "DATE", "全年签约项目"),
    ("项目投资服务中心", "INSTITUTION"), ("“征迁月”活动", "PROJECT"), ("“行长下基层”", "PROJECT"),
    ("“125工程”", "PROJECT"), ("技改转型“蝶变”行动", "PROJECT"), ("智能制造示范工程", "PROJECT"),
    ("化纤纺织产业园", "PLACE"), ("新材料产业园", "PLACE"),  # parks (“专业园”“园中园”), PLACE while being built (DECISIONS)
    ("小板", "PLACE", "小板智能家居"), ("九真", "PLACE"), ("皂市", "PLACE"), ("蒋湖", "PLACE"),
    ("经营主体提质增量工程", "PROJECT"), ("全国经济普查", "PROJECT"), ("陆羽质量奖评选活动", "PROJECT"),
    ("湖北", "PLACE", "“湖北精品”"),
    ("全年", "DATE", "结合全年节庆"),
    ("知青农场", "PROJECT"), ("方舟生态农庄", "PROJECT"), ("泉堰村", "PLACE"), ("湖北", "PLACE", "湖北旅游名村"),  # 知青农场/方舟生态农庄: facility names in an X等项目 list (DECISIONS)
    ("南湖生态旅游区", "PLACE"), ("彭家垴红色旅游区", "PLACE"),
    ("海龙岛", "PLACE"), ("石家河国家考古遗址公园", "PLACE"), ("张家湖国家湿地公园", "PLACE"),
    ("中纺联", "INSTITUTION"), ("华纺链", "INSTITUTION"), ("华中轻纺城", "PROJECT"),
    ("白马服装原创电商基地", "PLACE"), ("龙腾服装小镇", "PLACE"), ("国投产业园", "PLACE"),
    ("中国", "PLACE", "中国服装电商示范市"),
    ("市域公共综合物流园", "PROJECT"), ("国家电子商务进农村综合示范项目", "PROJECT"),
]

# ---------------- targets
# T(text, indicator, value, unit, cmp, kind, ctx=, vmax=, resp=, dl=(text, year[, ctx]))
def T(text, ind, val, unit, cmp="=", kind="level", ctx=None, vmax=None, resp=None, dl=None):
    return dict(text=text, ind=ind, val=val, unit=unit, cmp=cmp, kind=kind, ctx=ctx,
                vmax=vmax, resp=resp, dl=dl)

T1 = [  # 2023 review: achieved, deadline 2023
    T("地区生产总值增长6.2%", "地区生产总值", "6.2", "%", kind="growth"),
    T("规上工业增加值、固定资产投资、社会消费品零售总额、一般公共预算收入分别增长7.5%", "规上工业增加值", "7.5", "%", kind="growth"),
    T("固定资产投资、社会消费品零售总额、一般公共预算收入分别增长7.5%、7.0%", "固定资产投资", "7.0", "%", kind="growth"),
    T("社会消费品零售总额、一般公共预算收入分别增长7.5%、7.0%、8.3%", "社会消费品零售总额", "8.3", "%", kind="growth"),
    T("一般公共预算收入分别增长7.5%、7.0%、8.3%、15.1%", "一般公共预算收入", "15.1", "%", kind="growth"),
    T("城镇、农村常住居民人均可支配收入分别增长5.6%", "城镇常住居民人均可支配收入", "5.6", "%", kind="growth"),
    T("农村常住居民人均可支配收入分别增长5.6%和7.8%", "农村常住居民人均可支配收入", "7.8", "%", kind="growth"),
    T("新签约项目127个", "签约项目", "127", "个", kind="increase", dl=("全年", 2023)),
    T("协议投资额526.5亿元", "协议投资额", "526.5亿", "元", dl=("全年", 2023)),
    T("中央和省预算内资金、长期国债、政府专项债等政策资金31.5亿元", "中央和省预算内资金、长期国债、政府专项债等政策资金", "31.5亿", "元"),
    T("产值过10亿元", "产值", "10亿", "元", cmp=">", resp="宝昂新材料", dl=("当年", 2023)),
    T("在建亿元以上项目136个", "在建亿元以上项目", "136", "个"),
    T("新开工102个", "亿元以上项目", "102", "个", kind="increase"),
    T("减税降费5.5亿元", "减税降费", "5.5亿", "元"),
    T("化解拖欠企业账款4.2亿元", "拖欠企业账款", "4.2亿", "元"),
    T("兑现政策性奖补资金1.1亿元", "政策性奖补资金", "1.1亿", "元"),
    T("落实银企对接资金179.5亿元", "银企对接资金", "179.5亿", "元"),
    T("存贷款余额增长16.4%", "存贷款余额", "16.4", "%", kind="growth"),
    T("保费收入同比增长10%", "保费收入", "10", "%", kind="growth"),
    T("新增规上工业企业33家", "规上工业企业", "33", "家", kind="increase"),
    T("限上商贸企业135家", "限上商贸企业", "135", "家", kind="increase"),
    T("规上服务业企业34家", "规上服务业企业", "34", "家", kind="increase"),
    T("入库建筑业企业11家", "建筑业企业", "11", "家"),
    T("经营主体总量达13.5万户", "经营主体总量", "13.5万", "户"),
    T("同比增长16.7%", "经营主体总量", "16.7", "%", kind="growth"),
    T("税收过千万元工业企业达15家", "税收过千万元工业企业", "15", "家"),
    T("29家企业完成智能化改造", "企业完成智能化改造", "29", "家"),
    T("10家企业获评省级“两化融合”试点示范企业", "企业获评省级“两化融合”试点示范企业", "10", "家"),
    T("新增省级专精特新中小企业15家", "省级专精特新中小企业", "15", "家", kind="increase"),
    T("国家级专精特新“小巨人”企业1家", "国家级专精特新“小巨人”企业", "1", "家", kind="increase"),
    T("清理闲置土地2017亩", "闲置土地", "2017", "亩"),
    T("盘活困难企业26家", "困难企业", "26", "家"),
    T("新建高标准农田10万亩", "高标准农田", "10万", "亩", kind="increase"),
    T("新增“二品一标”农产品12个", "“二品一标”农产品", "12", "个", kind="increase"),
    T("省级农业产业化联合体2家", "省级农业产业化联合体", "2", "家", kind="increase"),
    T("全国“一村一品”示范乡镇1个", "全国“一村一品”示范乡镇", "1", "个", kind="increase"),
    T("组织开展“荆楚购”等促消费活动30余场", "“荆楚购”等促消费活动", "30", "场", cmp=">"),
    # 打造官侨路、北湖夜市两条“网红街”: 两条 only sums the named items -> not a target (DECISIONS)
    T("服装电商销售量5亿件", "服装电商销售量", "5亿", "件"),
    T("交易额400亿元", "服装电商交易额", "400亿", "元"),
]

T2 = [  # 2024 plan: planned, deadline 2024
    T("地区生产总值增长7.5%左右", "地区生产总值", "7.5", "%", cmp="~", kind="growth"),
    T("规上工业增加值增长15%以上", "规上工业增加值", "15", "%", cmp=">=", kind="growth"),
    T("固定资产投资增长12%以上", "固定资产投资", "12", "%", cmp=">=", kind="growth"),
    T("社会消费品零售总额增长12%以上", "社会消费品零售总额", "12", "%", cmp=">=", kind="growth"),
    T("一般公共预算收入增长15%以上", "一般公共预算收入", "15", "%", cmp=">=", kind="growth"),
    T("294个项目尽快开工", "项目开工", "294", "个"),
    T("154个项目加快建设", "项目加快建设", "154", "个"),
    T("244个项目建成投产", "项目建成投产", "244", "个"),
    T("债券资金25亿元以上", "债券资金", "25亿", "元", cmp=">="),
    T("引进50亿元以上项目2个", "50亿元以上项目", "2", "个"),
    T("20亿元以上项目10个", "20亿元以上项目", "10", "个"),
    T("签约项目总金额500亿元以上", "签约项目总金额", "500亿", "元", cmp=">=", dl=("全年", 2024)),
    T("盘活闲置低效用地1000亩", "闲置低效用地", "1000", "亩", cmp=">="),
    T("困难企业15家以上", "困难企业", "15", "家", cmp=">="),
    T("净增信贷投放80亿元以上", "信贷投放", "80亿", "元", cmp=">=", kind="increase"),
    T("落实银企对接资金180亿元以上", "银企对接资金", "180亿", "元", cmp=">="),
    T("培育100家亿元企业", "亿元企业", "100", "家"),
    T("20家十亿元企业", "十亿元企业", "20", "家"),
    T("5个百亿产业园区", "百亿产业园区", "5", "个"),
    T("40个重点技改项目建成投产", "重点技改项目建成投产", "40", "个"),
    T("技改投资增速达到20%以上", "技改投资", "20", "%", cmp=">=", kind="growth"),
    T("40家规上工业企业开展数字化诊断", "规上工业企业开展数字化诊断", "40", "家"),
    T("新增省级“两化融合”示范企业10家", "省级“两化融合”示范企业", "10", "家", kind="increase"),
    T("5G全连接工厂2家", "5G全连接工厂", "2", "家", kind="increase"),
    T("国家级两化3A贯标企业1家", "国家级两化3A贯标企业", "1", "家", kind="increase"),
    T("国家级绿色工厂1家", "国家级绿色工厂", "1", "家", kind="increase"),
    T("新增经营主体1.9万户以上", "经营主体", "1.9万", "户", cmp=">=", kind="increase"),
    T("新增规上工业企业50家", "规上工业企业", "50", "家", cmp=">=", kind="increase"),
    T("专精特新中小企业15家以上", "专精特新中小企业", "15", "家", cmp=">=", kind="increase"),
    T("200家中小企业开展质量、标准、品牌提升", "中小企业开展质量、标准、品牌提升", "200", "家"),
    T("培育质量标杆企业5家", "质量标杆企业", "5", "家"),
    T("“湖北精品”企业2家", "“湖北精品”企业", "2", "家"),
    T("开展促消费系列活动30场以上", "促消费系列活动", "30", "场", cmp=">=", dl=("全年", 2024)),
    T("新增限上商贸企业120家", "限上商贸企业", "120", "家", cmp=">=", kind="increase"),
    T("规上服务业企业30家以上", "规上服务业企业", "30", "家", cmp=">=", kind="increase"),
    T("服务业增加值增长10%以上", "服务业增加值", "10", "%", cmp=">=", kind="growth"),
    T("新增服装电商经营主体500家", "服装电商经营主体", "500", "家", kind="increase"),
    T("交易额突破500亿元", "服装电商交易额", "500亿", "元", cmp=">"),
    T("新建农产品仓储冷链设施60座", "农产品仓储冷链设施", "60", "座", kind="increase"),
    T("改造升级城乡农贸市场5个", "城乡农贸市场", "5", "个"),
    T("新建乡镇商贸中心2个", "乡镇商贸中心", "2", "个", kind="increase"),
    T("粮食种植面积稳定在240万亩以上", "粮食种植面积", "240万", "亩", cmp=">="),
    T("建设高标准农田15万亩以上", "高标准农田", "15万", "亩", cmp=">="),
    T("新增省级、市级农业产业化龙头企业2家", "省级农业产业化龙头企业", "2", "家", kind="increase"),
    T("市级农业产业化龙头企业2家、20家", "市级农业产业化龙头企业", "20", "家", kind="increase"),
    T("新认证绿色食品产品5个", "绿色食品产品", "5", "个", kind="increase"),
    T("建设农村公路140公里", "农村公路", "140", "公里"),
    T("改造危桥60座", "危桥", "60", "座"),
    T("创建垃圾分类省级示范村10个", "垃圾分类省级示范村", "10", "个"),
    T("11个美丽乡村共同缔造试点", "美丽乡村共同缔造试点", "11", "个"),
    T("农村集体经济经营性收入10万元以上村占比超过65%", "农村集体经济经营性收入10万元以上村占比", "65", "%", cmp=">"),
    T("10万农村人口进城", "农村人口进城", "10万", "人"),
    T("10万学生进城", "学生进城", "10万", "人"),
    T("10万产业工人进城", "产业工人进城", "10万", "人"),
    T("改造老旧小区54个", "老旧小区", "54", "个"),
    T("新建“口袋公园”4个", "“口袋公园”", "4", "个", kind="increase"),
    T("新增绿地2万平方米", "绿地", "2万", "平方米", kind="increase"),
    T("城区环卫机械化作业率提高到90%以上", "城区环卫机械化作业率", "90", "%", cmp=">="),
    T("科技型中小企业入库370家", "科技型中小企业入库", "370", "家"),
    T("高新技术企业突破150家", "高新技术企业", "150", "家", cmp=">"),
    T("高新技术产业增加值增速10%以上", "高新技术产业增加值", "10", "%", cmp=">=", kind="growth"),
    T("选派市级科技特派员300人以上", "市级科技特派员", "300", "人", cmp=">="),
    T("培育出口过千万美元企业8家", "出口过千万美元企业", "8", "家"),
    T("养老机构护理型床位占比达到60%以上", "养老机构护理型床位占比", "60", "%", cmp=">="),
    T("完成家庭适老化改造500户", "家庭适老化改造", "500", "户"),
    T("新增保障性租赁住房200套", "保障性租赁住房", "200", "套", kind="increase"),
]

SECTIONS = [  # (region, targets, status, default deadline year)
    (REG_T[0], T1, "achieved", 2023),
    (REG_T[1], T2, "planned", 2024),
]


def sentence_bounds(i):
    s = max(TEXT.rfind(c, 0, i) for c in "。\n；") + 1
    e = min([x for x in (TEXT.find(c, i) for c in "。\n") if x >= 0] or [len(TEXT)])
    return s, e


def build():
    ents = []
    for (a, b), lst in zip(REG_E, (E1, E2)):
        cur = a
        for it in lst:
            text, label = it[0], it[1]
            i = locate(text, cur, it[2] if len(it) > 2 else None)
            assert i + len(text) <= b, (text, i)
            ents.append(dict(start=i, end=i + len(text), label=label, text=text))
            cur = i + len(text)
    targets = []
    for (a, b), lst, status, dyear in SECTIONS:
        cur = a
        for t in lst:
            i = locate(t["text"], cur, t["ctx"])
            j = i + len(t["text"])
            assert j <= b, t["text"]
            cur = i
            ss, se = sentence_bounds(i)
            if t["resp"]:
                r = TEXT.rfind(t["resp"], ss, i + 1)
                assert r >= 0, ("resp", t["text"])
                resp = dict(text=t["resp"], start=r, end=r + len(t["resp"]), implicit=False)
            else:
                resp = dict(text=JUR, start=None, end=None, implicit=True)
            if t["dl"]:
                dtext, dy = t["dl"][0], t["dl"][1]
                d = TEXT.rfind(dtext, ss, i + 1)
                if d < 0:
                    d = TEXT.find(dtext, i, se)
                assert d >= 0, ("deadline", t["text"])
                dl = dict(year=dy, date=None, text=dtext, start=d, end=d + len(dtext), implicit=False)
            else:
                dl = dict(year=dyear, date=None, text=None, start=None, end=None, implicit=True)
            targets.append(dict(start=i, end=j, text=t["text"], indicator=t["ind"],
                                value=num(t["val"]),
                                value_max=num(t["vmax"]) if t["vmax"] else None,
                                unit=t["unit"], comparator=t["cmp"], kind=t["kind"],
                                status=status, responsible=resp, deadline=dl))
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
                  t["kind"], t["status"], t["responsible"]["text"], t["deadline"]["year"], t["deadline"]["text"])
    print(out, len(doc["entities"]), "entities", len(doc["targets"]), "targets")
