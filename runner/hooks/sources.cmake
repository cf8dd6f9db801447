list(APPEND TOLLGATE_CORE_SOURCES
  runner/hooks/hook_installer.cpp
)
# The hook scripts are embedded from ci-templates/hooks/, their one source.
foreach(hook IN ITEMS pre-push pre-merge-commit)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/ci-templates/hooks/${hook})
endforeach()
file(READ ${CMAKE_CURRENT_SOURCE_DIR}/ci-templates/hooks/pre-push TOLLGATE_PRE_PUSH_SCRIPT)
file(READ ${CMAKE_CURRENT_SOURCE_DIR}/ci-templates/hooks/pre-merge-commit TOLLGATE_PRE_MERGE_COMMIT_SCRIPT)
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/runner/hooks/hook_scripts.cpp.in
  ${CMAKE_CURRENT_BINARY_DIR}/generated/runner/hooks/hook_scripts.cpp @ONLY)
list(APPEND TOLLGATE_CORE_SOURCES ${CMAKE_CURRENT_BINARY_DIR}/generated/runner/hooks/hook_scripts.cpp)
