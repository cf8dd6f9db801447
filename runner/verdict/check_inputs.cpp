#include "runner/verdict/check_inputs.hpp"

#include "runner/core/error.hpp"
#include "runner/core/text.hpp"
#include "runner/git/base_resolver.hpp"
#include "runner/inventory/loader.hpp"
#include "runner/verdict/check_pipeline.hpp"
#include "runner/verdict/trusted_inventory.hpp"
#include "runner/zones/ownership.hpp"

#include <algorithm>

namespace tollgate {

namespace fs = std::filesystem;

Repository CheckSources::open_repository(const fs::path& workspace) const {
    return Repository::discover(workspace);
}

Inventory CheckSources::load_inventory(const fs::path& file) const {
    return load_inventory_or_throw(file);
}

Inventory CheckSources::load_trusted_inventory(const Repository& repository, const std::string& commit,
                                               const fs::path& file) const {
    return tollgate::load_trusted_inventory(repository, commit, file);
}

std::optional<std::string> CheckSources::base_hint(const fs::path& file) const {
    return read_base_hint(file);
}

ChangeSet CheckSources::read_change(const Repository& repository, const ChangeRequest& request) const {
    return tollgate::read_change(repository, request);
}

namespace {

// The change request for `inventory`, ends not yet resolved.
ChangeRequest change_request(const CheckRequest& request, const std::string& base_branch) {
    ChangeRequest out;
    out.mode = request.mode;
    out.range = range_request_from_environment(request.base, request.head, base_branch);
    return out;
}

// Lines cost blob reads: only `extend` zones and patch coverage need them.
void ask_for_lines(ChangeRequest& change, const Inventory& inventory, const ZoneMap& zones) {
    const bool patch = std::any_of(inventory.gates.begin(), inventory.gates.end(),
                                   [](const Gate& g) { return g.coverage && g.coverage->patch_min; });
    if (!patch) change.lines_for = [&zones](const ChangedFile& f) { return verdict_needs_lines(zones, f); };
}

// A file the request names that does not exist fails before anything is read.
void require_named_files(const CheckRequest& request) {
    if (!request.baseline.empty() && !fs::exists(request.baseline)) {
        throw EnvironmentError("--baseline " + printable(request.baseline) + " does not exist",
                               "give a results.json of an earlier run, or `tollgate coverage --format json` output");
    }
}

std::string base_commit_of(const Repository& repository, ChangeRequest& change) {
    std::string commit = resolve_change_base(repository, change);
    if (commit.empty()) {
        throw UsageError("--trusted-inventory base needs a base commit to read the inventory from",
                         "use it with a range (--base/--head), not on an unborn branch");
    }
    return commit;
}

}  // namespace

CheckInputs load_check_inputs(const CheckRequest& request, const CheckSources& sources) {
    require_named_files(request);
    CheckInputs inputs{sources.open_repository(request.workspace), nullptr, nullptr, {}, {}};
    std::vector<std::string> notes;
    ChangeRequest change;
    if (request.trust != InventoryTrust::base) {
        inputs.inventory = std::make_unique<const Inventory>(sources.load_inventory(request.inventory));
        change = change_request(request, inputs.inventory->base);
        inputs.inventory_from = "working tree";
    } else {
        // The work tree's file only hints at the base branch; the change may
        // have broken or deleted it, which its zone judges, not this load.
        const auto hint = sources.base_hint(request.inventory);
        if (!hint) {
            notes.push_back(
                "the work tree's inventory does not load; with --trusted-inventory base only the base "
                "commit's version counts");
        }
        const std::string hinted = hint.value_or("");
        change = change_request(request, hinted);
        std::string base_commit = base_commit_of(inputs.repository, change);
        auto trusted = sources.load_trusted_inventory(inputs.repository, base_commit, request.inventory);
        if (request.base.empty() && trusted.base != hinted) {
            // The trusted file names another base branch: measure against that one.
            notes.push_back("the base commit's inventory names base branch '" +
                            (trusted.base.empty() ? std::string("(default)") : trusted.base) +
                            "'; the change is measured against it");
            change = change_request(request, trusted.base);
            // The file at a commit is the commit's: read it again only for another commit.
            if (std::string commit = base_commit_of(inputs.repository, change); commit != base_commit) {
                base_commit = std::move(commit);
                trusted = sources.load_trusted_inventory(inputs.repository, base_commit, request.inventory);
            }
        }
        inputs.inventory = std::make_unique<const Inventory>(std::move(trusted));
        inputs.inventory_from = "base commit " + base_commit.substr(0, 12) + " (--trusted-inventory base)";
    }
    inputs.zones = std::make_unique<const ZoneMap>(*inputs.inventory);
    ask_for_lines(change, *inputs.inventory, *inputs.zones);
    inputs.change = sources.read_change(inputs.repository, change);
    inputs.change.notes.insert(inputs.change.notes.begin(), notes.begin(), notes.end());
    return inputs;
}

}  // namespace tollgate
