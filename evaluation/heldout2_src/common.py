import random
RECS = []
_count = {}
def M(lang, typ, fmt, subj, body, exp=(), note="", locale=None):
    n = _count.get(lang, 0) + 1
    _count[lang] = n
    rid = f"h2-{lang}-{n:03d}"
    rnd = random.Random("h2/" + rid)
    oid = "%s-%07d-%07d" % (rnd.choice(["028", "171", "302", "303", "304", "305", "402", "403", "404", "405", "406", "407", "408"]), rnd.randint(0, 9999999), rnd.randint(0, 9999999))
    body = body.strip("\n")
    RECS.append({"id": rid, "language": lang, "locale": locale or DEF[lang], "type": typ, "format": fmt,
                 "subject": subj.replace("{o}", oid), "body": body.replace("{o}", oid),
                 "order_id": oid, "expected": sorted(exp), "note": note})
DEF = {"nl": "nl-NL", "en": "en-GB", "de": "de-DE", "fr": "fr-FR", "it": "it-IT", "es": "es-ES", "pl": "pl-PL", "sv": "sv-SE", "tr": "tr-TR"}

def _frame(w, h, color_index, delay=50):
    import struct
    codes = []
    pix = [color_index] * (w * h)
    for i in range(0, len(pix), 2):
        codes.append(4)
        codes.extend(pix[i:i + 2])
    codes.append(5)
    bits = 0; nb = 0; out = bytearray()
    for c in codes:
        bits |= c << nb; nb += 3
        while nb >= 8:
            out.append(bits & 255); bits >>= 8; nb -= 8
    if nb: out.append(bits & 255)
    data = bytearray()
    for i in range(0, len(out), 255):
        chunk = out[i:i + 255]; data.append(len(chunk)); data += chunk
    data.append(0)
    gce = b"\x21\xf9\x04\x00" + struct.pack("<H", delay) + b"\x00\x00"
    desc = b"\x2c" + struct.pack("<HHHHB", 0, 0, w, h, 0)
    return gce + desc + bytes([2]) + bytes(data)

def animated_gif_uri(w=48, h=16):
    import struct, base64
    head = b"GIF89a" + struct.pack("<HHBBB", w, h, 0x81, 0, 0)
    pal = bytes([255, 255, 255, 200, 30, 30, 30, 90, 200, 0, 0, 0])
    loop = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    g = head + pal + loop + _frame(w, h, 1) + _frame(w, h, 2) + _frame(w, h, 3) + b"\x3b"
    return "data:image/gif;base64," + base64.b64encode(g).decode()
