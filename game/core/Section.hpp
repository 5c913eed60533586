#pragma once

#include <core/Block.hpp>

#include <string>
#include <vector>

namespace yaddas::core {

/// A titled part of a lesson; the reader pages through sections.
struct Section {
    std::string id;
    std::string title;
    std::vector<Block> blocks;
    int line = 0;
};

} // namespace yaddas::core
