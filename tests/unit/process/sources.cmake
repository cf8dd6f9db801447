list(APPEND TOLLGATE_TEST_SOURCES
  unit/process/captured_output_test.cpp
  unit/process/command_line_test.cpp
  unit/process/environment_test.cpp
  unit/process/boost_process_runner_test.cpp
  unit/process/stop_signal_test.cpp
)
