list(APPEND TOLLGATE_CORE_SOURCES
  runner/schedule/run_result.cpp
  runner/schedule/gate_plan.cpp
  runner/schedule/shard.cpp
  runner/schedule/recorded_durations.cpp
  runner/schedule/changed_files_list.cpp
  runner/schedule/scheduler.cpp
  runner/schedule/shard_merge.cpp
  runner/schedule/results_reader.cpp
)
