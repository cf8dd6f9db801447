list(APPEND TOLLGATE_TEST_SOURCES
  e2e/run_test.cpp
  e2e/examples_test.cpp
  e2e/plan_test.cpp
  e2e/validate_test.cpp
  e2e/coverage_test.cpp
  e2e/zones_test.cpp
  e2e/check_test.cpp
  e2e/conflicts_test.cpp
  e2e/sharding_test.cpp
  e2e/zones_ci_test.cpp
  e2e/hook_test.cpp
  e2e/cmake_package_test.cpp
  e2e/check_ci_test.cpp
)
