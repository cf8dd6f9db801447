list(APPEND TOLLGATE_CORE_SOURCES
  runner/core/diagnostic.cpp
  runner/core/error.cpp
  runner/core/duration.cpp
  runner/core/recorded_seconds.cpp
  runner/core/civil_date.cpp
  runner/core/text.cpp
  runner/core/json_writer.cpp
  runner/core/path_guard.cpp
  runner/core/process_memory.cpp
  runner/core/atomic_file.cpp
  runner/core/digraph.cpp
  runner/core/elementary_cycles.cpp
)
