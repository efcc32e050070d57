package dev.facebeauty.ui;

import dev.facebeauty.api.CreditBalance;
import dev.facebeauty.text.Text;

import java.util.List;

/** "1,234 credits": what Face Beauty Pro can draw on (its own pool plus the universal one). */
final class CreditsText {

    private CreditsText() {
    }

    static String of(List<CreditBalance> pools) {
        double total = pools.stream().filter(CreditBalance::usableForFaceBeauty).mapToDouble(CreditBalance::balance).sum();
        return Text.get("credits.amount", Math.floor(total));
    }
}
