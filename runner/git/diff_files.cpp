#include "runner/git/diff_files.hpp"

#include "runner/core/error.hpp"

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

bool is_missing_object(int rc) {
    const git_error* e = git_error_last();
    return rc == GIT_ENOTFOUND || (e != nullptr && e->klass == GIT_ERROR_ODB);
}

// Fills the line data of `file` from the patch of delta `index`; false when a
// blob is missing (partial clone), leaving lines_known false.
bool fill_lines(git_diff* diff, std::size_t index, ChangedFile& file) {
    PatchHandle patch;
    const int rc = git_patch_from_diff(patch.out(), diff, index);
    if (rc < 0 && is_missing_object(rc)) {
        git_error_clear();
        return false;
    }
    check(rc, "cannot compute the diff of '" + file.path + "'");
    if (!patch) return true;  // unchanged content (a pure rename or mode change)
    if ((git_patch_get_delta(patch.get())->flags & GIT_DIFF_FLAG_BINARY) != 0) {
        file.binary = true;
        return true;  // binary: no lines, lines_known stays false
    }
    const std::size_t hunks = git_patch_num_hunks(patch.get());
    for (std::size_t h = 0; h < hunks; ++h) {
        const int count = git_patch_num_lines_in_hunk(patch.get(), h);
        check(count, "cannot read a diff hunk of '" + file.path + "'");
        for (int l = 0; l < count; ++l) {
            const git_diff_line* line = nullptr;
            check(git_patch_get_line_in_hunk(&line, patch.get(), h, static_cast<std::size_t>(l)),
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
    return true;
}

}  // namespace

git_diff_options diff_options() {
    git_diff_options options;
    check(git_diff_options_init(&options, GIT_DIFF_OPTIONS_VERSION), "cannot set up a diff");
    options.flags = GIT_DIFF_INCLUDE_TYPECHANGE;
    options.context_lines = 0;
    options.interhunk_lines = 0;
    options.ignore_submodules = GIT_SUBMODULE_IGNORE_DIRTY;
    return options;
}

bool is_partial_clone(git_repository* repo) {
    ConfigHandle config;
    check(git_repository_config_snapshot(config.out(), repo), "cannot read the repository config");
    GitBuf value;
    const bool extension =
        git_config_get_string_buf(value.out(), config.get(), "extensions.partialclone") == 0 && !value.str().empty();
    git_error_clear();
    if (extension) return true;
    // git 2.39 marks a partial clone's remote as a promisor instead.
    ConfigIteratorHandle it;
    check(git_config_iterator_glob_new(it.out(), config.get(), "^remote\\..*\\.promisor$"),
          "cannot read the repository config");
    git_config_entry* entry = nullptr;
    while (git_config_next(&entry, it.get()) == 0) {
        int flag = 0;
        if (git_config_parse_bool(&flag, entry->value) == 0 && flag != 0) return true;
    }
    git_error_clear();
    return false;
}

void detect_renames(git_repository* repo, git_diff* diff, std::vector<std::string>& notes) {
    git_diff_find_options find;
    check(git_diff_find_options_init(&find, GIT_DIFF_FIND_OPTIONS_VERSION), "cannot set up rename detection");
    find.flags = GIT_DIFF_FIND_RENAMES;
    const char* exact_note =
        "partial clone: blobs are not all local, so only exact renames are detected "
        "(an edited rename shows as a deletion plus an addition)";
    if (is_partial_clone(repo)) {
        find.flags |= GIT_DIFF_FIND_EXACT_MATCH_ONLY;
        check(git_diff_find_similar(diff, &find), "cannot detect renames");
        notes.emplace_back(exact_note);
        return;
    }
    const int rc = git_diff_find_similar(diff, &find);
    if (rc < 0 && is_missing_object(rc)) {
        git_error_clear();
        find.flags |= GIT_DIFF_FIND_EXACT_MATCH_ONLY;
        check(git_diff_find_similar(diff, &find), "cannot detect renames");
        notes.emplace_back(exact_note);
        return;
    }
    check(rc, "cannot detect renames");
}

std::vector<ChangedFile> read_changed_files(git_diff* diff, bool want_lines, const LineFilter& filter,
                                            std::vector<std::string>& notes) {
    const std::size_t count = git_diff_num_deltas(diff);
    std::vector<ChangedFile> files;
    files.reserve(count);
    int missing_blobs = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const git_diff_delta* delta = git_diff_get_delta(diff, i);
        if (delta->status == GIT_DELTA_UNMODIFIED || delta->status == GIT_DELTA_IGNORED ||
            delta->status == GIT_DELTA_UNTRACKED) {
            continue;
        }
        ChangedFile file;
        file.status = to_status(delta->status);
        file.path = file.status == ChangeStatus::deleted ? delta->old_file.path : delta->new_file.path;
        if (file.status == ChangeStatus::renamed || file.status == ChangeStatus::copied) {
            file.old_path = delta->old_file.path;
        }
        file.old_mode = file.status == ChangeStatus::added ? 0 : delta->old_file.mode;
        file.new_mode = file.status == ChangeStatus::deleted ? 0 : delta->new_file.mode;
        file.binary = (delta->flags & GIT_DIFF_FLAG_BINARY) != 0;
        // A submodule is a commit pointer: its contents are another repository's business.
        const bool submodule = file.old_mode == k_submodule_mode || file.new_mode == k_submodule_mode;
        if (want_lines && !submodule && (!filter || filter(file))) {
            if (!fill_lines(diff, i, file)) ++missing_blobs;
        }
        files.push_back(std::move(file));
    }
    if (missing_blobs > 0) {
        notes.push_back(std::to_string(missing_blobs) +
                        " file(s) have no line data: their blobs are not in this partial clone "
                        "(run `git fetch --refetch` or clone without --filter)");
    }
    return files;
}

}  // namespace tollgate::libgit
