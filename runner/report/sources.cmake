list(APPEND TOLLGATE_CORE_SOURCES
  runner/report/run_result.cpp
  runner/report/results_json.cpp
  runner/report/junit_xml.cpp
  runner/report/summary_md.cpp
  runner/report/run_console.cpp
  runner/report/report_files.cpp
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
