#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/git/libgit.hpp"

namespace tollgate::libgit {

std::string last_error_message() {
    // libgit2 up to 1.7 answers "no error" with null; from 1.8 with an error
    // of class GIT_ERROR_NONE whose message is "no error".
    const git_error* e = git2().git_error_last();
    return e != nullptr && e->klass != GIT_ERROR_NONE && e->message != nullptr ? std::string(e->message)
                                                                               : std::string();
}

void throw_git_error(int rc, std::string_view what, std::string hint) {
    // Copy first: any later libgit2 call (even a free) may replace the error.
    const git_error* e = git2().git_error_last();
    const int klass = e != nullptr ? e->klass : GIT_ERROR_NONE;
    std::string detail = last_error_message();
    git2().git_error_clear();

    std::string message = std::string(what);
    if (!detail.empty()) message += ": " + printable(detail);
    if (rc == GIT_EINVALIDSPEC) {
        throw UsageError(message,
                         hint.empty() ? "check the revision syntax (see `git help revisions`)" : std::move(hint));
    }
    if (hint.empty()) {
        switch (klass) {
            case GIT_ERROR_ZLIB:
            case GIT_ERROR_ODB:
            case GIT_ERROR_OBJECT:
                hint =
                    "the repository may be corrupt or incomplete: run `git fsck` "
                    "(a partial or shallow clone may need `git fetch`)";
                break;
            case GIT_ERROR_OS: hint = "check that the repository is readable"; break;
            default: break;
        }
    }
    throw EnvironmentError(message, std::move(hint));
}

std::string to_hex(const git_oid& id) {
    char buf[GIT_OID_HEXSZ + 1];
    git2().git_oid_tostr(buf, sizeof buf, &id);
    return std::string(buf);
}

}  // namespace tollgate::libgit
