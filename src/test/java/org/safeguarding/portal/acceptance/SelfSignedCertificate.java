package org.safeguarding.portal.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A certificate for {@code localhost}, made fresh for each run with the JDK's keytool: Keycloak serves HTTPS with it
 * (the production realm requires TLS), and the portal, the test's own HTTP client and the browser trust it, as a
 * council's servers would trust its own certificate authority.
 */
record SelfSignedCertificate(Path keyStore, Path trustStore, String password) {

    static SelfSignedCertificate create(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path keyStore = folder.resolve("keycloak.p12");
        Path certificate = folder.resolve("keycloak.pem");
        Path trustStore = folder.resolve("trust.p12");
        for (Path old : List.of(keyStore, certificate, trustStore)) {
            Files.deleteIfExists(old);
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        keytool("-genkeypair", "-alias", "keycloak", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", password, "-keypass", password);
        keytool("-exportcert", "-rfc", "-alias", "keycloak", "-keystore", keyStore.toString(), "-storepass", password,
                "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", "keycloak", "-file", certificate.toString(), "-storetype",
                "PKCS12", "-keystore", trustStore.toString(), "-storepass", password);
        return new SelfSignedCertificate(keyStore, trustStore, password);
    }

    /** An SSL context that trusts this certificate only. */
    SSLContext trustingContext() throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            trusted.load(in, password.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** JVM options that make a Java process trust this certificate (and nothing else). */
    List<String> trustOptions() {
        return List.of("-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStoreType=PKCS12",
                "-Djavax.net.ssl.trustStorePassword=" + password);
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
        }
    }
}
