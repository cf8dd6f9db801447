list(APPEND TOLLGATE_CORE_SOURCES
  runner/init/yaml_text.cpp
  runner/init/codeowners_reader.cpp
  runner/init/repo_probe.cpp
  runner/init/starter_inventory.cpp
  runner/init/draft_check.cpp
)
