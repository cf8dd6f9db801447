#include "runner/report/conflicts_json.hpp"

#include "runner/core/text.hpp"
#include "runner/git/raw_path.hpp"

#include <nlohmann/json.hpp>

namespace tollgate {

namespace {

using OrderedJson = nlohmann::ordered_json;

OrderedJson or_null(const std::string& s) {
    return s.empty() ? OrderedJson(nullptr) : OrderedJson(s);
}

OrderedJson path_json(const ZonedPath& p) {
    OrderedJson j;
    j["path"] = lossy_utf8(p.path);
    if (!is_valid_utf8(p.path)) j["path_bytes"] = base64_encode(p.path);
    j["zone"] = or_null(p.zone);
    j["rule"] = or_null(p.rule);
    j["owner"] = p.owners.empty() ? OrderedJson(nullptr) : OrderedJson(join(p.owners, ", "));
    j["owners"] = p.owners;
    return j;
}

OrderedJson paths_json(const std::vector<ZonedPath>& paths) {
    OrderedJson out = OrderedJson::array();
    for (const auto& p : paths) out.push_back(path_json(p));
    return out;
}

}  // namespace

std::string render_conflicts_json(const ConflictsResult& result) {
    OrderedJson j;
    j["version"] = 1;
    j["verb"] = "conflicts";
    j["verdict"] = result.passed() ? "pass" : "fail";
    j["base"] = result.base_ref;
    j["base_commit"] = result.base_commit;
    OrderedJson branches = OrderedJson::array();
    for (const auto& b : result.branches) {
        OrderedJson changed = OrderedJson::array();
        for (const auto& path : b.changed) changed.push_back(lossy_utf8(path));
        branches.push_back(OrderedJson{{"name", b.name},
                                       {"ref", b.ref},
                                       {"packet", or_null(b.packet)},
                                       {"commit", b.commit},
                                       {"merge_base", b.merge_base},
                                       {"changed", std::move(changed)}});
    }
    j["branches"] = std::move(branches);
    OrderedJson pairs = OrderedJson::array();
    for (const auto& p : result.pairs) {
        pairs.push_back(OrderedJson{{"a", result.branches[p.first].name},
                                    {"b", result.branches[p.second].name},
                                    {"overlap", paths_json(p.overlap)},
                                    {"conflicts", paths_json(p.conflicts)},
                                    {"blocking", p.blocking()}});
    }
    j["pairs"] = std::move(pairs);
    j["pair_count"] = result.pair_count();
    OrderedJson skipped = OrderedJson::array();
    for (const auto& s : result.skipped) skipped.push_back(OrderedJson{{"name", s.name}, {"reason", s.reason}});
    j["skipped"] = std::move(skipped);
    j["notes"] = result.notes;
    return j.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

}  // namespace tollgate
