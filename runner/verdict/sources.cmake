list(APPEND TOLLGATE_CORE_SOURCES
  runner/verdict/affected_gates.cpp
  runner/verdict/check_inputs.cpp
  runner/verdict/check_pipeline.cpp
  runner/verdict/check_steps.cpp
  runner/verdict/check_result.cpp
  runner/verdict/check_record.cpp
  runner/verdict/recorded_baseline.cpp
  runner/verdict/recorded_signoffs.cpp
  runner/verdict/triggers.cpp
  runner/verdict/trusted_inventory.cpp
  runner/verdict/packet_brief.cpp
  runner/verdict/merge_readiness.cpp
)
