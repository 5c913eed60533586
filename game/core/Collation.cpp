#include <core/Collation.hpp>

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

namespace yaddas::core {
namespace {

/// ICU's collator for "az" (built once; a Collator is safe to use from several threads for
/// getSortKey, which is all we call). Null when ICU has no data, and then byte order is used.
const icu::Collator* collator() {
    static const std::unique_ptr<icu::Collator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("az"), status));
        if (U_FAILURE(status)) {
            c.reset();
        }
        return c;
    }();
    return instance.get();
}

} // namespace

std::string Collation::sortKey(std::string_view utf8) {
    const icu::Collator* c = collator();
    if (c == nullptr) {
        return std::string(utf8);
    }
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    std::vector<uint8_t> key(64 + utf8.size() * 4);
    int32_t length = c->getSortKey(text, key.data(), static_cast<int32_t>(key.size()));
    if (length > static_cast<int32_t>(key.size())) {
        key.resize(static_cast<std::size_t>(length));
        length = c->getSortKey(text, key.data(), length);
    }
    // The key ends with a 0 byte that orders nothing; drop it so keys compare as strings.
    const std::size_t used = length > 0 ? static_cast<std::size_t>(length - 1) : 0;
    return std::string(reinterpret_cast<const char*>(key.data()), used);
}

bool Collation::less(std::string_view a, std::string_view b) {
    return sortKey(a) < sortKey(b);
}

} // namespace yaddas::core
