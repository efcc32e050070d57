package dev.facebeauty.cli;

import dev.facebeauty.text.Text;

import java.util.Enumeration;
import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The catalogue's {@code cli.*} sentences, offered to picocli as its resource bundle: options name their
 * {@code descriptionKey}, and picocli's own headings and standard options ({@code usage.synopsisHeading},
 * {@code mixinStandardHelpOptions.help}) are read from {@code cli.usage.…} and {@code cli.mixinStandardHelpOptions.…}.
 */
final class CommandLineText extends ResourceBundle {

    private static final String PREFIX = "cli.";

    /** picocli asks for keys many times while it lays out the help: the set is made once, from the catalogue. */
    private final Set<String> keys = keysOf(Text.bundle());

    @Override
    protected Object handleGetObject(String key) {
        String own = key.startsWith(PREFIX) ? key : PREFIX + key;
        return Text.has(own) ? Text.get(own) : null;
    }

    @Override
    protected Set<String> handleKeySet() {
        return keys;
    }

    private static Set<String> keysOf(ResourceBundle catalogue) {
        Set<String> keys = new HashSet<>();
        for (String key : catalogue.keySet()) {
            if (key.startsWith(PREFIX)) {
                keys.add(key);
                String picocli = key.substring(PREFIX.length());
                if (picocli.startsWith("usage.") || picocli.startsWith("mixinStandardHelpOptions.")) {
                    keys.add(picocli);
                }
            }
        }
        return keys;
    }

    @Override
    public Enumeration<String> getKeys() {
        return java.util.Collections.enumeration(keys);
    }
}
