package dev.facebeauty.api;

/**
 * Runs the contract test server by hand, to try the app without an AILabTools account:
 * start it, then start the app with AILABAPI_BASE_URL set to the printed address and
 * AILABAPI_API_KEY set to {@value ContractTestServer#VALID_KEY}. With the argument {@code instant} every task is done at
 * its first poll (no server time), for the end-to-end benchmark.
 */
public final class ContractServerMain {

    private ContractServerMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean instant = args.length > 0 && args[0].equals("instant");
        ContractTestServer server = new ContractTestServer().progress(instant ? 0 : 1, instant ? 0 : 1);
        System.out.println("AILABAPI_BASE_URL=" + server.baseUrl());
        System.out.println("AILABAPI_API_KEY=" + ContractTestServer.VALID_KEY);
        Thread.currentThread().join();
    }
}
