#include <core/DateSpan.hpp>

#include <core/I18n.hpp>

namespace yaddas::core {

std::string DateSpan::text() const {
    if (!to) {
        return from.text();
    }
    const bool plainYears = from.precision() == HistoricalDate::Precision::Year &&
                            to->precision() == HistoricalDate::Precision::Year;
    // An en dash joins plain years ("1937–1938"); anything finer reads better with words.
    if (plainYears) {
        return from.text() + "\u2013" + to->text();
    }
    // Azerbaijani and Russian join the dates with a spaced dash: "с … по …" or "…-dən …-dək"
    // would need cases and suffixes on the dates themselves.
    return from.text() + (I18n::language() == "en" ? " to " : " \u2013 ") + to->text();
}

} // namespace yaddas::core
