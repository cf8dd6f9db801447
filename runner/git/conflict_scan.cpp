#include "runner/git/conflict_scan.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/git/base_resolver.hpp"
#include "runner/git/branch_refs.hpp"
#include "runner/git/merge_predictor.hpp"
#include "runner/zones/glob.hpp"
#include "runner/zones/packet_of_change.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

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
            const bool wanted = std::any_of(globs.begin(), globs.end(), [&](const Glob& g) {
                return g.matches(b.name) || g.matches(b.display);
            });
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

// Runs `work(i)` for i in [0, count) on up to `jobs` threads, each with its
// own Repository (libgit2 objects must not be shared between threads).
template <typename Work>
void parallel_for(const Repository& repository, std::size_t count, unsigned jobs, Work work) {
    if (count == 0) return;
    const unsigned threads = static_cast<unsigned>(std::min<std::size_t>(count, std::max(1u, jobs)));
    if (threads == 1) {
        for (std::size_t i = 0; i < count; ++i) work(repository, i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    const auto where = repository.is_bare() ? repository.common_dir() : repository.workdir();
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            try {
                const auto own = Repository::discover(where);
                for (std::size_t i = next++; i < count; i = next++) work(own, i);
            } catch (...) {
                const std::lock_guard lock(failure_mutex);
                if (!failure) failure = std::current_exception();
            }
        });
    }
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
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
    parallel_for(repository, result.branches.size(), jobs, [&](const Repository& repo, std::size_t i) {
        auto& b = result.branches[i];
        b.changed = changed_paths(repo, b.merge_base, b.commit);
    });

    std::vector<ConflictPair> pairs;
    std::vector<std::vector<std::string>> overlaps;
    for (std::size_t i = 0; i < result.branches.size(); ++i) {
        for (std::size_t j = i + 1; j < result.branches.size(); ++j) {
            const auto& a = result.branches[i].changed;
            const auto& b = result.branches[j].changed;
            std::vector<std::string> both;
            std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
            if (both.empty()) continue;  // disjoint changes cannot conflict textually
            ConflictPair p;
            p.first = i;
            p.second = j;
            pairs.push_back(std::move(p));
            overlaps.push_back(std::move(both));
        }
    }
    std::vector<std::vector<std::string>> conflicted(pairs.size());
    parallel_for(repository, pairs.size(), jobs, [&](const Repository& repo, std::size_t k) {
        conflicted[k] = predict_merge_conflicts(repo, result.branches[pairs[k].first].commit,
                                                result.branches[pairs[k].second].commit);
    });
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        for (const auto& path : overlaps[k]) pairs[k].overlap.push_back(zoned(zones, path));
        for (const auto& path : conflicted[k]) pairs[k].conflicts.push_back(zoned(zones, path));
    }
    result.pairs = std::move(pairs);
    return result;
}

}  // namespace tollgate
