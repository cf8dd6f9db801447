list(APPEND TOLLGATE_CORE_SOURCES
  runner/packets/checkpoints.cpp
  runner/packets/dependencies.cpp
  runner/packets/packet_completion.cpp
  runner/packets/packet_delay.cpp
  runner/packets/packet_of_change.cpp
)
