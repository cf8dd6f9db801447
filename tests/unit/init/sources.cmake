list(APPEND TOLLGATE_TEST_SOURCES
  unit/init/yaml_text_test.cpp
  unit/init/codeowners_reader_test.cpp
  unit/init/repo_probe_test.cpp
  unit/init/starter_inventory_test.cpp
  unit/init/draft_check_test.cpp
)
