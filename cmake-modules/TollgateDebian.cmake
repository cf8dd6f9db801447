# The Debian package (CPack DEB): `make package`, or
# `cmake --build BUILD --target package`, writes
# tollgate_<version>_<codename>_<arch>.deb in the build folder, from what
# TollgatePackage.cmake installs, under /usr.
#
# Depends: the shared libraries the binary links, from dpkg-shlibdeps, and
# libgit2, which dpkg-shlibdeps cannot see because tollgate dlopens it
# (runner/git/libgit.hpp): the package that holds the soname the build was
# made against (TOLLGATE_LIBGIT2_SONAME), asked of dpkg at configure time.
# One package per distribution release: the codename in the file name keeps
# a Debian 12 build from being installed where libgit2-1.5 does not exist.
if(NOT CMAKE_SYSTEM_NAME STREQUAL "Linux")
  return()
endif()
find_program(TOLLGATE_DPKG dpkg)
if(NOT TOLLGATE_DPKG)
  return()
endif()

execute_process(COMMAND ${TOLLGATE_DPKG} --print-architecture
  OUTPUT_VARIABLE tollgate_deb_arch OUTPUT_STRIP_TRAILING_WHITESPACE)
set(tollgate_codename "unknown")
if(EXISTS /etc/os-release)
  file(STRINGS /etc/os-release codename_line REGEX "^VERSION_CODENAME=")
  if(codename_line MATCHES "^VERSION_CODENAME=\"?([a-z]+)\"?")
    set(tollgate_codename "${CMAKE_MATCH_1}")
  endif()
endif()

# The package holding libgit2's soname; Debian names it libgit2-MAJOR.MINOR.
get_filename_component(libgit2_dir "${pkgcfg_lib_LIBGIT2_git2}" DIRECTORY)
get_filename_component(libgit2_dir "${libgit2_dir}" REALPATH)
execute_process(COMMAND dpkg-query -S "${libgit2_dir}/${TOLLGATE_LIBGIT2_SONAME}"
  OUTPUT_VARIABLE libgit2_owner RESULT_VARIABLE libgit2_owner_status ERROR_QUIET)
if(libgit2_owner_status EQUAL 0 AND libgit2_owner MATCHES "^([a-z0-9.+-]+)(:[a-z0-9]+)?: ")
  set(TOLLGATE_LIBGIT2_PACKAGE "${CMAKE_MATCH_1}")
else()
  string(REPLACE "libgit2.so." "libgit2-" TOLLGATE_LIBGIT2_PACKAGE "${TOLLGATE_LIBGIT2_SONAME}")
endif()

# libcurl likewise (dlopened by --notify, runner/alerts/curl_transport.cpp);
# Debian 13 calls it libcurl4t64. Only alerts need it, so it is recommended.
get_filename_component(libcurl_dir "${pkgcfg_lib_LIBCURL_curl}" DIRECTORY)
get_filename_component(libcurl_dir "${libcurl_dir}" REALPATH)
execute_process(COMMAND dpkg-query -S "${libcurl_dir}/${TOLLGATE_LIBCURL_SONAME}"
  OUTPUT_VARIABLE libcurl_owner RESULT_VARIABLE libcurl_owner_status ERROR_QUIET)
if(libcurl_owner_status EQUAL 0 AND libcurl_owner MATCHES "^([a-z0-9.+-]+)(:[a-z0-9]+)?: ")
  set(TOLLGATE_LIBCURL_PACKAGE "${CMAKE_MATCH_1}")
else()
  set(TOLLGATE_LIBCURL_PACKAGE libcurl4)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tollgate)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "tollgate")
set(TOLLGATE_PACKAGE_MAINTAINER "tollgate maintainers <maintainers@tollgate.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_PACKAGE_CONTACT "${TOLLGATE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "pre-merge gates for work-packet plans")
set(CPACK_PACKAGE_DESCRIPTION
  "tollgate makes a work-packet plan executable: it reads tollgate.yml, works out
from git what a change touches and who owns it, runs the quality gates, and
enforces checkpoints, coverage and risk triggers before merge. It ships git
hooks, GitHub Actions and GitLab CI templates, and a CMake package that
registers gates as CTest tests.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME "tollgate_${PROJECT_VERSION}_${tollgate_codename}_${tollgate_deb_arch}.deb")
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE ${tollgate_deb_arch})
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps' list is appended to this one.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${TOLLGATE_LIBGIT2_PACKAGE}")
# git: tollgate reads repositories the git CLI made and its hooks call it;
# man-db: `man tollgate` on a minimal system; cmake: find_package(Tollgate)
# and the CTest integration; libcurl: `--notify`. apt installs
# recommendations by default.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "git, man-db, cmake, ${TOLLGATE_LIBCURL_PACKAGE}")
include(CPack)
message(STATUS "Debian package: ${CPACK_DEBIAN_FILE_NAME}, Depends ${TOLLGATE_LIBGIT2_PACKAGE} + shlibdeps")
