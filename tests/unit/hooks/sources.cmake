list(APPEND TOLLGATE_TEST_SOURCES
  unit/hooks/hook_installer_test.cpp
)
