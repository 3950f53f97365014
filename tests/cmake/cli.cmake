# cli.cmake - ctest registrations of the `netral` command line: end-to-end cases (tests/e2e/cli_e2e.py),
# the HTML report in headless Chromium, unit tests of the CLI's own pieces, and a small benchmark smoke run.

set(NT_CLI_E2E_CASES tree exit-codes usage formats sarif-schema cache sort text annotate rules progress
                     interrupt bad-input vanish)
foreach(c ${NT_CLI_E2E_CASES})
  add_test(NAME cli.e2e.${c}
           COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/e2e/cli_e2e.py --netral $<TARGET_FILE:netral_cli> ${c}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(cli.e2e.${c} PROPERTIES LABELS "cli;e2e" SKIP_RETURN_CODE 77 TIMEOUT 600)
endforeach()

# What a scan leaves behind for an inspector (issue 16): interrupted runs (real SIGINT), copies and
# links that travel, memo facts, letterheads of every shape, skipped files, language, pipes.
set(NT_REPORTS_E2E_CASES interrupt annotate-paths memo letterhead skipped language stdin text unwritable)
foreach(c ${NT_REPORTS_E2E_CASES})
  add_test(NAME cli.reports.${c}
           COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/e2e/reports_e2e.py --netral $<TARGET_FILE:netral_cli> ${c}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(cli.reports.${c} PROPERTIES LABELS "cli;e2e" SKIP_RETURN_CODE 77 TIMEOUT 600)
endforeach()

# The inspector's HTML in headless Chromium (DevTools protocol over loopback); the screenshots of an
# expanded memo are kept in build/test-artifacts/.
add_test(NAME cli.html-chromium
         COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/e2e/html_check.py --netral $<TARGET_FILE:netral_cli>
                 --keep ${CMAKE_BINARY_DIR}/test-artifacts
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli.html-chromium PROPERTIES LABELS "cli;e2e;browser" SKIP_RETURN_CODE 77 TIMEOUT 300)

# The CLI's pieces (SHA-256, cache file, queue, mirror paths) tested directly: every plugin/cli source
# but main.c, linked with the plugin objects.
file(GLOB NT_CLI_UNIT_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/plugin/cli/*.c)
list(REMOVE_ITEM NT_CLI_UNIT_SRC ${CMAKE_SOURCE_DIR}/plugin/cli/main.c)
add_executable(test_cli_units ${CMAKE_SOURCE_DIR}/tests/e2e/test_cli_units.c ${NT_CLI_UNIT_SRC}
                              ${CMAKE_SOURCE_DIR}/tests/unit/tap.c)
target_include_directories(test_cli_units PRIVATE ${CMAKE_SOURCE_DIR}/tests/unit ${CMAKE_SOURCE_DIR}/plugin/cli)
target_link_libraries(test_cli_units PRIVATE netral_static)
add_test(NAME cli.units COMMAND test_cli_units WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli.units PROPERTIES LABELS "cli;unit")

# A small run of the batch benchmark (200 memos, no ratios enforced): the benchmark itself stays runnable.
add_test(NAME cli.bench-smoke
         COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/bench/batch/bench.py --netral $<TARGET_FILE:netral_cli>
                 --docs 200 --sample 5 --pydocx-sample 10 --rounds 1 --smoke
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli.bench-smoke PROPERTIES LABELS "cli;bench" SKIP_RETURN_CODE 77 TIMEOUT 600)

# tools/scan-samples.sh (the README's first command) is quiet when the build works and shows the
# build log when it fails. Run alone: it re-runs cmake on this build folder (a no-op when current).
add_test(NAME cli.scan-samples
         COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/e2e/scan_samples.py ${CMAKE_BINARY_DIR}
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli.scan-samples PROPERTIES LABELS "cli;e2e" SKIP_RETURN_CODE 77 TIMEOUT 1200 RUN_SERIAL TRUE)

# docs/cli.md is the full command-line and report reference of a clone: every option the help
# lists, every format, code and report field; the README does not send readers outside the repo.
add_test(NAME cli.docs
         COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/e2e/docs_check.py --netral $<TARGET_FILE:netral_cli>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(cli.docs PROPERTIES LABELS "cli;docs")
# Outputs that are FIFOs or devices are written as they are, never replaced by a rename.
add_test(NAME cli.special-outputs COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/e2e/special_outputs.py
         $<TARGET_FILE:netral_cli> ${CMAKE_SOURCE_DIR}/samples)
