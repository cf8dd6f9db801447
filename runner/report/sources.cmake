list(APPEND TOLLGATE_CORE_SOURCES
  runner/report/zones_json.cpp
  runner/report/zones_text.cpp
  runner/report/plan_labels.cpp
  runner/report/plan_text.cpp
  runner/report/plan_json.cpp
  runner/report/plan_dot.cpp
  runner/report/plan_mermaid.cpp
  runner/report/coverage_text.cpp
  runner/report/coverage_json.cpp
  runner/report/json_writer.cpp
)
