# Installs the cli component into PREFIX and runs the installed executable there, away from the build tree.
# Arguments: -DBUILD_DIR= -DPREFIX= -DEXPECTED_VERSION=
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" --component cli
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(executable "${PREFIX}/bin/dingtalk-group-cli")
if(NOT EXISTS "${executable}")
    message(FATAL_ERROR "${executable} was not installed:\n${output}")
endif()

# Run from an unrelated folder so nothing from the build tree can be picked up.
execute_process(COMMAND "${executable}" --version WORKING_DIRECTORY "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_VARIABLE version ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT version MATCHES "dingtalk-group-cli ${EXPECTED_VERSION}")
    message(FATAL_ERROR "the installed executable failed (${result}): ${version}${errors}")
endif()
message(STATUS "installed and ran: ${version}")
