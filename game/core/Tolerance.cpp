#include <core/Tolerance.hpp>

#include <cmath>
#include <cstdlib>

namespace yaddas::core {

std::optional<Tolerance> Tolerance::parse(std::string_view text) {
    Tolerance t;
    std::string digits(text);
    if (!digits.empty() && digits.back() == '%') {
        digits.pop_back();
        t.kind = Kind::Percent;
    } else {
        t.kind = Kind::Absolute;
    }
    if (digits.empty() || digits.find_first_not_of("0123456789.") != std::string::npos) {
        return std::nullopt;
    }
    char* end = nullptr;
    t.amount = std::strtod(digits.c_str(), &end);
    if (end == nullptr || *end != '\0' || !std::isfinite(t.amount) || t.amount < 0) {
        return std::nullopt;
    }
    if (t.amount == 0.0) {
        t.kind = Kind::Exact;
    }
    return t;
}

bool Tolerance::accepts(double expected, double answer) const {
    if (!std::isfinite(answer)) {
        return false;
    }
    const double diff = std::fabs(expected - answer);
    switch (kind) {
    case Kind::Exact:
        return diff < 0.5e-9 * std::fmax(1.0, std::fabs(expected));
    case Kind::Absolute:
        return diff <= amount;
    case Kind::Percent:
        return diff <= std::fabs(expected) * amount / 100.0;
    }
    return false;
}

std::string Tolerance::text() const {
    auto number = [](double v) {
        std::string s = std::to_string(v);
        s.erase(s.find_last_not_of('0') + 1);
        if (!s.empty() && s.back() == '.') {
            s.pop_back();
        }
        return s;
    };
    switch (kind) {
    case Kind::Exact:
        return "exact";
    case Kind::Absolute:
        return "\u00b1" + number(amount);
    case Kind::Percent:
        return "\u00b1" + number(amount) + "%";
    }
    return {};
}

} // namespace yaddas::core
