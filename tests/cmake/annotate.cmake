# annotate.cmake - tests of the annotated DOCX writer beyond its C unit test: copies checked with
# python-docx and LibreOffice (samples and fixtures always; ../shared data when present, else 77).
add_executable(annotate_synthetic ${CMAKE_CURRENT_SOURCE_DIR}/annotate/annotate_synthetic.c)
target_link_libraries(annotate_synthetic PRIVATE netral_static)

set(NETRAL_ANNOT_CHECK ${CMAKE_CURRENT_SOURCE_DIR}/annotate/check_annotated.py)
set(NETRAL_ANNOT_WORK ${CMAKE_BINARY_DIR}/annotate-work)
set(NETRAL_ANNOT_LOCAL ${CMAKE_SOURCE_DIR}/samples ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/annotate)

# The real thing: `netral annotate` with the built-in rules.
add_test(NAME annotate.cli.samples
  COMMAND ${NETRAL_PYTHON} ${NETRAL_ANNOT_CHECK} --netral $<TARGET_FILE:netral_cli>
          --work ${NETRAL_ANNOT_WORK}/cli-samples ${NETRAL_ANNOT_LOCAL})
add_test(NAME annotate.cli.dev
  COMMAND ${NETRAL_PYTHON} ${NETRAL_ANNOT_CHECK} --netral $<TARGET_FILE:netral_cli>
          --work ${NETRAL_ANNOT_WORK}/cli-dev ${NETRAL_SHARED_DIR}/eval/dev)

# Made-up findings at awkward places (first/last words, mid-word spans across runs, whole
# paragraphs, headers, text boxes), independent of what the rules happen to find.
add_test(NAME annotate.synthetic.samples
  COMMAND ${NETRAL_PYTHON} ${NETRAL_ANNOT_CHECK} --synthetic $<TARGET_FILE:annotate_synthetic>
          --work ${NETRAL_ANNOT_WORK}/synthetic-samples ${NETRAL_ANNOT_LOCAL})
add_test(NAME annotate.synthetic.dev
  COMMAND ${NETRAL_PYTHON} ${NETRAL_ANNOT_CHECK} --synthetic $<TARGET_FILE:annotate_synthetic>
          --work ${NETRAL_ANNOT_WORK}/synthetic-dev ${NETRAL_SHARED_DIR}/eval/dev)
# Hundreds of real-world files from other projects: python-docx only (LibreOffice would take long).
add_test(NAME annotate.synthetic.corpus
  COMMAND ${NETRAL_PYTHON} ${NETRAL_ANNOT_CHECK} --synthetic $<TARGET_FILE:annotate_synthetic>
          --no-soffice --work ${NETRAL_ANNOT_WORK}/synthetic-corpus ${NETRAL_SHARED_DIR}/corpus/realworld)

# Failures: unreadable input, output over input, missing/read-only folder, write cut short.
add_test(NAME annotate.cli.errors
  COMMAND ${NETRAL_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/annotate/cli_errors.py
          $<TARGET_FILE:netral_cli> ${CMAKE_SOURCE_DIR}/samples)

set(NETRAL_ANNOT_TESTS annotate.cli.samples annotate.cli.dev annotate.synthetic.samples
    annotate.synthetic.dev annotate.synthetic.corpus annotate.cli.errors)
set_tests_properties(${NETRAL_ANNOT_TESTS} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 1800
  ENVIRONMENT "SOURCE_DATE_EPOCH=1700000000")
# LibreOffice is heavy on two cores: one converting test at a time
set_tests_properties(annotate.cli.samples annotate.cli.dev annotate.synthetic.samples
  annotate.synthetic.dev PROPERTIES RUN_SERIAL TRUE)

# --highlight: every matched word is highlighted (python-docx's view), the files still convert.
add_test(NAME annotate.synthetic.highlight
  COMMAND ${NETRAL_PYTHON} ${NETRAL_ANNOT_CHECK} --synthetic $<TARGET_FILE:annotate_synthetic>
          --highlight --work ${NETRAL_ANNOT_WORK}/synthetic-highlight ${NETRAL_ANNOT_LOCAL})
set_tests_properties(annotate.synthetic.highlight PROPERTIES TIMEOUT 1800 RUN_SERIAL TRUE
  ENVIRONMENT "SOURCE_DATE_EPOCH=1700000000")
