list(APPEND TOLLGATE_CORE_SOURCES
  runner/init/yaml_text.cpp
  runner/init/codeowners_reader.cpp
  runner/init/repo_probe.cpp
  runner/init/starter_inventory.cpp
  runner/init/draft_check.cpp
  runner/init/markdown_blocks.cpp
  runner/init/plan_refs.cpp
  runner/init/plan_tables.cpp
  runner/init/plan_fences.cpp
  runner/init/plan_prose.cpp
  runner/init/plan_docs.cpp
  runner/init/plan_reader.cpp
  runner/init/left_placement.cpp
  runner/init/plan_writer.cpp
)
