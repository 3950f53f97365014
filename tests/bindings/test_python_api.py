# test_python_api.py - the ctypes binding as a Python user meets it: Engine options, dataclasses,
# exceptions carrying contract codes, annotation path->path and bytes->bytes, render, threads.
"""Run with PYTHONPATH=plugin/python NETRAL_LIBRARY=build/libnetral.so /usr/bin/python3 ..."""

import dataclasses
import io
import json
import os
import pickle
import tempfile
import threading
import unittest
import zipfile

import netral

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLE = os.path.join(REPO, "samples", "se-dukungan-paslon.docx")
CLEAN = os.path.join(REPO, "samples", "pengumuman-libur-pemungutan-suara.docx")


def read(path):
    with open(path, "rb") as f:
        return f.read()


class EngineOptions(unittest.TestCase):
    def test_version(self):
        self.assertRegex(netral.__version__, r"^\d+\.\d+\.\d+$")

    def test_bad_language_raises_invalid_argument(self):
        with self.assertRaises(netral.InvalidArgumentError) as cm:
            netral.Engine(lang="fr")
        self.assertEqual(cm.exception.code, "invalid-argument")
        self.assertEqual(cm.exception.status, 20)
        self.assertTrue(cm.exception.message)

    def test_bad_severity_and_limit(self):
        with self.assertRaises(netral.NetralError):
            netral.Engine(min_severity="extreme")
        with self.assertRaises(netral.InvalidArgumentError):
            netral.Engine(limits={"no_such_limit": 5})
        with self.assertRaises(netral.InvalidArgumentError):
            netral.Engine(limits={"xml_depth": 0})

    def test_missing_rule_folder_raises_rules_error(self):
        with self.assertRaises(netral.RulesError) as cm:
            netral.Engine(rules=["/nonexistent/netral-rules"])
        self.assertIn("/nonexistent/netral-rules", cm.exception.message)

    def test_rules_listed(self):
        with netral.Engine(lang="en", limits={"file_bytes": 1 << 26}) as e:
            rules = e.rules()
            self.assertTrue(rules)
            self.assertTrue(all(r.id and r.category and r.severity for r in rules))
            self.assertTrue(e.ruleset_id)

    def test_closed_engine_raises(self):
        e = netral.Engine()
        e.close()
        e.close()
        with self.assertRaises(netral.InvalidArgumentError):
            e.scan(SAMPLE)


class Scanning(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.engine = netral.Engine()

    @classmethod
    def tearDownClass(cls):
        cls.engine.close()

    def test_violation_has_findings_with_all_fields(self):
        r = self.engine.scan(SAMPLE)
        self.assertEqual((r.status, r.verdict), ("ok", "violation"))
        self.assertTrue(r.ok)
        self.assertTrue(r.findings)
        names = {f.name for f in dataclasses.fields(netral.Finding)}
        for want in ("rule", "category", "severity", "confidence", "part", "where", "paragraph",
                     "start", "end", "excerpt", "message", "basis", "suggestion"):
            self.assertIn(want, names)
        for f in r.findings:
            self.assertLess(f.start, f.end)
            self.assertTrue(f.excerpt)
            self.assertTrue(0.0 <= f.confidence <= 1.0)

    def test_bytes_equal_path(self):
        a = self.engine.scan(SAMPLE)
        b = self.engine.scan(read(SAMPLE), name=SAMPLE)
        c = self.engine.scan(bytearray(read(SAMPLE)), name=SAMPLE)
        self.assertEqual(a, b)
        self.assertEqual(a, c)

    def test_unreadable_documents_are_reports(self):
        r = self.engine.scan("/nonexistent/memo.docx")
        self.assertEqual((r.status, r.verdict, r.error_code), ("error", "error", "not-found"))
        r = self.engine.scan(b"PK\x03\x04 nope", name="upload.docx")
        self.assertEqual((r.path, r.error_code), ("upload.docx", "not-a-zip"))
        with self.assertRaises(netral.NotAZipError) as cm:
            r.raise_for_status()
        self.assertIsInstance(cm.exception, netral.DocumentError)
        self.assertEqual(cm.exception.code, "not-a-zip")
        self.assertEqual(r.to_dict()["error"]["code"], "not-a-zip")

    def test_wrong_argument_type(self):
        with self.assertRaises(TypeError):
            self.engine.scan(12345)

    def test_to_dict_matches_render_jsonl(self):
        r = self.engine.scan(SAMPLE)
        line = json.loads(netral.render([r], "jsonl"))
        self.assertEqual(line["verdict"], r.to_dict()["verdict"])
        self.assertEqual([f["rule"] for f in line["findings"]], [f.rule for f in r.findings])

    def test_render_every_format(self):
        reps = [self.engine.scan(SAMPLE), self.engine.scan(CLEAN), self.engine.scan(b"x")]
        for fmt in netral.FORMATS:
            self.assertTrue(netral.render(reps, fmt))
        self.assertEqual(len(netral.render(reps, "jsonl").splitlines()), 3)
        with self.assertRaises(netral.FormatError):
            netral.render(reps, "pdf")

    def test_pickled_report_keeps_data_but_cannot_render(self):
        r = self.engine.scan(SAMPLE)
        back = pickle.loads(pickle.dumps(r))
        self.assertEqual(back, r)
        with self.assertRaises(netral.InvalidArgumentError):
            netral.render([back])


class Annotation(unittest.TestCase):
    def setUp(self):
        self.engine = netral.Engine(comment_author="Pemeriksa", comment_initials="PM")
        self.tmp = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.engine.close()
        self.tmp.cleanup()

    def comments(self, data):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.read("word/comments.xml").decode("utf-8")

    def test_path_to_path(self):
        out = os.path.join(self.tmp.name, "out.docx")
        r = self.engine.annotate(SAMPLE, out)
        self.assertIsInstance(r, netral.Report)
        self.assertTrue(r.findings)
        self.assertIn("Pemeriksa", self.comments(read(out)))

    def test_bytes_to_bytes(self):
        data, r = self.engine.annotate(read(SAMPLE))
        self.assertTrue(data.startswith(b"PK"))
        self.assertGreaterEqual(self.comments(data).count("<w:comment "), 1)
        # re-scanning the annotated copy (a reviewer's round trip) gives the same findings:
        # Netral's own comments are not memo text
        key = lambda rep: sorted((f.part, f.paragraph, f.start, f.end, f.rule) for f in rep.findings)
        self.assertEqual(key(self.engine.scan(data)), key(r))

    def test_bytes_to_path_and_path_to_bytes(self):
        out = os.path.join(self.tmp.name, "b.docx")
        self.engine.annotate(read(SAMPLE), out)
        self.assertTrue(zipfile.is_zipfile(out))
        data, _ = self.engine.annotate(SAMPLE)
        self.assertTrue(data.startswith(b"PK"))

    def test_refuses_to_overwrite_input(self):
        with self.assertRaises(netral.SameFileError):
            self.engine.annotate(SAMPLE, SAMPLE)

    def test_broken_input_raises_with_report(self):
        with self.assertRaises(netral.NotAZipError) as cm:
            self.engine.annotate(b"garbage")
        self.assertEqual(cm.exception.report.error_code, "not-a-zip")
        out = os.path.join(self.tmp.name, "never.docx")
        with self.assertRaises(netral.NotFoundError):
            self.engine.annotate("/nonexistent/in.docx", out)
        self.assertFalse(os.path.exists(out))


class Threads(unittest.TestCase):
    def test_thread_engine_per_thread_and_shared_engine_is_safe(self):
        want = len(netral.Engine().scan(SAMPLE).findings)
        engines, counts, errors = [], [], []
        shared = netral.Engine()

        def work():
            try:
                e = netral.thread_engine(lang="id")
                self.assertIs(e, netral.thread_engine(lang="id"))
                engines.append(e)  # held here, so ids stay distinct
                for _ in range(3):
                    counts.append(len(e.scan(SAMPLE).findings))
                    counts.append(len(shared.scan(SAMPLE).findings))  # serialised by its lock
            except Exception as exc:  # surfaced below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        self.assertEqual(len({id(e) for e in engines}), 4)
        self.assertEqual(set(counts), {want})


if __name__ == "__main__":
    unittest.main(verbosity=2)
