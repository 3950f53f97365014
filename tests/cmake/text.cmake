# text.cmake - the text layer's matcher benchmark (tests/bench/matcher): built with the tests and
# run by hand for figures; ctest only runs a small pass that checks it finds phrases, never timing.
add_executable(bench_matcher ${CMAKE_CURRENT_SOURCE_DIR}/bench/matcher/bench_matcher.c)
target_link_libraries(bench_matcher PRIVATE netral_static)
add_test(NAME bench.matcher.smoke COMMAND bench_matcher 300 0.2 1)
