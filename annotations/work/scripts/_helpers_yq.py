"""Shared helpers for the yinchuan_2024 / qinzhou_2024 gold scripts (offset computation only)."""
import json
import pathlib

WORK = pathlib.Path(__file__).resolve().parent.parent
SEPS = "。；！？\n"


class Doc:
    def __init__(self, doc_id, jurisdiction, year, ent_regions, tgt_regions):
        self.id = doc_id
        self.jur = jurisdiction
        self.year = year
        self.text = (WORK / f"{doc_id}.txt").read_text(encoding="utf-8")
        self.ent_regions = ent_regions
        self.tgt_regions = tgt_regions
        self.entities = []
        self.targets = []
        self._ecur = 0
        self._tcur = 0
        self.status = None
        self.default_year = None

    # ---------- cursors ----------
    def e_seek(self, anchor):
        i = self.text.find(anchor, self._ecur)
        assert i >= 0, f"e_seek: {anchor!r} not found after {self._ecur}"
        self._ecur = i

    def t_seek(self, anchor):
        i = self.text.find(anchor, self._tcur)
        assert i >= 0, f"t_seek: {anchor!r} not found after {self._tcur}"
        self._tcur = i

    def section(self, status, default_year):
        self.status = status
        self.default_year = default_year

    # ---------- entities ----------
    def E(self, label, s, ctx="", maxjump=400):
        i = self.text.find(ctx + s, max(0, self._ecur - len(ctx)))
        assert i >= 0, f"entity {s!r} (ctx {ctx!r}) not found after {self._ecur}"
        assert i + len(ctx) - self._ecur <= maxjump, f"entity {s!r} jumped {i - self._ecur} chars"
        i += len(ctx)
        self.entities.append({"start": i, "end": i + len(s), "label": label, "text": s})
        self._ecur = i + len(s)

    # ---------- targets ----------
    def _sentence(self, i, j):
        a = max(self.text.rfind(c, 0, i) for c in SEPS) + 1
        bs = [self.text.find(c, j) for c in SEPS]
        b = min(x for x in bs if x >= 0) if any(x >= 0 for x in bs) else len(self.text)
        return a, b

    def _paragraph(self, i):
        return self.text.rfind("\n", 0, i) + 1

    def T(self, span, indicator, value, unit, cmp="=", kind="level", vmax=None,
          resp=None, dl=None, dl_year=None, ctx="", status=None, maxjump=400):
        text = self.text
        done = {(t["start"] - len(ctx), t["text"]) for t in self.targets}
        i = text.find(ctx + span, max(0, self._tcur - len(ctx)))
        while i >= 0 and (i, span) in done:  # identical span already annotated here
            i = text.find(ctx + span, i + 1)
        assert i >= 0, f"target {span!r} (ctx {ctx!r}) not found after {self._tcur}"
        assert i + len(ctx) - self._tcur <= maxjump, f"target {span!r} jumped {i - self._tcur} chars"
        i += len(ctx)
        j = i + len(span)
        # responsible
        if resp is None:
            r = {"text": self.jur, "start": None, "end": None, "implicit": True}
        else:
            p = self._paragraph(i)
            k = text.rfind(resp, p, i)
            if k < 0:
                k = text.find(resp, i, j)
            assert k >= 0, f"responsible {resp!r} not in paragraph of {span!r}"
            r = {"text": resp, "start": k, "end": k + len(resp), "implicit": False}
        # deadline
        if dl is None:
            d = {"year": self.default_year if dl_year is None else dl_year, "date": None,
                 "text": None, "start": None, "end": None, "implicit": True}
        else:
            a, b = self._sentence(i, j)
            k = text.rfind(dl, a, i + 1)
            if k < 0:
                k = text.find(dl, i, b)
            assert k >= 0, f"deadline {dl!r} not in sentence of {span!r}"
            d = {"year": self.default_year if dl_year is None else dl_year, "date": None,
                 "text": dl, "start": k, "end": k + len(dl), "implicit": False}
        self.targets.append({
            "start": i, "end": j, "text": span, "indicator": indicator,
            "value": float(value), "value_max": None if vmax is None else float(vmax),
            "unit": unit, "comparator": cmp, "kind": kind,
            "status": status or self.status, "responsible": r, "deadline": d})
        self._tcur = i

    # ---------- output ----------
    def write(self):
        for e in self.entities:
            assert any(a <= e["start"] and e["end"] <= b for a, b in self.ent_regions), e
        for t in self.targets:
            assert any(a <= t["start"] and t["end"] <= b for a, b in self.tgt_regions), t
        ents = sorted(self.entities, key=lambda e: (e["start"], e["end"]))
        tgts = sorted(self.targets, key=lambda t: (t["start"], t["end"]))
        doc = {"id": self.id,
               "meta": {"jurisdiction": self.jur, "year": self.year,
                        "regions": {"targets": self.tgt_regions, "entities": self.ent_regions}},
               "entities": ents, "targets": tgts}
        out = WORK / "out" / f"{self.id}__main.jsonl"
        out.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out}: {len(ents)} entities, {len(tgts)} targets")
        return out
