list(APPEND TOLLGATE_CORE_SOURCES
  runner/patterns/glob.cpp
  runner/patterns/path_pattern.cpp
)
