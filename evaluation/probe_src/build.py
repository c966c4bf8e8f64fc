import json, re, sys, collections
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
LANGS = ["nl", "en", "de", "fr", "it", "es", "pl", "sv", "tr"]
LOC = dict(nl="nl-NL", en="en-GB", de="de-DE", fr="fr-FR", it="it-IT", es="es-ES", pl="pl-PL", sv="sv-SE", tr="tr-TR")
recs = []
import importlib
groups = []
for lg in LANGS:
    mod = importlib.import_module("lang_" + lg)
    for d in mod.L:
        d = dict(d); d["language"] = lg
        groups.append(d)
import mixed_html
groups += mixed_html.L
counters = collections.Counter()
for d in groups:
    lg = d["language"]
    counters[lg] += 1
    o = common.order_no()
    subj = d["subject"].replace("{O}", o)
    body = d["body"].replace("{O}", o)
    assert o in subj or o in body, d
    recs.append({
        "id": "probe-%s-%03d" % (lg, counters[lg]),
        "language": lg,
        "locale": d["locale"] or LOC[lg],
        "type": d["type"],
        "format": d["format"],
        "subject": subj,
        "body": body,
        "order_id": o,
        "expected": d["expected"],
        "note": "[%s] %s" % (d["kind"], d["note"]),
    })
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "probe.jsonl"), "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs))
