import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import common
for l in ["nl", "en", "de", "fr", "it", "es", "pl", "sv", "tr"]:
    __import__("lang_" + l)
out = os.path.join(os.path.dirname(__file__), "..", "heldout2.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for r in common.RECS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(common.RECS), "written to", os.path.abspath(out))
