package org.safeguarding.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;

/** Production must bring its own keys: none at all, or the public dev ones, and the service refuses to start. */
class ProductionSecretsGuardTest {

    private static final String DEV_KEYSET = "dev-keyset";
    private static final String DEV_SIGNING = "dev-signing";
    private static final String DEV_RECEIPT = "dev-receipt";
    private static final String DEV_CSRF = "dev-csrf";

    private static CryptoConfig crypto(String masterKeyset) {
        return crypto(masterKeyset, "own-signing");
    }

    private static CryptoConfig crypto(String masterKeyset, String signingKeyset) {
        return new CryptoConfig() {
            public Optional<String> masterKeyset() {
                return Optional.ofNullable(masterKeyset);
            }

            public String insecureDevMasterKeyset() {
                return DEV_KEYSET;
            }

            public Optional<String> signingKeyset() {
                return Optional.ofNullable(signingKeyset);
            }

            public String insecureDevSigningKeyset() {
                return DEV_SIGNING;
            }
        };
    }

    private static SecurityConfig security(String csrfKey) {
        return security(csrfKey, "own-receipt");
    }

    private static SecurityConfig security(String csrfKey, String receiptKey) {
        return new SecurityConfig() {
            public Optional<String> csrfKey() {
                return Optional.ofNullable(csrfKey);
            }

            public String insecureDevCsrfKey() {
                return DEV_CSRF;
            }

            public Optional<String> receiptKey() {
                return Optional.ofNullable(receiptKey);
            }

            public String insecureDevReceiptKey() {
                return DEV_RECEIPT;
            }

            public boolean hsts() {
                return true;
            }

            public boolean secureCookies() {
                return true;
            }

            public java.time.Duration receiptSessionIdle() {
                return java.time.Duration.ofMinutes(30);
            }

            public java.time.Duration receiptSessionAbsolute() {
                return java.time.Duration.ofHours(8);
            }
        };
    }

    @Test
    void productionWithoutAMasterKeyRefusesToStart() {
        List<String> problems = ProductionSecretsGuard.problems(LaunchMode.NORMAL, crypto(null), security("own"));
        assertEquals(List.of("PORTAL_CRYPTO_MASTER_KEYSET is not set"), problems);
        assertEquals(1, ProductionSecretsGuard.problems(LaunchMode.NORMAL, crypto("  "), security("own")).size());
    }

    @Test
    void productionWithThePublicDevKeysRefusesToStart() {
        List<String> problems = ProductionSecretsGuard.problems(LaunchMode.NORMAL, crypto(DEV_KEYSET, DEV_SIGNING),
                security(DEV_CSRF + "\n", DEV_RECEIPT));
        assertEquals(List.of("PORTAL_CRYPTO_MASTER_KEYSET is the public development value",
                "PORTAL_CRYPTO_SIGNING_KEYSET is the public development value",
                "PORTAL_SECURITY_CSRF_KEY is the public development value",
                "PORTAL_SECURITY_RECEIPT_KEY is the public development value"), problems);
    }

    @Test
    void productionWithoutASigningKeyRefusesToStart() {
        assertEquals(List.of("PORTAL_CRYPTO_SIGNING_KEYSET is not set"),
                ProductionSecretsGuard.problems(LaunchMode.NORMAL, crypto("own", null), security("own")));
    }

    @Test
    void productionWithoutAReceiptKeyRefusesToStart() {
        assertEquals(List.of("PORTAL_SECURITY_RECEIPT_KEY is not set"),
                ProductionSecretsGuard.problems(LaunchMode.NORMAL, crypto("own"), security("own", null)));
    }

    @Test
    void productionWithItsOwnKeysStarts() {
        assertTrue(ProductionSecretsGuard.problems(LaunchMode.NORMAL, crypto("own"), security("own")).isEmpty());
    }

    @Test
    void productionWithThePublicDevelopmentAccountsClientSecretRefusesToStart() {
        assertEquals(List.of("PORTAL_ACCOUNTS_CLIENT_SECRET is the public development value"),
                ProductionSecretsGuard.accountsClientSecretProblems(LaunchMode.NORMAL, Optional.of("dev-secret"),
                        "dev-secret"));
        assertEquals(List.of("PORTAL_ACCOUNTS_CLIENT_SECRET is not set"),
                ProductionSecretsGuard.accountsClientSecretProblems(LaunchMode.NORMAL, Optional.empty(), "dev"));
        assertTrue(ProductionSecretsGuard.accountsClientSecretProblems(LaunchMode.NORMAL, Optional.of("own"),
                "dev-secret").isEmpty());
        assertTrue(ProductionSecretsGuard.accountsClientSecretProblems(LaunchMode.TEST, Optional.of("dev-secret"),
                "dev-secret").isEmpty());
    }

    @Test
    void devAndTestMayUseTheCommittedKeys() {
        assertTrue(ProductionSecretsGuard.problems(LaunchMode.DEVELOPMENT, crypto(DEV_KEYSET, DEV_SIGNING),
                security(DEV_CSRF))
                .isEmpty());
        assertTrue(ProductionSecretsGuard.problems(LaunchMode.TEST, crypto(DEV_KEYSET), security(DEV_CSRF)).isEmpty());
    }

    @Test
    void productionWithThePublicDevelopmentWebClientSecretRefusesToStart() {
        assertEquals(List.of("PORTAL_WEB_CLIENT_SECRET is the public development value"),
                ProductionSecretsGuard.webClientSecretProblems(LaunchMode.NORMAL, Optional.of("dev-secret"),
                        "dev-secret"));
        assertTrue(ProductionSecretsGuard.webClientSecretProblems(LaunchMode.NORMAL, Optional.of("own"), "dev-secret")
                .isEmpty());
        assertTrue(ProductionSecretsGuard.webClientSecretProblems(LaunchMode.TEST, Optional.of("dev-secret"),
                "dev-secret").isEmpty());
    }

    @Test
    void productionWithoutItsOwnAuditKeyOrACheckpointFileRefusesToStart() {
        assertEquals(List.of("PORTAL_AUDIT_MAC_KEYSET is not set", "PORTAL_AUDIT_CHECKPOINT_FILE is not set"),
                ProductionSecretsGuard.auditProblems(LaunchMode.NORMAL, Optional.empty(), "dev-mac", Optional.of(" ")));
        assertEquals(List.of("PORTAL_AUDIT_MAC_KEYSET is the public development value"),
                ProductionSecretsGuard.auditProblems(LaunchMode.NORMAL, Optional.of("dev-mac"), "dev-mac",
                        Optional.of("/var/lib/portal/audit/checkpoints.jsonl")));
        assertTrue(ProductionSecretsGuard.auditProblems(LaunchMode.NORMAL, Optional.of("own-mac"), "dev-mac",
                Optional.of("/var/lib/portal/audit/checkpoints.jsonl")).isEmpty());
        assertTrue(ProductionSecretsGuard.auditProblems(LaunchMode.TEST, Optional.empty(), "dev-mac", Optional.empty())
                .isEmpty());
    }

    /** The deployment descriptions are checked against SECRETS: it must name exactly what the guard demands. */
    @Test
    void theListOfSecretsNamesEverySecretTheGuardRefusesToStartWithout() {
        List<String> problems = new ArrayList<>(
                ProductionSecretsGuard.problems(LaunchMode.NORMAL, crypto(null, null), security(null, null)));
        problems.addAll(ProductionSecretsGuard.webClientSecretProblems(LaunchMode.NORMAL, Optional.empty(), "dev"));
        problems.addAll(ProductionSecretsGuard.accountsClientSecretProblems(LaunchMode.NORMAL, Optional.empty(), "dev"));
        problems.addAll(ProductionSecretsGuard.auditProblems(LaunchMode.NORMAL, Optional.empty(), "dev",
                Optional.of("/var/lib/portal/audit/checkpoints.jsonl")));
        Set<String> demanded = new TreeSet<>();
        problems.forEach(problem -> demanded.add(problem.substring(0, problem.indexOf(' '))));
        assertEquals(demanded, new TreeSet<>(ProductionSecretsGuard.SECRETS));
        assertEquals(ProductionSecretsGuard.SECRETS.size(), problems.size(), "each secret is named once: " + problems);
    }

    @Test
    void productionWithoutTrustedProxiesRefusesToStart() {
        assertEquals(
                List.of("PORTAL_TRUSTED_PROXIES is not set (the load balancer's addresses or CIDR ranges, or none)"),
                ProductionSecretsGuard.trustedProxyProblems(LaunchMode.NORMAL, Optional.empty()));
        assertEquals(1, ProductionSecretsGuard.trustedProxyProblems(LaunchMode.NORMAL, Optional.of(" ")).size());
        assertEquals(List.of("PORTAL_TRUSTED_PROXIES: 'lb.internal' is not an IP address or CIDR range (or none)"),
                ProductionSecretsGuard.trustedProxyProblems(LaunchMode.NORMAL, Optional.of("lb.internal")));
    }

    @Test
    void productionWithTrustedProxiesOrNoneStarts() {
        assertTrue(ProductionSecretsGuard.trustedProxyProblems(LaunchMode.NORMAL, Optional.of("10.0.0.0/8")).isEmpty());
        assertTrue(ProductionSecretsGuard.trustedProxyProblems(LaunchMode.NORMAL, Optional.of("none")).isEmpty());
        assertTrue(ProductionSecretsGuard.trustedProxyProblems(LaunchMode.TEST, Optional.empty()).isEmpty());
    }
}
