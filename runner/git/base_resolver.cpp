#include "runner/git/base_resolver.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/git/merge_predictor.hpp"
#include "runner/git/remote_head.hpp"
#include "runner/git/repository_impl.hpp"
#include "runner/git/revision.hpp"

#include <cstdlib>
#include <optional>

namespace tollgate {

using namespace libgit;

namespace {

struct BaseTip {
    std::string ref;
    git_oid id;
};

std::optional<BaseTip> try_branch(git_repository* repo, const std::string& name, std::vector<std::string>& tried) {
    const std::vector<std::pair<std::string, std::string>> candidates = {
        {"refs/heads/" + name, name},
        {"refs/remotes/origin/" + name, "origin/" + name},
        {"refs/remotes/" + name, name},
        {name, name},
    };
    for (const auto& [full, shown] : candidates) {
        if (full == name && name.rfind("refs/", 0) != 0) continue;
        tried.push_back(full);
        if (auto id = lookup_ref_commit(repo, full)) return BaseTip{shown, *id};
    }
    return std::nullopt;
}

// The inventory's base branch; without one, what origin/HEAD points at, else main.
std::optional<BaseTip> find_default_base(const Repository& repository, const std::string& configured, std::string& name,
                                         std::vector<std::string>& tried) {
    name = configured;
    if (name.empty()) {
        name = remote_head_branch(repository);
        if (name.empty()) name = "main";
    }
    return try_branch(raw(repository), name, tried);
}

// Branch name carried by a revision: local branches as is, remote-tracking
// ones without the remote ("origin/packet/x" -> "packet/x"), else "".
std::string branch_of(git_repository* repo, const std::string& spec) {
    ReferenceHandle ref;
    if (git2().git_reference_dwim(ref.out(), repo, spec.c_str()) != 0) {
        git2().git_error_clear();
        return "";
    }
    if (git2().git_reference_is_branch(ref.get()) == 1) return git2().git_reference_shorthand(ref.get());
    if (git2().git_reference_is_remote(ref.get()) == 1) {
        const std::string shorthand = git2().git_reference_shorthand(ref.get());
        const auto slash = shorthand.find('/');
        return slash == std::string::npos ? shorthand : shorthand.substr(slash + 1);
    }
    return "";
}

std::optional<git_oid> github_merge_first_parent(git_repository* repo, const git_oid& head) {
    const auto commit = lookup_commit(repo, head, "HEAD");
    if (git2().git_commit_parentcount(commit.get()) != 2) return std::nullopt;
    const git_oid first = *git2().git_commit_parent_id(commit.get(), 0);
    const git_oid second = *git2().git_commit_parent_id(commit.get(), 1);
    if (!object_exists(repo, first) || !object_exists(repo, second)) return std::nullopt;
    return first;
}

std::string shallow_fix(const std::string& base_name) {
    std::string branch = base_name;
    if (branch.rfind("origin/", 0) == 0) branch = branch.substr(7);
    return "fetch more history: with actions/checkout set `fetch-depth: 0`; or deepen this clone "
           "with `git fetch --deepen=100 origin " +
           branch + "` (repeat until the merge base arrives) or `git fetch --unshallow origin`";
}

}  // namespace

RangeRequest range_request_from_environment(std::string base, std::string head, std::string default_base_branch) {
    RangeRequest request;
    request.base = std::move(base);
    request.head = std::move(head);
    request.default_base_branch = std::move(default_base_branch);
    const char* actions = std::getenv("GITHUB_ACTIONS");
    request.github_actions = actions != nullptr && std::string(actions) == "true";
    const char* head_ref = std::getenv("GITHUB_HEAD_REF");
    if (request.github_actions && head_ref != nullptr) request.detached_branch = head_ref;
    return request;
}

BaseBranch resolve_base_branch(const Repository& repository, const std::string& explicit_ref,
                               const std::string& default_base_branch) {
    git_repository* repo = raw(repository);
    if (!explicit_ref.empty()) return {explicit_ref, to_hex(resolve_commit(repo, explicit_ref, "--base"))};
    std::string name;
    std::vector<std::string> tried;
    const auto tip = find_default_base(repository, default_base_branch, name, tried);
    if (!tip) {
        throw EnvironmentError(
            "base branch '" + printable(name) + "' not found (looked for " + printable(join(tried, ", ")) + ")",
            repository.is_shallow() ? shallow_fix(name)
                                    : "fetch it (`git fetch origin " + printable(name) +
                                          "`), set `base:` in tollgate.yml, or pass --base REF");
    }
    return {tip->ref, to_hex(tip->id)};
}

ResolvedRange resolve_range(const Repository& repository, const RangeRequest& request) {
    git_repository* repo = raw(repository);
    ResolvedRange out;
    out.head_ref = request.head.empty() ? "HEAD" : request.head;
    if (out.head_ref == "HEAD" && repository.head_unborn()) {
        throw EnvironmentError("HEAD has no commits yet (branch '" + printable(repository.current_branch()) +
                                   "' is unborn), so there is no change to compare",
                               "commit first, or look at what is staged with --staged");
    }
    const git_oid head = resolve_commit(repo, out.head_ref, "--head");
    out.head_commit = to_hex(head);
    out.head_branch = out.head_ref == "HEAD" ? repository.current_branch() : branch_of(repo, out.head_ref);
    if (out.head_branch.empty() && out.head_ref == "HEAD" && !request.detached_branch.empty()) {
        out.head_branch = request.detached_branch;
        out.notes.push_back("HEAD is detached; using branch '" + printable(out.head_branch) + "' from GITHUB_HEAD_REF");
    }

    const bool shallow = repository.is_shallow();
    auto github_fallback = [&](const std::string& why) {
        if (!request.github_actions) return false;
        const auto parent = github_merge_first_parent(repo, head);
        if (!parent) return false;
        out.base_ref = out.head_ref + "^1";
        out.base_commit = to_hex(*parent);
        out.notes.push_back(why + "; " + out.head_ref + " is GitHub's pull-request merge commit, so its first parent " +
                            out.base_commit.substr(0, 12) + " (the base branch tip) is the base and " + out.head_ref +
                            " the head");
        return true;
    };

    git_oid base_tip;
    if (!request.base.empty()) {
        base_tip = resolve_commit(repo, request.base, "--base");
        out.base_ref = request.base;
    } else {
        std::string name;
        std::vector<std::string> tried;
        const auto tip = find_default_base(repository, request.default_base_branch, name, tried);
        if (!tip) {
            if (github_fallback("base branch '" + printable(name) + "' is not fetched")) return out;
            throw EnvironmentError(
                "base branch '" + printable(name) + "' not found (looked for " + printable(join(tried, ", ")) + ")",
                shallow ? shallow_fix(name)
                        : "fetch it (`git fetch origin " + printable(name) +
                              "`), set `base:` in tollgate.yml, or pass --base REF");
        }
        base_tip = tip->id;
        out.base_ref = tip->ref;
    }

    const auto base = find_merge_base(repository, to_hex(base_tip), out.head_commit);
    if (!base) {
        if (shallow && github_fallback("the merge base is not in this shallow clone")) return out;
        if (shallow) {
            throw EnvironmentError("the merge base of " + printable(out.head_ref) + " and " + printable(out.base_ref) +
                                       " is not in this shallow clone's history; refusing to guess the change",
                                   shallow_fix(out.base_ref));
        }
        throw EnvironmentError(printable(out.head_ref) + " and " + printable(out.base_ref) + " have no common ancestor",
                               "pass --base with a commit both histories share");
    }
    out.base_commit = *base;
    return out;
}

}  // namespace tollgate
