"""Validator for v18 writer A: lang_nl, lang_en, lang_de."""
import importlib, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding='utf-8').read()
RULE_IDS = set(re.findall(r'^\| (BSM\d{3}) \|', RULES, re.M))
TYPES = {'order-problem', 'delivery-delay', 'additional-information', 'return-follow-up',
         'invoice', 'review-request', 'delivery-scheduling', 'home-service-appointment',
         'custom-design-verification', 'fulfillment-question', 'reply'}
FIELDS = ['id', 'language', 'locale', 'type', 'format', 'subject', 'body', 'order_id',
          'expected', 'note']
PREFIX = {'nl': '490-', 'en': '491-', 'de': '492-'}
ORDER_RE = re.compile(r'\b\d{3}-\d{7}-\d{7}\b')
EMOTICON = re.compile(r'(?<!\w)(:-?\)|;-?\)|:-?D\b|:-?\(|<3|:-?P\b|\^\^|xD\b)')
EMOJI = re.compile('[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2705]')

errors = []
def err(msg):
    errors.append(msg)

all_orders = set()
for lang in ['nl', 'en', 'de']:
    mod = importlib.import_module('lang_' + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(f'{lang}: {len(msgs)} records, want 50')
    ids = set()
    clean = 0
    for i, m in enumerate(msgs, 1):
        rid = m.get('id')
        if list(m.keys()) != FIELDS and set(m.keys()) != set(FIELDS):
            err(f'{rid}: fields {sorted(m.keys())}')
        for f in FIELDS:
            if f not in m:
                err(f'{rid}: missing {f}'); continue
            want = list if f == 'expected' else str
            if not isinstance(m[f], want):
                err(f'{rid}: {f} has type {type(m[f]).__name__}')
        if rid != f'v18-{lang}-{i:03d}':
            err(f'{rid}: id out of sequence (want v18-{lang}-{i:03d})')
        if rid in ids:
            err(f'{rid}: duplicate id')
        ids.add(rid)
        if m['language'] != lang:
            err(f'{rid}: language {m["language"]}')
        if not re.fullmatch(r'[a-z]{2}-[A-Z]{2}', m['locale']) or not m['locale'].startswith(lang):
            err(f'{rid}: locale {m["locale"]}')
        if m['type'] not in TYPES:
            err(f'{rid}: type {m["type"]}')
        if m['format'] not in ('text', 'html'):
            err(f'{rid}: format {m["format"]}')
        exp = m['expected']
        if exp != sorted(set(exp)):
            err(f'{rid}: expected not sorted/unique')
        for e in exp:
            if e not in RULE_IDS:
                err(f'{rid}: unknown rule {e}')
            if e in ('BSM101', 'BSM103', 'BSM105', 'BSM106', 'BSM111', 'BSM112', 'BSM414'):
                err(f'{rid}: {e} is never expected by policy')
        if not exp:
            clean += 1
        oid = m['order_id']
        if not re.fullmatch(r'\d{3}-\d{7}-\d{7}', oid) or not oid.startswith(PREFIX[lang]):
            err(f'{rid}: bad order_id {oid}')
        if oid in all_orders:
            err(f'{rid}: order_id reused')
        all_orders.add(oid)
        text = m['subject'] + '\n' + m['body']
        present = oid in text
        if 'BSM102' in exp:
            if ORDER_RE.search(text):
                err(f'{rid}: BSM102 expected but an order number is present')
        elif not present:
            err(f'{rid}: order number missing')
        for other in ORDER_RE.findall(text):
            if other != oid:
                err(f'{rid}: foreign order number {other}')
        # sanity heuristics for rules that are easy to break by accident
        body = m['body']
        checks = {
            'BSM403': bool(EMOJI.search(text) or EMOTICON.search(text)),
            'BSM301': 'http://' in text and '<img' not in re.sub(r'<a[^>]*http://[^>]*>', '', body) or bool(re.search(r'href="http://', body)),
            'BSM308': bool(re.search(r'[\w.+-]+@[\w-]+\.\w+', text)) or 'mailto:' in text
                      or bool(re.search(r'\w+\s*[\[(]?\s*(at|apenstaartje)\s*[\])]?\s*[\w-]+\s*[\[(]?\s*(dot|punt|punkt)\b', text)),
            'BSM412': ('\n\n\n' in body) or bool(re.search(r'(<br\s*/?>\s*){3,}', body)) or bool(re.search(r'<p>\s*(&nbsp;)?\s*</p>', body)),
            'BSM409': bool(re.search(r'(?<![-\w])color\s*:|<font[^>]*color', body, re.I)),
            'BSM407': 'font-family' in body,
            'BSM408': 'line-height' in body,
            'BSM411': bool(re.search(r'text-align|align=|<center', body, re.I)),
            'BSM312': bool(re.search(r'<(script|iframe|form|object|embed)\b|javascript:|\son\w+=', body, re.I)),
            'BSM402': bool(re.search(r'<img(?![^>]*alt="[^"]+")[^>]*>', body)),
        }
        for rule, hit in checks.items():
            if hit and rule not in exp:
                err(f'{rid}: looks like {rule} but not expected')
            if rule in ('BSM403', 'BSM308', 'BSM412', 'BSM409', 'BSM407', 'BSM408', 'BSM411', 'BSM312', 'BSM402') and rule in exp and not hit:
                err(f'{rid}: {rule} expected but heuristic does not see it')
        if m['format'] == 'text' and re.search(r'<(p|br|div|a|img|table)\b', body):
            err(f'{rid}: text format contains HTML')
        if m['format'] == 'html' and not re.search(r'<(p|br|div|table)\b', body):
            err(f'{rid}: html format without HTML')
        if 'BSM110' in exp and m['type'] not in ('return-follow-up', 'invoice', 'review-request', 'reply'):
            err(f'{rid}: BSM110 on a critical type')
        if 'BSM107' in exp and m['type'] != 'order-problem':
            err(f'{rid}: BSM107 on non order-problem')
        if not m['note'] or len(m['note']) > 200:
            err(f'{rid}: note length')
    if clean != 17:
        err(f'{lang}: {clean} clean, want 17')
    counts = {}
    for m in msgs:
        for e in m['expected']:
            counts[e] = counts.get(e, 0) + 1
    print(lang, 'clean', clean, 'rules', dict(sorted(counts.items())))

if errors:
    print('\n'.join(errors))
    print(f'FAILED: {len(errors)} problem(s)')
    sys.exit(1)
print('OK: all checks passed')
