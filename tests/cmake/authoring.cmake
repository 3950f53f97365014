# authoring.cmake - tests of rule authoring (issue 14): every built-in rule file copied alone into a
# rule folder loads, passes its examples and finds exactly what the built-ins find; a copied
# rule's edited severity and the override "id" { ... } form show in scans and `rules list`.
add_test(NAME rules.copy-builtins
  COMMAND ${NETRAL_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/rules/test_copy_rules.py
          $<TARGET_FILE:netral_cli> ${CMAKE_SOURCE_DIR} ${NETRAL_SHARED_DIR})
set_tests_properties(rules.copy-builtins PROPERTIES LABELS "rules;e2e" TIMEOUT 300)
