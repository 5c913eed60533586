#include <core/Block.hpp>

#include <core/I18n.hpp>
#include <core/Source.hpp>

namespace yaddas::core {

std::string Block::plainText() const {
    std::string out;
    for (const Span& s : spans) {
        out += s.text;
    }
    return out;
}

std::vector<Citation> Block::citations() const {
    std::vector<Citation> out;
    if (sourceParagraph > 0) {
        out.push_back({std::string(Source::sourceTextId),
                       I18n::format(I18n::tr("paragraph {1}"), {std::to_string(sourceParagraph)}),
                       {},
                       line});
    }
    out.insert(out.end(), cites.begin(), cites.end());
    return out;
}

} // namespace yaddas::core
