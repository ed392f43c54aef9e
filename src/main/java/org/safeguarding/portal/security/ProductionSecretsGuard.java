package org.safeguarding.portal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

import org.safeguarding.portal.security.origin.TrustedProxies;

/**
 * Refuses to start a production service whose secrets are missing or are the public dev ones committed in
 * application.properties: survivors' accounts must never be encrypted under a key anyone can read on GitHub. Nor
 * without being told which proxies to believe about the client's address.
 */
public class ProductionSecretsGuard {

    static final String MASTER_KEYSET = "PORTAL_CRYPTO_MASTER_KEYSET";
    static final String SIGNING_KEYSET = "PORTAL_CRYPTO_SIGNING_KEYSET";
    static final String CSRF_KEY = "PORTAL_SECURITY_CSRF_KEY";
    static final String RECEIPT_KEY = "PORTAL_SECURITY_RECEIPT_KEY";
    static final String WEB_CLIENT_SECRET = "PORTAL_WEB_CLIENT_SECRET";
    static final String AUDIT_MAC_KEYSET = "PORTAL_AUDIT_MAC_KEYSET";
    static final String ACCOUNTS_CLIENT_SECRET = "PORTAL_ACCOUNTS_CLIENT_SECRET";

    /**
     * Every secret this guard refuses to start without, by environment variable: the one list the deployment
     * descriptions are checked against (deploy/KubernetesManifestsTest), so a secret added here fails their tests until
     * they supply it. The database passwords are not here: without them the service cannot connect at all.
     */
    public static final List<String> SECRETS = List.of(MASTER_KEYSET, SIGNING_KEYSET, CSRF_KEY, RECEIPT_KEY,
            WEB_CLIENT_SECRET, AUDIT_MAC_KEYSET, ACCOUNTS_CLIENT_SECRET);

    void check(@Observes StartupEvent event, CryptoConfig crypto, SecurityConfig security) {
        List<String> problems = new ArrayList<>(problems(LaunchMode.current(), crypto, security));
        Config config = ConfigProvider.getConfig();
        problems.addAll(webClientSecretProblems(LaunchMode.current(),
                config.getOptionalValue("quarkus.oidc.credentials.secret", String.class),
                config.getValue("portal.identity.insecure-dev-web-client-secret", String.class)));
        problems.addAll(accountsClientSecretProblems(LaunchMode.current(),
                config.getOptionalValue("portal.accounts.client-secret", String.class),
                config.getValue("portal.identity.insecure-dev-accounts-client-secret", String.class)));
        problems.addAll(auditProblems(LaunchMode.current(),
                config.getOptionalValue("portal.audit.mac-keyset", String.class),
                config.getValue("portal.audit.insecure-dev-mac-keyset", String.class),
                config.getOptionalValue("portal.audit.checkpoint-file", String.class)));
        problems.addAll(trustedProxyProblems(LaunchMode.current(),
                config.getOptionalValue("portal.trusted-proxies", String.class)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
        }
    }

    static List<String> problems(LaunchMode mode, CryptoConfig crypto, SecurityConfig security) {
        List<String> problems = new ArrayList<>();
        if (mode.isDevOrTest()) {
            return problems;
        }
        requireOwnSecret(problems, MASTER_KEYSET, crypto.masterKeyset(), crypto.insecureDevMasterKeyset());
        requireOwnSecret(problems, SIGNING_KEYSET, crypto.signingKeyset(), crypto.insecureDevSigningKeyset());
        requireOwnSecret(problems, CSRF_KEY, security.csrfKey(), security.insecureDevCsrfKey());
        requireOwnSecret(problems, RECEIPT_KEY, security.receiptKey(), security.insecureDevReceiptKey());
        return problems;
    }

    /** The {@code portal-web} client secret: a Keycloak with the development realm would accept the public one. */
    static List<String> webClientSecretProblems(LaunchMode mode, Optional<String> secret, String devValue) {
        List<String> problems = new ArrayList<>();
        if (!mode.isDevOrTest()) {
            requireOwnSecret(problems, WEB_CLIENT_SECRET, secret, devValue);
        }
        return problems;
    }

    /**
     * The {@code portal-accounts} client secret: whoever holds the development one could disable any user of a Keycloak
     * that kept the development realm's value.
     */
    static List<String> accountsClientSecretProblems(LaunchMode mode, Optional<String> secret, String devValue) {
        List<String> problems = new ArrayList<>();
        if (!mode.isDevOrTest()) {
            requireOwnSecret(problems, ACCOUNTS_CLIENT_SECRET, secret, devValue);
        }
        return problems;
    }

    /**
     * The audit chain's MAC keyset (whoever holds a public one can rewrite rows and seal them again) and the file its
     * checkpoints are written to outside the database (without it, rows cut off the end of the chain go unseen).
     */
    static List<String> auditProblems(LaunchMode mode, Optional<String> macKeyset, String devKeyset,
            Optional<String> checkpointFile) {
        List<String> problems = new ArrayList<>();
        if (!mode.isDevOrTest()) {
            requireOwnSecret(problems, AUDIT_MAC_KEYSET, macKeyset, devKeyset);
            if (checkpointFile.isEmpty() || checkpointFile.get().isBlank()) {
                problems.add("PORTAL_AUDIT_CHECKPOINT_FILE is not set");
            }
        }
        return problems;
    }

    /**
     * {@code PORTAL_TRUSTED_PROXIES}: which peers may say who the client is. Unset, a deployment behind a load balancer
     * would count every client as the balancer (one limit for everyone), and one without would have to guess; so it
     * must be named, as addresses or CIDR ranges, or as {@code none}.
     */
    static List<String> trustedProxyProblems(LaunchMode mode, Optional<String> configured) {
        List<String> problems = new ArrayList<>();
        if (mode.isDevOrTest()) {
            return problems;
        }
        if (configured.isEmpty() || configured.get().isBlank()) {
            problems.add("PORTAL_TRUSTED_PROXIES is not set (the load balancer's addresses or CIDR ranges, or none)");
        } else {
            TrustedProxies.problemWith(configured.get()).ifPresent(problems::add);
        }
        return problems;
    }

    private static void requireOwnSecret(List<String> problems, String name, Optional<String> value, String devValue) {
        if (value.isEmpty() || value.get().isBlank()) {
            problems.add(name + " is not set");
        } else if (value.get().trim().equals(devValue.trim())) {
            problems.add(name + " is the public development value");
        }
    }
}
