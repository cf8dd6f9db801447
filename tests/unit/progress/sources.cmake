list(APPEND TOLLGATE_TEST_SOURCES
  unit/progress/history_record_test.cpp
  unit/progress/history_test.cpp
  unit/progress/note_records_test.cpp
  unit/progress/packet_history_test.cpp
  unit/progress/rework_test.cpp
  unit/progress/progress_test.cpp
  unit/progress/lane_time_test.cpp
  unit/progress/readiness_test.cpp
  unit/progress/ready_list_test.cpp
  unit/progress/merge_queue_test.cpp
)
