#pragma once

#include <string>
#include <string_view>

namespace yaddas::core {

/// Names in Azerbaijani alphabetical order (a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş
/// t u ü v y z), case ignored at first, as ICU's "az" collation orders them. Byte order puts
/// Ç, Ş, Ü and Ə after z, which a teacher reads as a broken list. ICU rather than a table of
/// our own: it has the Turkic I (I ı before İ i), case and accents as later levels, and every
/// other script a name may be written in.
class Collation {
public:
    /// A key whose byte order is the alphabetical order of `utf8` (compare with <); invalid
    /// UTF-8 is ordered as U+FFFD, never an error.
    static std::string sortKey(std::string_view utf8);
    /// True when `a` comes before `b` in Azerbaijani alphabetical order.
    static bool less(std::string_view a, std::string_view b);
};

} // namespace yaddas::core
