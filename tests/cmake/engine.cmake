# engine.cmake - end-to-end checks of the rule engine through the CLI: a rule folder with a typo
# exits 2 naming file and line; the fixture rules' own examples pass; an endless rule is reported
# in the document's result while the other rules' findings still arrive (tests/engine/).
set(NT_ENGINE_FIX ${CMAKE_SOURCE_DIR}/tests/rules/fixtures)

add_test(NAME engine.cli.load-error
  COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/engine/test_engine_cli.py $<TARGET_FILE:netral_cli> load-error
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME engine.cli.fixture-examples
  COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/engine/test_engine_cli.py $<TARGET_FILE:netral_cli> fixture-examples
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME engine.cli.endless-rule
  COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/engine/test_engine_cli.py $<TARGET_FILE:netral_cli> endless-rule
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

set_tests_properties(engine.cli.load-error engine.cli.fixture-examples engine.cli.endless-rule
  PROPERTIES TIMEOUT 300)

# Benchmark (not a test): tests/bench/engine/run.sh builds and runs it on the reader's archive.
add_executable(bench_engine ${CMAKE_CURRENT_SOURCE_DIR}/bench/engine/bench_engine.c)
target_link_libraries(bench_engine PRIVATE netral_static)

# The worked example of docs/rule-api.md still loads and its examples pass.
add_test(NAME engine.doc-example
  COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tests/rules/fixtures/check_doc_example.py
          $<TARGET_FILE:netral_cli> ${CMAKE_SOURCE_DIR}/docs/rule-api.md)
