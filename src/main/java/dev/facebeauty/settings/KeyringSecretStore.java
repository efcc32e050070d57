package dev.facebeauty.settings;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import dev.facebeauty.text.Text;

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
    /**
     * The key as last read or written: the keychain is asked once (when the app starts), not on every job, so no
     * keychain round trip (D-Bus, Keychain Services, Credential Manager) ever runs while the window waits.
     */
    private volatile Optional<String> known;

    private KeyringSecretStore(Keyring keyring, Optional<String> known) {
        this.keyring = keyring;
        this.known = known;
    }

    /** A store backed by the OS keychain, if one is there and answers a read. */
    public static Optional<SecretStore> probe() {
        try {
            Keyring keyring = Keyring.create();
            Optional<String> stored = Optional.empty();
            try {
                stored = Optional.ofNullable(keyring.getPassword(SERVICE, ACCOUNT)).filter(v -> !v.isBlank());
            } catch (PasswordAccessException e) {
                // "no such entry" is a working keychain; only a failure to create one means absence
            }
            return Optional.of(new KeyringSecretStore(keyring, stored));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.INFO, "No system keychain available: {0}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> read() {
        return known;
    }

    @Override
    public void write(String secret) throws SecretStoreException {
        try {
            keyring.setPassword(SERVICE, ACCOUNT, secret);
            known = Optional.of(secret).filter(v -> !v.isBlank());
        } catch (PasswordAccessException | RuntimeException e) {
            throw new SecretStoreException(Text.get("keychain.refusedStore"), e);
        }
    }

    @Override
    public void clear() throws SecretStoreException {
        try {
            keyring.deletePassword(SERVICE, ACCOUNT);
            known = Optional.empty();
        } catch (PasswordAccessException e) {
            known = Optional.empty(); // nothing stored: already clear
        } catch (RuntimeException e) {
            throw new SecretStoreException(Text.get("keychain.refusedRemove"), e);
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return Text.get("keychain.system");
    }
}
