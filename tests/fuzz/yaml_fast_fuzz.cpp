// Fuzz target, differential: the fast YAML reader against yaml-cpp. For any
// input, read_fast_yaml either declines, or yaml-cpp accepts the input too
// and builds the identical tree (kinds, texts, order, marks); and what
// parse_yaml_document returns (tree or messages) is what the yaml-cpp path
// alone returns. Any difference aborts with the first one found.

#include "runner/inventory/fast_yaml.hpp"
#include "runner/inventory/yaml_document.hpp"
#include "tests/fuzz/fuzz_support.hpp"
#include "tests/support/yaml_tree_diff.hpp"

#include <string>

namespace {

std::string messages(const tollgate::Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics.all()) out += d.str() + "\n";
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tollgate;
    const std::string_view text = fuzz::as_text(data, size);
    const auto fast = read_fast_yaml(text);
    Diagnostics reference_diagnostics;
    const auto reference = parse_yaml_document_with_yaml_cpp(text, "t.yml", reference_diagnostics);
    if (fast) {
        // Only the raw-text flow-depth check may refuse what the fast reader
        // read (brackets inside plain scalars); parse_yaml_document runs it first.
        if (!reference) {
            fuzz::check(messages(reference_diagnostics).find("nesting is deeper") != std::string::npos,
                        "the fast reader accepted what yaml-cpp refuses", messages(reference_diagnostics));
        } else {
            const std::string diff = test::yaml_tree_diff(fast->root(), reference->root());
            fuzz::check(diff.empty(), "the fast reader's tree differs from yaml-cpp's", diff);
        }
    }
    Diagnostics diagnostics;
    const auto parsed = parse_yaml_document(text, "t.yml", diagnostics);
    fuzz::check(parsed.has_value() == reference.has_value(), "parse_yaml_document and yaml-cpp disagree");
    fuzz::check(messages(diagnostics) == messages(reference_diagnostics),
                "parse_yaml_document reports otherwise than yaml-cpp", messages(diagnostics));
    if (parsed && reference) {
        const std::string diff = test::yaml_tree_diff(parsed->root(), reference->root());
        fuzz::check(diff.empty(), "parse_yaml_document's tree differs from yaml-cpp's", diff);
    }
    return 0;
}
