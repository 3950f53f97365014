# netral/__init__.py - the Python binding of libnetral (ctypes, standard library only): Engine,
# Report/Finding dataclasses, render, and NetralError exceptions carrying the contract codes.
"""Netral: checks Indonesian civil-service memos (DOCX) for election-neutrality violations.

    import netral
    with netral.Engine(rules=["my_rules"], lang="en") as engine:
        report = engine.scan("memo.docx")          # or engine.scan(upload_bytes, name="memo.docx")
        for f in report.findings:
            print(f.severity, f.rule, f.excerpt)
        annotated, report = engine.annotate(upload_bytes)
        print(netral.render([report], "json"))

An Engine is not thread-safe: calls on one engine are serialised by a lock, so for parallel
scanning give each thread its own engine (``netral.thread_engine()`` does that) or each process
(see ``netral.dask``). Reports are plain data and may go anywhere.

The library is looked up in $NETRAL_LIBRARY (a file or a folder), then <repo>/build/libnetral.so,
then the system library path.
"""

import ctypes
import json
import os
import threading
from dataclasses import asdict, dataclass, field
from typing import Dict, List, Optional, Tuple

from . import _ffi
from ._ffi import lib

__all__ = [
    "Engine", "Report", "Finding", "RuleInfo", "render", "thread_engine", "version",
    "NetralError", "DocumentError", "STATUS_CODES", "FORMATS", "MEMO_KEYS",
]

FORMATS = ("jsonl", "json", "csv", "sarif", "html", "text")

#: C status -> code string: the contract's error.code for document errors, a short name otherwise.
#: Read from the library (netral_status_name), the one source of these names.
_STATUSES = (1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 21, 22, 23, 24, 25)
STATUS_CODES = {}

def _memo_keys():
    keys, i = [], 0
    while True:
        k = lib.netral_memo_key(i)
        if k is None:
            return tuple(keys)
        keys.append(_ffi.text(k))
        i += 1


#: The memo fact names, from the library (netral_memo_key), in report order.
MEMO_KEYS = _memo_keys()

_LIMITS = {
    "file_bytes": 1, "part_bytes": 2, "total_bytes": 3, "ratio": 4, "xml_depth": 5,
    "rule_instructions": 6, "lua_memory": 7,
}


def version() -> str:
    """Version of the loaded libnetral, e.g. "0.1.0"."""
    return _ffi.text(lib.netral_version())


__version__ = version()
STATUS_CODES.update({_s: _ffi.text(lib.netral_status_name(_s)) for _s in _STATUSES})


# ---- Errors -----------------------------------------------------------------------------------

class NetralError(Exception):
    """A failed call. code: contract code string; message: human text; status: the C status.
    report: the scan report when there is one (e.g. annotating a document that cannot be read)."""

    def __init__(self, code: str, message: str, status: int, report=None):
        super().__init__(f"{code}: {message}")
        self.code, self.message, self.status, self.report = code, message, status, report


class DocumentError(NetralError):
    """The document could not be read (codes 1..9: not-found, not-a-zip, encrypted, ...)."""


def _error_class(name, base, doc):
    return type(name, (base,), {"__doc__": doc})


_ERROR_CLASSES = {}
for _status, _name, _base in [
    (1, "NotFoundError", DocumentError), (2, "IoError", DocumentError),
    (3, "NotAZipError", DocumentError), (4, "NotADocxError", DocumentError),
    (5, "EncryptedError", DocumentError), (6, "LegacyDocError", DocumentError),
    (7, "TooLargeError", DocumentError), (8, "MalformedXmlError", DocumentError),
    (9, "LimitExceededError", DocumentError), (20, "InvalidArgumentError", NetralError),
    (21, "OutOfMemoryError", NetralError), (22, "RulesError", NetralError),
    (23, "FormatError", NetralError), (24, "SameFileError", NetralError),
    (25, "InternalError", NetralError),
]:
    _cls = _error_class(_name, _base, f'Status {_status}, code "{STATUS_CODES[_status]}".')
    _ERROR_CLASSES[_status] = _cls
    globals()[_name] = _cls
    __all__.append(_name)


def _make_error(status: int, message: Optional[str] = None, report=None) -> NetralError:
    if not message:
        message = _ffi.text(lib.netral_last_error()) or _ffi.text(lib.netral_strerror(status))
    cls = _ERROR_CLASSES.get(status, NetralError)
    return cls(STATUS_CODES.get(status, "error"), message, status, report)


def _check(status: int) -> None:
    if status != 0:
        raise _make_error(status)


# ---- Data -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    """One finding, with every field of the contract's JSON Lines record."""
    rule: str
    category: str
    severity: str
    confidence: float
    part: str
    where: Optional[str]
    paragraph: int
    start: int
    end: int
    excerpt: str
    message: str
    basis: str
    suggestion: Optional[str]
    #: rules whose overlapping findings of the same category were merged into this one
    also: Tuple[str, ...] = ()

    def to_dict(self) -> dict:
        d = asdict(self)
        if self.also:
            d["also"] = list(self.also)
        else:
            del d["also"]  # as in the JSON Lines report: only when there is something
        return d


@dataclass(frozen=True)
class RuleInfo:
    id: str
    category: str
    severity: str
    source: str
    basis: Optional[str]
    message: Optional[str]
    graded: bool = False            # may report below `severity` on weaker evidence
    scope: str = "sentence"         # "sentence" | "paragraph" | "document"
    replaces: Optional[str] = None  # "file:line" of the definition it replaced
    changed_by: Optional[str] = None  # "file:line" of an override "id" { ... } applied to it


class _CReport:
    """Owns a netral_report*; freed when the last Python reference goes."""
    __slots__ = ("ptr",)

    def __init__(self, ptr):
        self.ptr = ptr

    def __del__(self):
        if self.ptr:
            lib.netral_report_free(self.ptr)
            self.ptr = None


@dataclass
class Report:
    """The result of scanning one document. status is "ok" or "error"; for "error",
    error_code is the contract code ("not-a-zip", ...) and error_message says why."""
    path: str
    status: str
    verdict: str
    findings: List[Finding] = field(default_factory=list)
    error_code: Optional[str] = None
    error_message: Optional[str] = None
    rule_errors: List[str] = field(default_factory=list)
    #: the memo's facts as a letter (number, subject, date, date_iso, classification, office,
    #: signer, signer_title), only those the memo shows
    memo: Dict[str, str] = field(default_factory=dict)
    _c: Optional[_CReport] = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def raise_for_status(self) -> "Report":
        """Raise the matching DocumentError when the document could not be read."""
        if self.status != "ok":
            status = next((s for s, c in STATUS_CODES.items() if c == self.error_code), 25)
            raise _make_error(status, self.error_message, self)
        return self

    def to_dict(self) -> dict:
        """The same shape as one line of `netral scan --format jsonl`."""
        d = {"path": self.path, "status": self.status, "verdict": self.verdict}
        if self.memo:
            d["memo"] = dict(self.memo)
        d["findings"] = [f.to_dict() for f in self.findings]
        if self.status != "ok":
            d["error"] = {"code": self.error_code, "message": self.error_message}
        if self.rule_errors:
            d["rule_errors"] = list(self.rule_errors)
        return d

    # The C report stays in this process: pickling (e.g. to a Dask client) drops it.
    def __getstate__(self):
        state = dict(self.__dict__)
        state["_c"] = None
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)


def _finding(cf) -> Finding:
    t = _ffi.text
    return Finding(t(cf.rule), t(cf.category), t(cf.severity), float(cf.confidence), t(cf.part),
                   t(cf.where), int(cf.paragraph), int(cf.start), int(cf.end),
                   t(cf.excerpt) or "", t(cf.message) or "", t(cf.basis) or "",
                   t(cf.suggestion),
                   tuple(t(cf.also[i]) for i in range(int(cf.nalso))) if cf.also else ())


def _report(ptr) -> Report:
    """Copy a C report into a Report that also keeps the C object (for render)."""
    owner = _CReport(ptr)
    t = _ffi.text
    status = lib.netral_report_status(ptr)
    findings = []
    for i in range(lib.netral_report_count(ptr)):
        cf = lib.netral_report_finding(ptr, i)
        if cf:
            findings.append(_finding(cf.contents))
    rule_errors = [t(lib.netral_report_rule_error(ptr, i)) or ""
                   for i in range(lib.netral_report_rule_error_count(ptr))]
    memo = {}
    for key in MEMO_KEYS:
        value = t(lib.netral_report_memo(ptr, key.encode()))
        if value is not None:
            memo[key] = value
    return Report(
        path=t(lib.netral_report_path(ptr)), status="ok" if status == 0 else "error",
        verdict=t(lib.netral_report_verdict(ptr)), findings=findings,
        # as in the JSON Lines report: the contract code, "error" for non-document failures
        error_code=None if status == 0 else t(lib.netral_status_name(status)),
        error_message=None if status == 0 else t(lib.netral_report_error(ptr)),
        rule_errors=rule_errors, memo=memo, _c=owner)


# ---- Engine -----------------------------------------------------------------------------------

def _as_bytes(data) -> bytes:
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"expected a path or bytes, got {type(data).__name__}")


def _is_path(src) -> bool:
    return isinstance(src, (str, os.PathLike))


class Engine:
    """A compiled rule set with its own Lua state.

    rules: extra rule folders (a path or a list of paths; later ones override earlier ones and
    the built-ins by rule id). lang: "id" or "en" for messages. min_severity: "info", "low",
    "medium" or "high". limits: dict of file_bytes, part_bytes, total_bytes, ratio, xml_depth,
    rule_instructions, lua_memory. merge: overlapping findings of one category become one (the
    strongest, listing the others in Finding.also); False keeps every finding. Raises RulesError
    when a rule folder fails to load."""

    def __init__(self, rules=(), lang: str = "id", min_severity: str = "low",
                 limits: Optional[dict] = None, comment_author: Optional[str] = None,
                 comment_initials: Optional[str] = None, highlight: bool = False,
                 merge: bool = True):
        self._ptr = None
        self._lock = threading.Lock()
        opts = lib.netral_options_new()
        if not opts:
            raise _make_error(21, "out of memory")
        try:
            self._configure(opts, rules, lang, min_severity, limits or {}, comment_author,
                            comment_initials, highlight)
            _check(lib.netral_options_set_merge(opts, 1 if merge else 0))
            out = ctypes.c_void_p()
            _check(lib.netral_engine_new(opts, ctypes.byref(out)))
            self._ptr = out.value
        finally:
            lib.netral_options_free(opts)

    @staticmethod
    def _configure(opts, rules, lang, min_severity, limits, author, initials, highlight):
        if _is_path(rules):
            rules = [rules]
        for d in rules:
            _check(lib.netral_options_add_rules_dir(opts, os.fsencode(d)))
        _check(lib.netral_options_set_language(opts, str(lang).encode()))
        _check(lib.netral_options_set_min_severity(opts, str(min_severity).encode()))
        for key, value in limits.items():
            if key not in _LIMITS:
                raise _make_error(20, f"unknown limit {key!r}; known: {', '.join(_LIMITS)}")
            if not isinstance(value, int) or value <= 0 or value >= 2**64:
                raise _make_error(20, f"limit {key} must be a positive integer")
            _check(lib.netral_options_set_limit(opts, _LIMITS[key], value))
        if author:
            _check(lib.netral_options_set_comment_author(
                opts, author.encode(), initials.encode() if initials else None))
        _check(lib.netral_options_set_highlight(opts, 1 if highlight else 0))

    # -- lifecycle --
    def close(self) -> None:
        with self._lock:
            if self._ptr:
                lib.netral_engine_free(self._ptr)
                self._ptr = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        if getattr(self, "_ptr", None):
            lib.netral_engine_free(self._ptr)
            self._ptr = None

    def _engine(self):
        if not self._ptr:
            raise _make_error(20, "engine is closed")
        return self._ptr

    # -- information --
    @property
    def ruleset_id(self) -> str:
        with self._lock:
            return _ffi.text(lib.netral_engine_ruleset_id(self._engine())) or ""

    def rules(self) -> List[RuleInfo]:
        out = []
        with self._lock:
            e = self._engine()
            for i in range(lib.netral_engine_rule_count(e)):
                info = _ffi.RuleInfo()
                if lib.netral_engine_rule(e, i, ctypes.byref(info)) == 0:
                    t = _ffi.text
                    d = _ffi.RuleDetail(size=ctypes.sizeof(_ffi.RuleDetail))
                    ok = lib.netral_engine_rule_detail(e, i, ctypes.byref(d)) == 0
                    out.append(RuleInfo(t(info.id), t(info.category), t(info.severity),
                                        t(info.source), t(info.basis), t(info.message),
                                        bool(ok and d.graded), t(d.scope) if ok else "sentence",
                                        t(d.replaces) if ok else None,
                                        t(d.changed_by) if ok else None))
        return out

    def test_rules(self):
        """Run every rule's own examples: (failures, log)."""
        failures, log = ctypes.c_int(0), ctypes.c_void_p()
        with self._lock:
            _check(lib.netral_engine_test_rules(self._engine(), ctypes.byref(failures),
                                                ctypes.byref(log)))
        text = ctypes.string_at(log.value).decode("utf-8", "replace") if log.value else ""
        lib.netral_free(log.value)
        return failures.value, text

    # -- explaining --
    def explain(self, src, part: Optional[str] = None, paragraph: Optional[int] = None,
                rule: Optional[str] = None, format: str = "text"):
        """How the rules read one document (a path, or the bytes of a document): per paragraph
        the tokens, list hits and cues, every rule's candidates and why each was kept or
        dropped, the document rules' changes and the findings. paragraph is numbered from 1.
        format "text" returns the text (in the engine's language), "json" the parsed JSON.
        Raises DocumentError subclasses for unreadable documents, InvalidArgumentError (its
        message names the valid ones) for an unknown part, paragraph or rule."""
        return self._explain(src, None, part, paragraph, rule, format)

    def explain_text(self, text: str, rule: Optional[str] = None, paragraph: Optional[int] = None,
                     format: str = "text"):
        """explain() for a bare sentence (several lines: one paragraph each)."""
        return self._explain(None, text, None, paragraph, rule, format)

    def _explain(self, src, text, part, paragraph, rule, format):
        if format not in ("text", "json"):
            raise _make_error(20, "format must be 'text' or 'json'")
        opts = _ffi.ExplainOptions(size=ctypes.sizeof(_ffi.ExplainOptions),
                                   part=part.encode() if part else None,
                                   paragraph=int(paragraph or 0),
                                   rule=rule.encode() if rule else None, json=format == "json")
        out, n = ctypes.c_void_p(), ctypes.c_size_t(0)
        with self._lock:
            e = self._engine()
            if text is not None:
                st = lib.netral_explain_text(e, text.encode("utf-8"), ctypes.byref(opts),
                                             ctypes.byref(out), ctypes.byref(n))
            elif _is_path(src):
                st = lib.netral_explain_file(e, os.fsencode(src), ctypes.byref(opts),
                                             ctypes.byref(out), ctypes.byref(n))
            else:
                data = bytes(src)
                st = lib.netral_explain_memory(e, data, len(data), None, ctypes.byref(opts),
                                               ctypes.byref(out), ctypes.byref(n))
            msg = _ffi.text(lib.netral_last_error())
        if st != 0:
            raise _make_error(st, msg)
        body = _ffi.take_buffer(out.value, n.value).decode("utf-8", "replace")
        return json.loads(body) if format == "json" else body

    # -- scanning --
    def scan(self, src, name: Optional[str] = None) -> Report:
        """Scan a path (str or PathLike) or the bytes of a document (name: the report's path).
        A document that cannot be read gives a Report with status "error" (see
        Report.raise_for_status); bad arguments raise."""
        out = ctypes.c_void_p()
        with self._lock:
            e = self._engine()
            if _is_path(src):
                rc = lib.netral_scan_file(e, os.fsencode(src), ctypes.byref(out))
            else:
                data = _as_bytes(src)
                rc = lib.netral_scan_memory(e, data, len(data),
                                            name.encode() if name else None, ctypes.byref(out))
            if rc != 0:
                raise _make_error(rc)
        return _report(out.value)

    def annotate(self, src, dst=None):
        """Scan src and add Word comments on the findings.
        With dst (a path): writes the annotated copy there and returns the Report.
        Without dst: returns (annotated_bytes, Report).
        src is a path or bytes. Raises DocumentError (with .report) when src cannot be read,
        SameFileError when dst is src."""
        if _is_path(src) and dst is not None:
            return self._annotate_file(src, dst)
        data = _read(src) if _is_path(src) else _as_bytes(src)
        annotated, report = self._annotate_memory(data)
        if dst is None:
            return annotated, report
        _write_atomic(dst, annotated)
        return report

    def _annotate_file(self, src, dst) -> Report:
        rep = ctypes.c_void_p()
        with self._lock:
            rc = lib.netral_annotate_file(self._engine(), os.fsencode(src), os.fsencode(dst),
                                          ctypes.byref(rep))
            err = _make_error(rc) if rc else None
        report = _report(rep.value) if rep.value else None
        if err:
            err.report = report
            raise err
        return report

    def _annotate_memory(self, data: bytes):
        buf, size, rep = ctypes.c_void_p(), ctypes.c_size_t(0), ctypes.c_void_p()
        with self._lock:
            rc = lib.netral_annotate_memory(self._engine(), data, len(data), ctypes.byref(buf),
                                            ctypes.byref(size), ctypes.byref(rep))
            err = _make_error(rc) if rc else None
        report = _report(rep.value) if rep.value else None
        annotated = _ffi.take_buffer(buf.value, size.value)
        if err:
            err.report = report
            raise err
        return annotated, report


def _read(path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError as exc:
        raise _make_error(1, f"{os.fspath(path)}: {exc.strerror}") from exc
    except OSError as exc:
        raise _make_error(2, f"{os.fspath(path)}: {exc.strerror}") from exc


def _write_atomic(path, data: bytes) -> None:
    tmp = f"{os.fspath(path)}.tmp{os.getpid()}"
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise _make_error(2, f"{os.fspath(path)}: {exc.strerror}") from exc


# ---- Rendering ---------------------------------------------------------------------------------

def render(reports, fmt: str = "jsonl") -> str:
    """Render reports (from Engine.scan/annotate in this process) in a contract format:
    jsonl, json, csv, sarif, html or text."""
    if isinstance(reports, Report):
        reports = [reports]
    reports = list(reports)
    code = lib.netral_format_from_name(str(fmt).encode())
    if code < 0:
        raise _make_error(23, f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    handles = (ctypes.c_void_p * max(len(reports), 1))()
    for i, r in enumerate(reports):
        if not isinstance(r, Report) or r._c is None or not r._c.ptr:
            raise _make_error(20, f"item {i} is not a report scanned in this process")
        handles[i] = r._c.ptr
    out, size = ctypes.c_void_p(), ctypes.c_size_t(0)
    _check(lib.netral_render(handles, len(reports), code, ctypes.byref(out), ctypes.byref(size)))
    return _ffi.take_buffer(out.value, size.value).decode("utf-8", "replace")


# ---- One engine per thread ---------------------------------------------------------------------

_local = threading.local()


def thread_engine(**options) -> Engine:
    """The calling thread's own Engine for these options (created on first use, then reused)."""
    key = repr(sorted(options.items()))
    engines = getattr(_local, "engines", None)
    if engines is None:
        engines = _local.engines = {}
    if key not in engines:
        engines[key] = Engine(**options)
    return engines[key]
