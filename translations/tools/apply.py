# Fills translations/medtrack_id.ts from the dicts; medtrack_en.ts gets the source text. Reports what is missing.
import re, sys, importlib.util
sys.path.insert(0, __import__('os').path.dirname(__file__))
T = {}
for n in ('id1', 'id2', 'id3', 'id4'):
    T.update(importlib.import_module(n).T)

USAGE_MAP = [
 ("Usage: medtrackctl", "Penggunaan: medtrackctl"),
 ("\nCommands:\n", "\nPerintah:\n"),
 ("With --as, the user's password is read as the first line of standard input.", "Dengan --as, kata sandi pengguna dibaca dari baris pertama standard input."),
 ("user add then reads the new password twice (two more lines).", "user add lalu membaca kata sandi baru dua kali (dua baris berikutnya)."),
 ("Exit codes: 0 success, 1 failure, 2 usage error.", "Kode keluar: 0 berhasil, 1 gagal, 2 kesalahan penggunaan."),
]
C = {("Severity", "short column header"): "Keparahan", ("Assignee", "short column header"): "Petugas"}
def translate(src, comment=None):
    if comment is not None:
        return C.get((src, comment))
    if src in T: return T[src]
    if src.startswith("Usage: medtrackctl"):
        out = src
        for a, b in USAGE_MAP: out = out.replace(a, b)
        return out
    return None

import html
def unesc(s): return html.unescape(s)
def esc(s): return s.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;').replace('"','&quot;').replace("'", '&apos;')

def fill(path, lang):
    text = open(path, encoding='utf-8').read()
    missing = []
    def repl(m):
        block = m.group(0)
        src = unesc(re.search(r'<source>(.*?)</source>', block, re.S).group(1))
        numerus = 'numerus="yes"' in block
        cm = re.search(r'<comment>(.*?)</comment>', block, re.S)
        tr = src if lang == 'en' else translate(src, unesc(cm.group(1)) if cm else None)
        if tr is None:
            missing.append(src); return block
        if numerus:
            forms = 2 if lang == 'en' else 1
            body = '<translation>\n' + ''.join('            <numerusform>%s</numerusform>\n' % esc(tr) for _ in range(forms)) + '        </translation>'
        else:
            body = '<translation>%s</translation>' % esc(tr)
        return re.sub(r'<translation[^>]*?(/>|>.*?</translation>)', body, block, flags=re.S)
    text = re.sub(r'<message[^>]*>.*?</message>', repl, text, flags=re.S)
    open(path, 'w', encoding='utf-8').write(text)
    return missing

for lang in ('id', 'en'):
    miss = fill('' + __import__('os').path.dirname(__import__('os').path.dirname(__import__('os').path.abspath(__file__))) + '/medtrack_%s.ts' % lang, lang)
    print(lang, 'missing', len(miss))
    for m in miss: print('  ', repr(m)[:150])
