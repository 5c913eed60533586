#pragma once

namespace yaddas::app {

/// Every screen of the window; the stack creates them from factories registered under these.
enum class ScreenId {
    Welcome,
    ModuleMap,
    Reader,
    Sources,
    Quiz,
    Results,
    Progress,
    Memory,
    Settings,
    Assignment,
    FilePicker,
    Unsaved
};

} // namespace yaddas::app
