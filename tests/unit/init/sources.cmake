list(APPEND TOLLGATE_TEST_SOURCES
  unit/init/yaml_text_test.cpp
  unit/init/codeowners_reader_test.cpp
  unit/init/repo_probe_test.cpp
  unit/init/starter_inventory_test.cpp
  unit/init/draft_check_test.cpp
  unit/init/markdown_blocks_test.cpp
  unit/init/plan_refs_test.cpp
  unit/init/plan_tables_test.cpp
  unit/init/plan_fences_test.cpp
  unit/init/plan_prose_test.cpp
  unit/init/plan_docs_test.cpp
  unit/init/plan_reader_test.cpp
  unit/init/left_placement_test.cpp
  unit/init/plan_writer_test.cpp
)
