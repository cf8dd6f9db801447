list(APPEND TOLLGATE_TEST_SOURCES
  unit/git/change_set_test.cpp
)
