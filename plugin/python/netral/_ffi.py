# _ffi.py - finds libnetral and declares the C prototypes of plugin/include/netral.h for ctypes.
# Only this module touches ctypes signatures; the rest of the package works with Python objects.
"""Low-level ctypes declarations for libnetral (internal)."""

import ctypes
import ctypes.util
import os
from pathlib import Path

c_char_p = ctypes.c_char_p
c_void_p = ctypes.c_void_p
c_size_t = ctypes.c_size_t
c_int = ctypes.c_int


class Finding(ctypes.Structure):
    """struct netral_finding, field for field."""

    _fields_ = [
        ("rule", c_char_p),
        ("category", c_char_p),
        ("severity", c_char_p),
        ("confidence", ctypes.c_double),
        ("part", c_char_p),
        ("where", c_char_p),
        ("paragraph", c_int),
        ("start", c_size_t),
        ("end", c_size_t),
        ("excerpt", c_char_p),
        ("message", c_char_p),
        ("basis", c_char_p),
        ("suggestion", c_char_p),
        ("also", ctypes.POINTER(c_char_p)),
        ("nalso", c_size_t),
    ]


class RuleInfo(ctypes.Structure):
    """struct netral_rule_info."""

    _fields_ = [
        ("id", c_char_p),
        ("category", c_char_p),
        ("severity", c_char_p),
        ("source", c_char_p),
        ("basis", c_char_p),
        ("message", c_char_p),
    ]


class RuleDetail(ctypes.Structure):
    """struct netral_rule_detail (size is set to sizeof before the call)."""

    _fields_ = [
        ("size", c_size_t),
        ("graded", c_int),
        ("document", c_int),
        ("confidence", ctypes.c_double),
        ("scope", c_char_p),
        ("replaces", c_char_p),
        ("changed_by", c_char_p),
        ("suggestion", c_char_p),
    ]


class ExplainOptions(ctypes.Structure):
    """struct netral_explain_options."""

    _fields_ = [
        ("size", c_size_t),
        ("part", c_char_p),
        ("paragraph", c_int),
        ("rule", c_char_p),
        ("json", c_int),
    ]

def _installed_libdir():
    """The library folder `cmake --install` recorded next to this package, or None."""
    try:
        from . import _install
    except ImportError:
        return None
    return getattr(_install, "LIBDIR", None)


def _candidates():
    """Where the library may be, in the documented order: $NETRAL_LIBRARY, the library installed
    with this package, <repo>/build, the system library path."""
    env = os.environ.get("NETRAL_LIBRARY")
    if env:
        p = Path(env)
        yield str(p / "libnetral.so") if p.is_dir() else env
        return
    libdir = _installed_libdir()
    if libdir and (Path(libdir) / "libnetral.so.0").exists():
        yield str(Path(libdir) / "libnetral.so.0")
    here = Path(__file__).resolve().parents  # <repo>/plugin/python/netral/_ffi.py
    built = here[3] / "build" / "libnetral.so" if len(here) > 3 else None
    if built and built.exists():
        yield str(built)
    found = ctypes.util.find_library("netral")
    if found:
        yield found
    yield "libnetral.so.0"


def _load():
    errors = []
    for cand in _candidates():
        try:
            return ctypes.CDLL(cand)
        except OSError as exc:
            errors.append(f"{cand}: {exc}")
    raise OSError(
        "libnetral not found; set NETRAL_LIBRARY to the path of libnetral.so "
        "(tried: " + "; ".join(errors) + ")"
    )


def _declare(lib):
    sigs = {
        "netral_version": (c_char_p, []),
        "netral_strerror": (c_char_p, [c_int]),
        "netral_status_name": (c_char_p, [c_int]),
        "netral_last_error": (c_char_p, []),
        "netral_options_new": (c_void_p, []),
        "netral_options_free": (None, [c_void_p]),
        "netral_options_add_rules_dir": (c_int, [c_void_p, c_char_p]),
        "netral_options_set_language": (c_int, [c_void_p, c_char_p]),
        "netral_options_set_limit": (c_int, [c_void_p, c_int, ctypes.c_uint64]),
        "netral_options_set_min_severity": (c_int, [c_void_p, c_char_p]),
        "netral_options_set_comment_author": (c_int, [c_void_p, c_char_p, c_char_p]),
        "netral_options_set_highlight": (c_int, [c_void_p, c_int]),
        "netral_options_set_merge": (c_int, [c_void_p, c_int]),
        "netral_engine_new": (c_int, [c_void_p, ctypes.POINTER(c_void_p)]),
        "netral_engine_free": (None, [c_void_p]),
        "netral_engine_ruleset_id": (c_char_p, [c_void_p]),
        "netral_engine_rule_count": (c_size_t, [c_void_p]),
        "netral_engine_rule": (c_int, [c_void_p, c_size_t, ctypes.POINTER(RuleInfo)]),
        "netral_engine_rule_detail": (c_int, [c_void_p, c_size_t, ctypes.POINTER(RuleDetail)]),
        "netral_engine_test_rules": (
            c_int, [c_void_p, ctypes.POINTER(c_int), ctypes.POINTER(c_void_p)]),
        "netral_scan_file": (c_int, [c_void_p, c_char_p, ctypes.POINTER(c_void_p)]),
        "netral_scan_memory": (
            c_int, [c_void_p, c_char_p, c_size_t, c_char_p, ctypes.POINTER(c_void_p)]),
        "netral_report_status": (c_int, [c_void_p]),
        "netral_report_error": (c_char_p, [c_void_p]),
        "netral_report_path": (c_char_p, [c_void_p]),
        "netral_report_verdict": (c_char_p, [c_void_p]),
        "netral_report_count": (c_size_t, [c_void_p]),
        "netral_report_finding": (ctypes.POINTER(Finding), [c_void_p, c_size_t]),
        "netral_report_rule_error_count": (c_size_t, [c_void_p]),
        "netral_report_rule_error": (c_char_p, [c_void_p, c_size_t]),
        "netral_report_memo": (c_char_p, [c_void_p, c_char_p]),
        "netral_memo_key": (c_char_p, [c_size_t]),
        "netral_report_free": (None, [c_void_p]),
        "netral_format_from_name": (c_int, [c_char_p]),
        "netral_render": (
            c_int,
            [ctypes.POINTER(c_void_p), c_size_t, c_int, ctypes.POINTER(c_void_p),
             ctypes.POINTER(c_size_t)]),
        "netral_free": (None, [c_void_p]),
        "netral_explain_file": (
            c_int, [c_void_p, c_char_p, ctypes.POINTER(ExplainOptions), ctypes.POINTER(c_void_p),
                    ctypes.POINTER(c_size_t)]),
        "netral_explain_memory": (
            c_int, [c_void_p, c_char_p, c_size_t, c_char_p, ctypes.POINTER(ExplainOptions),
                    ctypes.POINTER(c_void_p), ctypes.POINTER(c_size_t)]),
        "netral_explain_text": (
            c_int, [c_void_p, c_char_p, ctypes.POINTER(ExplainOptions), ctypes.POINTER(c_void_p),
                    ctypes.POINTER(c_size_t)]),
        "netral_annotate_file": (c_int, [c_void_p, c_char_p, c_char_p, ctypes.POINTER(c_void_p)]),
        "netral_annotate_memory": (
            c_int,
            [c_void_p, c_char_p, c_size_t, ctypes.POINTER(c_void_p), ctypes.POINTER(c_size_t),
             ctypes.POINTER(c_void_p)]),
    }
    for name, (res, args) in sigs.items():
        fn = getattr(lib, name)
        fn.restype = res
        fn.argtypes = args
    return lib


lib = _declare(_load())


def text(b):
    """C string (bytes or None) to str; invalid UTF-8 cannot crash a caller."""
    return None if b is None else b.decode("utf-8", "replace")


def take_buffer(ptr, length):
    """Copy a malloc'd buffer from the library into bytes and free it."""
    if not ptr:
        return b""
    try:
        return ctypes.string_at(ptr, length)
    finally:
        lib.netral_free(ptr)
