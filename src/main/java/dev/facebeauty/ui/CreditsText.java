package dev.facebeauty.ui;

import dev.facebeauty.api.CreditBalance;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** "1,234 credits": what Face Beauty Pro can draw on (its own pool plus the universal one). */
final class CreditsText {

    private CreditsText() {
    }

    static String of(List<CreditBalance> pools) {
        double total = pools.stream().filter(CreditBalance::usableForFaceBeauty).mapToDouble(CreditBalance::balance).sum();
        return NumberFormat.getIntegerInstance(Locale.getDefault()).format(Math.floor(total)) + " credits";
    }
}
