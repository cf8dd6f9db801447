#include "runner/git/branch_refs.hpp"

#include "runner/git/repository_impl.hpp"

#include <algorithm>
#include <map>

namespace tollgate {

using namespace libgit;

namespace {

// Lower is better when two refs carry the same branch name.
int preference(const BranchRef& b) {
    if (!b.remote) return 0;
    return b.display.rfind("origin/", 0) == 0 ? 1 : 2;
}

}  // namespace

std::vector<BranchRef> list_branch_refs(const Repository& repository) {
    git_repository* repo = raw(repository);
    ReferenceIteratorHandle it;
    check(git2().git_reference_iterator_new(it.out(), repo), "cannot list refs");
    std::vector<BranchRef> out;
    git_reference* next = nullptr;
    int rc = 0;
    while ((rc = git2().git_reference_next(&next, it.get())) == 0) {
        const ReferenceHandle ref(next);
        if (git2().git_reference_type(ref.get()) != GIT_REFERENCE_DIRECT) continue;
        const std::string full = git2().git_reference_name(ref.get());
        BranchRef b;
        b.ref = full;
        if (full.rfind("refs/heads/", 0) == 0) {
            b.name = full.substr(11);
            b.display = b.name;
        } else if (full.rfind("refs/remotes/", 0) == 0) {
            b.display = full.substr(13);
            const auto slash = b.display.find('/');
            if (slash == std::string::npos) continue;
            b.name = b.display.substr(slash + 1);
            b.remote = true;
        } else {
            continue;
        }
        ObjectHandle commit;
        if (git2().git_reference_peel(commit.out(), ref.get(), GIT_OBJECT_COMMIT) != 0) {
            git2().git_error_clear();  // a branch at a tree or a missing object is not a line of work
            continue;
        }
        b.commit = to_hex(*git2().git_object_id(commit.get()));
        out.push_back(std::move(b));
    }
    if (rc != GIT_ITEROVER) check(rc, "cannot list refs");
    git2().git_error_clear();
    std::sort(out.begin(), out.end(), [](const BranchRef& a, const BranchRef& b) { return a.ref < b.ref; });
    return out;
}

std::vector<BranchRef> list_branches(const Repository& repository) {
    std::map<std::string, BranchRef> by_name;
    for (auto& b : list_branch_refs(repository)) {
        auto found = by_name.find(b.name);
        if (found == by_name.end()) {
            by_name.emplace(b.name, std::move(b));
        } else if (preference(b) < preference(found->second) ||
                   (preference(b) == preference(found->second) && b.display < found->second.display)) {
            found->second = std::move(b);
        }
    }
    std::vector<BranchRef> out;
    out.reserve(by_name.size());
    for (auto& [name, b] : by_name) out.push_back(std::move(b));
    return out;
}

}  // namespace tollgate
