list(APPEND TOLLGATE_TEST_SOURCES
  unit/inventory/effort_test.cpp
  unit/inventory/trigger_expr_test.cpp
  unit/inventory/yaml_node_test.cpp
  unit/inventory/yaml_document_test.cpp
  unit/inventory/yaml_document_syntax_test.cpp
  unit/inventory/yaml_reader_test.cpp
  unit/inventory/section_readers_test.cpp
  unit/inventory/gate_reader_test.cpp
  unit/inventory/alerts_reader_test.cpp
  unit/inventory/include_expander_test.cpp
  unit/inventory/loader_test.cpp
  unit/inventory/cycles_test.cpp
  unit/inventory/validator_test.cpp
  unit/inventory/validation_report_test.cpp
  unit/inventory/inventory_dump_test.cpp
)
