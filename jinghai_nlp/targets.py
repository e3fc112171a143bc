"""Targets: quantities turned into measurable statements with indicator, kind and status.

Pure functions over the text, its sections and its entities (see ANNOTATION_GUIDE.md §2).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .quantities import Quantity, find_grades, find_quantities
from .sections import section_at
from .textscan import first_of, last_of
from .types import Entity, Section

CLAUSE_DELIMS = "，。；：！？\n,;!?"
SENTENCE_DELIMS = "。；！？\n;!?"

# Lead-in words that never belong to a target span (modal, causative, adverbial, subject).
_LEAD_IN = re.compile(
    r"^(?:[\s、”]|确保|力争|争取|努力|预计|推动|支持|着力|重点|累计|共|同比|全年|今年|年内|当年|其中|"
    r"全区|全市|全县|全州|全省|全旗|我区|我市|我县|各类|全力|持续|计划|目标|进一步|继续|积极|大力|"
    r"稳步|加快|扎实|深入|全面|有序|逐步|实现了|实现|完成了|带动|拉动了|并|和|及|且|还|已|均|分别|总计|合计|"
    r"(?:到|至|截至)?\d{4}年(?:底|末)?|一年来|五年来|过去一年|期间|以上|其中|较上年|比上年)+"
)
# Verbs of change closing the indicator: kind, and whether the verb stays in the span.
_CHANGE_END = [
    ("增长", "growth"),
    ("增速", "growth"),
    ("涨幅", "growth"),
    ("增幅", "growth"),
    ("年均增长", "growth"),
    ("分别增长", "growth"),
    ("同比增长", "growth"),
    ("提高", "increase"),
    ("提升", "increase"),
    ("增加", "increase"),
    ("扩大", "increase"),
    ("新增", "increase"),
    ("下降", "decrease"),
    ("降低", "decrease"),
    ("减少", "decrease"),
    ("压减", "decrease"),
    ("削减", "decrease"),
    ("缩小", "decrease"),
    ("缩减", "decrease"),
    ("达到", "level"),
    ("达", "level"),
    ("完成", "level"),
    ("实现", "level"),
    ("突破", "level"),
    ("超过", "level"),
    ("保持", "level"),
    ("稳定在", "level"),
    ("控制在", "level"),
    ("为", "level"),
    ("至", "level"),
    ("到", "level"),
    ("占比", None),
    ("累计", "level"),
    ("共", "level"),
    ("总数", None),
]
_CHANGE_END.sort(key=lambda x: len(x[0]), reverse=True)
_LEAD_VERBS = re.compile(
    r"^(?:新(?:增|建|改扩建|培育|引进|签约|开工|认定|创建|招引|发展|培训|设|开|落地|入库|打造|上|种)?|"
    r"增加(?!值)|提高|扩大|拉动|带动|减少|压减|削减|降低|减免|"
    r"建设|建成|完成好|完成|实施|抓好|引进|培育|打造|创建|开工|举办|改造提升|提升改造|改造|盘活|招引|落地|储备|解决|"
    r"清偿|认定|推出|设立|组织|开展|发放|培训|吸纳|帮扶|整治|治理|种植|造林|植树|修复|建立|维修|接待|引育|"
    r"申报|投放|更新|安置|救助|资助|服务|惠及|覆盖|吸引|签约|引导|转移|培养|评选|获批|获评|入选|争创|"
    r"投入|发送|承接|导入|实现|新改建|改建|扩建|续建|安排|筹集|争取到|利用|回收|处置|腾退)"
)
# what follows a clause subject (a verb or adverb); a name followed by a noun modifies the indicator
SUBJECT_NEXT = re.compile(
    r"(?:实施|聚焦|锚定|推动|推进|完成|实现|承接|引进|引育|新增|力争|确保|达到|建成|开园|投产|成功|成为|获批|获评|"
    r"加快|全力|持续|深化|打造|围绕|坚持|着力|积极|大力|培育|注册|设立|出台|累计|共|全年|已|将|要|"
    r"发挥|用好|突出|强化|提升|落实|开展|建设|启动|举办|承办|入选|荣获|签约|吸引|带动|新建|投入|研发|争取|"
    r"深化|开设|开工|集聚|改扩建|扩建|拓展|推出|向|按)"
)
_INCREASE_VERBS = ("新", "增加", "提高", "扩大", "拉动", "带动")
_DECREASE_VERBS = ("减少", "压减", "削减", "降低", "下降", "缩小", "缩减")
_NEW_NOT_INCREASE = (
    "新中式",
    "新能源",
    "新型",
    "新材料",
    "新质",
    "新兴",
    "新时代",
    "新区",
    "新城",
    "新媒体",
    "新经济",
    "新业态",
    "新基建",
    "新冠",
)
_INDICATOR_TRIM_END = re.compile(r"(?:的|为|了|达|至|到|在|年|均|各|分别|超|近|约|比重为)+$")


@dataclass(frozen=True, slots=True)
class TargetDraft:
    """A target before relations are linked (pure result of :func:`find_targets`)."""

    start: int
    end: int
    indicator: str
    quantity: Quantity
    kind: str
    status: str
    comparator: str
    section: Section | None
    subject: Entity | None = None  # a place or institution heading the target's own clause


def _clause(text: str, pos: int, delims: str = CLAUSE_DELIMS) -> tuple[int, int]:
    s = last_of(text, delims, pos) + 1
    stop = first_of(text, delims, pos)
    return s, stop if stop >= 0 else len(text)


def _balance_quotes(s: str) -> str:
    """Drop a quote mark that has lost its partner at either end (“两新 → 两新)."""
    if s.startswith("“") and "”" not in s:
        s = s[1:]
    if s.endswith("”") and "“" not in s:
        s = s[:-1]
    if s.startswith("”"):
        s = s[1:]
    return s


def _strip_lead(s: str) -> int:
    m = _LEAD_IN.match(s)
    return m.end() if m else 0


def _kind_from_lead(verb: str) -> str | None:
    if verb.startswith("新") or verb.startswith(_INCREASE_VERBS):
        return "increase"
    if verb.startswith(_DECREASE_VERBS):
        return "decrease"
    return None


def _split_items(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Coordinated names in text[start:end] (split at 、 和 及 与), with their offsets."""
    items: list[tuple[int, str]] = []
    pos = start
    for m in re.finditer(r"[、和及与]", text[start:end]):
        piece_end = start + m.start()
        if piece_end > pos:
            items.append((pos, text[pos:piece_end]))
        pos = start + m.end()
    if end > pos:
        items.append((pos, text[pos:end]))
    names = [(s, _balance_quotes(n.strip())) for s, n in items if n.strip()]
    if len(names) == 1 and names[0][1].startswith("城乡") and len(names[0][1]) > 4:
        s0, n0 = names[0]
        return [(s0, "城镇" + n0[2:]), (s0, "农村" + n0[2:])]
    if len(names) >= 2:  # 城镇和农村居民人均可支配收入: the first item takes the shared head
        last = names[-1][1]
        names = [(s_, n + last[len(n) :] if len(n) <= 2 and len(last) > len(n) + 1 else n) for s_, n in names[:-1]] + [
            names[-1]
        ]
    return names


_SHARED = re.compile(r"(分别|各|均)")


def _shared_group(
    text: str, cs: int, ce: int, qi: int, quantities: Sequence[Quantity]
) -> tuple[int, int, list[Quantity]] | None:
    """A 分别/各/均 construction around quantity ``qi``: (marker start, marker end, its quantities)."""
    q = quantities[qi]
    m = None
    for m_ in _SHARED.finditer(text, cs, q.start):
        m = m_
    if m is None:
        return None
    group = [o for o in quantities if m.end() <= o.start and o.end <= ce]
    if q not in group:
        return None
    chain = [group[0]]
    for o in group[1:]:
        if not re.fullmatch(r"[、和及与]", text[chain[-1].end : o.start]):
            break
        chain.append(o)
    if q not in chain:
        return None
    if not re.fullmatch(r"[\u4e00-\u9fff]{0,5}", text[m.end() : chain[0].start]):
        return None
    return m.start(), m.end(), chain


def find_targets(
    text: str,
    sections: Sequence[Section] = (),
    entities: Sequence[Entity] = (),
) -> list[TargetDraft]:
    """Every target in ``text``: one per quantity and indicator, in order."""
    sections = tuple(sections)
    quantities = sorted(find_quantities(text) + find_grades(text), key=lambda q: q.start)
    ents_by_start = {e.start: e for e in entities if e.label in ("PLACE", "INSTITUTION")}
    drafts: list[TargetDraft] = []
    skip: set[int] = set()
    for qi, q in enumerate(quantities):
        if qi in skip:
            continue
        cs, ce = _clause(text, q.start)
        nxt = quantities[qi + 1] if qi + 1 < len(quantities) else None
        if nxt is not None and nxt.start < ce:
            between = text[q.end : nxt.start]
            if not between:
                skip.add(qi + 1)  # 20家十亿元企业: the second quantity describes the counted thing
            elif (
                len(between) <= 12
                and not re.search(r"[、和及与或]", between)
                and not re.search(r"增长|提高|下降|达到|占", between)
            ):
                continue  # a threshold that defines the counted thing: 投资过百亿元项目2个以上
        if (
            q.unit != "%"
            and re.match(r"的|[\u4e00-\u9fff]{0,6}的", text[q.end : q.end + 7])
            and not re.search(r"[，。；、]", text[q.end : q.end + 7].split("的")[0])
        ):
            if not re.search(r"(?:实现|完成|达到|新增|建成|建设|引进|培育|打造)$", text[cs : q.start]):
                continue  # a size describing what follows: 投资2599万元的海—宝农村公路
        section = section_at(sections, q.start) if sections else None
        status = "achieved" if section is not None and section.kind == "review" else "planned"
        group = _shared_group(text, cs, ce, qi, quantities)
        if group is not None:
            shared = _from_group(text, cs, q, group, ents_by_start, section, status)
            if shared:
                drafts.extend(shared)
                continue
        item_start = max([cs] + [d.quantity.end for d in drafts[-3:] if d.quantity.start >= cs and d.end <= q.start])
        prev_end = max((o.end for o in quantities[max(0, qi - 8) : qi] if o.start >= cs), default=-1)
        if prev_end >= 0:
            for p in range(prev_end, q.start):
                if text[p] in "、和及与":
                    item_start = p + 1
                    break
        pre_s = item_start
        # skip lead-in words, a heading subject (entity) and lead-in words again
        subject = None
        for _ in range(3):
            pre_s += _strip_lead(text[pre_s : q.start])
            ent = ents_by_start.get(pre_s)
            if ent is not None and ent.end < q.start and SUBJECT_NEXT.match(text, ent.end):
                subject = ent
                pre_s = ent.end
                continue
            break
        pushed = re.search(r"(?:拉动|带动)$", text[item_start:pre_s])
        pre = text[pre_s : q.start]
        lead = _LEAD_VERBS.match(pre)
        lead_verb = lead.group(0) if lead else ""
        ind_s = pre_s + len(lead_verb)
        if lead_verb.startswith("新") and any(pre.startswith(w) for w in _NEW_NOT_INCREASE):
            lead_verb, ind_s = "", pre_s
        indicator, kind = _cut_change_verb(text[ind_s : q.start])
        end = q.end
        # pre-nominal quantity (推出10条支持政策; 建成天海同步科技等5家工匠学院)
        if not indicator or indicator.endswith("等"):
            tail_end = ce
            if nxt is not None and nxt.start < ce and qi + 1 not in skip:
                tail_end = nxt.start
            tail_s = q.end + (1 if text[q.end : q.end + 1] == "的" else 0)
            tail = re.match(r"[^、，。；：,;]{1,16}", text[tail_s:tail_end])
            if tail and q.dimension in (
                "count",
                "money",
                "area",
                "length",
                "power",
                "mass",
                "volume",
                "energy",
                "percentage",
            ):
                noun = re.split(r"(?:的|等|，)|(?<=[\u4e00-\u9fff]{2})(?:和|及|与)", tail.group(0))[0]
                noun = re.sub(r"(?:以上|以下|左右)$", "", noun)
                if len(noun) >= 2:
                    indicator = noun
                    end = tail_s + len(noun)
        start = pre_s if lead_verb else ind_s
        from_tail = end > q.end
        framing = re.fullmatch(r"[一二两三四五六七八九十]", text[q.number_start : q.number_start + 1]) and q.unit in (
            "项",
            "条",
            "个",
            "张",
            "块",
            "篇",
            "批",
            "大",
            "方面",
        )
        listed = "、" in text[item_start : q.start] and not text[: q.start].endswith("等")
        if from_tail and (listed or framing or q.dimension in ("mass", "power", "energy") and not lead_verb):
            continue  # a count summing named items (凉山高新、德昌特色3个园区) or a capacity in a name (120万吨乙烯)
        if not indicator and kind is None and (lead_verb or q.text[:1] != text[q.number_start : q.number_start + 1]):
            kind = _kind_from_lead(lead_verb) or "level"  # 、提高4.4个百分点; ，突破200亿元
        if not indicator and kind is not None and drafts:
            # an elided indicator after a previous target of the same sentence: 96.4亿元、增长6.2%
            prev = drafts[-1]
            sent_s = last_of(text, SENTENCE_DELIMS, q.start) + 1
            if prev.end <= q.start and prev.start >= sent_s:
                indicator = prev.indicator
        if not indicator or len(indicator) > 40:
            continue
        if re.search(r"(?:以下|如下|下列)$", text[pre_s : q.start]):
            continue
        if pushed and kind in (None, "level"):
            kind = "increase"  # 带动社会投资11亿元
        inner = re.search(r"新增|净增|新入库|新设", indicator)
        if inner and kind in (None, "level"):
            kind = "increase"  # 城镇新增就业 → indicator 城镇就业, increase
            if inner.group(0) == "新增" and len(indicator) > 2:
                indicator = indicator.replace("新增", "", 1)
        kind = _final_kind(kind, lead_verb, indicator, q)
        drafts.append(
            TargetDraft(
                start=start,
                end=end,
                indicator=indicator,
                quantity=q,
                kind=kind,
                status=status,
                comparator=q.comparator,
                section=section,
                subject=subject,
            )
        )
    return _distribute(text, drafts)


def _cut_change_verb(indicator: str) -> tuple[str, str | None]:
    """Split a closing verb of change off an indicator: 地区生产总值增长 → (地区生产总值, growth)."""
    kind: str | None = None
    for verb, k in _CHANGE_END:
        if indicator.endswith(verb) and len(indicator) > len(verb):
            indicator = indicator[: -len(verb)]
            kind = k
            break
        if indicator == verb:
            return "", k
    return _balance_quotes(_INDICATOR_TRIM_END.sub("", indicator).strip()), kind


def _final_kind(kind: str | None, lead_verb: str, indicator: str, q: Quantity) -> str:
    if kind is None or kind == "level":
        kind = _kind_from_lead(lead_verb) or kind
    if kind in (None, "level") and indicator.startswith("新") and not indicator.startswith(_NEW_NOT_INCREASE):
        kind = "increase"
    if kind == "growth" and q.unit not in ("%", "倍", "成"):
        kind = "increase"
    return kind or "level"


def _from_group(
    text: str,
    cs: int,
    q: Quantity,
    group: tuple[int, int, list[Quantity]],
    ents_by_start: dict[int, Entity],
    section: Section | None,
    status: str,
) -> list[TargetDraft]:
    """Targets of A、B分别增长x%、y% (one per pair) and A、B各/均… (one per name)."""
    m_s, m_e, chain = group
    pre_s = cs + _strip_lead(text[cs:m_s])
    subject = None
    ent = ents_by_start.get(pre_s)
    if ent is not None and ent.end < m_s:
        subject = ent
        pre_s = ent.end + _strip_lead(text[ent.end : m_s])
    lead = _LEAD_VERBS.match(text[pre_s:m_s])
    lead_verb = lead.group(0) if lead else ""
    items = _split_items(text, pre_s + len(lead_verb), m_s)
    _, kind = _cut_change_verb(text[m_e : chain[0].start])
    if text[m_s:m_e] == "分别":
        if len(items) != len(chain) or len(items) < 2:
            return []
        i = chain.index(q)
        pairs = [(items[i], q)]
    else:
        if len(items) < 2 or len(chain) != 1:
            return []
        pairs = [(item, q) for item in items]
    out = []
    for (item_s, name), qq in pairs:
        name, _ = _cut_change_verb(name)
        if not name:
            return []
        start = pre_s if (lead_verb and item_s == pre_s + len(lead_verb)) else item_s
        out.append(
            TargetDraft(
                start=start,
                end=qq.end,
                indicator=name,
                quantity=qq,
                kind=_final_kind(kind, lead_verb, name, qq),
                status=status,
                comparator=qq.comparator,
                section=section,
                subject=subject,
            )
        )
    return out


def _distribute(text: str, drafts: list[TargetDraft]) -> list[TargetDraft]:
    """Share a list's trailing qualifier (以上) and leading verb (新增) over its items."""
    out = list(drafts)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and text[out[j].end : out[j + 1].start] == "、":
            j += 1
        if j > i:
            last = out[j]
            post = re.search(r"(以上|以下|以内|左右)$", last.quantity.text)
            first_kind = out[i].kind
            for k in range(i, j + 1):
                d = out[k]
                if post and k < j and d.comparator == "=":
                    d = replace(d, comparator=last.comparator)
                if k > i and d.kind == "level" and first_kind in ("increase", "decrease"):
                    d = replace(d, kind=first_kind)
                out[k] = d
        i = j + 1
    return out
