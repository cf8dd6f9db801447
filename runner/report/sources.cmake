list(APPEND TOLLGATE_CORE_SOURCES
  runner/report/zones_json.cpp
  runner/report/zones_text.cpp
)
