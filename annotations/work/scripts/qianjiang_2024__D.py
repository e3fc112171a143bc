"""Gold annotations for qianjiang_2024 (part D): entities only. Offsets are computed with str.find, never typed.

Region (entities): text[4135:4571], the two paragraphs that close 一、2023年工作回顾: the thanks
(各位代表，成之惟艰…致以崇高敬意！) and the problems (同时，我们清醒认识到…逐项破解。), up to
二、2024年重点工作. Targets region: none (no numbers here).
Names already decided in parts A, B and C of this document are kept (江汉油田/广华监狱 INSTITUTION as in B;
党中央, 省委/省政府, 人大/政协 before a role noun as in A and C).
"""
import json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent.parent
DOC_ID, PART = "qianjiang_2024", "D"
JUR, YEAR = "潜江市", 2024
TEXT = open(HERE / f"{DOC_ID}.txt", encoding="utf-8").read()
R_TARGETS = []
R_ENTITIES = [[4135, 4571]]
REG = R_ENTITIES[0]
assert TEXT[REG[0] - 1] == "\n" and TEXT[REG[1] - 1] == "\n"
assert TEXT[REG[0]:].startswith("各位代表，成之惟艰") and TEXT[REG[1]:].startswith("二、2024年重点工作")


def locate(text, cur, ctx=None, lo=REG[0], hi=REG[1]):
    """Position of `text` at or after cur; with ctx: inside the first occurrence of ctx
    (at or after cur - len(ctx)) that contains a copy of text starting at or after cur."""
    if ctx:
        c = TEXT.find(ctx, max(lo, cur - len(ctx)), hi)
        while c >= 0:
            i = TEXT.find(text, max(c, cur), c + len(ctx))
            if i >= 0:
                break
            c = TEXT.find(ctx, c + 1, hi)
        assert c >= 0 and i >= 0, (text, ctx, cur)
    else:
        i = TEXT.find(text, cur, hi)
        assert i >= 0, (text, cur)
    assert lo <= i and i + len(text) <= hi, (text, i)
    return i


# ------------------------------------------------------------------ entities
# (surface, label[, ctx]) in document order; ctx pins the occurrence.
P, I, J, D = "PLACE", "INSTITUTION", "PROJECT", "DATE"
ENTS = [
    # thanks paragraph. 成之惟艰: nothing
    ("党中央", I, "为核心的党中央领航"),     # inside 以习近平同志为核心的党中央 (C; jinghai, qinzhou, shanghai gold)
    ("省委", I, "省委、省政府坚强领导"),     # two bodies (DECISIONS: 省委省政府 is two entities)
    ("省政府", I, "省政府坚强领导"),
    ("市委", I, "市委科学决策"),
    ("市人大", I, "市人大、市政协"),
    ("市政协", I, "市政协鼎力支持"),
    ("潜江", P, "百万潜江人民"),             # place as a bare modifier (guide §3)
    ("市人民政府", I, "代表市人民政府"),     # liangshan D: 州人民政府
    # 全市广大干部群众: territory word -> nothing
    ("江汉油田", I, "向江汉油田"),           # B: the oilfield company, INSTITUTION
    ("广华监狱", I, "广华监狱以及"),         # B: INSTITUTION
    # 省直在潜单位: 省直…单位 is a generic group; 潜 is the one-character short form of 潜江
    # used as a name -> PLACE (corpus: 在津 tianjin, 在凉 liangshan D, 来川 liangshan)
    ("潜", P, "在潜单位"),
    ("潜", P, "驻潜部队"),                   # same; 部队 generic (liangshan D: 驻州部队 nothing, 州 generic)
    ("人大", I, "人大代表、政协委员"),       # body before a role noun (guide §3; A, C, liangshan D)
    ("政协", I, "政协委员、离退休"),
    # 离退休老干部, 各民主党派, 无党派人士, 人民团体: generic groups -> nothing
    ("工商联", I, "工商联、无党派人士"),     # liangshan D, hailaer C
    ("潜江", P, "关心支持潜江经济社会发展"),
    # problems paragraph ------------------------------------------------------
    ("潜江", P, "潜江发展还面临"),
    # 产业链, 营商环境, 危化品, 政府系统作风建设: generic -> nothing
]


def build():
    ents, cur = [], REG[0]
    for it in ENTS:
        text, label = it[0], it[1]
        i = locate(text, cur, it[2] if len(it) > 2 else None)
        ents.append(dict(start=i, end=i + len(text), label=label, text=text))
        cur = i + len(text)
    ents.sort(key=lambda e: (e["start"], e["end"]))
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], ("overlap", a, b)
    return {"id": DOC_ID,
            "meta": {"jurisdiction": JUR, "year": YEAR,
                     "regions": {"targets": R_TARGETS, "entities": R_ENTITIES}},
            "entities": ents, "targets": []}


if __name__ == "__main__":
    doc = build()
    out = HERE / "out" / f"{DOC_ID}__{PART}.jsonl"
    out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    if "-v" in sys.argv:
        for e in doc["entities"]:
            print("E", e["start"], e["label"], e["text"], "|",
                  TEXT[max(0, e["start"] - 6):e["end"] + 6].replace("\n", "/"))
    from collections import Counter
    print(out, len(doc["entities"]), "entities", dict(Counter(e["label"] for e in doc["entities"])))
