#include <core/Source.hpp>

#include <array>
#include <utility>

namespace yaddas::core {

namespace {

constexpr std::array<std::pair<Source::Kind, std::string_view>, 8> names{{
    {Source::Kind::SourceText, "source-text"},
    {Source::Kind::Decree, "decree"},
    {Source::Kind::Archive, "archive"},
    {Source::Kind::Book, "book"},
    {Source::Kind::Article, "article"},
    {Source::Kind::Encyclopedia, "encyclopedia"},
    {Source::Kind::Web, "web"},
    {Source::Kind::Testimony, "testimony"},
}};

} // namespace

Source Source::sourceText() {
    Source s;
    s.id = std::string(sourceTextId);
    s.kind = Kind::SourceText;
    s.title = "The source text of this course";
    return s;
}

std::string Source::year() const {
    for (std::size_t i = 0; i + 4 <= date.size(); ++i) {
        bool digits = true;
        for (std::size_t j = i; j < i + 4; ++j) {
            digits = digits && date[j] >= '0' && date[j] <= '9';
        }
        const bool alone = (i == 0 || date[i - 1] < '0' || date[i - 1] > '9') &&
                           (i + 4 == date.size() || date[i + 4] < '0' || date[i + 4] > '9');
        if (digits && alone) {
            return date.substr(i, 4);
        }
    }
    return {};
}

std::string_view toString(Source::Kind kind) {
    for (const auto& [k, name] : names) {
        if (k == kind) {
            return name;
        }
    }
    return "book";
}

std::optional<Source::Kind> sourceKindFromString(std::string_view text) {
    for (const auto& [k, name] : names) {
        if (name == text) {
            return k;
        }
    }
    return std::nullopt;
}

std::string_view describe(Source::Kind kind) {
    switch (kind) {
    case Source::Kind::SourceText:
        return "source text";
    case Source::Kind::Decree:
        return "decree or order";
    case Source::Kind::Archive:
        return "archive document";
    case Source::Kind::Book:
        return "book";
    case Source::Kind::Article:
        return "article";
    case Source::Kind::Encyclopedia:
        return "encyclopedia entry";
    case Source::Kind::Web:
        return "web page";
    case Source::Kind::Testimony:
        return "testimony";
    }
    return "source";
}

} // namespace yaddas::core
