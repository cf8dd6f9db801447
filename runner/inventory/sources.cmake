list(APPEND TOLLGATE_CORE_SOURCES
  runner/inventory/model.cpp
  runner/inventory/effort.cpp
  runner/inventory/trigger_expr.cpp
  runner/inventory/yaml_node.cpp
  runner/inventory/yaml_document.cpp
  runner/inventory/yaml_reader.cpp
  runner/inventory/section_readers.cpp
  runner/inventory/gate_reader.cpp
  runner/inventory/alerts_reader.cpp
  runner/inventory/include_expander.cpp
  runner/inventory/loader.cpp
  runner/inventory/cycles.cpp
  runner/inventory/validator.cpp
  runner/inventory/validation_report.cpp
  runner/inventory/inventory_dump.cpp
)
