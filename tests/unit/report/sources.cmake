list(APPEND TOLLGATE_TEST_SOURCES
  unit/report/report_files_test.cpp
  unit/report/results_json_test.cpp
  unit/report/junit_xml_test.cpp
  unit/report/summary_md_test.cpp
  unit/report/run_console_test.cpp
  unit/report/plan_text_test.cpp
  unit/report/plan_json_test.cpp
  unit/report/plan_dot_test.cpp
  unit/report/plan_mermaid_test.cpp
  unit/report/coverage_text_test.cpp
  unit/report/coverage_json_test.cpp
  unit/report/json_writer_test.cpp
  unit/report/zones_json_test.cpp
  unit/report/zones_text_test.cpp
  unit/report/conflicts_markdown_test.cpp
  unit/report/progress_render_test.cpp
)
