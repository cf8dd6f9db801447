list(APPEND TOLLGATE_CORE_SOURCES
  runner/git/change_set.cpp
  runner/git/base_resolver.cpp
  runner/git/branch_refs.cpp
  runner/git/change_reader.cpp
  runner/git/commit_graph.cpp
  runner/git/commit_range.cpp
  runner/git/conflict_scan.cpp
  runner/git/diff_files.cpp
  runner/git/git_session.cpp
  runner/git/libgit_error.cpp
  runner/git/merge_predictor.cpp
  runner/git/raw_path.cpp
  runner/git/repository.cpp
  runner/git/revision.cpp
  runner/git/tracked_files.cpp
  runner/git/trailers.cpp
)
