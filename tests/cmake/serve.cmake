# serve.cmake - ctest registrations of `netral serve` (issue 17): the server's pure pieces in C, the
# API and its bad inputs through http.client, parity with the CLI through http.client, curl and PHP,
# the hostile inputs over HTTP, the bounded load test, the review page in headless Chromium, and
# the request-handler fuzz target over its regression corpus. Every test starts its own server on
# a free loopback port. Labels: serve, plus e2e / hardening / browser / load / slow.
set(NT_SERVE_DIR ${CMAKE_SOURCE_DIR}/tests/serve)

add_executable(test_serve_units ${NT_SERVE_DIR}/test_serve_units.c ${CMAKE_SOURCE_DIR}/tests/unit/tap.c)
target_include_directories(test_serve_units PRIVATE ${CMAKE_SOURCE_DIR}/tests/unit)
target_link_libraries(test_serve_units PRIVATE netral_serve netral_static)
add_test(NAME serve.units COMMAND test_serve_units WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(serve.units PROPERTIES LABELS "serve;unit")

set(NT_SERVE_API_CASES endpoints scan annotate bad-input auth limits reload drain log startup)
foreach(c ${NT_SERVE_API_CASES})
  add_test(NAME serve.api.${c}
           COMMAND ${NETRAL_PYTHON} ${NT_SERVE_DIR}/serve_api.py --netral $<TARGET_FILE:netral_cli> ${c}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(serve.api.${c} PROPERTIES LABELS "serve;e2e" SKIP_RETURN_CODE 77 TIMEOUT 600)
endforeach()
add_test(NAME serve.api.case-list
         COMMAND ${NETRAL_PYTHON} ${NT_SERVE_DIR}/serve_api.py --check-list ${NT_SERVE_API_CASES})
set_tests_properties(serve.api.case-list PROPERTIES LABELS "serve")

foreach(c samples dev annotate curl php)
  add_test(NAME serve.clients.${c}
           COMMAND ${NETRAL_PYTHON} ${NT_SERVE_DIR}/serve_clients.py --netral $<TARGET_FILE:netral_cli> ${c}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(serve.clients.${c} PROPERTIES LABELS "serve;e2e" SKIP_RETURN_CODE 77 TIMEOUT 900)
endforeach()

set(NT_SERVE_HOSTILE_CASES
  zero-byte truncated not-a-zip-text zip-bomb-4g zip-bomb-lying-size zip-bomb-ratio zip-bomb-unread-entry
  too-many-entries duplicate-entries overlapping-entries path-traversal-names doctype-billion-laughs
  doctype-external-entity deep-nesting huge-paragraph invalid-utf8 utf16-document encrypted-docx word97-doc)
set(NT_SERVE_HOSTILE_SLOW huge-paragraph overlapping-entries zip-bomb-unread-entry zip-bomb-4g zip-bomb-lying-size)
add_test(NAME serve.hostile.case-list
         COMMAND ${NETRAL_PYTHON} ${NT_SERVE_DIR}/serve_hostile.py --check-list ${NT_SERVE_HOSTILE_CASES})
set_tests_properties(serve.hostile.case-list PROPERTIES LABELS "serve;hardening;hostile")
foreach(c ${NT_SERVE_HOSTILE_CASES})
  add_test(NAME serve.hostile.${c}
           COMMAND ${NETRAL_PYTHON} ${NT_SERVE_DIR}/serve_hostile.py --netral $<TARGET_FILE:netral_cli> ${c}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set(labels "serve;hardening;hostile")
  if(c IN_LIST NT_SERVE_HOSTILE_SLOW)
    list(APPEND labels slow)
  endif()
  set_tests_properties(serve.hostile.${c} PROPERTIES LABELS "${labels}" SKIP_RETURN_CODE 77 TIMEOUT 900)
endforeach()

# The load test of issue 17 in full (5,000 requests, 16 clients), in the sanitizer build too (about
# 20 s there), where the leak checker at the server's exit is the memory check.
set(NT_SERVE_LOAD_REQUESTS 5000)
add_test(NAME serve.load
         COMMAND ${NETRAL_PYTHON} ${NT_SERVE_DIR}/serve_load.py --netral $<TARGET_FILE:netral_cli>
                 --requests ${NT_SERVE_LOAD_REQUESTS} --clients 16
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(serve.load PROPERTIES LABELS "serve;hardening;load" TIMEOUT 1200)

add_test(NAME serve.browser
         COMMAND ${NETRAL_PYTHON} ${NT_SERVE_DIR}/serve_browser.py --netral $<TARGET_FILE:netral_cli>
                 --artefacts ${CMAKE_BINARY_DIR}/test-artefacts/serve
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(serve.browser PROPERTIES LABELS "serve;e2e;browser" SKIP_RETURN_CODE 77 TIMEOUT 600)

# The request-handler fuzz target (tests/fuzz/fuzz_serve.c) once over its regression corpus,
# through the standalone driver, as hardening.cmake does for the other targets.
add_executable(fuzzrun_serve ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_serve.c ${CMAKE_SOURCE_DIR}/tests/fuzz/standalone_main.c)
target_include_directories(fuzzrun_serve PRIVATE ${CMAKE_SOURCE_DIR}/tests/fuzz)
target_link_libraries(fuzzrun_serve PRIVATE netral_serve netral_static)
add_test(NAME hardening.fuzz-regressions.serve
         COMMAND fuzzrun_serve ${CMAKE_SOURCE_DIR}/tests/fuzz/regressions/serve
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(hardening.fuzz-regressions.serve PROPERTIES LABELS "hardening;fuzz;serve")

# The benchmark (tests/bench/serve/bench.py): its load generator, and a small smoke run (200 memos,
# one round, no target enforced) so that the benchmark itself stays runnable.
add_executable(serve_loadgen ${CMAKE_SOURCE_DIR}/tests/bench/serve/loadgen.c)
target_link_libraries(serve_loadgen PRIVATE Threads::Threads)
add_test(NAME serve.bench-smoke
         COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/bench/serve/bench.py --netral $<TARGET_FILE:netral_cli>
                 --loadgen $<TARGET_FILE:serve_loadgen> --docs 200 --rounds 1 --smoke
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(serve.bench-smoke PROPERTIES LABELS "serve;bench" SKIP_RETURN_CODE 77 TIMEOUT 600)
