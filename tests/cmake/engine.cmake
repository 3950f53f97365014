# engine.cmake - end-to-end checks of the rule engine through the CLI: a rule folder with a typo
# exits 2 naming file and line; the fixture rules' own examples pass; an endless rule is reported
# in the document's result while the other rules' findings still arrive.
set(NT_ENGINE_FIX ${CMAKE_SOURCE_DIR}/tests/rules/fixtures)

add_test(NAME engine.cli.load-error
  COMMAND sh -c "out=$(\"$0\" rules test tests/rules/fixtures/typo 2>&1); rc=$?; echo \"$out\";
    [ $rc -eq 2 ] || { echo \"expected exit 2, got $rc\"; exit 1; };
    echo \"$out\" | grep -q 'tests/rules/fixtures/typo/rules/typo.lua:3: .*severty' || exit 1"
    $<TARGET_FILE:netral_cli>
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

add_test(NAME engine.cli.fixture-examples
  COMMAND sh -c "out=$(\"$0\" rules test tests/rules/fixtures/basic tests/rules/fixtures/docrule 2>&1);
    echo \"$out\" | grep -E 'FAIL fx\\.|rules test:';
    echo \"$out\" | grep -q 'rules test: ' || exit 1;
    ! echo \"$out\" | grep -q 'FAIL fx\\.'"
    $<TARGET_FILE:netral_cli>
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

add_test(NAME engine.cli.endless-rule
  COMMAND sh -c "out=$(\"$0\" scan --format jsonl --no-progress --rules tests/rules/fixtures/basic --rules tests/rules/fixtures/loop samples/se-dukungan-paslon.docx 2>/dev/null); rc=$?; echo \"$out\" | cut -c1-400;
    [ $rc -eq 1 ] || { echo \"expected exit 1, got $rc\"; exit 1; };
    echo \"$out\" | grep -q 'fx.loop: tests/rules/fixtures/loop/rules/loop.lua:[0-9]*: batas instruksi' || exit 1;
    echo \"$out\" | grep -q '\"rule\":\"fx.after-loop\"'"
    $<TARGET_FILE:netral_cli>
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
