// The `alerts:` section (seed 003 "Alert Configuration"): named channels and
// the rules routing events to them. The inventory lives in the repository, so
// a channel names the environment variables holding its secrets and never the
// secrets themselves; a URL written here is an error that does not repeat it.
#include "runner/core/text.hpp"
#include "runner/inventory/section_readers.hpp"

namespace tollgate {

namespace {

const std::vector<std::string> k_alerts_keys = {"channels", "rules", "stalled-after"};
// "url", "password" and "secret" are accepted here only to be refused with a
// better message than "unknown key".
const std::vector<std::string> k_channel_keys = {"type", "url-env", "secret-env", "password-env", "user",  "from",
                                                 "to",   "run",     "url",        "password",     "secret"};
const std::vector<std::string> k_rule_keys = {"level", "channel", "events"};

// Reports every scalar under `node` that looks like a URL, without quoting it:
// it is likely a webhook URL, which is a credential.
void refuse_urls(const YamlReader& reader, const YamlNode& node, const std::string& channel) {
    if (node.is_scalar()) {
        if (node.scalar().find("://") != std::string::npos)
            reader.diagnostics().error(
                reader.at(node),
                "channel '" + printable(channel) + "' has a URL written in the inventory, which is in the repository",
                "put the URL in an environment variable and name it with 'url-env:'");
        return;
    }
    if (node.is_sequence()) {
        for (const auto& item : node.items()) refuse_urls(reader, item, channel);
    } else if (node.is_map()) {
        for (const auto& pair : node.pairs()) refuse_urls(reader, pair.second, channel);
    }
}

void read_env_name(const YamlReader& reader, const Fields& fields, const char* key, std::string& out) {
    const Field* f = fields.find(key);
    if (f == nullptr) return;
    auto v = reader.string(*f);
    if (!v) return;
    if (v->find("://") != std::string::npos) return;  // refuse_urls reported it
    if (!is_env_name(*v)) {
        reader.diagnostics().error(reader.at(*f), "'" + std::string(key) + "' must name an environment variable",
                                   "letters, digits and '_', not starting with a digit");
        return;
    }
    out = std::move(*v);
}

AlertChannelType channel_type(const std::string& name) {
    if (name == "slack") return AlertChannelType::slack;
    if (name == "teams") return AlertChannelType::teams;
    if (name == "email") return AlertChannelType::email;
    if (name == "command") return AlertChannelType::command;
    return AlertChannelType::webhook;
}

std::optional<AlertChannel> read_channel(const YamlReader& reader, const YamlNode& key, const YamlNode& value) {
    AlertChannel c;
    c.name = key.scalar();
    c.where = reader.at(key);
    const std::string what = "channel '" + printable(c.name) + "'";
    refuse_urls(reader, value, c.name);
    const auto fields = reader.mapping(value, c.where, what, "channel", k_channel_keys);
    if (!fields) return std::nullopt;
    for (const char* literal : {"url", "password", "secret"}) {
        if (const Field* f = fields->find(literal))
            reader.diagnostics().error(
                reader.at(f->key_node),
                what + " writes its '" + literal + "' in the inventory, which is in the repository",
                std::string("put it in an environment variable and name it with '") + literal + "-env:'");
    }
    const Field* type = fields->find("type");
    if (type == nullptr) {
        reader.missing(*fields, what, "type");
        return std::nullopt;
    }
    const auto name = reader.choice(*type, {"webhook", "slack", "teams", "email", "command"});
    if (!name) return std::nullopt;
    c.type = channel_type(*name);
    read_env_name(reader, *fields, "url-env", c.url_env);
    read_env_name(reader, *fields, "secret-env", c.secret_env);
    read_env_name(reader, *fields, "password-env", c.password_env);
    if (const Field* f = fields->find("user")) c.user = reader.string(*f).value_or("");
    if (const Field* f = fields->find("from")) c.from = reader.string(*f).value_or("");
    if (const Field* f = fields->find("to")) {
        for (auto& to : reader.located_list(*f, true).value_or(std::vector<Located>{})) c.to.push_back(to.value);
    }
    if (const Field* f = fields->find("run")) c.run = read_command(reader, *f);
    // What each type cannot work without.
    const bool needs_url = c.type != AlertChannelType::command;
    if (needs_url && c.url_env.empty() && fields->find("url-env") == nullptr) reader.missing(*fields, what, "url-env");
    if (c.type == AlertChannelType::command && fields->find("run") == nullptr) reader.missing(*fields, what, "run");
    if (c.type == AlertChannelType::email) {
        if (fields->find("from") == nullptr) reader.missing(*fields, what, "from");
        if (fields->find("to") == nullptr) reader.missing(*fields, what, "to");
    }
    return c;
}

void read_channels(const YamlReader& reader, const Field& section, std::vector<AlertChannel>& out) {
    if (section.value.is_null()) return;
    if (!section.value.is_map()) {
        reader.diagnostics().error(
            reader.at(section),
            "'channels' must be a mapping of channel names, got " + YamlReader::describe(section.value),
            "channels: {slack-dev: {type: slack, url-env: SLACK_DEV_WEBHOOK}}");
        return;
    }
    for (const auto& [key, value] : section.value.pairs()) {
        if (!key.is_scalar()) {
            reader.diagnostics().error(reader.at(key),
                                       "channel names must be strings, got " + YamlReader::describe(key));
            continue;
        }
        if (auto c = read_channel(reader, key, value)) out.push_back(std::move(*c));
    }
}

void read_rules(const YamlReader& reader, const Field& section, std::vector<AlertRule>& out) {
    const auto items = reader.sequence(section);
    if (!items) return;
    for (const auto& item : *items) {
        const auto fields = reader.mapping(item, reader.at(item), "each alert rule", "alert rule", k_rule_keys);
        if (!fields) continue;
        AlertRule r;
        r.where = fields->where;
        if (const Field* f = fields->find("level")) {
            if (auto v = reader.choice(*f, alert_levels())) r.level = std::move(*v);
        } else {
            reader.missing(*fields, "alert rule", "level");
        }
        if (const Field* f = fields->find("channel")) {
            r.channels = reader.located_list(*f, true).value_or(std::vector<Located>{});
            if (r.channels.empty()) reader.diagnostics().error(reader.at(*f), "alert rule names no channel");
        } else {
            reader.missing(*fields, "alert rule", "channel");
        }
        if (const Field* f = fields->find("events")) {
            r.events = reader.located_list(*f, true).value_or(std::vector<Located>{});
            if (r.events.empty()) reader.diagnostics().error(reader.at(*f), "alert rule names no event");
        } else {
            reader.missing(*fields, "alert rule", "events");
        }
        out.push_back(std::move(r));
    }
}

}  // namespace

void read_alerts(const YamlReader& reader, const Field& section, Alerts& out) {
    const auto fields = reader.mapping(section.value, reader.at(section), "'alerts'", "alerts", k_alerts_keys);
    if (!fields) return;
    if (out.where.line == 0) out.where = fields->where;
    if (const Field* f = fields->find("channels")) read_channels(reader, *f, out.channels);
    if (const Field* f = fields->find("rules")) read_rules(reader, *f, out.rules);
    if (const Field* f = fields->find("stalled-after")) {
        if (const auto text = reader.string(*f)) {
            out.stalled_after = parse_duration(*text);
            if (!out.stalled_after || out.stalled_after->count() <= 0)
                reader.diagnostics().error(reader.at(*f), "'stalled-after' must be a duration such as 8h or 2d, got " +
                                                              YamlReader::describe(f->value));
        }
    }
}

}  // namespace tollgate
