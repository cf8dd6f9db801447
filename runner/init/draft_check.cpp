#include "runner/init/draft_check.hpp"

#include "runner/inventory/loader.hpp"

namespace tollgate {

void check_draft(const std::string& text, const std::filesystem::path& path, Diagnostics& diagnostics) {
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    InventorySource source = filesystem_source(dir);
    auto on_disk = source.read;
    source.read = [text, path, on_disk](const std::filesystem::path& p) -> std::optional<std::string> {
        if (p == path) return text;
        return on_disk(p);
    };
    auto on_disk_size = source.size;
    source.size = [text, path, on_disk_size](const std::filesystem::path& p) -> std::optional<std::uintmax_t> {
        if (p == path) return text.size();
        return on_disk_size(p);
    };
    (void)load_and_validate_inventory(path, source, diagnostics);
}

}  // namespace tollgate
