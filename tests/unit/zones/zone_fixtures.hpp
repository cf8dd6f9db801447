#pragma once

// Small builders for zone tests: changed files and commits. Inventories are
// built with tests/support/inventory_builder.hpp.

#include "runner/git/change_set.hpp"
#include "runner/inventory/model.hpp"
#include "tests/support/inventory_builder.hpp"

#include <string>
#include <vector>

namespace tollgate::test {

/// A modified file with known line counts.
inline ChangedFile modified(const std::string& path, int added, int removed) {
    ChangedFile f;
    f.path = path;
    f.status = ChangeStatus::modified;
    f.lines_known = true;
    f.lines_added = added;
    f.lines_removed = removed;
    return f;
}

/// A file with the given status and no line data.
inline ChangedFile changed(const std::string& path, ChangeStatus status, const std::string& old_path = {}) {
    ChangedFile f;
    f.path = path;
    f.old_path = old_path;
    f.status = status;
    return f;
}

/// A commit carrying the given trailers.
inline ChangeCommit commit(const std::string& id, std::multimap<std::string, std::string> trailers) {
    ChangeCommit c;
    c.id = id;
    c.summary = "work";
    c.trailers = std::move(trailers);
    return c;
}

}  // namespace tollgate::test
