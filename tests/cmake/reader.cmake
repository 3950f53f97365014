# reader.cmake - tests of the DOCX reader beyond the unit tests: a dump tool for scripts, the walk
# over the shared real-world corpus (span map checked against the XML), and the pandoc comparison.
add_executable(reader_dump ${CMAKE_CURRENT_SOURCE_DIR}/reader/reader_dump.c)
target_link_libraries(reader_dump PRIVATE netral_static)

add_executable(reader_corpus ${CMAKE_CURRENT_SOURCE_DIR}/reader/reader_corpus.c)
target_link_libraries(reader_corpus PRIVATE netral_static)

# Every corpus file loads or fails with a contract error code; skipped (77) without ../shared.
add_test(NAME reader.corpus COMMAND reader_corpus ${NETRAL_SHARED_DIR}/corpus/realworld)
set_tests_properties(reader.corpus PROPERTIES SKIP_RETURN_CODE 77 LABELS "reader;corpus")

# Body words against `pandoc -t plain` (takes ~2 minutes on 2 cores); skipped without corpus/pandoc.
add_test(NAME reader.pandoc
         COMMAND ${NETRAL_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/reader/compare_pandoc.py
                 --dump $<TARGET_FILE:reader_dump> ${NETRAL_SHARED_DIR}/corpus/realworld)
set_tests_properties(reader.pandoc PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 1200 LABELS "reader;corpus;slow")

# Benchmark (not a test): tests/bench/reader/run.sh builds and runs it.
add_executable(bench_reader ${CMAKE_CURRENT_SOURCE_DIR}/bench/reader/bench_reader.c)
target_link_libraries(bench_reader PRIVATE netral_static)

# Allocation-failure sweep: the reader's own sources linked with malloc/calloc/realloc wrapped, every
# allocation failed once while loading a small but complete memo (most useful in a sanitizer build).
file(GLOB NETRAL_READER_SRC ${CMAKE_SOURCE_DIR}/plugin/base/*.c ${CMAKE_SOURCE_DIR}/plugin/package/*.c
     ${CMAKE_SOURCE_DIR}/plugin/wordml/*.c ${CMAKE_SOURCE_DIR}/plugin/document/*.c)
add_executable(reader_oom ${CMAKE_CURRENT_SOURCE_DIR}/reader/reader_oom.c ${NETRAL_READER_SRC})
target_include_directories(reader_oom PRIVATE ${CMAKE_SOURCE_DIR}/plugin/include ${CMAKE_SOURCE_DIR}/plugin/base
  ${CMAKE_SOURCE_DIR}/plugin/package ${CMAKE_SOURCE_DIR}/plugin/wordml ${CMAKE_SOURCE_DIR}/plugin/document)
target_compile_definitions(reader_oom PRIVATE _GNU_SOURCE)
target_link_libraries(reader_oom PRIVATE PkgConfig::LIBZIP PkgConfig::EXPAT)
target_link_options(reader_oom PRIVATE -Wl,--wrap=malloc -Wl,--wrap=calloc -Wl,--wrap=realloc)
add_test(NAME reader.oom COMMAND reader_oom ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/reader/memo.docx)
set_tests_properties(reader.oom PROPERTIES LABELS "reader")
