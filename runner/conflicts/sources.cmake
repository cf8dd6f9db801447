list(APPEND TOLLGATE_CORE_SOURCES
  runner/conflicts/conflict_scan.cpp
)
