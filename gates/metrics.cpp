#include "gates/metrics.hpp"

#include <charconv>
#include <optional>
#include <regex>

namespace tollgate {

namespace {

std::optional<double> parse_number(const std::string& text) {
    double value = 0;
    const char* begin = text.data();
    const char* end = begin + text.size();
    if (begin != end && *begin == '+') ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end) return std::nullopt;
    return value;
}

}  // namespace

std::map<std::string, double> extract_metrics(const std::vector<MetricSpec>& specs, std::string_view output) {
    std::map<std::string, double> values;
    for (const auto& spec : specs) {
        std::regex re;
        try {
            re = std::regex(spec.regex, std::regex::ECMAScript);
        } catch (const std::regex_error&) {
            continue;  // the inventory validator reports it with file:line
        }
        std::optional<double> last;
        std::size_t start = 0;
        while (start < output.size()) {
            auto end = output.find('\n', start);
            if (end == std::string_view::npos) end = output.size();
            const auto line = output.substr(start, std::min(end - start, metric_line_limit));
            start = end + 1;
            for (auto it = std::cregex_iterator(line.data(), line.data() + line.size(), re);
                 it != std::cregex_iterator(); ++it) {
                const auto& m = *it;
                const std::string text = m.size() > 1 ? m[1].str() : m[0].str();
                if (const auto v = parse_number(text)) last = v;
            }
        }
        if (last) values[spec.name] = *last;
    }
    return values;
}

}  // namespace tollgate
