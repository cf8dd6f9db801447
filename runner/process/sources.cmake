list(APPEND TOLLGATE_CORE_SOURCES
  runner/process/process_outcome.cpp
  runner/process/captured_output.cpp
  runner/process/command_line.cpp
  runner/process/environment.cpp
  runner/process/stop_signal.cpp
  runner/process/boost_process_runner.cpp
)
