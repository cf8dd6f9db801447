list(APPEND TOLLGATE_TEST_SOURCES
  unit/git/change_set_test.cpp
  unit/git/commit_files_test.cpp
  unit/git/merge_predictor_test.cpp
  unit/git/packet_merge_state_test.cpp
  unit/git/raw_path_test.cpp
  unit/git/trailers_test.cpp
  unit/git/base_resolver_test.cpp
  unit/git/branch_refs_test.cpp
  unit/git/change_reader_test.cpp
  unit/git/rename_pairing_test.cpp
  unit/git/rename_records_test.cpp
  unit/git/similarity_signature_test.cpp
  unit/git/config_environment_test.cpp
  unit/git/tracked_files_test.cpp
  unit/git/no_tls_trust_store_test.cpp
  unit/git/libgit_loader_test.cpp
)
