list(APPEND TOLLGATE_TEST_SOURCES
  unit/core/diagnostic_test.cpp
  unit/core/duration_test.cpp
  unit/core/recorded_seconds_test.cpp
  unit/core/civil_date_test.cpp
  unit/core/text_test.cpp
  unit/core/json_writer_test.cpp
  unit/core/parallel_for_test.cpp
  unit/core/path_guard_test.cpp
  unit/core/process_memory_test.cpp
  unit/core/atomic_file_test.cpp
  unit/core/digraph_test.cpp
  unit/core/elementary_cycles_test.cpp
)
