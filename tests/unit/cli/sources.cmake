list(APPEND TOLLGATE_TEST_SOURCES
  unit/cli/app_test.cpp
  unit/cli/output_format_test.cpp
)
