"""Validate the v2 blind-set modules lang_fr, lang_it, lang_es (writer b)."""
import os
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
OID = re.compile(r'^\d{3}-\d{7}-\d{7}$')
LANGS = {'fr': ('fr-FR', 'fr-BE'), 'it': ('it-IT',), 'es': ('es-ES',)}

# heuristics for clean messages (warnings to review by hand, not proof)
LINT = [
    ('emoji', re.compile('[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764]')),
    ('emoticon', re.compile(r'(?<!\w)[:;=8xX]-?[)(DPp](?!\w)|<3|\^\^')),
    ('http', re.compile(r'http://', re.I)),
    ('at-sign', re.compile(r'@|mailto:', re.I)),
    ('style', re.compile(r'font-family|line-height|color\s*[:=]|text-align|align=|<center|<font|<h[1-6]|font-size|<style', re.I)),
    ('blank-lines', re.compile(r'\n[ \t]*\n[ \t]*\n')),
    ('br-run', re.compile(r'(<br\s*/?>\s*){3,}', re.I)),
    ('empty-p', re.compile(r'<p[^>]*>\s*(&nbsp;|<br\s*/?>)?\s*</p>', re.I)),
    ('bare-domain', re.compile(r'\bwww\.|\.(fr|it|es|com|be|eu)\b(?!\w)', re.I)),
    ('phone-like', re.compile(r'(?<![\w/-])(\+\d{2}[\s.]?)?\d{2,4}([\s.]\d{2,4}){3,}(?![\w/-])')),
    ('script', re.compile(r'<(script|iframe|form|object|embed)|javascript:|on\w+=', re.I)),
]


def main():
    errors, warnings = [], []
    all_ids, all_oids = set(), set()
    for lang, locales in LANGS.items():
        mod = importlib.import_module('lang_' + lang)
        msgs = mod.MESSAGES
        if len(msgs) != 50:
            errors.append(f'{lang}: {len(msgs)} records, not 50')
        clean = 0
        counts = {}
        for i, m in enumerate(msgs, 1):
            tag = m.get('id', f'{lang}#{i}')
            if list(m.keys()) != FIELDS and set(m.keys()) != set(FIELDS):
                errors.append(f'{tag}: fields {sorted(m.keys())}')
                continue
            for f in FIELDS:
                want = list if f == 'expected' else str
                if not isinstance(m[f], want):
                    errors.append(f'{tag}: {f} is {type(m[f]).__name__}')
            if m['id'] != f'v2-{lang}-{i:03d}':
                errors.append(f'{tag}: id should be v2-{lang}-{i:03d}')
            if m['id'] in all_ids:
                errors.append(f'{tag}: duplicate id')
            all_ids.add(m['id'])
            if m['language'] != lang:
                errors.append(f'{tag}: language {m["language"]}')
            if m['locale'] not in locales:
                errors.append(f'{tag}: locale {m["locale"]}')
            if m['type'] not in TYPES:
                errors.append(f'{tag}: type {m["type"]}')
            if m['format'] not in ('text', 'html'):
                errors.append(f'{tag}: format {m["format"]}')
            if not m['subject'].strip() or not m['body'].strip() or not m['note'].strip():
                errors.append(f'{tag}: empty subject/body/note')
            if not OID.match(m['order_id']):
                errors.append(f'{tag}: order_id {m["order_id"]!r}')
            if m['order_id'] in all_oids:
                errors.append(f'{tag}: duplicate order_id')
            all_oids.add(m['order_id'])
            exp = m['expected']
            if exp != sorted(set(exp)):
                errors.append(f'{tag}: expected not sorted/unique')
            for r in exp:
                if r not in RULE_IDS:
                    errors.append(f'{tag}: unknown rule {r}')
                if r in ('BSM101', 'BSM103', 'BSM105', 'BSM106', 'BSM111', 'BSM112', 'BSM414'):
                    errors.append(f'{tag}: {r} is never expected by the policy')
            text = m['subject'] + '\n' + m['body']
            present = m['order_id'] in text
            if 'BSM102' in exp:
                if re.search(r'\d{3}-\d{7}-\d{7}', text):
                    errors.append(f'{tag}: BSM102 expected but an order number is present')
            elif not present:
                errors.append(f'{tag}: order number missing from subject/body')
            others = set(re.findall(r'\d{3}-\d{7}-\d{7}', text)) - {m['order_id']}
            if others:
                errors.append(f'{tag}: other order numbers {others}')
            if m['format'] == 'text' and re.search(r'<(p|br|div|table|a|img)\b', m['body']):
                errors.append(f'{tag}: HTML in a text body')
            if m['format'] == 'html' and not re.search(r'<(p|div|table|br)\b', m['body']):
                errors.append(f'{tag}: html body without markup')
            if not exp:
                clean += 1
                for name, rx in LINT:
                    body = text
                    if name == 'phone-like':
                        body = text.replace(m['order_id'], '')
                    hit = rx.search(body)
                    if hit:
                        warnings.append(f'{tag} (clean): {name}: {hit.group(0)!r}')
            for r in exp or ['clean']:
                counts[r] = counts.get(r, 0) + 1
        if clean != 17:
            errors.append(f'{lang}: {clean} clean, not 17')
        print(lang, len(msgs), 'records;', ', '.join(f'{k} {v}' for k, v in sorted(counts.items())))
    for w in warnings:
        print('WARN', w)
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
