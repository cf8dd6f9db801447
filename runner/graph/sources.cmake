list(APPEND TOLLGATE_CORE_SOURCES
  runner/graph/plan_result.cpp
  runner/graph/plan_graph.cpp
  runner/graph/waves.cpp
  runner/graph/critical_path.cpp
  runner/graph/schedule_eta.cpp
  runner/graph/plan.cpp
)
