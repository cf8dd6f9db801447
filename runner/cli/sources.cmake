list(APPEND TOLLGATE_CORE_SOURCES
  runner/cli/app.cpp
  runner/cli/version_text.cpp
  runner/cli/workspace.cpp
  runner/cli/github_env.cpp
  runner/cli/console_style.cpp
  runner/cli/verb_validate.cpp
  runner/cli/verb_plan.cpp
  runner/cli/verb_zones.cpp
  runner/cli/verb_check.cpp
  runner/cli/record_time.cpp
  runner/cli/verb_run.cpp
  runner/cli/verb_coverage.cpp
  runner/cli/verb_conflicts.cpp
  runner/cli/verb_report.cpp
  runner/cli/verb_hook.cpp
  runner/cli/verb_merge_results.cpp
)
