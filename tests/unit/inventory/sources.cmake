list(APPEND TOLLGATE_TEST_SOURCES
  unit/inventory/effort_test.cpp
  unit/inventory/trigger_expr_test.cpp
)
