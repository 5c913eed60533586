#pragma once

namespace CLI {
class App;
}

namespace yaddas::cli {

/// Puts CLI11's own words in `--help` (headings, type names, the help flag) into the
/// interface's language; the options' descriptions are translated where they are written.
class HelpText {
public:
    /// Call once every verb is attached: it walks the verbs too.
    static void apply(CLI::App& app);
};

} // namespace yaddas::cli
