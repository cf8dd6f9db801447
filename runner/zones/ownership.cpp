#include "runner/zones/ownership.hpp"

#include "runner/core/parallel_for.hpp"
#include "runner/core/text.hpp"
#include "runner/git/trailers.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace tollgate {

namespace {

// One path of a changed file judged on its own; its clause (in Clauses)
// says why without the subject, so both sides of a rename can share one line.
struct SideVerdict {
    bool allowed = true;
    std::optional<ZoneMatch> match;
};

// The clauses of the file being judged, in buffers one block of files
// reuses: their capacity outlives each file, so a verdict's only text
// allocation is its reason.
struct Clauses {
    std::string now;     ///< the (new) path's clause
    std::string before;  ///< a rename's old path's clause
};

// How a non-owner may have coordinated: the evidence text, or nullopt.
using Evidence = std::optional<std::string>;

bool contains(const std::vector<Located>& items, std::string_view id) {
    return std::any_of(items.begin(), items.end(), [&](const Located& l) { return l.value == id; });
}

std::string owners_text(const Zone& zone) {
    if (zone.owners.empty()) return "nobody";
    std::vector<std::string> ids;
    for (const auto& o : zone.owners) ids.push_back(printable(o.value));
    return join(ids, ", ");
}

std::string zone_ref(const ZoneMatch& m) {
    std::string where = printable(m.pattern->where.file);
    if (m.pattern->where.line > 0) where += ':' + std::to_string(m.pattern->where.line);
    return "zone " + printable(m.zone->name) + " ('" + printable(m.pattern->value) + "' at " + where + ")";
}

// The texts every verdict in a zone repeats (thousands of files share a few
// patterns), made the first time a pattern or zone is met and then reused.
// One per block of files, so a small change builds only what it uses and
// threads share nothing.
class ZoneTexts {
public:
    [[nodiscard]] const std::string& ref(const ZoneMatch& m) {
        auto [it, fresh] = m_refs.try_emplace(m.pattern);
        if (fresh) it->second = zone_ref(m);
        return it->second;
    }
    [[nodiscard]] const std::string& owners(const Zone& zone) {
        auto [it, fresh] = m_owners.try_emplace(&zone);
        if (fresh) it->second = owners_text(zone);
        return it->second;
    }

private:
    std::unordered_map<const Located*, std::string> m_refs;
    std::unordered_map<const Zone*, std::string> m_owners;
};

// Appends "modify x", "rename a to b", … : what the change did, for the subject.
void append_action(std::string& out, const ChangedFile& f) {
    switch (f.status) {
        case ChangeStatus::added: out += "add "; break;
        case ChangeStatus::modified: out += "modify "; break;
        case ChangeStatus::deleted: out += "delete "; break;
        case ChangeStatus::renamed:
        case ChangeStatus::copied:
            out += f.status == ChangeStatus::renamed ? "rename " : "copy ";
            append_printable(out, f.old_path);
            out += " to ";
            break;
        case ChangeStatus::type_changed: out += "change the type of "; break;
    }
    append_printable(out, f.path);
}

// Coordination shown by a `Coordinated-With:` trailer or an --ack naming any owner.
Evidence coordination_evidence(const Zone& zone, const ChangeSet& change, const std::vector<std::string>& acks) {
    for (const auto& commit : change.commits) {
        for (const auto& value : trailer_values(commit.trailers, TrailerKey::coordinated_with)) {
            for (const auto& id : trailer_ids(value)) {
                if (contains(zone.owners, id)) {
                    return "Coordinated-With: " + printable(id) + " on commit " + printable(commit.id.substr(0, 12));
                }
            }
        }
    }
    for (const auto& ack : acks) {
        if (contains(zone.owners, ack)) return "--ack " + printable(ack);
    }
    return std::nullopt;
}

std::string extend_problem(const ChangedFile& f, bool old_side) {
    if (f.status == ChangeStatus::renamed) return "a rename is not an extension";
    if (f.status == ChangeStatus::deleted) return "a deletion is not an extension";
    if (f.status == ChangeStatus::type_changed) return "a type change is not an extension";
    if (old_side) return "only the new path may be extended";
    if (f.binary) return "a binary change cannot be checked line by line";
    if (!f.lines_known)
        return "the line data for " + printable(f.path) + " is missing, so the extension cannot be verified";
    if (f.lines_removed > 0) {
        return std::to_string(f.lines_removed) + " line(s) removed or rewritten, " + std::to_string(f.lines_added) +
               " added";
    }
    return {};
}

SideVerdict judge_side(std::string_view path, bool old_side, const ChangedFile& f, const ZoneMap& zones,
                       ZoneTexts& texts, std::string& clause, const ChangeSet& change,
                       const OwnershipOptions& options) {
    SideVerdict v;
    clause.clear();
    v.match = zones.match(path);
    if (!v.match) {
        append_printable(clause, path);
        clause += " is in no zone";
        return v;
    }
    const Zone& zone = *v.match->zone;
    const std::string& p = options.packet;
    clause += texts.ref(*v.match);
    const std::string& owners = texts.owners(zone);
    if (!p.empty() && contains(zone.owners, p)) {
        clause += " is owned by ";
        append_printable(clause, p);
        return v;
    }
    if (zone.rule == ZoneRule::shared) {
        clause += " is shared";
        return v;
    }
    v.allowed = false;
    if (p.empty()) {
        clause += " belongs to " + owners + " (rule " + to_string(zone.rule) +
                  "); name the change's packet with --packet, a packet branch or a 'Packet:' trailer";
        return v;
    }
    switch (zone.rule) {
        case ZoneRule::exclusive:
            clause += " is exclusive to ";
            clause += owners;
            break;
        case ZoneRule::extend: {
            const std::string problem = extend_problem(f, old_side);
            clause += " lets ";
            append_printable(clause, p);
            if (problem.empty()) {
                v.allowed = true;
                clause += " extend; " + std::to_string(f.lines_added) + " line(s) added, none removed";
            } else {
                clause += " only extend files of " + owners + "; " + problem;
            }
            break;
        }
        case ZoneRule::coordinate: {
            if (const Evidence e = coordination_evidence(zone, change, options.acks)) {
                v.allowed = true;
                clause += " is coordinated with " + owners + " (" + *e + ")";
            } else if (zone.owners.empty()) {
                clause += " requires coordination but names no owner to coordinate with";
            } else {
                const std::string q = printable(zone.owners.front().value);
                clause += " requires coordination with " + owners;
                if (!zone.coordination.empty()) clause += " (" + printable(zone.coordination) + ")";
                clause += "; add a 'Coordinated-With: " + q + "' trailer or pass --ack " + q;
            }
            break;
        }
        case ZoneRule::shared: break;  // handled above
    }
    return v;
}

void describe(PathVerdict& out, const SideVerdict& side) {
    out.allowed = side.allowed;
    if (!side.match) return;
    const Zone& zone = *side.match->zone;
    out.zone = zone.name;
    out.rule = to_string(zone.rule);
    out.owners.reserve(zone.owners.size());
    for (const auto& o : zone.owners) out.owners.push_back(o.value);
    out.pattern = side.match->pattern->value;
    out.pattern_where = side.match->pattern->where;
}

// "P may not rename a to b": the subject of a violation, appended.
void append_subject(std::string& out, const ChangedFile& f, const OwnershipOptions& options) {
    if (options.packet.empty()) {
        out += "a change with no packet";
    } else {
        append_printable(out, options.packet);
    }
    out += " may not ";
    append_action(out, f);
}

PathVerdict judge_file(const ChangedFile& f, const ZoneMap& zones, ZoneTexts& texts, Clauses& clauses,
                       const ChangeSet& change, const OwnershipOptions& options) {
    PathVerdict out;
    out.path = f.path;
    out.old_path = f.old_path;
    out.status = f.status;
    const SideVerdict now = judge_side(f.path, false, f, zones, texts, clauses.now, change, options);
    // A copy's source is only read, so only renames judge the old path.
    const bool two_sides = f.status == ChangeStatus::renamed && !f.old_path.empty();
    const SideVerdict before =
        two_sides ? judge_side(f.old_path, true, f, zones, texts, clauses.before, change, options) : SideVerdict{};
    // Sized once: the subject repeats the paths next to the clauses.
    std::string& reason = out.reason;
    reason.reserve(clauses.now.size() + (two_sides ? clauses.before.size() : 0) + 2 * f.path.size() +
                   2 * f.old_path.size() + options.packet.size() + 64);
    // Both clauses when both sides agree; else the violating side's alone.
    const bool old_decides = two_sides && now.allowed && !before.allowed;
    describe(out, old_decides ? before : now);
    out.allowed = now.allowed && before.allowed;
    if (out.allowed) {
        reason += "allowed: ";
    } else {
        append_subject(reason, f, options);
        reason += ": ";
    }
    reason += old_decides ? clauses.before : clauses.now;
    if (two_sides && now.allowed == before.allowed) {
        reason += "; old path: ";
        reason += clauses.before;
    }
    return out;
}

}  // namespace

bool verdict_needs_lines(const ZoneMap& zones, const ChangedFile& f) {
    // Mirrors extend_problem: only these statuses get as far as the lines.
    if (f.status != ChangeStatus::added && f.status != ChangeStatus::modified && f.status != ChangeStatus::copied) {
        return false;
    }
    const auto m = zones.match(f.path);
    return m && m->zone->rule == ZoneRule::extend;
}

std::vector<PathVerdict> judge_ownership(const Inventory& /*inventory*/, const ZoneMap& zones, const ChangeSet& change,
                                         const OwnershipOptions& options) {
    // Each file is judged on its own, so a large change is shared out over
    // the cores in blocks (a zone match is a few hundred nanoseconds).
    constexpr std::size_t k_block = 512;
    const std::size_t n = change.files.size();
    std::vector<PathVerdict> verdicts(n);
    const std::size_t blocks = (n + k_block - 1) / k_block;
    parallel_for(blocks, useful_threads(blocks, 2), [&](std::size_t b) {
        ZoneTexts texts;
        Clauses clauses;
        for (std::size_t i = b * k_block; i < std::min(n, (b + 1) * k_block); ++i) {
            verdicts[i] = judge_file(change.files[i], zones, texts, clauses, change, options);
        }
    });
    return verdicts;
}

}  // namespace tollgate
