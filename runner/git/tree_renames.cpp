#include "runner/git/tree_renames.hpp"

#include <cstring>
#include <string_view>
#include <unordered_map>

namespace tollgate::libgit {

namespace {

constexpr long long k_default_rename_limit = 1000;  // git 2.39's diff.renameLimit default

struct OidHash {
    std::size_t operator()(const git_oid& id) const {
        std::size_t h = 0;
        std::memcpy(&h, id.id, sizeof h);
        return h;
    }
};
struct OidEqual {
    bool operator()(const git_oid& a, const git_oid& b) const { return git2().git_oid_equal(&a, &b) == 1; }
};

std::string_view basename(std::string_view path) {
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool is_file_mode(std::uint32_t mode) { return (mode & 0170000) == 0100000 || mode == 0120000; }
bool same_kind(std::uint32_t a, std::uint32_t b) { return (a & 0170000) == (b & 0170000); }

void make_rename(DeltaRecord& target, const DeltaRecord& source) {
    target.file.status = ChangeStatus::renamed;
    target.file.old_path = source.file.path;
    target.file.old_mode = source.file.old_mode;
    target.old_id = source.old_id;
}

long long rename_limit(git_repository* repo) {
    ConfigHandle config;
    if (git2().git_repository_config_snapshot(config.out(), repo) < 0) {
        git2().git_error_clear();
        return k_default_rename_limit;
    }
    int64_t value = 0;
    if (git2().git_config_get_int64(&value, config.get(), "diff.renamelimit") < 0) {
        git2().git_error_clear();
        return k_default_rename_limit;
    }
    return value;
}

// git's find_exact_renames: each destination takes an unused source with the
// same blob, preferring one with the same file name. Returns renames found.
std::size_t exact_renames(std::vector<DeltaRecord>& records, std::vector<bool>& removed) {
    std::unordered_multimap<git_oid, std::size_t, OidHash, OidEqual> sources;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const auto& f = records[i].file;
        if (f.status == ChangeStatus::deleted && is_file_mode(f.old_mode)) sources.emplace(records[i].old_id, i);
    }
    std::size_t found = 0;
    for (auto& target : records) {
        const auto& f = target.file;
        if (f.status != ChangeStatus::added || !is_file_mode(f.new_mode)) continue;
        const auto [first, last] = sources.equal_range(target.new_id);
        std::size_t best = records.size();
        for (auto it = first; it != last; ++it) {
            const std::size_t s = it->second;
            if (removed[s] || !same_kind(records[s].file.old_mode, f.new_mode)) continue;
            if (best == records.size() || (basename(records[s].file.path) == basename(f.path) &&
                                           basename(records[best].file.path) != basename(f.path))) {
                best = s;
            }
        }
        if (best == records.size()) continue;
        make_rename(target, records[best]);
        target.same_content = true;
        removed[best] = true;
        ++found;
    }
    return found;
}

}  // namespace

void find_tree_renames(git_repository* repo, git_tree* old_tree, git_tree* new_tree,
                       std::vector<DeltaRecord>& records, DiffHandle& holder, std::vector<std::string>& notes) {
    std::vector<bool> removed(records.size(), false);
    exact_renames(records, removed);

    std::size_t sources = 0;
    std::size_t targets = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (removed[i]) continue;
        const auto status = records[i].file.status;
        sources += status == ChangeStatus::deleted ? 1 : 0;
        targets += status == ChangeStatus::added ? 1 : 0;
    }
    // In place, keeping the order: the sources of renames leave the list.
    auto drop_removed = [&] {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < records.size(); ++i) {
            if (removed[i]) continue;
            if (kept != i) records[kept] = std::move(records[i]);
            ++kept;
        }
        records.resize(kept);
    };
    if (sources == 0 || targets == 0) return drop_removed();
    const long long limit = rename_limit(repo);
    if (limit > 0 && static_cast<long double>(sources) * static_cast<long double>(targets) >
                         static_cast<long double>(limit) * static_cast<long double>(limit)) {
        notes.push_back("inexact rename detection was skipped: " + std::to_string(sources) + " deleted × " +
                        std::to_string(targets) + " added files exceed diff.renameLimit " + std::to_string(limit) +
                        "² (as git does); edited renames show as a deletion plus an addition");
        return drop_removed();
    }
    if (is_partial_clone(repo)) {
        notes.emplace_back("partial clone: blobs are not all local, so only exact renames are detected "
                           "(an edited rename shows as a deletion plus an addition)");
        return drop_removed();
    }

    // Diff just the leftovers and let libgit2 score their similarity.
    std::vector<char*> pathspec;
    pathspec.reserve(sources + targets);
    for (std::size_t i = 0; i < records.size(); ++i) {
        auto& f = records[i].file;
        if (!removed[i] && (f.status == ChangeStatus::deleted || f.status == ChangeStatus::added)) {
            pathspec.push_back(f.path.data());
        }
    }
    git_diff_options options = diff_options();
    options.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH;
    options.pathspec = {pathspec.data(), pathspec.size()};
    check(git2().git_diff_tree_to_tree(holder.out(), repo, old_tree, new_tree, &options), "cannot diff for renames");
    git_diff_find_options find;
    check(git2().git_diff_find_options_init(&find, GIT_DIFF_FIND_OPTIONS_VERSION), "cannot set up rename detection");
    find.flags = GIT_DIFF_FIND_RENAMES;
    find.rename_limit = sources + targets;  // every pair, as git does within the limit
    const int rc = git2().git_diff_find_similar(holder.get(), &find);
    if (rc < 0 && is_missing_object(rc)) {
        git2().git_error_clear();
        notes.emplace_back("some blobs are missing, so only exact renames are detected");
        return drop_removed();
    }
    check(rc, "cannot detect renames");

    std::unordered_map<std::string, std::size_t> by_path;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (!removed[i]) by_path.emplace(records[i].file.path, i);
    }
    const std::size_t count = git2().git_diff_num_deltas(holder.get());
    for (std::size_t k = 0; k < count; ++k) {
        const git_diff_delta* delta = git2().git_diff_get_delta(holder.get(), k);
        if (delta->status != GIT_DELTA_RENAMED) continue;
        const auto source = by_path.find(delta->old_file.path);
        const auto target = by_path.find(delta->new_file.path);
        if (source == by_path.end() || target == by_path.end()) continue;
        DeltaRecord& t = records[target->second];
        make_rename(t, records[source->second]);
        t.patch_diff = holder.get();
        t.patch_index = k;
        t.same_content = false;
        removed[source->second] = true;
    }
    drop_removed();
}

}  // namespace tollgate::libgit
