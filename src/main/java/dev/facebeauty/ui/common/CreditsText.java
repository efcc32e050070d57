package dev.facebeauty.ui.common;

import dev.facebeauty.api.CreditBalance;
import dev.facebeauty.text.Text;

import java.util.List;

/** "1,234 credits": what Face Beauty Pro can draw on (its own pool plus the universal one). */
public final class CreditsText {

    private CreditsText() {
    }

    public static String of(List<CreditBalance> pools) {
        double total = pools.stream().filter(CreditBalance::usableForFaceBeauty).mapToDouble(CreditBalance::balance).sum();
        return Text.get("credits.amount", Math.floor(total));
    }
}
