"""Train the responsible-area linker on gold documents (scikit-learn), store it as JSON.

    python -m jinghai_nlp.training.linker [--gold annotations/] [--out jinghai_nlp/data/area_model.json]

Candidates are the places and institutions the pipeline finds around each gold
target (plus the gold mention when the pipeline missed it, so the model learns
what owners look like), and the implicit jurisdiction. A logistic regression
over :func:`jinghai_nlp.relations.area_features` is fitted on train for several
regularisation strengths; the one with the best responsible accuracy on dev
(end to end, through the pipeline) is kept, and a gradient-boosted model is
measured beside it for comparison. The model is written as plain JSON
(vocabulary, coefficients, intercept, meta), never pickled.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..evaluate import _inside, evaluate
from ..formats import read_jsonl
from ..pipeline import build, doc_to_document, shared_gazetteer
from ..quantities import Quantity
from ..relations import AreaModel, _Context, area_candidates, area_features
from ..sections import section_at
from ..targets import TargetDraft
from ..types import Document, Entity, Section

Pair = tuple[dict[str, float], int, int]  # features, label, group (target index)


def _drafts_and_entities(nlp: Any, gold: Document) -> tuple[list[tuple[TargetDraft, Any]], list[Entity], Any]:
    doc = nlp(gold.text, component_cfg={"jinghai_structure": {"year": gold.year, "jurisdiction": gold.jurisdiction}})
    pred = doc_to_document(doc, tokens=False)
    sections = tuple(Section.from_dict(s) for s in pred.meta.get("sections", ()))
    code = pred.meta.get("jurisdiction_code")
    division = shared_gazetteer().by_code.get(code) if code else None
    regions = (gold.meta.get("regions") or {}).get("targets")
    predicted = [(p["start"], p["end"], p.get("_subject")) for p in doc.user_data.get("jh_targets", ())]
    out = []
    for t in gold.targets:
        if not _inside(t.start, t.end, regions):
            continue
        q = Quantity(t.start, t.end, t.start, 0, t.unit)  # type: ignore[arg-type]
        # the clause subject as the target finder saw it (from the best-overlapping predicted target)
        overlap = [(min(e, t.end) - max(s, t.start), subj) for s, e, subj in predicted if s < t.end and t.start < e]
        subj = max(overlap, key=lambda x: x[0])[1] if overlap else None
        draft = TargetDraft(
            t.start,
            t.end,
            t.indicator,
            q,
            t.kind,
            t.status,
            t.comparator,
            section_at(sections, t.start),
            subject=Entity(subj[0], subj[1], subj[2], subj[3]) if subj else None,
        )
        out.append((draft, t.responsible))
    return out, sorted(pred.entities, key=lambda e: e.start), division


def make_pairs(nlp: Any, docs: Sequence[Document], *, add_gold_mention: bool) -> list[Pair]:
    from ..relations import AreaLinker

    gaz = shared_gazetteer()
    rules = AreaLinker(gaz)
    pairs: list[Pair] = []
    group = 0
    for gold in docs:
        items, entities, division = _drafts_and_entities(nlp, gold)
        for draft, resp in items:
            ents = list(entities)
            if add_gold_mention and resp is not None and not resp.implicit and resp.start is not None:
                if not any(e.start == resp.start and e.end == resp.end for e in ents):
                    ents.append(Entity(resp.start, resp.end, "PLACE", resp.text or ""))
                    ents.sort(key=lambda e: e.start)
            cands = area_candidates(gold.text, draft, ents)
            pick = rules.rule_pick(gold.text, draft, entities, division)
            if pick is not None and pick not in cands:
                cands.append(pick)
            ctx = _Context(gold.text, draft, division, len(cands))
            implicit_gold = resp is None or resp.implicit
            pairs.append((area_features(gaz, ctx, None, rule=pick is None), int(implicit_gold), group))
            for c in cands:
                hit = not implicit_gold and resp is not None and c.start == resp.start and c.end == resp.end
                pairs.append((area_features(gaz, ctx, c, rule=c == pick), int(hit), group))
            group += 1
    return pairs


def pairwise(pairs: Sequence[Pair]) -> tuple[list[dict[str, float]], list[int]]:
    """Within each target, differences between the gold candidate and each other one (both signs).

    A linear model on these differences ranks the candidates of a target against
    each other (a conditional-logit style ranker) instead of scoring them in
    isolation, which the 97% share of implicit owners would swamp.
    """
    groups: dict[int, list[tuple[dict[str, float], int]]] = {}
    for f, y, g in pairs:
        groups.setdefault(g, []).append((f, y))
    xs: list[dict[str, float]] = []
    ys: list[int] = []
    for items in groups.values():
        pos = [f for f, y in items if y]
        if not pos:
            continue
        for f, y in items:
            if y:
                continue
            diff = dict(pos[0])
            for k, v in f.items():
                diff[k] = diff.get(k, 0.0) - v
            xs.append(diff)
            ys.append(1)
            xs.append({k: -v for k, v in diff.items()})
            ys.append(0)
    return xs, ys


def _group_accuracy(scores: Sequence[float], pairs: Sequence[Pair]) -> float:
    best: dict[int, tuple[float, int]] = {}
    for s, (_, y, g) in zip(scores, pairs, strict=True):
        if g not in best or s > best[g][0]:
            best[g] = (s, y)
    return sum(y for _, y in best.values()) / len(best) if best else 0.0


def responsible_accuracy(model: AreaModel | None, docs: Sequence[Document]) -> float:
    """Responsible accuracy on matched targets, end to end through the pipeline, with or without a model."""
    nlp = build()
    rel = nlp.get_pipe("jinghai_relations")
    rel.model = model  # type: ignore[attr-defined]
    rel.use_model = model is not None  # type: ignore[attr-defined]
    rel._loaded = True  # type: ignore[attr-defined]
    preds = []
    for g in docs:
        doc = nlp(g.text, component_cfg={"jinghai_structure": {"year": g.year, "jurisdiction": g.jurisdiction}})
        preds.append(doc_to_document(doc, id=g.id, tokens=False))
    return float(evaluate(docs, preds)["fields"]["responsible"])


def _explicit_accuracy(scores: Sequence[float], pairs: Sequence[Pair]) -> tuple[int, int]:
    """(right, total) over targets whose gold owner is a mention (not the implicit jurisdiction)."""
    groups: dict[int, list[tuple[float, int, bool]]] = {}
    for s_, (f, y, g) in zip(scores, pairs, strict=True):
        groups.setdefault(g, []).append((s_, y, "implicit" in f))
    right = total = 0
    for items in groups.values():
        implicit_gold = any(y and imp for _, y, imp in items)
        if implicit_gold:
            continue
        total += 1
        right += max(items)[1]
    return right, total


def _summary(scored: Sequence[tuple[Sequence[float], Sequence[Pair]]]) -> dict[str, float]:
    """Accuracy over all targets and over those with a named owner, from per-document scores."""
    right = total = e_right = e_total = 0
    for scores, held in scored:
        n = len({p[2] for p in held})
        right += round(_group_accuracy(scores, held) * n)
        total += n
        r, t = _explicit_accuracy(scores, held)
        e_right += r
        e_total += t
    return {
        "accuracy": right / max(1, total),
        "explicit_accuracy": e_right / max(1, e_total),
        "explicit_targets": e_total,
    }


def train_linker(gold_dir: Path, *, seed: int = 0) -> tuple[AreaModel, dict[str, Any]]:
    """Select the regularisation by leave-one-document-out over train+dev, fit on both, return the model.

    Dev alone cannot select (nearly all its owners are the implicit jurisdiction),
    so selection is by cross-validation over the eight train and dev documents;
    test stays untouched.
    """
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    docs = list(read_jsonl(gold_dir / "train.jsonl")) + list(read_jsonl(gold_dir / "dev.jsonl"))
    nlp = build()
    nlp.get_pipe("jinghai_relations").use_model = False  # type: ignore[attr-defined]
    per_doc_train = [make_pairs(nlp, [d], add_gold_mention=True) for d in docs]
    per_doc_eval = [make_pairs(nlp, [d], add_gold_mention=False) for d in docs]
    report: dict[str, Any] = {"documents": [d.id for d in docs], "selection": "leave-one-document-out"}

    def cv(make: Any, ranked: bool = True) -> dict[str, float]:
        scored = []
        for i in range(len(docs)):
            train_pairs = [p for j, ps in enumerate(per_doc_train) if j != i for p in ps]
            held = per_doc_eval[i]
            if not held:
                continue
            vec = DictVectorizer()
            if ranked:
                xs, ys = pairwise(train_pairs)
                clf = make().fit(vec.fit_transform(xs), ys)
                scores = clf.decision_function(vec.transform([p[0] for p in held]))
            else:
                x = vec.fit_transform([p[0] for p in train_pairs])
                clf = make().fit(x, [p[1] for p in train_pairs])
                scores = clf.predict_proba(vec.transform([p[0] for p in held]))[:, 1]
            scored.append((list(scores), held))
        return _summary(scored)

    report["rules"] = _summary([([f.get("rule_choice", 0.0) for f, _, _ in held], held) for held in per_doc_eval])
    report["gbt_pointwise"] = cv(lambda: GradientBoostingClassifier(random_state=seed), ranked=False)
    report["logistic_pointwise"] = cv(lambda: LogisticRegression(C=1.0, max_iter=2000, random_state=seed), ranked=False)
    report["gbt_ranked"] = cv(lambda: GradientBoostingClassifier(random_state=seed))
    report["logistic"] = {}
    best_c, best_key = 1.0, (-1.0, -1.0)
    for c in (0.1, 0.3, 1.0, 3.0, 10.0):
        res = cv(lambda c=c: LogisticRegression(C=c, max_iter=2000, fit_intercept=False, random_state=seed))
        report["logistic"][str(c)] = res
        key = (res["accuracy"], res["explicit_accuracy"])
        if key > best_key:
            best_c, best_key = c, key
    xs, ys = pairwise([p for ps in per_doc_train for p in ps])
    vec = DictVectorizer()
    lr = LogisticRegression(C=best_c, max_iter=2000, fit_intercept=False, random_state=seed).fit(
        vec.fit_transform(xs), ys
    )
    vocab = {str(k): int(v) for k, v in vec.vocabulary_.items()}
    model = AreaModel(vocab, [float(w) for w in lr.coef_[0]], 0.0, {})
    import sklearn

    report["chosen_C"] = best_c
    report["beats_rules"] = best_key[0] > report["rules"]["accuracy"]
    model.meta = {
        "trained": datetime.date.today().isoformat(),
        "data": "annotations/train.jsonl + dev.jsonl; C chosen by leave-one-document-out",
        "features": "jinghai_nlp.relations.area_features",
        "sklearn": sklearn.__version__,
        "report": report,
    }
    return model, report


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m jinghai_nlp.training.linker", description=__doc__)
    ap.add_argument("--gold", default="annotations", type=Path)
    ap.add_argument("--out", default=Path(__file__).resolve().parent.parent / "data" / "area_model.json", type=Path)
    ap.add_argument("--force", action="store_true", help="write the model even when the rules are better")
    args = ap.parse_args(argv)
    model, report = train_linker(args.gold)
    print(json.dumps(report, indent=1), file=sys.stderr)
    if not report["beats_rules"] and not args.force:
        print(
            "the model does not beat the rules in cross-validation: nothing written (--force to write)", file=sys.stderr
        )
        return 0
    model.to_disk(args.out)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
