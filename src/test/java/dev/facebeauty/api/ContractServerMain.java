package dev.facebeauty.api;

/**
 * Runs the contract test server by hand, to try the app without an AILabTools account:
 * start it, then start the app with AILABAPI_BASE_URL set to the printed address and
 * AILABAPI_API_KEY set to {@value ContractTestServer#VALID_KEY}.
 */
public final class ContractServerMain {

    private ContractServerMain() {
    }

    public static void main(String[] args) throws Exception {
        ContractTestServer server = new ContractTestServer().progress(1, 1);
        System.out.println("AILABAPI_BASE_URL=" + server.baseUrl());
        System.out.println("AILABAPI_API_KEY=" + ContractTestServer.VALID_KEY);
        Thread.currentThread().join();
    }
}
