#include "runner/git/rename_records.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <strings.h>

namespace tollgate::libgit {

namespace {

constexpr long long k_default_rename_limit = 1000;  // git's diff.renameLimit default since 2.33

// A blob the pass needs is not in this (partial) clone.
struct MissingBlob {};

std::string_view id_bytes(const git_oid& id) {
    return {reinterpret_cast<const char*>(id.id), sizeof id.id};
}

RenameRole role_of(ChangeStatus status) {
    switch (status) {
        case ChangeStatus::added: return RenameRole::destination;
        case ChangeStatus::deleted: return RenameRole::deleted;
        case ChangeStatus::modified:
        case ChangeStatus::type_changed: return RenameRole::kept;
        default: return RenameRole::none;
    }
}

// Reads the records' contents as the passes ask: sizes from object headers,
// whole blobs only for a signature, each read once.
class RecordContent final : public RenameContent {
public:
    RecordContent(git_repository* repo, const std::vector<DeltaRecord>& records)
        : m_repo(repo), m_records(records), m_slots(records.size()) {
        check(git2().git_repository_odb(m_odb.out(), repo), "cannot open the object database");
    }

    std::uint64_t size(std::size_t index) override {
        Slot& slot = m_slots[index];
        if (!slot.size) {
            if (const auto* file = on_disk(index)) {
                slot.size = read_file(*file).size();
            } else {
                std::size_t size = 0;
                git_object_t type = GIT_OBJECT_INVALID;
                const int rc = git2().git_odb_read_header(&size, &type, m_odb.get(), &id(index));
                if (rc < 0 && is_missing_object(rc)) {
                    git2().git_error_clear();
                    throw MissingBlob{};
                }
                check(rc, "cannot read the size of '" + m_records[index].file.path + "'");
                slot.size = size;
            }
        }
        return *slot.size;
    }

    const SimilaritySignature& signature(std::size_t index) override {
        Slot& slot = m_slots[index];
        if (!slot.signature) {
            if (const auto* file = on_disk(index)) {
                slot.signature.emplace(read_file(*file));
            } else {
                BlobHandle blob;
                const int rc = git2().git_blob_lookup(blob.out(), m_repo, &id(index));
                if (rc < 0 && is_missing_object(rc)) {
                    git2().git_error_clear();
                    throw MissingBlob{};
                }
                check(rc, "cannot read the blob of '" + m_records[index].file.path + "'");
                const auto* data = static_cast<const char*>(git2().git_blob_rawcontent(blob.get()));
                const auto length = static_cast<std::size_t>(git2().git_blob_rawsize(blob.get()));
                slot.signature.emplace(std::string_view(data, length));
            }
        }
        return *slot.signature;
    }

private:
    struct Slot {
        std::optional<std::uint64_t> size;
        std::optional<SimilaritySignature> signature;
    };

    // Sources are the old side (a tree); destinations the new side.
    const git_oid& id(std::size_t index) const {
        const DeltaRecord& r = m_records[index];
        return r.file.status == ChangeStatus::added ? r.new_id : r.old_id;
    }

    // The work-tree path of an added file in a work-tree diff, else null.
    const std::string* on_disk(std::size_t index) {
        const DeltaRecord& r = m_records[index];
        if (r.blobs_in_odb || r.file.status != ChangeStatus::added) return nullptr;
        if (m_workdir.empty()) {
            const char* workdir = git2().git_repository_workdir(m_repo);
            m_workdir = workdir != nullptr ? workdir : "";
        }
        m_path = m_workdir + r.file.path;
        return &m_path;
    }

    // A work-tree file as it is on disk (no clean filter applied).
    std::string read_file(const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        if (!in) throw MissingBlob{};
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }

    git_repository* m_repo;
    const std::vector<DeltaRecord>& m_records;
    OdbHandle m_odb;
    std::vector<Slot> m_slots;
    std::string m_workdir;
    std::string m_path;
};

// The ids of a work-tree diff's added files, as git hashes them for rename
// detection: the file as it is on disk (a link: its target). libgit2 may
// leave the id zero, or give the index's when the file changed since.
void hash_workdir_files(git_repository* repo, std::vector<DeltaRecord>& records) {
    const char* workdir = nullptr;
    for (auto& r : records) {
        const auto type = r.file.new_mode & 0170000;
        if (r.blobs_in_odb || r.file.status != ChangeStatus::added || (type != 0100000 && type != 0120000)) continue;
        if (workdir == nullptr) workdir = git2().git_repository_workdir(repo);
        if (workdir == nullptr) return;
        const std::string path = std::string(workdir) + r.file.path;
        std::string content;
        if (type == 0120000) {
            std::error_code error;
            content = std::filesystem::read_symlink(path, error).string();
        } else {
            std::ifstream in(path, std::ios::binary);
            content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
        check(git2().git_odb_hash(&r.new_id, content.data(), content.size(), GIT_OBJECT_BLOB),
              "cannot hash '" + r.file.path + "'");
    }
}

std::optional<RenamePairing> try_pairing(git_repository* repo, const std::vector<DeltaRecord>& records,
                                         const std::vector<RenameEntry>& entries, const RenameOptions& options) {
    try {
        RecordContent content(repo, records);
        return pair_renames(entries, content, options);
    } catch (const MissingBlob&) {
        return std::nullopt;
    }
}

}  // namespace

RenameOptions rename_options(git_repository* repo) {
    RenameOptions options;
    options.limit = k_default_rename_limit;
    ConfigHandle config;
    if (git2().git_repository_config_snapshot(config.out(), repo) < 0) {
        git2().git_error_clear();
        return options;
    }
    int64_t limit = 0;
    if (git2().git_config_get_int64(&limit, config.get(), "diff.renamelimit") == 0) {
        options.limit = limit;
    }
    git2().git_error_clear();
    // git: "copies" or "copy" detect copies too; otherwise a boolean; no value means true.
    GitBuf value;
    if (git2().git_config_get_string_buf(value.out(), config.get(), "diff.renames") == 0) {
        const std::string text = value.str();
        int flag = 1;
        if (strcasecmp(text.c_str(), "copies") == 0 || strcasecmp(text.c_str(), "copy") == 0) {
            options.detect = RenameDetection::copies;
        } else if (!text.empty() && git2().git_config_parse_bool(&flag, text.c_str()) == 0 && flag == 0) {
            options.detect = RenameDetection::off;
        }
    }
    git2().git_error_clear();
    // git's knob for the basename pass's threshold (percent of the way to 100 %).
    if (const char* factor = std::getenv("GIT_BASENAME_FACTOR"); factor != nullptr) {
        const long percent = std::strtol(factor, nullptr, 10);
        if (percent >= 0 && percent <= 100) options.basename_factor = static_cast<int>(percent);
    }
    return options;
}

void find_renames(git_repository* repo, std::vector<DeltaRecord>& records, std::vector<std::string>& notes) {
    RenameOptions options = rename_options(repo);
    if (options.detect == RenameDetection::off) return;
    hash_workdir_files(repo, records);
    std::vector<RenameEntry> entries(records.size());
    bool any_destination = false;
    bool any_source = false;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const DeltaRecord& r = records[i];
        RenameEntry& e = entries[i];
        e.role = role_of(r.file.status);
        e.path = r.file.path;
        const bool added = e.role == RenameRole::destination;
        e.mode = added ? r.file.new_mode : r.file.old_mode;
        e.id = id_bytes(added ? r.new_id : r.old_id);
        any_destination = any_destination || added;
        any_source = any_source || e.role == RenameRole::deleted ||
                     (e.role == RenameRole::kept && options.detect == RenameDetection::copies);
    }
    if (!any_destination || !any_source) return;

    const char* exact_note =
        "partial clone: blobs are not all local, so only exact renames are detected "
        "(an edited rename shows as a deletion plus an addition)";
    if (is_partial_clone(repo)) {
        options.exact_only = true;
        notes.emplace_back(exact_note);
    }
    std::optional<RenamePairing> pairing = try_pairing(repo, records, entries, options);
    if (!pairing) {
        options.exact_only = true;
        notes.emplace_back("some blobs are missing, so only exact renames are detected");
        pairing = try_pairing(repo, records, entries, options);
        if (!pairing) return;
    }
    if (pairing->limit_exceeded) {
        notes.push_back("inexact rename detection was skipped: " + std::to_string(pairing->sources_left) +
                        " deleted × " + std::to_string(pairing->destinations_left) +
                        " added files exceed diff.renameLimit " + std::to_string(options.limit) +
                        "² (as git does); edited renames show as a deletion plus an addition");
    }

    std::vector<bool> removed(records.size(), false);
    for (const RenameMatch& m : pairing->matches) {
        DeltaRecord& target = records[m.destination];
        const DeltaRecord& source = records[m.source];
        target.file.status = m.copy ? ChangeStatus::copied : ChangeStatus::renamed;
        target.file.old_path = source.file.path;
        target.file.old_mode = source.file.old_mode;
        target.old_id = source.old_id;
        target.same_content = git2().git_oid_equal(&target.old_id, &target.new_id) == 1;
        target.patch_diff = nullptr;  // lines come from the two blobs, not the diff's addition
        if (source.file.status == ChangeStatus::deleted) removed[m.source] = true;
    }
    // In place, keeping the order: the sources of renames leave the list.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (removed[i]) continue;
        if (kept != i) records[kept] = std::move(records[i]);
        ++kept;
    }
    records.resize(kept);
}

}  // namespace tollgate::libgit
