#include "runner/progress/progress_reader.hpp"

#include "runner/git/base_resolver.hpp"
#include "runner/git/branch_refs.hpp"
#include "runner/git/packet_merge_state.hpp"
#include "runner/packets/packet_of_change.hpp"

#include <unordered_map>
#include <unordered_set>

namespace tollgate {

GitFacts read_git_facts(const Repository& repository, const Inventory& inventory, const std::string& base_option,
                        long long since) {
    GitFacts facts;
    const BaseBranch base = resolve_base_branch(repository, base_option, inventory.base);
    facts.base_ref = base.ref;
    facts.base_commit = base.commit;
    facts.base_commits = log_commits(repository, base.commit);

    std::unordered_set<std::string_view> in_base;
    in_base.reserve(facts.base_commits.size());
    for (const auto& c : facts.base_commits) in_base.insert(c.id);

    std::vector<std::string> wanted;  // commits whose notes count
    for (const auto& b : list_branches(repository)) {
        if (b.commit == base.commit || b.display == base.ref || packet_index_for_branch(inventory, b.name) < 0)
            continue;
        BranchHistory h;
        h.name = b.name;
        h.display = b.display;
        h.tip = b.commit;
        h.merged = in_base.count(b.commit) > 0;
        if (!h.merged) {
            h.unmerged = log_commits(repository, b.commit, {base.commit});
            for (const auto& c : h.unmerged) wanted.push_back(c.id);
        }
        facts.branches.push_back(std::move(h));
    }
    for (const auto& c : facts.base_commits) wanted.push_back(c.id);
    facts.records = read_records_along(repository, wanted);

    // The same merge verdict `check` gives, so both verbs agree on "done".
    const PacketMergeScanner scanner(repository, base.commit, base.ref);
    for (const auto& p : inventory.packets) {
        std::string globs;
        for (const auto& b : p.branches) globs += (globs.empty() ? "" : ", ") + b.value;
        facts.merge_states.push_back(scanner.state(
            p.id, [&p](std::string_view branch) { return packet_owns_branch(p, branch); }, globs));
    }

    // Base's first-parent commits inside the window, for rework.
    std::unordered_map<std::string_view, const LoggedCommit*> by_id;
    for (const auto& c : facts.base_commits) by_id.emplace(c.id, &c);
    const LoggedCommit* at = facts.base_commits.empty() ? nullptr : &facts.base_commits.front();
    // The whole chain is checked: commit dates need not be in order.
    while (at != nullptr) {
        if (at->commit_time >= since) facts.hunks.emplace(at->id, first_parent_hunks(repository, at->id));
        if (at->parents.empty()) break;
        const auto it = by_id.find(at->parents.front());
        at = it == by_id.end() ? nullptr : it->second;
    }
    return facts;
}

}  // namespace tollgate
