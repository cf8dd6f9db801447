list(APPEND TOLLGATE_TEST_SOURCES
  unit/schedule/gate_plan_test.cpp
  unit/schedule/shard_test.cpp
  unit/schedule/recorded_durations_test.cpp
  unit/schedule/scheduler_test.cpp
  unit/schedule/shard_merge_test.cpp
)
