#pragma once

// `plan --format github-matrix`: the value GitHub Actions' `strategy.matrix`
// takes (via fromJSON) to run one job per shard.

#include <string>

namespace tollgate {

/// {"include":[{"shard":"1/4","index":1,"total":4},…]} on one line (so it
/// fits `echo "matrix=…" >> "$GITHUB_OUTPUT"`), ending in a newline.
/// `shards` must be at least 1.
std::string render_github_matrix(int shards);

}  // namespace tollgate
