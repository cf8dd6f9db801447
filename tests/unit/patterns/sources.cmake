list(APPEND TOLLGATE_TEST_SOURCES
  unit/patterns/glob_test.cpp
  unit/patterns/path_pattern_test.cpp
)
