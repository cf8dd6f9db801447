#pragma once

// PRIVATE to runner/git: turning user-supplied revisions into commits.

#include "runner/git/libgit.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace tollgate::libgit {

/// Resolves `spec` (as `git rev-parse --verify SPEC^{commit}`) for option
/// `role` (e.g. "--base"). Malformed syntax → UsageError (exit 2); a
/// well-formed name that does not exist → EnvironmentError (exit 3).
git_oid resolve_commit(git_repository* repo, const std::string& spec, std::string_view role);

/// The commit a full ref name points to (peeled), or nullopt when the ref does not exist.
std::optional<git_oid> lookup_ref_commit(git_repository* repo, const std::string& full_name);

/// A full hex object id that tollgate itself wrote or read (a results file,
/// a note, a ref); malformed → the libgit2 error, quoting it.
git_oid parse_oid(const std::string& hex);

/// Loads a commit that must exist; EnvironmentError naming `what` otherwise.
CommitHandle lookup_commit(git_repository* repo, const git_oid& id, std::string_view what);

/// True when the object database holds `id`.
bool object_exists(git_repository* repo, const git_oid& id);

}  // namespace tollgate::libgit
