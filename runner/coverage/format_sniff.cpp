#include "runner/coverage/format_sniff.hpp"

#include "runner/core/text.hpp"

namespace tollgate {

namespace {

std::string_view skip_space(std::string_view s) {
    while (!s.empty() && is_markup_space(s.front())) s.remove_prefix(1);
    return s;
}

// Skips the prolog (<?xml?>, comments, DOCTYPE) and returns the root element's name.
std::string_view xml_root(std::string_view s) {
    while (true) {
        s = skip_space(s);
        if (!s.starts_with('<')) return {};
        if (s.starts_with("<?")) {
            const auto end = s.find("?>");
            if (end == std::string_view::npos) return {};
            s.remove_prefix(end + 2);
        } else if (s.starts_with("<!--")) {
            const auto end = s.find("-->");
            if (end == std::string_view::npos) return {};
            s.remove_prefix(end + 3);
        } else if (s.starts_with("<!")) {
            const auto end = s.find('>');
            if (end == std::string_view::npos) return {};
            s.remove_prefix(end + 1);
        } else {
            s.remove_prefix(1);
            std::size_t n = 0;
            while (n < s.size() && !is_markup_space(s[n]) && s[n] != '>' && s[n] != '/') ++n;
            return s.substr(0, n);
        }
    }
}

// The first key of a JSON object, without unescaping (keys of interest have no escapes).
std::string_view json_first_key(std::string_view s) {
    s = skip_space(s);
    if (!s.starts_with('{')) return {};
    s = skip_space(s.substr(1));
    if (!s.starts_with('"')) return {};
    const auto end = s.find('"', 1);
    if (end == std::string_view::npos) return {};
    return s.substr(1, end - 1);
}

}  // namespace

std::optional<CoverageFormat> sniff_format(std::string_view head) {
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    const auto s = skip_space(head);
    if (s.starts_with('<')) {
        const auto root = xml_root(s);
        if (root == "coverage") return CoverageFormat::cobertura;
        if (root == "report") return CoverageFormat::jacoco;
        return std::nullopt;
    }
    if (s.starts_with('{')) {
        const auto key = json_first_key(s);
        if (key == "data" || key == "type" || key == "version") {
            // llvm-cov writes "data" first; a reordered export still names its type early or late.
            return CoverageFormat::llvm_json;
        }
        if (key == "files" || key == "gcovr/format_version") return CoverageFormat::gcovr_json;
        return std::nullopt;
    }
    if (s.starts_with("mode:")) return CoverageFormat::go;
    if (s.starts_with("TN:") || s.starts_with("SF:") || s.starts_with("VER:") || s.starts_with("KF:")) {
        return CoverageFormat::lcov;
    }
    return std::nullopt;
}

std::optional<CoverageFormat> parse_coverage_format(std::string_view name) {
    if (name == "auto") return CoverageFormat::auto_detect;
    if (name == "lcov") return CoverageFormat::lcov;
    if (name == "cobertura") return CoverageFormat::cobertura;
    if (name == "jacoco") return CoverageFormat::jacoco;
    if (name == "gcovr-json") return CoverageFormat::gcovr_json;
    if (name == "llvm-json") return CoverageFormat::llvm_json;
    if (name == "go") return CoverageFormat::go;
    return std::nullopt;
}

}  // namespace tollgate
