#include <core/DateSpan.hpp>

namespace yaddas::core {

std::string DateSpan::text() const {
    if (!to) {
        return from.text();
    }
    const bool plainYears = from.precision() == HistoricalDate::Precision::Year &&
                            to->precision() == HistoricalDate::Precision::Year;
    // An en dash joins plain years ("1937–1938"); anything finer reads better with words.
    return plainYears ? from.text() + "\u2013" + to->text() : from.text() + " to " + to->text();
}

} // namespace yaddas::core
