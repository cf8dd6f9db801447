list(APPEND TOLLGATE_CORE_SOURCES
  runner/git/change_set.cpp
)
