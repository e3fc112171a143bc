"""Gold entity annotations for qinzhou_2024, part C.

Entity region [10205, 16519) (三、2024年工作安排: 加快建设平陆运河经济带 ... 全面推进美丽钦州建设).
No target region. Every offset is computed with str.find from a moving cursor
(optionally with a preceding context string); no offset is typed by hand.
Names already decided in scripts/qinzhou_2024__main.py are labelled the same way here.
"""
import json
import pathlib

WORK = pathlib.Path(__file__).resolve().parent.parent
DOC_ID = "qinzhou_2024"
JUR = "钦州市"
YEAR = 2024
ENT_REGIONS = [[10205, 16519]]
TEXT = (WORK / f"{DOC_ID}.txt").read_text(encoding="utf-8")

P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"

entities = []
_cur = ENT_REGIONS[0][0]


def seek(anchor):
    """Move the cursor to the next occurrence of anchor (a paragraph opener)."""
    global _cur
    i = TEXT.find(anchor, _cur)
    assert i >= 0, f"seek: {anchor!r} not found after {_cur}"
    _cur = i


def E(label, s, ctx="", maxjump=300):
    """Annotate the next occurrence of s (preceded by ctx) after the cursor."""
    global _cur
    i = TEXT.find(ctx + s, max(0, _cur - len(ctx)))
    assert i >= 0, f"{s!r} (ctx {ctx!r}) not found after {_cur}"
    i += len(ctx)
    assert i - _cur <= maxjump, f"{s!r} jumped {i - _cur} chars from {_cur}"
    entities.append({"start": i, "end": i + len(s), "label": label, "text": s})
    _cur = i + len(s)


# ---------------------------------------------------------------------------
# 加快建设平陆运河经济带。
# Plan titles (平陆运河钦州段港产城融合发展总体规划, 钦州内河港总体规划, 平陆运河沿线城镇国土空间规划,
# 运河产业园规划, 农业产业发展规划): documents; the place names that begin them are not tagged.
# ---------------------------------------------------------------------------
seek("加快建设平陆运河经济带。")
E(P, "平陆运河经济带")                      # as in main: a named economic zone
E(J, "平陆运河经济带突破行动")
E(P, "灵山县陆屋临港产业园")
E(P, "钦北区平吉临港产业园")
E(P, "钦南区化纤纺织产业园")
E(J, "平陆运河土石方处置与农业产业综合示范项目")
# 12个先导工程, 经济带场景重点支撑项目, 以运河为载体: generic, nothing
E(J, "平陆运河", ctx="最大限度发挥")        # sentence about building (…平陆运河建设带来的红利)
E(J, "平陆运河", ctx="享受到")              # 平陆运河建设

# 培育壮大县域特色产业。
seek("培育壮大县域特色产业。")
E(J, "县域经济高质量发展突破行动")
E(J, "“一县一业”夯基招商")                  # a named investment-attraction campaign (开展…)
# 招商引资项目落地评价机制, “1+1”产业发展格局: nothing

# ---------------------------------------------------------------------------
# （二）聚力建设战略枢纽
# ---------------------------------------------------------------------------
seek("（二）聚力建设战略枢纽")
E(J, "平陆运河", ctx="高质量建设")          # quoted instruction about building it
E(J, "北部湾国际门户港")                    # 打造…, as in main
E(P, "西部陆海新通道", ctx="打造")          # …战略枢纽, as in main (构建西部陆海新通道战略枢纽)

seek("高效服务保障平陆运河建设。")
E(J, "平陆运河")
E(D, "年内")
E(J, "平陆运河", ctx="力争")                # 平陆运河全年完成投资
E(D, "全年")
# 运河沿线桥梁, 主城区保通桥配套道路, 交通疏导环线, 公共交通过江线路: generic, nothing

seek("持续升级枢纽港物流功能。")
E(J, "金鼓江11号12号")                      # berths being built (建成投运…等泊位)
E(J, "大榄坪12号13号")
E(J, "30万吨级原油码头应急能力提升工程")
E(J, "20万吨级集装箱进港航道")              # a specific channel, 启动建设
E(J, "G228国道拓宽改线工程")
E(J, "南港大道延长线项目")
E(J, "勒沟至海棠高速公路")
E(J, "钦海大道")
E(J, "钦州东至钦州港铁路增建二线项目")
E(J, "南宁至钦州铁路增建二线项目")
E(J, "钦州铁路集装箱中心站一期扩能项目")
# 二期项目 (elliptic, no name of its own): nothing
E(J, "综合能源资源战略储备基地")
# 煤炭等储运项目: generic; 国家级粮食安全和物流战略枢纽: a national-level designation, nothing
E(J, "中储粮粮食仓储物流基地")
E(J, "陆海新通道综合冷链物流钦州港基地")
E(J, "液化天然气接收站项目")
E(J, "天然气储运基地")
E(J, "城市绿色货运配送示范工程")            # named 工程 (首批 left out)
# 国家综合货运枢纽补链强链试点城市: designation, nothing
E(J, "全国网络货运监测平台试点")            # pilot scheme (工作 left out)
E(I, "西部陆海新通道钦州门户港运营中心")    # 组建…实体化机构: an organisation
E(I, "中国—东盟多式联运联盟")
# 集装箱“全生命周期”管理服务集成改革: a reform, nothing
E(J, "海铁联运“一单制”试点")
# 口岸首单货物服务工作机制: nothing
E(P, "钦州港", ctx="稳定运行")
E(P, "新加坡")
E(P, "香港")
# 班轮“天天班”: a service label, nothing
E(P, "钦州港", ctx="加密")
E(P, "东盟")
E(P, "钦州港", ctx="推动")
E(P, "越南海防港")
# 跨境“直通船”: nothing
E(J, "中欧班列")                            # the named international rail freight programme
E(P, "关丹港")                              # route described by its stops: each stop PLACE
E(P, "钦州港", ctx="关丹港—")
E(P, "川渝")

seek("持续升级枢纽港贸易功能。")
E(J, "北部湾（广西）大宗商品交易平台")
E(J, "中国—东盟大宗商品供应链展")          # event, as in main
E(J, "大宗商品交易创新发展论坛")            # event
E(J, "中国—东盟（钦州）水果交易中心")
# 争取自治区支持: bare 自治区 is a territory word (main: 中央、自治区和市委), nothing
# 药品（药材）进口口岸: designation, nothing
E(P, "RCEP")                                # RCEP国家 (jinghai: RCEP as a regional grouping)

# ---------------------------------------------------------------------------
# （三）聚力推进开放合作
# ---------------------------------------------------------------------------
seek("（三）聚力推进开放合作")
E(J, "开放合作提效突破行动")
# 国内国际双循环市场经营便利地示范区: designation, nothing

seek("实施开放平台提升战略。")
E(P, "自贸试验区")                          # the city's own zone (main); 2.0版建设 is not part of the name
E(P, "东盟", ctx="与")
E(P, "自贸区协同发展区")                    # the city's zone being built
# review: 高质量实施RCEP核心示范区 -> nothing: RCEP is the trade agreement being implemented here (not a place), inside a designation
E(J, "中马“两国双园”")                      # the bilateral twin-park cooperation scheme (向…新模式升级)
# “两国双园多区”新模式: nothing; 中马“两国双园”联合合作理事会第五次会议: a meeting name, nothing inside
E(P, "中马钦州产业园区")
# 金融创新试点政策: nothing
E(J, "合格境内有限合伙人业务试点")
E(I, "马来西亚炬申物流")                    # bare company name in an X等项目 list
E(I, "怡美")                                # review: company + product phrase in an X等项目 list -> company only (DECISIONS; qianjiang/yinchuan reviews)
E(J, "中马—辉航新材料产业园")               # facility head in an X等项目 list
E(P, "综合保税区")                          # the city's zone, as in main
E(P, "钦州综合保税区")

seek("高质量建设中国—东盟产业合作区钦州片区。")
E(P, "中国—东盟产业合作区钦州片区")
# 中国—东盟产业合作区钦州片区总体规划: a plan title; the place name that begins it is not tagged
E(D, "年内")
# 启动区, 国家, 自治区: nothing
E(P, "长江经济带")
E(P, "粤港澳大湾区")
E(D, "全年")

seek("深化跨区域交流合作。")
E(I, "华谊")
E(I, "恒逸")
E(I, "桐昆")
E(I, "中伟")
E(I, "格派")
E(I, "金桂")
E(P, "钦州", ctx="“")                       # “钦州—东盟”双基地: place names inside a slogan
E(P, "东盟")
E(I, "远景")
E(I, "中船")
E(P, "钦州", ctx="以")
E(P, "东南亚")
E(P, "欧洲")
E(P, "西部陆海新通道")                      # 以…为牵引: the existing corridor
E(P, "川桂国际产能合作产业园")
E(P, "西部陆海新通道", ctx="深化与")        # …沿线省份
E(P, "平陆运河", ctx="重点城市和")          # …沿线城市: a location

seek("持续优化营商环境。")
E(J, "工业振兴特派员服务企业行动")          # 自治区新一轮… (bare 自治区 and 新一轮 left out)
# “四张单子”, “三农”, “家的归属”, “家的温暖”: nothing
E(P, "钦州", ctx="选择")
E(P, "钦州", ctx="扎根")

# ---------------------------------------------------------------------------
# （四）聚力推动改革创新
# ---------------------------------------------------------------------------
seek("更大力度推进科技创新。")
E(J, "科技“尖锋”项目")                      # named programme (首批 left out)
E(J, "广西绿色化工新材料产业技术创新中心")  # facility being built (推进…建设)
E(J, "智汇谷科技园一期项目")                # a construction phase (建成…一期项目)
E(I, "松山湖材料实验室")
E(I, "国家自然科学基金委")
E(P, "钦州", ctx="在")                      # 在钦州落地转化
# “专精特新”: nothing
E(J, "“钦聚英才”计划")
E(P, "钦州", ctx="在")                      # 在钦州创新

seek("更大力度推进政务服务改革。")
# reforms and slogans only (园区一体化审批改革, “标准地”, “高效办成一件事”, “双随机、一公开”…): nothing

seek("更大力度推进产业园区改革。")
E(I, "市委")
# “机构改革+产业园区改革”: nothing
E(J, "开发区高质量发展突破行动")
E(P, "沿边临港产业园区")
E(P, "中国—东盟产业合作区钦州片区")
E(P, "钦州", ctx="结合")                    # 钦州“三区统筹”: place as modifier
# 县域工业园区管理制度改革, 市管开发区重整改革: reforms, nothing
E(P, "中国—东盟产业合作区钦州片区", ctx="建立")
# “一区六园”: nothing

seek("更大力度推进重点领域改革。")
E(J, "全国经济普查")                        # 第五次… (edition ordinal left out, as in liangshan/tianmen)

# ---------------------------------------------------------------------------
# （五）聚力建设滨海运河城市
# ---------------------------------------------------------------------------
seek("（五）聚力建设滨海运河城市")
# 滨海运河城市: designation, nothing
E(J, "平陆运河", ctx="以")                  # 以平陆运河建设为契机, as in main

seek("打造运河城市走廊。")
E(J, "百里运河绿道")                        # a named greenway being planned
E(P, "古龙窑片区")                          # review: conjunct of …和新华路片区城市更新项目 (guide §3 shared head); a district is PLACE (DECISIONS: zones PLACE; chizhou 高铁东站片区, tianmen 张家湖片区)
E(J, "新华路片区城市更新项目")
E(P, "平陆运河钦州城区段")                  # a location (城市风貌)
E(J, "灵山县企石枢纽安置与农文旅融合示范项目")
E(J, "钦北区九佰垌绿色工程产业示范基地")
E(J, "平陆运河农文旅融合发展示范带")        # 打造…示范带 (like qianjiang 乡村振兴示范带（三期）)

seek("推动城市更新提质。")
# 历史文化街区, 革命历史类纪念馆, 爱国主义教育基地, 国家历史文化名城: generic or designation, nothing
E(J, "龙门大桥")
E(J, "南湛高速公路")
E(J, "南防铁路钦州至防城港段增建二线项目")

seek("提高城市管理服务水平。")
E(J, "平陆灌区工程")
E(J, "环北部湾广西水资源配置工程钦州干线")
E(J, "大马鞍水库除险加固工程")
E(P, "白石湖片区")
E(P, "钦北新城片区")
E(P, "自贸新城")
E(J, "河西片区雨污分流改造（三期）工程")
E(J, "河东污水处理厂（二期）工程")
# 永久性绿地名录, 城市绿道, “一网统管”: nothing

# ---------------------------------------------------------------------------
# （六）聚力发展县域经济
# ---------------------------------------------------------------------------
seek("加快新型城镇化建设。")
E(P, "灵山县")
E(P, "浦北县")
E(P, "钦北区")
E(J, "县域商业体系行动试点")                # pilot of the named campaign, run in 钦北区
# …基础设施建设项目计划 (编制: a document), nothing
E(P, "灵山县陆屋镇")
E(P, "浦北县泉水镇")
E(P, "钦南区大番坡镇")
E(P, "钦北区大垌镇")

seek("保障粮食安全和巩固脱贫成果。")
# nothing

seek("全面推进乡村产业振兴。")
E(J, "“一镇一品”建设行动")
# 第一批“一镇一品”特色农业产业, 第二批“一镇一品”产业优选: nothing
E(P, "粤港澳大湾区")                        # inside the designation 供粤港澳大湾区农产品示范基地
# 自治区级现代特色农业示范区: designation, nothing
E(P, "“钦”")                                # “钦”字号品牌: the city's short name inside a brand label
E(P, "广西")                                # 广西特色农产品优势区 (designation; place as modifier)

seek("深入推进宜居宜业和美乡村建设。")
E(J, "“千万工程”")
E(J, "农村人居环境整治提升行动")
# “美丽村屯”示范点: nothing

# ---------------------------------------------------------------------------
# （七）聚力统筹发展与安全
# ---------------------------------------------------------------------------
seek("有效防范化解重大风险。")
E(J, "安全生产治本攻坚三年行动")
# 化解地方债务风险一揽子方案 (a document), 重点领域专项排查整治 (generic), “主动预防”: nothing

seek("全面推进美丽钦州建设。")
E(P, "钦州", ctx="美丽")                     # 美丽钦州: place inside a local slogan (jinghai 美丽静海)
# 美丽中国建设: national policy formula, nothing
E(I, "中央", ctx="深入推进")                  # 中央、自治区生态环境保护督察 (DECISIONS: 中央 only)
E(P, "平陆运河", ctx="保障")                  # …沿线水源安全: a location


# ---------------------------------------------------------------------------
def write():
    (a, b), = ENT_REGIONS
    for e in entities:
        assert TEXT[e["start"]:e["end"]] == e["text"], e
        assert a <= e["start"] and e["end"] <= b, e
    ents = sorted(entities, key=lambda e: (e["start"], e["end"]))
    for x, y in zip(ents, ents[1:]):
        assert x["end"] <= y["start"], (x, y)
    doc = {"id": DOC_ID,
           "meta": {"jurisdiction": JUR, "year": YEAR,
                    "regions": {"targets": [], "entities": ENT_REGIONS}},
           "entities": ents, "targets": []}
    out = WORK / "out" / f"{DOC_ID}__C.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {}
    for e in ents:
        counts[e["label"]] = counts.get(e["label"], 0) + 1
    print(f"wrote {out}: {len(ents)} entities {counts}")


if __name__ == "__main__":
    write()
