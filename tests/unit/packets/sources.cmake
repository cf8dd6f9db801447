list(APPEND TOLLGATE_TEST_SOURCES
  unit/packets/checkpoints_test.cpp
  unit/packets/dependencies_test.cpp
  unit/packets/packet_completion_test.cpp
  unit/packets/packet_delay_test.cpp
  unit/packets/packet_of_change_test.cpp
)
