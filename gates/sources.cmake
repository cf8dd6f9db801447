list(APPEND TOLLGATE_CORE_SOURCES
  gates/metrics.cpp
  gates/command_gate.cpp
  gates/coverage_gate.cpp
)
