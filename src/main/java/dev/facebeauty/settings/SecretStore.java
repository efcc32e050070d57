package dev.facebeauty.settings;

import java.util.Optional;

/** Holds the API key. Implementations never write it in clear text anywhere. */
public interface SecretStore {

    Optional<String> read();

    void write(String secret) throws SecretStoreException;

    void clear() throws SecretStoreException;

    /** Whether the key survives a restart of the app. */
    boolean persistent();

    /** Where the key is kept, for the Settings dialog, e.g. "the system keychain". */
    String description();

    /** The key could not be stored or removed. */
    final class SecretStoreException extends Exception {
        public SecretStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
