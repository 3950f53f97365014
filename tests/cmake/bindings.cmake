# bindings.cmake - tests of the front ends for workflow tools: the exported ABI, misuse of every
# public function, the C example (in CMake and via pkg-config after install), lua5.4, Python, Dask.
set(NETRAL_BIND_DIR ${CMAKE_SOURCE_DIR}/tests/bindings)

# The example and the misuse test link the SHARED library, as a host program does.
add_executable(workflow_check ${CMAKE_SOURCE_DIR}/examples/workflow_check.c)
target_link_libraries(workflow_check PRIVATE netral)

add_executable(test_abi_misuse ${NETRAL_BIND_DIR}/test_abi_misuse.c ${CMAKE_SOURCE_DIR}/tests/unit/tap.c)
target_include_directories(test_abi_misuse PRIVATE ${CMAKE_SOURCE_DIR}/tests/unit)
target_link_libraries(test_abi_misuse PRIVATE netral)

add_test(NAME bindings.abi_misuse COMMAND test_abi_misuse WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME bindings.exports COMMAND sh ${NETRAL_BIND_DIR}/check_exports.sh $<TARGET_FILE:netral>)
add_test(NAME bindings.install COMMAND sh ${NETRAL_BIND_DIR}/test_install.sh ${CMAKE_BINARY_DIR}
         ${CMAKE_SOURCE_DIR})

add_test(NAME bindings.example
         COMMAND ${NETRAL_PYTHON} ${NETRAL_BIND_DIR}/compare_frontends.py --cli $<TARGET_FILE:netral_cli>
                 example $<TARGET_FILE:workflow_check>)
add_test(NAME bindings.lua
         COMMAND ${NETRAL_PYTHON} ${NETRAL_BIND_DIR}/compare_frontends.py --cli $<TARGET_FILE:netral_cli>
                 lua ${CMAKE_BINARY_DIR})
add_test(NAME bindings.lua_api
         COMMAND sh ${NETRAL_BIND_DIR}/run_lua_api.sh ${NETRAL_BIND_DIR}/test_lua_api.lua ${CMAKE_BINARY_DIR}
                 ${CMAKE_SOURCE_DIR}/samples/se-dukungan-paslon.docx)
add_test(NAME bindings.python
         COMMAND ${NETRAL_PYTHON} ${NETRAL_BIND_DIR}/compare_frontends.py --cli $<TARGET_FILE:netral_cli>
                 python)
add_test(NAME bindings.python_api COMMAND ${NETRAL_PYTHON} ${NETRAL_BIND_DIR}/test_python_api.py)
add_test(NAME bindings.vocab COMMAND ${NETRAL_PYTHON} ${NETRAL_BIND_DIR}/test_vocab.py ${CMAKE_BINARY_DIR})
add_test(NAME bindings.dask
         COMMAND ${NETRAL_PYTHON} ${NETRAL_BIND_DIR}/test_dask.py --cli $<TARGET_FILE:netral_cli>)

set(NETRAL_BIND_PY_ENV "PYTHONPATH=${CMAKE_SOURCE_DIR}/plugin/python"
    "NETRAL_LIBRARY=$<TARGET_FILE:netral>")
set_tests_properties(bindings.python bindings.python_api bindings.vocab bindings.dask PROPERTIES
                     ENVIRONMENT "${NETRAL_BIND_PY_ENV}")
set_tests_properties(bindings.dask PROPERTIES TIMEOUT 600 SKIP_RETURN_CODE 77)
# Installing needs every target (the CLI too), which ctest runs after a full build.
set_tests_properties(bindings.install PROPERTIES TIMEOUT 300)
