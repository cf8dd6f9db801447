#include "runner/conflicts/conflict_scan.hpp"

#include "runner/core/error.hpp"
#include "runner/core/parallel_for.hpp"
#include "runner/core/text.hpp"
#include "runner/git/base_resolver.hpp"
#include "runner/git/branch_refs.hpp"
#include "runner/git/merge_predictor.hpp"
#include "runner/packets/packet_of_change.hpp"
#include "runner/patterns/glob.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <thread>
#include <tuple>

namespace tollgate {

namespace {

std::vector<Glob> compile_globs(const std::vector<std::string>& texts) {
    std::vector<Glob> out;
    for (const auto& text : texts) {
        std::string error;
        auto glob = Glob::compile(text, error);
        if (!glob) throw UsageError("invalid --branches glob '" + printable(text) + "': " + error);
        out.push_back(std::move(*glob));
    }
    return out;
}

// The branches to compare, with their packets; records why others are left out.
std::vector<ConflictBranch> select_branches(const Repository& repository, const Inventory& inventory,
                                            const ConflictScanOptions& options, const BaseBranch& base,
                                            ConflictsResult& result) {
    const auto globs = compile_globs(options.branch_globs);
    const std::string base_name(short_branch_name(base.ref));
    std::vector<ConflictBranch> out;
    for (const auto& b : list_branches(repository)) {
        if (b.name == base_name || b.ref == base.ref) continue;
        const Packet* packet = packet_for_branch(inventory, b.name);
        if (!globs.empty()) {
            const bool wanted = std::any_of(globs.begin(), globs.end(),
                                            [&](const Glob& g) { return g.matches(b.name) || g.matches(b.display); });
            if (!wanted) continue;
        } else if (packet == nullptr) {
            continue;
        }
        if (packet != nullptr && (packet->status == PacketStatus::done || packet->status == PacketStatus::dropped)) {
            result.skipped.push_back({b.display, "packet " + packet->id + " is " + to_string(packet->status)});
            continue;
        }
        const auto merge_base = find_merge_base(repository, base.commit, b.commit);
        if (!merge_base) {
            if (repository.is_shallow()) {
                throw EnvironmentError("the merge base of " + printable(b.display) + " and " + printable(base.ref) +
                                           " is not in this shallow clone's history",
                                       "fetch more history: with actions/checkout set `fetch-depth: 0`, or run "
                                       "`git fetch --unshallow origin`");
            }
            result.skipped.push_back({b.display, "shares no history with " + base.ref});
            continue;
        }
        if (*merge_base == b.commit) {
            result.skipped.push_back({b.display, "nothing in flight: already merged into " + base.ref});
            continue;
        }
        ConflictBranch c;
        c.name = b.display;
        c.ref = b.ref;
        c.packet = packet != nullptr ? packet->id : "";
        c.commit = b.commit;
        c.merge_base = *merge_base;
        out.push_back(std::move(c));
    }
    return out;
}

ZonedPath zoned(const ZoneMap& zones, const std::string& path) {
    ZonedPath z;
    z.path = path;
    if (const auto m = zones.match(path)) {
        z.zone = m->zone->name;
        z.rule = to_string(m->zone->rule);
        for (const auto& o : m->zone->owners) z.owners.push_back(o.value);
    }
    return z;
}

// Runs `work(state, repo, i)` for i in [0, count) on up to `jobs` threads,
// each with its own Repository (libgit2 objects must not be shared between
// threads; the caller's thread uses `repository`) and its own
// `state = make_state(repo)`.
template <typename MakeState, typename Work>
void for_each_with_repository(const Repository& repository, std::size_t count, unsigned jobs, MakeState make_state,
                              Work work) {
    const auto where = repository.is_bare() ? repository.common_dir() : repository.workdir();
    tollgate::parallel_for(
        count, std::max(1u, jobs),
        [&](std::size_t t) {
            // On the heap, so the state may keep a reference to it while the tuple moves.
            auto own = t == 0 ? nullptr : std::make_unique<Repository>(Repository::discover(where));
            const Repository* repo = own ? own.get() : &repository;
            auto state = make_state(*repo);
            return std::make_tuple(std::move(own), repo, std::move(state));
        },
        [&](auto& thread, std::size_t i) { work(std::get<2>(thread), *std::get<1>(thread), i); });
}

// Paths both branches changed, plus file/directory clashes (one side's file
// is a directory on the other side), which share no path but conflict.
std::vector<std::string> overlap_of(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<std::string> out;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    auto clashes = [&out](const std::vector<std::string>& files, const std::vector<std::string>& other) {
        for (const auto& path : other) {
            for (auto slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
                const std::string dir = path.substr(0, slash);
                if (std::binary_search(files.begin(), files.end(), dir)) {
                    out.push_back(dir);
                    out.push_back(path);
                }
            }
        }
    };
    clashes(a, b);
    clashes(b, a);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// The paths a merge of two branches must look at (see ConflictPredictor):
// what both changed since `base`, the pair's merge base, plus what either
// added or deleted. Each branch's lists start at its fork from the base
// branch; when the pair's base is elsewhere, everything that differs between
// the two bases is added (path differences compose, so this is a superset).
std::vector<std::string> paths_to_merge(const Repository& repo, const std::string& base,
                                        const std::array<const ConflictBranch*, 2>& sides,
                                        const std::array<const PathChanges*, 2>& changes,
                                        const std::vector<std::string>& overlap) {
    std::vector<std::string> out = overlap;
    for (std::size_t s = 0; s < 2; ++s) {
        out.insert(out.end(), changes[s]->structural.begin(), changes[s]->structural.end());
        if (sides[s]->merge_base == base) continue;
        const auto extra = changed_paths(repo, base, sides[s]->merge_base);
        out.insert(out.end(), extra.begin(), extra.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

ConflictsResult scan_conflicts(const Repository& repository, const Inventory& inventory, const ZoneMap& zones,
                               const ConflictScanOptions& options) {
    ConflictsResult result;
    const BaseBranch base = resolve_base_branch(repository, options.base, inventory.base);
    result.base_ref = base.ref;
    result.base_commit = base.commit;
    result.branches = select_branches(repository, inventory, options, base, result);
    const unsigned jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());

    // One tree diff per branch, reused by every pair it is in.
    auto no_state = [](const Repository&) { return 0; };
    std::vector<PathChanges> changes(result.branches.size());
    for_each_with_repository(repository, result.branches.size(), jobs, no_state,
                             [&](int, const Repository& repo, std::size_t i) {
                                 auto& b = result.branches[i];
                                 changes[i] = path_changes(repo, b.merge_base, b.commit);
                                 b.changed = changes[i].all;
                             });

    std::vector<ConflictPair> pairs;
    std::vector<std::vector<std::string>> overlaps;
    for (std::size_t i = 0; i < result.branches.size(); ++i) {
        for (std::size_t j = i + 1; j < result.branches.size(); ++j) {
            auto both = overlap_of(result.branches[i].changed, result.branches[j].changed);
            if (both.empty()) continue;  // disjoint changes cannot conflict textually
            ConflictPair p;
            p.first = i;
            p.second = j;
            pairs.push_back(std::move(p));
            overlaps.push_back(std::move(both));
        }
    }
    std::vector<std::vector<std::string>> conflicted(pairs.size());
    auto predictor = [](const Repository& repo) { return std::make_unique<ConflictPredictor>(repo); };
    for_each_with_repository(repository, pairs.size(), jobs, predictor,
                             [&](std::unique_ptr<ConflictPredictor>& predict, const Repository& repo, std::size_t k) {
                                 const auto& a = result.branches[pairs[k].first];
                                 const auto& b = result.branches[pairs[k].second];
                                 const auto bases = find_merge_bases(repo, a.commit, b.commit);
                                 if (bases.size() != 1) {
                                     // Criss-cross (or no) history: let libgit2 build the virtual base.
                                     conflicted[k] = predict_merge_conflicts(repo, a.commit, b.commit);
                                     return;
                                 }
                                 const auto paths =
                                     paths_to_merge(repo, bases[0], {&a, &b},
                                                    {&changes[pairs[k].first], &changes[pairs[k].second]}, overlaps[k]);
                                 conflicted[k] = predict->predict(bases[0], a.commit, b.commit, paths);
                             });
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        for (const auto& path : overlaps[k]) pairs[k].overlap.push_back(zoned(zones, path));
        for (const auto& path : conflicted[k]) pairs[k].conflicts.push_back(zoned(zones, path));
    }
    result.pairs = std::move(pairs);
    return result;
}

}  // namespace tollgate
