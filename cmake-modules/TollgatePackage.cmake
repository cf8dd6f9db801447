# Installs the tollgate binary and the CMake package that lets a consumer's
# find_package(Tollgate CONFIG REQUIRED) register gates as CTest tests.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(TOLLGATE_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/Tollgate"
    CACHE STRING "Where the Tollgate CMake package is installed, relative to the prefix")

install(TARGETS tollgate RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/TollgateConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/TollgateConfig.cmake
  INSTALL_DESTINATION ${TOLLGATE_INSTALL_CMAKEDIR}
  PATH_VARS CMAKE_INSTALL_BINDIR)
# An executable, not a library: pointer size does not matter to consumers.
write_basic_package_version_file(
  ${CMAKE_CURRENT_BINARY_DIR}/TollgateConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMinorVersion
  ARCH_INDEPENDENT)
install(FILES
  ${CMAKE_CURRENT_BINARY_DIR}/TollgateConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/TollgateConfigVersion.cmake
  ${CMAKE_CURRENT_LIST_DIR}/Tollgate.cmake
  DESTINATION ${TOLLGATE_INSTALL_CMAKEDIR})

# tollgate's own build uses the module on itself, through the same target name.
add_executable(Tollgate::tollgate ALIAS tollgate)
