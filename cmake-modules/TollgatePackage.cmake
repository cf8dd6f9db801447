# Installs the tollgate binary and the CMake package that lets a consumer's
# find_package(Tollgate CONFIG REQUIRED) register gates as CTest tests, and
# what a system install carries besides (the Debian package of
# TollgateDebian.cmake is made from this): hook scripts, CI templates,
# examples, the man page and bash completion.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# share/, not lib/: the package holds no library and is arch-independent, and
# find_package searches <prefix>/share/cmake/ even in projects that enable no
# language, where lib/<multiarch>/cmake/ (Debian's LIBDIR under /usr) is not.
set(TOLLGATE_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/Tollgate"
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

# What `tollgate hook install` embeds, and the workflows that run tollgate,
# for users who wire them by hand.
install(PROGRAMS
  ${PROJECT_SOURCE_DIR}/ci-templates/hooks/pre-push
  ${PROJECT_SOURCE_DIR}/ci-templates/hooks/pre-merge-commit
  DESTINATION ${CMAKE_INSTALL_DATADIR}/tollgate/hooks)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/ci-templates/github ${PROJECT_SOURCE_DIR}/ci-templates/gitlab
  DESTINATION ${CMAKE_INSTALL_DATADIR}/tollgate/ci-templates
  USE_SOURCE_PERMISSIONS)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples
  USE_SOURCE_PERMISSIONS)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/tollgate.bash-completion
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME tollgate)

# The man page, from the built binary's --help (packaging/man_page.cmake),
# whenever help2man is there; `make package` installs it.
find_program(TOLLGATE_HELP2MAN help2man)
if(TOLLGATE_HELP2MAN)
  set(man_page ${CMAKE_CURRENT_BINARY_DIR}/man/tollgate.1)
  add_custom_command(OUTPUT ${man_page}.gz
    COMMAND ${CMAKE_COMMAND} -DTOLLGATE=$<TARGET_FILE:tollgate> -DHELP2MAN=${TOLLGATE_HELP2MAN}
            -DVERSION=${PROJECT_VERSION} -DINCLUDE=${PROJECT_SOURCE_DIR}/packaging/tollgate.h2m
            -DOUTPUT=${man_page} -P ${PROJECT_SOURCE_DIR}/packaging/man_page.cmake
    COMMAND gzip -9nf ${man_page}
    DEPENDS tollgate ${PROJECT_SOURCE_DIR}/packaging/man_page.cmake ${PROJECT_SOURCE_DIR}/packaging/tollgate.h2m
    COMMENT "Writing the man page from tollgate --help"
    VERBATIM)
  add_custom_target(tollgate_man_page ALL DEPENDS ${man_page}.gz)
  install(FILES ${man_page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man not found: no man page (apt-get install help2man)")
endif()

# tollgate's own build uses the module on itself, through the same target name.
add_executable(Tollgate::tollgate ALIAS tollgate)
