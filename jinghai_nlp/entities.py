"""Rule-based entities: PLACE, INSTITUTION, PROJECT and DATE (the rules-only baseline).

Rules generalise through the gazetteer (every division of China, full and short
names), head nouns (``data/heads.json``: 经开区, 大学, 工程 …) with a left extension
over name-like tokens, quoted names (“海河英才”行动计划), government bodies (区委,
市政府, 区人大常委会) and date patterns. Fixed political formulae (中国式现代化, 党的二十大)
are masked first, as the guide says they contain no entities.
"""

from __future__ import annotations

import bisect
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from .gazetteer import Gazetteer
from .quantities import unit_table
from .types import Entity

TokenSpan = tuple[str, int, int]

FORMULAE = re.compile(
    r"习近平新时代中国特色社会主义思想|中国特色社会主义|中国式现代化|中华民族伟大复兴|具有中国特色的|"
    r"党的[一二三四五六七八九十]+大|二十届[^\n，。、]{0,8}全会|中央经济工作会议|中央八项规定|"
    r"习近平总书记|党中央|全面建设社会主义现代化国家"
)
CN_NUM = "零〇一二两三四五六七八九十百"
DATE_RE = re.compile(
    r"(?:到|至|截至)?(?:\d{4}|[二〇一二三四五六七八九零]{4})年(?:\d{1,2}月(?:\d{1,2}日)?|底|末|初|前|上半年|下半年|年底)?"
    r"(?:[—\-至到~](?:\d{4}年))?(?:底前|前|以来)?"
    r"|\d{1,2}月\d{1,2}日"
    r"|“?十[一二三四五六七八九]五”?(?:时期|期间|末|初|以来|规划期)?"
    r"|今明两年|今年(?:以来|上半年|底|年底)?|明年|去年|前年|全年|年内|年底前|年末|年初|上半年|下半年|"
    rf"过去(?:的)?(?:一|五|[{CN_NUM}]|\d{{1,2}})年|这五年|五年来|一年来|[{CN_NUM}\d]{{1,2}}年(?:内|来|间)|新的一年|近年来|当前"
)
GOV_BODY = re.compile(
    r"(?:党中央|国务院|中央(?=[^\u4e00-\u9fff]|[委办政军纪巡督财]|和|、)|"
    r"[省市区县州旗盟镇乡](?:委(?:员会)?|人民政府|政府|人大常委会|人大|政协|纪委监委|纪委|监委|法院|检察院)(?!员|书记|领导|部署))"
)
_HARD_TAGS = {
    "p",
    "c",
    "u",
    "uj",
    "ul",
    "uz",
    "ug",
    "uv",
    "ud",
    "r",
    "m",
    "q",
    "f",
    "y",
    "e",
    "o",
    "zg",
    "mq",
    "rr",
    "rz",
}
_SOFT_TAGS = {"v", "vn", "d", "ad", "vd", "vg", "dg"}
_LEADING_TRIM = {
    "加快",
    "推进",
    "推动",
    "建设",
    "实施",
    "开展",
    "启动",
    "打造",
    "建成",
    "开工",
    "举办",
    "设立",
    "培育",
    "引进",
    "支持",
    "落实",
    "深化",
    "持续",
    "全面",
    "积极",
    "加强",
    "提升",
    "完善",
    "扎实",
    "深入",
    "着力",
    "大力",
    "抓好",
    "做好",
    "完成",
    "新建",
    "改造",
    "参与",
    "组织",
    "承办",
    "创建",
    "争创",
    "成功",
    "高标准",
    "高水平",
    "高质量",
    "谋划",
    "规划",
    "续建",
    "新开工",
    "投用",
    "运营",
    "拓展",
    "依托",
    "围绕",
    "聚焦",
    "发挥",
    "利用",
    "统筹",
    "协同",
    "服务",
    "融入",
    "对接",
    "用好",
    "办好",
    "开通",
    "通车",
    "竣工",
    "完工",
    "筹建",
    "配合",
    "确保",
    "力争",
    "争取",
    "助力",
    "带动",
    "促进",
    "加大",
    "强化",
    "优化",
    "巩固",
    "扩大",
    "保障",
    "坚持",
    "继续",
    "重点",
    "主要",
    "全力",
}
_PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng", "x"}
_BUILD = re.compile(
    r"开工|建设|建成|通车|改扩建|改建|扩建|新建|续建|完工|竣工|贯通|加快推进|谋划|规划建设|提升改造|升级改造"
)
_CLAUSE_END = "，。；：！？\n、（）()《》"


@dataclass(frozen=True, slots=True)
class Head:
    head: str
    label: str
    generic_ok: bool = False
    transport: bool = False


@dataclass
class EntityResources:
    """What the rules need; built once per pipeline (see ``EntityRules.load``)."""

    gazetteer: Gazetteer
    heads: dict[str, Head]
    regions: frozenset[str]
    not_names: frozenset[str]
    ambiguous: frozenset[str] = frozenset()
    tags: dict[str, str] = field(default_factory=dict)
    classifiers: frozenset[str] = frozenset()


def _jieba_tags() -> dict[str, str]:
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, encoding="utf-8") as fh:
        data = fh.read()
    fields = data.split()
    lines = data.count("\n") + (0 if data.endswith("\n") else 1)
    if len(fields) == 3 * lines:  # every line is "word freq tag": slice the fields (3x faster than a loop)
        return dict(zip(fields[0::3], fields[2::3], strict=True))
    tags: dict[str, str] = {}
    for line in data.splitlines():
        parts = line.split()
        if len(parts) == 3:
            tags[parts[0]] = parts[2]
    return tags


def load_heads() -> dict[str, Any]:
    return json.loads((resources.files("jinghai_nlp") / "data" / "heads.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


class EntityRules:
    """Find entities in a text given its tokens. Pure apart from the loaded resources."""

    def __init__(self, res: EntityResources) -> None:
        self.res = res
        self._head_by_len = sorted(res.heads.values(), key=lambda h: len(h.head), reverse=True)
        self._max_head = max((len(h) for h in res.heads), default=0)
        self._head_cache: dict[str, Head | None] = {}

    @classmethod
    def load(cls, gazetteer: Gazetteer | None = None) -> EntityRules:
        raw = load_heads()
        heads = {
            h["head"]: Head(h["head"], h["label"], bool(h.get("generic_ok")), bool(h.get("transport")))
            for h in raw["heads"]
        }
        return cls(
            EntityResources(
                gazetteer=gazetteer or Gazetteer.load(),
                heads=heads,
                regions=frozenset(raw["regions"]),
                not_names=frozenset(raw["not_names"]),
                ambiguous=frozenset(raw.get("ambiguous_short_forms", ())),
                tags=_jieba_tags(),
                classifiers=frozenset(u for u, v in unit_table().items() if v.classifier),
            )
        )

    # -- helpers ---------------------------------------------------------------
    def _is_place_name(self, word: str, local: frozenset[str]) -> bool:
        if len(word) < 2 or word in self.res.not_names:
            return False
        g = self.res.gazetteer
        if word in g.by_name:
            return True
        if word in local:
            return True
        if word in g.by_short:
            if word in self.res.ambiguous:
                return False
            tag = self.res.tags.get(word)
            if tag is not None and tag not in _PROPER_TAGS:
                return False  # a common word that happens to shorten a division name (合作, 资源)
            return any(d.level in ("province", "city", "county") for d in g.by_short[word])
        return word in self.res.regions

    def _proper(self, words: Sequence[str], local: frozenset[str]) -> bool:
        singles = 0
        for w in words:
            if self._is_place_name(w, local) or self.res.tags.get(w) in _PROPER_TAGS:
                return True
            if w.startswith("“") or re.match(r"[A-Za-z]", w):
                return True
            if re.fullmatch(r"[\u4e00-\u9fff]", w) and w not in self.res.tags:
                return True
            if len(w) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", w) and w not in self.res.tags:
                return True  # a word jieba does not know: most likely a name
            singles = singles + 1 if len(w) == 1 else 0
            if singles >= 3:
                return True
        return False

    # -- the rules -------------------------------------------------------------
    def find(
        self,
        text: str,
        tokens: Sequence[TokenSpan],
        *,
        local_names: frozenset[str] = frozenset(),
    ) -> list[Entity]:
        """Entities of ``text``; ``tokens`` are (text, start, end); ``local_names`` are the
        names of divisions inside the document's jurisdiction (trusted in short form)."""
        masked = [(m.start(), m.end()) for m in FORMULAE.finditer(text)]
        cands: list[Entity] = []
        for m in DATE_RE.finditer(text):
            cands.append(Entity(m.start(), m.end(), "DATE", m.group(0), "date"))
        for m in GOV_BODY.finditer(text):
            cands.append(Entity(m.start(), m.end(), "INSTITUTION", m.group(0), "body"))
        cands += self._quoted(text)
        cands += self._from_tokens(text, tokens, local_names)
        cands = [c for c in cands if not any(a < c.end and c.start < b for a, b in masked)]
        return _resolve(cands)

    def _quoted(self, text: str) -> list[Entity]:
        out = []
        heads = "|".join(re.escape(h.head) for h in self._head_by_len if h.label == "PROJECT")
        for m in re.finditer(rf"“[^”\n]{{1,16}}”(?:{heads})", text):
            out.append(Entity(m.start(), m.end(), "PROJECT", m.group(0), "quoted"))
        for m in re.finditer(rf"“[^”\n]{{1,16}}(?:{heads})”", text):
            out.append(Entity(m.start(), m.end(), "PROJECT", m.group(0), "quoted"))
        return out

    def _from_tokens(self, text: str, tokens: Sequence[TokenSpan], local: frozenset[str]) -> list[Entity]:
        out: list[Entity] = []
        n = len(tokens)
        i = 0
        while i < n:
            w, s, e = tokens[i]
            # gazetteer places, merging a run (天津市 静海区)
            if self._is_place_name(w, local):
                j = i
                while j + 1 < n and self._is_place_name(tokens[j + 1][0], local) and tokens[j + 1][1] == tokens[j][2]:
                    j += 1
                out.append(Entity(s, tokens[j][2], "PLACE", text[s : tokens[j][2]], "gazetteer"))
            head = self._head_of(w)
            if head is not None and len(head.head) == 1 and self.res.tags.get(w, "") in ("v", "vn", "vd"):
                head = None  # 开园 is a verb, not a park
            if head is not None:
                ent = self._extend(text, tokens, i, head, local)
                if ent is not None:
                    out.append(ent)
            i += 1
        return out

    def _head_of(self, word: str) -> Head | None:
        cache = self._head_cache
        if word in cache:
            return cache[word]
        heads = self.res.heads
        found = None
        for n in range(min(len(word), self._max_head), 0, -1):
            h = heads.get(word[-n:])
            if h is not None:
                found = h
                break
        if len(cache) < 200_000:
            cache[word] = found
        return found

    def _extend(
        self, text: str, tokens: Sequence[TokenSpan], i: int, head: Head, local: frozenset[str]
    ) -> Entity | None:
        w, s, e = tokens[i]
        words = [w[: len(w) - len(head.head)]] if len(w) > len(head.head) else []
        start = s
        j = i - 1
        limit = 24 if head.label == "PROJECT" else 18
        while j >= 0:
            tw, ts, te = tokens[j]
            if te != start or e - ts > limit:
                break
            if any(ch in _CLAUSE_END or ch.isspace() or ch.isdigit() for ch in tw):
                if not (tw.startswith("“") or tw.endswith("”") or tw in ("“", "”", "—")):
                    break
            tag = self.res.tags.get(tw, "")
            if (tag in _HARD_TAGS or tw in self.res.classifiers) and not self._is_place_name(tw, local):
                break
            if tag == "v" and (not head.generic_ok or i - j > 2) and not self._is_place_name(tw, local):
                break
            words.insert(0, tw)
            start = ts
            j -= 1
        # trim leading verbs and adverbs of the clause
        k = 0
        while k < len(words) and (
            words[k] in _LEADING_TRIM
            or words[k].endswith(tuple(_LEADING_TRIM))
            or self.res.tags.get(words[k], "") in _SOFT_TAGS
            and not self._is_place_name(words[k], local)
        ):
            start += len(words[k])
            k += 1
        words = words[k:]
        while words and words[0] in ("”", "—", "、"):
            start += len(words[0])
            words = words[1:]
        name = text[start:e]
        if "”" in name and "“" not in name[: name.index("”")]:
            q = text.rfind("“", max(0, start - 12), start)
            if q >= 0 and "\n" not in text[q:start]:
                start, name = q, text[q:e]
                words = [text[q:start]] + words if text[q:start] else words
        if not words or "“" in name and "”" not in name:
            return None
        if name in self.res.not_names or len(name) <= len(head.head):
            return None
        if not head.generic_ok and not self._proper(words, local):
            return None
        if head.generic_ok and len(name) - len(head.head) < 2:
            return None
        label = head.label
        if head.transport:
            clause_s = max(text.rfind(c, 0, start) for c in "，。；\n") + 1
            clause_e = min((x for x in (text.find(c, e) for c in "，。；\n") if x >= 0), default=len(text))
            if _BUILD.search(text[clause_s:clause_e]):
                label = "PROJECT"
        return Entity(start, e, label, name, "head")


def _resolve(cands: list[Entity]) -> list[Entity]:
    """Non-overlapping entities: longest first, then by rule priority; sorted by offset."""
    priority = {"quoted": 0, "body": 1, "head": 2, "gazetteer": 3, "date": 4}
    chosen: list[Entity] = []
    starts: list[int] = []  # the chosen spans, sorted and non-overlapping
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), priority.get(c.source or "", 9), c.start)):
        if c.end <= c.start:
            continue
        i = bisect.bisect_left(starts, c.end)  # spans before i start before c ends
        if i > 0 and ends[i - 1] > c.start:
            continue
        chosen.append(c)
        starts.insert(i, c.start)
        ends.insert(i, c.end)
    return sorted(chosen, key=lambda c: c.start)
