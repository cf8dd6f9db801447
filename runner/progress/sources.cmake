list(APPEND TOLLGATE_CORE_SOURCES
  runner/progress/history_record.cpp
  runner/progress/history.cpp
  runner/progress/note_records.cpp
  runner/progress/packet_history.cpp
  runner/progress/rework.cpp
  runner/progress/progress_result.cpp
  runner/progress/lane_time.cpp
  runner/progress/progress.cpp
  runner/progress/progress_reader.cpp
  runner/progress/completion.cpp
  runner/progress/readiness.cpp
  runner/progress/ready_list.cpp
  runner/progress/merge_queue.cpp
)
