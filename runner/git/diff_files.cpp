#include "runner/git/diff_files.hpp"

#include "runner/core/error.hpp"
#include "runner/core/parallel_for.hpp"
#include "runner/git/repository_reopen.hpp"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iterator>
#include <string_view>

namespace tollgate::libgit {

namespace {

constexpr std::uint32_t k_submodule_mode = 0160000;

ChangeStatus to_status(git_delta_t status) {
    switch (status) {
        case GIT_DELTA_ADDED: return ChangeStatus::added;
        case GIT_DELTA_DELETED: return ChangeStatus::deleted;
        case GIT_DELTA_RENAMED: return ChangeStatus::renamed;
        case GIT_DELTA_COPIED: return ChangeStatus::copied;
        case GIT_DELTA_TYPECHANGE: return ChangeStatus::type_changed;
        default: return ChangeStatus::modified;  // modified, or conflicted in the index
    }
}

// Adds the '+'/'-' lines of `patch` to `file` (binary patches: none, lines unknown).
void read_patch(git_patch* patch, ChangedFile& file) {
    if ((git2().git_patch_get_delta(patch)->flags & GIT_DIFF_FLAG_BINARY) != 0) {
        file.binary = true;
        return;
    }
    const std::size_t hunks = git2().git_patch_num_hunks(patch);
    for (std::size_t h = 0; h < hunks; ++h) {
        const int count = git2().git_patch_num_lines_in_hunk(patch, h);
        check(count, "cannot read a diff hunk of '" + file.path + "'");
        for (int l = 0; l < count; ++l) {
            const git_diff_line* line = nullptr;
            check(git2().git_patch_get_line_in_hunk(&line, patch, h, static_cast<std::size_t>(l)),
                  "cannot read a diff line of '" + file.path + "'");
            if (line->origin == GIT_DIFF_LINE_DELETION) {
                ++file.lines_removed;
            } else if (line->origin == GIT_DIFF_LINE_ADDITION) {
                ++file.lines_added;
                const int n = line->new_lineno;
                if (!file.added.empty() && file.added.back().last + 1 == n) {
                    file.added.back().last = n;
                } else {
                    file.added.push_back({n, n});
                }
            }
        }
    }
    file.lines_known = true;
}

// Loads blob `id` into `blob` unless the side is absent; false when the
// object is missing (partial clone).
bool load_blob(git_repository* repo, const git_oid& id, bool present, BlobHandle& blob, const std::string& path) {
    if (!present || git2().git_oid_is_zero(&id) == 1) return true;
    const int rc = git2().git_blob_lookup(blob.out(), repo, &id);
    if (rc < 0 && is_missing_object(rc)) {
        git2().git_error_clear();
        return false;
    }
    check(rc, "cannot read the blob of '" + path + "'");
    return true;
}

// Fills the line data of `r.file`; false when a blob is missing (partial
// clone), leaving lines_known false.
bool fill_lines(git_repository* repo, DeltaRecord& r) {
    ChangedFile& file = r.file;
    PatchHandle patch;
    int rc = 0;
    if (r.blobs_in_odb) {
        BlobHandle old_blob;
        BlobHandle new_blob;
        if (!load_blob(repo, r.old_id, file.status != ChangeStatus::added, old_blob, file.path) ||
            !load_blob(repo, r.new_id, file.status != ChangeStatus::deleted, new_blob, file.path)) {
            return false;
        }
        const git_diff_options options = diff_options();
        // An empty path, not none: without one libgit2 names both sides
        // "file" and looks up that name's diff driver in every attributes
        // file (four syscalls and a realpath per blob, half the run).
        rc = git2().git_patch_from_blobs(patch.out(), old_blob.get(), "", new_blob.get(), "", &options);
    } else if (r.patch_diff == nullptr) {
        // A rename found in a work-tree diff: its old blob against the file on disk.
        BlobHandle old_blob;
        if (!load_blob(repo, r.old_id, true, old_blob, file.path)) return false;
        const char* workdir = git2().git_repository_workdir(repo);
        std::ifstream in(std::string(workdir != nullptr ? workdir : "") + file.path, std::ios::binary);
        const std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        const git_diff_options options = diff_options();
        rc = git2().git_patch_from_blob_and_buffer(patch.out(), old_blob.get(), "", content.data(), content.size(), "",
                                                   &options);
    } else {
        rc = git2().git_patch_from_diff(patch.out(), r.patch_diff, r.patch_index);
    }
    if (rc < 0 && is_missing_object(rc)) {
        git2().git_error_clear();
        return false;
    }
    check(rc, "cannot compute the diff of '" + file.path + "'");
    if (!patch) {
        file.lines_known = true;  // unchanged content (a mode change)
        return true;
    }
    read_patch(patch.get(), file);
    return true;
}

// Line data of many files is mostly blob reading and diffing, independent per
// file: spread it over the cores, each thread with its own repository handle
// (libgit2 objects must not cross threads).
void fill_lines_in_parallel(git_repository* repo, std::vector<DeltaRecord*>& work, std::atomic<int>& missing) {
    constexpr std::size_t k_per_thread = 256;  // below this a thread costs more than it saves
    parallel_for(
        work.size(), useful_threads(work.size(), k_per_thread),
        [&](std::size_t t) { return t > 0 ? reopen_repository(repo) : RepositoryHandle(); },
        [&](RepositoryHandle& own, std::size_t i) {
            if (!fill_lines(own ? own.get() : repo, *work[i])) ++missing;
        });
}

}  // namespace

bool is_missing_object(int rc) {
    const git_error* e = git2().git_error_last();
    return rc == GIT_ENOTFOUND || (e != nullptr && e->klass == GIT_ERROR_ODB);
}

git_diff_options diff_options() {
    git_diff_options options;
    check(git2().git_diff_options_init(&options, GIT_DIFF_OPTIONS_VERSION), "cannot set up a diff");
    options.flags = GIT_DIFF_INCLUDE_TYPECHANGE;
    options.context_lines = 0;
    options.interhunk_lines = 0;
    options.ignore_submodules = GIT_SUBMODULE_IGNORE_DIRTY;
    return options;
}

bool is_partial_clone(git_repository* repo) {
    ConfigHandle config;
    check(git2().git_repository_config_snapshot(config.out(), repo), "cannot read the repository config");
    GitBuf value;
    const bool extension =
        git2().git_config_get_string_buf(value.out(), config.get(), "extensions.partialclone") == 0 &&
        !value.str().empty();
    git2().git_error_clear();
    if (extension) return true;
    // git 2.39 marks a partial clone's remote as a promisor instead. The
    // names are matched here, not with git_config_iterator_glob_new: libgit2
    // 1.5's regex match leaks its pcre2 match data on every entry that does
    // not match (LeakSanitizer).
    ConfigIteratorHandle it;
    check(git2().git_config_iterator_new(it.out(), config.get()), "cannot read the repository config");
    git_config_entry* entry = nullptr;
    while (git2().git_config_next(&entry, it.get()) == 0) {
        const std::string_view name = entry->name;
        if (!name.starts_with("remote.") || !name.ends_with(".promisor") || name.size() <= 16) continue;
        int flag = 0;
        if (git2().git_config_parse_bool(&flag, entry->value) == 0 && flag != 0) return true;
    }
    git2().git_error_clear();
    return false;
}

std::vector<DeltaRecord> list_deltas(git_diff* diff, bool blobs_in_odb) {
    const std::size_t count = git2().git_diff_num_deltas(diff);
    std::vector<DeltaRecord> records;
    records.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const git_diff_delta* delta = git2().git_diff_get_delta(diff, i);
        if (delta->status == GIT_DELTA_UNMODIFIED || delta->status == GIT_DELTA_IGNORED ||
            delta->status == GIT_DELTA_UNTRACKED) {
            continue;
        }
        DeltaRecord r;
        ChangedFile& file = r.file;
        file.status = to_status(delta->status);
        file.path = file.status == ChangeStatus::deleted ? delta->old_file.path : delta->new_file.path;
        if (file.status == ChangeStatus::renamed || file.status == ChangeStatus::copied) {
            file.old_path = delta->old_file.path;
        }
        file.old_mode = file.status == ChangeStatus::added ? 0 : delta->old_file.mode;
        file.new_mode = file.status == ChangeStatus::deleted ? 0 : delta->new_file.mode;
        file.binary = (delta->flags & GIT_DIFF_FLAG_BINARY) != 0;
        r.old_id = delta->old_file.id;
        r.new_id = delta->new_file.id;
        r.patch_diff = diff;
        r.patch_index = i;
        r.blobs_in_odb = blobs_in_odb;
        r.same_content = file.status == ChangeStatus::renamed && delta->similarity == 100 &&
                         git2().git_oid_equal(&r.old_id, &r.new_id) == 1;
        records.push_back(std::move(r));
    }
    return records;
}

std::vector<ChangedFile> finish_changed_files(git_repository* repo, std::vector<DeltaRecord> records, bool want_lines,
                                              const LineFilter& filter, std::vector<std::string>& notes) {
    std::vector<DeltaRecord*> parallel;  // blob pairs: any thread can read them
    std::vector<DeltaRecord*> serial;    // work-tree files: tied to this diff
    for (auto& r : records) {
        ChangedFile& file = r.file;
        // A submodule is a commit pointer: its contents are another repository's business.
        const bool submodule = file.old_mode == k_submodule_mode || file.new_mode == k_submodule_mode;
        if (!want_lines || submodule || (filter && !filter(file))) continue;
        if (r.same_content) {
            file.lines_known = true;  // moved as is: no line added or removed
        } else {
            (r.blobs_in_odb ? parallel : serial).push_back(&r);
        }
    }
    std::atomic<int> missing_blobs{0};
    for (auto* r : serial) {
        if (!fill_lines(repo, *r)) ++missing_blobs;
    }
    fill_lines_in_parallel(repo, parallel, missing_blobs);

    std::vector<ChangedFile> files;
    files.reserve(records.size());
    for (auto& r : records) files.push_back(std::move(r.file));
    // A tree walk already yields git's path order (a directory sorts as its
    // name plus '/', as its paths do), so only other sources pay for a sort.
    const auto by_path = [](const ChangedFile& a, const ChangedFile& b) { return a.path < b.path; };
    if (!std::is_sorted(files.begin(), files.end(), by_path)) std::sort(files.begin(), files.end(), by_path);
    if (missing_blobs > 0) {
        notes.push_back(std::to_string(missing_blobs.load()) +
                        " file(s) have no line data: their blobs are not in this partial clone "
                        "(run `git fetch --refetch` or clone without --filter)");
    }
    return files;
}

}  // namespace tollgate::libgit
