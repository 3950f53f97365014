# rules_blind.cmake - the blind evaluation set (tests/rules/blind: 40 memos written before the rules
# were read): builds the DOCX with ../shared/eval/make_docx.py, scores them with the shared scorer
# and requires document F1 >= 0.90 and macro category F1 >= 0.85 (skipped with 77 without ../shared).
# Measured: first run before any rule change doc_f1=0.857 macro_cat_f1=0.739; after the fixes of
# this issue doc_f1=1.000 macro_cat_f1=0.976 (state-facility 0.857 is the weakest category); issue 15
# kept both and raised the floors to 0.97 / 0.95.
add_test(NAME rules.blind
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/rules/blind/run_blind.sh $<TARGET_FILE:netral_cli>
          --doc-f1 0.97 --macro-f1 0.95)
set_tests_properties(rules.blind PROPERTIES SKIP_RETURN_CODE 77
  ENVIRONMENT "NETRAL_SHARED_DIR=${NETRAL_SHARED_DIR};NETRAL_PYTHON=${NETRAL_PYTHON}")
