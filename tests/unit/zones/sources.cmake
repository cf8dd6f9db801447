list(APPEND TOLLGATE_TEST_SOURCES
  unit/zones/bucket_index_test.cpp
  unit/zones/ownership_test.cpp
  unit/zones/zone_lint_test.cpp
  unit/zones/zone_map_test.cpp
)
