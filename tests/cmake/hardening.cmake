# hardening.cmake - ctest registrations of the hardening work (issue 9): the fuzz targets' regression
# corpora run once through a standalone driver, the hostile-input suite, and the no-data-lost checks.

# ---- Fuzz regressions: every target over its regression corpus and the samples -------------------
foreach(t reader scan annotate)
  add_executable(fuzzrun_${t} ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_${t}.c
                              ${CMAKE_SOURCE_DIR}/tests/fuzz/standalone_main.c)
  target_include_directories(fuzzrun_${t} PRIVATE ${CMAKE_SOURCE_DIR}/tests/fuzz)
  target_link_libraries(fuzzrun_${t} PRIVATE netral_static)
  add_test(NAME hardening.fuzz-regressions.${t}
           COMMAND fuzzrun_${t} ${CMAKE_SOURCE_DIR}/tests/fuzz/regressions/${t}
                   ${CMAKE_SOURCE_DIR}/samples
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(hardening.fuzz-regressions.${t} PROPERTIES LABELS "hardening;fuzz")
endforeach()

# ---- Hostile inputs: one ctest per case (tests/hostile/run_hostile.py --list prints them) -------
set(NT_HOSTILE_CASES
  zero-byte truncated not-a-zip-text folder-named-docx symlink-loop
  zip-bomb-4g zip-bomb-lying-size zip-bomb-ratio zip-bomb-unread-entry too-many-entries
  duplicate-entries overlapping-entries path-traversal-names
  doctype-billion-laughs doctype-external-entity deep-nesting huge-paragraph
  invalid-utf8 utf16-document encrypted-docx word97-doc
  rule-infinite-loop rule-pcall-loop rule-unbounded-alloc rule-os-execute rule-io-open
  rule-require-ffi rule-debug-escape rule-error-every-paragraph corrupt-cache
  rule-bad-findings text-line-breaks)
set(NT_HOSTILE_SLOW zip-bomb-4g zip-bomb-lying-size huge-paragraph)
# Cases for bugs still open: registered but disabled until fixed, so ctest lists them as
# "Disabled" instead of hiding them. Empty: the three the suite found (line breaks splitting a
# paragraph's line in `netral text`, a 50 MB rule message making an unreadable annotated copy,
# damaged --cache entries re-emitted unchecked) are fixed; see docs/hardening.md.
set(NT_HOSTILE_KNOWN_BUGS)
if(NETRAL_SANITIZE)
  set(NT_HOSTILE_FLAGS --sanitized)
else()
  set(NT_HOSTILE_FLAGS)
endif()
foreach(c ${NT_HOSTILE_CASES})
  add_test(NAME hardening.hostile.${c}
           COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/hostile/run_hostile.py
                   --netral $<TARGET_FILE:netral_cli> ${NT_HOSTILE_FLAGS} ${c}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set(labels "hardening;hostile")
  if(c IN_LIST NT_HOSTILE_SLOW)
    list(APPEND labels slow)
  endif()
  set_tests_properties(hardening.hostile.${c} PROPERTIES LABELS "${labels}" SKIP_RETURN_CODE 77
                       TIMEOUT 900)
  if(c IN_LIST NT_HOSTILE_KNOWN_BUGS)
    set_tests_properties(hardening.hostile.${c} PROPERTIES DISABLED TRUE)
  endif()
endforeach()
add_test(NAME hardening.hostile.case-list
         COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/hostile/run_hostile.py --check-list
                 ${NT_HOSTILE_CASES})
set_tests_properties(hardening.hostile.case-list PROPERTIES LABELS "hardening;hostile")

# ---- No data lost: inputs untouched, kill -9 mid-write, full disk ----------------------------------
foreach(c inputs-unchanged kill-mid-write full-disk)
  add_test(NAME hardening.data.${c}
           COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/hostile/data_safety.py
                   --netral $<TARGET_FILE:netral_cli> --shared ${NETRAL_SHARED_DIR} ${NT_HOSTILE_FLAGS} ${c}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(hardening.data.${c} PROPERTIES LABELS "hardening;data" SKIP_RETURN_CODE 77
                       TIMEOUT 900)
endforeach()
set_tests_properties(hardening.data.kill-mid-write PROPERTIES LABELS "hardening;data;slow")
