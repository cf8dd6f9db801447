#pragma once

// Test helper: loads inventories from in-memory files, so loader tests pin
// exact messages with short, stable file names ("tollgate.yml:3:5: ...").

#include "runner/inventory/loader.hpp"

#include <fnmatch.h>

#include <map>
#include <string>
#include <vector>

namespace tollgate::test {

/// What loading produced, with every diagnostic as printed.
struct Loaded {
    Inventory inventory;
    Diagnostics diagnostics;
    std::vector<std::string> messages;  ///< Diagnostic::str(), sorted by place
};

/// An InventorySource over `files` (relative path → text), root dir ".".
inline InventorySource memory_source(const std::map<std::string, std::string>& files) {
    InventorySource source;
    source.read = [files](const std::filesystem::path& p) -> std::optional<std::string> {
        const auto it = files.find(p.lexically_normal().string());
        if (it == files.end()) return std::nullopt;
        return it->second;
    };
    source.expand = [files](const std::string& glob) {
        std::vector<std::filesystem::path> out;
        for (const auto& [name, text] : files)
            if (fnmatch(glob.c_str(), name.c_str(), FNM_PATHNAME) == 0) out.emplace_back(name);
        return out;
    };
    return source;
}

/// Loads "tollgate.yml" from `files`; with `validate`, also runs the validator.
inline Loaded load_files(const std::map<std::string, std::string>& files, bool validate = false) {
    Loaded r;
    const auto source = memory_source(files);
    r.inventory = validate ? load_and_validate_inventory("tollgate.yml", source, r.diagnostics)
                           : load_inventory("tollgate.yml", source, r.diagnostics);
    for (const auto& d : r.diagnostics.sorted()) r.messages.push_back(d.str());
    return r;
}

/// Loads `text` as tollgate.yml.
inline Loaded load_yaml(const std::string& text, bool validate = false) {
    return load_files({{"tollgate.yml", text}}, validate);
}

}  // namespace tollgate::test
