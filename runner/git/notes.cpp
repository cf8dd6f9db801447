#include "runner/git/notes.hpp"

#include "runner/core/error.hpp"
#include "runner/git/libgit.hpp"
#include "runner/git/repository_impl.hpp"
#include "runner/git/revision.hpp"

#include <chrono>
#include <cstring>
#include <optional>
#include <random>
#include <thread>

namespace tollgate {

namespace {

using namespace libgit;

// Enough for dozens of concurrent writers; each lost race costs one retry.
constexpr int k_max_attempts = 200;

std::optional<git_oid> ref_target(git_repository* repo, const std::string& name) {
    git_oid id;
    const int rc = git2().git_reference_name_to_id(&id, repo, name.c_str());
    if (rc == GIT_ENOTFOUND) {
        git2().git_error_clear();
        return std::nullopt;
    }
    check(rc, "cannot read " + name);
    return id;
}

// The committer of notes commits: the user's identity when configured,
// else a fixed one (recording must not fail for want of user.name).
SignatureHandle signature(git_repository* repo) {
    SignatureHandle sig;
    if (git2().git_signature_default(sig.out(), repo) == 0) return sig;
    git2().git_error_clear();
    check(git2().git_signature_now(sig.out(), "tollgate", "tollgate@localhost"), "cannot create a signature");
    return sig;
}

std::string note_in(git_repository* repo, git_commit* notes_commit, const git_oid& target) {
    NoteHandle note;
    const int rc = git2().git_note_commit_read(note.out(), repo, notes_commit, &target);
    if (rc == GIT_ENOTFOUND) {
        git2().git_error_clear();
        return {};
    }
    check(rc, "cannot read the note on " + to_hex(target));
    const char* message = git2().git_note_message(note.get());
    return message != nullptr ? std::string(message) : std::string();
}

bool lost_race(int rc) {
    return rc == GIT_EMODIFIED || rc == GIT_EEXISTS || rc == GIT_ELOCKED;
}

void back_off(int attempt) {
    // Randomised so that writers which collided do not collide again in step.
    thread_local std::minstd_rand rng{std::random_device{}()};
    const int cap = std::min(50, 1 + attempt * 2);
    std::this_thread::sleep_for(std::chrono::milliseconds(1 + static_cast<int>(rng() % static_cast<unsigned>(cap))));
}

}  // namespace

std::string append_note_text(const Repository& repository, const std::string& commit_spec, const std::string& text,
                             const std::string& notes_ref) {
    git_repository* repo = raw(repository);
    const git_oid target = resolve_commit(repo, commit_spec, "--record commit");
    const SignatureHandle sig = signature(repo);
    for (int attempt = 0; attempt < k_max_attempts; ++attempt) {
        const std::optional<git_oid> parent_id = ref_target(repo, notes_ref);
        CommitHandle parent;
        std::string existing;
        if (parent_id) {
            parent = lookup_commit(repo, *parent_id, notes_ref);
            existing = note_in(repo, parent.get(), target);
        }
        if (!existing.empty() && existing.back() != '\n') existing += '\n';
        const std::string combined = existing + text;

        git_oid notes_commit;
        git_oid blob;
        check(git2().git_note_commit_create(&notes_commit, &blob, repo, parent.get(), sig.get(), sig.get(), &target,
                                            combined.c_str(), 1),
              "cannot write the note on " + to_hex(target));
        ReferenceHandle ref;
        // Compare-and-swap under the ref's lock. The first note uses the zero
        // id ("must not exist yet"): git_reference_create with force=0 checks
        // existence before taking the lock, so two first writers could both
        // pass and the second would overwrite the first's record.
        git_oid absent;
        std::memset(&absent, 0, sizeof absent);
        const git_oid& expected = parent_id ? *parent_id : absent;
        const int rc = git2().git_reference_create_matching(ref.out(), repo, notes_ref.c_str(), &notes_commit, 1,
                                                            &expected, "tollgate: record");
        if (rc == 0) return to_hex(target);
        if (!lost_race(rc)) throw_git_error(rc, "cannot update " + notes_ref);
        git2().git_error_clear();
        back_off(attempt);
    }
    throw EnvironmentError("cannot update " + notes_ref + ": other writers kept moving it (" +
                               std::to_string(k_max_attempts) + " attempts)",
                           "retry the recording; check that no process holds " + notes_ref + ".lock");
}

std::string read_note_text(const Repository& repository, const std::string& commit, const std::string& notes_ref) {
    git_repository* repo = raw(repository);
    const std::optional<git_oid> notes_id = ref_target(repo, notes_ref);
    if (!notes_id) return {};
    git_oid target;
    if (git2().git_oid_fromstr(&target, commit.c_str()) != 0) {
        git2().git_error_clear();
        throw UsageError("not a commit id: '" + commit + "'");
    }
    const CommitHandle notes_commit = lookup_commit(repo, *notes_id, notes_ref);
    return note_in(repo, notes_commit.get(), target);
}

std::string resolve_commit_id(const Repository& repository, const std::string& spec) {
    return to_hex(resolve_commit(raw(repository), spec, "commit"));
}

std::vector<CommitNote> read_all_notes(const Repository& repository, const std::string& notes_ref) {
    git_repository* repo = raw(repository);
    std::vector<CommitNote> notes;
    if (!ref_target(repo, notes_ref)) return notes;
    struct Payload {
        git_repository* repo;
        std::vector<CommitNote>* notes;
    } payload{repo, &notes};
    const auto each = [](const git_oid* blob_id, const git_oid* annotated, void* data) -> int {
        auto* p = static_cast<Payload*>(data);
        BlobHandle blob;
        if (git2().git_blob_lookup(blob.out(), p->repo, blob_id) != 0) {
            git2().git_error_clear();
            return 0;
        }
        const auto* bytes = static_cast<const char*>(git2().git_blob_rawcontent(blob.get()));
        const auto size = static_cast<std::size_t>(git2().git_blob_rawsize(blob.get()));
        p->notes->push_back({to_hex(*annotated), std::string(bytes, size)});
        return 0;
    };
    check(git2().git_note_foreach(repo, notes_ref.c_str(), each, &payload), "cannot list the notes in " + notes_ref);
    return notes;
}

}  // namespace tollgate
