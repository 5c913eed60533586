#include <core/AuthoredQuestion.hpp>

namespace yaddas::core {

std::pair<const char*, const char*> trueFalseWords(const std::string& language) {
    if (language == "az") {
        return {"Doğru", "Yanlış"};
    }
    if (language == "ru") {
        return {"Верно", "Неверно"};
    }
    return {"True", "False"};
}

const char* toString(AuthoredQuestion::Kind kind) {
    switch (kind) {
    case AuthoredQuestion::Kind::Single:
        return "single";
    case AuthoredQuestion::Kind::Multiple:
        return "multiple";
    case AuthoredQuestion::Kind::TrueFalse:
        return "truefalse";
    case AuthoredQuestion::Kind::Text:
        return "text";
    case AuthoredQuestion::Kind::Number:
        return "number";
    case AuthoredQuestion::Kind::Order:
        break;
    }
    return "order";
}

} // namespace yaddas::core
