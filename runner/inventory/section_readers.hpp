#pragma once

// Readers for the list sections of the inventory (DESIGN §3). Each appends
// what it could read to the inventory and reports the rest; an element that
// lacks its id (or a zone its name) is reported and left out.

#include "runner/inventory/model.hpp"
#include "runner/inventory/yaml_reader.hpp"

#include <vector>

namespace tollgate {

/// `streams:` as a mapping (id: {title, …}) or a list of {id, title, …}.
void read_streams(const YamlReader& reader, const Field& section, std::vector<Stream>& out);
/// `packets:` list.
void read_packets(const YamlReader& reader, const Field& section, std::vector<Packet>& out);
/// `zones:` list.
void read_zones(const YamlReader& reader, const Field& section, std::vector<Zone>& out);
/// `gates:` list (gate_reader.cpp).
void read_gates(const YamlReader& reader, const Field& section, std::vector<Gate>& out);
/// `checkpoints:` list.
void read_checkpoints(const YamlReader& reader, const Field& section, std::vector<Checkpoint>& out);
/// `triggers:` list; each `when` is parsed here.
void read_triggers(const YamlReader& reader, const Field& section, std::vector<Trigger>& out);

/// `alerts:` mapping of `channels:` and `rules:` (alerts_reader.cpp).
void read_alerts(const YamlReader& reader, const Field& section, Alerts& out);

/// A command: a string (shell only if it has shell syntax) or an argv list.
std::optional<Command> read_command(const YamlReader& reader, const Field& f);
/// An environment variable name as a shell can set it.
bool is_env_name(const std::string& name);

/// Reads an int field into `out` when it fits; reports a too-large number.
void read_int(const YamlReader& reader, const Field& field, int& out);

}  // namespace tollgate
