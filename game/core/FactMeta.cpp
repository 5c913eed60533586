#include <core/FactMeta.hpp>

#include <core/I18n.hpp>
#include <core/Source.hpp>

namespace yaddas::core {

std::vector<Citation> FactMeta::citations() const {
    std::vector<Citation> out;
    if (sourceParagraph > 0) {
        out.push_back({std::string(Source::sourceTextId),
                       I18n::format(I18n::tr("paragraph {1}"), {std::to_string(sourceParagraph)}),
                       excerpt, line});
    }
    out.insert(out.end(), cites.begin(), cites.end());
    return out;
}

} // namespace yaddas::core
