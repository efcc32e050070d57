package dev.facebeauty.settings;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

import java.util.Optional;

/**
 * The OS keychain (macOS Keychain, Windows Credential Manager, Secret Service on Linux) through java-keyring.
 * {@link #probe()} returns nothing where no keychain answers (e.g. headless Linux) so the caller can fall back.
 */
public final class KeyringSecretStore implements SecretStore {

    static final String SERVICE = "Face Beauty Studio";
    static final String ACCOUNT = "AILabTools API key";
    private static final System.Logger LOG = System.getLogger(KeyringSecretStore.class.getName());

    private final Keyring keyring;

    private KeyringSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /** A store backed by the OS keychain, if one is there and answers a read. */
    public static Optional<SecretStore> probe() {
        try {
            Keyring keyring = Keyring.create();
            try {
                keyring.getPassword(SERVICE, ACCOUNT);
            } catch (PasswordAccessException e) {
                // "no such entry" is a working keychain; only a failure to create one means absence
            }
            return Optional.of(new KeyringSecretStore(keyring));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.INFO, "No system keychain available: {0}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> read() {
        try {
            String value = keyring.getPassword(SERVICE, ACCOUNT);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
        } catch (PasswordAccessException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void write(String secret) throws SecretStoreException {
        try {
            keyring.setPassword(SERVICE, ACCOUNT, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new SecretStoreException("The system keychain refused to store the key.", e);
        }
    }

    @Override
    public void clear() throws SecretStoreException {
        try {
            keyring.deletePassword(SERVICE, ACCOUNT);
        } catch (PasswordAccessException e) {
            // nothing stored: already clear
        } catch (RuntimeException e) {
            throw new SecretStoreException("The system keychain refused to remove the key.", e);
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return "the system keychain";
    }
}
