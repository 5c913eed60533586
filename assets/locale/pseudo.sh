#!/bin/sh
# A pseudo-translation for layout tests (msgfilter runs it on each message): every vowel and a
# few consonants accented, and 40 % more characters in short words at the end, so text that
# overflows its box, or a word left untranslated, shows before a real translation does.
# {1} placeholders and line breaks are kept. perl is always there on Debian (perl-base).
exec perl -CSD -Mutf8 -0777 -pe '
    my $n = length($_);
    tr/aeiouycnszAEIOUYCNSZ/áéíóúýçñšžÁÉÍÓÚÝÇŃŠŽ/;
    if ($n > 0) {
        my $pad = int($n * 0.4 + 0.999);
        my $words = "";
        while (length($words) < $pad) { $words .= (length($words) ? " " : "") . "ẋẋẋ"; }
        $_ = ($_ =~ /\n\z/) ? substr($_, 0, -1) . " " . substr($words, 0, $pad) . "\n"
                            : $_ . " " . substr($words, 0, $pad);
    }
'
