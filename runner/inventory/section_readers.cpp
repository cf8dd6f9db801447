#include "runner/inventory/section_readers.hpp"

#include "runner/core/text.hpp"

#include <climits>

namespace tollgate {

void read_int(const YamlReader& reader, const Field& field, int& out) {
    const auto v = reader.integer(field);
    if (!v) return;
    if (*v < INT_MIN || *v > INT_MAX) {
        reader.diagnostics().error(reader.at(field), "'" + field.key + "' is out of range");
        return;
    }
    out = static_cast<int>(*v);
}

namespace {

// Applies `read` to every mapping item of a list section.
template <typename Fn>
void for_each_item(const YamlReader& reader, const Field& section, const std::string& subject, const std::string& what,
                   const std::vector<std::string>& keys, Fn read) {
    const auto items = reader.sequence(section);
    if (!items) return;
    for (const auto& item : *items) {
        if (const auto fields = reader.mapping(item, reader.at(item), subject, what, keys)) read(*fields);
    }
}

void set_string(const YamlReader& reader, const Fields& fields, const char* key, std::string& out) {
    if (const Field* f = fields.find(key)) {
        if (auto v = reader.string(*f)) out = std::move(*v);
    }
}

void set_located_list(const YamlReader& reader, const Fields& fields, const char* key, std::vector<Located>& out,
                      bool allow_single = false) {
    if (const Field* f = fields.find(key)) {
        if (auto v = reader.located_list(*f, allow_single)) out = std::move(*v);
    }
}

void set_string_list(const YamlReader& reader, const Fields& fields, const char* key, std::vector<std::string>& out) {
    if (const Field* f = fields.find(key)) {
        if (auto v = reader.string_list(*f)) out = std::move(*v);
    }
}

// The id every element needs; empty after reporting when absent.
std::string read_id(const YamlReader& reader, const Fields& fields, const std::string& what, const char* key = "id") {
    const Field* f = fields.find(key);
    if (f == nullptr) {
        reader.missing(fields, what, key);
        return {};
    }
    auto v = reader.string(*f);
    if (v && v->empty()) reader.diagnostics().error(reader.at(*f), "'" + std::string(key) + "' is empty");
    return v.value_or("");
}

void read_stream_body(const YamlReader& reader, const Fields& fields, Stream& s) {
    set_string(reader, fields, "title", s.title);
    set_string(reader, fields, "priority", s.priority);
    set_string(reader, fields, "type", s.type);
    set_string(reader, fields, "description", s.description);
    if (const Field* f = fields.find("agents")) read_int(reader, *f, s.agents);
}

}  // namespace

void read_streams(const YamlReader& reader, const Field& section, std::vector<Stream>& out) {
    static const std::vector<std::string> body_keys = {"title", "priority", "type", "agents", "description"};
    static const std::vector<std::string> item_keys = {"id", "title", "priority", "type", "agents", "description"};
    if (section.value.is_map()) {
        for (auto it = section.value.pairs().begin(); it != section.value.pairs().end(); ++it) {
            if (!it->first.is_scalar()) {
                reader.diagnostics().error(reader.at(it->first),
                                           "stream ids must be strings, got " + YamlReader::describe(it->first));
                continue;
            }
            Stream s;
            s.id = it->first.scalar();
            s.where = reader.at(it->first);
            const auto fields = reader.mapping(it->second, s.where, "stream '" + s.id + "'", "stream", body_keys);
            if (fields) read_stream_body(reader, *fields, s);
            out.push_back(std::move(s));
        }
        return;
    }
    for_each_item(reader, section, "each stream", "stream", item_keys, [&](const Fields& fields) {
        Stream s;
        s.where = fields.where;
        s.id = read_id(reader, fields, "stream");
        read_stream_body(reader, fields, s);
        if (!s.id.empty()) out.push_back(std::move(s));
    });
}

void read_packets(const YamlReader& reader, const Field& section, std::vector<Packet>& out) {
    static const std::vector<std::string> keys = {"id",    "title",        "batch",    "priority", "effort", "stream",
                                                  "after", "prefer-after", "branches", "doc",      "gates",  "status",
                                                  "tasks", "description",  "context",  "report"};
    for_each_item(reader, section, "each packet", "packet", keys, [&](const Fields& fields) {
        Packet p;
        p.where = fields.where;
        p.id = read_id(reader, fields, "packet");
        set_string(reader, fields, "title", p.title);
        set_string(reader, fields, "batch", p.batch);
        set_string(reader, fields, "priority", p.priority);
        set_string(reader, fields, "description", p.description);
        if (const Field* f = fields.find("effort")) {
            if (const auto text = reader.string(*f)) {
                p.effort = Effort::parse(*text);
                if (!p.effort)
                    reader.diagnostics().error(
                        reader.at(*f), "'effort' must look like 3, 2-3d or 4h, got " + YamlReader::describe(f->value),
                        "N or N-M hours (h) or days (d, the default)");
            }
        }
        if (const Field* f = fields.find("stream")) {
            if (auto v = reader.located(*f)) {
                p.stream = v->value;
                p.stream_where = v->where;
            }
        }
        set_located_list(reader, fields, "after", p.after);
        set_located_list(reader, fields, "prefer-after", p.prefer_after);
        set_located_list(reader, fields, "branches", p.branches);
        set_located_list(reader, fields, "gates", p.gates);
        set_string_list(reader, fields, "tasks", p.tasks);
        set_located_list(reader, fields, "context", p.context, true);
        if (const Field* f = fields.find("report")) {
            // An empty list would make the packet owe nothing: almost always a slip.
            if (auto v = reader.string_list(*f)) {
                if (v->empty())
                    reader.diagnostics().error(reader.at(*f), "'report' lists no items",
                                               "omit 'report' for the default four items");
                for (const auto& item : *v)
                    if (trim(item).empty()) reader.diagnostics().error(reader.at(*f), "'report' has an empty item");
                p.report = std::move(*v);
            }
        }
        if (const Field* f = fields.find("doc")) p.doc = reader.located(*f);
        if (const Field* f = fields.find("status")) {
            const auto v = reader.choice(*f, {"done", "paused", "dropped"});
            if (v)
                p.status = *v == "done"     ? PacketStatus::done
                           : *v == "paused" ? PacketStatus::paused
                                            : PacketStatus::dropped;
        }
        if (!p.id.empty()) out.push_back(std::move(p));
    });
}

void read_zones(const YamlReader& reader, const Field& section, std::vector<Zone>& out) {
    static const std::vector<std::string> keys = {"name", "paths", "owner", "rule", "coordination"};
    for_each_item(reader, section, "each zone", "zone", keys, [&](const Fields& fields) {
        Zone z;
        z.where = fields.where;
        z.name = read_id(reader, fields, "zone", "name");
        const std::string what = z.name.empty() ? "zone" : "zone '" + z.name + "'";
        if (const Field* f = fields.find("paths")) {
            const auto paths = reader.located_list(*f, true);
            if (paths && paths->empty()) reader.diagnostics().error(reader.at(*f), what + " lists no paths");
            if (paths) z.paths = *paths;
        } else {
            reader.missing(fields, what, "paths");
        }
        set_located_list(reader, fields, "owner", z.owners, true);
        set_string(reader, fields, "coordination", z.coordination);
        if (const Field* f = fields.find("rule")) {
            const auto v = reader.choice(*f, {"exclusive", "extend", "coordinate", "shared"});
            if (v)
                z.rule = *v == "exclusive"    ? ZoneRule::exclusive
                         : *v == "extend"     ? ZoneRule::extend
                         : *v == "coordinate" ? ZoneRule::coordinate
                                              : ZoneRule::shared;
        }
        if (!z.name.empty()) out.push_back(std::move(z));
    });
}

namespace {

std::optional<Due> read_due(const YamlReader& reader, const Field& f) {
    if (f.value.is_scalar()) {
        const std::string& text = f.value.scalar();
        Due due;
        due.where = reader.at(f.value);
        if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos && text.size() <= 6) {
            due.day = std::stoi(text);
            return due;
        }
        if ((due.date = CivilDate::parse(text))) return due;
    }
    reader.diagnostics().error(reader.at(f),
                               "'due' must be a day number (0 or more) or a date "
                               "YYYY-MM-DD, got " +
                                   YamlReader::describe(f.value));
    return std::nullopt;
}

}  // namespace

void read_checkpoints(const YamlReader& reader, const Field& section, std::vector<Checkpoint>& out) {
    static const std::vector<std::string> keys = {"id",  "title",   "name",  "after",
                                                  "due", "blocker", "gates", "criteria"};
    for_each_item(reader, section, "each checkpoint", "checkpoint", keys, [&](const Fields& fields) {
        Checkpoint c;
        c.where = fields.where;
        c.id = read_id(reader, fields, "checkpoint");
        const Field* title = fields.find("title");
        const Field* name = fields.find("name");
        if (title && name)
            reader.diagnostics().error(reader.at(name->key_node), "checkpoint has both 'title' and 'name'",
                                       "'name' is another spelling of 'title'; keep one");
        else if (title || name) set_string(reader, fields, title ? "title" : "name", c.title);
        set_located_list(reader, fields, "after", c.after);
        set_located_list(reader, fields, "gates", c.gates);
        set_string_list(reader, fields, "criteria", c.criteria);
        if (const Field* f = fields.find("due")) c.due = read_due(reader, *f);
        if (const Field* f = fields.find("blocker")) {
            if (const auto v = reader.boolean(*f)) c.blocker = *v;
        }
        if (!c.id.empty()) out.push_back(std::move(c));
    });
}

void read_triggers(const YamlReader& reader, const Field& section, std::vector<Trigger>& out) {
    static const std::vector<std::string> keys = {"when", "action", "severity", "message"};
    for_each_item(reader, section, "each trigger", "trigger", keys, [&](const Fields& fields) {
        Trigger t;
        t.where = fields.where;
        if (const Field* f = fields.find("when")) {
            if (auto v = reader.string(*f)) {
                t.when = std::move(*v);
                TriggerParse parsed = parse_trigger_expr(t.when);
                if (parsed.expr) t.expr = std::move(parsed.expr);
                else
                    reader.diagnostics().error(reader.inside(f->value, parsed.column),
                                               "invalid trigger condition '" + printable(t.when) + "': " + parsed.error,
                                               "write 'metric OP value', e.g. 'coverage < 80'");
            }
        } else {
            reader.missing(fields, "trigger", "when");
        }
        if (const Field* f = fields.find("action")) {
            const auto v = reader.choice(*f, {"block", "warn", "notify"});
            if (v)
                t.action = *v == "block"  ? TriggerAction::block
                           : *v == "warn" ? TriggerAction::warn
                                          : TriggerAction::notify;
        }
        set_string(reader, fields, "severity", t.severity);
        set_string(reader, fields, "message", t.message);
        if (!t.when.empty()) out.push_back(std::move(t));
    });
}

}  // namespace tollgate
