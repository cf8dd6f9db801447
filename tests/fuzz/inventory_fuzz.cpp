// Fuzz target: inventory YAML text → load (with includes) + validate.
// The input is tollgate.yml; an `include:` of "inc.yml" reads the same bytes
// again, so include handling is exercised without a file system. Any
// diagnostic is fine; an exception other than tollgate's own, a crash or a
// sanitizer report is a finding.

#include "runner/core/error.hpp"
#include "runner/inventory/loader.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tollgate;
    const std::string text(fuzz::as_text(data, size));
    InventorySource source;
    source.read = [&](const std::filesystem::path& p) -> std::optional<std::string> {
        const auto name = p.lexically_normal().string();
        if (name == "tollgate.yml" || name == "inc.yml") return text;
        return std::nullopt;
    };
    source.expand = [](const std::string& glob) {
        std::vector<std::filesystem::path> out;
        if (glob.find("inc") != std::string::npos) out.emplace_back("inc.yml");
        return out;
    };
    source.size = [&](const std::filesystem::path&) -> std::optional<std::uintmax_t> { return text.size(); };
    Diagnostics diagnostics;
    try {
        const Inventory inventory = load_and_validate_inventory("tollgate.yml", source, diagnostics);
        for (const auto& d : diagnostics.sorted()) (void)d.str();
    } catch (const Error&) {
        // tollgate's own errors are a clean refusal
    }
    return 0;
}
