package dev.facebeauty.model;

import dev.facebeauty.text.Text;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The one rule for where the API key and photos may go: https, or plain http to this computer only (a local test
 * or self-hosted server), so the key never crosses a network in clear text. Used for the API address the user types
 * and for every result address and redirect the service gives.
 */
public final class ApiAddress {

    private ApiAddress() {
    }

    /** Whether {@code uri} may be used: https, or http on loopback. */
    public static boolean isAllowed(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost());
    }

    /**
     * Checks an address typed by the user, with a sentence for each way it can be wrong.
     *
     * @throws IllegalArgumentException with the sentence to show
     */
    public static URI parse(String text) {
        URI uri;
        try {
            uri = URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Text.get("address.notAddress", text.strip()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(Text.get("address.needsHost"));
        }
        if (!isAllowed(uri)) {
            throw new IllegalArgumentException(Text.get("address.needsHttps"));
        }
        return uri;
    }

    /** Whether {@code host} is this computer, judged from the literal only (a name is never resolved). */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        // Only IP literals: a name is never resolved here, so DNS cannot turn a remote host into "loopback".
        if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
