import json, re, collections
PERMITTED = {"order-problem","delivery-delay","additional-information","return-follow-up","invoice","review-request",
             "delivery-scheduling","home-service-appointment","custom-design-verification","fulfillment-question","reply"}
FIELDS = ["id","language","locale","type","format","subject","body","order_id","expected","note"]
ORD = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
recs = [json.loads(l) for l in open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "probe.jsonl"), encoding="utf-8")]
ids = set(); problems = []
for r in recs:
    assert list(r) == FIELDS, r["id"]
    assert r["id"] not in ids; ids.add(r["id"])
    assert r["type"] in PERMITTED and r["format"] in ("html","text")
    assert r["expected"] == sorted(r["expected"])
    assert ORD.search(r["subject"]) or ORD.search(r["body"])
    assert r["order_id"] in r["subject"] + r["body"]
    b = r["body"]; exp = set(r["expected"])
    def flag(msg): problems.append((r["id"], sorted(exp), msg))
    # self-lint for accidental violations
    if re.search(r"http://", b): flag("http")
    for h in re.findall(r'href="([^"]+)"', b):
        if not re.match(r"https://www\.amazon\.", h): flag("non-amazon link " + h)
    if re.search(r"[\w.]+@[\w-]+\.\w", b): flag("email-like")
    if re.search(r"style=|color|font-family|line-height|text-align|align=|<center|<font", b, re.I): flag("style")
    if re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|:\)|;\)|:-\)|:D|<3", b): flag("emoji")
    if re.search(r"\bwww\.|\.(com|nl|de|fr|it|es|pl|se)\b", re.sub(r'(href|src|srcset)="[^"]*"', "", b)): flag("domain in text")
    if re.search(r"\?", " ".join(re.findall(r'src="([^"]+)"', b))): flag("query in src")
    # 412
    t = b.replace("\r\n", "\n")
    if r["format"] == "text":
        breaks = re.search(r"\n[ \t]*\n[ \t]*\n", t) is not None
    else:
        breaks = re.search(r"(<br\s*/?>\s*(&nbsp;|&#160;|<span>&nbsp;</span>)?\s*){3,}", t, re.I) is not None \
            or len(re.findall(r"<(p|div)[^>]*>\s*(<br\s*/?>|&nbsp;|&#160;|<o:p>&nbsp;</o:p>)?\s*</(p|div)>", t, re.I)) >= 2 \
            or re.search(r"(<tr><td>&nbsp;</td></tr>\s*){2,}", t) is not None
    if breaks != ("BSM412" in exp): flag("412 heuristic=%s" % breaks)
    # 402
    imgs = re.findall(r"<img\b[^>]*>", b, re.I)
    noalt = False
    for im in imgs:
        m = re.search(r"""\balt\s*=\s*("([^"]*)"|'([^']*)')""", im, re.I)
        val = (m.group(2) if m and m.group(2) is not None else (m.group(3) if m else None))
        if val is None or re.sub(r"(&nbsp;|&#160;|&zwnj;|[\s\u200b\u200c\u200d\ufeff])", "", val) == "":
            noalt = True
    if noalt != ("BSM402" in exp): flag("402 heuristic=%s" % noalt)
    for w in re.findall(r'width\s*=\s*"?(\d+)', b, re.I):
        if int(w) > 400 and "100%" not in w: flag("wide %s" % w)
for p in problems: print(p)
print("records:", len(recs))
bylang = collections.Counter(r["language"] for r in recs)
print("per language:", dict(bylang))
byrule = collections.Counter(x for r in recs for x in r["expected"])
print("per rule:", dict(sorted(byrule.items())), "clean:", sum(1 for r in recs if not r["expected"]))
kinds = collections.Counter(r["note"].split("]")[0][1:] for r in recs)
print("per kind:", dict(kinds))
tab = collections.defaultdict(collections.Counter)
for r in recs:
    tab[r["language"]][",".join(r["expected"]) or "clean"] += 1
cols = sorted({c for v in tab.values() for c in v})
print("lang " + " ".join("%7s" % c for c in cols))
for lg in ["nl","en","de","fr","it","es","pl","sv","tr"]:
    print("%-4s " % lg + " ".join("%7d" % tab[lg][c] for c in cols))
print("formats:", dict(collections.Counter(r["format"] for r in recs)))
