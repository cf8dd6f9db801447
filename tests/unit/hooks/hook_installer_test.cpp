#include "runner/hooks/hook_installer.hpp"

#include "runner/core/error.hpp"
#include "runner/hooks/hook_scripts.hpp"
#include "tests/support/shell.hpp"
#include "tests/support/temp_dir.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

namespace fs = std::filesystem;
using test::read_file;
using test::TempDir;

TEST(HookScripts, AreTheTemplatesInCiTemplatesVerbatim) {
    EXPECT_EQ(std::string(pre_push_script()), read_file(test::source_dir() / "ci-templates/hooks/pre-push"));
    EXPECT_EQ(std::string(pre_merge_commit_script()),
              read_file(test::source_dir() / "ci-templates/hooks/pre-merge-commit"));
}

TEST(HookScript, BakesInTheInstallingBinaryQuotedForTheShell) {
    const auto text = hook_script(HookKind::pre_push, "/opt/it's here/tollgate");
    EXPECT_NE(text.find("TOLLGATE=\"${TOLLGATE:-'/opt/it'\\''s here/tollgate'}\""), std::string::npos) << text;
}

TEST(InstallHook, MovesAForeignHookAsideAndUninstallPutsItBack) {
    TempDir dir;
    dir.write("pre-push", "#!/bin/sh\nexit 0\n");
    const HookTarget target{dir.path(), false, "/bin/tollgate"};
    const auto done = install_hook(target, HookKind::pre_push);
    ASSERT_EQ(done.size(), 2u);
    EXPECT_EQ(read_file(dir.path() / "pre-push.tollgate-chained"), "#!/bin/sh\nexit 0\n");
    EXPECT_NE(read_file(dir.path() / "pre-push").find(hook_marker), std::string::npos);
    uninstall_hook(target, HookKind::pre_push);
    EXPECT_EQ(read_file(dir.path() / "pre-push"), "#!/bin/sh\nexit 0\n");
}

TEST(InstallHook, RefusesWhenBothAHookAndAChainedOneExist) {
    TempDir dir;
    dir.write("pre-push", "#!/bin/sh\n");
    dir.write("pre-push.tollgate-chained", "#!/bin/sh\n");
    EXPECT_THROW(install_hook({dir.path(), false, ""}, HookKind::pre_push), EnvironmentError);
}

TEST(InstallHook, CreatesADefaultHooksDirButNotAConfiguredOne) {
    TempDir dir;
    EXPECT_NO_THROW(install_hook({dir.path() / "hooks", false, ""}, HookKind::pre_push));
    EXPECT_TRUE(fs::exists(dir.path() / "hooks/pre-push"));
    EXPECT_THROW(install_hook({dir.path() / "configured", true, ""}, HookKind::pre_push), EnvironmentError);
}

TEST(ParseHookKind, KnowsTheTwoHooks) {
    EXPECT_EQ(parse_hook_kind("pre-push"), HookKind::pre_push);
    EXPECT_EQ(parse_hook_kind("pre-merge-commit"), HookKind::pre_merge_commit);
    EXPECT_THROW(parse_hook_kind("pre-commit"), UsageError);
}

}  // namespace
}  // namespace tollgate
