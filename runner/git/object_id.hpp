#pragma once

// Content and commit ids that reports use to tell runs apart: shards of one
// run must come from the same commit and the same inventory.

#include "runner/git/repository.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tollgate {

/// The id git gives `bytes` as a blob (`git hash-object --stdin`), in hex.
std::string blob_id(std::string_view bytes);

/// The commit HEAD points to, in hex; "" when HEAD is unborn.
std::string head_commit_id(const Repository& repository);

/// A digest of the inventory files' names and bytes, in order: equal digests
/// mean the same inventory text. Throws EnvironmentError if one cannot be read.
std::string inventory_digest(const std::vector<std::string>& files);

}  // namespace tollgate
