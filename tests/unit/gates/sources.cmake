list(APPEND TOLLGATE_TEST_SOURCES
  unit/gates/metrics_test.cpp
  unit/gates/command_gate_test.cpp
  unit/gates/coverage_gate_test.cpp
  unit/gates/manual_gate_test.cpp
)
