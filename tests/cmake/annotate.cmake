# annotate.cmake - tests of the annotated DOCX writer beyond the C unit test: a driver that
# annotates made-up findings at awkward places, and checks of the copies with python-docx and
# LibreOffice (samples always; the shared dev set when ../shared exists, else skipped with 77).
add_executable(annotate_synthetic ${CMAKE_CURRENT_SOURCE_DIR}/annotate/annotate_synthetic.c)
target_link_libraries(annotate_synthetic PRIVATE netral_static)

set(NETRAL_ANNOT_CHECK ${CMAKE_CURRENT_SOURCE_DIR}/annotate/check_annotated.py)
set(NETRAL_ANNOT_WORK ${CMAKE_BINARY_DIR}/annotate-work)

# Made-up findings on first/last words, mid-word spans across runs, whole paragraphs, headers.
add_test(NAME annotate.synthetic.samples
  COMMAND ${NETRAL_PYTHON} ${NETRAL_ANNOT_CHECK} --synthetic $<TARGET_FILE:annotate_synthetic>
          --work ${NETRAL_ANNOT_WORK}/synthetic-samples ${CMAKE_SOURCE_DIR}/samples
          ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/annotate)
add_test(NAME annotate.synthetic.dev
  COMMAND ${NETRAL_PYTHON} ${NETRAL_ANNOT_CHECK} --synthetic $<TARGET_FILE:annotate_synthetic>
          --work ${NETRAL_ANNOT_WORK}/synthetic-dev ${NETRAL_SHARED_DIR}/eval/dev)

# The real thing: `netral annotate` with the built-in rules.
add_test(NAME annotate.cli.samples
  COMMAND ${NETRAL_PYTHON} ${NETRAL_ANNOT_CHECK} --netral $<TARGET_FILE:netral_cli>
          --work ${NETRAL_ANNOT_WORK}/cli-samples ${CMAKE_SOURCE_DIR}/samples
          ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/annotate)
add_test(NAME annotate.cli.dev
  COMMAND ${NETRAL_PYTHON} ${NETRAL_ANNOT_CHECK} --netral $<TARGET_FILE:netral_cli>
          --work ${NETRAL_ANNOT_WORK}/cli-dev ${NETRAL_SHARED_DIR}/eval/dev)

set_tests_properties(annotate.synthetic.samples annotate.synthetic.dev annotate.cli.samples
  annotate.cli.dev PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 1800 RUN_SERIAL TRUE)
