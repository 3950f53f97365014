#!/usr/bin/env python3
"""pydocx_grep.py - the python-docx baseline of the batch benchmark: read each memo with python-docx
(body paragraphs, tables, headers and footers) and search the text with a few regular expressions
for the same kinds of breaches Netral looks for. Prints one line per hit.

Usage: pydocx_grep.py FILE...
"""
import re
import sys

import docx

PATTERNS = [re.compile(p, re.I) for p in (
    r"\b(pilih|coblos|menangkan|memenangkan|dukung\w*)\b.{0,60}\b(calon|paslon|nomor urut)",
    r"\b(hadir\w*|menghadiri|ikut\w*)\b.{0,40}\bkampanye",
    r"\btwibbon\b|\bfoto profil\b",
    r"\b(membagikan|menyukai|share|like)\b.{0,40}\b(unggahan|postingan|konten)",
    r"\b(fotokopi|salinan)\s+ktp\b",
    r"\b(kendaraan dinas|aula|fasilitas kantor)\b.{0,60}\b(tim pemenangan|relawan|kampanye)",
    r"\buang (transport|saku)\b",
)]


def texts(d):
    for p in d.paragraphs:
        yield p.text
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                yield cell.text
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part.paragraphs:
                yield p.text


def main(paths):
    hits = 0
    for path in paths:
        try:
            d = docx.Document(path)
        except Exception as e:  # a broken file must not stop the batch
            print(f"{path}: error: {e}")
            continue
        for text in texts(d):
            for rx in PATTERNS:
                m = rx.search(text)
                if m:
                    hits += 1
                    print(f"{path}: {m.group(0)}")
    print(f"{hits} hits", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
