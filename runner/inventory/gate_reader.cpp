// The `gates:` section: the richest element, with its command, coverage
// thresholds and metric patterns (DESIGN §3).
#include "runner/inventory/section_readers.hpp"

#include "runner/core/text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace tollgate {

namespace {

const std::vector<std::string> k_gate_keys = {"id",      "title",     "run",      "cwd",     "timeout",
                                              "env",     "env-allow", "changed",  "labels",  "needs",
                                              "retries", "manual",    "coverage", "metrics", "pass-env"};
const std::vector<std::string> k_coverage_keys = {"report",    "format",  "min",   "branch-min",
                                                  "patch-min", "no-drop", "zones", "packets"};

}  // namespace

std::optional<Command> read_command(const YamlReader& reader, const Field& f) {
    Command cmd;
    cmd.where = reader.at(f);
    if (f.value.is_scalar()) {
        cmd.text = f.value.scalar();
        if (trim(cmd.text).empty()) {
            reader.diagnostics().error(cmd.where, "'run' is empty");
            return std::nullopt;
        }
        return cmd;
    }
    if (!f.value.is_sequence()) {
        reader.diagnostics().error(
            cmd.where, "'run' must be a command string or a list of arguments, got " + YamlReader::describe(f.value));
        return std::nullopt;
    }
    auto argv = reader.string_list(f);
    if (!argv) return std::nullopt;
    if (argv->empty() || argv->front().empty()) {
        reader.diagnostics().error(cmd.where, "'run' must name a program first");
        return std::nullopt;
    }
    cmd.is_argv = true;
    cmd.argv = std::move(*argv);
    return cmd;
}

bool is_env_name(const std::string& name) {
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0])) != 0) return false;
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return c == '_' || std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

namespace {

std::vector<Located> read_pass_env(const YamlReader& reader, const Field& f) {
    auto names = reader.located_list(f).value_or(std::vector<Located>{});
    std::erase_if(names, [&](const Located& n) {
        if (is_env_name(n.value)) return false;
        reader.diagnostics().error(n.where,
                                   "'pass-env' entry '" + printable(n.value) + "' is not an environment variable name",
                                   "names are letters, digits and '_', not starting with a digit");
        return true;
    });
    return names;
}

CoverageFormat to_format(const std::string& s) {
    if (s == "lcov") return CoverageFormat::lcov;
    if (s == "cobertura") return CoverageFormat::cobertura;
    if (s == "jacoco") return CoverageFormat::jacoco;
    if (s == "gcovr-json") return CoverageFormat::gcovr_json;
    if (s == "llvm-json") return CoverageFormat::llvm_json;
    if (s == "go") return CoverageFormat::go;
    return CoverageFormat::auto_detect;
}

// `zones: {Migrations: 90}` / `packets: {batch-1: 85}`: names with a percentage each.
void read_scoped_minimums(const YamlReader& reader, const Field& f, std::vector<std::pair<Located, double>>& out) {
    const auto pairs = reader.string_map(f);
    if (!pairs) return;
    for (const auto& [name, value] : *pairs) {
        std::string text(trim(value.value));
        if (!text.empty() && text.back() == '%') text.pop_back();
        char* end = nullptr;
        const double v = text.empty() ? -1 : std::strtod(text.c_str(), &end);
        if (text.empty() || end == nullptr || *end != '\0' || !(v >= 0 && v <= 100)) {
            reader.diagnostics().error(value.where, "coverage minimum for '" + printable(name.value) +
                                                        "' must be a percentage between 0 and 100, got '" +
                                                        printable(value.value) + "'");
            continue;
        }
        out.emplace_back(name, v);
    }
}

std::optional<CoverageSpec> read_coverage(const YamlReader& reader, const Field& f, const std::string& gate) {
    const auto fields = reader.mapping(f.value, reader.at(f), "'coverage'", "coverage", k_coverage_keys);
    if (!fields) return std::nullopt;
    CoverageSpec spec;
    spec.where = reader.at(f);
    bool ok = true;
    if (const Field* r = fields->find("report")) {
        auto v = reader.located(*r);
        ok = ok && v.has_value();
        if (v) spec.report = std::move(*v);
    } else {
        reader.diagnostics().error(fields->where, "coverage of gate '" + gate + "' has no 'report'",
                                   "name the report file the gate's command writes");
        ok = false;
    }
    if (const Field* r = fields->find("format")) {
        const auto v = reader.choice(*r, {"auto", "lcov", "cobertura", "jacoco", "gcovr-json", "llvm-json", "go"});
        if (v) spec.format = to_format(*v);
    }
    const std::pair<const char*, std::optional<double>*> thresholds[] = {
        {"min", &spec.min}, {"branch-min", &spec.branch_min}, {"patch-min", &spec.patch_min}};
    for (const auto& [key, slot] : thresholds) {
        if (const Field* r = fields->find(key)) *slot = reader.number(*r);
    }
    if (const Field* r = fields->find("no-drop")) {
        if (const auto v = reader.boolean(*r)) spec.no_drop = *v;
    }
    for (const auto& [key, slot] : {std::pair{"zones", &spec.zone_min}, std::pair{"packets", &spec.packet_min}}) {
        if (const Field* r = fields->find(key)) read_scoped_minimums(reader, *r, *slot);
    }
    if (!ok) return std::nullopt;
    return spec;
}

void read_gate(const YamlReader& reader, const Fields& fields, std::vector<Gate>& out) {
    Gate g;
    g.where = fields.where;
    if (const Field* f = fields.find("id")) {
        if (auto v = reader.string(*f)) g.id = std::move(*v);
        if (g.id.empty() && f->value.is_scalar()) reader.diagnostics().error(reader.at(*f), "'id' is empty");
    } else {
        reader.missing(fields, "gate", "id");
    }
    const std::string what = g.id.empty() ? "gate" : "gate '" + g.id + "'";
    if (const Field* f = fields.find("title")) g.title = reader.string(*f).value_or("");
    if (const Field* f = fields.find("manual")) g.manual = reader.boolean(*f).value_or(false);
    if (const Field* f = fields.find("run")) {
        if (auto cmd = read_command(reader, *f)) g.run = std::move(*cmd);
    } else if (!g.manual) {
        reader.diagnostics().error(fields.where, what + " has no 'run'",
                                   "give it a command, or 'manual: true' for a sign-off gate");
    }
    if (const Field* f = fields.find("cwd")) {
        g.cwd = reader.string(*f).value_or(".");
        if (g.cwd.empty()) g.cwd = ".";
    }
    if (const Field* f = fields.find("timeout")) {
        if (const auto text = reader.string(*f)) {
            g.timeout = parse_duration(*text);
            if (!g.timeout || g.timeout->count() <= 0) {
                reader.diagnostics().error(
                    reader.at(*f),
                    "'timeout' must be a duration such as 90s, 5m or 1h30m, got " + YamlReader::describe(f->value));
                g.timeout.reset();
            }
        }
    }
    if (const Field* f = fields.find("env")) {
        if (const auto pairs = reader.string_map(*f)) {
            for (const auto& [k, v] : *pairs) g.env[k.value] = v.value;
        }
    }
    if (const Field* f = fields.find("env-allow")) g.env_allow = reader.string_list(*f);
    if (const Field* f = fields.find("pass-env")) g.pass_env = read_pass_env(reader, *f);
    if (const Field* f = fields.find("changed")) g.changed = reader.located_list(*f).value_or(std::vector<Located>{});
    if (const Field* f = fields.find("labels")) g.labels = reader.string_list(*f).value_or(std::vector<std::string>{});
    if (const Field* f = fields.find("needs")) g.needs = reader.located_list(*f).value_or(std::vector<Located>{});
    if (const Field* f = fields.find("retries")) read_int(reader, *f, g.retries);
    if (const Field* f = fields.find("coverage")) g.coverage = read_coverage(reader, *f, g.id);
    if (const Field* f = fields.find("metrics")) {
        if (const auto pairs = reader.string_map(*f)) {
            for (const auto& [k, v] : *pairs) g.metrics.push_back(MetricSpec{k.value, v.value, k.where});
        }
    }
    if (!g.id.empty()) out.push_back(std::move(g));
}

}  // namespace

void read_gates(const YamlReader& reader, const Field& section, std::vector<Gate>& out) {
    const auto items = reader.sequence(section);
    if (!items) return;
    for (const auto& item : *items) {
        if (const auto fields = reader.mapping(item, reader.at(item), "each gate", "gate", k_gate_keys))
            read_gate(reader, *fields, out);
    }
}

}  // namespace tollgate
