#include <core/QuestionKind.hpp>

#include <array>
#include <utility>

namespace yaddas::core {
namespace {

constexpr std::array<std::pair<QuestionKind, std::string_view>, 9> names{{
    {QuestionKind::SingleChoice, "single"},
    {QuestionKind::MultipleAnswer, "multiple"},
    {QuestionKind::TrueFalse, "truefalse"},
    {QuestionKind::TypedYear, "year"},
    {QuestionKind::TypedNumber, "number"},
    {QuestionKind::TypedName, "name"},
    {QuestionKind::Timeline, "timeline"},
    {QuestionKind::Matching, "matching"},
    {QuestionKind::FillBlank, "blank"},
}};

} // namespace

std::string_view toString(QuestionKind kind) {
    for (const auto& [k, name] : names) {
        if (k == kind) {
            return name;
        }
    }
    return "single";
}

std::optional<QuestionKind> questionKindFromString(std::string_view text) {
    for (const auto& [k, name] : names) {
        if (name == text) {
            return k;
        }
    }
    return std::nullopt;
}

bool isChoice(QuestionKind kind) {
    return kind == QuestionKind::SingleChoice || kind == QuestionKind::MultipleAnswer ||
           kind == QuestionKind::TrueFalse || kind == QuestionKind::FillBlank;
}

bool isTyped(QuestionKind kind) {
    return kind == QuestionKind::TypedYear || kind == QuestionKind::TypedNumber ||
           kind == QuestionKind::TypedName;
}

} // namespace yaddas::core
