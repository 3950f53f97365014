# habits.cmake - the structure checks CI runs with the tests: the include graph between layer
# folders (no upward arrow, no circle, front ends on netral.h + base/ only).
add_test(NAME unit.layers COMMAND ${NETRAL_PYTHON} ${CMAKE_SOURCE_DIR}/tools/check_layers.py)
