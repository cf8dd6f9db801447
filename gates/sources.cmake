list(APPEND TOLLGATE_CORE_SOURCES
  gates/gate_result.cpp
  gates/metrics.cpp
  gates/command_gate.cpp
  gates/coverage_gate.cpp
  gates/manual_gate.cpp
)
