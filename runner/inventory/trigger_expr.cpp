#include "runner/inventory/trigger_expr.hpp"

#include <cctype>
#include <charconv>

namespace tollgate {

bool TriggerExpr::holds(double observed) const {
    switch (op) {
        case CompareOp::lt: return observed < value;
        case CompareOp::le: return observed <= value;
        case CompareOp::gt: return observed > value;
        case CompareOp::ge: return observed >= value;
        case CompareOp::eq: return observed == value;
        case CompareOp::ne: return observed != value;
    }
    return false;
}

std::string to_string(CompareOp op) {
    switch (op) {
        case CompareOp::lt: return "<";
        case CompareOp::le: return "<=";
        case CompareOp::gt: return ">";
        case CompareOp::ge: return ">=";
        case CompareOp::eq: return "==";
        case CompareOp::ne: return "!=";
    }
    return "?";
}

namespace {

bool is_metric_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
}

TriggerParse fail(std::string message, std::size_t column) {
    return TriggerParse{std::nullopt, std::move(message), static_cast<int>(column)};
}

}  // namespace

TriggerParse parse_trigger_expr(std::string_view text) {
    std::size_t i = 0;
    auto skip_space = [&] {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    };
    skip_space();
    const std::size_t metric_start = i;
    while (i < text.size() && is_metric_char(text[i])) ++i;
    if (i == metric_start) return fail("expected a metric name such as 'coverage'", i);
    TriggerExpr expr;
    expr.metric = std::string(text.substr(metric_start, i - metric_start));
    if (expr.metric.front() == '.' || expr.metric.back() == '.' || expr.metric.find("..") != std::string::npos)
        return fail("malformed metric name '" + expr.metric + "'", metric_start);
    skip_space();
    const std::string_view rest = text.substr(i);
    struct {
        std::string_view token;
        CompareOp op;
    } const ops[] = {{"<=", CompareOp::le}, {">=", CompareOp::ge}, {"==", CompareOp::eq},
                     {"!=", CompareOp::ne}, {"<", CompareOp::lt},  {">", CompareOp::gt}};
    bool found = false;
    for (const auto& o : ops) {
        if (rest.substr(0, o.token.size()) == o.token) {
            expr.op = o.op;
            i += o.token.size();
            found = true;
            break;
        }
    }
    if (!found) return fail("expected a comparison (<, <=, >, >=, ==, !=)", i);
    skip_space();
    const std::size_t number_start = i;
    while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.' ||
                               (i == number_start && text[i] == '-')))
        ++i;
    const auto [ptr, ec] = std::from_chars(text.data() + number_start, text.data() + i, expr.value);
    if (ec != std::errc{} || ptr != text.data() + i)
        return fail("expected a number after the comparison", number_start);
    const std::size_t unit_start = i;
    while (i < text.size() && (std::isalpha(static_cast<unsigned char>(text[i])) || text[i] == '%')) ++i;
    expr.unit = std::string(text.substr(unit_start, i - unit_start));
    double factor = 1;
    if (expr.unit == "ms") factor = 1;
    else if (expr.unit == "s") factor = 1000;
    else if (expr.unit == "m" || expr.unit == "min") factor = 60'000;
    else if (expr.unit == "h") factor = 3'600'000;
    else if (expr.unit == "d") factor = 86'400'000;
    else if (!expr.unit.empty() && expr.unit != "%")
        return fail("unknown unit '" + expr.unit + "' (use %, ms, s, m, h or d)", unit_start);
    expr.value *= factor;
    skip_space();
    if (i != text.size()) return fail("unexpected text after the value", i);
    return TriggerParse{expr, {}, 0};
}

}  // namespace tollgate
