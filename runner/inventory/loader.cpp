#include "runner/inventory/loader.hpp"

#include "runner/core/error.hpp"
#include "runner/core/parallel_for.hpp"
#include "runner/core/path_guard.hpp"
#include "runner/core/text.hpp"
#include "runner/inventory/include_expander.hpp"
#include "runner/inventory/section_readers.hpp"
#include "runner/inventory/validator.hpp"
#include "runner/inventory/yaml_document.hpp"
#include "runner/inventory/yaml_reader.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace tollgate {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> k_section_keys = {"streams",     "packets",  "zones", "gates",
                                                 "checkpoints", "triggers", "alerts"};
const std::vector<std::string> k_root_only_keys = {"version", "project", "base", "start", "include"};

std::vector<std::string> root_keys() {
    auto keys = k_root_only_keys;
    keys.insert(keys.end(), k_section_keys.begin(), k_section_keys.end());
    return keys;
}

bool is_regular(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec);
}

bool path_exists(const fs::path& p) {
    std::error_code ec;
    return fs::exists(p, ec);
}

// One file's text checked and parsed; nullopt (after reporting) when unusable.
struct LoadedFile {
    YamlDocument document;
    std::string text;
    [[nodiscard]] YamlNode root() const { return document.root(); }
};

std::optional<LoadedFile> load_file(const fs::path& path, const std::string& shown, bool is_root,
                                    const InventorySource& source, Diagnostics& diagnostics) {
    const SourceLocation file_only{shown, 0, 0};
    auto too_big = [&](std::uintmax_t size) {
        diagnostics.error(file_only,
                          "inventory file is " + std::to_string(size) + " bytes, over the limit of " +
                              std::to_string(max_inventory_bytes) + " bytes",
                          "an inventory is a plan, not data; check the file is the one meant");
    };
    if (source.size) {
        if (const auto size = source.size(path); size && *size > max_inventory_bytes) {
            too_big(*size);
            return std::nullopt;
        }
    }
    std::optional<std::string> text = source.read ? source.read(path) : std::nullopt;
    if (!text) {
        diagnostics.error(file_only, "cannot read inventory file");
        return std::nullopt;
    }
    if (text->size() > max_inventory_bytes) {
        too_big(text->size());
        return std::nullopt;
    }
    if (!check_text(*text, shown, diagnostics)) return std::nullopt;
    auto document = parse_yaml_document(*text, shown, diagnostics);
    if (!document) return std::nullopt;
    const YamlNode root = document->root();
    if (root.is_null()) {
        if (is_root) diagnostics.error(file_only, "inventory is empty", "start with 'version: 1'");
        else diagnostics.warning(file_only, "included file is empty");
        return LoadedFile{std::move(*document), std::move(*text)};
    }
    if (!root.is_map()) {
        diagnostics.error(location_of(shown, root.mark()),
                          "an inventory must be a mapping with keys such as 'version' and 'packets', got " +
                              YamlReader::describe(root));
        return std::nullopt;
    }
    return LoadedFile{std::move(*document), std::move(*text)};
}

void read_sections(const YamlReader& reader, const Fields& fields, Inventory& inventory) {
    if (const Field* f = fields.find("streams")) read_streams(reader, *f, inventory.streams);
    if (const Field* f = fields.find("packets")) read_packets(reader, *f, inventory.packets);
    if (const Field* f = fields.find("zones")) read_zones(reader, *f, inventory.zones);
    if (const Field* f = fields.find("gates")) read_gates(reader, *f, inventory.gates);
    if (const Field* f = fields.find("checkpoints")) read_checkpoints(reader, *f, inventory.checkpoints);
    if (const Field* f = fields.find("triggers")) read_triggers(reader, *f, inventory.triggers);
    if (const Field* f = fields.find("alerts")) read_alerts(reader, *f, inventory.alerts);
}

void read_version(const YamlReader& reader, const Fields& fields, Inventory& inventory) {
    const Field* f = fields.find("version");
    if (f == nullptr) {
        reader.diagnostics().error(fields.where, "inventory has no 'version'", "add 'version: 1'");
        return;
    }
    if (!f->value.is_scalar()) {
        reader.diagnostics().error(reader.at(*f),
                                   "'version' must be a whole number, got " + YamlReader::describe(f->value));
        return;
    }
    if (f->value.scalar() != "1") {
        reader.diagnostics().error(reader.at(*f), "unsupported inventory version " + printable(f->value.scalar()) +
                                                      " (this tollgate reads version 1)");
        return;
    }
    inventory.version = 1;
}

// The root-only keys: returns the include globs to expand.
std::vector<Located> read_root_keys(const YamlReader& reader, const Fields& fields, Inventory& inventory) {
    read_version(reader, fields, inventory);
    if (const Field* f = fields.find("project")) inventory.project = reader.string(*f).value_or("");
    if (const Field* f = fields.find("base")) inventory.base = reader.string(*f).value_or("");
    if (const Field* f = fields.find("start")) {
        if (const auto text = reader.string(*f)) {
            inventory.start = CivilDate::parse(*text);
            if (!inventory.start)
                reader.diagnostics().error(reader.at(*f),
                                           "'start' must be a date YYYY-MM-DD, got " + YamlReader::describe(f->value));
        }
    }
    if (const Field* f = fields.find("include")) return reader.located_list(*f, true).value_or(std::vector<Located>{});
    return {};
}

// One included file parsed (or not), with what parsing it reported.
struct ParsedInclude {
    fs::path path;
    std::string shown;
    std::optional<LoadedFile> file;
    Diagnostics diagnostics;
};

// A thread is worth starting for this much YAML: `validate` of a 640 KiB
// inventory takes 70 ms more than of an empty one here, so 64 KiB is
// milliseconds of work, many times what starting a thread costs (its stack,
// its malloc arena and their page faults: a few hundred microseconds). A
// plan of a dozen small files, the examples' shape, is parsed on the
// caller's thread: `zones --packet` runs before every edit an agent makes,
// and there the thread was pure start-up.
constexpr std::uintmax_t k_include_bytes_per_thread = 64 * 1024;

// Threads for parsing `paths`: by their bytes when the source can size them,
// else one per file as before.
std::size_t include_threads(const std::vector<fs::path>& paths, const InventorySource& source) {
    if (!source.size) return useful_threads(paths.size(), 1);
    std::uintmax_t bytes = 0;
    for (const auto& path : paths) bytes += source.size(path).value_or(k_include_bytes_per_thread);
    return std::min(paths.size(), useful_threads(static_cast<std::size_t>(bytes), k_include_bytes_per_thread));
}

// Parses the included files, in parallel when there is enough to parse:
// parsing dominates the load of a big plan split over files, and each file is
// independent. Results keep the include order, so output is deterministic.
std::vector<ParsedInclude> parse_includes(const std::vector<fs::path>& paths, const InventorySource& source) {
    std::vector<ParsedInclude> parsed(paths.size());
    parallel_for(paths.size(), include_threads(paths, source), [&](std::size_t i) {
        ParsedInclude& p = parsed[i];
        p.path = paths[i];
        p.shown = display_path(paths[i]);
        p.file = load_file(p.path, p.shown, false, source, p.diagnostics);
    });
    return parsed;
}

// Reads one parsed included file's sections; false when it could not be parsed at all.
bool read_include(ParsedInclude& include, const std::string& root_shown, Diagnostics& diagnostics,
                  Inventory& inventory) {
    inventory.files.push_back(include.path.string());
    diagnostics.merge(include.diagnostics);
    auto& file = include.file;
    if (!file) return false;
    if (file->root().is_null()) return true;
    const std::string& shown = include.shown;
    YamlReader reader(shown, std::move(file->text), diagnostics);
    // Root-only keys are let through the unknown-key check to say where they belong.
    const auto fields =
        reader.mapping(file->root(), reader.at(file->root()), "an included file", "included file", root_keys());
    if (!fields) return false;
    for (const auto& f : fields->all()) {
        if (std::find(k_root_only_keys.begin(), k_root_only_keys.end(), f.key) != k_root_only_keys.end())
            diagnostics.error(reader.at(f.key_node), "'" + f.key + "' belongs in the root inventory " + root_shown +
                                                         ", not in an included file");
    }
    read_sections(reader, *fields, inventory);
    return true;
}

// The leading segments of an include glob before any wildcard ("../x" of "../x/*.yml").
fs::path literal_prefix(const std::string& glob) {
    fs::path prefix = glob.starts_with("/") ? fs::path("/") : fs::path();
    for (const auto& segment : split(glob, '/')) {
        if (segment.find_first_of("*?[") != std::string::npos) break;
        prefix /= segment;
    }
    return prefix;
}

void refuse_outside(const Located& glob, const InventorySource& source, Diagnostics& diagnostics,
                    const std::string& file = {}) {
    diagnostics.error(glob.where,
                      "include '" + printable(glob.value) + "'" +
                          (file.empty() ? std::string() : " reaches '" + printable(file) + "', which is") +
                          " outside the repository '" + printable(source.boundary) + "'",
                      "includes stay inside the repository (no '..', absolute paths or symbolic links "
                      "leading out); pass --allow-outside-repo if that is meant");
}

// How far loading got: validation needs every file read.
enum class Completeness { all_files, some_files, no_root };

// Loads everything, reporting into `diagnostics`.
Completeness load_all(const fs::path& path, const InventorySource& source, Diagnostics& diagnostics,
                      Inventory& inventory) {
    const std::string shown = display_path(path);
    const fs::path root_dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    inventory.root_dir = root_dir.string();
    inventory.files.push_back(path.string());
    auto file = load_file(path, shown, true, source, diagnostics);
    if (!file || file->root().is_null()) return Completeness::no_root;
    YamlReader reader(shown, std::move(file->text), diagnostics);
    const auto fields =
        reader.mapping(file->root(), reader.at(file->root()), "the inventory", "inventory", root_keys());
    if (!fields) return Completeness::no_root;
    const auto globs = read_root_keys(reader, *fields, inventory);
    read_sections(reader, *fields, inventory);

    std::vector<fs::path> includes;
    std::set<fs::path> seen = {path.lexically_normal()};
    bool complete = true;  // false once an include is refused or unreadable
    for (const auto& glob : globs) {
        if (trim(glob.value).empty()) {
            diagnostics.error(glob.where, "empty include pattern");
            continue;
        }
        if (source.inside && !source.inside(root_dir / literal_prefix(glob.value))) {
            // Refused before expanding: "/**/*.yml" would walk the whole disk.
            refuse_outside(glob, source, diagnostics);
            complete = false;
            continue;
        }
        const auto matches = source.expand ? source.expand(glob.value) : std::vector<fs::path>{};
        if (matches.empty()) {
            diagnostics.error(glob.where, "include '" + printable(glob.value) + "' matches no file",
                              "include globs are relative to the inventory's directory");
            continue;
        }
        for (const auto& rel : matches) {
            const fs::path included = (root_dir / rel).lexically_normal();
            if (!seen.insert(included).second) continue;  // the root itself, or matched twice
            if (source.inside && !source.inside(included)) {
                refuse_outside(glob, source, diagnostics, included.string());
                complete = false;
                continue;
            }
            includes.push_back(included);
        }
    }
    for (auto& include : parse_includes(includes, source)) {
        complete = read_include(include, shown, diagnostics, inventory) && complete;
        include.file.reset();  // its tree is read: free it before the next file's readers grow the inventory
    }
    return complete ? Completeness::all_files : Completeness::some_files;
}

}  // namespace

std::string display_path(const fs::path& path) {
    if (!path.is_absolute()) return path.lexically_normal().string();
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    if (ec) return path.string();
    const fs::path rel = path.lexically_normal().lexically_relative(cwd);
    if (rel.empty() || *rel.begin() == "..") return path.lexically_normal().string();
    return rel.string();
}

fs::path locate_inventory(const fs::path& dir, const std::string& explicit_path) {
    if (!explicit_path.empty()) {
        const fs::path p = fs::path(explicit_path).is_absolute() ? fs::path(explicit_path) : dir / explicit_path;
        if (!path_exists(p))
            throw UsageError("inventory file '" + explicit_path + "' not found",
                             "paths given to --inventory are relative to the working directory");
        if (!is_regular(p)) throw UsageError("inventory '" + explicit_path + "' is not a regular file");
        return p.lexically_normal();
    }
    // Look in `dir`, then its parents up to the repository root (the first
    // directory holding .git); outside a repository only `dir` itself.
    std::vector<fs::path> candidates;
    bool in_repo = false;
    for (fs::path d = fs::absolute(dir).lexically_normal();; d = d.parent_path()) {
        candidates.push_back(d);
        if (path_exists(d / ".git")) {
            in_repo = true;
            break;
        }
        if (d == d.parent_path()) break;
    }
    if (!in_repo) candidates.resize(1);
    for (const auto& d : candidates) {
        for (const char* name : {"tollgate.yml", ".tollgate.yml"}) {
            if (is_regular(d / name)) return d / name;
        }
    }
    throw UsageError("no tollgate.yml or .tollgate.yml found in " + dir.string() + " or its repository root",
                     "create one, or name it with --inventory FILE");
}

InventorySource filesystem_source(const fs::path& root_dir, bool confine) {
    InventorySource source;
    if (confine) {
        const fs::path root = containment_root(root_dir);
        source.inside = [root](const fs::path& path) { return is_within(path, root); };
        source.boundary = root.string();
    }
    source.read = [](const fs::path& path) -> std::optional<std::string> {
        // Only regular files: a directory, FIFO or device would fail or block.
        if (!is_regular(path)) return std::nullopt;
        std::ifstream in(path, std::ios::binary);
        if (!in) return std::nullopt;
        std::ostringstream text;
        text << in.rdbuf();
        if (in.bad()) return std::nullopt;
        return std::move(text).str();
    };
    source.expand = [root_dir](const std::string& glob) { return expand_include_glob(root_dir, glob); };
    source.size = [](const fs::path& path) -> std::optional<std::uintmax_t> {
        std::error_code ec;
        const auto size = fs::file_size(path, ec);
        if (ec) return std::nullopt;
        return size;
    };
    return source;
}

Inventory load_inventory(const fs::path& path, const InventorySource& source, Diagnostics& diagnostics) {
    Inventory inventory;
    load_all(path, source, diagnostics, inventory);
    return inventory;
}

Inventory load_and_validate_inventory(const fs::path& path, const InventorySource& source, Diagnostics& diagnostics) {
    Inventory inventory;
    const Completeness got = load_all(path, source, diagnostics, inventory);
    if (got == Completeness::all_files) validate_inventory(inventory, diagnostics);
    if (got == Completeness::some_files)
        diagnostics.add({Severity::note,
                         {},
                         "reference, cycle and file checks were skipped",
                         "fix the files that could not be read, then run again"});
    return inventory;
}

std::optional<std::string> read_base_hint(const fs::path& path) {
    Diagnostics diagnostics;
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    const auto file = load_file(path, path.string(), true, filesystem_source(dir), diagnostics);
    if (!file || diagnostics.has_errors()) return std::nullopt;
    const YamlNode root = file->root();
    if (!root.is_map()) return std::nullopt;
    for (const auto& pair : root.pairs()) {
        if (pair.first.scalar() != "base") continue;
        if (pair.second.is_null()) return std::string();
        if (!pair.second.is_scalar()) return std::nullopt;
        return pair.second.scalar();
    }
    return std::string();
}

Inventory load_inventory_or_throw(const fs::path& path, bool confine) {
    Diagnostics diagnostics;
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    Inventory inventory = load_and_validate_inventory(path, filesystem_source(dir, confine), diagnostics);
    if (diagnostics.has_errors()) throw InventoryError(std::move(diagnostics));
    return inventory;
}

}  // namespace tollgate
