# authoring.cmake - tests of rule authoring (issue 14): every built-in rule file copied alone into a
# rule folder loads, passes its examples and finds exactly what the built-ins find; a copied
# rule's edited severity and the override "id" { ... } form show in scans and `rules list`;
# `netral explain` (three kinds of rejection, the scan's findings, bad input, the bindings) and
# `netral lists`; `rules stats` equal to the shared scorer; one finding per category per span.
add_test(NAME rules.copy-builtins
  COMMAND ${NETRAL_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/rules/test_copy_rules.py
          $<TARGET_FILE:netral_cli> ${CMAKE_SOURCE_DIR} ${NETRAL_SHARED_DIR})
add_test(NAME rules.stats-vs-scorer
  COMMAND ${NETRAL_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/rules/test_rules_stats.py
          $<TARGET_FILE:netral_cli> ${CMAKE_SOURCE_DIR} ${NETRAL_SHARED_DIR})
add_test(NAME e2e.explain
  COMMAND ${NETRAL_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/test_explain.py
          $<TARGET_FILE:netral_cli> ${CMAKE_SOURCE_DIR} ${NETRAL_SHARED_DIR})
add_test(NAME e2e.no-overlaps
  COMMAND ${NETRAL_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/test_no_overlaps.py
          $<TARGET_FILE:netral_cli> ${CMAKE_SOURCE_DIR} ${NETRAL_SHARED_DIR})
set_tests_properties(rules.copy-builtins PROPERTIES LABELS "rules;e2e" TIMEOUT 300)
set_tests_properties(rules.stats-vs-scorer PROPERTIES LABELS "rules;e2e" TIMEOUT 300 SKIP_RETURN_CODE 77)
set_tests_properties(e2e.explain e2e.no-overlaps PROPERTIES LABELS "e2e;rules" TIMEOUT 300)
