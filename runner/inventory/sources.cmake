list(APPEND TOLLGATE_CORE_SOURCES
  runner/inventory/model.cpp
  runner/inventory/effort.cpp
  runner/inventory/trigger_expr.cpp
)
