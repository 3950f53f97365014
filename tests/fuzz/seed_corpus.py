#!/usr/bin/env python3
"""seed_corpus.py - fills a fuzz target's working corpus (tests/fuzz/corpus-<target>/, gitignored)
from samples/, a spread of ../shared/corpus/realworld, small hostile files and XML-mode seeds
(fuzz_serve: client byte streams from serve_seeds.py instead)."""

import hashlib
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "hostile"))
SEP = b"\n--NETRAL-PART--\n"
XML_PARTS = ("word/document.xml", "word/header1.xml", "word/footnotes.xml", "word/comments.xml")
MAX_SEED = 96 * 1024


def put(corpus, data):
    name = hashlib.sha1(data).hexdigest()
    path = os.path.join(corpus, name)
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(data)
        return 1
    return 0


def xml_seed(docx):
    """The fuzz targets' XML mode: document.xml, header1, footnotes, comments joined by SEP."""
    try:
        with zipfile.ZipFile(docx) as z:
            names = set(z.namelist())
            chunks = []
            for part in XML_PARTS:
                if part not in names:
                    break
                chunks.append(z.read(part))
    except Exception:
        return None
    data = SEP.join(chunks)
    return data if chunks and len(data) <= MAX_SEED else None


def realworld(shared, want):
    base = os.path.join(shared, "corpus", "realworld")
    files = []
    for dirpath, _, names in os.walk(base):
        for n in names:
            p = os.path.join(dirpath, n)
            if n.lower().endswith((".docx", ".docm", ".dotx", ".dotm")) and os.path.getsize(p) <= MAX_SEED:
                files.append(p)
    files.sort()
    step = max(1, len(files) // want)
    malformed = [p for p in files if "/malformed/" in p]
    return sorted(set(files[::step] + malformed))


def main(argv):
    if len(argv) != 4:
        print("usage: seed_corpus.py CORPUS_DIR TARGET SHARED_DIR")
        return 2
    corpus, target, shared = argv[1], argv[2], argv[3]
    os.makedirs(corpus, exist_ok=True)
    added = 0
    if target == "serve":  # client byte streams, not documents (serve_seeds.py)
        import serve_seeds
        for _, data in serve_seeds.seeds():
            added += put(corpus, data)
        reg = os.path.join(HERE, "regressions", target)
        for n in sorted(os.listdir(reg)) if os.path.isdir(reg) else []:
            if not n.startswith("."):
                with open(os.path.join(reg, n), "rb") as f:
                    added += put(corpus, f.read())
        print("%s: %d new seed(s), %d in corpus" % (corpus, added, len(os.listdir(corpus))))
        return 0
    samples = sorted(os.path.join(ROOT, "samples", n) for n in os.listdir(os.path.join(ROOT, "samples"))
                     if n.endswith(".docx"))
    rw = realworld(shared, 160) if os.path.isdir(shared) else []
    if not rw:
        print("note: %s not found, seeding from samples only" % shared)
    for p in samples + rw:
        with open(p, "rb") as f:
            added += put(corpus, f.read())
        x = xml_seed(p)
        if x:
            added += put(corpus, x)
    import gen_hostile as gen
    import hostile_zip as hz
    small = [hz.encrypted_docx_bytes(), hz.word97_doc_bytes(), b"", b"PK\x03\x04"]
    tmp = os.path.join(corpus, ".gen")
    os.makedirs(tmp, exist_ok=True)
    for fn in (gen.billion_laughs, gen.invalid_utf8, gen.traversal, gen.duplicate_entries):
        res = fn(tmp)
        for p in res if isinstance(res, list) else [res]:
            with open(p, "rb") as f:
                small.append(f.read())
            os.remove(p)
    os.rmdir(tmp)
    for data in small:
        added += put(corpus, data)
    reg = os.path.join(HERE, "regressions", target)
    for n in sorted(os.listdir(reg)) if os.path.isdir(reg) else []:
        if not n.startswith("."):
            with open(os.path.join(reg, n), "rb") as f:
                added += put(corpus, f.read())
    print("%s: %d new seed(s), %d in corpus" % (corpus, added, len(os.listdir(corpus))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
