#include <core/Block.hpp>

namespace yaddas::core {

std::string Block::plainText() const {
    std::string out;
    for (const Span& s : spans) {
        out += s.text;
    }
    return out;
}

} // namespace yaddas::core
