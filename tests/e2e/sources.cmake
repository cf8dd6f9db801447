list(APPEND TOLLGATE_TEST_SOURCES
  e2e/run_test.cpp
  e2e/examples_test.cpp
  e2e/plan_test.cpp
  e2e/validate_test.cpp
  e2e/coverage_test.cpp
  e2e/zones_test.cpp
  e2e/check_test.cpp
  e2e/check_history_test.cpp
  e2e/conflicts_test.cpp
  e2e/report_test.cpp
)
