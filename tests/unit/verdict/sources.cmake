list(APPEND TOLLGATE_TEST_SOURCES
  unit/verdict/affected_gates_test.cpp
  unit/verdict/check_inputs_test.cpp
  unit/verdict/check_pipeline_test.cpp
  unit/verdict/check_record_test.cpp
  unit/verdict/check_steps_test.cpp
  unit/verdict/check_result_test.cpp
  unit/verdict/recorded_baseline_test.cpp
  unit/verdict/recorded_signoffs_test.cpp
  unit/verdict/triggers_test.cpp
  unit/verdict/trusted_inventory_test.cpp
  unit/verdict/packet_brief_test.cpp
  unit/verdict/merge_readiness_test.cpp
)
