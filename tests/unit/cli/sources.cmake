list(APPEND TOLLGATE_TEST_SOURCES
  unit/cli/app_test.cpp
  unit/cli/output_format_test.cpp
  unit/cli/verb_check_test.cpp
  unit/cli/verb_conflicts_test.cpp
  unit/cli/verb_coverage_test.cpp
  unit/cli/verb_hook_test.cpp
  unit/cli/verb_merge_results_test.cpp
  unit/cli/verb_plan_test.cpp
  unit/cli/verb_ready_test.cpp
  unit/cli/verb_report_test.cpp
  unit/cli/verb_run_test.cpp
  unit/cli/verb_validate_test.cpp
  unit/cli/verb_zones_test.cpp
  unit/cli/verb_init_test.cpp
)
