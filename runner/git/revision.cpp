#include "runner/git/revision.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"

namespace tollgate::libgit {

namespace {

// Revisions that may legitimately contain spaces: ":/message" and "^{/regex}".
bool allows_spaces(std::string_view spec) {
    return spec.starts_with(":/") || spec.find("^{/") != std::string_view::npos;
}

void reject_malformed(const std::string& spec, std::string_view role) {
    const std::string shown = "'" + printable(spec) + "'";
    if (spec.empty()) throw UsageError(std::string(role) + " needs a revision, got an empty string");
    for (const char c : spec) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) {
            throw UsageError("malformed revision " + shown + " for " + std::string(role) +
                             ": control characters are not allowed in ref names");
        }
        if (c == ' ' && !allows_spaces(spec)) {
            throw UsageError(
                "malformed revision " + shown + " for " + std::string(role) + ": ref names cannot contain spaces",
                "pass a branch, tag or commit id, e.g. --base origin/main");
        }
    }
}

}  // namespace

git_oid resolve_commit(git_repository* repo, const std::string& spec, std::string_view role) {
    reject_malformed(spec, role);
    const std::string shown = "'" + printable(spec) + "'";
    ObjectHandle object;
    const int rc = git2().git_revparse_single(object.out(), repo, spec.c_str());
    if (rc == GIT_ENOTFOUND) {
        git2().git_error_clear();
        throw EnvironmentError("unknown revision " + shown + " for " + std::string(role),
                               "check the name with `git rev-parse --verify " + printable(spec) +
                                   "`; in CI the branch may need fetching first (`git fetch origin`)");
    }
    if (rc == GIT_EAMBIGUOUS) {
        git2().git_error_clear();
        throw UsageError("ambiguous revision " + shown + " for " + std::string(role),
                         "use more hex digits or a full ref name");
    }
    if (rc == GIT_EINVALIDSPEC) {
        git2().git_error_clear();
        throw UsageError("malformed revision " + shown + " for " + std::string(role),
                         "see `git help revisions` for the syntax");
    }
    check(rc, "cannot resolve " + shown + " for " + std::string(role));
    ObjectHandle commit;
    const int peeled = git2().git_object_peel(commit.out(), object.get(), GIT_OBJECT_COMMIT);
    if (peeled == GIT_EINVALIDSPEC || peeled == GIT_ENOTFOUND || peeled == GIT_EPEEL) {
        git2().git_error_clear();
        throw UsageError("revision " + shown + " for " + std::string(role) + " does not name a commit");
    }
    check(peeled, "cannot read commit " + shown);
    return *git2().git_object_id(commit.get());
}

std::optional<git_oid> lookup_ref_commit(git_repository* repo, const std::string& full_name) {
    ReferenceHandle ref;
    const int rc = git2().git_reference_lookup(ref.out(), repo, full_name.c_str());
    if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC) {
        git2().git_error_clear();
        return std::nullopt;
    }
    check(rc, "cannot read ref '" + printable(full_name) + "'");
    ObjectHandle commit;
    check(git2().git_reference_peel(commit.out(), ref.get(), GIT_OBJECT_COMMIT),
          "cannot read the commit of '" + printable(full_name) + "'");
    return *git2().git_object_id(commit.get());
}

git_oid parse_oid(const std::string& hex) {
    git_oid id;
    check(git2().git_oid_fromstr(&id, hex.c_str()), "invalid object id '" + hex + "'");
    return id;
}

CommitHandle lookup_commit(git_repository* repo, const git_oid& id, std::string_view what) {
    CommitHandle commit;
    check(git2().git_commit_lookup(commit.out(), repo, &id),
          "cannot read commit " + to_hex(id) + " (" + std::string(what) + ")");
    return commit;
}

bool object_exists(git_repository* repo, const git_oid& id) {
    OdbHandle odb;
    check(git2().git_repository_odb(odb.out(), repo), "cannot open the object database");
    return git2().git_odb_exists(odb.get(), &id) == 1;
}

}  // namespace tollgate::libgit
