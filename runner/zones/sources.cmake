list(APPEND TOLLGATE_CORE_SOURCES
  runner/zones/bucket_index.cpp
  runner/zones/ownership.cpp
  runner/zones/zone_lint.cpp
  runner/zones/zone_map.cpp
)
