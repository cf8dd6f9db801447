list(APPEND TOLLGATE_TEST_SOURCES
  unit/graph/waves_test.cpp
  unit/graph/critical_path_test.cpp
  unit/graph/schedule_eta_test.cpp
)
