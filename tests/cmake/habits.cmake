# habits.cmake - the structure checks CI runs with the tests: the include graph between layer
# folders (no upward arrow, no circle, front ends on netral.h + base/ only), the format and lint.
add_test(NAME unit.layers COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tools/check_layers.py)
# C sources as .clang-format says, Lua sources clean under .luacheckrc (tools/check_format.sh).
add_test(NAME unit.format COMMAND ${CMAKE_SOURCE_DIR}/tools/check_format.sh)
