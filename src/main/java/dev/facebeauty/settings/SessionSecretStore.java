package dev.facebeauty.settings;

import dev.facebeauty.text.Text;

import java.util.Optional;

/** Keeps the key in memory only: the fallback where no OS keychain is available, so nothing is written to disk. */
public final class SessionSecretStore implements SecretStore {

    private volatile String secret;

    @Override
    public Optional<String> read() {
        return Optional.ofNullable(secret);
    }

    @Override
    public void write(String value) {
        secret = value;
    }

    @Override
    public void clear() {
        secret = null;
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public String description() {
        return Text.get("keychain.session");
    }
}
