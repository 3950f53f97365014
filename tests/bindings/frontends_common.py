# frontends_common.py - shared by the front-end tests: the sample inputs (plus a broken file), the
# CLI's JSON Lines as the reference, and a canonical form of a document's result to compare.
"""Helpers for tests/bindings/*.py (standard library only)."""

import json
import os
import subprocess
import sys
import zipfile

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(REPO, "samples")


def sample_inputs(tmpdir):
    """Absolute paths of every sample memo, a truncated 'docx' and a zip that is not a docx."""
    paths = sorted(os.path.join(SAMPLES, f) for f in os.listdir(SAMPLES)
                   if f.lower().endswith(".docx"))
    broken = os.path.join(tmpdir, "broken.docx")
    with open(broken, "wb") as f:
        f.write(b"PK\x03\x04 truncated upload, not a real archive")
    notes = os.path.join(tmpdir, "notes.docx")
    with zipfile.ZipFile(notes, "w") as z:
        z.writestr("notes.txt", "ini hanya teks biasa, bukan dokumen Word\n")
    return paths + [broken, notes]


def finding_key(f):
    return (f["rule"], f["severity"], f["part"], int(f["paragraph"]), int(f["start"]),
            int(f["end"]), f.get("excerpt") or "")


def canonical(record):
    """What a user compares between two front ends for one document: outcome, findings and the
    memo facts (nomor, hal, tanggal, instansi, ...)."""
    err = record.get("error") or {}
    return (record["status"], record["verdict"], err.get("code"),
            tuple(sorted(finding_key(f) for f in record.get("findings") or [])),
            tuple(sorted((record.get("memo") or {}).items())))


def by_path(records):
    return {os.path.realpath(r["path"]): canonical(r) for r in records}


def cli_records(cli, paths, *extra):
    """`netral scan --format jsonl PATH...`: the reference every front end must equal."""
    proc = subprocess.run([cli, "scan", "--format", "jsonl", "--no-progress", *extra, *paths],
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"FAIL: netral scan exited {proc.returncode}: {proc.stderr.strip()}")
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def require_findings(records):
    """A comparison of empty results would prove nothing: the samples include violations, and
    memos with a number and an issuing office."""
    n = sum(len(r.get("findings") or []) for r in records)
    if n == 0:
        sys.exit("FAIL: the CLI reports no finding at all on samples/; nothing to compare")
    if not any((r.get("memo") or {}).get("number") and (r.get("memo") or {}).get("office") for r in records):
        sys.exit("FAIL: the CLI reports no memo facts (number, office) on samples/; nothing to compare")
    return n


def compare(name, reference, got):
    """Print every difference; return the number of documents that differ."""
    bad = 0
    for path in sorted(set(reference) | set(got)):
        want, have = reference.get(path), got.get(path)
        if want != have:
            bad += 1
            print(f"DIFF {name} {path}\n  cli:  {want}\n  {name}: {have}")
    print(f"{name}: {len(got)} documents, {len(reference)} from the CLI, {bad} differ")
    return bad
